"""A reviewer's choices on a draft: records left out or renamed, an answer to a doubtful
match, activities corrected (participants, date, place, kind). Applied to the extraction
before it is resolved and written; nothing here reads the register."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from reseau.errors import FormatError
from reseau.extract.edits import edit_extraction
from reseau.extract.records import Activity, Extraction
from reseau.kinds import REPORTED_KINDS
from reseau.resolve.resolver import Decision, Verdict

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISION = {4: "year", 7: "month", 10: "day"}


@dataclass(frozen=True)
class ActivityEdit:
    """Corrections to one activity; None leaves a field as extraction found it. ``people`` and
    ``organizations`` are the whole new lists of participants, by the draft's names (a person's
    name, an organization's label); an empty ``date`` or ``place`` clears it."""

    kind: str | None = None
    date: str | None = None
    place: str | None = None
    people: tuple[str, ...] | None = None
    organizations: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Choices:
    """What the reviewer decided, by position in the draft's lists. ``*_verdicts`` answer the
    resolution: « same » joins the known record shown, « new » creates a separate one, « ask »
    creates it and leaves the doubt for later."""

    dropped_organizations: frozenset[int] = frozenset()
    dropped_people: frozenset[int] = frozenset()
    organization_names: dict[int, str] = field(default_factory=dict)
    people_names: dict[int, str] = field(default_factory=dict)
    organization_verdicts: dict[int, Verdict] = field(default_factory=dict)
    people_verdicts: dict[int, Verdict] = field(default_factory=dict)
    activities: dict[int, ActivityEdit] = field(default_factory=dict)


@dataclass(frozen=True)
class Reviewed:
    """The extraction as the reviewer left it, and where each kept record was in the draft."""

    extraction: Extraction
    organizations: tuple[int, ...]
    people: tuple[int, ...]


def check_choices(extraction: Extraction, choices: Choices) -> None:
    """Refuse, with a sentence, choices that do not fit this draft."""
    sizes = {"organization": len(extraction.organizations), "person": len(extraction.people),
             "activity": len(extraction.activities)}
    for what, positions in (("organization", {*choices.dropped_organizations, *choices.organization_names,
                                              *choices.organization_verdicts}),
                            ("person", {*choices.dropped_people, *choices.people_names, *choices.people_verdicts}),
                            ("activity", set(choices.activities))):
        wrong = sorted(p for p in positions if not 0 <= p < sizes[what])
        if wrong:
            raise FormatError("{what} n° {position} : ce brouillon n'en a que {count}", what=what,
                              position=wrong[0], count=sizes[what])
    people = {p.name for p in extraction.people}
    orgs = {o.label for o in extraction.organizations} | {o.name for o in extraction.organizations}
    for position, edit in choices.activities.items():
        if edit.kind is not None and edit.kind not in REPORTED_KINDS:
            raise FormatError("activité n° {position} : type inconnu « {value} » ({kinds})", position=position,
                              value=edit.kind, kinds=", ".join(REPORTED_KINDS))
        if edit.date:
            _check_date(position, edit.date)
        for name in (edit.people or ()):
            if name not in people:
                raise FormatError("activité n° {position} : « {name} » n'est pas une personne de ce bulletin",
                                  position=position, name=name)
        for name in (edit.organizations or ()):
            if name not in orgs:
                raise FormatError("activité n° {position} : « {name} » n'est pas une organisation de ce bulletin",
                                  position=position, name=name)


BAD_DATE = "activité n° {position} : date « {value} » invalide (AAAA, AAAA-MM ou AAAA-MM-JJ)"


def _check_date(position: int, text: str) -> None:
    if not DATE.match(text):
        raise FormatError(BAD_DATE, position=position, value=text)
    try:
        date.fromisoformat((text + "-01-01")[:10] if len(text) < 10 else text)
    except ValueError:
        raise FormatError(BAD_DATE, position=position, value=text) from None


def _edited(activity: Activity, edit: ActivityEdit) -> Activity:
    changes: dict[str, object] = {}
    if edit.kind is not None:
        changes["kind"] = edit.kind
    if edit.date is not None:
        changes["date"] = edit.date or None
        changes["date_precision"] = PRECISION[len(edit.date)] if edit.date else None
    if edit.place is not None:
        changes["place"] = edit.place.strip() or None
    if edit.people is not None:
        changes["people"] = list(dict.fromkeys(edit.people))
    if edit.organizations is not None:
        changes["organizations"] = list(dict.fromkeys(edit.organizations))
    return replace(activity, **changes)


def apply_choices(extraction: Extraction, choices: Choices) -> Reviewed:
    """The extraction with the reviewer's choices applied (activities first, by the draft's
    names; then records dropped and renamed, with everything that named them following)."""
    check_choices(extraction, choices)
    activities = [_edited(a, choices.activities[i]) if i in choices.activities else a
                  for i, a in enumerate(extraction.activities)]
    edited = edit_extraction(replace(extraction, activities=activities),
                             dropped_orgs=set(choices.dropped_organizations), org_names=choices.organization_names,
                             dropped_people=set(choices.dropped_people), people_names=choices.people_names)
    return Reviewed(edited,
                    tuple(i for i in range(len(extraction.organizations)) if i not in choices.dropped_organizations),
                    tuple(i for i in range(len(extraction.people)) if i not in choices.dropped_people))


def answered(shown: Decision, verdict: Verdict | None) -> Decision:
    """The decision the writer follows: the one shown, unless the reviewer answered otherwise."""
    if verdict is None or verdict == shown.action:
        return shown
    if verdict == Verdict.NEW:
        return Decision(Verdict.NEW, reason="séparée à la vérification")
    if shown.existing_id is None:
        raise FormatError("« même fiche » demandé pour un nom que le registre ne connaît pas")
    reason = "rapprochée à la vérification" if verdict == Verdict.SAME else shown.reason
    return replace(shown, action=verdict, reason=reason, values=shown.values if verdict == Verdict.ASK else ())
