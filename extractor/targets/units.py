"""The unit of a figure: a percent, a measure or currency, or the counted noun's head.

Rules, tried at the end of the numeric core, the longest match winning:

- ``percent``: ``95%``, ``95 %``, ``7,5 phần trăm``, ``2 điểm phần trăm`` (unit ``điểm phần trăm``);
- ``measure``: a unit from ``targets_units.tsv`` with its multiplier: ``700 triệu đồng``,
  ``2.000 ha``, ``1,2 triệu tấn``, ``35km`` (not a word of ``targets_not_units.txt``: ``đồng thời``);
- ``head``: a counted noun from ``targets_heads.txt``: ``151 tổ chức cơ sở Đảng``, ``5 nhóm nhiệm vụ``,
  after an optional ``số`` (``2/3 số xã`` → ``xã``);
- ``abbreviation``: an upper-case abbreviation: ``21 ĐV``, ``81 HTX``;
- ``noun``: any other lower-case noun, its first two syllables, stopping before a function
  word or verb of ``targets_stopwords.txt``: ``16.242 điểm cầu`` → ``điểm cầu``, ``14 sở được`` → ``sở``;
  whole words only: a third syllable when the second opens a two-syllable word of
  ``targets_words.txt``, ``targets_heads.txt`` or ``targets_amount_nouns.txt`` (``5 quỹ đầu tư`` → ``quỹ đầu tư``), and a function
  word opens the noun, or a verb-like syllable continues it, when they make such a word
  (``12 bị cáo`` → ``bị cáo``, ``12 nghìn tỷ doanh thu`` → ``doanh thu``).

A rate keeps its ``/…`` part, whole words: ``17 tiêu chí/xã``, ``95 triệu đồng/người/năm``,
``32 giường bệnh/10.000 dân``, ``32 giường bệnh/vạn dân``.
A capitalised word that is no listed head starts a name (``số 10 Tôn Thất Thuyết``): no unit.
"""

from __future__ import annotations

from dataclasses import dataclass

import re

import regex

from extractor.data import load_lines
from extractor.targets import lexicon as lx

# Matched on the slice after the numeral (``seg``) or its lower case (``low``), in stdlib ``re``
# with prefix trees: a few short matches per figure.
_L = lx.LETTER
PERCENT = re.compile(r" ?%|[ \t]+(?P<points>điểm\s+)?phần\s+trăm(?!" + _L + r")|[ \t]+(?P<points2>điểm) ?%")
NOT_UNIT = re.compile(r"[ \t]*(?:" + lx.trie(w.lower() for w in load_lines("targets_not_units.txt")) + r")(?!" + _L + r")")
MEASURE = re.compile(r"[ \t]*(?P<unit>(?:(?:" + lx.trie(lx.MULTIPLIERS) + r")\s+)?(?:" + lx.trie(lx.UNITS) + r"))(?![^\W_])")
HEAD = re.compile(r"[ \t]+(?:số[ \t]+)?(?P<unit>" + lx.trie(h.lower() for h in lx.HEADS) + r")(?!" + _L + r")")
# A rate: "17 tiêu chí/xã", "95 triệu đồng/người/năm", "5 tấn/ha".
# The denominator is whole words: a number or multiplier and its noun (``/10.000 dân``, ``/vạn dân``), or a word.
PER = re.compile(r"(?:/[ \t]?(?:(?:\d+(?:[.,]\d+)*|" + lx.trie(lx.MULTIPLIERS) + r")[ \t]+" + _L + r"+(?:[ \t]dân)?|"
                 + _L + r"[^\W_]*)){1,2}(?![^\W_]|/)")
WORD = regex.compile(r"[ \t]+(?P<w>[\p{L}]+)(?:[ \t]+(?P<w2>[\p{Ll}]+)(?![\p{L}])(?:[ \t]+(?P<w3>[\p{Ll}]+)(?![\p{L}]))?)?")
# Two-syllable words known to the pass: a fallback head ends on a word's end (``quỹ đầu tư``).
KNOWN_WORDS = frozenset(" ".join(w.lower().split()) for w in (*load_lines("targets_words.txt"), *lx.HEADS, *lx.AMOUNT_NOUNS)
                        if len(w.split()) == 2)
ABBREVIATION = regex.compile(r"\p{Lu}{2,6}")
TIME_NOUNS = frozenset(lx.TIME_NOUNS)


@dataclass(slots=True)
class Unit:
    text: str | None
    end: int          # where the figure's span ends
    rule: str


WINDOW = 80  # how far after a numeral its unit may reach; bounds every match


def find_unit(text: str, pos: int, percent_seen: bool = False) -> Unit:
    """The unit of the figure whose numeric core ends at ``pos``."""
    if percent_seen:
        return Unit("%", pos, "percent")
    end = min(len(text), pos + WINDOW)
    seg = text[pos:end]
    low = seg.lower()
    if len(low) != len(seg):
        low = lx.lower(seg)
    m = PERCENT.match(low)
    if m:
        unit = "điểm phần trăm" if (m.group("points") or m.group("points2")) else "%"
        return Unit(unit, pos + m.end(), "percent")
    if NOT_UNIT.match(low):
        return Unit(None, pos, "none")
    measure, head = MEASURE.match(seg), HEAD.match(low)
    if measure or head:
        # The longest wins; a measure on a tie.
        m, rule = (measure, "measure") if measure and (not head or measure.end() >= head.end()) else (head, "head")
        unit = seg[m.start("unit"):m.end("unit")]
        return _per(seg, pos, Unit(" ".join(unit.split()), pos + m.end(), rule))
    return _per(seg, pos, _noun(text, pos, end))


def _per(seg: str, pos: int, unit: Unit) -> Unit:
    if unit.text is None:
        return unit
    m = PER.match(seg, unit.end - pos)
    if not m:
        return unit
    return Unit(unit.text + " ".join(m.group().split()), pos + m.end(), unit.rule)


def _noun(text: str, pos: int, end: int) -> Unit:
    m = WORD.match(text, pos, end)
    if not m:
        return Unit(None, pos, "none")
    w, w2, w3 = m.groups()  # by number: a ``regex`` match looks names up slowly
    if w2 and f"{w.lower()} {w2}" in KNOWN_WORDS:
        return Unit(f"{w} {w2}", m.end(2), "noun")  # "12 bị cáo": a word, though it opens with "bị"
    if w.lower() in lx.STOPWORDS or w.lower() in TIME_NOUNS:
        return Unit(None, pos, "none")
    if not w.islower():  # no lower-case word is an abbreviation (tests/test_targets_caseless.py)
        return Unit(w, m.start(1) + len(w), "abbreviation") if ABBREVIATION.fullmatch(w) else Unit(None, pos, "name")
    if w2 and w3 and f"{w2} {w3}" in KNOWN_WORDS:
        return Unit(f"{w} {w2} {w3}", m.end(3), "noun")  # "5 quỹ đầu tư": not cut inside "đầu tư"
    if w2 and w2 not in lx.STOPWORDS:
        return Unit(f"{w} {w2}", m.end(2), "noun")
    return Unit(w, m.end(1), "noun")
