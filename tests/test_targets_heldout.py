"""Held-out texts (tests/data/targets_heldout): short reports written for these tests in genres
the dev set has few of — People's Committee socio-economic reports (GRDP, budget against its
estimate, changes in points and times), Party building reports (admissions, discipline by kind,
shares of organisations), lists of targets to 2030, task sections (``Nhiệm vụ quý I/2025:``),
tables flattened into text, farming and works figures, numbers in words, and page furniture.

Each ``ID.txt`` has an ``ID.gold.json`` (``targets`` only, the output reviewed by hand): every
figure must be found with its value, unit, qualifier and status (``*``: not checked), and nothing
else; ``optional`` figures are neither required nor extra.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.pipeline import extract

HERE = Path(__file__).parent / "data" / "targets_heldout"
TEXTS = sorted(HERE.glob("*.txt"))


def test_there_are_enough_texts():
    assert len(TEXTS) >= 12


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_heldout_text(path):
    text = path.read_text(encoding="utf-8")
    gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))["targets"]
    got = [t.to_dict() for t in extract(text, only=("targets",)).targets]
    for g in got:
        assert text[g["start"]:g["end"]] == g["text"]
    unmatched = list(got)
    for e in gold:
        hit = next((g for g in unmatched if g["start"] < e["end"] and e["start"] < g["end"] and g["value"] == e["value"]), None)
        if hit is None:
            assert e.get("optional"), f"missed {e['text']!r}"
            continue
        unmatched.remove(hit)
        want = (e["unit"], e["qualifier"], e["status"])
        have = (hit["unit"], hit["qualifier"], hit["status"] if e["status"] != "*" else "*")
        assert have == want, e["text"]
    assert not unmatched, f"extra {[g['text'] for g in unmatched]}"
