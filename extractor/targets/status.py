"""Status of a figure: ``planned`` target, ``achieved`` result, or ``null`` (a count of what exists).

Cues come from ``targets_status.tsv``; rules, in order:

- ``plan_section``: a figure under a plan heading (``1. Mục tiêu và các chỉ tiêu năm 2025``,
  ``Phương hướng, nhiệm vụ năm 2025:``), up to the next major heading (``II.``, ``Điều 2``, a
  line in capitals) or a result heading (``Kết quả …``), is a target;
- ``future_year``: a year later than the text's own (its latest full date near the head) named in
  the sentence before the figure or in its clause: ``Năm 2025, kết nạp 300 đảng viên`` in a 2024 text;
- ``plan``: a plan cue earlier in the sentence makes every later figure in it a target:
  ``phấn đấu năm 2024 đạt 100% …; trong đó, hơn 95% …`` (not after ``vượt``/``đạt``/
  ``hoàn thành``: ``vượt mục tiêu`` reports a result);
- ``before``: else the cue nearest before the figure, after the previous figure and after the
  last ``;``/``:`` of its sentence: ``kết nạp 269 đảng viên`` (achieved), ``tiếp tục thực hiện
  3 đột phá`` (planned), ``sinh hoạt tại 434 tổ chức`` (null);
  An auxiliary right before that cue turns it: ``đã thực hiện 245 cuộc kiểm tra`` (achieved),
  ``tiếp tục triển khai 5 nhiệm vụ`` (planned);
- ``opening``: ``Với 151 tổ chức cơ sở Đảng …`` at the start of a sentence: null;
- ``inherit``: else, with a figure before it in the same clause, that figure's status
  (``làm rõ 828 vụ với 1.585 đối tượng``, ``thực hiện 6 nhiệm vụ và 3 đột phá đã được xác định``);
- ``after``: else the first cue after the figure in its clause, before the next figure:
  ``16 tỉnh có 100% số xã đạt chuẩn``, ``…; 21/25 đảng bộ hoàn thành xuất sắc nhiệm vụ``;
- ``inherit_sentence``: else the status of the figure before it in the sentence;
- ``enumeration``: else, opening a list, the status of the next figure (``có 9 tập thể, 36 cá
  nhân có thành tích``);
- else null.  A cue right after a negation (``không được làm: 15``) does not count, nor a cue
  inside quotation marks (a title: “Về phương hướng nhiệm vụ …”).
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from extractor.data import load_lines, load_tsv
from extractor.model import Target
from extractor.targets.lexicon import alternation

_ROWS = load_tsv("targets_status.tsv")
_BY_SCOPE: dict[str, dict[str, str]] = {}
for _r in _ROWS:
    _BY_SCOPE.setdefault(_r["scope"], {})[_r["cue"].lower()] = None if _r["status"] == "null" else _r["status"]

PLAN_NOUNS = regex.compile(r"(?<![\p{L}])(?:" + alternation(load_lines("targets_plan_nouns.txt")) + r")(?![\p{L}])", regex.IGNORECASE)

_NEG = r"(?<!(?:không|chưa|chẳng)\s)"


def _cue_re(scope: str) -> regex.Pattern:
    return regex.compile(_NEG + r"(?<![\p{L}])(?:" + alternation(_BY_SCOPE[scope]) + r")(?![\p{L}])(?!\s+(?:hóa|hoá))",
                         regex.IGNORECASE)


PLAN = regex.compile(r"(?<!(?:vượt|đạt|hoàn thành)\s)" + _cue_re("plan").pattern, regex.IGNORECASE)
BEFORE = _cue_re("before")
OPENING = regex.compile(r"\s*(?:" + alternation(_BY_SCOPE["opening"]) + r")(?![\p{L}])", regex.IGNORECASE)
AFTER = _cue_re("after")
# Sentence ends: . ! ? … and line ends, but not the dot inside a numeral (8.500).
SENTENCE_END = regex.compile(r"(?<!\d)[.!?…](?!\d)|\n")
CLAUSE_END = regex.compile(r"[,;:()\n]|(?<!\d)[.!?…](?!\d)")
CLAUSE_BREAK = regex.compile(r"[;:]")
REACH = 400  # how far a cue may stand from its figure; keeps the pass linear on endless sentences
# Auxiliaries that turn the verb cue right after them, and the cues they do not turn.
MODIFIERS = _BY_SCOPE["modifier"]
KEEP = frozenset(_BY_SCOPE["fixed"])
MODIFIER_GAP = regex.compile(r"\s+(?:được\s+)?")
QUOTED = regex.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
# Between two figures of one enumeration: commas, "và", a few words, no clause break, and no
# "trong đó"/"gồm" (the second figure is then part of the first: "có 125 xã, trong đó 98 đạt chuẩn").
LIST_GAP = regex.compile(r"(?:(?!trong đó|bao gồm|gồm)[^;:.()\n]){0,30}", regex.IGNORECASE)


# A heading line: a list marker (I., 1., a), Điều 3.) or a line ending with ':'.
HEADING = regex.compile(r"(?m)^[ \t]*(?:(?:[IVX]+|\d{1,2}|[a-zđ])[.)]|Điều\s+\d+|Chương|Phần|Mục)[^\n]*$|^[^\n]{3,160}:[ \t]*$")
# A major heading closes a plan section: Roman numeral, Điều, Chương, Phần, or a line in capitals.
MAJOR = regex.compile(r"(?m)^[ \t]*(?:[IVX]+[.)]|Điều\s+\d+|Chương\s|Phần\s)[^\n]*$|^[ \t]*[\p{Lu}\d ,.;:-]{8,}$")
RESULT_HEADING = regex.compile(r"(?i)kết quả|tình hình|đánh giá")


def plan_sections(text: str) -> list[tuple[int, int]]:
    """Spans under a plan heading (``1. Mục tiêu …``, ``Phương hướng, nhiệm vụ năm 2025:``), to the
    next major heading or result heading: their figures are targets even when worded with ``đạt``."""
    out = []
    for h in HEADING.finditer(text):
        if not PLAN.search(h.group()) or RESULT_HEADING.search(h.group()):
            continue
        end = len(text)
        for m in MAJOR.finditer(text, h.end()):
            if not PLAN.search(m.group()):
                end = m.start()
                break
        for m in HEADING.finditer(text, h.end(), end):
            if RESULT_HEADING.search(m.group()):
                end = m.start()
                break
        if not out or h.start() >= out[-1][1]:
            out.append((h.end(), end))
    return out


# The text's own year: the latest full date near its head (a stamp or dateline; a document
# cited there is older).
HEAD_DATE = regex.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)"
                          r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})", regex.IGNORECASE)
YEAR = regex.compile(r"(?<![\p{L}])(?:năm|đến năm|đến|tới)\s+((?:19|20)\d{2})(?![\d/-])", regex.IGNORECASE)
HEAD_SIZE = 400


def own_year(text: str) -> int | None:
    years = [int(a or b) for a, b in HEAD_DATE.findall(text, 0, HEAD_SIZE)]
    return max(years, default=None)


class Sentences:
    """Sentence starts, quotations and plan sections of a text, for locating a figure's context."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        self.quotes = [m.span() for m in QUOTED.finditer(text)]
        self.quote_starts = [a for a, _ in self.quotes]
        self.plans = plan_sections(text)
        self.plan_starts = [a for a, _ in self.plans]
        self.year = own_year(text)

    def future_year(self, text: str, start: int, end: int) -> bool:
        """A year later than the text's own named between ``start`` and ``end``: "năm 2025" in a 2024 report."""
        return self.year is not None and any(int(y) > self.year for y in YEAR.findall(text, start, end))

    def in_plan(self, pos: int) -> bool:
        i = bisect_right(self.plan_starts, pos) - 1
        return i >= 0 and pos < self.plans[i][1]

    def start_of(self, pos: int) -> int:
        return self.starts[bisect_right(self.starts, pos) - 1]

    def quoted(self, m: regex.Match) -> bool:
        i = bisect_right(self.quote_starts, m.start()) - 1
        return i >= 0 and m.start() < self.quotes[i][1]


def assign(text: str, targets: list[Target]) -> None:
    """Set ``status`` on every figure (sorted by start)."""
    sentences = Sentences(text)
    cued = []
    for i, t in enumerate(targets):
        prev = targets[i - 1] if i and sentences.start_of(targets[i - 1].start) == sentences.start_of(t.start) else None
        nxt = targets[i + 1].start if i + 1 < len(targets) else len(text)
        t.status, found = status_of(text, t, sentences, prev if prev is not None and cued[i - 1] else None, nxt)
        cued.append(found)
    # An uncued figure opening an enumeration takes the status of the next one: "có 9 tập thể, 36 cá nhân có thành tích".
    for i in range(len(targets) - 2, -1, -1):
        t, n = targets[i], targets[i + 1]
        if not cued[i] and cued[i + 1] and sentences.start_of(t.start) == sentences.start_of(n.start) \
                and LIST_GAP.fullmatch(text, t.end, n.start):
            t.status, cued[i] = n.status, True


def _cue_status(cue: regex.Match, modifier: regex.Match | None, t: Target) -> str | None:
    """The status a before-cue gives, turned by an auxiliary right before it: ``đã thực hiện`` is
    a result, ``tiếp tục triển khai`` a plan; setting and adopting cues keep their own meaning."""
    status = _BY_SCOPE["before"][_key(cue)]
    if modifier is not None and _key(modifier) in MODIFIERS and status != "adopt" and _key(cue) not in KEEP:
        status = MODIFIERS[_key(modifier)]
    if status == "adopt":
        status = "planned" if t.unit and PLAN_NOUNS.search(t.unit) else "achieved"
    return status


def _key(m: regex.Match) -> str:
    return " ".join(m.group().lower().split())


def _before_any(text: str, s0: int, pos: int) -> bool:
    return BEFORE.search(text, s0, pos) is not None


def status_of(text: str, t: Target, sentences: Sentences, prev: Target | None, next_start: int) -> tuple[str | None, bool]:
    """The figure's status, and whether a cue (or the figure before it) decided it.

    ``prev`` is the cued figure before it in the same sentence, if any.
    """
    s0 = max(sentences.start_of(t.start), t.start - REACH)
    if sentences.in_plan(t.start) or any(not sentences.quoted(m) for m in PLAN.finditer(text, s0, t.start)):
        return "planned", True
    clause_end = CLAUSE_END.search(text, t.end, t.end + REACH)
    if sentences.future_year(text, s0, clause_end.start() if clause_end else t.end):
        return "planned", True
    clause0 = max([s0] + [m.end() for m in CLAUSE_BREAK.finditer(text, s0, t.start)])
    last = modifier = None
    for m in BEFORE.finditer(text, max(clause0, prev.end if prev else 0), t.start):
        # A cue right after the previous figure is its complement ("đạt 102% kế hoạch, 15 …").
        if not sentences.quoted(m) and not (prev is not None and m.start() <= prev.end + 1):
            modifier = last if last is not None and MODIFIER_GAP.fullmatch(text, last.end(), m.start()) else None
            last = m
    if last is not None:
        return _cue_status(last, modifier, t), True
    if prev is None and OPENING.match(text, s0, t.start) and not _before_any(text, s0, t.start):
        return None, True
    if prev is not None and prev.end >= clause0:
        return prev.status, True  # same clause, no cue between: one enumeration
    stop = min(clause_end.start() if clause_end else t.end + REACH, max(next_start, t.end))
    m = AFTER.search(text, t.end, stop)
    if m:
        return _BY_SCOPE["after"][" ".join(m.group().lower().split())], True
    if prev is not None:
        return prev.status, True
    return None, False
