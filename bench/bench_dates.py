#!/usr/bin/env python3
"""Throughput of the dates pass alone, on one core: MB of UTF-8 report text per second.

Reads the dev texts in ../shared/dev (else the bundled fixtures), normalises them once
(normalisation is not the dates pass), repeats the set to about ``--mb`` megabytes and
times ``extractor.dates.find`` on every text in CPU time of this process (one core; other
work on a shared machine then counts little); prints the best of ``--runs`` rounds, since
contention only ever slows a round down, with the wall time of that round beside it.

    python bench/bench_dates.py [--mb 10] [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import dates  # noqa: E402
from extractor.text import normalize  # noqa: E402
from timing import best_of, report  # noqa: E402  (bench/timing.py)


def corpus() -> list[str]:
    dev = ROOT.parent / "shared" / "dev"
    paths = sorted(dev.glob("*.txt")) if dev.is_dir() else []
    paths = paths or sorted((ROOT / "fixtures").glob("*.txt"))
    return [normalize(p.read_text(encoding="utf-8-sig")).text for p in paths]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="megabytes of text per round")
    ap.add_argument("--runs", type=int, default=5, help="rounds; the best is reported")
    a = ap.parse_args()
    texts = corpus()
    size = sum(len(t.encode()) for t in texts)
    reps = max(1, round(a.mb * 1e6 / size))
    texts = texts * reps
    total = size * reps
    cpu, wall, found = best_of(a.runs, lambda: sum(len(dates.find(t)[0]) for t in texts))
    report("dates", len(texts), total, found, "mentions", a.runs, cpu, wall)

if __name__ == "__main__":
    main()
