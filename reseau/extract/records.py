"""The records of one document, as extraction hands them on: the JSON contract's shape."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Mention:
    """A span of the document's text that supports a record."""

    start: int
    end: int
    text: str


@dataclass
class Organization:
    """One organization of the document, every way it was written and where."""

    name: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 1.0  # how sure extraction is, in [0, 1] (reseau.extract.confidence)

    @property
    def label(self) -> str:
        """The short form to cite the organization by: its acronym, else its name."""
        return self.acronym or self.name


@dataclass
class Role:
    """A title a person holds, in an organization when the text names it."""

    title: str
    organization: str | None
    evidence: Mention | None = None
    confidence: float = 1.0


@dataclass
class Person:
    """One person of the document."""

    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 1.0


@dataclass
class Activity:
    """A meeting, agreement, hire, publication or event, with who took part; ``status`` is
    ``held``, or ``planned`` when the text announces it (« se tiendra », « aura lieu »)."""

    kind: str
    date: str | None
    date_precision: str | None
    place: str | None
    people: list[str]
    organizations: list[str]
    topics: list[str]
    summary: str
    evidence: dict[str, int]
    title: str | None = None
    part_of: int | None = None
    status: str = "held"  # held | planned (announced, not yet reported)
    confidence: float = 1.0


@dataclass
class Mission:
    """A mission or a delegation's visit that holds several activities."""

    kind: str
    date: str | None
    date_precision: str | None
    place: str | None
    people: list[str]
    organizations: list[str]
    summary: str
    evidence: dict[str, int]


@dataclass
class ItemInfo:
    """A news item of the document."""

    title: str
    start: int
    end: int


@dataclass
class Extraction:
    """Everything extracted from one document."""

    source: str
    published: str | None
    items: list[ItemInfo] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    missions: list[Mission] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Gatherings announced in passing, inside a sentence that tells something else (« pour préparer
    # une conférence qui aura lieu à l'automne »): planned, and not among the activities told.
    announcements: list[Activity] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``reseau extract --format json``."""
        data = asdict(self)
        for org in data["organizations"]:
            org.pop("mentions")
        for person in data["people"]:
            person.pop("mentions")
            for role in person["roles"]:
                evidence = role.pop("evidence")
                role["evidence"] = {"start": evidence["start"], "end": evidence["end"]} if evidence else None
        data.pop("warnings")
        return data
