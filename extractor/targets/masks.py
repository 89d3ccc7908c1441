"""Shapes that hold digits but are not figures (GUIDE §5 "Not figures").

``masked_spans(text)`` returns the spans of every such shape; a candidate figure
whose numeral falls inside one is dropped.  The dates and documents passes find
most of these too (and the pipeline drops figures overlapping them), but this
pass stays sound on its own.  Each rule is one named alternative:

- ``date_dmy``: ``28/12/2021``, ``7-4-2015``, ``09.01.2024``, ``Ngày 10 / 01 / 2024``;
- ``date_iso``: ``2022-07``, ``2019-12-31``;
- ``month_year``: ``6/2022``, ``quý I/2024`` (the ``/2024`` part);
- ``year_span``: ``2020-2025``, ``2019 – 2024``, ``(2001-2010)``;
- ``year_after_word``: ``năm 2023``, ``giai đoạn 2021``, ``nhiệm kỳ 2020``, ``đến năm 2030``;
- ``day_month``: ``ngày 30-6``, ``ngày 7 và 8-5``, ``Sáng 28/12`` (a day word before d/m or d-m);
- ``clock``: ``08:11``, ``0:00``, ``14h30``, ``16 giờ``;
- ``doc_number``: ``08-NQ/TU``, ``1234/QĐ-UBND``, ``15/2020/NĐ-CP``, ``Kế hoạch 248-KH/TU``;
- ``code``: a numeral glued to letters or ``+``: ``Covid-19``, ``GMT+7``, ``A1``, ``QH14``;
- ``phone``: a numeral opening with 0 and nine to eleven digits long, however grouped:
  ``0258.3822.123``, ``(0258) 3 822 123``, ``0912.345.678``, ``0912345678``;
- ``url``: ``https://…``, ``www.…``, e-mail addresses;
- ``enumerator``: ``1. Mục đích``, ``1- Ban Chấp hành``, ``2) …`` at the start of a line;
- ``short_quote``: a numeral inside a short quotation (≤ 40 characters), the name of a
  movement or model: “Sinh viên 5 tốt”, “Chi bộ bốn tốt”, “Khi tôi 18”;
- ``per_capita``: the denominator of a rate: ``số bác sĩ trên 10.000 dân``, ``/1.000 dân``;
- ``furniture``: page counters: ``Hôm nay: 39``, ``Đã truy cập: 3536678``, ``12 bình luận``;
- ``time_noun``: durations, ages and date parts: ``30 năm tuổi Đảng``, ``6 tháng đầu năm``;
- ``label``: ordinals and labels: ``lần thứ 11``, ``Trung ương 4``, ``tầng 5``, ``ảnh 1``, ``số 10``.
"""

from __future__ import annotations

import regex

from extractor.targets import lexicon as lx

_DAYWORD = r"(?:ngày|sáng|trưa|chiều|tối|đêm|hôm)"
_YEARWORD = r"(?:năm|năm học|niên khóa|niên khoá|giai đoạn|nhiệm kỳ|thời kỳ)"
_NUM = r"\d+(?:[.,]\d+)*"
_LABEL_WORDS = r"(?<![\p{L}])(?P<label>" + lx.LABEL_ALT + r")\s*:?\s*"

MASK = regex.compile(
    r"(?P<date_dmy>(?<!\d)\d{1,2}\s*([/.-])\s*\d{1,2}\s*\2\s*\d{2,4}(?!\d))"
    r"|(?P<date_iso>(?<!\d)(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?(?!\d))"
    r"|(?P<year_span>(?<!\d)(?:19|20)\d{2}\s*-\s*(?:(?:19|20)\d{2}|\d{2})(?!\d))"
    r"|(?P<month_year>(?<![\d/])\d{1,2}\s*/\s*(?:19|20)\d{2}(?!\d))"
    r"|(?P<year_after_word>(?<![\p{L}])" + _YEARWORD + r"\s+(?:19|20)\d{2}(?!\d))"
    r"|(?P<day_month>(?<![\p{L}])" + _DAYWORD + r"\s+\d{1,2}(?:\s*(?:,|và|-)\s*\d{1,2})*\s*[/.-]\s*\d{1,2}(?![\d%]))"
    r"|(?P<clock>(?<!\d)\d{1,2}\s*(?::|h(?=\d))\s*\d{2}(?!\d)|(?<!\d)\d{1,2}\s*(?:giờ|h)(?!\w))"
    r"|(?P<doc_number>(?<![\w/])\d+(?:/\d+)*[/-]\p{Lu}[\p{L}\d]*(?:[/-][\p{L}\d]+)*)"
    r"|(?P<code>\p{L}[\p{L}\d]*[-+]?\d+(?:[.,]\d+)*|\d+\p{L}+\d+)"
    r"|(?P<phone>(?<![\d.,])\(?0\d{1,3}\)?(?:[ .-]?\d){7,9}(?!\d))"
    r"|(?P<url>https?://\S+|www\.\S+|[\w.]+@[\w.]+)"
    r"|(?P<enumerator>(?m:^)[ \t]*\d{1,2}[ \t]*[.)-](?=\s))"
    r"|(?P<short_quote>“[^”\n]{1,40}”|\"[^\"\n]{1,40}\")"
    r"|(?P<per_capita>(?<![\p{L}])(?:trên|mỗi|/)\s*(?:10{0,2}\.000|1\s+vạn|10{0,2}\s+nghìn)\s+(?:dân|người\s+dân)(?![\p{L}]))"
    r"|(?P<furniture>(?<![\p{L}])(?:" + lx.FURNITURE_BEFORE_ALT + r")\s*:?\s*\(?\s*" + _NUM + r"|" + _NUM + r"\s+(?:" + lx.FURNITURE_AFTER_ALT + r")(?![\p{L}]))"
    r"|(?P<time_noun>(?<![\d.,])" + _NUM + r"\s+(?:" + lx.TIME_ALT + r")(?![\p{L}]))"
    r"|(?P<label_num>" + _LABEL_WORDS + _NUM + r")",
    regex.IGNORECASE,
)


def masked_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of every non-figure shape in ``text``, with the rule that found it."""
    out = []
    for m in MASK.finditer(text, overlapped=False):
        rule = m.lastgroup
        if rule == "label_num" and _label_excused(text, m):
            continue
        out.append((m.start(), m.end(), rule))
    return out


def quoted_names(text: str) -> list[tuple[int, int]]:
    """Short quoted names (“Chi bộ bốn tốt”) where a word numeral is part of the name."""
    return [m.span() for m in MASK.finditer(text) if m.lastgroup == "short_quote"]


def _label_excused(text: str, m: regex.Match) -> bool:
    """``tổng số 62``: a label with an exception word right before it is no label."""
    word = " ".join(m.group("label").lower().split())
    unless = lx.LABEL_UNLESS.get(word)
    if not unless:
        return False
    before = text[max(0, m.start() - 20):m.start()].lower().split()
    return bool(before) and before[-1] in unless
