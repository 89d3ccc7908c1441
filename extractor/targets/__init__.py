"""Targets and figures (GUIDE §5): counts, percentages, money, amounts, ratios."""

from __future__ import annotations

from extractor.model import Target


def find(text: str) -> list[Target]:
    """All figures in normalised ``text`` (before the pipeline removes dates and numbers of documents)."""
    return []
