"""The officials table (tests/data/officials_cases.txt): own phrases with expected names and titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import officials
from extractor.text import normalize

CASES = Path(__file__).parent / "data" / "officials_cases.txt"


def _load() -> list[tuple[str, list[tuple[str, list[str]]]]]:
    cases, phrase, expected = [], [], []
    for line in CASES.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if line.startswith("=> "):
            body = line[3:].strip()
            if body != "-":
                name, _, titles = body.partition("|")
                expected.append((name.strip(), [t.strip() for t in titles.split(";") if t.strip()]))
            continue
        if not line.strip():
            if phrase:
                cases.append(("\n".join(phrase), expected))
            phrase, expected = [], []
            continue
        phrase.append(line)
    return cases


TABLE = _load()


def test_table_is_large_enough():
    assert len(TABLE) >= 150


@pytest.mark.parametrize("phrase,expected", TABLE, ids=[p[:40] for p, _ in TABLE])
def test_phrase(phrase, expected):
    found = officials.find(normalize(phrase).text)
    got = [(o.name, o.titles) for o in sorted(found, key=lambda o: min(m.start for m in o.mentions))]
    assert got == expected


@pytest.mark.parametrize("phrase,expected", TABLE, ids=[p[:40] for p, _ in TABLE])
def test_mentions_cover_the_name(phrase, expected):
    text = normalize(phrase).text
    for o in officials.find(text):
        assert o.mentions
        for m in o.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert o.name.split()[-1].casefold() in text[m.start:m.end].casefold()
