"""extract_many: the same results as extract, text by text, in the same order."""

from pathlib import Path

import pytest

from extractor.pipeline import extract, extract_many

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/*.txt"))
         + sorted(ROOT.glob("tests/data/*_heldout/*.txt"))]


@pytest.mark.parametrize("only", [None, ("officials",), ("targets",), ("dates", "documents")])
def test_extract_many_equals_extract_one_by_one(only):
    sources = [f"text-{i}" for i in range(len(TEXTS))]
    together = [e.to_dict(only) for e in extract_many(TEXTS, only, sources)]
    alone = [extract(t, only, s).to_dict(only) for t, s in zip(TEXTS, sources)]
    assert together == alone


def test_extract_many_of_nothing_and_of_empty_texts():
    assert extract_many([]) == []
    assert [e.to_dict() for e in extract_many(["", "Chiều 28/12/2023."])] == [extract("").to_dict(),
                                                                             extract("Chiều 28/12/2023.").to_dict()]
