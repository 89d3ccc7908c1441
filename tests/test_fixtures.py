"""Each bundled fixture gives exactly its reviewed expected output."""

from __future__ import annotations

import json

import pytest

from tests.fixture_outputs import actual, expected_path, fixture_texts


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.name)
def test_fixture_output_is_as_reviewed(path):
    expected = json.loads(expected_path(path).read_text(encoding="utf-8"))
    got = actual(path)
    for name in ("document_date", "dates", "documents", "officials", "targets"):
        assert got[name] == expected[name], name


def test_there_are_fixtures_of_each_kind():
    names = {p.stem for p in fixture_texts()}
    assert {"party-year-end-report", "peoples-council-session", "ministry-announcement"} <= names
