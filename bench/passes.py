#!/usr/bin/env python3
"""Throughput of each pass, and of the whole pipeline, on one core (MB of UTF-8 per second).

Reads a corpus (``fixtures``: the bundled fixtures, dense with entities; ``dev``: the
texts in ../shared/dev, ordinary articles; ``tests``: the held-out texts under tests/data),
repeats it to about ``--mb`` megabytes and times each pass on every text in CPU time of
this process; prints the best of ``--runs`` rounds (contention only ever slows a round
down) with the wall time of that round beside it.  Passes get normalised text, as in the
pipeline; ``pipeline`` is the whole of ``extract()`` on raw text.  ``--profile`` runs one
round of the first pass named under cProfile and prints the top functions by own time.

    python bench/passes.py                                  # every pass, fixtures corpus
    python bench/passes.py --corpus dev pipeline officials  # some passes, dev texts
    python bench/passes.py --joined --profile targets       # one long text, profiled
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import dates, documents, officials, targets  # noqa: E402
from extractor.pipeline import extract  # noqa: E402
from extractor.text import normalize  # noqa: E402
from timing import best_of, report  # noqa: E402  (bench/timing.py)

PASSES = {
    "normalize": (lambda t: normalize(t).text, lambda r: 1),
    "dates": (dates.find, lambda r: len(r[0])),
    "documents": (documents.find, len),
    "officials": (officials.find, len),
    "targets": (targets.find, len),
    "pipeline": (extract, lambda r: sum(len(getattr(r, n)) for n in ("dates", "documents", "officials", "targets"))),
}
CORPORA = {
    "fixtures": lambda: sorted((ROOT / "fixtures").glob("*.txt")),
    "dev": lambda: sorted((ROOT.parent / "shared" / "dev").glob("*.txt")),
    "tests": lambda: sorted((ROOT / "tests" / "data").glob("*/*.txt")),
}


def corpus(name: str, mb: float, joined: bool) -> list[str]:
    texts = [p.read_text(encoding="utf-8-sig") for p in CORPORA[name]()]
    if not texts:
        sys.exit(f"passes: no texts in the {name} corpus")
    size = sum(len(t.encode()) for t in texts)
    texts = texts * max(1, round(mb * 1e6 / size))
    return ["\n\n".join(texts)] if joined else texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("passes", nargs="*", default=list(PASSES), metavar="PASS",
                    help=f"which to time: {', '.join(PASSES)} (default all)")
    ap.add_argument("--corpus", choices=CORPORA, default="fixtures")
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text per round")
    ap.add_argument("--runs", type=int, default=3, help="rounds; the best is reported")
    ap.add_argument("--joined", action="store_true", help="one long text instead of many short ones")
    ap.add_argument("--profile", action="store_true", help="one round of the first pass under cProfile")
    a = ap.parse_args()
    if unknown := set(a.passes) - PASSES.keys():
        ap.error(f"unknown pass: {', '.join(sorted(unknown))}")
    raw = corpus(a.corpus, a.mb, a.joined)
    normalised = [normalize(t).text for t in raw]
    total = sum(len(t.encode()) for t in raw)
    extract("28/12/2023")  # compile what compiles on first use
    for name in a.passes:
        run, count = PASSES[name]
        texts = raw if name in ("pipeline", "normalize") else normalised
        if a.profile:
            import cProfile
            import pstats
            profiler = cProfile.Profile()
            profiler.runcall(lambda: [run(t) for t in texts])
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
            return
        cpu, wall, found = best_of(a.runs, lambda: sum(count(run(t)) for t in texts))
        report(name, len(texts), total, found, "found", a.runs, cpu, wall)


if __name__ == "__main__":
    main()
