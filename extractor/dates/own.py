"""The text's own date (``document_date``): its stamp or dateline at the head.

Rules, over the day mentions in the head (the text up to the end of its first
paragraph of prose, at most ``HEAD_MAX`` characters):

- ``stamp_with_clock``: a publication stamp with its time, on a short line of its own
  (``Thứ Tư, 08/04/2015, 08:11``, ``13/03/2011 - 16:19``), is the text's date; an event's
  time in a sentence (``bắt đầu lúc 7 giờ 30 phút, ngày 22/3/2024``) is not a stamp.
  So is a date after a stamp's label on a short line (``stamp_label``: ``Ngày đăng : 27/12/2024``,
  ``Cập nhật: 08:15 | 02/01/2025``; ``extractor/data/dates_stamp_labels.txt``).
- ``dateline``: else the first day that opens a line or paragraph, stands on a line of
  its own, or carries a part of the day (``Chiều 28/12``, ``LSO-Ngày 6/12/2010``,
  ``Bến Tre, ngày 26 tháng 11 năm 2021``, ``… chiều 31/8/2020``).
- ``today_box``: a bare date line far (over ``TODAY_BOX_DAYS``) from a dateline after it is a
  site's today-box, not the text's date: the dateline wins.
- ``first_day``: else the first day of the head that is not the date of a cited document
  (``Kế hoạch số 248-KH/TU ngày …``, ``Căn cứ Luật … ngày …``).
- A date later in the body, one without a year, or a birth date (``Sinh ngày 12/5/1942``, in an
  obituary's biography) is not the text's own: None.
"""

from __future__ import annotations

import re

import regex

from extractor.data import load_lines
from extractor.dates.parse import Raw

HEAD_MAX = 2500
PROSE_LINE = 200          # a line this long is the first paragraph of prose
TODAY_BOX_DAYS = 60
STAMP_ROOM = 32           # at most this much else on a stamp's line ("Xây dựng Đảng - Ngày đăng : ")
# Opening of a line: nothing, a bullet, an agency tag "(QBĐT) -", "LSO-", "NDO - ", a place "Bến Tre,".
# (Both are matched backwards from the mention: ``(?r)`` anchors them where it starts.)
_OPENING = regex.compile(
    r"(?r)(?:^|\n|\|)\s*(?:[-–>•*]\s*)?"
    r"(?:\(?[\p{Lu}\p{N}.]{2,12}\)?\s*[-,]?\s*"          # LSO-, NDO - , (QBĐT) - , TP.HCM,
    r"|\([^()\n]{2,30}\)\s*[-–]?\s*"                       # (Chinhphu.vn) - , (Dân trí) -
    r"|[\p{Lu}][\p{L} ]{1,30},\s*)?")                       # Hà Nội, / Bến Tre,
# A cited document's number right before: "Kế hoạch số 248-KH/TU ngày …", "Nghị quyết số 12 của Tỉnh ủy ngày …".
# Or a legal basis earlier in the same clause: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6
# năm 2015" (a bare type word is not enough: "Kế hoạch tổ chức hội nghị ngày 20/5" dates the text).
_CITED = regex.compile(
    r"(?r)(?:(?:số\s*\d\S*|\d+/\p{Lu}\S*|\d+-\p{Lu}{2}\S*)(?:\s+(?:của|do)\s+[^,;\n|]{1,40})?\s*,?\s*"
    r"|(?-i:Căn\s+cứ)\s[^;.\n|]{0,120})")


_LABEL = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in load_lines("dates_stamp_labels.txt"))
    + r")\s*:?\s*(?:[|,-]\s*)?(?:\d\d?[:h]\d\d\s*[|,-]?\s*)?\Z", re.IGNORECASE)


def head_end(text: str) -> int:
    """The end of the first line of prose (``PROSE_LINE`` characters or more), within ``HEAD_MAX``."""
    limit = min(len(text), HEAD_MAX)
    start = 0
    while start < limit:
        nl = text.find("\n", start, limit)
        stop = limit if nl < 0 else nl
        if stop - start >= PROSE_LINE:
            return stop
        start = stop + 1
    return limit


def _line_around(text: str, r: Raw) -> tuple[str, str]:
    ls = text.rfind("\n", 0, r.start) + 1
    le = text.find("\n", r.end)
    return text[ls:r.start], text[r.end:le if le >= 0 else len(text)]


def _standalone(text: str, r: Raw, room: int = 25) -> bool:
    before, after = _line_around(text, r)
    return len(before.strip()) + len(after.strip()) <= room


def _stamp(text: str, r: Raw) -> bool:
    """A publication stamp: a date with its time on a short line of its own ("Cập nhật, 06:00, …"),
    not an event's time in a sentence ("bắt đầu lúc 7 giờ 30 phút, ngày 22/3/2024"); or a date after
    a stamp's label on a short line ("Xây dựng Đảng - Ngày đăng : 27/12/2024": ``stamp_label``)."""
    if not _standalone(text, r, STAMP_ROOM):
        return False
    if _LABEL.search(text, max(0, r.start - 40), r.start) is not None:
        return True
    before = text[max(0, r.start - 5):r.start].rstrip().lower()
    return r.kind == "minute" and not before.endswith("lúc")


def _dateline(text: str, r: Raw) -> bool:
    return (r.part_of_day is not None or _standalone(text, r)
            or _OPENING.match(text, max(0, r.start - 45), r.start) is not None)


def cited(text: str, r: Raw) -> bool:
    """Is ``r`` the date of a cited document (right after its number)?"""
    w = text[max(0, r.start - 70):r.start]
    if not ("/" in w or "-" in w or "số" in w or "Số" in w or "SỐ" in w or "Căn" in w):
        return False    # (none of what the pattern needs: no need to run it)
    return _CITED.match(text, max(0, r.start - 70), r.start) is not None


def own_date(text: str, raws: list[Raw]) -> Raw | None:
    """The mention that dates the text, or None."""
    end = head_end(text)
    days = []
    for r in raws:
        if r.start >= end:
            break
        if r.kind in ("day", "minute") and not r.lunar and not r.birth:
            days.append(r)
    if not days:
        return None
    stamped = next((r for r in days if _stamp(text, r)), None)
    if stamped is not None:
        return stamped
    lines = (r for r in days if _dateline(text, r) and not cited(text, r))
    first = next(lines, None)
    if first is not None:
        if _standalone(text, first) and first.a.year is not None:
            later = next((r for r in lines if r.a.year is not None and _far(first, r)), None)
            if later is not None:
                return later
        return first
    return next((r for r in days if not cited(text, r)), None)


def _far(a: Raw, b: Raw) -> bool:
    import datetime as dt
    try:
        da = dt.date(a.a.year, a.a.month, a.a.day)
        db = dt.date(b.a.year, b.a.month, b.a.day)
    except (TypeError, ValueError):
        return False
    return abs((da - db).days) > TODAY_BOX_DAYS
