"""Frames: what around a candidate makes it a date, or shows it is a count.

- ``month_not_count``: ``tháng 3`` with no year is not a month in ``mỗi tháng 2 lần``.
- ``chained``: a day right after another day (``ngày 30/4 và 1/5``) needs no ``ngày`` of its own;
  a year right after a year (``các năm 2021, 2022 và 2023``) needs no ``năm`` (``chained_year``).
- ``context_word``: a word before a bare day-month frames it (``dịp 30/4``, ``Hôm qua (23/11)``),
  and so does a named day (``named_day``: ``Ngày Nhà giáo Việt Nam 20/11``).
- ``birth``: a date after ``sinh``, ``SN``, ``năm sinh`` (``Sinh ngày 12/5/1942``, ``SN 1990``) is a
  birth date: a date, but never the text's own date nor an anchor or a named year for its events.
"""

from __future__ import annotations

import regex

from extractor.data import load_lines
from extractor.dates import parse

NOT_BEFORE_MONTH = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, load_lines("dates_not_before_month.txt"))) + r")\s+(?:\p{L}+\s+)?\Z",
    regex.IGNORECASE)
NOT_AFTER_MONTH = regex.compile(
    r"\s*(?:" + "|".join(map(regex.escape, load_lines("dates_not_after_month.txt"))) + r")(?!\p{L})",
    regex.IGNORECASE)
NUMBER_AFTER = regex.compile(r"\s+\d")


def keep(text: str, r: parse.Raw) -> bool:
    """``month_not_count``: ``tháng 3`` with no year is not a month in ``mỗi tháng 2 lần``."""
    if r.kind != "month" or r.a.year is not None or r.lunar:
        return True
    if NOT_BEFORE_MONTH.search(text, max(0, r.start - 20), r.start):
        return False
    after = NOT_AFTER_MONTH.match(text, r.end, r.end + 24) or NUMBER_AFTER.match(text, r.end, r.end + 8)
    return after is None


_CHAIN = {"và", ",", ";", "-", "đến", "tới", "hoặc"}
_CONTEXT = frozenset(load_lines("dates_context_words.txt"))


def chained(text: str, raws: list[parse.Raw], start: int, kinds=("day", "minute")) -> bool:
    """``chained``: a day right after another day (``ngày 30/4 và 1/5``) needs no ``ngày`` of its own."""
    if not raws or raws[-1].kind not in kinds or start - raws[-1].end > 6:
        return False
    return text[raws[-1].end:start].strip().lower() in _CHAIN


# ``named_day``: a day named before its date: "Ngày Nhà giáo Việt Nam 20/11", "dịp Quốc khánh 2/9",
# "Ngày Thương binh - Liệt sĩ 27/7" (matched backwards from the date).
_NAMED_DAY = regex.compile(
    r"(?r)(?<!\p{L})(?i:ngày|dịp|lễ|kỷ\s+niệm|mừng)\s+\p{Lu}[\p{L} -]{0,40}?\s+\(?")


def context(text: str, start: int) -> bool:
    """``context_word``: a word before the mention that frames a day (``dịp 30/4``, ``Hôm qua (23/11)``),
    or a named day (``named_day``)."""
    before = text[max(0, start - 12):start].rstrip("( ").split()
    if before and before[-1].lstrip("(").lower() in _CONTEXT:
        return True
    return _NAMED_DAY.match(text, max(0, start - 70), start) is not None


def chained_year(text: str, raws: list[parse.Raw], cue: int) -> parse.Raw | None:
    """``chained_year``: a bare year listed after a year (``các năm 2021, 2022 và 2023``)."""
    digits = text[cue:cue + 4]
    if not (digits.isdigit() and "1900" <= digits < "2200") or text[cue + 4:cue + 5].isdigit():
        return None
    if not chained(text, raws, cue, ("year",)):
        return None
    return parse.Raw(cue, cue + 4, "year", parse.Point(int(digits)))


def _words(name: str) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s+")
                    for w in sorted(load_lines(name), key=len, reverse=True))


# ``birth``: matched at the end of the text before a mention ("Sinh ngày", "(SN 1990)", "Ngày sinh: ").
_BIRTH = regex.compile(
    r"(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:" + _words("dates_not_birth.txt") + r")\s+)(?:"
    + _words("dates_birth_cues.txt") + r")|(?-i:SN))\s*[:.]?\s*\Z", regex.IGNORECASE)


def birth(text: str, r: parse.Raw) -> bool:
    """``birth``: is ``r`` a birth date (``Sinh ngày 12/5/1942``, ``SN 1990``, ``Năm sinh: 1990``)?"""
    lo = max(0, r.start - 30)
    w = text[lo:r.start]
    if "inh" not in w and "INH" not in w and "SN" not in w:
        return False      # (none of the cues: no need to run the pattern)
    return _BIRTH.search(text, lo, r.start) is not None
