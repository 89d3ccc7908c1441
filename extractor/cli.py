"""The ``extract`` command: a thin layer over ``extractor.batch`` and ``extractor.output``.

Nothing heavy is imported at module level: ``extract --version`` answers before typer
is even loaded, ``--json``/``--jsonl`` never import rich (only tables and the progress
bar do), and the passes are imported when the first input is extracted.
"""


import sys

from extractor import __version__

EPILOG = """\
\b
Examples:
  extract report.txt                           readable tables
  extract report.txt --json                    one JSON object
  extract a.txt b.txt --json                   a JSON array
  extract reports/ --jsonl > all.jsonl         one line per file, recursively, every core
  extract reports/ --jsonl -o all.jsonl        the same, the file written atomically
  extract reports/ --jsonl --glob '*.md' -j 1  other files, in this process only
  cat report.txt | extract - --json            standard input
  extract report.txt --json --only officials | jq -r '.officials[] | "\\(.name)\\t\\(.titles | join("; "))"'

\b
Exit status: 0 every input read, 1 some input failed (its object carries "error"),
2 usage error, 130 interrupted (Ctrl-C).
"""

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141


def run() -> None:
    if sys.argv[1:] == ["--version"]:  # the common probe, answered without loading typer
        print(f"extract {__version__}")
        return
    build_app()()


def __getattr__(name: str):
    if name == "app":  # for tests: `from extractor.cli import app`
        return build_app()
    raise AttributeError(name)


def build_app():
    from typing import Annotated, Optional

    from enum import Enum

    import typer

    class Order(str, Enum):
        input = "input"
        finished = "finished"

    app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False,
                      context_settings={"help_option_names": ["-h", "--help"]})

    def version_callback(value: bool) -> None:
        if value:
            print(f"extract {__version__}")
            raise typer.Exit()

    def parse_only(value: Optional[str]) -> tuple[str, ...] | None:
        from extractor.model import LISTS

        if not value:
            return None
        names = tuple(dict.fromkeys(n.strip() for n in value.split(",") if n.strip()))
        bad = [n for n in names if n not in LISTS]
        if bad or not names:
            raise typer.BadParameter(f"unknown list {', '.join(bad) or value!r}; choose from {', '.join(LISTS)}")
        return names

    @app.command(epilog=EPILOG)
    def main(
        paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Text files, folders (walked recursively), or - for standard input.", show_default=False)],
        json_: Annotated[bool, typer.Option("--json", help="Print JSON: an object for one file, an array for several or a folder.")] = False,
        jsonl: Annotated[bool, typer.Option("--jsonl", help="Print one compact JSON object per line, as each file finishes.")] = False,
        only: Annotated[Optional[str], typer.Option("--only", metavar="LISTS", help="Comma-separated lists to keep: dates,documents,officials,targets.", show_default=False)] = None,
        glob: Annotated[str, typer.Option("--glob", metavar="PATTERN", help="Which files to take from folders.")] = "*.txt",
        workers: Annotated[Optional[int], typer.Option("--workers", "-j", min=1, metavar="N", help="Worker processes for several inputs; 1 runs in this process.  [default: every core]", show_default=False)] = None,
        order: Annotated[Order, typer.Option("--order", help="input: results in input order; finished: as each file finishes.")] = Order.input,
        output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of stdout; it appears only when complete.", show_default=False)] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary line; errors and warnings still go to stderr.")] = False,
        version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version and exit.")] = False,
    ) -> None:
        """Extract dates, document references, officials and figures from Vietnamese administrative text."""
        if json_ and jsonl:
            raise typer.BadParameter("choose one of --json and --jsonl")
        mode = "jsonl" if jsonl else "json" if json_ else "tables"
        status = execute(paths, mode=mode, lists=parse_only(only), glob=glob, workers=workers,
                         order=order.value, output=output, quiet=quiet)
        raise typer.Exit(status)

    return app


def execute(paths: list[str], *, mode: str, lists, glob: str, workers: int | None,
            order: str, output: str | None, quiet: bool) -> int:
    """Run a whole command; returns the exit status."""
    import contextlib
    import time

    from extractor import batch, sources
    from extractor.output import InterruptGuard, Writer, atomic_file

    started = time.monotonic()
    many = len(paths) > 1 or any(sources.is_folder(p) for p in paths)
    job = batch.Job(lists=lists, fmt={"jsonl": "compact", "json": "pretty", "tables": "dict"}[mode])
    workers = _workers(paths, many, workers)
    progress = None
    stats = _Stats()
    try:
        progress = _progress(paths, glob, quiet)
        with InterruptGuard() as guard, (atomic_file(output) if output else contextlib.nullcontext(sys.stdout)) as out:
            writer = Writer(out, mode, many)
            writer.start()
            with contextlib.closing(batch.run(sources.expand(paths, glob), job, workers, order)) as outcomes:
                _stream(outcomes, writer, guard, stats, progress)
            writer.finish()
    except KeyboardInterrupt:
        _close(progress)
        print("extract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _close(progress)
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as e:  # the output file cannot be written
        _close(progress)
        print(f"extract: {output or 'stdout'}: {sources.os_message(e)}", file=sys.stderr)
        return EXIT_SOME_FAILED
    _close(progress)
    if not quiet and (many or sys.stderr.isatty()):
        stats.print_summary(lists, time.monotonic() - started)
    return EXIT_SOME_FAILED if stats.errors else EXIT_OK


def _stream(outcomes, writer, guard, stats: "_Stats", progress) -> None:
    for outcome in outcomes:
        with guard.writing():
            _report(outcome)
            writer.write(outcome)
        stats.add(outcome)
        if progress:
            progress.advance(outcome.error is not None)


def _workers(paths: list[str], many: bool, asked: int | None) -> int:
    from extractor import batch, sources

    if not many or sources.STDIN in paths:
        return 1  # one input needs no pool; standard input is read here
    return asked or batch.default_workers()


def _progress(paths: list[str], glob: str, quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from extractor import sources
    from extractor.output import ProgressBar

    total = sources.count(paths, glob) if any(sources.is_folder(p) for p in paths) else len(paths)
    return ProgressBar(total) if total > 1 else None


def _close(progress) -> None:
    if progress:
        progress.close()


def _report(outcome) -> None:
    if outcome.error is not None:
        print(f"extract: {outcome.source}: {outcome.error}", file=sys.stderr)
    elif outcome.warning:
        print(f"extract: {outcome.source}: warning: {outcome.warning}", file=sys.stderr)


def _silence_stdout() -> None:
    """After a closed pipe (``| head``), keep Python from complaining at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class _Stats:
    def __init__(self) -> None:
        self.files = 0
        self.errors = 0
        self.counts = [0, 0, 0, 0]

    def add(self, outcome) -> None:
        self.files += 1
        self.errors += outcome.error is not None
        for i, n in enumerate(outcome.counts):
            self.counts[i] += n

    def print_summary(self, lists, elapsed: float) -> None:
        from extractor.model import LISTS
        from extractor.output import summary_line

        print(summary_line(self.files, self.errors, self.counts, lists or LISTS, elapsed), file=sys.stderr)
