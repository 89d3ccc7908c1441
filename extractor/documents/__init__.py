"""Document references (GUIDE §3): numbered and named Party, State and legal documents.

``find`` runs the numbered rules (``numbered.py``: codes decoded by ``codes.py``), then the
named ones (``named.py``), and keeps one reference per stretch of text: where two overlap,
numbered before named, then the one that starts first, then the longer.

>>> [(d.number, d.type, d.issuer, d.date) for d in find("Nghị quyết 08-NQ/TU ngày 25/11/2021 của Tỉnh ủy")]
[('08-NQ/TU', 'Nghị quyết', 'Tỉnh ủy', '2021-11-25')]
>>> [(d.number, d.type, d.issuer) for d in find("Quy định số 37-QĐ/TW và Nghị quyết Đại hội XIII của Đảng")]
[('37-QĐ/TW', 'Quy định', 'Trung ương'), (None, 'Nghị quyết', 'Đại hội XIII của Đảng')]
"""

from __future__ import annotations

from bisect import bisect_left

from extractor.documents import lexicon as lx
from extractor.documents import named, numbered
from extractor.documents.lexicon import LazyPattern
from extractor.documents.numbered import Found
from extractor.model import DocumentRef
from extractor.text import script

# OCR that reads U as Ư (``ƯBND``, ``ƯỶ BAN``, ``BTCTƯ``) also turns ``/TU`` into ``/TƯ``.
_OCR_U = LazyPattern(r"(?<![\p{L}])(?:ƯỶ\s+BAN|ƯỦY\s+BAN)(?![\p{L}])")
_CAPS_WITH_U_HORN = LazyPattern(r"(?<![\p{L}])\p{Lu}*Ư\p{Lu}*(?![\p{L}])")


def _ocr_u(text: str) -> bool:
    """Whether the text shows OCR reading U as Ư: a code that is known once Ư is read as U."""
    if "Ư" not in text:
        return False
    if _OCR_U.search(text):
        return True
    words = set()
    i = text.find("Ư")
    while i >= 0:
        words.update(m.group() for m in _CAPS_WITH_U_HORN.finditer(text, max(0, i - 20), i + 20)
                     if m.start() <= i < m.end())
        i = text.find("Ư", i + 1)
    return any(w != "TƯ" and lx.canonical_issuer_code(w.replace("Ư", "U")) for w in words)


def find(text: str) -> list[DocumentRef]:
    """All document references in normalised ``text``; ``number_span`` set where numbered.

    Patterns compile on first use; an empty text compiles them all (``extract("")`` is how a
    batch prepares the passes before forking its workers)."""
    if not text:
        LazyPattern.compile_all()
        return []
    ocr_u = _ocr_u(text)
    low = text.lower()
    in_script = script.in_script(text)
    starts = numbered.type_starts(text, low, in_script)
    found = numbered.find_numbered(text, ocr_u, starts, in_script)
    plenums = named.find_plenums(text, starts, in_script)
    by_body = named.find_by_body(text, starts, low)
    numbers = {n for f in plenums + by_body for n in _as_list(f.extra.get("plenum"))}
    taken = [(f.start, f.end) for f in found]
    found += numbered.find_bare(text, taken, numbers, starts, in_script)
    found += plenums + by_body + named.find_titles(text, starts, low)
    return [_ref(f) for f in _settle([_trimmed(text, f) for f in found])]


def _as_list(plenum) -> list[int]:
    """``plenum`` is one number, or a list for ``Trung ương 4, 5 và 6``."""
    return plenum if isinstance(plenum, list) else [plenum] if plenum else []


# A mention never ends on a connector or a separator (``Luật A và``, ``Nghị quyết số 08,``).
_CONNECTORS = ("và", "hoặc", "của", "với", "cùng", "các")
_LOOSE_END = LazyPattern(rf"(?:\s*[,;:]|\s+(?:{'|'.join(_CONNECTORS)}))+\s*$")


def _trimmed(text: str, f: Found) -> Found:
    if not text[f.start:f.end].rstrip().endswith((",", ";", ":", *_CONNECTORS)):
        return f        # (what the pattern needs at the end: most mentions have none of it)
    m = _LOOSE_END.search(text, f.start, f.end)
    if m and m.start() > f.start:
        f.end = m.start()
    return f


def _settle(found: list[Found]) -> list[Found]:
    """Numbered references first (earliest, then longest), then named ones in the gaps."""
    starts: list[int] = []
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.number_span is None, f.start, -(f.end - f.start))):
        i = bisect_left(starts, f.start)
        if (i > 0 and kept[i - 1].end > f.start) or (i < len(kept) and kept[i].start < f.end):
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept


def _ref(f: Found) -> DocumentRef:
    extra = dict(f.extra)
    if "year" not in extra and f.date:
        extra["year"] = int(f.date[:4])
    return DocumentRef(start=f.start, end=f.end, number=f.number, type=f.type, issuer=f.issuer,
                       date=f.date, extra=extra, number_span=f.number_span)
