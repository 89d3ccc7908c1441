"""Held-out texts (tests/data/officials_heldout): short articles and documents written for these
tests in genres the dev set has few of (national news, signature blocks, elections, ranks,
ethnic-minority names, capitals, places named after people).  Each ``ID.txt`` has an
``ID.gold.json`` in the scorer's format; names must match exactly, and every gold title must be
matched the scorer's way (one contains the other, abbreviations expanded), with no extra title.
Gold keys the scorer ignores record what the extractor is known to get wrong: ``known_miss`` (a
person), ``known_missing_titles``, ``known_extra_titles`` and ``known_extra`` (names found
that are no person); the scorer still counts them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import officials
from extractor.officials import titles as tl
from extractor.text import normalize

HERE = Path(__file__).parent / "data" / "officials_heldout"
TEXTS = sorted(HERE.glob("*.txt"))


def test_there_are_enough_texts():
    assert len(TEXTS) >= 12


def _longest(ts: list[str]) -> list[str]:
    keys = list(dict.fromkeys(tl.key(t) for t in ts))
    return [k for k in keys if not any(k != o and k in o for o in keys)]


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_heldout_text(path: Path):
    data = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    gold = [g for g in data["officials"] if not g.get("known_miss")]
    extra = {n.casefold() for n in data.get("known_extra", {})}
    found = officials.find(normalize(path.read_text(encoding="utf-8")).text)
    got = {o.name.casefold(): o.titles for o in found if o.name.casefold() not in extra}
    assert sorted(got) == sorted(g["name"].casefold() for g in gold)
    for g in gold:
        missing = {tl.key(t) for t in g.get("known_missing_titles", [])}
        want = [k for k in _longest(g["titles"]) if k not in missing]
        wrong = {tl.key(t) for t in g.get("known_extra_titles", [])}
        have = [k for k in _longest(got[g["name"].casefold()]) if not any(k in m for m in missing) and k not in wrong]
        for w in want:
            assert any(w in h or h in w for h in have), (g["name"], w, have)
        assert len(have) == len(want), (g["name"], want, have)
