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


def _title_tails(count: int, seed: int = 11):
    rng = random.Random(seed)
    joins = [" ", " ", " ", "  ", " - ", "-", " & ", " và ", ", ", " các ", " tại ", ",  "]
    words = _WORDS + lx.COMRADE + lx.POLITE + ["Phó", "nguyên", "Quyền", "TS.", "Thể", "Lào", "12", "2021", "%",
                                              "Thể thao và Du lịch", "Thể và và Du", "Thể và Phó Chủ tịch", "TP.HCM và Hội", "Thể thao và ông"]
    for _ in range(count):
        text = ""
        for _ in range(rng.randint(1, 7)):
            text += rng.choice(joins) + rng.choice(words)
        yield text + rng.choice(["", " ", ",", " phát biểu", " " + titles.MASK, "\n"])


def test_organisation_reads_as_one_pattern_did():
    from extractor.text import script
    import re
    whole = re.compile(script.to_re(rf"(?:{titles._org(titles.HEAD_FULL.replace(titles._NOT_AFTER_UY, ''))})*+"), re.X)
    for tail in _title_tails(30000):
        text = "Sở" + tail
        for end in (len(text), len(text) - 1):
            assert titles.script_org_end(text, 2, end) == whole.match(text, 2, end).end(), (text, end)


def test_head_read_by_re_as_by_regex():
    rng = random.Random(5)
    before = ["", "thừa ", "Thừa ủy ", "ỦY ", "uỷ  ", "Ủy ban ", "xã ", "nguyên ", "Ủy viên, "]
    heads = ["quyền ", "Quyền ", "QUYỀN ", "nguyên quyền ", "Nguyên Quyền ", "quyền hạn ", "phó ", "Phó "]
    words = lx.HEADS_ANY + lx.HEADS_CAP + lx.TITLE_ABBREVIATIONS + ["Sở", "Ban", "UBND", "hạn", "Chủ tịch UBND"]
    for _ in range(20000):
        lead = rng.choice(before)
        text = lead + rng.choice(heads) * rng.randint(0, 2) + rng.choice(words) + rng.choice(["", " tỉnh", ","])
        pos = len(lead)
        for end in (len(text), len(text) - 3):
            new, old = titles.head_at(text, pos, end, in_script=True), titles.HEAD_AT.match(text, pos, end)
            assert (new and new.span()) == (old and old.span()), (text, end)
