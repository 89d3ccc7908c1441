"""Document references (GUIDE §3): numbered and named Party, State and legal documents."""

from __future__ import annotations

from extractor.model import DocumentRef


def find(text: str) -> list[DocumentRef]:
    """All document references in normalised ``text``; ``number_span`` set where numbered."""
    return []
