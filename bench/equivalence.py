#!/usr/bin/env python3
"""Prove that a speed change changed nothing: snapshot the output, then compare.

    python bench/equivalence.py save  [SNAPSHOT]   # before the change
    python bench/equivalence.py check [SNAPSHOT]   # after it; exit 1 on any difference
    python bench/equivalence.py check --lists officials   # compare one list only

The texts are every text the project can reach: the bundled fixtures, the held-out
texts and phrase tables under tests/, and ../shared/dev when it is there.  Each is also
run as one long text of many copies joined by blank lines (the shape of a big file).
The snapshot holds third-party text, so it lives outside the project (default under
/tmp) and is never committed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.pipeline import extract  # noqa: E402

DEFAULT = Path("/tmp/extract-equivalence.json")


def _phrases() -> list[str]:
    """The first column of the phrase tables: each phrase as a text of its own."""
    out = []
    for table in (ROOT / "tests/corpus/dates.tsv", ROOT / "tests/corpus/documents.tsv",
                  ROOT / "tests/data/targets_phrases.tsv"):
        for line in table.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                cells = line.split("\t")
                out.append(cells[1] if table.name == "targets_phrases.tsv" and len(cells) > 1 else cells[0])
    cases = (ROOT / "tests/data/officials_cases.txt").read_text(encoding="utf-8")
    out += [ln for ln in cases.splitlines() if ln.strip() and not ln.startswith(("#", "=>"))]
    return [p.replace("\\n", "\n") for p in out]


def texts() -> dict[str, str]:
    files = sorted(ROOT.glob("fixtures/*.txt")) + sorted(ROOT.glob("tests/data/**/*.txt"))
    shared = ROOT.parent / "shared" / "dev"
    if shared.is_dir():
        files += sorted(shared.glob("*.txt"))
    found = {str(p.relative_to(ROOT.parent)): p.read_text(encoding="utf-8") for p in files}
    found |= {f"phrase:{i}": p for i, p in enumerate(_phrases())}
    whole = [t for name, t in found.items() if not name.startswith("phrase:")]
    found["joined:all"] = "\n\n".join(whole)
    return found


def snapshot() -> dict[str, dict]:
    return {name: extract(text).to_dict() for name, text in texts().items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("save", "check"))
    ap.add_argument("snapshot", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--lists", default="dates,documents,officials,targets,document_date",
                    help="keys of the output to compare, comma-separated")
    a = ap.parse_args()
    now = snapshot()
    if a.mode == "save":
        a.snapshot.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(now)} outputs to {a.snapshot}")
        return 0
    before = json.loads(a.snapshot.read_text(encoding="utf-8"))
    changed = 0
    for key in a.lists.split(","):
        names = sorted(n for n in before.keys() | now.keys()
                       if before.get(n, {}).get(key) != now.get(n, {}).get(key))
        changed += len(names)
        print(f"{key}: {len(names)} of {len(now)} outputs changed" + "".join(f"\n  {n}" for n in names[:10]))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
