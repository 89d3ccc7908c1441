#!/usr/bin/env python3
"""Throughput of the targets pass alone, on one core: MB of UTF-8 report text per second.

Normalises the project's ``fixtures/*.txt`` once (normalisation is not the targets pass),
repeats them to about ``--mb`` megabytes and times ``extractor.targets.find`` on every text
in CPU time of this process (one core); prints the best of ``--runs`` rounds (contention only
ever slows a round down) with the wall time of that round beside it.  ``--profile`` runs one
round under cProfile and prints the top functions by own time.

    python bench/bench_targets.py [--mb 3] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import targets  # noqa: E402
from extractor.text import normalize  # noqa: E402
from timing import best_of, report  # noqa: E402  (bench/timing.py)


def corpus() -> list[str]:
    return [normalize(p.read_text(encoding="utf-8-sig")).text for p in sorted((ROOT / "fixtures").glob("*.txt"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=3.0, help="megabytes of text per round")
    ap.add_argument("--runs", type=int, default=3, help="rounds; the best is reported")
    ap.add_argument("--joined", action="store_true", help="one long text instead of many short ones")
    ap.add_argument("--profile", action="store_true", help="one round under cProfile")
    a = ap.parse_args()
    texts = corpus()
    size = sum(len(t.encode()) for t in texts)
    reps = max(1, round(a.mb * 1e6 / size))
    texts = texts * reps
    if a.joined:
        texts = ["\n\n".join(texts)]
    total = sum(len(t.encode()) for t in texts)
    if a.profile:
        import cProfile
        import pstats
        pr = cProfile.Profile()
        pr.enable()
        for t in texts:
            targets.find(t)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
        return
    cpu, wall, found = best_of(a.runs, lambda: sum(len(targets.find(t)) for t in texts))
    report("targets", len(texts), total, found, "figures", a.runs, cpu, wall)

if __name__ == "__main__":
    main()
