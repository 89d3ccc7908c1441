"""Numbered references: a document number, with the type word, ``số`` and tail around it.

Rules (each with an example; the tests hold many more):

- ``numbered_with_type``: ``Nghị quyết 08-NQ/TU``, ``Chỉ thị số 05-CT/TW``, ``Báo cáo thẩm tra số
  547/BC-HĐND`` (up to two words between the type word and ``số``), ``Nghị quyết (NQ) 28``.
- ``issuer_first``: ``Nghị quyết của Bộ Chính trị số 57-NQ/TW``: the issuer stands before ``số``.
- ``numbered_alone``: ``08-NQ/TU`` with no type word: the type comes from the code.
- ``numbered_header``: ``Số: 7822/KH-UBND`` heading a document's own text: the span is the number;
  date and issuer come from the header block (``Bến Tre, ngày 26 tháng 11 năm 2021``).
- ``coordinated``: ``Nghị quyết số 08, 09-NQ/TU`` → ``08-NQ/TU`` and ``09-NQ/TU``; ``các Quyết định số
  12/QĐ-UBND và 13/QĐ-UBND`` → the second inherits the type word of the first.
- ``bare_number``: ``Kế hoạch số 08``, ``Nghị quyết số 11 của Bộ Chính trị``, ``NQ 28``.  Without ``số``
  the type word must be capitalised and the number must end the phrase (``Kế hoạch 5 năm`` is a
  duration); ``Nghị quyết 4`` after ``Nghị quyết Trung ương 4`` is the plenum, not a number.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.documents import lexicon as lx
from extractor.documents.attach import ISSUER_AHEAD, Tail, body_identifiers, date_at, is_issuer, read_tail
from extractor.documents.codes import NUMBER, NUMBER_IN_SCRIPT, Code, decode
from extractor.documents.lexicon import LazyPattern
from extractor.text import patterns

_TYPE = rf"(?<![\p{{L}}])(?:(?i:{patterns.trie(lx.TYPE_WORDS)})|{patterns.alternation(lx.TYPE_ABBREVIATIONS)})(?![\p{{L}}])"
# Type words as written with a capital: a law's title may hold ``văn bản`` but not ``Nghị định``
# (except as its first word: ``Luật Quy hoạch số 21/2017/QH14``).
_TYPE_CAP = rf"(?:{patterns.trie(w[0].upper() + w[1:] for w in lx.TYPE_WORDS)})(?![\p{{L}}])"
# (``sô`` and a header's ``So:`` are the same word with a mark lost in typing or OCR)
_SO = r"\s+(?:số|Số|SỐ|sô|Sô|SÔ)\s*:?\s*"
# rule numbered_with_type (looked for backwards from the number; the window ends at the number)
_PREFIX = LazyPattern(
    rf"(?P<type>{_TYPE})(?P<paren>\s*\(\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,4}}\))?"
    rf"(?:(?:\s+(?!{_TYPE_CAP})\p{{Ll}}+){{1,2}}?{_SO}"
    rf"|(?<=(?i:luật|lệnh))\s+(?!và\s)[\p{{L}}\d,]+(?:\s+(?!{_TYPE_CAP})[\p{{L}}\d,]+){{0,14}}?{_SO}"
    rf"|[ \t]+của[ \t]+(?P<piss>{ISSUER_AHEAD}[^\n]{{1,100}}?){_SO}|{_SO}|\s*)"
    r"(?P<list>(?:\d{1,5}\s*(?:,|;|và)\s*)*)$"
)
# rule numbered_header: ``Số: 145/2015/NQ-HĐND`` at the start of a line or table cell
_HEADER = LazyPattern(r"(?:^|\n|\|)[ \t]*(?:Số|SỐ|số|Sô|SÔ|So(?=\s*:)|SO(?=\s*:))\s*:?\s*$")
_LIST_ITEM = LazyPattern(r"\d{1,5}")
# rule bare_number
_BARE_PATTERN = (
    rf"(?P<type>{_TYPE})(?P<paren>\s*\(\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,4}}\))?(?P<so>{_SO}|\s+)"
    r"(?P<n>\d{1,5}[a-zđ]?)(?![\d\p{L}]|[.,/-]\d|\s*[-/]\s*\p{Lu})"
)
_BARE = LazyPattern(_BARE_PATTERN)
_BARE_IN_SCRIPT = lx.in_script_form(_BARE_PATTERN)   # (on text of the script)
# After a bare number without ``số``: what may follow for it to be a document's number.
_BARE_END = LazyPattern(
    r"\s*(?:$|[,.;:)\]”“\"(]|\s[-–]\s+\p{Ll}|\s(?:của|về|ngày|và|khóa|khoá|đã|được|là|với|nhằm|tại|trong|đề ra|thì|"
    r"cũng|này|đó|hoặc|cùng|do|có|không|vào|sau|trước|nêu|trên|tới|đến|ở|cho|theo|đạt|gắn|mà|vẫn|sẽ|"
    r"đang|mới|phải|đều|bước|đi|ra|từ|qua|nay)(?![\p{L}\d]))"
)
# A further bare number of the same type word: ``Nghị quyết 57, 59 và 66``.
_BARE_MORE = LazyPattern(
    r"\s*(?:,|;|và|hoặc)\s*(?:(?:số|Số)\s+)?(?P<n>\d{1,5})(?![\d\p{L}]|[.,/-]\d|\s*[-/]\s*\p{Lu}|\s*%)"
)
# Type words that are only nouns: in lower case too they name a paper before a bare number
# (``thực hiện nghị quyết 57 của Bộ Chính trị``).
_DURATION = LazyPattern(r"\s*(?:năm|tháng|tuần|quý|ngày)(?![\p{L}])")
_NOUN_TYPES = frozenset(("Nghị quyết", "Nghị định", "Chỉ thị", "Thông tư"))
_JOIN = LazyPattern(r"\s*(?:,|và|hoặc)(?:\s+(?:số|Số))?\s*$")


_NGAY = LazyPattern(r"(?:ngày|Ngày|NGÀY)\s")
_DATELINE = LazyPattern(r"(?:^|\n|\|)[ \t]*\p{Lu}[\p{L} .'’-]{1,40},[ \t]*(?=(?:ngày|Ngày|NGÀY)\s)")
_PERCENT_OR_DECIMAL = LazyPattern(r"\s*(?:%|[.,]\d)")


@dataclass(slots=True)
class Found:
    """A reference before it becomes a DocumentRef (named ones have no number)."""

    start: int
    end: int
    number: str | None
    number_span: tuple[int, int] | None
    type: str | None
    issuer: str | None
    date: str | None
    extra: dict = field(default_factory=dict)
    type_from_word: bool = False


def _type_word(word: str) -> str | None:
    """The full type a word names; None for ``văn bản``, whose type comes from the code."""
    return lx.TYPE_ABBREVIATIONS.get(word) or lx.TYPE_WORDS.get(" ".join(word.lower().split()), word) or None


def _choose_issuer(written: str | None, code: Code) -> str | None:
    """Written issuer unless it names another body than the code (GUIDE: the code decides)."""
    if not written:
        return code.issuer
    if not code.issuer_codes or "Ư" in code.number:
        return written
    w = lx.fold(written)
    if any(a and a in w for c in code.issuer_codes for a in lx.issuer_aliases(c, code.system)):
        return written
    if any(a in w for a in lx.all_aliases()):
        return code.issuer
    return written


def _header_issuer(block: str, code: Code) -> str | None:
    """The body the header block names, among the names its code goes by: ``THÀNH ỦY CẦN THƠ``
    over ``Số 845-TB/TU`` is the Thành ủy, not the Tỉnh ủy the code reads as by default."""
    if len(code.issuer_codes) != 1 or code.issuer is None:
        return code.issuer
    names = lx.issuer_alias_names(code.issuer_codes[0], code.system)
    if len(names) < 2:
        return code.issuer
    folded = lx.fold(block)
    hit = [n for n in names if " " in n and lx.fold(n) in folded]  # names, not abbreviations (`UBND`)
    if hit and lx.fold(code.issuer) not in {lx.fold(n) for n in hit}:
        return max(hit, key=len)
    return code.issuer


def _header_date(text: str, end: int) -> str | None:
    """The date line of a header block: ``Bến Tre, ngày 26 tháng 11 năm 2021`` near the number.

    A ``ngày`` within two lines of the number, else a dateline (a place, a comma, ``ngày``) a few
    lines on, past the national motto lines that stand between them in two-column headers.
    """
    window = text[end:end + 300]
    m = _NGAY.search(window)
    if not m:
        return None
    if window[:m.start()].count("\n") > 2:
        m = _DATELINE.search(window)
        if not m or window[:m.start()].count("\n") > 6:
            return None
        m = _NGAY.match(window, m.end())
    got = date_at(window, m.start())
    return got[1] if got else None


def _code_extra(code: Code) -> dict:
    extra: dict = {"system": code.system}
    if code.year:
        extra["year"] = code.year
    if code.term:
        extra["term"] = code.term
    return extra


def find_numbered(text: str, ocr_u: bool, starts: list[int], in_script: bool) -> list[Found]:
    found: list[Found] = []
    for m in (NUMBER_IN_SCRIPT if in_script else NUMBER).finditer(text):
        code = decode(m.group(), ocr_u)
        if code is None and _after_so(text, m.start()):
            code = decode(m.group(), ocr_u, lenient=True)
        if code is None:
            continue
        found.extend(_from_match(text, m, code, found[-1] if found else None, starts))
    return found


_TYPE_SO = LazyPattern(rf"{_TYPE}(?:\s+\p{{Ll}}+){{0,2}}?{_SO}$")


def _after_so(text: str, start: int) -> bool:
    """``Công văn số 789/BHXH-TST``: the words say a number follows, even with unknown codes."""
    return bool(_TYPE_SO.search(text, max(0, start - 60), start))


def _prefix(window: str, window_start: int, starts: list[int]):
    """The leftmost type-word phrase that runs up to the number (``Chỉ thị số ``), tried only where
    a type word starts."""
    for pos in starts[bisect_left(starts, window_start):bisect_left(starts, window_start + len(window))]:
        p = _PREFIX.match(window, pos - window_start)
        if p and _issuer_ok(window, p):
            return p
    return None


def _may_be_header(window: str) -> bool:
    """What ``_HEADER`` needs: the window ends with ``Số`` (``So``, …), a colon perhaps, opening a line."""
    end = window.rstrip()
    end = end[:-1].rstrip() if end.endswith(":") else end
    for word in ("Số", "SỐ", "số", "Sô", "SÔ", "So", "SO"):
        if end.endswith(word):
            before = end[:-len(word)].rstrip(" \t")
            return not before or before[-1] in "\n|"
    return False


def _issuer_ok(window: str, p) -> bool:
    """An issuer before ``số`` (``Nghị quyết của Bộ Chính trị số``) must be a body's name as a whole."""
    return not p.group("piss") or is_issuer(window, p.start("piss"), p.end("piss"))


def _from_match(text: str, m, code: Code, previous: Found | None, starts: list[int]) -> list[Found]:
    s, e = m.span()
    window_start = max(0, s - 120)
    window = text[window_start:s]
    header = _HEADER.search(window) if _may_be_header(window) else None
    if header:
        extra = _code_extra(code)
        issuer = _header_issuer(window, code)
        return [Found(s, e, code.number, (s, e), code.type, issuer, _header_date(text, e), extra)]
    p = _prefix(window, window_start, starts)
    if p and p.group("type"):
        p = _nearest_type(window, p)
    tail = read_tail(text, e)
    written = tail.issuer or (" ".join(p.group("piss").split()) if p and p.group("piss") else None)
    issuer = _choose_issuer(written, code)
    extra = _code_extra(code) | (body_identifiers(written) if written else {})
    if p and p.group("type"):
        kind = _type_word(p.group("type")) or code.type
        start = window_start + p.start()
        base = window_start + p.start("list")
        items = [(base + i.start(), base + i.end()) for i in _LIST_ITEM.finditer(p.group("list"))]
        return _coordinated(text, start, items, m, code, kind, issuer, tail, extra)
    kind, from_word = code.type, False
    joined = previous and previous.type_from_word and _JOIN.fullmatch(text[previous.end:s])
    if joined and _same_kind(previous.type, kind):
        kind, from_word = previous.type, True
    return [Found(s, tail.end, code.number, (s, e), kind, issuer, tail.date, extra, from_word)]


def _nearest_type(window: str, p):
    """``Thông tư hướng dẫn số`` keeps the capitalised head; ``báo cáo quyết định số`` is the decision."""
    if p.group("type")[0].isupper():
        return p
    inner = _PREFIX.search(window, p.start("type") + len(p.group("type")))
    while inner and not _issuer_ok(window, inner):
        inner = _PREFIX.search(window, inner.start() + 1)
    return inner if inner and inner.group("type") else p


def _same_kind(word_type: str | None, code_type: str | None) -> bool:
    """A type word carries over to the next number when its code agrees (QĐ serves Quy định too)."""
    return code_type in (None, word_type) or {word_type, code_type} == {"Quyết định", "Quy định"}


def _coordinated(text, start, items, m, code, kind, issuer, tail: Tail, extra) -> list[Found]:
    """``Nghị quyết số 08, 09-NQ/TU``: earlier bare numbers share the last number's code."""
    s, e = m.span()
    head = lx.DIGITS.match(code.number).group()
    suffix = code.number[len(head):]
    out: list[Found] = []
    for i, (a, b) in enumerate(items):
        number = text[a:b] + suffix
        out.append(Found(start if i == 0 else a, b, number, (a, b), kind, issuer, None, dict(extra), True))
    out.append(Found(start if not items else s, tail.end, code.number, (s, e), kind, issuer, tail.date, extra, True))
    return out


# Where a type word (or a type abbreviation) starts: the named and bare rules are tried there only.
# Candidates are the abbreviations found in the text and (off the script) the first syllables of
# type words standing as whole words in the lower-cased text; an anchored match confirms each.
# Two type words may overlap (``bộ luật`` holds ``luật``): both starts count.
TYPE_START = LazyPattern(_TYPE)
_TYPE_LOW = rf"(?<![\p{{L}}])(?:{patterns.trie(lx.TYPE_WORDS)})(?![\p{{L}}])"
_TYPE_LOW_RX = LazyPattern(_TYPE_LOW)
_TYPE_LOW_RE = lx.in_script_form(_TYPE_LOW)
_ABBR_START = LazyPattern(rf"(?<![\p{{L}}])(?:{patterns.alternation(lx.TYPE_ABBREVIATIONS)})(?![\p{{L}}])")
_FIRST_SYLLABLES = sorted({w.split()[0] for w in lx.TYPE_WORDS})
# On text of the script (nearly all) one `re` scan of the lower-cased text finds the type words
# instead: its branches open with a letter the engine skips to, the letter before it being checked
# after it.
_AFTER_NON_LETTER = r"(?<![\p{L}].)"
_TYPE_LOW_SCAN = lx.in_script_form(
    rf"(?:{patterns.trie(lx.TYPE_WORDS, after_first=_AFTER_NON_LETTER)})(?![\p{{L}}])"
)


def type_starts(text: str, low: str, in_script: bool) -> list[int]:
    """Offsets where a type word or type abbreviation starts (``Nghị quyết``, ``NQ``);
    ``low`` is ``text.lower()``, ``in_script`` is ``script.in_script(text)``."""
    if len(low) != len(text):
        return [m.start() for m in TYPE_START.finditer(text)]
    found = set()
    for abbr in lx.TYPE_ABBREVIATIONS:      # (found like the syllables: a scan of the pattern costs more)
        i = text.find(abbr)
        while i >= 0:
            if _ABBR_START.match(text, i):
                found.add(i)
            i = text.find(abbr, i + 1)
    if in_script:
        found.update(_type_words_in_script(low))
        return sorted(found)
    for syllable in _FIRST_SYLLABLES:
        n = len(syllable)
        i = low.find(syllable)
        while i >= 0:
            # (most hits are inside longer words: a letter before or after rules them out at once)
            if not (i and low[i - 1].isalpha() or low[i + n:i + n + 1].isalpha()) and _TYPE_LOW_RX.match(low, i):
                found.add(i)
            i = low.find(syllable, i + 1)
    return sorted(found)


def _type_words_in_script(low: str):
    """Where a type word starts in ``low``; the scan steps over each it finds, so a word inside one
    that may start another (``luật`` in ``bộ luật``, ``quyết`` in ``nghị quyết``) is tried on its own."""
    for m in _TYPE_LOW_SCAN.finditer(low):
        start = m.start()
        yield start
        for offset in _inner_first_syllables(m.group()):
            if _TYPE_LOW_RE.match(low, start + offset):
                yield start + offset


_FIRST_SYLLABLE_SET = frozenset(_FIRST_SYLLABLES)


@lru_cache(maxsize=256)
def _inner_first_syllables(phrase: str) -> tuple[int, ...]:
    """Offsets of the words after the first in a type word that are some type word's first syllable."""
    offsets = []
    for i in range(1, len(phrase)):
        if phrase[i - 1].isspace() and not phrase[i].isspace() and phrase[i:].split()[0] in _FIRST_SYLLABLE_SET:
            offsets.append(i)
    return tuple(offsets)


def find_bare(text: str, taken: list[tuple[int, int]], plenums: set[int], starts: list[int],
              in_script: bool) -> list[Found]:
    """``Kế hoạch số 08``, ``NQ 28``: a type word with a number and no code."""
    out: list[Found] = []
    taken = sorted(taken)
    taken_starts = [a for a, _ in taken]
    bare = _BARE_IN_SCRIPT if in_script else _BARE
    for m in filter(None, (bare.match(text, pos) for pos in starts)):
        if _overlaps_taken(taken, taken_starts, m.start(), m.end()):
            continue
        word, n = m.group("type"), m.group("n")
        with_so = bool(m.group("so").strip())
        if not with_so and not _bare_ok(text, m, word, n):
            continue
        kind = _type_word(word)
        items = [(m.start("n"), m.end("n"))]
        more = _BARE_MORE.match(text, m.end())
        while more and _list_item_ok(text, more):
            items.append(more.span("n"))
            more = _BARE_MORE.match(text, more.end())
        if more and not with_so and _DURATION.match(text, more.end()):
            continue  # ``Kế hoạch 5, 10 năm``: a list of durations
        tail = read_tail(text, items[-1][1])
        plenum_ok = not with_so and kind == "Nghị quyết" and word not in lx.TYPE_ABBREVIATIONS
        for i, (a, b) in enumerate(items):
            last = i == len(items) - 1
            number: str | None = text[a:b]
            extra: dict = {}
            if plenum_ok and number.isdigit() and int(number) in plenums:
                number, extra = None, {"plenum": int(number), "system": "party"}
            out.append(Found(m.start() if i == 0 else a, tail.end if last else b, number, (a, b) if number else None,
                             kind, tail.issuer, tail.date if last else None, extra, True))
    return out


def _list_item_ok(text: str, more) -> bool:
    """``Nghị quyết 57, 59 và 66``: a further number that ends the phrase (not ``57, 2 năm``) and no year."""
    n = more.group("n")
    return not (len(n) == 4 and 1900 <= int(n) <= 2100) and bool(_BARE_END.match(text, more.end()))


def _overlaps_taken(taken: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect_left(starts, e)  # spans starting before e; numbered spans do not overlap each other much
    return any(b > s for _, b in taken[max(0, i - 3):i])


def _bare_ok(text: str, m, word: str, n: str) -> bool:
    if word in lx.TYPE_ABBREVIATIONS:
        return not _PERCENT_OR_DECIMAL.match(text, m.end())
    if not word[0].isupper() and _type_word(word) not in _NOUN_TYPES:
        return False  # ``báo cáo 2, 3 lần``, ``kế hoạch 5, 10 năm``: verbs and plans, not papers
    if n.isdigit() and 1900 <= int(n) <= 2100 and len(n) == 4:
        return False
    return bool(_BARE_END.match(text, m.end()))
