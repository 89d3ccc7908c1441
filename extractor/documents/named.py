"""Named references: documents identified without a number (GUIDE §3).

Rules (each with an example; the tests hold many more):

- ``plenum``: ``Nghị quyết Trung ương 4 khóa XI và khóa XII`` (one mention), ``Nghị quyết Hội nghị
  Trung ương 8, khoá XIII``, ``Nghị quyết TW4``; issuer ``Trung ương`` as written.
- ``identified_by_body``: a type word and a body that carries a congress, plenum or term:
  ``Nghị quyết Đại hội XIII của Đảng``, ``Nghị quyết Đại hội đại biểu Đảng bộ tỉnh … lần thứ XI,
  nhiệm kỳ 2020 - 2025``, ``Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII``,
  ``Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện khóa XXV``.  A plural (``các nghị quyết, kết luận
  của Ban Chấp hành Trung ương khóa XIII``) names no one document and is left out, except for the
  resolutions of one congress or plenum.
- ``charter``: ``Điều lệ Đảng``, ``điều lệ Đoàn``; ``constitution``: ``Hiến pháp năm 2013``,
  ``Hiến pháp`` with a capital (not ``hiến pháp`` as a common noun);
  ``platform``: ``Cương lĩnh xây dựng đất nước … (Cương lĩnh 1991)``.
- ``law_title``: ``Luật Đất đai 2024``, ``Bộ luật Lao động``, ``LUẬT ĐẤT ĐAI``; not ``Luật sư``,
  ``Trường Đại học Luật``, ``kỷ luật``; ``amending_law``: ``Luật sửa đổi, bổ sung một số điều của
  Luật A và Luật B ngày …`` is one reference.
- ``quoted_title``: ``Đề án “Điều động công an chính quy …”``, ``“Đề án bảo vệ …”``; and later the
  same title unquoted (``Kế hoạch thực hiện Đề án bảo vệ …``).
"""

from __future__ import annotations

import re

import regex

from extractor.documents import lexicon as lx
from extractor.documents.attach import (
    CONGRESS_HEAD, ISSUER_AHEAD, KHOA, ORDINAL, PLENUM_HEAD, ROMAN, TERM_YEARS, body_identifiers, date_at, issuer_at,
    terms,
)
from extractor.documents.lexicon import LazyPattern
from extractor.documents.numbered import Found
from extractor.text import parse_roman
from extractor.text import patterns

_TYPE = rf"(?<![\p{{L}}])(?P<type>(?i:{patterns.trie(lx.TYPE_WORDS)}))(?![\p{{L}}])"
_TERMS = (
    rf"(?P<terms>[ \t]*,?[ \t]*(?P<topen>\([ \t]*)?{KHOA}[ \t]+{ROMAN}"
    rf"(?:[ \t]*(?:,|và)[ \t]*(?:{KHOA}[ \t]+)?{ROMAN})*(?(topen)[ \t]*\)))"
)
_TW = r"(?P<tw>Trung\s+ương|Trung\s+Ương|TRUNG\s+ƯƠNG|TW|TƯ|T\.Ư)"

# rule plenum
_TYPE_OR_ABBR = (
    rf"(?<![\p{{L}}])(?P<type>(?i:{patterns.trie(lx.TYPE_WORDS)})|{patterns.alternation(lx.TYPE_ABBREVIATIONS)})"
    r"(?![\p{L}])"
)
_PLENUM_PATTERN = (
    rf"{_TYPE_OR_ABBR}\s+(?:của\s+)?(?:(?i:hội\s+nghị)\s+)?{_TW}\s*(?P<pl>\d{{1,2}}|{ROMAN})(?![\d\p{{L}}])"
    rf"(?P<more>(?:[ \t]*(?:,|và)[ \t]*\d{{1,2}}(?=[ \t]*(?:[,.;()]|và|{KHOA}|$)))*){_TERMS}?"
)
_PLENUM = LazyPattern(_PLENUM_PATTERN, regex.M)
_PLENUM_IN_SCRIPT = lx.in_script_form(_PLENUM_PATTERN, re.M)   # (on text of the script)
# rule identified_by_body
_BY_BODY = LazyPattern(
    rf"{_TYPE}(?:(?P<qual>(?:\s+(?:Chính\s+trị|\p{{Ll}}+)){{0,4}}?)\s+(?P<of>của)\s+"
    rf"|\s+(?:(?P<of>của)\s+)?(?=(?i:đại\s+hội|hội\s+nghị)(?![\p{{L}}]))){ISSUER_AHEAD}"
)
_HAS_BODY_CUE = LazyPattern(r"của|hội")
_ROMAN_WORD = LazyPattern(r"\(?[IVXLC]+\)?")
_ORDINAL_CUE = LazyPattern(rf"lần\s+thứ|{KHOA}\s|nhiệm\s+kỳ")
_ENDS_ROMAN = LazyPattern(rf"{ROMAN}$")
_ENDS_YEAR = LazyPattern(r"(?:19|20)\d\d$")
_SPACE_CAP = LazyPattern(r"[ \t]+\p{Lu}")
_SPACE_TYPE = LazyPattern(rf"\s+{_TYPE}")
_WORD_CHAR = LazyPattern(r"[\p{L}\d]")
_TERM_TAIL = LazyPattern(
    rf"[ \t]*,?[ \t]*(?P<open>\([ \t]*)?(?i:{TERM_YEARS})(?(open)[ \t]*\))"
)
# Type words that are also verbs (``báo cáo``, ``thông báo``, ``kết luận``, ``quyết định``).
_VERB_TYPES = frozenset(
    ("báo cáo", "thông báo", "kết luận", "quyết định", "hướng dẫn", "quy định", "chỉ thị", "quy hoạch")
)
_PLENUM_WORDS = LazyPattern(rf"^(?i:hội\s+nghị)\s*|\s*,?\s*lần\s+thứ\s+{ORDINAL}\s*,?")
_CONGRESS_TERM = LazyPattern(rf"[ \t]+{TERM_YEARS}$")     # (on a single-spaced name)
_COMMA_BODY = LazyPattern(r"[ \t]*,[ \t]*(?=Ban|BCH|Tỉnh|Thành|Huyện|Đảng)")   # then a name (``issuer_at``)
_OF_TAIL = LazyPattern(r"[ \t]+của[ \t]+")
_PLURAL = LazyPattern(
    rf"(?:(?i:các|những|mọi)|\d+)\s+(?:(?i:{patterns.trie(lx.TYPE_WORDS)})\s*(?:,|và)\s*)*$"
)
_PLENUM_HEAD = LazyPattern(rf"(?i:hội\s+nghị)\s+lần\s+thứ\s+{ORDINAL}\s*,?\s*")

# rule charter / constitution / platform / law_title
_CHARTER = LazyPattern(
    r"(?<![\p{L}])(?P<type>(?i:điều\s+lệ))\s+(?:Đảng|đảng|ĐẢNG|Đoàn|ĐOÀN|Công\s+đoàn|Hội\s+\p{Lu}\p{L}*|Mặt\s+trận)"
    r"(?:\s+(?:Cộng\s+sản\s+Việt\s+Nam|TNCS\s+Hồ\s+Chí\s+Minh|Việt\s+Nam))?(?![\p{L}])"
)
# ``Hiến pháp`` with a capital names the Constitution even without a year (``thượng tôn Hiến pháp``)
_CONSTITUTION = LazyPattern(
    r"(?<![\p{L}])(?P<type>Hiến[ \t]+pháp|HIẾN[ \t]+PHÁP)(?:[ \t]+(?:năm[ \t]+|NĂM[ \t]+)?(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|[ \t]+nước[ \t]+Cộng[ \t]+hòa[ \t]+xã[ \t]+hội[ \t]+chủ[ \t]+nghĩa[ \t]+Việt[ \t]+Nam"
    r"(?:[ \t]+năm[ \t]+(?P<y2>(?:19|20)\d\d))?|(?![\p{L}]))"
)
# the platform's title runs to the clause's end when that is near, else it is the key words alone
_PLATFORM = LazyPattern(
    r"(?<![\p{L}])(?P<type>(?i:cương[ \t]+lĩnh))"
    r"(?=[ \t]+(?:chính[ \t]+trị|xây[ \t]+dựng|năm[ \t]+\d|\d{4}|của[ \t]+Đảng))"
    r"(?:[ \t]+(?:năm[ \t]+)?\d{4}(?!\d)|(?:[ \t]+[\p{L}\d-]+){1,14}?(?=[ \t]*(?:[,.;:]|\(|$))"
    r"|[ \t]+(?:chính[ \t]+trị|xây[ \t]+dựng[ \t]+đất[ \t]+nước|năm[ \t]+\d{4}|\d{4}|của[ \t]+Đảng))"
    r"(?:[ \t]*\((?i:cương[ \t]+lĩnh)[^)\n]{0,30}\))?",
    regex.M,
)
_LAW = LazyPattern(
    r"(?<![\p{L}])(?P<type>[Bb]ộ\s+luật|BỘ\s+LUẬT|[Ll]uật|LUẬT|[Pp]háp\s+lệnh|PHÁP\s+LỆNH)\s+"
    r"(?!(?:Sư|SƯ|Gia|GIA|Học|HỌC|Khoa(?![ \t]+học)|KHOA(?![ \t]+HỌC)|Việt|Quốc|Đảng|ĐẢNG|Nhà\s+nước|Hình\s+sự\s+Việt)(?![\p{L}]))"
    r"(?P<title>\p{Lu}\p{L}*)"
)
_NOT_LAW_BEFORE = LazyPattern(
    r"(?:Đại\s+học|Khoa|Học\s+viện|Viện|Vụ|Cử\s+nhân|Thạc\s+sĩ|Tiến\s+sĩ|Tạp\s+chí|Báo|ngành|Pháp|"
    r"Trường|Nhà\s+xuất\s+bản|Công\s+ty|Văn\s+phòng|Đoàn|Hội|kỷ|Kỷ|pháp)\s+$"
)
_LAW_COMMA = LazyPattern(r",[ \t]+(?P<w>\p{Ll}+)")
_LAW_WORD = LazyPattern(r"[ \t]+(?:\p{Lu}\p{L}*|\p{Ll}+|\(sửa[ \t]+đổi(?:,[ \t]*bổ[ \t]+sung)?\))")
_LAW_STOP = frozenset((
    "ngày", "số", "của", "đã", "được", "về", "có", "là", "thì", "mà", "để", "nhằm", "cho", "tại", "trong",
    "với", "theo", "khi", "này", "đó", "vào", "từ", "đến", "tới", "trên", "hiện", "sẽ", "đang",
    "không", "cũng", "như", "các", "những", "mới", "phải", "bị", "ra", "nêu", "đều", "giúp", "góp",
    "sau", "trước", "nay", "và", "hoặc", "cần", "vừa", "chưa", "luôn", "thực", "triển", "áp", "tạo",
    "đi", "lên", "rất", "còn", "người", "cùng", "nhiều", "ít", "gồm", "trình", "sửa", "bổ", "tiếp",
))
# Two-word stops: the verb after a title (``Luật Đất đai quy định``, ``thông qua``).
_LAW_STOP2 = LazyPattern(r"[ \t]+(?:quy[ \t]+định|ban[ \t]+hành|thông[ \t]+qua|hướng[ \t]+dẫn|có[ \t]+hiệu)(?![\p{L}])")
# ``và`` and up to four lower-case words that end the title (a comma, the line's end, the date or
# number after it): the second half of a title (``Luật Hôn nhân và gia đình,``), not a clause.
_LOWER_PART = LazyPattern(
    r"(?:[ \t]+(?!(?:ngày|năm|số)(?![\p{L}]))\p{Ll}+){1,4}"
    r"(?=[ \t]*(?:[,.;:)]|$|\n)|[ \t]+(?:ngày|năm|số|\()|[ \t]+(?:19|20)\d\d(?!\d))",
    regex.M,
)
# (function words end it; syllables of content words such as ``phát triển`` do not)
_VA_STOP = _LAW_STOP - {"triển", "thực", "tạo", "người", "áp", "góp", "giúp", "tiếp", "trình", "sửa", "bổ", "đi", "lên", "mới"}
_LAW_YEAR = LazyPattern(r"[ \t]+(?:năm[ \t]+)?(?P<y>(?:19|20)\d\d)(?![\d/-])")

# rule quoted_title
# (``chương trình “…”`` and ``dự án “…”`` are as often events and building works: left out)
_QTYPES = r"(?i:đề\s+án|kế\s+hoạch|chiến\s+lược|quy\s+hoạch)"
# (both are tried at the opening quotes only)
_QUOTED_AFTER = LazyPattern(rf"(?<![\p{{L}}])(?P<type>{_QTYPES})\s+$")
_QUOTED_TITLE = LazyPattern(r"[“\"](?P<title>[^”\"\n]{8,250})[”\"]")
_QUOTED_AROUND = LazyPattern(rf"[“\"](?P<type>{_QTYPES})\s+(?P<title>[^”\"\n]{{8,250}})(?=[”\"])")


def _type(word: str) -> str | None:
    return lx.TYPE_ABBREVIATIONS.get(word) or lx.TYPE_WORDS.get(" ".join(word.lower().split()), word) or None


def _with_date(text: str, found: Found) -> Found:
    got = date_at(text, found.end)
    if got:
        found.end, found.date = got
    return found


def _at(rx, text: str, starts: list[int]):
    """Matches of ``rx`` anchored at the given type-word positions (one scan serves all rules)."""
    for pos in starts:
        m = rx.match(text, pos)
        if m:
            yield m


def find_plenums(text: str, starts: list[int], in_script: bool) -> list[Found]:
    out = []
    for m in _at(_PLENUM_IN_SCRIPT if in_script else _PLENUM, text, starts):
        pl = m.group("pl")
        plenum = int(pl) if pl.isdigit() else parse_roman(pl)
        if not plenum or plenum > 30:
            continue
        more = [int(d) for d in lx.DIGITS.findall(m.group("more"))]  # ``Trung ương 4, 5 và 6 khóa XII``
        extra = {"system": "party", "plenum": [plenum, *more] if more else plenum}
        term = terms(m.group("terms") or "")
        if term:
            extra["term"] = term
        issuer = " ".join(m.group("tw").split())
        out.append(_with_date(text, Found(m.start(), m.end(), None, None, _type(m.group("type")), issuer, None, extra)))
    return out


def _has_identifier(issuer: str, term_tail: bool) -> bool:
    words = issuer.split()
    roman = any(parse_roman(w.strip("()")) for w in words[1:] if _ROMAN_WORD.fullmatch(w))
    return term_tail or roman or bool(_ORDINAL_CUE.search(issuer))


def _committee(issuer: str) -> str | None:
    """``Hội nghị lần thứ tư Ban Chấp hành … khóa XIII`` → the committee, without the plenum."""
    rest = _PLENUM_WORDS.sub(" ", issuer)
    rest = " ".join(rest.split()).strip(" ,")
    return rest or None


def find_by_body(text: str, starts: list[int], low: str) -> list[Found]:
    # the rule needs ``của`` or a congress/plenum (``hội``) soon after the type word: a cheap test first
    # (``low``: ``text.lower()``, when that keeps the length)
    if len(low) == len(text):
        starts = [p for p in starts if low.find("của", p, p + 80) >= 0 or low.find("hội", p, p + 80) >= 0]
    else:
        starts = [p for p in starts if _HAS_BODY_CUE.search(text[p:p + 80].lower())]
    return [f for f in (_body_ref(text, m) for m in _at(_BY_BODY, text, starts)) if f]


def _body_ref(text: str, m) -> Found | None:
    """One ``identified_by_body`` reference, or None when the body identifies no document."""
    kind = _type(m.group("type"))
    if not kind or (not m.group("of") and m.group("type").lower() in _VERB_TYPES and m.group("type")[0].islower()):
        return None  # ``đã báo cáo Hội nghị lần thứ 8`` is the verb
    iss, end = issuer_at(text, m.end())
    congress = CONGRESS_HEAD.match(iss) is not None
    plenum = PLENUM_HEAD.match(iss) is not None
    iss, end = _extend_body(text, iss, end, congress, plenum)
    term_tail = _TERM_TAIL.match(text, end)
    if not _has_identifier(iss, bool(term_tail)):
        return None
    if not (congress or plenum) and _PLURAL.search(text[max(0, m.start() - 60):m.start()]):
        return None
    if term_tail:
        end = term_tail.end()
    body = " ".join(iss.split())
    extra = {"system": "party"} | body_identifiers(body)
    issuer = _committee(body) if plenum else _CONGRESS_TERM.sub("", body) if congress else body
    return _with_date(text, Found(m.start(), end, None, None, kind, issuer, None, extra))


def _extend_body(text: str, iss: str, end: int, congress: bool, plenum: bool) -> tuple[str, int]:
    """``Đại hội XIII`` + ``của Đảng``; ``Hội nghị lần thứ Tám`` + ``, Ban Chấp hành …``."""
    if congress and _ENDS_ROMAN.search(iss):
        of = _OF_TAIL.match(text, end)
        named = of and issuer_at(text, of.end())
        if named:
            return f"{iss} của {named[0]}", named[1]
    if plenum and _PLENUM_HEAD.fullmatch(iss + " "):
        more = _COMMA_BODY.match(text, end)
        named = more and issuer_at(text, more.end())
        if named:
            return f"{iss}, {named[0]}", named[1]
    return iss, end


def find_titles(text: str, starts: list[int], low: str) -> list[Found]:
    """``low`` is ``text.lower()``: each rule scans the text only when the words it needs are there
    (in lower case; when lowering changes the length, ``İ`` matching ``i``, every rule scans)."""
    out = []
    every = len(low) != len(text)
    if every or "điều" in low:
        for m in _CHARTER.finditer(text):
            out.append(Found(m.start(), m.end(), None, None, "Điều lệ", None, None, {"system": "party"}))
    if "Hiến" in text or "HIẾN" in text:
        for m in _CONSTITUTION.finditer(text):
            year = m.group("y") or m.group("y2")
            extra = {"system": "law"} | ({"year": int(year)} if year else {})
            out.append(Found(m.start(), m.end(), None, None, "Hiến pháp", None, None, extra))
    if every or "cương" in low:
        for m in _PLATFORM.finditer(text):
            out.append(Found(m.start(), m.end(), None, None, "Cương lĩnh", None, None, {"system": "party"}))
    out.extend(_quoted(text, starts))
    out = [_with_date(text, f) for f in out]
    if not _may_name_law(text):
        return out
    laws = [_with_date(text, f) for f in _laws(text)]
    return out + laws + (_amending(text, laws) if laws and "sửa" in text else [])


def _may_name_law(text: str) -> bool:
    """What ``_LAW`` needs: ``luật`` or ``lệnh`` (any case) and, past the spaces after it, a capital
    (``pháp luật về …``, ``kỷ luật đảng`` name no law); a space other than `` `` or ``\n`` is let through."""
    for needle in ("uật", "UẬT", "lệnh", "LỆNH"):
        i = text.find(needle)
        while i >= 0:
            j = k = i + len(needle)
            while text[k:k + 1] in (" ", "\n"):
                k += 1
            c = text[k:k + 1]
            if c.isspace() or k > j and c and not (c.islower() or c.isascii() and not c.isupper()):
                return True
            i = text.find(needle, k)
    return False


# rule amending_law: ``Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
# chính quyền địa phương ngày 22 tháng 11 năm 2019`` is one law, spanning the laws it amends.
_AMENDING = LazyPattern(
    r"(?<![\p{L}])(?P<type>[Ll]uật|LUẬT|[Bb]ộ[ \t]+luật)[ \t]+sửa[ \t]+đổi(?:,?[ \t]*bổ[ \t]+sung)?"
    r"(?:[ \t]+một[ \t]+số[ \t]+điều)?(?:[ \t]+của)?(?:[ \t]+các)?[ \t]+(?=[Ll]uật|LUẬT|[Bb]ộ[ \t]+luật)"
)
_LAW_JOIN = LazyPattern(r"[ \t]*(?:,|và)[ \t]*")


def _amending(text: str, laws: list[Found]) -> list[Found]:
    by_start = {f.start: f for f in laws}
    out = []
    for m in _AMENDING.finditer(text):
        last = by_start.get(m.end())
        while last is not None:
            j = _LAW_JOIN.match(text, last.end)
            following = by_start.get(j.end()) if j and last.date is None else None
            if following is None:
                break
            last = following
        if last is not None:
            found = Found(m.start(), last.end, None, None, _type(m.group("type")), None, last.date, {"system": "law"})
            out.append(found)
    return out


def _laws(text: str) -> list[Found]:
    out = []
    for m in _LAW.finditer(text):
        if _NOT_LAW_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        end = _law_title_end(text, m.end())
        extra: dict = {"system": "law"}
        year = _ENDS_YEAR.search(text, m.start(), end)
        if year:
            extra["year"] = int(year.group())
        out.append(Found(m.start(), end, None, None, _type(m.group("type")), None, None, extra))
    return out


def _law_title_end(text: str, end: int) -> int:
    """Where a law's title ends: before a verb or function word, after a year (``Luật Đất đai 2024``).

    A comma early in the title continues it (``Luật Cán bộ, công chức``, ``Luật Phòng, chống tham
    nhũng``); ``và`` joins two capitalised parts (``Luật Tổ chức Hội đồng nhân dân và Ủy ban …``).
    """
    lower, words, comma = 0, 1, False
    while True:
        y = _LAW_YEAR.match(text, end)
        if y:
            return y.end()
        c = _LAW_COMMA.match(text, end)
        if c and words <= 2 and not comma and c.group("w").lower() not in _LAW_STOP:
            end, comma, words = c.end(), True, words + 1
            continue
        w = _LAW_WORD.match(text, end)
        if not w or _LAW_STOP2.match(text, end):
            return end
        word = w.group().strip()
        if word == "và" and _SPACE_CAP.match(text, w.end()) and not _starts_type(text, w.end()):
            end = w.end()
            continue
        if (word == "và" and not _starts_type(text, w.end()) and (tail := _LOWER_PART.match(text, w.end()))
                and not _VA_STOP & set(tail.group().split())):
            end, words = tail.end(), 99  # ``Luật Hôn nhân và gia đình``, ``Luật Phòng cháy và chữa cháy ngày …``
            continue
        if word.lower() in _LAW_STOP or (word[0].islower() and (lower := lower + 1) > 10):
            return end
        if word[0].isupper() and _starts_type(text, w.start()):
            return end
        end, words = w.end(), words + 1


def _starts_type(text: str, pos: int) -> bool:
    return bool(_SPACE_TYPE.match(text, pos))


_QTYPE_START = LazyPattern(rf"(?<![“\"\p{{L}}])(?P<type>{_QTYPES})\s+")


def _quoted(text: str, starts: list[int]) -> list[Found]:
    out: list[Found] = []
    titles: dict[str, str] = {}
    for q in _opening_quotes(text):
        around = _QUOTED_AROUND.match(text, q)
        if around:
            kind, title = around.group("type"), around.group("title")
            out.append(Found(around.start("type"), around.end("title"), None, None, _type(kind), None, None, {}))
        else:
            before = _QUOTED_AFTER.search(text, max(0, q - 30), q)
            quoted = _QUOTED_TITLE.match(text, q) if before else None
            if not quoted:
                continue
            kind, title = before.group("type"), quoted.group("title")
            out.append(Found(before.start(), quoted.end(), None, None, _type(kind), None, None, {}))
        title = " ".join(title.split())
        if len(title.split()) >= 4:
            titles[title.casefold()] = kind
    if titles:
        out.extend(_titles_again(text, titles, starts))
    return out


def _opening_quotes(text: str):
    for quote in "“\"":
        i = text.find(quote)
        while i >= 0:
            yield i
            i = text.find(quote, i + 1)


def _titles_again(text: str, titles: dict[str, str], starts: list[int]) -> list[Found]:
    """A title the text has quoted, named again without quotes after its type word."""
    out = []
    longest = max(len(t) for t in titles)
    for m in filter(None, (_QTYPE_START.match(text, p) for p in starts)):
        ahead = " ".join(text[m.end():m.end() + longest + 40].split()).casefold()
        for title in titles:
            if ahead.startswith(title) and not _WORD_CHAR.match(ahead, len(title)):
                end = _end_of_words(text, m.end(), len(title.split()))
                out.append(Found(m.start(), end, None, None, _type(m.group("type")), None, None, {}))
                break
    return out


def _end_of_words(text: str, pos: int, count: int) -> int:
    words = regex.compile(r"\S+").finditer(text, pos)
    end = pos
    for _, w in zip(range(count), words):
        end = w.end()
    return end
