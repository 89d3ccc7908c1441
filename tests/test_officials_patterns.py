"""Patterns rewritten to be smaller or cheaper match what they replace, on generated strings."""

from __future__ import annotations

import random

import regex

from extractor.officials import lexicon as lx
from extractor.officials import titles

_E = lx.NOT_BEFORE_LETTER
_ALL_LOWER_PHRASES = lx.alternation(w for w in lx.TITLE_WORDS + lx.TITLE_SECTORS if " " in w and w[0].islower())
# CAPWORD as written before its lower-case phrases were cut down to those a title syllable opens.
_CAPWORD_BEFORE = (rf"{titles.CAPTOK}(?:[ ]+(?!{_ALL_LOWER_PHRASES}{_E}){lx.alternation(lx.TITLE_SYLLABLES)}{_E}"
                   rf"|[ ]+\p{{Ll}}[\p{{Ll}}\p{{M}}]*(?=[ ]+{titles.MASK}))?")
_WORDS = (lx.TITLE_WORDS + lx.TITLE_SECTORS + lx.TITLE_SYLLABLES + lx.HEADS_ANY + lx.HEADS_CAP
          + ["Sở", "Ban", "Văn", "Khối", "UBND", "GD&ĐT", "và", "các", "tại", "7", "-", ",", titles.MASK, "phát biểu"])


def _strings(count: int, seed: int = 7):
    rng = random.Random(seed)
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 6))]
        words = [w[:-1] if rng.random() < 0.1 else w for w in words]  # a word cut short
        yield rng.choice(["Sở", "Ban", "Học", "Văn"]) + " " + " ".join(words)


def test_capword_reads_as_before():
    before, now = regex.compile(_CAPWORD_BEFORE), regex.compile(titles.CAPWORD)
    for text in _strings(20000):
        assert now.match(text).span() == before.match(text).span(), text
