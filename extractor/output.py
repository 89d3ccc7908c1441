"""Output: a JSON object, a JSON array, JSON lines, or readable rich tables.

JSON goes to stdout; the tables are for people and also go to stdout.  Warnings and
errors are written by the CLI to stderr.
"""

from __future__ import annotations

import json
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
