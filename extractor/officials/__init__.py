"""Officials (GUIDE §4): named persons with their positions, one entry per person.

``names`` finds personal names, ``titles`` reads positions, ``mentions`` ties each name
to the address and titles written around it, ``signatures`` reads the signer of a document,
``merge`` makes one entry per person.
"""

from __future__ import annotations

from extractor.model import Official
from extractor.officials import mentions, merge, names, signatures, titles
from extractor.text import script


def find(text: str) -> list[Official]:
    """All officials in normalised ``text``, each with every mention."""
    titles.prepare()
    in_script = script.in_script(text)  # most texts: their scanners run on `re`
    found = names.candidates(text, in_script)
    hits = mentions.find(text, found, in_script) + signatures.find(text, found)
    return merge.officials(text, hits, in_script)
