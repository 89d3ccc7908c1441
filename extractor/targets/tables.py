"""Figures in tables flattened into text: rows of cells split by ``|`` (or tabs) under a header row.

``Bảng 1 …`` / ``STT | Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện`` / ``2 | Thu ngân sách | tỷ đồng |
11.000 | 12.350``: a cell holding only a numeral is a figure when its column is one of values:

- its unit is the row's cell under ``Đơn vị``/``ĐVT`` (``tỷ đồng``, ``%``, ``xã``; a column of names
  under ``Đơn vị`` is one of organisations, no units), or ``%`` when
  the header names a percentage (``Tỷ lệ (%)``, ``So sánh %``), else null;
- its status comes from the header: ``Kế hoạch``/``Chỉ tiêu``/``Mục tiêu``/``KH`` → planned,
  ``Thực hiện``/``Kết quả``/``Ước thực hiện``/``TH`` → achieved, else null;
- index columns (``STT``, ``TT``) and the unit column hold no figures; the subject is the row's
  first cell of words (``Thu ngân sách``).

A table is two or more consecutive lines with a separator, the first its header (naming a column of values).
"""

from __future__ import annotations

import re

from extractor.model import Target
from extractor.targets.figures import parse_numeral

ROW = re.compile(r"(?m)^[^\n]*[|\t][^\n]*$")
NUMERAL = re.compile(r"\s*(\d+(?:[.,]\d+)*)\s*")
INDEX = re.compile(r"\s*(?:stt|tt|số\s+tt|số\s+thứ\s+tự)\s*", re.IGNORECASE)
UNIT = re.compile(r"\s*(?:đơn\s+vị(?:\s+tính)?|đvt)\s*", re.IGNORECASE)
PLANNED = re.compile(r"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|kh|dự\s+kiến|dự\s+toán)(?!\w)", re.IGNORECASE)
ACHIEVED = re.compile(r"(?<!\w)(?:thực\s+hiện|kết\s+quả|th|ước\s+th|ước\s+thực\s+hiện|ước\s+đạt|đạt)(?!\w)", re.IGNORECASE)
PERCENT = re.compile(r"%|tỷ\s+lệ|phần\s+trăm", re.IGNORECASE)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    sep = "|" if "|" in text[start:end] else "\t"
    out, a = [], start
    while True:
        b = text.find(sep, a, end)
        if b < 0:
            out.append((a, end))
            return out
        out.append((a, b))
        a = b + 1


def _unit_like(text: str, start: int, end: int) -> bool:
    """A unit cell: ``tỷ đồng``, ``%``, ``ha``, ``USD``, ``xã`` — not a name (``Xã A``, ``Sở Y tế``)."""
    words = text[start:end].split()
    return len(words) <= 4 and all(w.islower() or w.isupper() or not w[:1].isalpha() for w in words)


def find(text: str) -> list[Target]:
    """Figures in the value columns of every flattened table of ``text``."""
    if "|" not in text and "\t" not in text:
        return []
    out: list[Target] = []
    rows = [(m.start(), m.end()) for m in ROW.finditer(text)]
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j][0] == rows[j - 1][1] + 1:
            j += 1
        if j - i >= 2:
            out += _table(text, rows[i:j])
        i = j
    return out


def _table(text: str, rows: list[tuple[int, int]]) -> list[Target]:
    header = [text[a:b] for a, b in _cells(text, *rows[0])]
    unit_col = next((k for k, h in enumerate(header) if UNIT.fullmatch(h)), None)
    if unit_col is not None and not all(_unit_like(text, *_cells(text, *r)[unit_col]) for r in rows[1:]
                                        if len(_cells(text, *r)) > unit_col):
        unit_col = None  # "Đơn vị | Tỷ lệ (%)" / "Xã A | 85,5": a column of units of organisation
    skip = {k for k, h in enumerate(header) if INDEX.fullmatch(h)} | ({unit_col} if unit_col is not None else set())
    if not any(PLANNED.search(h) or ACHIEVED.search(h) or PERCENT.search(h) for h in header):
        return []  # no column of values: a list laid out in columns (names, pagination)
    out = []
    for a, b in rows[1:]:
        cells = _cells(text, a, b)
        if len(cells) != len(header):
            continue
        unit = " ".join(text[slice(*cells[unit_col])].split()) or None if unit_col is not None else None
        label = next((" ".join(text[s:e].split()) for k, (s, e) in enumerate(cells)
                      if k not in skip and text[s:e].strip() and not NUMERAL.fullmatch(text, s, e)), None)
        for k, (s, e) in enumerate(cells):
            m = NUMERAL.fullmatch(text, s, e)
            if k in skip or not m or k == 0:
                continue
            value = parse_numeral(m.group(1))
            if value is None:
                continue
            h = header[k]
            status = "planned" if PLANNED.search(h) else "achieved" if ACHIEVED.search(h) else None
            u = unit if unit_col is not None else ("%" if PERCENT.search(h) else None)
            if PERCENT.search(h) and not PLANNED.search(h) and not ACHIEVED.search(h):
                u = "%"
            out.append(Target(start=m.start(1), end=m.end(1), value=value, unit=u, qualifier="=", status=status,
                              subject=label, extra={"table": True}))
    return out
