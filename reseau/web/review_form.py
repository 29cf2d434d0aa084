"""The review screen's form: what it shows for each record of a draft (with the choices made
so far), and the reviewer's choices read back from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.datastructures import FormData

from reseau.extract.records import Activity, Extraction
from reseau.resolve.resolver import Decision, Verdict
from reseau.workflows import ActivityEdit, Choices, Draft


@dataclass(frozen=True)
class RecordRow:
    """An organization or person as the form shows it: its position, the record, how it
    resolves, whether it is kept, its name and the verdict chosen."""

    position: int
    record: Any
    match: Decision
    keep: bool
    name: str
    verdict: str


@dataclass(frozen=True)
class ActivityRow:
    """An activity as the form shows it, with the participants one may add."""

    position: int
    activity: Activity
    addable: list[tuple[str, str]]  # (value of the « ajouter » list, what it shows)


@dataclass(frozen=True)
class ReviewRows:
    """Everything the review screen lists, the least sure records first."""

    organizations: list[RecordRow]
    people: list[RecordRow]
    activities: list[ActivityRow]


def _rows(records: list, matches: tuple[Decision, ...], dropped: frozenset[int], names: dict[int, str],
          verdicts: dict[int, Verdict], floor: float, chosen: bool) -> list[RecordRow]:
    rows = [RecordRow(i, r, m, (i not in dropped) if chosen else r.confidence >= floor, names.get(i) or r.name,
                      (verdicts.get(i) or m.action).value)
            for i, (r, m) in enumerate(zip(records, matches))]
    # The ones a reviewer should read come first.
    return sorted(rows, key=lambda row: (row.record.confidence, row.position))


def _participants(activity: Activity, edit: ActivityEdit | None) -> Activity:
    if edit is None:
        return activity
    return Activity(**{**activity.__dict__, **{k: (list(v) if isinstance(v, tuple) else v)
                                              for k, v in edit.__dict__.items() if v is not None}})


def review_rows(draft: Draft, floor: float) -> ReviewRows:
    """The rows of the review screen for a draft; the reviewer's last choices shown if any."""
    ex, choices = draft.extraction, draft.choices
    chosen = choices != Choices()
    orgs = _rows(ex.organizations, draft.resolution.organizations, choices.dropped_organizations,
                 choices.organization_names, choices.organization_verdicts, floor, chosen)
    people = _rows(ex.people, draft.resolution.people, choices.dropped_people, choices.people_names,
                   choices.people_verdicts, floor, chosen)
    activities = []
    for j, activity in enumerate(ex.activities):
        shown = _participants(activity, choices.activities.get(j))
        addable = [(f"person:{p.name}", p.name) for p in ex.people if p.name not in shown.people]
        addable += [(f"org:{o.label}", o.name if o.label == o.name else f"{o.name} ({o.label})")
                    for o in ex.organizations if o.label not in shown.organizations]
        activities.append(ActivityRow(j, shown, addable))
    return ReviewRows(orgs, people, activities)


def _verdicts(form: FormData, prefix: str, count: int) -> dict[int, Verdict]:
    values = {i: form.get(f"{prefix}-{i}-verdict") for i in range(count)}
    return {i: Verdict(v) for i, v in values.items() if v in {x.value for x in Verdict}}


def _activity_edit(form: FormData, j: int, activity: Activity) -> ActivityEdit | None:
    if not form.get(f"activity-{j}-shown"):  # a form without this activity changes nothing of it
        return None
    people = [str(v) for v in form.getlist(f"activity-{j}-person")]
    orgs = [str(v) for v in form.getlist(f"activity-{j}-org")]
    added = str(form.get(f"activity-{j}-add") or "")
    if added.startswith("person:"):
        people.append(added[len("person:"):])
    elif added.startswith("org:"):
        orgs.append(added[len("org:"):])
    kind, when, place = (str(form.get(f"activity-{j}-{k}") or "").strip() for k in ("kind", "date", "place"))
    # Only what the reviewer changed: a date left as it was keeps its precision (a week, a season).
    edit = ActivityEdit(kind=kind if kind and kind != activity.kind else None,
                        date=when if when != (activity.date or "") else None,
                        place=place if place != (activity.place or "") else None,
                        people=tuple(people) if people != activity.people else None,
                        organizations=tuple(orgs) if orgs != activity.organizations else None)
    return edit if edit != ActivityEdit() else None


def choices_from_form(form: FormData, extraction: Extraction) -> Choices:
    """The reviewer's choices as the review form sends them."""
    n_orgs, n_people = len(extraction.organizations), len(extraction.people)
    edits = {j: _activity_edit(form, j, a) for j, a in enumerate(extraction.activities)}
    return Choices(
        dropped_organizations=frozenset(i for i in range(n_orgs) if not form.get(f"org-{i}-keep")),
        dropped_people=frozenset(i for i in range(n_people) if not form.get(f"person-{i}-keep")),
        organization_names={i: str(form.get(f"org-{i}-name") or "") for i in range(n_orgs) if form.get(f"org-{i}-name")},
        people_names={i: str(form.get(f"person-{i}-name") or "") for i in range(n_people) if form.get(f"person-{i}-name")},
        organization_verdicts=_verdicts(form, "org", n_orgs), people_verdicts=_verdicts(form, "person", n_people),
        activities={j: e for j, e in edits.items() if e is not None})
