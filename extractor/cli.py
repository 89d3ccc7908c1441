"""The ``extract`` command: a thin layer over ``extractor.extract``."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from extractor import __version__
from extractor.model import LISTS

EPILOG = """\
Examples:

  extract report.txt                      readable tables\n
  extract report.txt --json               one JSON object\n
  extract a.txt b.txt --json              a JSON array\n
  extract reports/ --jsonl > all.jsonl    one line per file, recursively\n
  cat report.txt | extract - --json       standard input\n
  extract report.txt --json --only officials | jq -r '.officials[] | "\\(.name)\\t\\(.titles | join("; "))"'
"""

app = typer.Typer(add_completion=False, rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        print(f"extract {__version__}")
        raise typer.Exit()


def _parse_only(value: Optional[str]) -> tuple[str, ...] | None:
    if not value:
        return None
    names = tuple(dict.fromkeys(n.strip() for n in value.split(",") if n.strip()))
    bad = [n for n in names if n not in LISTS]
    if bad or not names:
        raise typer.BadParameter(f"unknown list {', '.join(bad) or value!r}; choose from {', '.join(LISTS)}")
    return names


@app.command(epilog=EPILOG)
def main(
    paths: Annotated[list[str], typer.Argument(help="Text files, folders (walked recursively), or - for standard input.", show_default=False)],
    json_: Annotated[bool, typer.Option("--json", help="Print JSON: an object for one file, an array for several.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Print one compact JSON object per line, as each file finishes.")] = False,
    only: Annotated[Optional[str], typer.Option("--only", help="Comma-separated lists to keep: dates,documents,officials,targets.", show_default=False)] = None,
    glob: Annotated[str, typer.Option("--glob", help="Which files to take from folders.")] = "*.txt",
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Extract dates, document references, officials and figures from Vietnamese administrative text."""
    if json_ and jsonl:
        raise typer.BadParameter("choose one of --json and --jsonl")
    lists = _parse_only(only)
    from extractor import output, sources

    many = len(paths) > 1 or any(p != sources.STDIN and _is_dir(p) for p in paths)
    failed = False
    results = _results(sources.expand(paths, glob), lists)
    if jsonl:
        for obj in results:
            failed |= "error" in obj
            sys.stdout.write(output.dumps(obj, compact=True) + "\n")
            sys.stdout.flush()
    elif json_ and many:
        sys.stdout.write("[")
        for i, obj in enumerate(results):
            failed |= "error" in obj
            sys.stdout.write(("," if i else "") + "\n" + output.dumps(obj))
        sys.stdout.write("\n]\n")
    elif json_:
        for obj in results:
            failed |= "error" in obj
            sys.stdout.write(output.dumps(obj) + "\n")
    else:
        for obj in results:
            failed |= "error" in obj
            output.print_tables(obj, sys.stdout)
    raise typer.Exit(1 if failed else 0)


def _is_dir(path: str) -> bool:
    import os

    return os.path.isdir(path)


def _results(inputs, lists):
    from extractor import output, sources
    from extractor.pipeline import extract

    for item in inputs:
        got = sources.read(item)
        if got.error is not None:
            print(f"extract: {got.source}: {got.error}", file=sys.stderr)
            yield output.error_object(got.source, got.error)
            continue
        if got.warning:
            print(f"extract: {got.source}: warning: {got.warning}", file=sys.stderr)
        yield extract(got.text, only=lists, source=got.source).to_dict(lists)


def run() -> None:
    app()
