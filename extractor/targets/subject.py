"""What a figure is of (GUIDE §5 ``subject``), read from the words around it.

Rules:

- ``percent_after``: a percentage followed by a noun phrase is of that phrase, up to the end
  of the clause: ``100% đảng bộ trực thuộc được đánh giá`` → ``đảng bộ trực thuộc được đánh giá``;
- ``percent_before``: a percentage ending its clause is of what precedes it, after the last
  verb cue: ``tỷ lệ điều tra, làm rõ đạt 78%`` → ``tỷ lệ điều tra, làm rõ``;
- ``counted``: a count is of its noun phrase, up to the end of the clause:
  ``kết nạp 269 đảng viên mới`` → ``đảng viên mới``.

At most twelve words; null when nothing is left.
"""

from __future__ import annotations

import regex

from extractor.model import Target

CLAUSE_END = regex.compile(r"[,;:()\n“”\"]|(?<!\d)[.!?…](?!\d)")
CLAUSE_START = regex.compile(r"[;:()\n“”\"]|(?<!\d)[.!?…](?!\d)")  # commas join a subject: "điều tra, làm rõ"
TRAILING_VERB = regex.compile(r"\s*(?:đạt tỷ lệ|đạt|chiếm|là|bằng|ước đạt|tăng|giảm)\s*$", regex.IGNORECASE)
MAX_WORDS = 12
REACH = 200  # characters looked at on either side


def subject_of(text: str, t: Target) -> str | None:
    if t.unit in ("%", "điểm phần trăm"):
        after = _after(text, t.end)
        return after or _before(text, t.start)
    if t.unit:
        return _clip(f"{t.unit} {_after(text, t.end) or ''}")
    return _before(text, t.start)


def _after(text: str, pos: int) -> str | None:
    end = min(len(text), pos + REACH)
    m = CLAUSE_END.search(text, pos, end)
    return _clip(text[pos:m.start() if m else end])


def _before(text: str, pos: int) -> str | None:
    starts = [m.end() for m in CLAUSE_START.finditer(text, max(0, pos - REACH), pos)]
    chunk = text[starts[-1] if starts else max(0, pos - REACH):pos]
    return _clip(TRAILING_VERB.sub("", chunk))


def _clip(s: str) -> str | None:
    words = s.split()[:MAX_WORDS]
    return " ".join(words) or None
