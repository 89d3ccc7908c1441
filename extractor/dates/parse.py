"""From a match of ``patterns.MENTION`` to a ``Raw`` mention: numbers read, nothing inferred yet.

A ``Raw`` keeps the calendar parts as written (``year`` is None when the text
leaves it out); ``infer.py`` fills missing years and formats the ISO value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import regex

from extractor.dates import patterns as P
from extractor.text.numbers import parse_roman

_WORD_NUM = {"ba": 3, "sáu": 6, "chín": 9}
_TWO_DIGITS_EACH = re.compile(r"\d\d([/.])\d\d\1\d\d")
_TIME_PARTS = re.compile(r"(\d+)\s*(?::|giờ|h|g)?\s*(\d*)")


@dataclass(slots=True)
class Point:
    """One calendar point as written: any part may be missing."""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None


@dataclass(slots=True)
class Raw:
    start: int
    end: int
    kind: str                      # day | minute | month | quarter | half | months | year | span | dayspan | monthspan | minutespan
    a: Point = field(default_factory=Point)
    b: Point | None = None         # the end of a span
    quarter: int | None = None
    half: int | None = None
    months: int | None = None      # "9 tháng năm 2023": the first N months
    part_of_day: str | None = None
    weekday: int | None = None     # ISO weekday stated in the mention
    lunar: bool = False
    keyword: bool = False          # framed by ngày/mùng/part of day/weekday/time/brackets
    two_digit_year: bool = False
    stamp: bool = False            # an ISO or archive stamp ("2023-10-16", " date 2022-07")
    word: bool = False             # a span named by its word ("nhiệm kỳ 2020-2025"), not bare digits
    inferred: bool = False         # the year was inferred (``infer.py``), not written: never an anchor
    cycle: int | None = None       # a lunar year named by stem and branch ("Tết Ất Tỵ"): the year modulo 60
    birth: bool = False            # a birth date ("Sinh ngày 12/5/1942", "SN 1990"): not the text's date, no anchor


_IX: dict[str, int] = {}   # name -> index in Match.groups(), filled on the first read (the grammar compiles lazily)


class _G:
    """Named access to a match's groups through one ``groups()`` tuple (``group(name)`` is slow)."""
    __slots__ = ("t",)

    def __init__(self, m: regex.Match):
        self.t = m.groups()

    def group(self, name: str) -> str | None:
        return self.t[_IX[name]]


def _int(m: _G, *names: str) -> int | None:
    for n in names:
        v = m.t[_IX[n]]
        if v:
            return int(v)
    return None


def _year(m: _G, p: str) -> tuple[int | None, bool]:
    y = _int(m, f"{p}y", f"{p}y_", f"{p}y__", f"{p}yn")
    if y is not None:
        return y, False
    y2 = m.group(f"{p}y2")
    if y2:
        return 2000 + int(y2) if int(y2) <= 69 else 1900 + int(y2), True
    return None, False


def _point(m: _G, p: str) -> tuple[Point, bool]:
    y, short = _year(m, p)
    month = _int(m, f"{p}m", f"{p}m_")
    if month is None and m.group(f"{p}mw"):            # "23 tháng Chạp": a lunar month
        month = P.LUNAR_MONTHS[m.group(f"{p}mw").lower()]
    if month is None and m.group(f"{p}mn"):            # "10 tháng Tám năm 2025": a month in words
        month = P.SOLAR_MONTH_WORDS[" ".join(m.group(f"{p}mn").lower().split())]
    return Point(y, month, _int(m, f"{p}d")), short


def _time(s: str | None) -> tuple[int | None, int | None]:
    if not s:
        return None, None
    t = _TIME_PARTS.match(s)
    return int(t.group(1)), int(t.group(2) or 0)


def _weekday(s: str | None) -> int | None:
    if not s:
        return None
    w = " ".join(s.lower().split())
    w = w[4:] if w.startswith("thứ ") else w
    return P.WEEKDAYS.get(w)


def cycle(name: str) -> int | None:
    """``Ất Tỵ`` → the year modulo 60 (2025 % 60 = 45); None for a pair that names no year."""
    stem, branch = name.lower().split()
    s, b = P.STEM_INDEX[stem], P.BRANCH_INDEX[branch]
    for r in range(60):
        if (r - 4) % 10 == s and (r - 4) % 12 == b:
            return r
    return None


def valid(p: Point) -> bool:
    """Is the written day possible?  31/02 and 13/25 are not dates (29/02 without a year is)."""
    if p.month is None:
        return True
    if p.day is None:
        return 1 <= p.month <= 12
    try:
        dt.date(p.year or 2000, p.month, p.day)
    except ValueError:
        return False
    return True


BARE_SPAN_YEARS = 30        # "2016 - 2020"; a longer bare span only in brackets: "(1945 - 2025)"
WORD_SPAN_YEARS = 100       # "giai đoạn 1986 - 2016"


def from_match(m: regex.Match, framed=lambda: False) -> Raw | None:
    """Read one match; None when it is not a date after all (an impossible day, a bare day-month).

    ``framed()``: does the context frame the mention though the match does not (it follows another
    day, ``ngày 30/4 và 1/5``; a context word, ``dịp 30/4``, ``Hôm qua (23/11)``)?  Asked only when
    the answer matters: a day-month with no frame of its own.
    """
    if not _IX:
        _IX.update({name: i - 1 for name, i in m.re.groupindex.items()})
    s, e = m.span()
    text = m.string
    bracketed = 0 < s and text[s - 1] == "(" and text[e:e + 1] == ")"
    m = _G(m)
    t, ix = m.t, _IX          # (direct tuple access: this runs for every mention the grammar reads)
    keyword = bool(t[ix["lead"]] or t[ix["pod"]] or t[ix["wd"]] or t[ix["t1"]] or t[ix["paren"]])
    raw = _core(m, s, e, keyword or framed)
    if raw is None:
        return None
    raw.keyword = keyword
    if raw.kind == "span" and not raw.word and (
            raw.b.year - raw.a.year > BARE_SPAN_YEARS and not bracketed or P.counted(text, e, "span")):
        return None
    pod = t[ix["pod"]] or t[ix["pod2"]]
    if pod:
        raw.part_of_day = P.PARTS_OF_DAY.get(" ".join(pod.lower().split()))
    wd = t[ix["wd"]] or t[ix["wd2"]] or t[ix["wd3"]] or t[ix["wd4"]]
    if wd:
        raw.weekday = _weekday(wd)
    raw.lunar = bool(t[ix["lunar"]] or t[ix["mw"]] or t[ix["b_mw"]]) or raw.lunar
    cc = t[ix["cc"]] or t[ix["b_cc"]]
    if cc:                  # a stem-and-branch year names a lunar date: "ngày 13 tháng 9 năm Ất Tỵ"
        raw.cycle = cycle(cc)
        raw.lunar = True
    clock = t[ix["t1"]] or t[ix["t2"]]
    hh, mi = _time(clock) if clock else (None, None)
    if hh is not None and raw.kind == "day":
        raw.kind, raw.a.hour, raw.a.minute = "minute", hh, mi
        h0, m0 = _time(t[ix["t0"]])
        if h0 is not None and (h0, m0) < (hh, mi):     # "7 giờ 30 đến 10 giờ 30 ngày 6/11/2025": one span
            a = raw.a
            raw.kind, raw.a, raw.b = "minutespan", Point(a.year, a.month, a.day, h0, m0), a
    return raw


def _core(m: _G, s: int, e: int, keyword: bool) -> Raw | None:
    t, ix = m.t, _IX
    if t[ix["day"]] is not None:
        if t[ix["range"]] is not None:
            return _range(m, s, e)
        return _day(m, s, e, keyword)
    if t[ix["ys"]] is not None:
        return _year_span(m, s, e)
    if t[ix["pair"]] is not None:
        return _pair(m, s, e)
    if t[ix["iso"]] is not None:
        return _iso(m, s, e)
    if t[ix["month"]] is not None:
        return _month(m, s, e, keyword)
    if m.group("quarter") is not None:
        q = _int(m, "qn") or parse_roman(m.group("qr").upper())
        return Raw(s, e, "quarter", Point(_int(m, "qy", "qy_")), quarter=q)
    if m.group("half") is not None:
        return _half(m, s, e)
    if m.group("ram") is not None:
        mw = m.group("rmw")
        month = _int(m, "rm") or P.MONTH_WORDS[" ".join(mw.lower().split())]
        return Raw(s, e, "day", Point(_int(m, "ry"), month, 15), lunar=True)
    if m.group("year") is not None:
        y = _int(m, "yy", "by")
        # a sexagenary name ("Giáp Thìn 2024") names a lunar year
        return Raw(s, e, "year", Point(y), lunar=m.group("canchi") is not None)
    return None


def _day(m, s, e, keyword) -> Raw | None:
    """``keyword``: True, or ``framed`` (a callable asked only for a bare day-month)."""
    a, short = _point(m, "")
    if not valid(a):
        return None
    partial = a.year is None
    written = m.group("day")
    words = "tháng" in written.lower()
    if short and _TWO_DIGITS_EACH.fullmatch(written):
        short = False   # "28/12/23", "05.03.24": every part in two digits, a date as written
    if words and m.group("mw") and "tháng" in written.lower():
        keyword = True  # "23 tháng Chạp": a lunar month by name needs no "ngày"
    if (partial or short) and not (words and not partial) and not (keyword is True or keyword()):
        return None   # "21/25", "3/4 số đảng viên", "1/2/23" with no frame: not dates
    return Raw(s, e, "day", a, two_digit_year=short)


def _range(m, s, e) -> Raw | None:
    a, _ = _point(m, "")
    b, _ = _point(m, "b_")
    if not (valid(a) and valid(b)):
        return None
    if a.year is None:
        a.year = b.year
        if a.year is not None and (a.month, a.day) > (b.month, b.day):
            a.year -= 1   # "30/12 đến 3/1/2025": the start is in the year before
    if a.year is not None and (a.year, a.month, a.day) > (b.year or a.year, b.month, b.day) and a.year == b.year:
        return None     # (with no year, "25 tháng Chạp đến mùng 5 tháng Giêng" runs over the new year)
    return Raw(s, e, "dayspan", a, b)


def _pair(m, s, e) -> Raw | None:
    b, _ = _point(m, "b_")
    a = Point(b.year, b.month, int(m.group("pd")))
    if not (valid(a) and valid(b)) or a.day >= b.day:
        return None
    return Raw(s, e, "dayspan", a, b)


def _iso(m, s, e) -> Raw:
    a = Point(int(m.group("iy")), int(m.group("im")), _int(m, "id"))
    if a.day is None:
        return Raw(s, e, "month", a, stamp=True)
    hh, mi = _time(m.group("it"))
    a.hour, a.minute = hh, mi
    return Raw(s, e, "minute" if hh is not None else "day", a)


def _year_span(m, s, e) -> Raw | None:
    y1, y2 = int(m.group("sy1")), int(m.group("sy2"))
    if not 0 < y2 - y1 <= WORD_SPAN_YEARS:
        return None
    return Raw(s, e, "span", Point(y1), Point(y2), word=bool(m.group("sw")))


def _month(m, s, e, keyword) -> Raw | None:
    mm = _int(m, "mm")
    lunar = mm is None and m.group("mlunar") is not None
    if lunar:
        mm = P.LUNAR_MONTHS[m.group("mlunar").lower()]
    elif mm is None:                                  # "tháng Tám năm 1945"
        mm = P.SOLAR_MONTH_WORDS[" ".join(m.group("mname").lower().split())]
    y = _int(m, "my", "my_", "mly", "mny")
    if m.group("mrange"):
        b = Point(_int(m, "my2", "my2_"), _int(m, "mm2"))
        if y is None and b.year is not None:
            y = b.year if mm <= b.month else b.year - 1     # "tháng 11 đến tháng 2/2024": 2023-11
        a = Point(y, mm)
        if a.month == b.month if b.year is None else (a.year, a.month) >= (b.year, b.month):
            return None     # (without a year, "tháng 11 đến tháng 2" runs over the new year)
        return Raw(s, e, "monthspan", a, b)
    return Raw(s, e, "month", Point(y, mm), lunar=lunar)


def _half(m, s, e) -> Raw | None:
    n_txt = m.group("hn")
    which = (m.group("hw") or m.group("hw_") or "").lower()
    y = _int(m, "hy")
    if n_txt is None:                       # nửa đầu năm / nửa cuối năm
        return Raw(s, e, "half", Point(y), half=1 if which == "đầu" else 2)
    n = int(n_txt) if n_txt.isdigit() else _WORD_NUM[n_txt.lower()]
    if not which and y is None:
        return None   # "3 tháng năm nay", "sau 6 tháng năm ấy": a duration, not a period
    last = which == "cuối"
    if n == 6:                              # 6 tháng đầu/cuối năm: a half
        return Raw(s, e, "half", Point(y), half=2 if last else 1)
    if n == 3:                              # 3 tháng đầu/cuối năm: a quarter
        return Raw(s, e, "quarter", Point(y), quarter=4 if last else 1)
    return Raw(s, e, "months", Point(y), months=-n if last else n)     # 9 tháng (đầu) năm: months
