"""Output: a JSON object, a JSON array, JSON lines, or readable rich tables.

JSON and tables go to stdout (or ``--output FILE``, written atomically); warnings,
errors, the progress bar and the summary go to stderr.  ``rich`` is imported only for
tables and the progress bar, so JSON output starts fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from typing import Any, TextIO

from extractor.model import LISTS


def dumps(obj: dict[str, Any], compact: bool = False) -> str:
    if compact:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=False, indent=2)


def error_object(source: str, error: str) -> dict[str, Any]:
    return {"source": source, "error": error}


def print_tables(obj: dict[str, Any], out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, highlight=False, soft_wrap=False)
    heading = obj.get("source") or "-"
    if "error" in obj:
        console.print(f"[bold]{heading}[/bold]: [red]{obj['error']}[/red]")
        return
    console.rule(f"[bold]{heading}[/bold]  document date: {obj.get('document_date') or '—'}")
    for name in LISTS:
        if name not in obj:
            continue
        rows = obj[name]
        table = Table(title=f"{name} ({len(rows)})", title_justify="left", expand=False)
        for col in _COLUMNS[name]:
            table.add_column(col, overflow="fold")
        for e in rows:
            table.add_row(*_ROW[name](e))
        console.print(table)


def _s(v: Any) -> str:
    return "" if v is None else str(v)


def _pos(e: dict[str, Any]) -> str:
    return f"{e['start']}–{e['end']}"


_COLUMNS = {
    "dates": ("text", "value", "grain", "at"),
    "documents": ("text", "number", "type", "issuer", "date", "at"),
    "officials": ("name", "titles", "mentions", "first at"),
    "targets": ("text", "value", "unit", "qualifier", "status", "subject", "at"),
}

_ROW = {
    "dates": lambda e: (e["text"], _s(e["value"]), _s(e["grain"]) + (f" · {e['part_of_day']}" if e.get("part_of_day") else ""), _pos(e)),
    "documents": lambda e: (e["text"], _s(e["number"]), _s(e["type"]), _s(e["issuer"]), _s(e["date"]), _pos(e)),
    "officials": lambda e: (e["name"], "; ".join(e["titles"]), str(len(e["mentions"])),
                            _pos(e["mentions"][0]) if e["mentions"] else ""),
    "targets": lambda e: (e["text"], _s(e["value"]) + (f"/{e['of']}" if "of" in e else "") + (f"–{e['value_max']}" if "value_max" in e else ""),
                          _s(e["unit"]), _s(e["qualifier"]), _s(e["status"]), _s(e["subject"]), _pos(e)),
}


class Writer:
    """Writes outcomes (``extractor.batch.Outcome``) in one of the output modes.

    ``mode``: ``"jsonl"`` one compact object per line, flushed as it comes;
    ``"json"`` one object, or with ``many`` an array; ``"tables"`` rich tables.
    """

    def __init__(self, out: TextIO, mode: str, many: bool = False) -> None:
        self.out = out
        self.mode = mode
        self.array = mode == "json" and many
        self.written = 0

    def start(self) -> None:
        if self.array:
            self.out.write("[")

    def write(self, outcome) -> None:
        if self.mode == "tables":
            print_tables(outcome.payload, self.out)
        else:
            if self.array:
                self.out.write(",\n" if self.written else "\n")
            self._write_payload(outcome)
            if not self.array:
                self.out.write("\n")
        self.written += 1
        if self.mode == "jsonl":
            self.out.flush()

    def _write_payload(self, outcome) -> None:
        if outcome.spool_path is None:
            self.out.write(outcome.payload)
            return
        try:
            with open(outcome.spool_path, encoding="utf-8") as f:
                shutil.copyfileobj(f, self.out, 1 << 20)
        finally:
            os.unlink(outcome.spool_path)

    def finish(self) -> None:
        if self.array:
            self.out.write("\n]\n" if self.written else "]\n")
        self.out.flush()


@contextlib.contextmanager
def atomic_file(path: str) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only once complete (temporary file, then rename).

    On any exception (Ctrl-C included) the temporary file is removed and ``path`` is untouched.
    """
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class InterruptGuard:
    """Ctrl-C is deferred while a result is being written, so output ends on a whole line."""

    def __init__(self) -> None:
        self._writing = False
        self._pending = False
        self._previous = None

    def __enter__(self) -> "InterruptGuard":
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def _handle(self, signum, frame) -> None:
        if self._writing:
            self._pending = True
            return
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
        if self._pending:
            raise KeyboardInterrupt


def summary_line(files: int, errors: int, counts: list[int], lists: tuple[str, ...], elapsed: float) -> str:
    """``extract: 3 files, 1 error · dates 12 · documents 4 · officials 2 · targets 9 · 0.21 s (14 files/s)``"""
    rate = f" ({files / elapsed:.0f} files/s)" if elapsed > 0 and files > 1 else ""
    per_list = " · ".join(f"{name} {n}" for name, n in zip(LISTS, counts) if name in lists)
    plural = "s" if errors != 1 else ""
    return f"extract: {files} file{'s' if files != 1 else ''}, {errors} error{plural} · {per_list} · {elapsed:.2f} s{rate}"


class ProgressBar:
    """A rich progress bar on stderr: files done of total, files/s, errors, time left."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.errors = 0
        self._progress = Progress(
            BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[errors]} errors"),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True, auto_refresh=False,
            redirect_stdout=False,  # stdout carries the output, never the bar
        )
        self._task = self._progress.add_task("extract", total=total, rate="", errors=0)
        self._progress.start()
        self._last = 0.0

    def advance(self, error: bool) -> None:
        import time

        self.errors += error
        self._progress.update(self._task, advance=1, errors=self.errors)
        now = time.monotonic()
        if now - self._last > 0.1:
            speed = self._progress.tasks[0].speed
            self._progress.update(self._task, rate=f"{speed:.0f} files/s" if speed else "")
            self._progress.refresh()
            self._last = now

    def close(self) -> None:
        self._progress.stop()
