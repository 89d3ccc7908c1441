"""Year inference, ISO values and the text's own date (GUIDE §2).

Rules, in order, for a day or month written without a year:

- ``listed_year``: the year written at the end of a list it opens gives the year
  (``tháng 6, tháng 7 và quý III năm 2024``).
- ``sentence_year``: a sentence that opens with its year (``Năm 2024, từ ngày 15/3 …``;
  ``Trong năm, …`` in a year-end review: the year reviewed) gives that year.
- ``nearest_anchor``: the closest full date written before it (a day with its year as
  written, or an archive stamp ``2022-07``; never a year this module inferred, never a
  month in prose) gives the year that puts the mention nearest to it: ``Chiều 3/1``
  after ``từ 30/12/2024`` is 2025-01-03.  The
  date of a cited document (``Kết luận số 21-KL/TW ngày 25/10/2021``) is not on the
  text's own timeline: it anchors only when neither another full date before nor
  the text's own date is there.
- ``own_date``: else the text's own date, when that has a written year.
- ``year_end_review``: else, in a text that reviews year X and launches X+1
  (``tổng kết … năm 2023, triển khai nhiệm vụ năm 2024``), November–December are
  in X and January–March in X+1.
- ``first_full_date_after``: else the first full date after it (not a cited
  document's) gives the nearest year: a dateline ``Ngày 14/10`` whose text later
  quotes ``14-10-2010``.
- ``most_named_year``: else the year the text names most often (a deadline year,
  ``đến năm 2015``, does not count).
- else the value keeps no year: ``--12-28``, ``--03``.

A period or span is placed by its middle (``quý IV``: November; ``từ tháng 1 đến tháng 6``: April).
A lunar date is compared as if a month later (``LUNAR_LAG``: ``mùng 1 Tết`` is near late January),
and a stem-and-branch name (``mùng 1 Tết Ất Tỵ``) takes the year of that name nearest the one
found (``cycle``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import regex

from extractor.dates.own import cited
from extractor.dates.parse import Point, Raw

# "tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024": a review word up to ``REVIEW_GAP``
# characters before "năm X", a plan word between it and "năm X+1", all on one line.
_REVIEW_WORD = re.compile(r"tổng\s+kết|sơ\s+kết|kết\s+quả|thực\s+hiện|đánh\s+giá")
_PLAN_WORD = re.compile(r"triển\s+khai|phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch")
REVIEW_GAP = 120
_YEAR_WORD = regex.compile(r"(?i:năm)\s+(\d{4})(?!\d)")
_DEADLINE = {"đến", "tới", "trước", "sau"}      # "đến năm 2015": a deadline, not the year the text is about
REVIEW_SCAN = 4000       # the review formula stands in the title or the opening
SENTENCE_MAX = 300       # how far back a sentence's opening year is looked for
CYCLE_CENTRE = 2014      # with no year to go by, a stem-and-branch name is read in 1984 … 2043
# A sentence that opens with its year: "Năm 2024, …", "Trong năm 2024, …", "- Trong năm, …"
_FRAME = re.compile(
    r"\s*(?:[-–+•*]\s*)?(?:(?:trong|suốt|riêng|tính\s+chung)\s+)?(?:cả\s+)?năm(?:\s+(?P<y>\d{4}))?\s*,",
    re.IGNORECASE)   # (small patterns in ``re``: cheaper per match than ``regex``)


LUNAR_LAG = 30     # a lunar date falls about a month after the solar date of the same number


def ordinal(p: Point, year: int) -> int:
    """Days since year 0 of a (possibly day-less) point placed in ``year``."""
    return dt.date(year, p.month or 6, p.day or 15).toordinal()


def nearest_year(p: Point, anchor: Point, lunar: bool = False) -> int:
    """The year (anchor's, the one before or after) that puts ``p`` nearest to ``anchor``
    (``lunar``: ``p`` is a lunar date; mùng 1 Tết is near late January, not 1 January)."""
    ref = dt.date(anchor.year, anchor.month or 6, anchor.day or 15).toordinal()
    lag = LUNAR_LAG if lunar else 0
    best = None
    for y in (anchor.year, anchor.year - 1, anchor.year + 1):     # (a tie keeps the anchor's year)
        try:
            d = abs(ordinal(p, y) + lag - ref)
        except ValueError:          # 29/02 in a non-leap year
            continue
        if best is None or d < best[0]:
            best = (d, y)
    return best[1] if best else anchor.year


def _deadline(text: str, start: int) -> bool:
    words = text[max(0, start - 10):start].split()
    return bool(words) and words[-1].lower() in _DEADLINE


class Context:
    """What the text offers for inferring years, computed once per text and lazily."""

    def __init__(self, text: str, raws: list[Raw]):
        self.text = text
        self.raws = raws
        self.own: Point | None = None
        self._review: tuple[int, int] | None | bool = False
        self._named: int | None | bool = False
        self._cited: dict[int, bool] = {}

    def cited(self, r: Raw) -> bool:
        if r.start not in self._cited:
            self._cited[r.start] = cited(self.text, r)
        return self._cited[r.start]

    def review(self) -> tuple[int, int] | None:
        """``year_end_review``: (X, X+1) from ``tổng kết … năm X, triển khai … năm X+1`` in the head.
        Found from the years named: a pair X, X+1 on one line, then the words around them."""
        if self._review is False:
            self._review = None
            t = self.text
            years = [(m.start(), int(m.group(1))) for m in _YEAR_WORD.finditer(t, 0, min(len(t), REVIEW_SCAN))]
            for i, (s1, x) in enumerate(years):
                for s2, x1 in years[i + 1:]:
                    if x1 != x + 1 or s2 - s1 > 200 or t.find("\n", s1, s2) >= 0:
                        continue
                    lo = max(t.rfind("\n", 0, s1) + 1, s1 - REVIEW_GAP - 12)
                    w = t[lo:s2].lower()      # (case-sensitive search on lower case: faster)
                    if (_PLAN_WORD.search(w, s1 + 8 - lo) is not None
                            and _REVIEW_WORD.search(w, 0, s1 - lo) is not None):
                        self._review = (x, x1)
                        return self._review
        return self._review

    def most_named(self) -> int | None:
        if self._named is False:
            counts: Counter[int] = Counter()
            first: dict[int, int] = {}
            for r in self.raws:
                if r.kind == "year" and r.a.year and not r.birth and not _deadline(self.text, r.start):
                    counts[r.a.year] += 1
                    first.setdefault(r.a.year, r.start)
            self._named = min(counts, key=lambda y: (-counts[y], first[y])) if counts else None
        return self._named

    def frame_year(self, start: int) -> int | None:
        """``sentence_year``: a sentence opening with its year (``Năm 2024, từ ngày 15/3 …``,
        ``Trong năm 2024, …``; in a year-end review ``Trong năm, …`` is the year reviewed) puts
        its yearless days in that year."""
        t = self.text
        lo = max(0, start - SENTENCE_MAX)      # (bounded: "?" and "!" are rare, an open search would run to 0)
        s = max(t.rfind("\n", lo, start), t.rfind(". ", lo, start), t.rfind("? ", lo, start),
                t.rfind("! ", lo, start)) + 1
        if s == 0 and lo > 0:
            return None
        m = _FRAME.match(t, s, start)
        if m is None:
            return None
        if m.group("y"):
            return int(m.group("y"))
        rv = self.review()
        return rv[0] if rv else None

    def fallback(self, p: Point, start: int, lunar: bool = False) -> int | None:
        """The year of a yearless point at ``start`` with no full date before it."""
        if self.own is not None:
            return nearest_year(p, self.own, lunar) if p.month else self.own.year
        rv = self.review()
        if rv and p.month:
            if p.month >= 11:
                return rv[0]
            if p.month <= 3:
                return rv[1]
        later = self.later(start)
        if later is not None:
            return nearest_year(p, later, lunar) if p.month else later.year
        return self.most_named()

    def later(self, start: int) -> Point | None:
        """``first_full_date_after``: the first full date after ``start`` not of a cited document."""
        for r in self.raws:
            if r.start > start and is_anchor(r) and not self.cited(r):
                return r.a
        return None


def is_anchor(r: Raw) -> bool:
    """A full date as written: an inferred year never anchors another (``Ngày 2/9`` after an inferred
    ``15/3 đến 20/4`` still takes its year from the stamp before them)."""
    return not r.inferred and r.a.year is not None and r.a.month is not None and not r.lunar and not r.birth and (
        r.kind in ("day", "minute", "dayspan", "minutespan") or r.stamp)     # a full date (GUIDE §2), or an archive stamp


def fill_years(raws: list[Raw], ctx: Context) -> None:
    """Give every yearless mention a year by the rules above (in place)."""
    anchors: list[Raw] = []           # full dates so far; which are cited is asked only when needed
    for i, r in enumerate(raws):
        if r.kind == "year":          # the commonest mention always has its year
            continue
        if r.a.year is None:
            listed = _listed(raws, i, ctx.text)
            if listed is not None:
                _fill(r, listed, ctx)
            else:
                framed = ctx.frame_year(r.start)
                _fill(r, Point(framed, *_month_day(r)) if framed else _anchor(anchors, ctx), ctx)
        if is_anchor(r):
            anchors.append(r)


_LIST_GAP = frozenset({",", "và", "hoặc", ", và"})


def _listed(raws: list[Raw], i: int, text: str) -> Point | None:
    """``listed_year``: the year written at the end of a list shared by its items
    (``tháng 6, tháng 7 và quý III năm 2024``: all in 2024)."""
    prev = raws[i]
    for r in raws[i + 1:i + 6]:
        if r.kind == "year" or text[prev.end:r.start].strip().lower() not in _LIST_GAP:
            return None
        if r.a.year is not None and not r.inferred and not r.lunar:
            return Point(r.a.year, *_month_day(r)) if r.kind in ("quarter", "half", "months") else (
                r.b if r.b is not None else r.a)
        if r.a.year is not None:
            return None
        prev = r
    return None


def _month_day(r: Raw) -> tuple[int | None, int | None]:
    p = _middle(r)
    return p.month, p.day


def _anchor(anchors: list[Raw], ctx: Context) -> Point | None:
    """The closest full date before, on the text's own timeline; a cited document's date only
    when neither such a date nor the text's own date is there."""
    quoted = None
    for r in reversed(anchors):
        point = r.b if r.b is not None and r.b.year else r.a
        if not ctx.cited(r):
            return point
        quoted = quoted or point
    return None if ctx.own else quoted


def _middle(r: Raw) -> Point:
    """The point that stands for a period when its year is chosen: its middle month."""
    if r.kind == "quarter":
        return Point(month=3 * r.quarter - 1)
    if r.kind == "half":
        return Point(month=6 * r.half - 3)
    if r.kind == "months":
        lo, hi = (1, r.months) if r.months > 0 else (13 + r.months, 12)
        return Point(month=(lo + hi) // 2)
    if r.b is not None and r.a.month and r.b.month and r.a.month <= r.b.month:
        a, b = r.a, r.b            # a span within one year: its middle ("từ tháng 1 đến tháng 6": April)
        days = (b.month - a.month) * 30 + (b.day or 15) - (a.day or 15)
        month = a.month + ((a.day or 15) + days // 2 - 1) // 30
        return Point(month=min(12, month), day=min(28, ((a.day or 15) + days // 2 - 1) % 30 + 1) if a.day else None)
    return r.b if r.b else r.a


def _fill(r: Raw, anchor: Point | None, ctx: Context) -> None:
    """``nearest_period``: a quarter, half or first months take the year that puts their middle
    nearest, like days: ``quý IV`` in a report of 10/01/2024 is 2023-Q4.  ``cycle``: a lunar
    date that names its year (``mùng 1 Tết Ất Tỵ``) takes the year of that name nearest."""
    p = _middle(r)
    y = nearest_year(p, anchor, r.lunar) if anchor is not None else ctx.fallback(p, r.start, r.lunar)
    if r.cycle is not None:
        near = y if y is not None else CYCLE_CENTRE
        y = near - (near - r.cycle) % 60
        y = y + 60 if near - y > 30 else y
    if y is None:
        return
    r.inferred = True
    if r.b is not None and r.b.year is None:
        r.b.year = y
        r.a.year = y - 1 if (r.a.month or 0) > (r.b.month or 0) else y
    else:
        r.a.year = y


# --- values -----------------------------------------------------------------------------

def _fmt(p: Point, grain: str) -> str:
    y = f"{p.year:04d}" if p.year is not None else "-"
    if grain == "year":
        return y
    if grain == "month":
        return f"{y}-{p.month:02d}"
    s = f"{y}-{p.month:02d}-{p.day:02d}"
    if grain == "minute":
        s += f"T{p.hour:02d}:{p.minute:02d}"
    return s


def value_and_grain(r: Raw) -> tuple[str, str]:
    y = f"{r.a.year:04d}" if r.a.year is not None else "-"
    if r.kind == "quarter":
        return f"{y}-Q{r.quarter}", "quarter"
    if r.kind == "half":
        return f"{y}-H{r.half}", "half"
    if r.kind == "months":
        lo, hi = (1, r.months) if r.months > 0 else (13 + r.months, 12)
        return f"{y}-{lo:02d}/{y}-{hi:02d}", "span"
    if r.kind == "span":
        return f"{r.a.year}/{r.b.year}", "span"
    if r.kind == "dayspan":
        return f"{_fmt(r.a, 'day')}/{_fmt(r.b, 'day')}", "span"
    if r.kind == "minutespan":
        return f"{_fmt(r.a, 'minute')}/{_fmt(r.b, 'minute')}", "span"
    if r.kind == "monthspan":
        return f"{_fmt(r.a, 'month')}/{_fmt(r.b, 'month')}", "span"
    return _fmt(r.a, r.kind), r.kind
