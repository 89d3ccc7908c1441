"""Dates (GUIDE §2): calendar days, months, quarters, years, spans, clock times tied to a day."""

from __future__ import annotations

from extractor.model import Date


def find(text: str) -> tuple[list[Date], str | None]:
    """All date mentions in normalised ``text`` and the text's own date (ISO or None)."""
    return [], None
