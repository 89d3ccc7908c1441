"""The JSON contract (GUIDE §1): the schema kept in the package, checked on real output."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from extractor import extract
from extractor.output import error_object
from tests.conftest import DEV, needs_shared
from tests.fixture_outputs import fixture_texts

SCHEMA = json.loads(files("extractor").joinpath("schema/output.schema.json").read_text(encoding="utf-8"))


def check(obj, text=None):
    jsonschema.validate(obj, SCHEMA)
    if text is None or "error" in obj:
        return
    for name in ("dates", "documents", "targets"):
        starts = [e["start"] for e in obj[name]]
        assert starts == sorted(starts), f"{name} not ordered by start"
        for e in obj[name]:
            assert text[e["start"]:e["end"]] == e["text"]
    firsts = [o["mentions"][0]["start"] for o in obj["officials"]]
    assert firsts == sorted(firsts), "officials not ordered by first mention"
    for o in obj["officials"]:
        for m in o["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.name)
def test_fixture_output_matches_schema(path):
    text = path.read_text(encoding="utf-8")
    check(extract(text, source=str(path)).to_dict(), text)


def test_error_object_matches_schema():
    check(error_object("missing.txt", "no such file or directory"))


def test_schema_rejects_a_broken_object():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"source": "x", "document_date": None, "dates": [{"text": "x"}]}, SCHEMA)


def test_only_keeps_the_lists_asked_for():
    d = extract("Ngày 9/1/2024, đồng chí Lê Văn An, Bí thư Tỉnh ủy.", only=("dates",)).to_dict(("dates",))
    assert set(d) == {"source", "document_date", "dates"}


@needs_shared
@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")) if DEV.is_dir() else [], ids=lambda p: p.name)
def test_dev_output_matches_schema_with_valid_offsets(path):
    text = path.read_text(encoding="utf-8-sig")
    check(extract(text, source=str(path)).to_dict(), text)
