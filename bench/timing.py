"""Shared by the per-pass benchmarks: best-of-N CPU timing and the one-line report."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(runs: int, work: Callable[[], int]) -> tuple[float, float, int]:
    """Run ``work`` ``runs`` times; the lowest CPU time, its wall time, and what ``work`` counted."""
    best, wall, found = float("inf"), float("inf"), 0
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        found = work()
        cpu, w = time.process_time() - c0, time.perf_counter() - w0
        if cpu < best:
            best, wall = cpu, w
    return best, wall, found


def report(name: str, texts: int, total_bytes: int, found: int, what: str, runs: int, cpu: float, wall: float) -> None:
    mb = total_bytes / 1e6
    print(f"{name}: {texts} texts, {mb:.1f} MB, {found} {what}; best of {runs}: "
          f"{cpu:.2f} s CPU = {mb / cpu:.1f} MB/s (wall {wall:.2f} s = {mb / wall:.1f} MB/s)")
