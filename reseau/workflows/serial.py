"""Extractions and resolutions as JSON, so that a draft can wait in the register."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from reseau.extract.records import Activity, Extraction, ItemInfo, Mention, Mission, Organization, Person, Role
from reseau.resolve.resolver import Decision, Resolution, Verdict
from reseau.workflows.choices import ActivityEdit, Choices


def extraction_json(extraction: Extraction) -> str:
    """Every field of an extraction, mentions and warnings included."""
    return json.dumps(asdict(extraction), ensure_ascii=False)


def _mention(data: dict[str, Any] | None) -> Mention | None:
    return Mention(**data) if data else None


def extraction_from_json(text: str) -> Extraction:
    """The extraction :func:`extraction_json` wrote."""
    data = json.loads(text)
    return Extraction(
        source=data["source"], published=data["published"], warnings=data.get("warnings", []),
        items=[ItemInfo(**i) for i in data["items"]],
        organizations=[Organization(**{**o, "mentions": [Mention(**m) for m in o["mentions"]]})
                       for o in data["organizations"]],
        people=[Person(**{**p, "mentions": [Mention(**m) for m in p["mentions"]],
                          "roles": [Role(**{**r, "evidence": _mention(r["evidence"])}) for r in p["roles"]]})
                for p in data["people"]],
        activities=[Activity(**a) for a in data["activities"]],
        missions=[Mission(**m) for m in data["missions"]],
        announcements=[Activity(**a) for a in data.get("announcements", [])])  # drafts older than them have none


def decision_dict(decision: Decision) -> dict[str, Any]:
    """A decision as the API shows it: ``status`` (same, new, ask), the known record, why."""
    return {"status": decision.action.value, "known_id": decision.existing_id, "known": decision.existing_name,
            "reason": decision.explain(), "score": decision.score}


def _stored_decision(decision: Decision) -> dict[str, Any]:
    return {**decision_dict(decision), "reason": decision.reason, "values": dict(decision.values),
            "fill": dict(decision.fill), "known_roles": [list(r) for r in decision.known_roles]}


def _decision(data: dict[str, Any]) -> Decision:
    # Drafts written before "fill" and "known_roles" existed read as bringing nothing.
    return Decision(Verdict(data["status"]), data["known_id"], data["reason"], data["score"], data["known"],
                    tuple(data.get("values", {}).items()), tuple(data.get("fill", {}).items()),
                    tuple(tuple(r) for r in data.get("known_roles", [])))


def resolution_json(resolution: Resolution) -> str:
    """A resolution as JSON."""
    return json.dumps({"organizations": [_stored_decision(d) for d in resolution.organizations],
                       "people": [_stored_decision(d) for d in resolution.people],
                       "reported_plans": list(resolution.reported_plans)}, ensure_ascii=False)


def resolution_from_json(text: str) -> Resolution:
    """The resolution :func:`resolution_json` wrote."""
    data = json.loads(text)
    return Resolution(tuple(map(_decision, data["organizations"])), tuple(map(_decision, data["people"])),
                      tuple(data.get("reported_plans", [])))


def choices_json(choices: Choices) -> str:
    """A reviewer's choices as JSON (positions become text keys)."""
    return json.dumps({"dropped_organizations": sorted(choices.dropped_organizations),
                       "dropped_people": sorted(choices.dropped_people),
                       "organization_names": choices.organization_names, "people_names": choices.people_names,
                       "organization_verdicts": {k: v.value for k, v in choices.organization_verdicts.items()},
                       "people_verdicts": {k: v.value for k, v in choices.people_verdicts.items()},
                       "activities": {k: asdict(v) for k, v in choices.activities.items()}}, ensure_ascii=False)


def choices_from_json(text: str) -> Choices:
    """The choices :func:`choices_json` wrote (an empty object: none)."""
    data = json.loads(text or "{}")

    def positions(key: str, value=lambda v: v) -> dict:
        return {int(k): value(v) for k, v in data.get(key, {}).items()}

    def edit(v: dict[str, Any]) -> ActivityEdit:
        return ActivityEdit(**{k: tuple(x) if isinstance(x, list) else x for k, x in v.items()})

    return Choices(frozenset(data.get("dropped_organizations", [])), frozenset(data.get("dropped_people", [])),
                   positions("organization_names"), positions("people_names"),
                   positions("organization_verdicts", Verdict), positions("people_verdicts", Verdict),
                   positions("activities", edit))
