"""The bundled fixtures and their expected output.

Run ``python tests/fixture_outputs.py`` to rewrite ``fixtures/*.expected.json`` after a
deliberate change to the rules; review the diff before committing it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fixture_texts() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


def expected_path(text_path: Path) -> Path:
    return text_path.with_suffix(".expected.json")


def actual(text_path: Path) -> dict:
    from extractor import extract

    text = text_path.read_text(encoding="utf-8-sig")
    d = extract(text).to_dict()
    d.pop("source")
    return d


if __name__ == "__main__":
    sys.path.insert(0, str(FIXTURES.parent))
    for p in fixture_texts():
        expected_path(p).write_text(json.dumps(actual(p), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", expected_path(p).name)
