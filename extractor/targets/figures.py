"""Finding figures: a numeral with its qualifier, range or ratio, and its unit.

One compiled pattern, ``FIGURE``, finds the numeric core; its named groups are the rules:

- ``qual`` (``QUAL_BEFORE``, read in a window before the match): qualifier words: ``hơn 95%``,
  ``trên 8.500``, ``ước đạt 9,61%``, ``ước tính khoảng 105%`` (the nearest one decides);
- ``from``: ``từ`` opening a range or a ``trở lên`` bound: ``từ 3 - 10 cán bộ``, ``từ 5 đến 7%``;
- ``sign``: a signed percentage, a change: ``giảm 3 vụ (-20%)`` → 20 with extra ``change``;
- ``n1``/``m1``: the numeral in Vietnamese notation (thousands also grouped by spaces, ``8 500``)
  and a multiplier: ``1.234,5``, ``11 vạn``, ``2,5 nghìn tỷ``;
- ``n1b``/``m1b``: the smaller part of a compound amount: ``1 tỷ 200 triệu đồng`` (= 1,2 tỷ đồng);
- ``p1``: a percent sign on the low end of a range or ratio: ``5%-7%``, ``83,2%/50%``;
- ``n2``: the high end of a range: ``5-7%``, ``từ 3 - 10``, ``từ 5 đến 7``;
- ``of``: the whole of a share, or the target of a result: ``21/25 đảng bộ``, ``45.799/36.875 tỷ đồng``.

What follows the core decides the unit (``units.py``); what precedes it, the change
(``tăng``/``giảm``, extra key ``change``).
"""

from __future__ import annotations

from functools import lru_cache

import re

import regex

from extractor.data import load_lines
from extractor.targets import lexicon as lx
from extractor.text.numbers import parse_digits
from extractor.text import script

NUM = r"\d+(?:[.,]\d+)*"
# The low end may group thousands with single spaces (``8 500 đảng viên``), three digits a group.
SPACED = r"\d{1,3}(?: \d{3})+(?!\d|[.,]\d)"
# FIGURE and masks.MASK, the two full-text scans, hold the IGNORECASE flag to their words only,
# ``(?i:…)`` (a scan under the global flag is a third slower); a class of letters and digits then
# names the one character the flag added to it, U+0345 (it folds to a Greek letter).
LETTER_OR_DIGIT = r"[\p{L}\d\u0345]"
# A numeral stands alone: not glued to letters, other numerals, slashes or signs before it.
_START = r"(?<![\p{L}\d.,/+:\-\u0345])"
# ...and not glued to letters after it, unless the letters are a unit (``35km``, ``500.000đ``).
_END = r"(?:(?!" + LETTER_OR_DIGIT + r")|(?=(?i:" + lx.UNIT_ALT + r")(?!" + LETTER_OR_DIGIT + r")))"
_MULT = "(?i:" + lx.MULT_ALT + ")"


def _mult(name: str) -> str:
    return r"(?:\s+(?P<" + name + r">" + _MULT + r")(?![\p{L}]))?"


def _pct(name: str) -> str:
    return r"(?P<" + name + r">\s?%)?"


# "từ" opening a range, read behind the numeral (the scan never starts at a "t"), in group ``from``.
FROM_BEFORE = r"(?<=(?<![\p{L}])(?P<from>(?i:từ))\s+)"


def _figure(from_: str) -> str:
    return (
        r"(?=[\d+\-])"  # a quick first-character filter: the scan skips everything else
        + from_ + r"(?:(?<=[(\s])(?P<sign>[-+])(?=" + NUM + r"\s?%)|" + _START + r")"
        r"(?P<n1>" + SPACED + r"|" + NUM + r")" + _END + _mult("m1")
        + r"(?(m1)(?:\s+(?P<n1b>\d{1,3}(?:,\d+)?)\s+(?P<m1b>" + _MULT + r")(?![\p{L}]))?)" + _pct("p1")
        + r"(?:(?:\s*-\s*|\s+(?i:đến|tới)\s+)(?P<n2>" + NUM + r")" + _END + _mult("m2")
        + r"|/(?P<of>" + NUM + r")" + _END + _mult("m3") + r")?"
    )


FIGURE = regex.compile(_figure("(?:" + FROM_BEFORE + "|)"))
# FIGURE in ``re``, for a text of script.SCRIPT: its group ``from`` never matches (``re`` cannot run the
# look-behind, of varying width), range_from reads "từ"; it is tried where lexicon.NUMERAL_START finds.
SCRIPT_FIGURE = re.compile(script.to_re(_figure(r"(?P<from>(?!))?")))
_FROM_BEFORE = regex.compile(FROM_BEFORE)


def script_figures(text: str, starts: list[int]) -> list[re.Match]:
    """``SCRIPT_FIGURE.finditer(text)``, tried only at ``starts``, ``lexicon.numeral_starts(text)``."""
    out, end, match = [], 0, SCRIPT_FIGURE.match
    for i in starts:
        if i >= end and (m := match(text, i)):
            out.append(m)
            end = m.end()
    return out


def range_from(text: str, start: int) -> int | None:
    """Where "từ" stands before the numeral at ``start`` in FIGURE's group ``from``, if it does
    (FROM_BEFORE, tried only after spaces, str.isspace holding every \\s of regex, and "ừ" before them)."""
    before = text[max(0, start - 12):start]
    if not before[-1:].isspace():
        return None
    word_end = before.rstrip()
    if word_end[-1:] not in ("ừ", "Ừ") and (word_end or start <= 12):
        return None
    m = _FROM_BEFORE.match(text, start)
    return m.start(1) if m else None


@lru_cache(maxsize=4096)  # numerals recur all through a text: each parsed once
def parse_numeral(numeral: str) -> int | float | None:
    """``parse_digits(numeral)``; None, like any numeral it cannot read, for one whose float()/int()
    fails (two numerals glued, ``1.234,51.234,5``; digits newer than Python's Unicode, U+1CCF0),
    which used to stop the whole pass with a ValueError."""
    try:
        return parse_digits(numeral)
    except ValueError:
        return None


# FIGURE's groups by number: a ``regex`` match looks a group up by name far slower (it copies the
# pattern's name table on every call), so the hot path reads ``m.span(N1)``, and ``group_dict(m)``.
FIGURE_GROUPS = tuple(sorted(FIGURE.groupindex, key=FIGURE.groupindex.get))
FROM, SIGN, N1, M1, N1B, M1B, P1, N2, M2, OF, M3 = (FIGURE.groupindex[k] for k in (
    "from", "sign", "n1", "m1", "n1b", "m1b", "p1", "n2", "m2", "of", "m3"))


def group_dict(m: regex.Match | re.Match, text: str, in_script: bool) -> dict[str, str | int | None]:
    """``m.groupdict()`` of a FIGURE match (a SCRIPT_FIGURE one when ``in_script``), without its name
    look-ups, with ``from_start``, where group ``from`` starts."""
    g = dict(zip(FIGURE_GROUPS, m.groups()))
    if in_script:
        g["from_start"] = from_start = range_from(text, m.start())
        g["from"] = None if from_start is None else text[from_start:from_start + 2]
    else:
        g["from_start"] = m.start(FROM) if g["from"] else None
    return g


# Qualifier words right before a figure, read in a window before it: "ước tính khoảng 105%".
# Context before a numeral is read by a lookbehind matched at the numeral (one attempt, not a
# search through a window): ``QUAL_BEFORE.match(text, start)``, then ``m.start(1)`` (its one group, "qual").
QUAL_BEFORE = regex.compile(r"(?<=(?<![\p{L}])(?P<qual>(?:" + lx.QUAL_ALT + r")(?:\s+(?:" + lx.QUAL_ALT + r"))*)\s+)",
                            regex.IGNORECASE)
QUALIFIER = regex.compile(r"(?<![\p{L}])(?:" + lx.QUAL_ALT + r")(?![\p{L}])", regex.IGNORECASE)


@lru_cache(maxsize=1024)  # a few qualifier chains recur all through a text
def last_qualifier(words: str) -> str:
    """``ước tính khoảng`` → ``khoảng``: of chained qualifiers the one nearest the numeral counts."""
    return QUALIFIER.findall(words)[-1]


# "vượt 13,1% chỉ tiêu": what follows a figure after "vượt" makes it a margin, not a bound.
MARGIN_AFTER = regex.compile(r"\s+(?:so\s+với|chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|mục\s+tiêu|nghị\s+quyết|cùng\s+kỳ)(?![\p{L}])",
                             regex.IGNORECASE)


def margin(qualifier_words: str, unit: str | None, text: str, end: int) -> bool:
    """``vượt 13,1% chỉ tiêu``, ``vượt 5%``: "vượt" before a margin is no qualifier (GUIDE §5: ``=``)."""
    return (last_qualifier(qualifier_words).lower() == "vượt"
            and (unit in ("%", "điểm phần trăm") or MARGIN_AFTER.match(text, end, end + 30) is not None))


# "trên 3 tuyến đường" is "on three roads": before a route, area or platform noun "trên" is no qualifier.
_ON_NOUNS = tuple(w.lower() for w in load_lines("targets_on_nouns.txt"))


def locative(qualifier_words: str, unit: str | None) -> bool:
    """``trên 3 tuyến đường``, ``trên 2 nền tảng``: "trên" means "on" before a noun of ``targets_on_nouns.txt``."""
    if not unit or last_qualifier(qualifier_words).lower() != "trên":
        return False
    u = unit.lower()
    return any(u == n or u.startswith(n + " ") for n in _ON_NOUNS)


# The verb inside a chain of qualifier words (``ước tăng khoảng``): the span opens after it,
# at the qualifier that follows (``khoảng 8%``); ``ước tăng 7,2%`` alone keeps its qualifier word.
VERB_IN_QUAL = regex.compile(r"(?<![\p{L}])(?:tăng|giảm)\s+", regex.IGNORECASE)

CHANGE = regex.compile(r"(?<=(?<![\p{L}])(?P<verb>tăng|giảm)(?:\s+(?:thêm|được|lên|xuống|còn))?\s+)", regex.IGNORECASE)
AT_LEAST_AFTER = regex.compile(r"\s+trở\s+(?P<dir>lên|xuống)(?![\p{L}])", regex.IGNORECASE)


# CHANGE and AT_LEAST_AFTER are regex calls made at every figure; most figures are refused by a look
# at one character: a space must stand next to the figure (str.isspace holds every \s of regex), and
# past it the last letter of a change verb (g, m, c, n) or the t of "trở", in one of its two cases.
def change_before(text: str, start: int) -> regex.Match | None:
    """CHANGE matched at ``start``."""
    before = text[max(0, start - 12):start]
    if not before[-1:].isspace() or before.rstrip()[-1:] not in ("", "g", "G", "m", "M", "c", "C", "n", "N"):
        return None
    return CHANGE.match(text, start)


def at_least_after(text: str, end: int) -> regex.Match | None:
    """AT_LEAST_AFTER matched at ``end``."""
    after = text[end:end + 20]
    if not after[:1].isspace() or after.lstrip()[:1] not in ("t", "T"):
        return None
    return AT_LEAST_AFTER.match(text, end, end + 20)
PAREN_SHARE = regex.compile(r"\s*\(\s*(?:chiếm\s+)?" + NUM + r"\s?%", regex.IGNORECASE)

# A numeral without a unit is a figure (``khiển trách 28, cảnh cáo 21``) unless it is:
BARE_YEAR = regex.compile(r"(?:19|20)\d{2}")              # a year: "Báo cáo 2023", "tầm nhìn 2045"
BARE_AFTER_DASH = regex.compile(r"(?<=\s-\s*)")               # a caption's number: "(Khoá X) - 1"
BARE_BEFORE_NAME = regex.compile(r"[ \t]+\p{Lu}")         # a house number: "381 Đội Cấn"
BARE_AFTER_NAME = regex.compile(r"(?<=(?<=\p{L} )\p{Lu}[\p{L}]*[ \t]+)")  # a name's number: "Vĩnh Tân 4", "VSIP 2"
BARE_NEIGHBOUR_AFTER = regex.compile(r"[ \t]*(?:\||\t)|[ \t]+\d")   # a table cell or pagination: "1 | Nguyễn …",
BARE_NEIGHBOUR_BEFORE = regex.compile(r"(?<=(?:\||\t|\d[ \t]+)[ \t]*)")  # "« 1 2 3 »"
BARE_IN_PARENS = regex.compile(r"\)")                      # a list marker: "(2)"
BARE_AT_LINE_END = regex.compile(r"[ \t]*(?:\n|$)")        # alone at a line's end, …
BARE_AFTER_COLON = regex.compile(r"(?<=:\s*)")                 # … unless after a label: "Tổng số: 120"


def after_name(text: str, pos: int) -> bool:
    """BARE_AFTER_NAME at ``pos``; it ends on a space or tab, so no other position is tried."""
    return text[pos - 1:pos] in (" ", "\t") and BARE_AFTER_NAME.match(text, pos) is not None


def bare_is_figure(text: str, start: int, end: int) -> bool:
    """Whether the unit-less numeral at ``text[start:end]`` is a figure (GUIDE §5: ``khiển trách 28``
    has unit null): yes before its share (``cảnh cáo 21 (34%)``), else unless one of the ``BARE_*``
    rules above says it is something else."""
    if PAREN_SHARE.match(text, end, end + 30):
        return True
    return not (BARE_YEAR.fullmatch(text, start, end)
                or BARE_AFTER_DASH.match(text, start)
                or BARE_BEFORE_NAME.match(text, end, end + 3)
                or after_name(text, start)
                or BARE_NEIGHBOUR_AFTER.match(text, end, end + 4)
                or BARE_NEIGHBOUR_BEFORE.match(text, start)
                or (BARE_IN_PARENS.match(text, end, end + 2) and text[start - 1:start] == "(")
                or (BARE_AT_LINE_END.match(text, end, end + 4) and not BARE_AFTER_COLON.match(text, start)))
