"""Fast paths: the commonest mentions read with string checks and two small patterns.

Most mentions in a report are ``năm 2023``, ``nhiệm kỳ 2020-2025`` and ``ngày 25/11/2021``;
also read here: ``ngày 04 tháng 12 năm 2023``, ``tháng 12/2023``, ``quý I/2024``, a bare
``28/12/2021`` and a bare ``2016 - 2020``.
Reading them with the full grammar costs a backwards prefix match and a forward match
of a large pattern; here the word before the digits (one dict lookup) and one small
anchored pattern do.  Each function returns a ``Raw`` only when nothing around the
mention could make the full grammar read it differently (an edge word, a part of day,
a time, a range, a bracket); otherwise None, and the full grammar decides.
``tests/test_dates.py`` checks that both readings agree on the whole phrase table.
"""

from __future__ import annotations

import re

from extractor.dates import patterns as P
from extractor.dates.parse import BARE_SPAN_YEARS, Point, Raw, valid


# The small patterns are compiled with ``re``: a match costs half what it costs in ``regex``
# (``NE``: the grammar's right boundary, with ``[^\W\d_]`` for a letter).
NE = r"(?!\d|[.,/:-]\d|/[^\W\d_])"
SPAN_WORDS = frozenset({"nhiệm kỳ", "nhiệm kì", "giai đoạn", "năm học"})   # nhiệm kỳ 2020-2025

# "2020-2025", "2020 - 2025" (a plain hyphen; "đến", brackets and the rest go to the grammar)
_SPAN = re.compile(rf"(?P<y1>{P.Y4})\s*-\s*(?P<y2>{P.Y4}){NE}")
# "25/11/2021", "7-4-2015", "09.01.2024", "9/1" (no spaces, one separator throughout)
_DAY = re.compile(rf"(?P<d>{P.D})(?P<s>[/.-])(?P<m>{P.M})(?:(?P=s)(?P<y>{P.Y4}))?{NE}")
# "ngày 04 tháng 12 năm 2023" (a written year; other shapes go to the grammar)
_WDAY = re.compile(rf"(?P<d>{P.D})\s+tháng\s+(?P<m>{P.M})(?!\d)\s*,?\s*năm\s+(?P<y>{P.Y4})(?!\d)")
# "tháng 12/2023", "tháng 12-2023", "tháng 12 năm 2023" (with its year only)
_MONTH = re.compile(rf"(?P<m>{P.M})(?!\d|[.,]\d)(?:\s?[/-]\s?(?P<y>{P.Y4})|\s*,?\s*năm\s+(?P<y_>{P.Y4})){NE}")
# "quý I/2024", "Quý IV năm 2023", "quý 2" (from the digits or the Roman numeral)
_QUARTER = re.compile(rf"(?:(?P<r>{P.ROMAN_Q})(?![^\W_])|(?P<n>[1-4])(?!\d|[.,]\d))"
                      rf"(?:\s?[/-]\s?(?P<y>{P.Y4})|\s*,?\s*năm\s+(?P<y_>{P.Y4}))?{NE}", re.IGNORECASE)
# what may follow a mention and widen it: a bracket, a time, a range, âm lịch
_TAIL = re.compile(r"\s*(?:\(|âm\s|ÂL|-\s*(?:\d|ngày|mùng|mồng|hết|tháng)|[,|]?\s*(?:lúc\s+)?\d|đến|tới)",
                   re.IGNORECASE)


def _tail(text: str, e: int) -> bool:
    return _TAIL.match(text, e, e + 24) is not None


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# The last word of what may stand before "ngày" and belong to the mention: a part of day
# ("Chiều ngày"), a weekday ("Thứ Hai, ngày"), "nay", "các ngày", "hôm"; a digit or comma
# before it (a time, "Thứ 2,") also sends the mention to the grammar.
_DAY_FRAME = frozenset(w.split()[-1] for w in P.PARTS_OF_DAY) | frozenset(
    w.split()[-1] for w in P.WEEKDAYS if not w.isdigit()) | {"nay", "các", "hôm", "giờ", "phút"}


def _framed(text: str, s: int) -> bool:
    """Does something that may belong to the mention stand right before ``text[s:]``?"""
    before = text[max(0, s - 14):s].rstrip()
    if not before:
        return False
    if before[-1].isdigit() or before[-1] in ",:-(":
        return True
    return before.rsplit(None, 1)[-1].lower() in _DAY_FRAME


def _years(text: str, start: int, cue: int) -> Raw | None:
    """``2020-2025`` or ``2023`` after a year keyword; None when the grammar must read it."""
    m = _SPAN.match(text, cue, cue + 40)
    if m is not None:
        if _tail(text, m.end()):
            return None
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not 0 < y2 - y1 <= 30:   # longer ones: the grammar decides
            return None
        return Raw(start, m.end(), "span", Point(y1), Point(y2), word=True)
    return None


# The last word before the digits decides which fast path may apply (a dict lookup).
_ROUTE = {"năm": "year", "ngày": "day", "kỳ": "span", "kì": "span", "đoạn": "span", "học": "span",
          "tháng": "month", "quý": "quarter"}


def read(text: str, cue: int, floor: int) -> Raw | None:
    """The fast reading of the mention whose digits start at ``cue``, or None."""
    c = text[cue]
    if c == "q" or c == "Q":                    # a word cue: quý I
        return quarter(text, cue, cue + 4, floor) if text[cue + 1:cue + 4].lower() == "uý " else None
    if cue < 2 or text[cue - 1] != " ":
        return bare(text, cue) if cue == 0 or text[cue - 1] == "\n" else None
    w = text[cue - 4:cue - 1]
    if (w == "năm" or w == "Năm") and (cue == 4 or text[cue - 5] in " \n(,"):    # the commonest: năm 2023
        return year(text, cue - 4, cue, floor)
    lo = max(0, cue - 8)
    j = text.rfind(" ", lo, cue - 1)
    if j < 0 and lo > 0:
        j = text.rfind("\n", lo, cue - 1)
        if j < 0:
            return None
    route = _ROUTE.get(text[j + 1:cue - 1].lower())
    if route is None:
        word = text[j + 1:cue - 1].strip(",(").lower()
        return None if word in P.PREFIX_ENDS or text[j + 1:cue - 1].endswith("(") else bare(text, cue)
    if route == "month":
        return month(text, j + 1, cue, floor)
    if route == "quarter":
        return quarter(text, j + 1, cue, floor)
    if route == "day":
        return day(text, j + 1, cue, floor)
    if route == "year":
        return year(text, j + 1, cue, floor)
    lo = max(0, j - 9)                          # nhiệm kỳ, giai đoạn, năm học: two words
    k = max(text.rfind(" ", lo, j), text.rfind("\n", lo, j), text.rfind("(", lo, j))
    if (k < 0 and lo > 0) or k + 1 < floor or text[k + 1:cue - 1].lower() not in SPAN_WORDS:
        return None
    return _years(text, k + 1, cue)


# Last words before "năm" that belong to the mention or make it a duration: "cuối năm 2021",
# "trung tuần năm", "cùng kỳ năm 2022", "tháng 5 năm 2023", "5 năm 2016 - 2020" (a digit).
_YEAR_BLOCKERS = frozenset({"cuối", "đầu", "giữa", "tuần", "kỳ", "tháng"})


_YEAR_AFTER = re.compile(P.YEAR_FAST_AFTER.pattern, re.IGNORECASE)
_PLAIN_AFTER = frozenset(" ,.;\n")
_WIDENING = frozenset("đĐtTâÂ")     # đến, tới, âm lịch


def year(text: str, s: int, cue: int, floor: int) -> Raw | None:
    """``năm 2023``, ``năm 2016 - 2017`` (``s``: where "năm" starts)."""
    if s < floor:
        return None
    before = text[max(0, s - 12):s].split()
    if before and (before[-1].lower() in _YEAR_BLOCKERS or before[-1][-1].isdigit()):
        return None
    digits = text[cue:cue + 4]
    if not (digits.isdigit() and "1500" <= digits < "2200"):
        return None
    nxt = text[cue + 4:cue + 6]
    if (not nxt or nxt[0] in _PLAIN_AFTER and nxt[1:2].isalpha() and nxt[1:2] not in _WIDENING
            or not _YEAR_AFTER.match(text, cue + 4, cue + 24)):     # (a space and a word: the regex is not needed)
        return Raw(s, cue + 4, "year", Point(int(digits)))
    return _years(text, s, cue)


_EDGE_WORDS = frozenset({"cuối", "đầu", "giữa", "tuần"})   # cuối tháng 3/2024, trung tuần tháng 6


def _plain_before(text: str, s: int, floor: int) -> bool:
    """Nothing before the word at ``s`` that the grammar would take into the mention."""
    if s < floor or _framed(text, s):
        return False
    before = text[max(0, s - 12):s].split()
    return not before or before[-1].lower() not in _EDGE_WORDS and before[-1].lower() not in _DAY_LEADS


_DAY_LEADS = frozenset({"ngày", "mùng", "mồng", "hôm", "rằm"})


def month(text: str, s: int, cue: int, floor: int) -> Raw | None:
    """``tháng 12/2023``, ``tháng 12 năm 2023`` (``s``: where "tháng" starts)."""
    if not _plain_before(text, s, floor):
        return None
    m = _MONTH.match(text, cue, cue + 40)
    if m is None or _tail(text, m.end()):
        return None
    return Raw(s, m.end(), "month", Point(int(m.group("y") or m.group("y_")), int(m.group("m"))))


def quarter(text: str, s: int, cue: int, floor: int) -> Raw | None:
    """``quý I/2024``, ``quý 3 năm 2023``, ``quý IV`` (``s``: where "quý" starts)."""
    if not _plain_before(text, s, floor) or s > 0 and (text[s - 1].isalnum() or text[s - 1] in "/-"):
        return None
    while text[cue] == " ":
        cue += 1
    m = _QUARTER.match(text, cue, cue + 40)
    if m is None or _tail(text, m.end()):
        return None
    y = m.group("y") or m.group("y_")
    q = int(m.group("n")) if m.group("n") else _ROMAN[m.group("r").lower()]
    return Raw(s, m.end(), "quarter", Point(int(y) if y else None), quarter=q)


def bare(text: str, cue: int) -> Raw | None:
    """A full date in digits standing alone: ``28/12/2021`` (a day-month without its year needs a
    frame: the grammar decides), or a span of years: ``2016 - 2020``."""
    if cue > 0 and not text[cue - 1].isspace():
        return None
    m = _SPAN.match(text, cue, cue + 40)
    if m is not None:           # a bare span of years: "2016 - 2020" (not "2000 - 2010 hộ", a count)
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if _tail(text, m.end()) or not 0 < y2 - y1 <= BARE_SPAN_YEARS or P.counted(text, m.end(), "span"):
            return None
        return Raw(cue, m.end(), "span", Point(y1), Point(y2))
    m = _DAY.match(text, cue, cue + 16)
    if m is None or m.group("y") is None or _tail(text, m.end()):
        return None
    p = Point(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return Raw(cue, m.end(), "day", p) if valid(p) else None


def day(text: str, s: int, cue: int, floor: int) -> Raw | None:
    """``ngày 25/11/2021``, ``ngày 7-4-2015``, ``Ngày 9/1`` with nothing else framing them
    (``s``: where "ngày" starts)."""
    if s < floor or _framed(text, s):
        return None
    m = _DAY.match(text, cue, cue + 16)
    if m is None:
        m = _WDAY.match(text, cue, cue + 48)
        if m is None:
            return None
    if _tail(text, m.end()):
        return None
    y = m.group("y")
    p = Point(int(y) if y else None, int(m.group("m")), int(m.group("d")))
    if not valid(p):
        return None
    r = Raw(s, m.end(), "day", p)
    r.keyword = True
    return r
