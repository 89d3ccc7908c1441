"""One extraction: normalise, run the passes, settle overlaps, map offsets back.

Passes see only the normalised text and return entities with offsets into it.
Settling rules (between lists; each pass settles its own list internally):

- ``date_in_document_number``: a date inside a document's number (``15/2020/NĐ-CP``)
  is not a date.  A date elsewhere in the reference (``ngày 25/11/2021``) stays a
  date and becomes the document's ``date`` when the pass did not set one.
- ``figure_in_date_or_document``: a figure overlapping a date, or the number of a
  document reference, is not a figure (``08-NQ/TU``, ``năm 2023``).
- ``figure_in_official``: a figure inside an official's mention name is not a figure.
"""

from __future__ import annotations

from collections.abc import Iterable

from extractor import dates as dates_pass
from extractor import documents as documents_pass
from extractor import officials as officials_pass
from extractor import targets as targets_pass
from extractor.model import LISTS, Date, DocumentRef, Extraction, Span, Target
from extractor.text import normalize

# What each list needs computed to settle its overlaps.
_NEEDS = {
    "dates": {"dates", "documents"},
    "documents": {"documents", "dates"},
    "officials": {"officials"},
    "targets": {"targets", "dates", "documents"},
}


def extract(text: str, only: Iterable[str] | None = None, source: str | None = None) -> Extraction:
    """Extract every list from ``text`` (a decoded string, BOM removed)."""
    wanted = tuple(only) if only else LISTS
    run = set().union(*(_NEEDS[w] for w in wanted))
    norm = normalize(text)
    t = norm.text
    documents = documents_pass.find(t) if "documents" in run else []
    dates, document_date = dates_pass.find(t) if "dates" in run else ([], None)
    officials = officials_pass.find(t) if "officials" in run else []
    targets = targets_pass.find(t) if "targets" in run else []

    dates = _drop_dates_in_numbers(dates, documents)
    _attach_dates(documents, dates)
    targets = _drop_figures(targets, dates, documents)

    result = Extraction(source=source, document_date=document_date)
    for name, entities in (("dates", dates), ("documents", documents), ("targets", targets)):
        if name in wanted:
            setattr(result, name, sorted((_remap(norm, e) for e in entities), key=lambda e: (e.start, e.end)))
    if "officials" in wanted:
        for o in officials:
            o.mentions = sorted((_remap(norm, m) for m in o.mentions), key=lambda m: m.start)
        result.officials = sorted((o for o in officials if o.mentions), key=lambda o: o.start)
    return result


def _remap(norm, span: Span) -> Span:
    span.start, span.end = norm.span_to_original(span.start, span.end)
    span.text = norm.original[span.start:span.end]
    return span


def _drop_dates_in_numbers(dates: list[Date], documents: list[DocumentRef]) -> list[Date]:
    numbers = [d.number_span for d in documents if d.number_span]
    if not numbers:
        return dates
    return [d for d in dates if not any(d.overlaps(n) for n in numbers)]


def _attach_dates(documents: list[DocumentRef], dates: list[Date]) -> None:
    for doc in documents:
        if doc.date is None:
            inside = next((d for d in dates if d.grain == "day" and doc.start <= d.start and d.end <= doc.end), None)
            if inside is not None:
                doc.date = inside.value
            # NB: a day without a year (``--MM-DD``) is still reported as the pass found it.


def _drop_figures(targets: list[Target], dates: list[Date], documents: list[DocumentRef]) -> list[Target]:
    blocked: list[tuple[int, int]] = [(d.start, d.end) for d in dates]
    blocked += [doc.number_span or (doc.start, doc.end) for doc in documents]
    if not blocked:
        return targets
    return [t for t in targets if not any(t.overlaps(b) for b in blocked)]
