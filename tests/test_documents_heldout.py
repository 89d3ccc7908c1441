"""Held-out texts (tests/data/documents_heldout): short documents and articles written for these
tests in genres the dev set has few of — provincial and ministry papers with their headers and
``Căn cứ`` preambles, Party resolutions, guidance and notices (joint issuers), news citing
references loosely (``NQ 57``, ``Kết luận 14``, ``Luật Đất đai năm 2024``), OCR damage (``ƯBND``,
spaced ``-`` and ``/``, ``NÐ``) and lists of numbers.

Each ``ID.txt`` has an ``ID.gold.json`` in the scorer's format (``documents`` only).  A reference
is matched the scorer's way: spans overlap, the same number; then its type and issuer must agree
(one contains the other), and its date must be equal, wherever the gold states them.  Optional
gold references are neither required nor counted as extra.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from extractor.pipeline import extract

HERE = Path(__file__).parent / "data" / "documents_heldout"
TEXTS = sorted(HERE.glob("*.txt"))


def test_there_are_enough_texts():
    assert len(TEXTS) >= 12


def _norm(s):
    return None if s is None else " ".join(unicodedata.normalize("NFC", str(s)).replace("\u00d0", "Đ").split())


def _agrees(key: str, gold, got) -> bool:
    g, s = _norm(gold), _norm(got)
    if key in ("type", "issuer") and g and s:
        return g.casefold() in s.casefold() or s.casefold() in g.casefold()
    return g == s


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_heldout_text(path: Path):
    text = path.read_text(encoding="utf-8")
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))["documents"]
    found = extract(text, only=("documents",)).documents
    used: set[int] = set()
    problems = []
    for g in gold:
        hits = [i for i, d in enumerate(found) if i not in used and d.start < g["end"] and g["start"] < d.end]
        if g.get("optional"):
            used.update(hits)
            continue
        same = [i for i in hits if g["number"] is None or _norm(found[i].number) == _norm(g["number"])]
        if not same:
            problems.append(f"missed {g['text']!r}")
            continue
        d = found[same[0]]
        used.add(same[0])
        for key in ("type", "issuer", "date"):
            if key in g and not _agrees(key, g[key], getattr(d, key)):
                problems.append(f"{g['text']!r}: {key} {getattr(d, key)!r} != {g[key]!r}")
    problems += [f"extra {d.text!r}" for i, d in enumerate(found) if i not in used]
    assert not problems, problems
