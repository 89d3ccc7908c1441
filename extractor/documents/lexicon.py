"""The documents lexicons, read once from ``extractor/data/``.

- ``document_types.tsv``: type codes per numbering system (``NQ`` party → Nghị quyết,
  ``TT`` party → Thông tri but law → Thông tư).
- ``issuers.tsv``: issuer codes → a full name and the words that name the same body in
  prose (``TU`` → Tỉnh ủy; aliases Tỉnh ủy|Thành ủy), per system (``BTC`` state → Bộ Tài
  chính, party → Ban Tổ chức).
- ``documents_type_words.tsv``: the type words of prose (``Chương trình hành động`` →
  Chương trình), longest first.
- ``documents_type_abbreviations.tsv``: type codes used as words before a bare number
  (``NQ 28``).

>>> type_of_code("TT", "party"), type_of_code("TT", "law"), type_of_code("QĐi", "party")
('Thông tri', 'Thông tư', 'Quy định')
>>> issuer_name("TU", "party"), issuer_name("BTC", "party"), issuer_name("BTC", "state")
('Tỉnh ủy', 'Ban Tổ chức', 'Bộ Tài chính')
>>> TYPE_WORDS["chương trình hành động"]
'Chương trình'
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

import regex

from extractor.text import script
from extractor.text.patterns import LazyPattern

DIGITS = LazyPattern(r"\d+")  # a run of digits, for reading the numbers inside a reference

SYSTEMS = ("party", "state", "law")


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("extractor.data").joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _by_system(rows: list[dict[str, str]]) -> dict[tuple[str, str], dict[str, str]]:
    """(system, code) → row; the first row wins, ``state|law`` rows serve both."""
    table: dict[tuple[str, str], dict[str, str]] = {}
    for row in rows:
        code = row["code"]
        if not code:
            continue
        for system in row["system"].split("|"):
            table.setdefault((system, code), row)
    return table


_TYPE_ROWS = _by_system(_rows("document_types.tsv"))
_ISSUER_ROWS = _by_system(_rows("issuers.tsv"))

PARTY_TYPE_CODES = frozenset(code for system, code in _TYPE_ROWS if system == "party")
PARTY_ISSUER_CODES = frozenset(code for system, code in _ISSUER_ROWS if system == "party")

TYPE_WORDS: dict[str, str] = {r["word"].lower(): r["type"] for r in _rows("documents_type_words.tsv")}
TYPE_ABBREVIATIONS: dict[str, str] = {r["abbr"]: r["type"] for r in _rows("documents_type_abbreviations.tsv")}


_ISSUER_BY_FOLD = {code.casefold(): code for _, code in sorted(_ISSUER_ROWS, reverse=True)}
_TYPE_BY_FOLD = {code.casefold(): code for _, code in sorted(_TYPE_ROWS, reverse=True)}


def canonical_issuer_code(code: str) -> str | None:
    """The table's spelling of an issuer code written in another case (``TTG`` → ``TTg``)."""
    return _ISSUER_BY_FOLD.get(code.casefold())


def canonical_type_code(code: str) -> str | None:
    return _TYPE_BY_FOLD.get(code.casefold())


def org_words(kind: str) -> list[str]:
    """Words of bodies' names by kind (``pair``, ``lower``, ``head``), from ``documents_org_words.tsv``."""
    return [r["words"] for r in _ORG_ROWS if r["kind"] == kind]


_ORG_ROWS = _rows("documents_org_words.tsv")


def _fallbacks(system: str) -> tuple[str, ...]:
    return {"party": ("party",), "state": ("state", "law"), "law": ("law", "state")}[system]


def type_of_code(code: str, system: str) -> str | None:
    """The type a code names in a numbering system, falling back to the nearest system."""
    for c in dict.fromkeys((code, canonical_type_code(code))):
        for s in _fallbacks(system):
            row = _TYPE_ROWS.get((s, c))
            if row:
                return row["type"]
    return None


def is_type_code(code: str, system: str) -> bool:
    return type_of_code(code, system) is not None


def _issuer_row(code: str, system: str) -> dict[str, str] | None:
    for s in (*_fallbacks(system), *SYSTEMS):
        row = _ISSUER_ROWS.get((s, code))
        if row:
            return row
    return None


def is_unit(code: str) -> bool:
    """A drafting-unit suffix of state symbols (VP, KT, GDTrH), not an issuer of its own."""
    row = _issuer_row(code, "state")
    return bool(row) and row["level"] == "other" and row["system"] == "state"


def issuer_name(code: str, system: str) -> str | None:
    row = _issuer_row(code, system)
    return row["name"] if row else None


@lru_cache(maxsize=512)
def issuer_aliases(code: str, system: str) -> tuple[str, ...]:
    row = _issuer_row(code, system)
    if not row:
        return ()
    return tuple(fold(a) for a in (row["aliases"] or row["name"]).split("|") if a)


def issuer_alias_names(code: str, system: str) -> tuple[str, ...]:
    """The names a code's body goes by, as written in the table (``Tỉnh ủy``, ``Thành ủy``)."""
    row = _issuer_row(code, system)
    return tuple(a for a in row["aliases"].split("|") if a) if row else ()


@lru_cache(maxsize=1)
def all_aliases() -> frozenset[str]:
    return frozenset(fold(a) for row in _ISSUER_ROWS.values() for a in row["aliases"].split("|") if len(a) > 3)


_OLD_UY = regex.compile(r"u([ỷýỳỹỵ])")
_OLD_OA = regex.compile(r"o([áàảãạ])")
_UY_MAP = {"ỷ": "ủy", "ý": "úy", "ỳ": "ùy", "ỹ": "ũy", "ỵ": "ụy"}
_OA_MAP = {"á": "óa", "à": "òa", "ả": "ỏa", "ã": "õa", "ạ": "ọa"}


def fold(s: str) -> str:
    """Casefolded, with old tone placement moved (``uỷ`` → ``ủy``, ``oá`` → ``óa``) for comparing names."""
    s = s.casefold()
    s = _OLD_UY.sub(lambda m: _UY_MAP[m.group(1)], s)
    s = _OLD_OA.sub(lambda m: _OA_MAP[m.group(1)], s)
    return " ".join(s.split())


def in_script_form(pattern: str, flags: int = 0) -> LazyPattern:
    """A `regex` pattern as a stdlib `re` one that matches the same on text ``script.in_script``,
    where `re` scans classes and word lists faster."""
    return LazyPattern(script.to_re(pattern), flags, engine=re)
