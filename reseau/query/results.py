"""What the queries answer, as typed records: the API's schemas, the CLI's tables and the
pages' templates all read these, so a field renamed here is renamed everywhere.

Plain frozen dataclasses with slots: a profile page builds hundreds of activity rows, and
these cost no validation (the API validates once, on the way out).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any


def as_dict(value: Any) -> Any:
    """A result (or a list of them) as plain dicts and lists, for JSON and CSV output."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list):
        return [as_dict(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class SourceSentence:
    """A span of a stored document that supports a record, with the rest of its sentence."""

    document: int
    start: int
    end: int
    text: str
    source: str  # the document's title, for a reader: a file's name or a pasted text's first line
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """An activity in a list, with its participants' names and the mission or visit that holds it."""

    id: int
    date: str | None
    kind: str
    place: str | None
    title: str | None
    summary: str
    topics: list[str]
    people: list[str]
    organizations: list[str]
    part_of: int | None = None
    status: str = "held"  # held | planned (announced)
    date_precision: str | None = None  # day | week | month | season | year
    followed_by: int | None = None  # a planned activity: the held one that reported it


@dataclass(frozen=True, slots=True)
class Participant:
    """A person or an organization that took part in an activity, with its part in it."""

    type: str  # person | organization
    id: int
    name: str
    part: str | None = None


@dataclass(frozen=True, slots=True)
class ActivityRef:
    """The mission or visit an activity belongs to."""

    id: int
    title: str
    date: str | None
    kind: str = "mission"


@dataclass(frozen=True, slots=True)
class ActivityProfile:
    """An activity whole: participants, the mission it belongs to, the activities it holds, its sources."""

    id: int
    date: str | None
    kind: str
    place: str | None
    title: str | None
    summary: str
    topics: list[str]
    participants: list[Participant]
    part_of: ActivityRef | None
    parts: list[ActivityRow]
    sources: list[SourceSentence]
    document: int | None = None
    status: str = "held"
    date_precision: str | None = None
    followed_by: int | None = None
    follows: list[int] = field(default_factory=list)  # the planned activities this one reported


@dataclass(frozen=True, slots=True)
class MissionSpan:
    """A mission or visit on the timeline: a bar from its first meeting to its last."""

    id: int
    kind: str
    title: str
    start: str
    end: str
    meetings: list[tuple[int, str]]  # (activity id, date) of the activities it holds


@dataclass(frozen=True, slots=True)
class OrganizationRow:
    """An organization in a list."""

    id: int
    name: str
    acronym: str | None
    kind: str | None
    country: str | None
    last_contact: str | None = None  # the date of its latest activity


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person in a list, with their titles."""

    id: int
    name: str
    titles: list[str]
    last_contact: str | None = None  # the date of their latest activity


@dataclass(frozen=True, slots=True)
class Listing:
    """One page of a list and how many rows the whole list has."""

    total: int
    rows: list[Any]


@dataclass(frozen=True, slots=True)
class PersonInOrganization:
    """Someone's title in an organization, with when it was seen."""

    id: int
    name: str
    title: str
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class RoleRow:
    """A title a person holds (its ``id`` is the role's, for corrections)."""

    id: int
    title: str
    organization: str | None
    organization_id: int | None
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class MetWith:
    """Someone met at the same activities, and how often."""

    name: str
    times: int


@dataclass(frozen=True, slots=True)
class OrganizationProfile:
    """Everything the register knows of an organization."""

    id: int
    name: str
    acronym: str | None
    kind: str | None
    country: str | None
    city: str | None
    aliases: list[str]
    people: list[PersonInOrganization]
    people_total: int
    activities: list[ActivityRow]
    last_contact: str | None
    sources: list[SourceSentence]
    # Conventions, protocols and accords it is a party to, newest first: when signed, the other
    # parties, the signatories and what it covers (summary, topics).
    agreements: list[ActivityRow] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PersonProfile:
    """Everything the register knows of a person."""

    id: int
    name: str
    aliases: list[str]
    roles: list[RoleRow]
    activities: list[ActivityRow]
    met_with: list[MetWith]
    sources: list[SourceSentence]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A record or document that holds the words searched (``close``: a name close to the
    words, not holding them)."""

    kind: str
    id: int
    label: str
    close: bool = False


@dataclass(slots=True)
class GraphNode:
    """An organization or a person in the network."""

    id: str
    label: str
    type: str
    kind: str = ""
    country: str = ""
    x: float | None = None
    y: float | None = None


@dataclass(slots=True)
class GraphEdge:
    """A role, or the activities two nodes shared."""

    source: str
    target: str
    type: str
    title: str = ""
    first_seen: str = ""
    last_seen: str = ""
    weight: int = 1


@dataclass(frozen=True, slots=True)
class Graph:
    """The network: nodes and edges."""

    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RegisterStats:
    """How much the register holds."""

    documents: int
    organizations: int
    people: int
    roles: int
    activities: int
    missions: int
    open_proposals: int


@dataclass(frozen=True, slots=True)
class Promises:
    """What was announced: still to come (its period not over, or undated), and past its period
    with nothing reported since."""

    upcoming: list[ActivityRow]
    overdue: list[ActivityRow]


@dataclass(frozen=True, slots=True)
class ProposalRow:
    """A doubt waiting for a person: is ``record`` the same as ``candidate``? ``reason`` is a
    :class:`reseau.i18n.Text` (French as a string; ``render(lang)`` in any language)."""

    id: int
    kind: str  # organization | person
    record_id: int
    record: str
    candidate_id: int
    candidate: str
    reason: str
    score: int


@dataclass(frozen=True, slots=True)
class RecordCounts:
    """How many records of each kind a document supports."""

    organizations: int = 0
    people: int = 0
    roles: int = 0
    activities: int = 0


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document in the list: its title, when it was published and imported, by whom, what it supports."""

    id: int
    title: str
    published: str | None
    imported_at: str
    imported_by: str | None
    language: str
    supports: RecordCounts


@dataclass(frozen=True, slots=True)
class TextPiece:
    """A stretch of a document's text; inside a mention, the record it supports (its page)."""

    text: str
    kind: str | None = None  # organization | person | role | activity, or None outside mentions
    record_id: int | None = None
    # The record whose page shows this one: itself, or for a role the person who holds it.
    page_kind: str | None = None
    page_id: int | None = None


@dataclass(frozen=True, slots=True)
class RecordRef:
    """A record named in a list: its kind, number and name, and the record whose page shows it
    (itself, or for a role the person who holds it)."""

    kind: str
    id: int
    name: str
    page_kind: str = ""
    page_id: int = 0


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document whole: its text cut at its mentions, and the records they support."""

    id: int
    title: str
    source: str
    published: str | None
    imported_at: str
    imported_by: str | None
    language: str
    content_hash: str
    supports: RecordCounts
    pieces: list[TextPiece]
    records: list[RecordRef]


@dataclass(frozen=True, slots=True)
class ForgetPreview:
    """What removing a document would take away: the records no other document supports."""

    document: int
    title: str
    organizations: list[RecordRef]
    people: list[RecordRef]
    roles: list[RecordRef]
    activities: list[RecordRef]
