"""What a figure is of (GUIDE §5 ``subject``), read from the words around it.

Rules:

- ``percent_after``: a percentage followed by a noun phrase is of that phrase, up to the end
  of the clause: ``100% đảng bộ trực thuộc được đánh giá`` → ``đảng bộ trực thuộc được đánh giá``;
  not when what follows is a comparison or a reference (``so với cùng kỳ``, ``kế hoạch``, ``dự
  toán``, ``xuống còn …``) or a rate's denominator (``8,5%/năm``): then ``percent_before``;
- ``percent_before``: a percentage ending its clause is of what precedes it, without the verb or
  comparison before the number: ``tỷ lệ điều tra, làm rõ đạt 78%`` → ``tỷ lệ điều tra, làm rõ``,
  ``Tỷ lệ hộ nghèo giảm từ 4,2%`` → ``Tỷ lệ hộ nghèo``;
- ``counted``: a count is of its noun phrase, up to the end of the clause:
  ``kết nạp 269 đảng viên mới`` → ``đảng viên mới``;
- ``label``: a bare number is of the label before it, back to the last comma: ``khiển trách 28``
  → ``khiển trách``.

Clauses end at ``; : ( )``, quotes, line ends, and at ``, . ! ? …`` unless the mark stands between
two digits (``4,2``, ``8.500``): a subject never stops inside a numeral nor runs past a sentence.
At most twelve words, starting and ending on word boundaries (a window that opens or closes\nmid-word drops the cut word); null when nothing is left.
"""

from __future__ import annotations

import re

from extractor.model import Target

# A mark between two digits is part of a numeral (4,2): it ends nothing.  Each pattern opens with
# one class of every mark it may match, so that ``re`` skips to them; a lookbehind then tells
# which mark it read.
_NOT_IN_NUMERAL = r"(?:(?!\d)|(?<!\d.))"
CLAUSE_END = re.compile(r"[;:()\n“”\",.!?…](?:(?<=[;:()\n“”\"])|" + _NOT_IN_NUMERAL + ")")
# Commas join a subject ("điều tra, làm rõ"), and so does an aside in brackets ("tỉnh (GRDP) ước tăng").
# A bracket opens the clause only while it is still open at the figure (the search ends there).
CLAUSE_START = re.compile(r"[;:\n“”\"(.!?…](?:(?<=[;:\n“”\"])|(?<=\()(?![^()\n]*\))|(?<=[.!?…])" + _NOT_IN_NUMERAL + ")")
LABEL_START = re.compile(r"[,;:()\n“”\".!?…](?:(?<=[,;:()\n“”\"])|" + _NOT_IN_NUMERAL + ")")
TRAILING = re.compile(r"(?:\s+|^)(?:đạt tỷ lệ|đạt được|ước đạt|đạt|chiếm|là|bằng|vượt|tăng|giảm|ước tăng|ước giảm|ước|"
                      r"xuống còn|còn|lên|từ|ở mức|mức|khoảng|gần|hơn|trên|dưới|gấp)(?:\s+(?:từ|còn|lên|xuống|khoảng|mức))*\s*$",
                      re.IGNORECASE)
LEADING = re.compile(r"^[\s\-+•*]*(?:trong đó,?\s+)?", re.IGNORECASE)
# What follows a percentage that is no subject: a comparison, a reference, a direction, a rate.
NOT_AFTER = re.compile(r"\s*(?:/|(?:so\s+với|so\s+cùng\s+kỳ|cùng\s+kỳ|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết|"
                       r"năm\s+trước|xuống|lên|còn|trở\s+lên|trở\s+xuống|bình\s+quân\s+cả\s+nước)(?!\w))", re.IGNORECASE)
WORD_START = re.compile(r"(?<=\s)\S")
MAX_WORDS = 12
REACH = 200  # characters looked at on either side


def subject_of(text: str, t: Target) -> str | None:
    if t.unit in ("%", "điểm phần trăm"):
        after = None if NOT_AFTER.match(text, t.end, t.end + 30) else _after(text, t.end)
        return after or _before(text, t.start)
    if t.unit:
        return _clip(f"{t.unit} {_after(text, t.end) or ''}")
    return _before(text, t.start, LABEL_START)


def _after(text: str, pos: int) -> str | None:
    end = min(len(text), pos + REACH)
    m = CLAUSE_END.search(text, pos, end)
    chunk = text[pos:m.start() if m else end]
    if not m and end < len(text) and text[end].isalnum():
        chunk = chunk.rsplit(None, 1)[0] if len(chunk.split()) > 1 else ""  # never end mid-word
    return _clip(chunk)


def _before(text: str, pos: int, starts: re.Pattern = CLAUSE_START) -> str | None:
    lo = max(0, pos - REACH)
    if lo and text[lo - 1].isalnum():  # the window opened mid-word: start at the next word
        ws = WORD_START.search(text, lo, pos)
        lo = ws.start() if ws else pos
    start = lo
    for m in starts.finditer(text, lo, pos):
        start = m.end()
    chunk = LEADING.sub("", text[start:pos], count=1)
    return _clip(TRAILING.sub("", chunk, count=1))


def _clip(s: str) -> str | None:
    words = s.split()[:MAX_WORDS]
    return " ".join(words) or None
