"""The unit of a figure: a percent, a measure or currency, or the counted noun's head.

Rules, tried at the end of the numeric core, the longest match winning:

- ``percent``: ``95%``, ``95 %``, ``7,5 phần trăm``, ``2 điểm phần trăm`` (unit ``điểm phần trăm``);
- ``measure``: a unit from ``targets_units.tsv`` with its multiplier: ``700 triệu đồng``,
  ``2.000 ha``, ``1,2 triệu tấn``, ``35km`` (not a word of ``targets_not_units.txt``: ``đồng thời``);
- ``head``: a counted noun from ``targets_heads.txt``: ``151 tổ chức cơ sở Đảng``, ``5 nhóm nhiệm vụ``,
  after an optional ``số`` (``2/3 số xã`` → ``xã``);
- ``abbreviation``: an upper-case abbreviation: ``21 ĐV``, ``81 HTX``;
- ``noun``: any other lower-case noun, its first two syllables, stopping before a function
  word or verb of ``targets_stopwords.txt``: ``350 suất học bổng`` → ``suất học``,
  ``16.242 điểm cầu`` → ``điểm cầu``, ``14 sở được`` → ``sở``.

A rate keeps its ``/…`` part: ``17 tiêu chí/xã``, ``95 triệu đồng/người/năm``,
``32 giường bệnh/10.000 dân``.
A capitalised word that is no listed head starts a name (``số 10 Tôn Thất Thuyết``): no unit.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.data import load_lines
from extractor.targets import lexicon as lx

PERCENT = regex.compile(r" ?%|[ \t]+(?P<points>điểm\s+)?phần\s+trăm(?![\p{L}])|[ \t]+(?P<points2>điểm) ?%", regex.IGNORECASE)
NOT_UNIT = regex.compile(r"[ \t]*(?:" + lx.alternation(load_lines("targets_not_units.txt")) + r")(?![\p{L}])", regex.IGNORECASE)
MEASURE = regex.compile(r"[ \t]*(?P<unit>(?:(?:" + lx.MULT_ALT + r")\s+)?(?:" + lx.UNIT_ALT + r"))(?![\p{L}\d])")
HEAD = regex.compile(r"[ \t]+(?:số[ \t]+)?(?P<unit>" + lx.HEAD_ALT + r")(?![\p{L}])", regex.IGNORECASE)
# A rate: "17 tiêu chí/xã", "95 triệu đồng/người/năm", "5 tấn/ha".
PER = regex.compile(r"(?:/[ \t]?(?:\d+(?:[.,]\d+)*[ \t]+\p{L}+(?:[ \t]dân)?|\p{L}[\p{L}\d]*)){1,2}(?![\p{L}\d/])")
WORD = regex.compile(r"[ \t]+(?P<w>[\p{L}]+)(?:[ \t]+(?P<w2>[\p{Ll}]+)(?![\p{L}]))?")
ABBREVIATION = regex.compile(r"\p{Lu}{2,6}")


@dataclass(slots=True)
class Unit:
    text: str | None
    end: int          # where the figure's span ends
    rule: str


WINDOW = 80  # how far after a numeral its unit may reach; bounds every match


def find_unit(text: str, pos: int, percent_seen: bool = False) -> Unit:
    """The unit of the figure whose numeric core ends at ``pos``."""
    end = min(len(text), pos + WINDOW)
    if percent_seen:
        return Unit("%", pos, "percent")
    m = PERCENT.match(text, pos, end)
    if m:
        unit = "điểm phần trăm" if (m.group("points") or m.group("points2")) else "%"
        return Unit(unit, m.end(), "percent")
    if NOT_UNIT.match(text, pos, end):
        return Unit(None, pos, "none")
    candidates = [(MEASURE.match(text, pos, end), "measure"), (HEAD.match(text, pos, end), "head")]
    found = [(m, rule) for m, rule in candidates if m]
    if found:
        m, rule = max(found, key=lambda f: f[0].end())
        return _per(text, Unit(" ".join(m.group("unit").split()), m.end(), rule), end)
    return _per(text, _noun(text, pos, end), end)


def _per(text: str, unit: Unit, end: int) -> Unit:
    if unit.text is None:
        return unit
    m = PER.match(text, unit.end, end)
    if not m:
        return unit
    return Unit(unit.text + " ".join(m.group().split()), m.end(), unit.rule)


def _noun(text: str, pos: int, end: int) -> Unit:
    m = WORD.match(text, pos, end)
    if not m:
        return Unit(None, pos, "none")
    w, w2 = m.group("w"), m.group("w2")
    if w.lower() in lx.STOPWORDS or w.lower() in lx.TIME_NOUNS:
        return Unit(None, pos, "none")
    if ABBREVIATION.fullmatch(w):
        return Unit(w, m.start("w") + len(w), "abbreviation")
    if not w.islower():
        return Unit(None, pos, "name")
    if w2 and w2 not in lx.STOPWORDS:
        return Unit(f"{w} {w2}", m.end("w2"), "noun")
    return Unit(w, m.end("w"), "noun")
