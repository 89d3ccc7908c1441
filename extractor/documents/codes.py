"""Document numbers: where they stand in text, and what their codes say.

Three numbering systems (``../shared/reference/README.md``):

- ``party``  ``NN-LL/CQ``: ``08-NQ/TU``, ``08-QĐi/TW``, ``05-QC/BTCTU-BDVTU`` (joint issuers);
  in the wild also ``08 - NQ/TU``, ``858CV/ĐUK`` (hyphen dropped), ``72-NQ-TW`` (``-`` for ``/``).
- ``state``  ``NN/LL-CQ`` and the công văn ``NN/CQ-ĐV``: ``1828/QĐ-UBND``, ``1676/BGDĐT-GDTrH``.
- ``law``    ``NN/YYYY/LL-CQ`` and laws ``NN/YYYY/QHxx``: ``30/2020/NĐ-CP``, ``45/2019/QH14``;
  consolidated texts ``NN/VBHN-CQ``.

>>> d = decode("08-NQ/TU")
>>> d.system, d.type, d.issuer, d.year
('party', 'Nghị quyết', 'Tỉnh ủy', None)
>>> d = decode("45/2019/QH14"); d.system, d.type, d.issuer, d.year, d.term
('law', 'Luật', 'Quốc hội', 2019, 14)
>>> d = decode("1676/BGDĐT-GDTrH"); d.system, d.type, d.issuer
('state', 'Công văn', 'Bộ Giáo dục và Đào tạo')
>>> decode("05-QC/BTCTU-BDVTU").issuer
'Ban Tổ chức Tỉnh ủy, Ban Dân vận Tỉnh ủy'
>>> decode("21/25") is None, decode("12/ABC") is None
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from extractor.documents import lexicon as lx
from extractor.documents.lexicon import LazyPattern

# One code segment: an upper-case letter, then letters (QĐi, TTg, GDTrH), ``&`` (BNN&PTNT)
# and a trailing term number (QH14, UBTVQH15).
_SEG = r"\p{Lu}[\p{L}&]*\d*"
# The ordinal, sometimes with a letter (``30a/2008/NQ-CP``).
_HEAD = r"(?<![\p{L}\d/.\-])\d{1,5}[a-zđ]?"

# A further segment: ``-CP``; OCR and typing also space the hyphen (``TT - BLĐTBXH``), and then the
# segment must look like a code (two capitals), so ``12/QĐ-UBND - Văn phòng`` ends at ``UBND``.
_CODE_SEG = r"(?=\p{Lu}[\p{L}&]*?\p{Lu})" + _SEG
_MORE = rf"(?:-{_SEG}|\s-\s?{_CODE_SEG}|-\s{_CODE_SEG})"
# rule number_law: ``30/2020/NĐ-CP``, ``45/2019/QH14``, ``102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN``,
# ``07/2021/TT - BLĐTBXH``
_LAW = rf"{_HEAD}\s?/\s?(?:19|20)\d\d\s?/\s?{_SEG}{_MORE}*"
# rule number_party: ``08-NQ/TU``, ``08 - NQ/TU``, ``858CV/ĐUK``, ``05-QC/BTCTU-BDVTU``, ``08-NQ/T.Ư``
_DOTTED = r"(?:\p{Lu}\.)+\p{Lu}(?![\p{L}\d])"
_PARTY = rf"{_HEAD}(?:\s?-\s?)?{_SEG}\s?/\s?(?:{_DOTTED}|{_SEG}(?:-{_SEG})*)"
# rule number_state: ``1828/QĐ-UBND``, ``1676/BGDĐT-GDTrH``, ``03/VBHN-VPQH``, ``123/UBND``
# a department's suffix after a dot (``2478/QĐ-UBND.VX``, ``45/UBND.KT``), never a word after a full stop
_UNIT = r"(?:\.\p{Lu}{1,4}(?![\p{L}\d]))?"
_STATE = rf"{_HEAD}\s?/\s?{_SEG}{_MORE}*{_UNIT}"
# rule number_party_dashed: ``72-NQ-TW`` (checked against the code tables in ``decode``)
_DASHED = rf"{_HEAD}-{_SEG}-{_SEG}"

# The ordinal is factored out of the four shapes and opens the pattern with a bare digit, which the
# scan looks for fast; it is read whole, never given back (possessive): every shape goes on with
# neither a digit nor a lower-case letter, so a shorter ordinal never matches where the whole fails.
_FIRST_DIGIT = r"\d(?<![\p{L}\d/.\-]\d)\d{0,4}+[a-zđ]?+"
_NUMBER = rf"{_FIRST_DIGIT}(?:{'|'.join(s.removeprefix(_HEAD) for s in (_LAW, _PARTY, _STATE, _DASHED))})(?![\p{{L}}\d])"
NUMBER = LazyPattern(_NUMBER)
# (on text of the script, `re` scans for the opening digit several times faster)
NUMBER_IN_SCRIPT = lx.in_script_form(_NUMBER)

_CYRILLIC = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
_TERM = LazyPattern(r"^(\p{L}+?)(\d{1,2})$")


# Splitting a number (spaces removed) into its parts.
_UPPER = LazyPattern(r"\p{Lu}")
_LAW_SPLIT = LazyPattern(r"(\d+[a-zđ]?)/((?:19|20)\d\d)/(.+)")
_PARTY_SPLIT = LazyPattern(r"(\d+)-?(\p{L}[\p{L}&]*)/(.+)")
_STATE_SPLIT = LazyPattern(r"(\d+[a-zđ]?)/(.+)")
_DASHED_SPLIT = LazyPattern(r"(\d+)-(\p{L}+)-(\p{L}+)")


@dataclass(frozen=True, slots=True)
class Code:
    number: str
    system: str
    type: str | None
    issuer: str | None
    issuer_codes: tuple[str, ...]
    year: int | None = None
    term: int | None = None


def _plain(code: str) -> str:
    return code.translate(_CYRILLIC)


def _split_term(code: str) -> tuple[str, int | None]:
    m = _TERM.match(code)
    if m and m.group(1) in ("QH", "UBTVQH"):
        return m.group(1), int(m.group(2))
    return code, None


def _issuer_code(code: str, system: str, ocr_u: bool) -> str | None:
    """The table code for a written issuer code (Cyrillic look-alikes, OCR ``Ư`` for ``U``)."""
    c = _plain(code).replace(".", "")
    if c == "TƯ":
        return "TU" if ocr_u else "TW"
    for candidate in (c, c.replace("Ư", "U")):
        if lx.issuer_name(candidate, system):
            return candidate
        canonical = lx.canonical_issuer_code(candidate)
        if canonical:
            return canonical
    return None


def _issuers(segments: list[str], system: str, ocr_u: bool) -> tuple[tuple[str, ...], int | None]:
    """Issuer codes among the segments after the type code; drafting units are dropped."""
    found: list[str] = []
    term = None
    for i, seg in enumerate(segments):
        base, t = _split_term(seg)
        term = term or t
        code = _issuer_code(base, system, ocr_u)
        if code is None:
            if i == 0:
                return (), term
            continue  # a drafting unit (TCLN) or an unknown joint party
        if i > 0 and lx.is_unit(code):
            continue  # a unit suffix (VP, KT, GDTrH)
        found.append(code)
    return tuple(found), term


def _name(codes: tuple[str, ...], system: str) -> str | None:
    names = [lx.issuer_name(c, system) for c in codes]
    names = list(dict.fromkeys(n for n in names if n))
    return ", ".join(names) or None


@lru_cache(maxsize=4096)
def decode(number: str, ocr_u: bool = False, lenient: bool = False) -> Code | None:
    """Split and decode a number; None when it does not have the shape of a document number.

    ``lenient`` (used after ``Công văn số``, ``Quyết định số`` …, where the words already say
    it is a number) keeps numbers whose codes are not in the tables, with what can be read.
    A pure function of a short string, and the same numbers recur across a text: cached.
    """
    n = "".join(number.split())
    if not _UPPER.search(n):
        return None
    code = _decode_known(n, ocr_u)
    if code is None and lenient:
        return _decode_unknown(n)
    return code


def _decode_known(n: str, ocr_u: bool) -> Code | None:
    m = _LAW_SPLIT.fullmatch(n)
    if m:
        return _decode_law(n, int(m.group(2)), m.group(3).split("-"), ocr_u)
    m = _PARTY_SPLIT.fullmatch(n)
    party = _decode_party(n, m.group(2), m.group(3).split("-"), ocr_u) if m else None
    if party:
        return party
    m = _STATE_SPLIT.fullmatch(n)
    if m:
        return _decode_state(n, m.group(2).split("-"), ocr_u)
    m = _DASHED_SPLIT.fullmatch(n)
    if m and _plain(m.group(2)) in lx.PARTY_TYPE_CODES and (
        _issuer_code(m.group(3), "party", ocr_u) in lx.PARTY_ISSUER_CODES
    ):
        return _decode_party(n, m.group(2), [m.group(3)], ocr_u)
    return None


def _decode_law(n: str, year: int, segs: list[str], ocr_u: bool) -> Code | None:
    first, term = _split_term(_plain(segs[0]))
    if first in ("QH", "UBTVQH") and len(segs) == 1:
        number = int(lx.DIGITS.match(n).group())
        kind = "Luật" if first == "QH" else ("Pháp lệnh" if number < 50 else "Nghị quyết")
        return Code(n, "law", kind, lx.issuer_name(first, "law"), (first,), year, term)
    kind = lx.type_of_code(first, "law")
    if kind is None:
        return None
    codes, t = _issuers(segs[1:], "law", ocr_u)
    return Code(n, "law", kind, _name(codes, "law"), codes, year, term or t)


def _decode_party(n: str, type_code: str, segs: list[str], ocr_u: bool) -> Code | None:
    tc = _plain(type_code)
    hyphen = "-" in n.split("/")[0]
    kind = lx.type_of_code(tc, "party")
    if kind is None and hyphen and _plain(segs[0]) == "CTN" and lx.type_of_code(f"{tc}/CTN", "law"):
        return Code(n, "law", lx.type_of_code(f"{tc}/CTN", "law"), lx.issuer_name("QH", "law"), ("QH",))  # 44-L/CTN
    if not hyphen and tc not in lx.PARTY_TYPE_CODES:
        return None  # ``858CV/ĐUK`` only with a known type code
    codes, term = _issuers(segs, "party", ocr_u)
    if kind is None and not codes:
        return None
    return Code(n, "party", kind, _name(codes, "party"), codes, None, term)


def _decode_state(n: str, segs: list[str], ocr_u: bool) -> Code | None:
    first = _plain(segs[0])
    if lx.is_type_code(first, "state") and len(segs) > 1:
        codes, term = _issuers(segs[1:], "state", ocr_u)
        return Code(n, "state", lx.type_of_code(first, "state"), _name(codes, "state"), codes, None, term)
    codes, term = _issuers(segs, "state", ocr_u)
    if not codes:
        return None
    return Code(n, "state", "Công văn", _name(codes, "state"), codes, None, term)


def _decode_unknown(n: str) -> Code:
    """What the shape alone says: the system, and a type when the first code is known."""
    if _LAW_SPLIT.fullmatch(n):
        first = n.split("/")[2].split("-")[0]
        return Code(n, "law", lx.type_of_code(_plain(first), "law"), None, (), int(n.split("/")[1]))
    if _PARTY_SPLIT.fullmatch(n):
        return Code(n, "party", None, None, ())
    segs = n.split("/")[1].split("-")
    kind = lx.type_of_code(_plain(segs[0]), "state") if len(segs) > 1 else None
    codes, term = _issuers(segs[1:], "state", False) if len(segs) > 1 else ((), None)
    return Code(n, "state", kind or "Công văn", _name(codes, "state"), codes, None, term)
