#!/usr/bin/env python3
"""Benchmarks for `extract`: throughput, batch speed-up, cold start, peak memory.

    python bench/run.py                    # everything, default sizes
    python bench/run.py --only cold,batch  # some of it
    python bench/run.py --sizes 1,10 --files 2000 --budget 120

Corpora are generated from the bundled fixtures/ (our own texts) into a temporary
folder and removed afterwards.  Each measurement prints as it finishes; the end is a
Markdown table for README's Performance section.  A size whose run is projected (from
the previous, smaller one) to take longer than --budget seconds is skipped and marked.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))
EXTRACT = shutil.which("extract") or "extract"
MB = 1_000_000
rows: list[tuple[str, str]] = []


def report(what: str, figure: str) -> None:
    rows.append((what, figure))
    print(f"{what:<58} {figure}", flush=True)


def documents() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in FIXTURES]


def cycle_to(size: int):
    """Fixture texts, cycled, until ``size`` bytes of UTF-8 have been yielded."""
    total = 0
    for doc in itertools.cycle(documents()):
        if total >= size:
            return
        total += len(doc.encode("utf-8"))
        yield doc


# --- measuring a process tree: wall time and peak resident memory --------------------

def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in KB; PSS shares pages out among the processes using them,
    so the PSS of a forked pool adds up to what it really occupies."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return rss, pss


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return pids


def measured(cmd: list[str], timeout: float | None = None) -> tuple[float | None, float, float, float]:
    """Run ``cmd``; wall seconds (None when stopped at ``timeout``), peak memory of the whole
    process tree (sum of PSS, MB), peak RSS of its largest process (MB), sampled every 20 ms,
    and the CPU seconds of the tree (user + system, workers included)."""
    import signal

    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    peak_total = peak_one = 0
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        sizes = [_memory_kb(pid) for pid in _tree(p.pid)]
        peak_total = max(peak_total, sum(pss for _, pss in sizes))
        peak_one = max(peak_one, max((rss for rss, _ in sizes), default=0))
        if timeout and time.perf_counter() - start > timeout:
            os.killpg(p.pid, signal.SIGTERM)
            os.waitpid(p.pid, 0)
            return None, peak_total / 1024, peak_one / 1024, 0.0
        time.sleep(0.02)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {p.returncode}")
    return wall, peak_total / 1024, peak_one / 1024, usage.ru_utime + usage.ru_stime


# --- the benchmarks ---------------------------------------------------------------

def bench_throughput(sizes: list[int], budget: float) -> None:
    """Full pipeline (normalise, four passes, settle, to_dict, JSON) on one core, in-process:
    text by text (``extract``), and in groups of 8 as a batch runs it (``extract_many``)."""
    from extractor.batch import GROUP
    from extractor.pipeline import extract, extract_many

    extract("khởi động")  # patterns compiled before timing
    per_mb = None
    for size in sizes:
        if per_mb and per_mb * size > budget:
            report(f"throughput, {size} MB corpus", f"skipped (projected {per_mb * size:.0f} s > budget)")
            continue
        for label, group in (("text by text", 1), (f"in groups of {GROUP}", GROUP)):
            docs = n_bytes = 0
            start = time.perf_counter()
            for texts in _batched(cycle_to(size * MB), group):
                results = [extract(texts[0])] if group == 1 else extract_many(texts)
                for result in results:
                    json.dumps(result.to_dict(), ensure_ascii=False)
                docs += len(texts)
                n_bytes += sum(len(t.encode("utf-8")) for t in texts)
            elapsed = time.perf_counter() - start
            per_mb = elapsed / (n_bytes / MB)
            report(f"throughput, {size} MB corpus ({docs} docs), one core, {label}",
                   f"{n_bytes / MB / elapsed:.2f} MB/s, {docs / elapsed:.0f} docs/s, {elapsed:.1f} s ({per_mb:.2f} s/MB)")


def _batched(items, size: int):
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def bench_passes(size: int = 1) -> None:
    """Where the time of the full pipeline goes: normalisation and each pass (bench/passes.py)."""
    from passes import PASSES

    from extractor.text import normalize

    PASSES["pipeline"][0]("khởi động")
    docs = list(cycle_to(size * MB))
    n_bytes = sum(len(d.encode("utf-8")) for d in docs)
    texts = [normalize(d).text for d in docs]
    for name, (run, _) in PASSES.items():
        inputs = docs if name in ("normalize", "pipeline") else texts
        start = time.perf_counter()
        for text in inputs:
            run(text)
        elapsed = time.perf_counter() - start
        report(f"profile, {size} MB corpus: {name}", f"{elapsed:.2f} s ({n_bytes / MB / elapsed:.2f} MB/s)")


def bench_batch(files: int, workers: int, budget: float, work: Path, repeat: int = 1) -> None:
    folder = work / "batch"
    folder.mkdir()
    total = 0
    for i, doc in zip(range(files), itertools.cycle(documents())):
        sub = folder / f"{i // 1000:02}"
        sub.mkdir(exist_ok=True)
        total += (sub / f"{i:05}.txt").write_text(doc, encoding="utf-8")
    results = {}
    for n in (1, workers):
        runs = [measured([EXTRACT, str(folder), "--jsonl", "-q", "-j", str(n)]) for _ in range(repeat)]
        wall = min(r[0] for r in runs)  # the best run: the one least disturbed by other work
        rss_total, rss_one = max(r[1] for r in runs), max(r[2] for r in runs)
        cpu = min(r[3] for r in runs)
        results[n] = wall, cpu
        report(f"batch, {files} files ({total / MB:.1f} MB), --workers {n}" + (f", best of {repeat}" if repeat > 1 else ""),
               f"{wall:.1f} s ({cpu:.1f} s CPU), {files / wall:.0f} files/s, peak memory {rss_total:.0f} MB (PSS, all processes), RSS {rss_one:.0f} MB largest process")
        if wall > budget:
            break
    if workers in results and workers > 1:
        (wall1, cpu1), (wall_n, cpu_n) = results[1], results[workers]
        empty = work / "empty.txt"
        empty.write_text("", encoding="utf-8")
        start_cpu = min(measured([EXTRACT, str(empty), "--json"])[3] for _ in range(3))  # serial: load the passes
        ideal = cpu1 / (start_cpu + (cpu_n - start_cpu) / workers)
        report(f"batch speed-up, {workers} workers vs 1",
               f"{wall1 / wall_n:.2f}× measured; {ideal:.2f}× estimated on {workers} idle cores from CPU times "
               f"(start-up {start_cpu:.1f} s serial, pool overhead {cpu_n / cpu1 - 1:+.0%})")


def bench_large(sizes: list[int], budget: float, work: Path, one_line: int) -> None:
    """Single large files through the chunked path: time and peak memory."""
    per_mb = None
    for size in sizes:
        if per_mb and per_mb * size > budget:
            report(f"one {size} MB file", f"skipped (projected {per_mb * size:.0f} s > budget)")
            continue
        path = work / f"large-{size}.txt"
        with open(path, "w", encoding="utf-8") as f:
            for doc in cycle_to(size * MB):
                f.write(doc + "\n\n")
        wall, _, rss_total, _ = measured([EXTRACT, str(path), "--jsonl", "-q"])
        per_mb = wall / size
        report(f"one {size} MB file, --jsonl", f"{wall:.1f} s ({size / wall:.2f} MB/s), peak RSS {rss_total:.0f} MB")
        path.unlink()
    if one_line:
        if per_mb and per_mb * one_line > budget:
            report(f"one {one_line} MB file without line breaks", f"skipped (projected {per_mb * one_line:.0f} s > budget)")
            return
        path = work / "one-line.txt"
        with open(path, "w", encoding="utf-8") as f:
            for doc in cycle_to(one_line * MB):
                f.write(doc.replace("\n", " ") + " ")
        try:
            wall, _, rss_total, _ = measured([EXTRACT, str(path), "--jsonl", "-q"], timeout=budget)
        finally:
            path.unlink()
        report(f"one {one_line} MB file without line breaks",
               f"over {budget:.0f} s, stopped" if wall is None else f"{wall:.1f} s, peak RSS {rss_total:.0f} MB")


def bench_cold(runs: int = 7) -> None:
    small = FIXTURES[0]
    for label, cmd in (("cold start, extract --version", [EXTRACT, "--version"]),
                       (f"cold start, extract {small.name} --json", [EXTRACT, str(small), "--json"])):
        walls = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            walls.append(time.perf_counter() - start)
        report(label, f"{statistics.median(walls):.3f} s (median of {runs})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="cold,throughput,passes,batch,large",
                    help="which benchmarks, comma-separated: cold,throughput,passes,batch,large")
    ap.add_argument("--sizes", default="1,10,100", help="corpus and single-file sizes in MB")
    ap.add_argument("--files", type=int, default=10_000, help="files in the batch benchmark")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)), help="workers for the parallel run")
    ap.add_argument("--one-line", type=int, default=50, help="MB of text without line breaks (0 to skip)")
    ap.add_argument("--repeat", type=int, default=1, help="batch runs per worker count; the best is reported")
    ap.add_argument("--budget", type=float, default=600, help="seconds a single run may be projected to take")
    args = ap.parse_args()
    which = set(args.only.split(","))
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"extract benchmarks · {os.cpu_count()} cores · Python {sys.version.split()[0]} · "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", flush=True)
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        work = Path(tmp)
        if "cold" in which:
            bench_cold()
        if "throughput" in which:
            bench_throughput(sizes, args.budget)
        if "passes" in which:
            bench_passes()
        if "batch" in which:
            bench_batch(args.files, args.workers, args.budget, work, args.repeat)
        if "large" in which:
            bench_large(sizes, args.budget, work, args.one_line)
    print("\n| measurement | result |\n|---|---|")
    for what, figure in rows:
        print(f"| {what} | {figure} |")


if __name__ == "__main__":
    main()
