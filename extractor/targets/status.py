"""Status of a figure: ``planned`` target, ``achieved`` result, or ``null`` (a count of what exists).

Cues come from ``targets_status.tsv``; rules, in order:

- ``plan_section``: a figure under a plan heading (``1. Mục tiêu và các chỉ tiêu năm 2025``,
  ``Phương hướng, nhiệm vụ năm 2025:``), up to the next major heading (``II.``, ``Điều 2``, a
  line in capitals) or a result heading (``Kết quả …``), is a target;
- ``future_year``: a year later than the text's own (its latest full date near the head) named in
  the sentence before the figure or in its clause: ``Năm 2025, kết nạp 300 đảng viên`` in a 2024 text;
- ``topic``: a sentence opening with what it sets (``Chỉ tiêu năm 2025 là kết nạp 300 đảng viên``,
  ``Theo kế hoạch, …``): a target;
- ``plan``: a plan cue earlier in the sentence makes every later figure in it a target:
  ``phấn đấu năm 2024 đạt 100% …; trong đó, hơn 95% …`` (not after ``vượt``/``đạt``/
  ``hoàn thành``: ``vượt mục tiêu`` reports a result); not when a past marker (``đã``, passive
  ``bị``) stands before the figure's verb (``Theo yêu cầu …, Tòa án đã xét xử 12 bị cáo``:
  achieved), nor past a figure that such a marker made a result (``đã xử lý 15 trường hợp, 3
  doanh nghiệp bị phạt …``); the same goes for ``future_year`` and ``topic``;
- ``before``: else the cue nearest before the figure, after the previous figure and after the
  last ``;``/``:`` of its sentence: ``kết nạp 269 đảng viên`` (achieved), ``tiếp tục thực hiện
  3 đột phá`` (planned), ``sinh hoạt tại 434 tổ chức`` (null);
  An auxiliary right before that cue turns it: ``đã thực hiện 245 cuộc kiểm tra`` (achieved),
  ``tiếp tục triển khai 5 nhiệm vụ`` (planned);
  a fine (``phạt``, ``phạt tiền``, ``xử phạt``) in a range is the law's bracket (``phạt tiền từ 5 đến
  10 triệu đồng``: null), one amount or a count was imposed (achieved);
  ``có`` right before a figure, after its own subject (``xã có 142 hộ``), states what exists: null,
  unless a cue after the figure in its clause (an aside in brackets skipped) says more; ``đã có`` is
  achieved; ``, có …`` after a comma goes on with the verb before it and is no cue;
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

Cues are found once per text (``Context``) and looked up by bisection, at most ``REACH``
characters from their figure: the pass stays linear however long a sentence runs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import NamedTuple

import re

import regex

from extractor.data import load_lines, load_tsv
from extractor.model import Target
from extractor.targets.lexicon import LETTER, alternation, lower, trie

_ROWS = load_tsv("targets_status.tsv")
_BY_SCOPE: dict[str, dict[str, str]] = {}
for _r in _ROWS:
    _BY_SCOPE.setdefault(_r["scope"], {})[_r["cue"].lower()] = None if _r["status"] == "null" else _r["status"]

PLAN_NOUNS = regex.compile(r"(?<![\p{L}])(?:" + alternation(load_lines("targets_plan_nouns.txt")) + r")(?![\p{L}])", regex.IGNORECASE)



def _scan_re(scope: str) -> re.Pattern:
    """The full-text scan for the cues of ``scope``: a prefix tree in stdlib ``re`` on lower-cased
    text; the checks before a cue (a letter, a negation) are made in ``_scan`` on each match."""
    return re.compile(r"(?:" + trie(_BY_SCOPE[scope]) + r")(?!" + LETTER + r")(?!\s+(?:hóa|hoá))")


NEGATIONS = ("không", "chưa", "chẳng")
NOT_PLAN_AFTER = ("vượt", "đạt", "hoàn thành")  # "vượt mục tiêu" reports a result


def _scan(pattern: re.Pattern, low: str, guard: tuple[str, ...] = (), start: int = 0, stop: int | None = None) -> list[re.Match]:
    """Cues of ``pattern`` in lower-cased ``low`` that start a word and follow no negation (nor a
    word of ``guard``); inside a refused match the scan looks for a cue starting later in it
    (``không được kết nạp`` still holds ``kết nạp``).  Only cues starting in ``[start, stop)`` are
    wanted: ``start`` must be one of ``_scan_start``."""
    words = NEGATIONS + guard

    def refused(i: int) -> bool:
        return i > 0 and (low[i - 1].isalpha() or (low[i - 1].isspace() and low.endswith(words, 0, i - 1)))

    out, last = [], 0
    for m in pattern.finditer(low, start):
        i = m.start()
        if stop is not None and i >= stop:
            break
        if i < last:
            continue
        if refused(i):
            inner = pattern.search(low, i + 1, len(low))
            while inner is not None and inner.start() < m.end() and refused(inner.start()):
                inner = pattern.search(low, inner.start() + 1, len(low))
            if inner is None or inner.start() >= m.end():
                continue  # the scan finds it next
            m = inner
        out.append(m)
        last = m.end()
    return out


PLAN_SCAN, BEFORE_SCAN, AFTER_SCAN = _scan_re("plan"), _scan_re("before"), _scan_re("after")
# A character no cue holds (a mark, a digit): no cue match spans it, so a scan that starts right
# after one finds from there on the very cues that a scan of the whole text finds.
NO_CUE = re.compile(r"[^\w\s]|\d")


def _scan_start(low: str, pos: int) -> int:
    """Where a cue scan may start and find every cue from ``pos`` on: right after the last character
    no cue holds before ``pos`` (the text's start when none is near)."""
    start = 0
    for m in NO_CUE.finditer(low, max(0, pos - 200), pos):
        start = m.end()
    return start


def names_plan(line: str) -> bool:
    """A plan cue in ``line`` (a heading): ``Phương hướng, nhiệm vụ năm 2025``."""
    return bool(_scan(PLAN_SCAN, lower(line), NOT_PLAN_AFTER))
TOPIC = regex.compile(r"[\s\-+•*]*(?:" + alternation(_BY_SCOPE["topic"]) + r")(?![\p{L}])", regex.IGNORECASE)
OPENING = regex.compile(r"\s*(?:" + alternation(_BY_SCOPE["opening"]) + r")(?![\p{L}])", regex.IGNORECASE)
# A mark between two digits is part of a numeral (8.500, 7,5); after a numeral it ends a sentence ("năm 2023. Tổng …").
# Each pattern opens with its character class, so the scan skips other characters at C speed.
# Sentence ends (. ! ? … and line ends) and clause breaks (; :) are indexed in one scan.
SENTENCE_END_OR_BREAK = re.compile(r"[.!?…\n;:](?:(?<=[\n;:])|(?!\d)|(?<!\d.))")
CLAUSE_END = re.compile(r"[;:()\n,.!?…](?:(?<=[;:()\n])|(?!\d)|(?<!\d.))")
REACH = 400  # how far a cue may stand from its figure; keeps the pass linear on endless sentences
# Auxiliaries that turn the verb cue right after them, and the cues they do not turn.
MODIFIERS = _BY_SCOPE["modifier"]
KEEP = frozenset(_BY_SCOPE["fixed"])
PAST = ("đã", "bị")  # markers of a past fact: they outweigh a plan cue earlier in the sentence
ESTIMATE = regex.compile(r"ước(?![\p{L}])", regex.IGNORECASE)
MODIFIER_GAP = regex.compile(r"\s+(?:được\s+)?")
QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
# Between two figures of one enumeration: commas, "và", a few words, no clause break, and no
# "trong đó"/"gồm" (the second figure is then part of the first: "có 125 xã, trong đó 98 đạt chuẩn").
LIST_GAP = regex.compile(r"(?:(?!trong đó|bao gồm|gồm)[^;:.()\n]){0,30}", regex.IGNORECASE)


# A heading line: a list marker (I., 1., a), Điều 3.) on a line that is no sentence (no final
# '.'), or a lead-in line ending with ':'.
HEADING = regex.compile(r"(?m)\n(?:[ \t]*(?:(?:[IVX]+|\d{1,2}|[a-zđ])[.)]|Điều\s+\d+|Chương|Phần|Mục)[^\n]{0,160}(?<![.;])$"
                        r"|(?P<lead>[^\n]{3,160}:)[ \t]*$)")
# A lead-in line ("Đồng chí yêu cầu:") governs only its own paragraph, up to the next blank line.
PARAGRAPH_END = regex.compile(r"\S[^\n]*\n[ \t]*\n")
# A major heading closes a plan section: Roman numeral, Điều, Chương, Phần, or a line in capitals.
MAJOR = re.compile(r"\n[ \t]*(?:[IVX]+[.)]|Điều\s+\d+|Chương\s|Phần\s)[^\n]*")
# A line in capitals has eight characters or more and no a-z: only such lines are checked.
UNCASED_LINE = re.compile(r"\n[^a-z\n]{8,}(?![^\n])")
CAPS_LINE = regex.compile(r"[ \t]*[\p{Lu}\d ,.;:-]{8,}")

# The line patterns open with the line's "\n" (``re`` skips to it at memory speed, where ``(?m)^`` tries
# every position); they run on the text behind one more "\n", so a match starts where its line does.


def major_headings(text: str) -> list[tuple[int, str]]:
    """(start, line) of every major heading: ``II.``, ``Điều 3``, ``Chương``, ``Phần``, or a line in
    capitals."""
    lined = "\n" + text
    out = [(m.start(), m.group()[1:]) for m in MAJOR.finditer(lined)]
    for m in UNCASED_LINE.finditer(lined):
        line = m.group()[1:]
        if line.upper() == line and CAPS_LINE.fullmatch(line):
            out.append((m.start(), line))
    return out


RESULT_HEADING = regex.compile(r"(?i)kết quả|tình hình|đánh giá")


# A heading that opens with what it sets out (``Nhiệm vụ quý I/2025:``, ``2. Phương hướng …``,
# ``Các giải pháp …``) is a plan heading, unless it names only years up to the text's own.
PLAN_HEADING = regex.compile(r"[ \t]*(?:(?:[IVX]+|\d{1,2}|[a-zđ])[.)][ \t]*)?(?:[-+•*][ \t]*)?(?:(?:các|những|một số)\s+)?"
                             r"(?:" + alternation(load_lines("targets_plan_headings.txt")) + r")(?![\p{L}])", regex.IGNORECASE)
HEADING_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _plan_heading(line: str, year: int | None) -> bool:
    """``line`` (a heading) opens a plan: it names a plan cue, opens with a plan noun, or names a
    year after the text's own; never a result heading (``Kết quả …``)."""
    if RESULT_HEADING.search(line):
        return False
    years = [int(y) for y in HEADING_YEAR.findall(line)]
    if year is not None and years and max(years) > year:
        return True
    if PLAN_HEADING.match(line):
        return year is None or not years or max(years) > year
    return names_plan(line)


def plan_sections(text: str, year: int | None = None) -> list[tuple[int, int]]:
    """Spans under a plan heading (``1. Mục tiêu …``, ``Phương hướng, nhiệm vụ năm 2025:``,
    ``Nhiệm vụ quý I/2025:``), to the next major heading or result heading: their figures are
    targets even when worded with ``đạt``.  A lead-in sentence ending with ``:`` (``Đồng chí yêu
    cầu:``) governs its paragraph only; a lead-in heading (``Nhiệm vụ quý I/2025:``) its section."""
    headings = [(h.start(), h.end() - 1, h.group()[1:], bool(h.group("lead"))) for h in HEADING.finditer("\n" + text)]
    # Where a plan section must stop: a major heading that names no plan, or a result heading.
    stops = sorted({start for start, line in major_headings(text) if not _plan_heading(line, year)}
                   | {s for s, _, g, _ in headings if RESULT_HEADING.search(g)})
    out = []
    for start, end, line, lead in headings:
        if out and start < out[-1][1]:
            continue  # inside the section already open
        if not _plan_heading(line, year):
            continue
        i = bisect_right(stops, end)
        stop = stops[i] if i < len(stops) else len(text)
        if lead and not PLAN_HEADING.match(line):
            para = PARAGRAPH_END.search(text, end, stop)
            stop = para.end() if para else stop
        out.append((end, stop))
    return out


# The text's own year: the latest full date near its head (a stamp or dateline; a document
# cited there is older).  Two scans, each opening with a character ``re`` can skip to (the
# shapes cannot overlap, and only the latest year counts).
HEAD_DMY = re.compile(r"\d(?<!\d\d)\d?\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")
HEAD_WORDS = re.compile(r"[nN]gày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
YEAR = re.compile(r"(?:năm|đến(?:\s+năm)?|tới)\s+((?:19|20)\d{2})(?![\d/-])")  # on lower-cased text
HEAD_SIZE = 400


def own_year(text: str) -> int | None:
    head = text[:HEAD_SIZE]
    years = [int(y) for y in HEAD_DMY.findall(head)]
    if "gày" in head.lower():
        years += [int(y) for y in HEAD_WORDS.findall(head)]
    return max(years, default=None)


class Cue(NamedTuple):
    start: int
    end: int
    key: str


class Context:
    """Everything status reads, indexed once per text: sentence starts, quotations, plan sections,
    the text's own year, and every cue; each figure then looks its neighbourhood up by bisection."""

    def __init__(self, text: str, low: str | None = None, figures: list[Target] | None = None):
        """``figures`` (sorted by start), if given, bound the cue scans to the stretch the figures
        read: before-cues and plan cues up to ``REACH`` before the first, after-cues up to two
        clauses and an aside after the last."""
        self.text = text
        self.starts, self.breaks = [0], []
        for m in SENTENCE_END_OR_BREAK.finditer(text):
            (self.breaks if m.group() in ";:" else self.starts).append(m.end())
        quotes = [m.span() for m in QUOTED.finditer(text)] if "“" in text or '"' in text else []
        self.quote_starts, self.quotes = [a for a, _ in quotes], quotes
        self.year = own_year(text)
        self.plans = plan_sections(text, self.year)
        self.plan_starts = [a for a, _ in self.plans]
        self.low = low = lower(text) if low is None else low
        if figures:
            before_from = _scan_start(low, figures[0].start - REACH)
            before_to = figures[-1].start
            self.after_from = _scan_start(low, figures[0].start)
            self.after_to = max(t.end for t in figures) + 2 * REACH + 100  # past every clause end first_after reads
        else:
            before_from = self.after_from = 0
            before_to = self.after_to = None
        self.plan_cues = [m.start() for m in self._cues(_scan(PLAN_SCAN, low, NOT_PLAN_AFTER, before_from, before_to))]
        self.before = self._cues(_scan(BEFORE_SCAN, low, (), before_from, before_to))
        self.before_starts = [m.start() for m in self.before]

    # Read by some figures only (half the dev texts never look after a figure; a text with no
    # year of its own has no future year): indexed on first use.
    @cached_property
    def after(self) -> list[re.Match]:
        return self._cues(_scan(AFTER_SCAN, self.low, (), self.after_from, self.after_to))

    @cached_property
    def after_starts(self) -> list[int]:
        return [m.start() for m in self.after]

    @cached_property
    def years(self) -> list[tuple[int, int]]:
        low = self.low
        return [(m.start(), int(m.group(1))) for m in YEAR.finditer(low) if not (m.start() and low[m.start() - 1].isalpha())]

    @cached_property
    def year_starts(self) -> list[int]:
        return [p for p, _ in self.years]

    def _cues(self, matches: list[re.Match]) -> list[re.Match]:
        """The cue matches outside quotation marks (a ``Cue`` is made only for those a figure reads)."""
        return [m for m in matches if not self._quoted(m.start())] if self.quotes else matches

    def _quoted(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i][1]

    def start_of(self, pos: int) -> int:
        return self.starts[bisect_right(self.starts, pos) - 1]

    def in_plan(self, pos: int) -> bool:
        i = bisect_right(self.plan_starts, pos) - 1
        return i >= 0 and pos < self.plans[i][1]

    def plan_cue_between(self, start: int, end: int) -> bool:
        i = bisect_left(self.plan_cues, start)
        return i < len(self.plan_cues) and self.plan_cues[i] < end

    def future_year(self, start: int, end: int) -> bool:
        """A year later than the text's own named between ``start`` and ``end``: "năm 2025" in a 2024 report."""
        if self.year is None:
            return False
        i = bisect_left(self.year_starts, start)
        return any(y > self.year for p, y in self.years[i:bisect_left(self.year_starts, end)])

    def clause_end_after(self, pos: int) -> int:
        """Where the clause holding ``pos`` ends (one bounded search: far fewer figures than marks)."""
        m = CLAUSE_END.search(self.text, pos, pos + REACH)
        return m.start() if m else min(len(self.text), pos + REACH)

    def clause_start_before(self, s0: int, pos: int) -> int:
        i = bisect_right(self.breaks, pos) - 1
        return max(s0, self.breaks[i]) if i >= 0 else s0

    def any_cue_before(self, start: int, end: int) -> bool:
        """A before-cue lies wholly in ``[start, end)``."""
        i, j = bisect_left(self.before_starts, start), bisect_left(self.before_starts, end)
        return any(m.end() <= end for m in self.before[i:j])

    def last_cues_before(self, start: int, end: int, keep) -> list[Cue]:
        """The last two before-cues lying wholly in ``[start, end)`` that ``keep`` accepts, in order
        (read backwards from ``end``: a figure reads only its nearest cue and the one before it)."""
        starts, before = self.before_starts, self.before
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        out = []
        for k in range(j - 1, i - 1, -1):
            m = before[k]
            cue_end = m.end()
            if cue_end <= end and keep(c := Cue(starts[k], cue_end, _key(m))):
                out.append(c)
                if len(out) == 2:
                    break
        return out[::-1]

    def first_after(self, start: int, end: int) -> Cue | None:
        i = bisect_left(self.after_starts, start)
        if i < len(self.after) and self.after[i].end() <= end:
            m = self.after[i]
            return Cue(m.start(), m.end(), _key(m))
        return None


def assign(text: str, targets: list[Target], low: str | None = None) -> None:
    """Set ``status`` on every figure (sorted by start); ``low`` is ``text`` lower-cased, if at hand."""
    if not targets:
        return  # no figure reads the context: not worth indexing
    ctx = Context(text, low, targets)
    sentence = [ctx.start_of(t.start) for t in targets]  # where the sentence of each figure starts
    cued = []
    for i, t in enumerate(targets):
        prev = targets[i - 1] if i and cued[i - 1] and sentence[i - 1] == sentence[i] else None
        nxt = targets[i + 1].start if i + 1 < len(targets) else len(text)
        t.status, found = status_of(ctx, t, prev, nxt, sentence[i])
        cued.append(found)
    # An uncued figure opening an enumeration takes the status of the next one: "có 9 tập thể, 36 cá nhân có thành tích".
    for i in range(len(targets) - 2, -1, -1):
        t, n = targets[i], targets[i + 1]
        if not cued[i] and cued[i + 1] and sentence[i] == sentence[i + 1] \
                and LIST_GAP.fullmatch(text, t.end, n.start):
            t.status, cued[i] = n.status, True


def _cue_status(cue: Cue, modifier: Cue | None, t: Target, text: str = "") -> str | None:
    """The status a before-cue gives, turned by an auxiliary right before it: ``đã thực hiện`` is
    a result, ``tiếp tục triển khai`` a plan; setting and adopting cues keep their own meaning."""
    status = _BY_SCOPE["before"][cue.key]
    if status == "sanction":  # the law's bracket (a range) is no fine imposed, even "bị phạt tiền từ 5 đến 10 …"
        bracket = "value_max" in t.extra or BRACKET_LOW.match(text, t.start) is not None
        return None if bracket and not (modifier and modifier.key == "đã") else "achieved"
    if modifier is not None and modifier.key in MODIFIERS and status != "adopt" and cue.key not in KEEP:
        status = MODIFIERS[modifier.key]
    if status == "adopt":
        status = "planned" if t.unit and PLAN_NOUNS.search(t.unit) else "achieved"
    return status


# The low end of a bracket written with its unit twice: "phạt tiền từ 5.000.000 đồng đến 10.000.000 đồng".
BRACKET_LOW = regex.compile(r"(?<=(?<![\p{L}])từ\s+)", regex.IGNORECASE)
EXISTS = frozenset(k for k, v in _BY_SCOPE["before"].items() if v == "exists")
# Between "có" and its figure only qualifier words stand ("xã có trên 142 hộ").
EXISTS_GAP = regex.compile(r"\s+(?:(?:hơn|trên|gần|khoảng|dưới|tới|đến|chưa đến|ít nhất|tổng số|tổng cộng|tất cả)\s+)*", regex.IGNORECASE)
SUBJECT_BEFORE = regex.compile(r"(?<=[\p{L}\d]\s+)")
ASIDE = re.compile(r"\([^()\n]{0,80}\)")


def _states_existence(text: str, cue: Cue, start: int) -> bool:
    """``xã có 142 hộ``: "có" right before the figure, after its own subject, states what exists; after a
    comma (``Qua đó, có 350 suất học bổng``) it goes on with the verb before it and is no cue."""
    return EXISTS_GAP.fullmatch(text, cue.end, start) is not None and SUBJECT_BEFORE.match(text, cue.start) is not None


def _key(m: re.Match) -> str:
    return " ".join(m.group().split())


def status_of(ctx: Context, t: Target, prev: Target | None, next_start: int, sentence: int) -> tuple[str | None, bool]:
    """The figure's status, and whether a cue (or the figure before it) decided it.

    ``prev`` is the cued figure before it in the same sentence, if any; ``sentence`` where that
    sentence starts.
    """
    text = ctx.text
    s0 = max(sentence, t.start - REACH)
    clause_end = ctx.clause_end_after(t.end)
    clause0 = ctx.clause_start_before(s0, t.start)
    # A cue right after the previous figure is its complement ("đạt 102% kế hoạch, 15 …").
    cues = ctx.last_cues_before(max(clause0, prev.end + 2 if prev else 0), t.start,
                                lambda c: c.key not in EXISTS or _states_existence(text, c, t.start))
    last = cues[-1] if cues else None
    modifier = cues[-2] if len(cues) > 1 and MODIFIER_GAP.fullmatch(text, cues[-2].end, last.start) else None
    cued = _cue_status(last, modifier, t, text) if last else None
    past = last is not None and cued == "achieved" and (last.key in PAST or (modifier is not None and modifier.key in PAST))
    # A plan cue before a figure that reported a fact (by a past marker) governs no more after it.
    plan_from = prev.end if prev is not None and prev.status != "planned" else s0
    if ctx.in_plan(t.start) or (not past and (ctx.plan_cue_between(plan_from, t.start) or ctx.future_year(s0, clause_end)
                                              or TOPIC.match(text, sentence, t.start))):
        return "planned", True
    if last is not None and cued != "exists":
        return cued, True
    exists = last is not None  # "xã có 142 hộ": only a cue after it, or the figure before it, may say more
    if not exists and text[t.start:t.start + 1] in ("ư", "Ư") and ESTIMATE.match(text, t.start):  # its only cases
        return "achieved", True  # "ước 18.420 tỷ đồng", "ước đạt 9,61%": an estimate of a result
    if prev is None and not exists and OPENING.match(text, s0, t.start) and not ctx.any_cue_before(s0, t.start):
        return None, True
    if prev is not None and prev.end >= clause0:
        return prev.status, True  # same clause, no cue between: one enumeration
    if exists:  # "cả nước có 5.775/8.227 xã (chiếm 70,2%) đạt chuẩn": the aside does not end its clause
        aside = ASIDE.match(text, clause_end)
        cue = ctx.first_after(t.end, ctx.clause_end_after(aside.end()) if aside else clause_end)
        return (_BY_SCOPE["after"][cue.key], True) if cue else (None, False)
    cue = ctx.first_after(t.end, min(clause_end, max(next_start, t.end)))
    if cue:
        return _BY_SCOPE["after"][cue.key], True
    if prev is not None:
        return prev.status, True
    return None, False
