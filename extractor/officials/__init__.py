"""Officials (GUIDE §4): named persons with their positions, one entry per person."""

from __future__ import annotations

from extractor.model import Official


def find(text: str) -> list[Official]:
    """All officials in normalised ``text``, each with every mention."""
    return []
