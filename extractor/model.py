"""The typed results of an extraction; ``to_dict()`` gives the GUIDE §1 shape.

Passes create entities with offsets into the *normalised* text; the pipeline maps
them to the original text and fills ``text`` before anyone sees them.  ``extra``
holds the optional keys a pass adds (``of``, ``value_max``, ``calendar``, …).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LISTS = ("dates", "documents", "officials", "targets")


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    def overlaps(self, other: "Span | tuple[int, int]") -> bool:
        s, e = (other.start, other.end) if isinstance(other, Span) else other
        return self.start < e and s < self.end


@dataclass(slots=True)
class Date(Span):
    value: str | None = None
    grain: str | None = None
    part_of_day: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = Span.to_dict(self) | {"value": self.value, "grain": self.grain}
        if self.part_of_day:
            d["part_of_day"] = self.part_of_day
        return d | self.extra


@dataclass(slots=True)
class DocumentRef(Span):
    number: str | None = None
    type: str | None = None
    issuer: str | None = None
    date: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # Where the number itself stands (normalised offsets, internal): what other passes must not reuse.
    number_span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return Span.to_dict(self) | {
            "number": self.number, "type": self.type, "issuer": self.issuer, "date": self.date,
        } | self.extra


@dataclass(slots=True)
class Official:
    name: str
    titles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.mentions[0].start if self.mentions else 0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "titles": list(self.titles),
                "mentions": [m.to_dict() for m in self.mentions]} | self.extra


@dataclass(slots=True)
class Target(Span):
    value: int | float | None = None
    unit: str | None = None
    qualifier: str | None = "="
    subject: str | None = None
    status: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return Span.to_dict(self) | {
            "value": self.value, "unit": self.unit, "qualifier": self.qualifier,
            "subject": self.subject, "status": self.status,
        } | self.extra


@dataclass(slots=True)
class Extraction:
    source: str | None = None
    document_date: str | None = None
    dates: list[Date] = field(default_factory=list)
    documents: list[DocumentRef] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)

    def to_dict(self, only: tuple[str, ...] | None = None) -> dict[str, Any]:
        d: dict[str, Any] = {"source": self.source, "document_date": self.document_date}
        for name in only or LISTS:
            d[name] = [e.to_dict() for e in getattr(self, name)]
        return d
