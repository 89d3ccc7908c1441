"""Shapes that hold digits but are not figures (GUIDE §5 "Not figures").

``masked_spans(text)`` returns the spans of every context-free shape, in one scan;
``context_rule`` checks the words right before and after one candidate numeral.  A
candidate whose numeral falls inside a span, or has a context rule, is dropped.  The
dates and documents passes find most of these too (and the pipeline drops figures
overlapping them), but this pass stays sound on its own.  Each rule is one named
alternative (``url`` and ``short_quote`` in a second scan; the last four are the context rules):

- ``date_dmy``: ``28/12/2021``, ``7-4-2015``, ``09.01.2024``, ``Ngày 10 / 01 / 2024``;
- ``date_iso``: ``2022-07``, ``2019-12-31``;
- ``month_year``: ``6/2022``, ``quý I/2024`` (the ``/2024`` part);
- ``year_span``: ``2020-2025``, ``2019 – 2024``, ``(2001-2010)``;
- ``year_after_word``: ``năm 2023``, ``giai đoạn 2021``, ``nhiệm kỳ 2020``, ``đến năm 2030``;
- ``day_month``: ``ngày 30-6``, ``ngày 7 và 8-5``, ``Sáng 28/12`` (a day word before d/m or d-m);
- ``clock``: ``08:11``, ``0:00``, ``14h30``, ``16 giờ``, with its minutes: ``10 giờ 30``, ``9 giờ 15 phút``;
- ``doc_number``: ``08-NQ/TU``, ``1234/QĐ-UBND``, ``15/2020/NĐ-CP``, ``Kế hoạch 248-KH/TU``;
- ``code_tail``: the number after a code like a licence plate's: ``51A 123.45``, ``30E-123.45``;
- ``version``: ``công nghệ 4.0``, ``Web 2.0``;
- ``code``: a numeral glued to letters or ``+``: ``Covid-19``, ``GMT+7``, ``A1``, ``QH14``;
- ``phone``: a numeral opening with 0 and nine to eleven digits long, however grouped:
  ``0258.3822.123``, ``(0258) 3 822 123``, ``0912.345.678``, ``0912345678``;
- ``url``: ``https://…``, ``www.…`` (digits in e-mail names are ``code``);
- ``enumerator``: ``1. Mục đích``, ``1- Ban Chấp hành``, ``2) …`` at the start of a line;
- ``short_quote``: a numeral inside a short quotation (≤ 40 characters), the name of a
  movement or model: “Sinh viên 5 tốt”, “Chi bộ bốn tốt”, “Khi tôi 18”;
- ``per_capita``: the denominator of a rate: ``số bác sĩ trên 10.000 dân``, ``/1.000 dân``;
- ``furniture``: page counters: ``Hôm nay: 39``, ``Đã truy cập: 3536678``, ``12 bình luận``;
- ``time_noun``: durations, ages and date parts: ``30 năm tuổi Đảng``, ``6 tháng đầu năm``;
- ``label_num``: ordinals and labels (``targets_labels.txt``): ``lần thứ 11``, ``Trung ương 4``,
  ``tầng 5``, ``ảnh 1``, ``số 10`` (not ``tổng số 62``);
- ``name_tail``: a numeral naming a model or slogan, the phrase ending after a word of
  ``targets_name_tails.txt``: ``chính quyền 2 cấp``, ``phong trào 3 không`` (not ``2 cấp ủy``);
- ``doc_label``: a document type (``targets_doc_labels.txt``): ``Nghị quyết 57``, ``KL 14`` — unless a
  counted noun, measure or percent follows (``kết luận 5 tổ chức có vi phạm``; the caller checks).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import regex

from extractor.data import load_lines
from extractor.targets import lexicon as lx
from extractor.targets.figures import LETTER_OR_DIGIT
from extractor.text import script

# MASK holds IGNORECASE to its words, as figures.FIGURE does; ``\p{Lu}`` under the flag was any
# cased letter, ``\p{LC}``.
_DAY_WORDS = ("ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm")
_YEAR_WORDS = ("năm", "năm học", "niên khóa", "niên khoá", "giai đoạn", "nhiệm kỳ", "thời kỳ")
_DAYWORD = r"(?i:" + "|".join(_DAY_WORDS) + ")"
_YEARWORD = r"(?i:" + "|".join(_YEAR_WORDS) + ")"
_NOT_LETTER = r"(?<![\p{L}])"
_LD = LETTER_OR_DIGIT


# Look-behinds of varying width, which ``re`` cannot run: the year or day word before a date part,
# a line's start before a list marker, "trên"/"mỗi"/"/" before a rate's denominator.
AFTER_YEAR_WORD = r"(?<=" + _NOT_LETTER + _YEARWORD + r"\s+)"
AFTER_DAY_WORD = r"(?<=" + _NOT_LETTER + _DAYWORD + r"\s+)"
AT_LINE_START = r"(?<=(?m:^)[ \t]*)"
AFTER_PER = r"(?<=" + _NOT_LETTER + r"(?:(?i:trên|mỗi)|/)\s*)"


_PER_BODY = r"(?:10{0,2}\.000|1\s+(?i:vạn)|10{0,2}\s+(?i:nghìn))(?=\s+(?i:dân|người\s+dân)(?![\p{L}]))"


def _after(behind: list[tuple[str, str]], body: str, opening: str) -> str:
    """``body`` after one of ``behind``, (group name, look-behind) pairs, tried in order; a group
    named ``…_unsure`` reads only ``opening``, a look-ahead at how ``body`` opens that reads no
    further than a run of spaces (MASK reads the rest: re never reads a long body at every numeral
    of a chain, ``1 - 1 - 1 …``)."""
    return "|".join(f"(?P<{group}>{lookbehind}{opening if group.endswith('_unsure') else body})"
                    for group, lookbehind in behind)


# Every alternative starts at the first digit of a run (the phone one may open with its
# bracket), with its context in a lookbehind or lookahead: the scan skips the letters of a
# long text quickly.
def _mask(after_year_word: list, after_day_word: list, at_line_start: list, after_per: list) -> str:
    return (
        r"(?=[\d(])(?<!\d)(?:"
        r"(?P<date_dmy>(?<!\d)\d{1,2}\s*([/.-])\s*\d{1,2}\s*\2\s*\d{2,4}(?!\d))"
        r"|(?P<date_iso>(?<!\d)(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?(?!\d))"
        r"|(?P<year_span>(?<!\d)(?:19|20)\d{2}\s*-\s*(?:(?:19|20)\d{2}|\d{2})(?!\d))"
        r"|(?P<month_year>(?<![\d/])\d{1,2}\s*/\s*(?:19|20)\d{2}(?!\d))"
        r"|" + _after(after_year_word, r"(?:19|20)\d{2}(?!\d)", r"(?=(?:19|20)\d{2}(?!\d))")
        + r"|" + _after(after_day_word, r"\d{1,2}(?:\s*(?:,|(?i:và)|-)\s*\d{1,2})*\s*[/.-]\s*\d{1,2}(?![\d%])",
                        r"(?=\d{1,2}\s*[,vV/.-])")
        + r"|(?P<clock>(?<!\d)\d{1,2}\s*(?::|(?i:h)(?=\d))\s*\d{2}(?!\d)|(?<!\d)\d{1,2}\s*(?i:giờ|h)(?!\w)"
        r"(?:\s*[0-5]?\d(?!\d|[.,]\d|\s?%)(?:\s*(?i:phút)(?!\w))?)?)"
        r"|(?P<doc_number>(?<![\w/])\d+(?:/\d+)*[/-]\p{LC}" + _LD + r"*(?:[/-]" + _LD + r"+)*)"
        r"|(?P<code_tail>(?:(?<=\d\p{LC}[ -])|(?<=\d\p{LC}\d[ -]))\d+(?:[.,]\d+)*)"
        r"|(?P<version>(?<![\d.,])\d+\.0(?!\d|[.,]\d))"
        r"|(?P<code>(?:(?<=\p{L})|(?<=\p{L}[-+]))\d+(?:[.,]\d+)*|(?<!\d)\d+\p{L}+\d+)"
        r"|(?P<phone>(?<![\d.,])\(?0\d{1,3}\)?(?:[ .-]?\d){7,9}(?!\d))"
        r"|" + _after(at_line_start, r"\d{1,2}[ \t]*[.)-](?=\s)", r"(?=\d{1,2}[ \t]*[.)-]\s)")
        + r"|" + _after(after_per, _PER_BODY, "(?=" + _PER_BODY + ")")
        + r")"
    )


MASK = regex.compile(_mask([("year_after_word", AFTER_YEAR_WORD)], [("day_month", AFTER_DAY_WORD)],
                           [("enumerator", AT_LINE_START)], [("per_capita", AFTER_PER)]))


def _after_one_space(words) -> str:
    """Fixed-width look-behinds that each read one of ``words`` and one space: the common case of
    AFTER_YEAR_WORD and AFTER_DAY_WORD, which ``re`` can run."""
    return "(?:" + "|".join(r"(?<=" + _NOT_LETTER + "(?i:" + w + r")\s)" for w in words) + ")"


# MASK in ``re``, for a text of script.SCRIPT: each look-behind of varying width gives way to its
# common case that re can read (a year or day word and one space, a line's start) and then to what
# else it needs right before the numeral (two spaces; a space or tab; for a rate, nothing): where such
# an unsure alternative matches, MASK itself says what stands there (CONFIRMED_BY_MASK).
SCRIPT_MASK = re.compile(script.to_re(_mask(
    [("year_after_word", _after_one_space(_YEAR_WORDS)), ("year_after_word_unsure", r"(?<=\s\s)")],
    [("day_month", _after_one_space(_DAY_WORDS)), ("day_month_unsure", r"(?<=\s\s)")],
    [("enumerator", "(?m:^)"), ("enumerator_unsure", r"(?<=[ \t])")],
    [("per_capita_unsure", "")])))
CONFIRMED_BY_MASK = frozenset(name for name in SCRIPT_MASK.groupindex if name.endswith("_unsure"))

# The two shapes that start at no digit, read as by one scan of the two (a match consumes what it
# holds), but each with its own pattern: a quotation opens with a quote mark, which stdlib ``re``
# skips to at memory speed; a URL is looked for only in a text that has "http" or "www.".
URL = re.compile(r"(?<![\w.-])(?:https?://|www\.)\S+", re.IGNORECASE)
SHORT_QUOTE = re.compile(r"“[^”\n]{1,40}”|\"[^\"\n]{1,40}\"")

# Context rules, checked around each candidate numeral only (a window before or after it).
# Read on the words right before the numeral: set look-ups of the last one to four words.
class _Phrases:
    """Lower-case phrases, with what quickly refuses a tail none of them ends: the words they end
    with (also without a leading non-letter, as ``_strip_lead`` reads them) and their lengths."""

    def __init__(self, entries):
        self.all = frozenset(" ".join(e.lower().split()) for e in entries if e.strip())
        ends = [p.split()[-1] for p in self.all]
        self.last_words = frozenset(ends) | frozenset(_strip_lead(w) for w in ends)
        self.lengths = sorted({len(p.split()) for p in self.all}, reverse=True)


def _strip_lead(word: str) -> str:
    """``(lần`` → ``lần``: a phrase starts after any non-letter."""
    if word[:1].isalpha():
        return word
    i = 0
    while i < len(word) and not word[i].isalpha():
        i += 1
    return word[i:]


FURNITURE_BEFORE = _Phrases(lx.FURNITURE_BEFORE)
LABELS = _Phrases(lx.LABELS)
DOC_LABELS = _Phrases(lx.DOC_LABELS)
_UNLESS = {" ".join(k.lower().split()): frozenset(u.lower() for u in v) for k, v in lx.LABEL_UNLESS.items()}
_LAST_WORDS = frozenset(p.split()[-1] for p in FURNITURE_BEFORE.all | LABELS.all | DOC_LABELS.all)
_MAX_WORDS = max(len(p.split()) for p in FURNITURE_BEFORE.all | LABELS.all | DOC_LABELS.all)


def _phrase_before(tail: str, phrases: _Phrases) -> tuple[str, str | None] | None:
    """The longest phrase of ``phrases`` ending ``tail`` (lower case, no trailing space) as whole
    words, and the word before it (None when a non-letter opens the phrase's first word)."""
    parts = tail.rsplit(None, _MAX_WORDS)
    if not parts or _strip_lead(parts[-1]) not in phrases.last_words:
        return None
    for k in phrases.lengths:  # longest first; a phrase of another length cannot end the tail
        if k > len(parts):
            continue
        first = _strip_lead(parts[-k])
        phrase = " ".join([first, *parts[len(parts) - k + 1:]])
        if phrase in phrases.all:
            before = parts[-k - 1] if len(parts) > k and first == parts[-k] else None
            return phrase, before
    return None


def _before_rule(text: str, start: int) -> str | None:
    """``furniture`` (``label\\s*:?\\s*(?``) or ``label_num`` (``label\\s*:?``) right before ``start``."""
    before = text[max(0, start - _WINDOW):start].rstrip()
    # Most numerals follow a word that ends no label: one look-up decides (on that word, lower-cased).
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    if _strip_lead(last) not in _LAST_WORDS and last[-1:] not in ":(":
        return None
    tail = before.lower()
    bare = tail[:-1].rstrip() if tail.endswith(":") else tail
    found = _phrase_before(bare, LABELS)
    if found:
        phrase, word = found
        if word is None or word.split()[-1] not in _UNLESS.get(phrase, ()):
            return "label_num"
    if _phrase_before(bare, DOC_LABELS):
        return "doc_label"
    if tail.endswith("("):
        tail = tail[:-1].rstrip()
        bare = tail[:-1].rstrip() if tail.endswith(":") else tail
    return "furniture" if _phrase_before(bare, FURNITURE_BEFORE) else None


CONTEXT_AFTER = regex.compile(
    r"\s+(?:(?P<furniture>" + lx.FURNITURE_AFTER_ALT + r")|(?P<time_noun>" + lx.TIME_ALT + r"))(?![\p{L}])",
    regex.IGNORECASE,
)
_WINDOW = 40
# "chính quyền 2 cấp", "phong trào 3 không": a name's numeral, when the phrase ends there (a mark,
# the line's end, or a function word follows; "2 cấp ủy", "15 không đạt" go on and count).
NAME_TAIL = regex.compile(r"\s+(?:" + lx.alternation(load_lines("targets_name_tails.txt")) + r")(?![\p{L}\d])"
                          r"(?=\s*(?:[^\s\p{L}\d]|$)|\s+(?:từ|của|và|theo|tại|ở|trong|được|đã|sẽ|là|vào|cho|với|nhằm|để)(?![\p{L}]))",
                          regex.IGNORECASE)
NAME_BEFORE = regex.compile(r"(?<=\p{L}[ \t]+)")  # inside a noun phrase: "xếp loại: 45 tốt, 3 khá" counts


def masked_spans(text: str, starts: list[int] | None = None) -> list[tuple[int, int, str]]:
    """Spans of every context-free non-figure shape in ``text``, with the rule that found it
    (``starts``: ``lexicon.numeral_starts(text)`` for a text of script.SCRIPT, which ``re`` then scans)."""
    spans = [(m.start(), m.end(), m.lastgroup) for m in (MASK.finditer(text) if starts is None else _script_masks(text, starts))]
    others = _quotes_and_urls(text) if "“" in text or '"' in text or "http" in text or "www." in text else []
    if not others:
        return spans
    # A quotation or URL holds the shapes inside it (one scan used to consume them): spans do not overlap.
    starts = [s for s, _, _ in spans]
    inside = set()
    for a, b, _ in others:
        inside.update(range(bisect_left(starts, a), bisect_left(starts, b)))
    return sorted([sp for i, sp in enumerate(spans) if i not in inside] + others)


def _script_masks(text: str, starts: list[int]) -> list[re.Match | regex.Match]:
    """``MASK.finditer(text)`` for a text of script.SCRIPT: SCRIPT_MASK tried at ``starts``."""
    out, end, match = [], 0, SCRIPT_MASK.match
    for i in starts:
        if i < end or not (m := match(text, i)):
            continue
        if m.lastgroup in CONFIRMED_BY_MASK and not (m := MASK.match(text, i)):
            continue
        out.append(m)
        end = m.end()
    return out


def _quotes_and_urls(text: str) -> list[tuple[int, int, str]]:
    """``url`` and ``short_quote`` spans, in order, as one scan with both (URL first) finds them."""
    low = text.lower()  # URL's letters (h, t, p, w) fold to their ASCII cases only
    if "http" not in low and "www." not in low:
        return [(m.start(), m.end(), "short_quote") for m in SHORT_QUOTE.finditer(text)]
    out, pos, url, quote = [], 0, URL.search(text), SHORT_QUOTE.search(text)
    while url or quote:
        if url and url.start() < pos:
            url = URL.search(text, pos)
        if quote and quote.start() < pos:
            quote = SHORT_QUOTE.search(text, pos)
        m, rule = (url, "url") if url and (not quote or url.start() <= quote.start()) else (quote, "short_quote")
        if m is None:
            break
        out.append((m.start(), m.end(), rule))
        pos = m.end()
    return out


def context_rule(text: str, start: int, end: int) -> str | None:
    """The context rule (``label_num``, ``doc_label``, ``furniture``, ``time_noun``) that makes the
    numeral at ``text[start:end]`` no figure, if any: ``lần thứ 11``, ``Nghị quyết 57``, ``Hôm nay: 39``,
    ``30 năm tuổi Đảng``.  ``doc_label`` holds only when no counted noun follows (the caller checks)."""
    rule = _before_rule(text, start)
    if rule:
        return rule
    if not text[end:end + 1].isspace():
        return None  # CONTEXT_AFTER and NAME_TAIL open with a space (str.isspace holds every \s of regex)
    m = CONTEXT_AFTER.match(text, end, end + _WINDOW)
    if m:
        return m.lastgroup
    in_phrase = text[start - 1:start] in (" ", "\t") and NAME_BEFORE.match(text, start)
    return "name_tail" if in_phrase and NAME_TAIL.match(text, end, end + _WINDOW) else None


def quoted_names(spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Short quoted names (“Chi bộ bốn tốt”) where a word numeral is part of the name."""
    return [(s, e) for s, e, rule in spans if rule == "short_quote"]
