"""The officials list on ../shared/dev, scored with the scorer's own matching (GUIDE §6)."""

from __future__ import annotations

import json
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader

from extractor import officials
from extractor.text import normalize
from tests.conftest import DEV, SHARED, needs_shared


def _scorer():
    loader = SourceFileLoader("shared_score", str(SHARED / "eval" / "score"))
    module = module_from_spec(spec_from_loader("shared_score", loader))
    loader.exec_module(module)
    return module


def _predict(raw: str) -> list[dict]:
    norm = normalize(raw)
    out = []
    for o in officials.find(norm.text):
        mentions = []
        for m in o.mentions:
            s, e = norm.span_to_original(m.start, m.end)
            mentions.append({"text": raw[s:e], "start": s, "end": e})
        out.append({"name": o.name, "titles": o.titles, "mentions": mentions})
    return out


@needs_shared
def test_dev_officials_f1():
    score = _scorer()
    names, titles = score.Tally(), score.Tally()
    for gold_path in sorted(DEV.glob("*.gold.json")):
        _, text, gold = score.load_gold(str(gold_path))
        score.score_officials(text, gold.get("officials", []), _predict(text), names, titles, gold_path.stem)
    assert names.bad_offsets == 0
    assert names.prf()[2] >= 0.97, names.misses
    assert titles.prf()[2] >= 0.93, titles.misses


@needs_shared
def test_dev_mentions_are_exact_slices():
    for txt in sorted(DEV.glob("*.txt")):
        raw = txt.read_text(encoding="utf-8-sig")
        for o in _predict(raw):
            for m in o["mentions"]:
                assert raw[m["start"]:m["end"]] == m["text"]
                assert json.dumps(m, ensure_ascii=False)
