"""What a reference carries after its core: a date of issue and an issuer (GUIDE §3).

``Nghị quyết 08-NQ/TU ngày 25/11/2021 của Tỉnh ủy`` — the core ends at the number; the tail
``ngày 25/11/2021 của Tỉnh ủy`` is part of the mention.  Dates are parsed here with a small
local parser (full dates only), so the documents pass does not depend on the dates pass.

>>> t = "theo Nghị quyết 08-NQ/TU ngày 25/11/2021 của Tỉnh ủy về du lịch"
>>> tail = read_tail(t, t.index(" ngày"))
>>> tail.date, tail.issuer, t[tail.end:]
('2021-11-25', 'Tỉnh ủy', ' về du lịch')
>>> t = "Quyết định số 587/QĐ-TTg ngày 09 tháng 5 năm 2023 của Thủ tướng Chính phủ phê duyệt"
>>> tail = read_tail(t, t.index(" ngày")); tail.date, tail.issuer
('2023-05-09', 'Thủ tướng Chính phủ')
>>> issuer_at("Ban Pháp chế và Ban Kinh tế Hội đồng nhân dân huyện và các đại biểu", 0)[0]
'Ban Pháp chế và Ban Kinh tế Hội đồng nhân dân huyện'
>>> issuer_at("Bộ Chính trị khóa XI “Về phương hướng”", 0)[0]
'Bộ Chính trị khóa XI'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from extractor.documents import lexicon as lx
from extractor.documents.lexicon import LazyPattern
from extractor.text import parse_roman, parse_words
from extractor.text import patterns

ROMAN = r"[IVXLC]{1,7}(?![\p{L}\d])"
KHOA = r"(?:[Kk]hóa|[Kk]hoá|KHÓA|KHOÁ)"
# An ordinal after ``lần thứ`` / ``Hội nghị``: 13, XIII, tư, Tám, mười hai.
ORDINAL_WORDS = ("nhất", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
                 "mười một", "mười hai", "mười ba", "mười bốn", "mười lăm", "mười sáu", "mười bảy",
                 "mười tám", "mười chín", "hai mươi")
ORDINAL = rf"(?:\d{{1,2}}(?!\d)|{ROMAN}|(?i:{patterns.trie(ORDINAL_WORDS)})(?![\p{{L}}]))"

# rule date_of_issue: ``ngày 25/11/2021``, ``ngày 30-5-2019``, ``ngày 04 tháng 10 năm 2021``, ``ngày 9.1.2024``;
# a day without a year (``ngày 25/11``) is kept in the span, its value left to the dates pass.
# ``(25/11/2021)`` in brackets needs no ``ngày``; ``ký ngày``, ``ban hành ngày`` are part of it.
_DATE = LazyPattern(
    r"[ \t]*,?[ \t]*(?P<open>\([ \t]*)?(?:(?:ký[ \t]+)?(?:ban[ \t]+hành[ \t]+)?(?:ngày|Ngày|NGÀY)[ \t]+|(?(open)(?P<bare>)|(?!)))"
    r"(?:(?P<d>\d{1,2})[ \t]*(?P<sep>[/.-])[ \t]*(?P<m>\d{1,2})(?:[ \t]*(?P=sep)[ \t]*(?P<y>\d{4}))?"
    r"|(?P<d2>\d{1,2})[ \t]+tháng[ \t]+(?P<m2>\d{1,2})(?:[ \t]*,?[ \t]*năm[ \t]+(?P<y2>\d{4}))?)"
    r"(?![\d/])(?(open)[ \t]*\))"
    # a bare bracketed date closing its line is a related link's stamp, not the date of issue
    # (``Tỉnh ủy tổng kết Nghị quyết số 09-NQ/TU (10/11/2025)`` in a `Tin liên quan` list)
    r"(?(bare)(?![ \t]*(?:\r?\n|\r|$)))"
)

# Words of bodies' names (``documents_org_words.tsv``): two-syllable words written with a
# capital first syllable (``Chính trị``, ``Thủ tướng``: the lower-case syllable may follow only
# its own first one, so ``Tỉnh ủy Bắc Giang tổ chức`` stops before the verb), lower-case words
# of sentence-case names (``Ủy ban nhân dân tỉnh``), and lower-case heads (``của cấp ủy``).
# A name and its tail stay on one line: spaces, not line breaks, join their words.
_SP = r"[ \t]+"
ORG_PAIRS = tuple(lx.org_words("pair"))
ORG_LOWER = tuple(lx.org_words("lower"))
ORG_HEADS = tuple(lx.org_words("head"))

# A capitalised word of a name; not a type word that starts the next reference or clause
# (``của Bộ Chính trị và Kế hoạch số …``), though ``Sở Kế hoạch và Đầu tư`` is a name.
_CLAUSE_STARTS = ("Nghị quyết", "Nghị định", "Chỉ thị", "Quyết định", "Hướng dẫn", "Thông báo", "Thông tư",
                  "Thông tri", "Chương trình", "Luật", "Đề án", "Điều lệ", "Quy định", "Quy chế", "Kết luận",
                  "Công văn", "Tờ trình", "Báo cáo", "Về", "Căn cứ", "Theo", "Thực hiện", "Số", "Ngày")
# (in any case: a headline in capitals, ``… CỦA BỘ CHÍNH TRỊ VÀ KẾT LUẬN SỐ …``, ends the name too)
_NOT_NAME_START = (
    r"(?!(?i:(?<!(?:Sở|Bộ|Phòng|Vụ)[ \t]+)Kế[ \t]+hoạch)(?![\p{L}]))"
    rf"(?!(?i:{patterns.trie(_CLAUSE_STARTS, _SP)})(?![\p{{L}}]))"
)
_WORD = r"(?=\p{Lu})" + _NOT_NAME_START + r"\p{Lu}[\p{L}&]*\d*(?![\p{L}\d])"
# (as tries: a word list shares its first letters; where one word extends another, ``tỉnh`` and
# ``tỉnh ủy``, the longer is tried first, as in a list sorted longest first)
_PAIR = rf"(?:{patterns.trie(ORG_PAIRS, _SP)})(?![\p{{L}}])"
_LOWER = rf"(?:{patterns.trie(ORG_LOWER, _SP)})(?![\p{{L}}])"
_HEAD = rf"(?:{patterns.trie(ORG_HEADS, _SP)})(?![\p{{L}}])"
# (a capital first: the clause-start look-aheads are skipped for every lower-case word a name meets)
_NAME_WORD = rf"(?=\p{{Lu}}){_NOT_NAME_START}(?:{_PAIR}|\p{{Lu}}[\p{{L}}&]*\d*(?![\p{{L}}\d]))"
# A term of office, ``nhiệm kỳ 2020 - 2025``: in a body's name, after a congress, closing its name.
TERM_YEARS = r"nhiệm[ \t]+kỳ[ \t]+\d{4}[ \t]*-[ \t]*\d{4}"
_TERM = rf"[ \t]+{TERM_YEARS}"
# ``Hội nghị Trung ương 4``: a plenum number right after Trung ương / TW
_PLENUM_NO = r"(?<=Trung[ \t]+ương|Trung[ \t]+Ương|TW|TƯ)[ \t]*\d{1,2}(?![\d\p{L}/.,])"
_EXT = (
    rf"(?:[ \t]+{KHOA}[ \t]+{ROMAN}|[ \t]*\([ \t]*{KHOA}[ \t]+{ROMAN}[ \t]*\)|[ \t]+lần[ \t]+thứ[ \t]+{ORDINAL}|{_TERM}"
    # (a comma inside a name: ``Bộ Văn hóa, Thể thao và Du lịch``, a two-syllable word, ``và``, a capital)
    rf"|(?:[ \t]+và[ \t]+|[ \t]*-[ \t]*|[ \t]+|,[ \t]+(?=\p{{Lu}}\p{{Ll}}*[ \t]+\p{{Ll}}+[ \t]+và[ \t]+\p{{Lu}}))"
    rf"{_NAME_WORD}|[ \t]+{_LOWER}|{_PLENUM_NO})"
)
# The name pattern is big (every word list of bodies' names), so it is compiled once, here:
# other patterns end with ``ISSUER_AHEAD`` (a name can start here) and call ``issuer_at``.
# (The name word is written out twice: a ``(?&nw)`` call would compile faster but match 3× slower.)
_ISSUER = LazyPattern(rf"(?:{_HEAD}|{_NAME_WORD})(?:{_EXT}){{0,16}}")
ISSUER_AHEAD = rf"(?={_HEAD}|{_WORD})"
# rule issuer_of: ``của Tỉnh ủy``; a plenum in apposition needs no ``của``
# (``Nghị quyết số 29-NQ/TW ngày 17/11/2022 Hội nghị lần thứ sáu Ban Chấp hành …``).
# (Where the words before it leave one place for a name, ``issuer_at`` there tells whether a name
# starts: a pattern need not carry ``ISSUER_AHEAD``, which costs 8 ms to compile each time.)
_OF_ISSUER = LazyPattern(
    r"[ \t]*,?[ \t]+(?:(?:của|CỦA)[ \t]+|(?=(?i:hội[ \t]+nghị)[ \t]+(?:lần[ \t]+thứ|Trung[ \t]+ương|TW)))"
)


@dataclass(slots=True)
class Tail:
    end: int
    date: str | None = None
    issuer: str | None = None
    has_date: bool = False


def iso_date(day: str, month: str, year: str | None) -> str | None:
    if not year:
        return None
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


_DATE_OPENINGS = ("(", "ký", "ban", "ngày", "Ngày", "NGÀY")


def _next_words(text: str, pos: int) -> str:
    """A short look at what follows ``pos`` past spaces and a comma (short when the spaces run on)."""
    head = text[pos:pos + 24].lstrip(" \t")
    return head[1:].lstrip(" \t") if head.startswith(",") else head


def date_at(text: str, pos: int) -> tuple[int, str | None] | None:
    """A ``ngày …`` date starting at ``pos``: (end, ISO value or None when it has no year)."""
    head = _next_words(text, pos)
    if len(head) > 4 and not head.startswith(_DATE_OPENINGS):
        return None     # (most references are followed by no date: what ``_DATE`` opens with, first)
    m = _DATE.match(text, pos)
    if not m:
        return None
    if m.group("d"):
        return m.end(), iso_date(m.group("d"), m.group("m"), m.group("y"))
    return m.end(), iso_date(m.group("d2"), m.group("m2"), m.group("y2"))


def issuer_at(text: str, pos: int) -> tuple[str, int] | None:
    """The name of a body starting at ``pos`` and where it ends (never on ``và`` or ``-``)."""
    m = _ISSUER.match(text, pos)
    if not m:
        return None
    end = m.end()
    if text[end - 1:end] == "-" or text[end - 2:end].lower() == "và":   # (what ``_LOOSE_TAIL`` ends with)
        loose = _LOOSE_TAIL.search(text, pos, end)
        if loose and loose.start() > pos:
            end = loose.start()
    return " ".join(text[pos:end].split()), end


_LOOSE_TAIL = LazyPattern(r"(?:[ \t]+(?i:và)|[ \t]*-)+$")


def is_issuer(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is exactly a body's name (``Bộ Chính trị`` before ``số``)."""
    return _ISSUER.fullmatch(text, start, end) is not None


def read_tail(text: str, pos: int) -> Tail:
    """The directly attached date and ``của`` issuer after ``pos``, in either order."""
    tail = Tail(pos)
    for _ in range(2):
        got = date_at(text, tail.end)
        if got and not tail.has_date:
            tail.end, tail.date, tail.has_date = got[0], got[1], True
            continue
        m = _OF_ISSUER.match(text, tail.end)
        if m and tail.issuer is None and (got := issuer_at(text, m.end())):
            tail.issuer, tail.end = got
            if not tail.has_date:
                _finish_name(text, tail)
            continue
        break
    return tail


# The second syllable of a name's last word that the word lists lack (``Tổng công ty Bưu điện``)
# is told by the date right after it: ``… Bưu`` + ``điện ngày 3/3/2024``.
_SYLLABLE = LazyPattern(r"[ \t]+\p{Ll}+(?![\p{L}\d])")
_ENDS_CAPITAL = LazyPattern(r"(?<![\p{L}])\p{Lu}\p{Ll}*$")


def _finish_name(text: str, tail: Tail) -> None:
    if date_at(text, tail.end) or not _ENDS_CAPITAL.search(tail.issuer):
        return
    syllable = _SYLLABLE.match(text, tail.end)
    if syllable and date_at(text, syllable.end()):
        tail.issuer = f"{tail.issuer} {syllable.group().strip()}"
        tail.end = syllable.end()


_ROMAN_RX = LazyPattern(ROMAN)
CONGRESS_HEAD = LazyPattern(r"(?i:đại\s+hội)(?![\p{L}])")
PLENUM_HEAD = LazyPattern(r"(?i:hội\s+nghị)(?![\p{L}])")


def ordinal_value(s: str) -> int | None:
    """``13`` → 13, ``XIII`` → 13, ``tư`` → 4, ``Tám`` → 8."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    if _ROMAN_RX.fullmatch(s):
        return parse_roman(s)
    low = s.lower()
    if low == "nhất":
        return 1
    value = parse_words(low)
    return int(value) if value else None


_CONGRESS_NUM = LazyPattern(
    rf"(?i:đại\s+hội)\s+(?:(?i:đại\s+biểu|toàn\s+quốc)\s+)*(?P<r>{ROMAN})|(?i:lần\s+thứ)\s+(?P<o>{ORDINAL})"
)
_PLENUM_NUM = LazyPattern(
    rf"(?i:hội\s+nghị)\s+(?:(?i:lần\s+thứ)\s+)?(?P<o>{ORDINAL})|(?i:lần\s+thứ)\s+(?P<o>{ORDINAL})"
    r"|(?:Trung\s+ương|Trung\s+Ương|TW|TƯ)\s*(?P<o>\d{1,2})(?!\d)"
)
_KHOA_NUM = LazyPattern(rf"{KHOA}\s+(?P<r>{ROMAN})")


def terms(s: str) -> int | list[int] | None:
    """``khóa XI`` → 11; ``khóa XI và khóa XII``, ``khóa XI, XII`` → [11, 12]."""
    first = _KHOA_NUM.search(s)
    if not first:
        return None
    values = [parse_roman(r) for r in _ROMAN_RX.findall(s, first.start())]
    values = [v for v in values if v]
    return (values[0] if len(values) == 1 else values) if values else None


def body_identifiers(issuer: str) -> dict:
    """``Đại hội XIII`` → congress 13; ``Hội nghị lần thứ sáu … khóa XII`` → plenum 6, term 12."""
    extra: dict = {}
    if CONGRESS_HEAD.match(issuer):
        c = _CONGRESS_NUM.search(issuer)
        if c:
            extra["congress"] = parse_roman(c.group("r")) if c.group("r") else ordinal_value(c.group("o"))
    elif PLENUM_HEAD.search(issuer):
        p = _PLENUM_NUM.search(issuer)
        if p and ordinal_value(p.group("o")):
            extra["plenum"] = ordinal_value(p.group("o"))
    term = terms(issuer)
    if term:
        extra["term"] = term
    return extra
