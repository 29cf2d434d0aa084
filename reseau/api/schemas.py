"""What the API returns: pydantic models named ``XPublic``, pages of them."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, Field

T = TypeVar("T")
# Identifiers and offsets fit in a 32-bit integer, as both databases store them.
MAX_ID = 2**31 - 1
# Text typed by a person holds no control character (tab and line breaks aside): no name
# holds one, and the XML exports cannot carry them. A name, like a pasted text, holds more
# than spaces. Classes are spelled out: ``\w`` and ``\s`` mean other things in the regular
# expressions of JavaScript (the OpenAPI's) than in Python's and pydantic's.
_CONTROL = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_SPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # Python's str.isspace()
PLAIN = rf"^[^{_CONTROL}]*$"
NAME = rf"^[^{_CONTROL}]*[^{_CONTROL}{_SPACE}][^{_CONTROL}]*$"
# A pasted text holds none of the characters that mark binary data read as text (what
# ingest's reader refuses: C0 and C1 controls, the replacement character), and more than spaces.
_BINARY = r"\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd"
TEXT = rf"^[^{_BINARY}]*[^{_BINARY}{_SPACE}][^{_BINARY}]*$"
# One year-month-day prefix for every filter: year 0 and 1000 BC are no dates of a register.
DATE_PREFIX = r"^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


def _date_text(value: Any) -> Any:
    """JSON carries a date as text: a number would otherwise be read as seconds since 1970."""
    if value is not None and not isinstance(value, (str, date)):
        raise ValueError("date attendue au format AAAA-MM-JJ")
    return value


TextDate = Annotated[date, BeforeValidator(_date_text)]

# A position in one of an import draft's lists, as a JSON object's key.
POSITION_KEY = r"^[0-9]{1,6}$"


class Page(BaseModel, Generic[T]):
    """One page of a list, with the total count."""

    total: int
    offset: int
    limit: int
    items: list[T]


class OrganizationPublic(BaseModel):
    """An organization in a list."""

    id: int
    name: str
    acronym: str | None = None
    kind: str | None = None
    country: str | None = None


class PersonPublic(BaseModel):
    """A person in a list, with their current titles."""

    id: int
    name: str
    titles: list[str] = Field(default_factory=list)


class ActivityFields(BaseModel):
    """What every activity has: when, what, where, on which topics."""

    id: int
    date: str | None
    kind: str
    place: str | None
    title: str | None
    summary: str
    topics: list[str]
    status: Literal["held", "planned"] = Field("held", description="held: reported; planned: announced, not yet reported.")
    date_precision: str | None = Field(None, description="day, week, month, season or year: how much of the date the text gave.")
    followed_by: int | None = Field(None, description="A planned activity: the held activity that later reported it.")


class ActivityPublic(ActivityFields):
    """An activity with its participants' names."""

    people: list[str]
    organizations: list[str]
    part_of: int | None = Field(None, description="The mission or visit that holds this activity.")


class Participant(BaseModel):
    """A person or an organization that took part in an activity."""

    type: Literal["person", "organization"]
    id: int
    name: str
    part: str | None = None


class ActivityRef(BaseModel):
    """The mission or visit an activity belongs to."""

    id: int
    title: str
    date: str | None
    kind: str = "mission"


class PersonRole(BaseModel):
    """A person's title in an organization, with when it was seen."""

    id: int
    name: str
    title: str
    first_seen: str | None
    last_seen: str | None


class Source(BaseModel):
    """A span of a stored document that supports a record, with the rest of its sentence."""

    document: int
    start: int
    end: int
    text: str
    source: str
    before: str
    after: str


class OrganizationProfile(OrganizationPublic):
    """Everything known of an organization."""

    aliases: list[str]
    people: list[PersonRole]
    people_total: int
    activities: list[ActivityPublic]
    last_contact: str | None
    sources: list[Source]
    agreements: list[ActivityPublic] = Field([], description="Agreements it is a party to: date signed, parties, signatories.")


class ActivityProfile(ActivityFields):
    """An activity whole: participants, the mission it belongs to, the activities it holds, its sources."""

    participants: list[Participant]
    part_of: ActivityRef | None
    parts: list[ActivityPublic]
    sources: list[Source]
    follows: list[int] = Field([], description="The planned activities this one reported.")
    document: int | None = None


class RolePublic(BaseModel):
    """A title held by a person."""

    id: int
    title: str
    organization: str | None
    organization_id: int | None = None
    first_seen: str | None
    last_seen: str | None


class MetWith(BaseModel):
    """Someone met at the same activities, and how often."""

    name: str
    times: int


class PersonProfile(BaseModel):
    """Everything known of a person."""

    id: int
    name: str
    aliases: list[str]
    roles: list[RolePublic]
    activities: list[ActivityPublic]
    met_with: list[MetWith]
    sources: list[Source]


class SearchResult(BaseModel):
    """A record or document that holds the words searched."""

    kind: str
    id: int
    label: str


class GraphNode(BaseModel):
    """An organization or a person in the network."""

    id: str
    label: str
    type: str
    kind: str = ""
    country: str = ""
    x: float | None = None
    y: float | None = None


class GraphEdge(BaseModel):
    """A role or shared activities between two nodes."""

    source: str
    target: str
    type: str
    title: str = ""
    first_seen: str = ""
    last_seen: str = ""
    weight: int = 1


class GraphPublic(BaseModel):
    """The network, ready for Cytoscape.js."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]


class StatsPublic(BaseModel):
    """How much the register holds (missions and visits counted apart from the activities they hold)."""

    documents: int
    organizations: int
    people: int
    roles: int
    activities: int
    missions: int
    open_proposals: int


class RecordCounts(BaseModel):
    """How many records of each kind a document supports."""

    organizations: int
    people: int
    roles: int
    activities: int


class DocumentPublic(BaseModel):
    """A document in the list: its title (a file's name, a pasted text's first line), when it was
    published and imported, by whom, and how many records it supports."""

    id: int
    title: str
    published: str | None
    imported_at: str
    imported_by: str | None
    language: str
    supports: RecordCounts


class TextPiece(BaseModel):
    """A stretch of a document's text; inside a mention, the record it supports and the record
    whose page shows it (a role's is its person)."""

    text: str
    kind: Literal["organization", "person", "role", "activity"] | None = None
    record_id: int | None = None
    page_kind: Literal["organization", "person", "activity"] | None = None
    page_id: int | None = None


class RecordRef(BaseModel):
    """A record named in a list, and the record whose page shows it (a role's is its person)."""

    kind: str
    id: int
    name: str
    page_kind: str
    page_id: int


class DocumentDetail(DocumentPublic):
    """A document whole: its text cut at its mentions (the pieces joined give the text back)."""

    source: str
    content_hash: str
    pieces: list[TextPiece]
    records: list[RecordRef]


class ForgetPreviewPublic(BaseModel):
    """What removing a document would take away: its activities, and the records no other document supports."""

    document: int
    title: str
    organizations: list[RecordRef]
    people: list[RecordRef]
    roles: list[RecordRef]
    activities: list[RecordRef]


class ForgetPublic(BaseModel):
    """What removing a document took away."""

    organization: int
    person: int
    role: int
    activity: int


class ErrorPublic(BaseModel):
    """An error the user can act on: its stable code, its fields, and the message in the
    reader's language (``Accept-Language``, or the account's choice)."""

    detail: str
    code: str | None = None
    fields: dict[str, Any] | None = None


class FieldProblem(BaseModel):
    """One field the request got wrong, as FastAPI's validation reports it."""

    loc: list[str | int]
    msg: str
    type: str


class InvalidPublic(BaseModel):
    """A refused request: the fields that failed validation, or one sentence from our own checks."""

    detail: list[FieldProblem] | str
    code: str | None = None
    fields: dict[str, Any] | None = None


# What each error status means on the API; every route declares the ones it can answer.
ERROR_DESCRIPTIONS = {
    400: "corps de la requête illisible (JSON en UTF-8 attendu)",
    401: "connexion requise",
    403: "rôle insuffisant, ou jeton CSRF manquant",
    404: "fiche introuvable",
    409: "conflit avec une fiche existante",
    413: "corps de la requête trop volumineux pour cette adresse",
    422: "demande invalide",
    503: "registre indisponible",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error statuses, each with its body's model."""
    return {status: {"model": InvalidPublic if status == 422 else ErrorPublic, "description": ERROR_DESCRIPTIONS[status]}
            for status in statuses}
