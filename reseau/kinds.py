"""The kinds of activities and organizations, in one place: extraction writes them, the
register keeps them, queries filter by them and the pages, API and exports show them."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal


class ActivityKind(StrEnum):
    """What an activity is. Missions and delegation visits hold other activities."""

    MEETING = "meeting"
    EVENT = "event"
    AGREEMENT = "agreement"  # a convention, protocol or accord signed: its parties take part
    HIRE = "hire"  # a new employee or intern, an appointment or an election to a post
    PUBLICATION = "publication"
    MISSION = "mission"
    VISIT = "visit"


class ActivityStatus(StrEnum):
    """Whether an activity was reported (held) or only announced (planned: « se tiendra »)."""

    HELD = "held"
    PLANNED = "planned"


# How much of a date the text gave; a season (« à l'automne 2022 ») is dated by its first month.
class DatePrecision(StrEnum):
    """The precision of an activity's date."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"


class OrganizationKind(StrEnum):
    """What an organization is, as the extraction's data files write it."""

    PUBLIC_BODY = "public body"
    ASSOCIATION = "association"
    POLICE = "police"
    RESEARCH = "research"
    NETWORK = "network"
    CITY = "city"
    SCHOOL = "school"
    DIPLOMATIC = "diplomatic"
    COMPANY = "company"
    UNIVERSITY = "university"
    COURT = "court"
    PROGRAMME = "programme"
    MINISTRY = "ministry"
    INTERNATIONAL = "international organization"
    UN_BODY = "UN body"
    HEALTH = "health"
    MILITARY = "military"


# Every kind an activity list shows and filters by: missions and visits are activities too,
# they also hold others (their meetings point to them).
ACTIVITY_KINDS: tuple[str, ...] = tuple(k.value for k in ActivityKind)
STATUSES: tuple[str, ...] = tuple(s.value for s in ActivityStatus)
REPORTED_KINDS: tuple[str, ...] = ("meeting", "event", "agreement", "hire", "publication")
CONTAINER_KINDS: tuple[str, ...] = ("mission", "visit")
# Activities where people gather (the scorer treats them alike; one may be told as another).
GATHERING_KINDS: frozenset[str] = frozenset({"meeting", "event", "agreement"})
# For request validation (the API's ``kind`` parameter lists them in its OpenAPI).
ActivityKindName = Literal["meeting", "event", "agreement", "hire", "publication", "mission", "visit"]
ReportedKind = Literal["meeting", "event", "agreement", "hire", "publication"]  # what a draft's activity may be

assert set(REPORTED_KINDS) | set(CONTAINER_KINDS) == set(ACTIVITY_KINDS)


# The words a person may type for a kind (``reseau activities --kind réunion``): the stored
# English code, or French, with or without accents.
KIND_WORDS = {"reunion": "meeting", "rencontre": "meeting", "evenement": "event", "accord": "agreement",
              "embauche": "hire", "nomination": "hire", "publication": "publication", "mission": "mission",
              "visite": "visit", "visite de delegation": "visit"}


def kind_from_word(word: str) -> str | None:
    """The activity kind a word names (« réunion », « Événement », « meeting »), else None."""
    import unicodedata

    folded = "".join(c for c in unicodedata.normalize("NFD", word.strip().casefold()) if not unicodedata.combining(c))
    if folded in {k.value for k in ActivityKind}:
        return folded
    return KIND_WORDS.get(folded)
