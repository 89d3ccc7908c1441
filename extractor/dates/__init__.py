"""Dates (GUIDE §2): calendar days, months, quarters, years, spans, clock times tied to a day.

``find(text)`` runs in four steps:

1. ``patterns.DIGIT_CUE`` and ``patterns.WORD_CUES`` find the places a date can be (digits
   shaped like a date, ``quý I``, ``tháng Giêng``).  At each, ``fast.read`` reads the
   commonest mentions directly (``năm 2023``, ``nhiệm kỳ 2020-2025``, ``ngày 25/11/2021``);
   otherwise ``patterns.PREFIX`` reads the framing backwards and ``patterns.MENTION``
   matches the whole mention from there.
2. ``parse.from_match`` reads each match (``Raw``); a bare day-month needs a frame (its own,
   a day before it, a context word: ``frames.py``); ``frames.keep`` drops counts that look like months
   (``mỗi tháng 2 lần``).
3. ``frames.birth`` marks birth dates (``Sinh ngày 12/5/1942``, ``SN 1990``): never the text's
   date, an anchor or a named year.  ``own.own_date`` picks the text's own date; ``infer.fill_years`` gives yearless mentions
   a year (nearest full date before, the text's own date, the year-end review rule, the
   first full date after, the year named most often).
4. ``infer.value_and_grain`` formats ISO values; a weekday that contradicts the date is kept
   in the extra key ``weekday_conflict``; lunar mentions get ``"calendar": "lunar"``.
"""

from __future__ import annotations

import datetime as dt

from extractor.dates import fast, frames, infer, own, parse
from extractor.dates import patterns as P
from extractor.model import Date
from extractor.text.patterns import LazyPattern

_WEEKDAY_NAMES = {1: "Thứ Hai", 2: "Thứ Ba", 3: "Thứ Tư", 4: "Thứ Năm", 5: "Thứ Sáu", 6: "Thứ Bảy", 7: "Chủ nhật"}


def _cues(text: str) -> list[int]:
    """Where date digits (or a digit-free date word) begin, in order."""
    cues = [m.start() for m in P.DIGIT_CUE.finditer(text)]
    extra = [_word_before(text, m.start() - back) if m.lastgroup == "back" else m.start() - back
             for rx, back, needle in P.WORD_CUES if needle in text for m in rx.finditer(text)]
    return sorted(cues + extra) if extra else cues


def _word_before(text: str, i: int) -> int:
    """Where the word before ``i`` starts ("sáu tháng": from "tháng" back to "sáu")."""
    return text.rfind(" ", 0, max(0, i - 1)) + 1


def _framing_before(text: str, cue: int) -> bool:
    """Can anything of the mention stand before ``cue``?  Only after a word of ``P.PREFIX_ENDS``
    ("ngày", "tháng", "Thứ 6,", "Sáng nay (") or right after "/" ("quý I/2024")."""
    if cue == 0:
        return False
    c = text[cue - 1]
    if c in "/(":
        return True
    if c != " ":
        return False
    words = text[max(0, cue - 12):cue].replace("-", " ").split()
    return bool(words) and words[-1].strip(",(").lower() in P.PREFIX_ENDS   # "(mùng 1 Tết)"


def _match_at(text: str, cue: int, floor: int):
    """The mention that covers ``cue``: read its framing backwards, then the whole forwards."""
    pre = P.PREFIX.match(text, floor, cue) if _framing_before(text, cue) else None
    start = pre.start() if pre else cue
    m = P.MENTION.match(text, start, start + P.SPAN_MAX)
    if m is not None and m.end() > cue:
        return m
    if start != cue:
        m = P.MENTION.match(text, cue, cue + P.SPAN_MAX)
        if m is not None and m.end() > cue:
            return m
    return None


def scan(text: str, use_fast: bool = True) -> list[parse.Raw]:
    """Every date mention, read but with no year inferred (``use_fast=False``: grammar only)."""
    raws = []
    last = 0
    read = fast.read if use_fast else lambda text, cue, last: None
    for cue in _cues(text):
        if cue < last:
            continue
        r = read(text, cue, last)
        if r is not None:
            raws.append(r)
            last = r.end
            continue
        m = _match_at(text, cue, max(last, cue - P.LOOKBACK))
        if m is None:
            r = frames.chained_year(text, raws, cue)
            if r is not None:
                raws.append(r)
                last = r.end
            continue
        last = m.end()
        r = parse.from_match(m, lambda: (
            frames.chained(text, raws, m.start()) and not P.counted(text, m.end(), "chained")
            or frames.context(text, m.start()) and not P.counted(text, m.end(), "context")))
        if r is not None and frames.keep(text, r):
            raws.append(r)
    return raws


def _to_date(r: parse.Raw) -> Date:
    if r.kind == "year" and not r.lunar:
        return Date(r.start, r.end, value=str(r.a.year), grain="year")
    value, grain = infer.value_and_grain(r)
    d = Date(r.start, r.end, value=value, grain=grain, part_of_day=r.part_of_day)
    if r.lunar:
        d.extra["calendar"] = "lunar"
    if r.weekday and r.a.year and r.a.day and r.kind in ("day", "minute", "minutespan"):
        try:
            actual = dt.date(r.a.year, r.a.month, r.a.day).isoweekday()
        except ValueError:
            actual = r.weekday
        if actual != r.weekday:
            d.extra["weekday_conflict"] = _WEEKDAY_NAMES[r.weekday]
    return d


def find(text: str) -> tuple[list[Date], str | None]:
    """All date mentions in normalised ``text`` and the text's own date (ISO or None).

    The grammar compiles on first use; an empty text compiles it (``extract("")`` is how a batch
    prepares the passes before forking its workers)."""
    if not text:
        LazyPattern.compile_all()
        return [], None
    raws = scan(text)
    if not raws:
        return [], None
    for r in raws:
        r.birth = frames.birth(text, r)
    mine = own.own_date(text, raws)
    if any(r.a.year is None for r in raws):     # (most reports write every year: nothing to infer)
        ctx = infer.Context(text, raws)
        if mine is not None:
            infer.fill_years([r for r in raws if r.start <= mine.start], ctx)
            if mine.a.year is not None:
                ctx.own = mine.a
        infer.fill_years(raws, ctx)
    document_date = None
    if mine is not None and mine.a.year is not None:
        document_date = infer.value_and_grain(mine)[0][:10]
    return [_to_date(r) for r in raws], document_date
