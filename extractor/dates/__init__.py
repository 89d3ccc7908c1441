"""Dates (GUIDE §2): calendar days, months, quarters, years, spans, clock times tied to a day.

``find(text)`` runs in four steps:

1. ``patterns.CUE`` finds the places a date can be (digits shaped like a date, ``quý I``,
   ``tháng Giêng``); ``patterns.MENTION`` runs only in windows around them.
2. ``parse.from_match`` reads each match (``Raw``); ``_keep`` drops counts that look like
   months (``mỗi tháng 2 lần``).
3. ``own.own_date`` picks the text's own date; ``infer.fill_years`` gives yearless mentions
   a year (nearest full date before, the text's own date, the year-end review rule, the
   year named most often).
4. ``infer.value_and_grain`` formats ISO values; a weekday that contradicts the date is kept
   in the extra key ``weekday_conflict``; lunar mentions get ``"calendar": "lunar"``.
"""

from __future__ import annotations

import datetime as dt

import regex

from extractor.data import load_lines
from extractor.dates import infer, own, parse
from extractor.dates import patterns as P
from extractor.model import Date

_NOT_BEFORE_MONTH = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, load_lines("dates_not_before_month.txt"))) + r")\s+(?:\p{L}+\s+)?\Z",
    regex.IGNORECASE)
_NOT_AFTER_MONTH = regex.compile(
    r"\s*(?:" + "|".join(map(regex.escape, load_lines("dates_not_after_month.txt"))) + r")(?!\p{L})",
    regex.IGNORECASE)
_NUMBER_AFTER = regex.compile(r"\s+\d")
_WEEKDAY_NAMES = {1: "Thứ Hai", 2: "Thứ Ba", 3: "Thứ Tư", 4: "Thứ Năm", 5: "Thứ Sáu", 6: "Thứ Bảy", 7: "Chủ nhật"}


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged windows around every cue; the mention pattern runs only there."""
    out: list[list[int]] = []
    n = len(text)
    for m in P.CUE.finditer(text):
        lo, hi = max(0, m.start() - P.LOOKBACK), min(n, m.end() + P.LOOKAHEAD)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _keep(text: str, r: parse.Raw) -> bool:
    """``month_not_count``: ``tháng 3`` with no year is not a month in ``mỗi tháng 2 lần``."""
    if r.kind != "month" or r.a.year is not None or r.lunar:
        return True
    if _NOT_BEFORE_MONTH.search(text, max(0, r.start - 20), r.start):
        return False
    after = _NOT_AFTER_MONTH.match(text, r.end) or _NUMBER_AFTER.match(text, r.end)
    return after is None


def scan(text: str) -> list[parse.Raw]:
    """Every date mention, read but with no year inferred."""
    raws = []
    for lo, hi in _windows(text):
        for m in P.MENTION.finditer(text, lo, hi, overlapped=False):
            r = parse.from_match(m)
            if r is not None and _keep(text, r):
                raws.append(r)
    return raws


def _to_date(r: parse.Raw) -> Date:
    value, grain = infer.value_and_grain(r)
    d = Date(r.start, r.end, value=value, grain=grain, part_of_day=r.part_of_day)
    if r.lunar:
        d.extra["calendar"] = "lunar"
    if r.weekday and r.a.year and r.a.day and r.kind in ("day", "minute"):
        try:
            actual = dt.date(r.a.year, r.a.month, r.a.day).isoweekday()
        except ValueError:
            actual = r.weekday
        if actual != r.weekday:
            d.extra["weekday_conflict"] = _WEEKDAY_NAMES[r.weekday]
    return d


def find(text: str) -> tuple[list[Date], str | None]:
    """All date mentions in normalised ``text`` and the text's own date (ISO or None)."""
    raws = scan(text)
    ctx = infer.Context(text, raws)
    mine = own.own_date(text, raws)
    if mine is not None:
        infer.fill_years([r for r in raws if r.start <= mine.start], ctx)
        if mine.a.year is not None:
            ctx.own = mine.a
    infer.fill_years(raws, ctx)
    document_date = None
    if mine is not None and mine.a.year is not None:
        document_date = infer.value_and_grain(mine)[0][:10]
    return [_to_date(r) for r in raws], document_date
