"""What the extraction components find in one news item, with character spans.

Each kind of fact has its own Doc extension (``doc._.orgs``, ``doc._.people``…), written
by the component whose factory ``assigns`` it and read by those that ``requires`` it; the
pipeline checks that order when it is built. Offsets are relative to the item's text.
``item_facts`` bundles them at the end of the pipeline for the document-level assembly
(``reseau.extract.document``), which turns the facts of every item into records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from reseau.extract.tokens import GRADE_CODE

# One Doc extension per kind of fact (ItemFacts' field names); ``item`` holds the item's text and title line.
EXTENSIONS = ("item", "orgs", "people", "roles", "title_refs", "dates", "places", "clauses", "topics")


def register_extensions() -> None:
    """Declare one Doc extension per kind of fact (None until its component writes it)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@dataclass(frozen=True)
class ItemText:
    """The item's text, kept once (spaCy rebuilds ``doc.text`` on every call), and where its title line ends."""

    text: str
    title_end: int = 0


@dataclass
class OrgSpan:
    """A mention of an organization."""

    start: int
    end: int
    name: str
    acronym: str | None = None
    kind: str | None = None
    country: str | None = None
    unit: bool = False
    aliases: list[str] = field(default_factory=list)
    source: str = "rule"  # rule | gazetteer | ner | acronym | generic


@dataclass
class PersonSpan:
    """A mention of a person; ``partial`` when only a first name or a surname is written."""

    start: int
    end: int
    name: str
    partial: bool = False
    rank: str | None = None
    surname_first: bool = False  # « DIALLO Ousmane »: the written order, kept unless the text also writes it the other way

    @property
    def rank_title(self) -> str | None:
        """The rank as a title: capitalised, its words joined as written (« Lieutenant-détective »,
        « Sergent d'état-major »), a grade's code in capitals (« OPC1 »), where ``rank`` keeps the tokens
        apart and in lower case for the readers that match them."""
        if not self.rank:
            return None
        title = self.rank.replace(" - ", "-").replace("' ", "'").replace("’ ", "’")
        title = " ".join(w.upper() if GRADE_CODE.fullmatch(w.upper()) else w for w in title.split(" "))  # « OPC1 »
        return title[:1].upper() + title[1:]


@dataclass
class RoleFact:
    """A title given to a person, and the organization it belongs to when the text says."""

    person: int
    title: str
    start: int
    end: int
    org: int | None = None
    # text | led (« une délégation de X conduite par ») | possessive | context | rank | publisher | place | none
    # | below (a contacts block: the body on the next line, which may open the next item)
    # | board (a bare board officer's title: the page's association if its masthead names one)
    # | pointer (« de l'association » among several named: the masthead's, if it opens on that word)
    org_from: str = "text"
    # « la ministre, accompagnée de son chef de cabinet »: the title whose body this one's is, for a body
    # the item does not name (org_from "back")
    owner_title: str | None = None
    # « président de la communauté de communes »: the lower-case kind of body the title names, which the page's
    # masthead may name in full (« Communauté de communes X »); the context's body otherwise
    kind_of_body: str | None = None


@dataclass
class TitleRef:
    """A title written without a name (« la directrice générale du CIPC »): an anaphor."""

    start: int
    end: int
    title: str
    org: int | None = None


@dataclass
class DateSpan:
    """A date expression before it is resolved against the publication date."""

    start: int
    end: int
    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    relative: str | None = None  # next_day, previous_day, this_month, last_month, last_week, this_week, same_day
    precision: str = "day"
    last_day: int | None = None  # « du 16 au 20 mai »: the day a range of days ends on
    direction: str | None = None  # « le 14 avril prochain »: next or last, whatever the tense says
    # None for a date things may happen on; else why it is not one: dateline, header, communique, duty, law, founding
    role: str | None = None


@dataclass
class PlaceSpan:
    """A place name; ``kind`` is city unless the data says country, region or continent."""

    start: int
    end: int
    name: str
    kind: str = "city"


@dataclass
class Clause:
    """A sentence or a part of one that may report an activity."""

    start: int
    end: int
    sentence: int
    cue: str | None = None  # meeting | agreement | hire | publication | event | container
    trigger: int | None = None  # offset of the word that carries the cue
    anaphoric: bool = False  # « la réunion », « cette rencontre »: refers to the current activity
    future: bool = False
    title_cue: str | None = None  # the cue of the item's title line
    container: bool = False  # speaks of a delegation or a mission
    gathering: bool = False  # the cue is a conference, a forum, a webinar…: someone's event
    told_done: bool = True  # a past tense, a coming one or a passive: not a habit told in the present


@dataclass
class TopicSpan:
    """A mention of a crime-prevention theme."""

    start: int
    end: int
    topic: str


@dataclass
class ItemFacts:
    """Everything the components found in one item."""

    orgs: list[OrgSpan] = field(default_factory=list)
    people: list[PersonSpan] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    title_refs: list[TitleRef] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    places: list[PlaceSpan] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    topics: list[TopicSpan] = field(default_factory=list)
    title_end: int = 0  # where the title line ends in the item's text
    text: str = ""  # the item's text (spaCy rebuilds doc.text on every call)


def item_facts(doc: Doc) -> ItemFacts:
    """The facts the pipeline's components wrote on one item, bundled for the assembly."""
    item = doc._.item
    return ItemFacts(
        orgs=doc._.orgs or [], people=doc._.people or [], roles=doc._.roles or [],
        title_refs=doc._.title_refs or [], dates=doc._.dates or [], places=doc._.places or [],
        clauses=doc._.clauses or [], topics=doc._.topics or [],
        title_end=item.title_end if item else 0, text=item.text if item else doc.text,
    )
