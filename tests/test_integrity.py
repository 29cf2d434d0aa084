"""No row points at nothing after forget, delete, erase or merge, and every change undone gives
back the register as it was (SQLite, and PostgreSQL when given)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from reseau.errors import Conflict
from reseau.workflows import ingest_paths
from reseau.publish.exports import register_tables
from reseau.query.lookup import find_organization, find_person
from reseau.store.editing import add_participant, add_role, edit_activity, edit_role, end_role, remove_participant
from reseau.store.curation import add_alias, create_record, delete_organization, edit_field, forget_document
from reseau.store.merge import merge_records
from reseau.store.personal_data import erase_person
from reseau.store.removal import KIND_OF_TABLE, POINTING
from reseau.store.tables import Activity, AuditEntry, Base, Proposal, Role
from reseau.store.undo import undo_change
from tests.conftest import ROOT

APU = ROOT / "examples" / "bulletin-apu-2023-10.txt"
JEUNESSE = ROOT / "examples" / "bulletin-reseau-jeunesse.html"
# Rows that keep the history of what went (the audit) or accounts: not records' dependents.
UNCHECKED = {"audit", "users", "api_tokens", "sessions"}


@pytest.fixture
def loaded(register, nlp):
    ingest_paths(register, [str(APU)], published=date(2023, 10, 31))
    ingest_paths(register, [str(JEUNESSE)], published=date(2024, 4, 30))
    return register


def orphans(register) -> dict[str, int]:
    """Rows, in every table, that point at a row that does not exist (by foreign key or by (kind, id))."""
    found = {}
    with register.sessions() as s:
        for table in Base.metadata.sorted_tables:
            for key in table.foreign_keys:
                parent = key.column.table
                n = s.scalar(select(func.count()).select_from(table).where(
                    key.parent.is_not(None), key.parent.not_in(select(parent.c.id))))
                if n:
                    found[f"{table.name}.{key.parent.name}"] = n
        for name, columns in POINTING.items():
            table = Base.metadata.tables[name]
            for record_table, kind in KIND_OF_TABLE.items():
                ids = select(Base.metadata.tables[record_table].c.id)
                for column in columns:
                    n = s.scalar(select(func.count()).select_from(table).where(
                        table.c.record_kind == kind, table.c[column].not_in(ids)))
                    if n:
                        found[f"{name}.{column} → {kind}"] = n
    return found


def export(register) -> dict:
    """The register as a JSON export gives it, with the mentions, aliases, doubts and search rows."""
    with register.sessions() as s:
        out = json.loads(json.dumps(register_tables(s), default=str))
        # PostgreSQL reads participations in the order of the table's pages, which updates change.
        out["participations"].sort(key=lambda p: json.dumps(p, sort_keys=True))
        for name in ("mentions", "org_aliases", "person_aliases", "proposals", "documents"):
            table = Base.metadata.tables[name]
            out[name] = [json.loads(json.dumps(dict(r), default=str)) for r in s.execute(select(table).order_by(table.c.id)).mappings()]
        table = Base.metadata.tables["search_entries"]
        out["search"] = sorted(tuple(r) for r in s.execute(select(table.c.record_kind, table.c.record_id, table.c.folded)))
    return out


def last_audit(register) -> int:
    with register.sessions() as s:
        return s.scalar(select(func.max(AuditEntry.id)))


def test_no_orphan_after_forget_delete_erase_merge(loaded):
    register = loaded
    with register.transaction() as s:
        spvm, laval = find_organization(s, "SPVM").id, find_organization(s, "Service de police de Laval").id
        # A doubt about the absorbed record stayed behind it, pointing at nothing (failed before).
        s.add(Proposal(record_kind="organization", record_id=laval, candidate_id=spvm, reason="même ville", score=50))
    with register.transaction() as s:
        merge_records(s, "organization", keep=spvm, drop=laval, actor="test")
    assert orphans(register) == {}
    with register.transaction() as s:
        delete_organization(s, find_organization(s, "APU").id, actor="test")
    assert orphans(register) == {}
    with register.transaction() as s:
        erase_person(s, find_person(s, "Amina Diallo"), actor="dpo")
    assert orphans(register) == {}
    with register.transaction() as s:
        forget_document(s, str(JEUNESSE), actor="test")
    assert orphans(register) == {}
    with register.transaction() as s:
        forget_document(s, str(APU), actor="test")
    assert orphans(register) == {}
    with register.sessions() as s:
        for name in ("organizations", "people", "roles", "activities", "mentions", "search_entries", "proposals"):
            table = Base.metadata.tables[name]
            assert s.scalar(select(func.count()).select_from(table)) == 0, name


def test_a_merge_undone_gives_back_the_register(loaded):
    register = loaded
    before = export(register)
    with register.transaction() as s:
        keep, drop = find_person(s, "Amina Diallo").id, find_person(s, "Maude Lavoie").id
        merge_records(s, "person", keep=keep, drop=drop, actor="test")
    assert export(register) != before
    with register.transaction() as s:
        undo_change(s, last_audit(register), actor="test")
    assert export(register) == before
    assert orphans(register) == {}


def test_an_accepted_proposal_undone(loaded):
    register = loaded
    with register.transaction() as s:
        create_record(s, "organization", {"name": "Alliance urbaine de prévention", "acronym": None}, actor="t")
    with register.transaction() as s:
        s.add(Proposal(record_kind="organization", record_id=last_record(s), candidate_id=find_organization(s, "APU").id,
                       reason="même nom", score=90))
    before = export(register)
    from reseau.store.merge import decide

    with register.transaction() as s:
        decide(s, s.scalar(select(func.max(Proposal.id))), accept=True, actor="t")
    assert orphans(register) == {}
    with register.transaction() as s:
        review = s.scalar(select(AuditEntry.id).where(AuditEntry.action == "review accepted"))
        with pytest.raises(Conflict, match="annulez d'abord"):
            undo_change(s, review, actor="t")
    with register.transaction() as s:
        undo_change(s, s.scalar(select(AuditEntry.id).where(AuditEntry.action == "merge")), actor="t")
    with register.transaction() as s:
        undo_change(s, review, actor="t")
    assert export(register) == before


def last_record(s) -> int:
    from reseau.store.tables import Organization

    return s.scalar(select(func.max(Organization.id)))


def _a_meeting(s) -> Activity:
    return s.scalars(select(Activity).where(Activity.participants.any()).order_by(Activity.id)).first()


def _a_role(s) -> Role:
    return s.scalars(select(Role).order_by(Role.id)).first()


# Corrections made from an activity's or a person's page (reseau.store.editing).
CORRECTIONS = {
    "activity edit": lambda s: edit_activity(s, _a_meeting(s).id, {"place": "Lausanne", "date": "2023-11", "kind": "event"}, actor="t"),
    "participant add": lambda s: add_participant(s, _a_meeting(s).id, person_id=find_person(s, "Maude Lavoie").id, actor="t"),
    "participant remove": lambda s: remove_participant(
        s, _a_meeting(s).id, **{("person_id" if p.person_id else "organization_id"): p.person_id or p.organization_id
                                for p in _a_meeting(s).participants[:1]}, actor="t"),
    "role add": lambda s: add_role(s, find_person(s, "Amina Diallo").id, title="Conseillère", first_seen="2023-01-02", actor="t"),
    "role edit": lambda s: edit_role(s, _a_role(s).id, {"title": "Présidente", "first_seen": "2020-05-04"}, actor="t"),
    "role end": lambda s: end_role(s, _a_role(s).id, "2031-12-31", actor="t"),
}


@pytest.mark.parametrize("change", ["forget", "delete", "edit", "alias", "create", "ingest", *CORRECTIONS])
def test_each_change_undone(loaded, change):
    register = loaded
    before = export(register)
    with register.transaction() as s:
        if change == "forget":
            forget_document(s, str(JEUNESSE), actor="t")
        elif change == "delete":
            delete_organization(s, find_organization(s, "APU").id, actor="t")
        elif change == "edit":
            edit_field(s, "organization", find_organization(s, "APU").id, "name", "Alliance urbaine", actor="t")
        elif change == "alias":
            add_alias(s, "person", find_person(s, "Amina Diallo").id, "Mme Diallo-Keita", actor="t")
        elif change == "create":
            create_record(s, "person", {"name": "Nouvelle Personne"}, actor="t")
        elif change in CORRECTIONS:
            CORRECTIONS[change](s)
    if change == "ingest":
        with register.sessions() as s:
            entry = s.scalar(select(AuditEntry.id).where(AuditEntry.action == "ingest").order_by(AuditEntry.id.desc()))
        with register.transaction() as s:
            undo_change(s, entry, actor="t")
        with register.sessions() as s:
            assert "Maude Lavoie" not in {p["name"] for p in register_tables(s)["people"]}
        assert orphans(register) == {}
        return
    assert export(register) != before
    with register.transaction() as s:
        undo_change(s, last_audit(register), actor="t")
    assert export(register) == before
    with register.transaction() as s, pytest.raises(Conflict, match="déjà été annulée"):
        undo_change(s, last_audit(register) - 1, actor="t")


def test_an_erasure_cannot_be_undone_nor_a_merge_that_would_bring_the_person_back(loaded):
    register = loaded
    with register.transaction() as s:
        amina = find_person(s, "Amina Diallo").id
        merge_records(s, "person", keep=amina, drop=find_person(s, "Maude Lavoie").id, actor="t")
    merge = last_audit(register)
    with register.transaction() as s:
        erase_person(s, find_person(s, "Amina Diallo"), actor="dpo")
    with register.transaction() as s, pytest.raises(Conflict, match="ne peut pas être annulé"):
        undo_change(s, last_audit(register), actor="t")
    with register.transaction() as s, pytest.raises(Conflict, match="ne peut pas être annulée"):
        undo_change(s, merge, actor="t")
    with register.sessions() as s:
        assert "Amina" not in (s.scalar(select(AuditEntry.undo).where(AuditEntry.id == merge)) or "")


def test_a_later_change_is_undone_first(loaded):
    register = loaded
    with register.transaction() as s:
        spvm = find_organization(s, "SPVM").id
        merge_records(s, "organization", keep=spvm, drop=find_organization(s, "Service de police de Laval").id, actor="t")
    merge = last_audit(register)
    with register.transaction() as s:
        edit_field(s, "organization", spvm, "country", "Canada", actor="t")
    with register.transaction() as s, pytest.raises(Conflict, match=rf"n° {merge + 1}\b"):
        undo_change(s, merge, actor="t")
    with register.transaction() as s:
        undo_change(s, merge + 1, actor="t")
    with register.transaction() as s:
        undo_change(s, merge, actor="t")
    with register.sessions() as s:
        assert find_organization(s, "Service de police de Laval").id != spvm


def test_a_merge_is_undone_only_after_a_later_import_that_joined_its_record(loaded, tmp_path):
    register = loaded
    before = export(register)
    with register.transaction() as s:
        spvm = find_organization(s, "SPVM").id
        merge_records(s, "organization", keep=spvm, drop=find_organization(s, "Service de police de Laval").id, actor="t")
    merge = last_audit(register)
    later = tmp_path / "suite.txt"
    later.write_text("Le 4 mars, le Réseau a rencontré le Service de police de la Ville de Montréal (SPVM) à Québec.\n",
                     encoding="utf-8")
    ingest_paths(register, [str(later)], published=date(2024, 3, 31))
    imported = last_audit(register)
    with register.transaction() as s, pytest.raises(Conflict, match=rf"n° {imported}\b"):
        undo_change(s, merge, actor="t")
    with register.transaction() as s:
        undo_change(s, imported, actor="t")
    with register.transaction() as s:
        undo_change(s, merge, actor="t")
    after = export(register)
    assert {k: after[k] for k in ("organizations", "people", "roles", "activities")} == \
        {k: before[k] for k in ("organizations", "people", "roles", "activities")}
    assert orphans(register) == {}


def test_a_row_pointing_at_no_record_is_refused(loaded):
    from sqlalchemy.exc import IntegrityError

    from reseau.store.tables import Document, Mention, SearchEntry

    register = loaded
    with register.sessions() as s:
        document = s.scalar(select(Document.id))
        person = find_person(s, "Amina Diallo").id
    for row in (Mention(document_id=document, record_kind="person", record_id=99999, start=0, end=1, text="x"),
                SearchEntry(record_kind="organization", record_id=99999, label="x", folded="x"),
                Proposal(record_kind="person", record_id=person, candidate_id=99999, reason="x", score=1),
                Mention(document_id=document, record_kind="planet", record_id=person, start=0, end=1, text="x")):
        with pytest.raises(IntegrityError), register.transaction() as s:
            s.add(row)
    with pytest.raises(IntegrityError), register.transaction() as s:
        s.execute(Base.metadata.tables["mentions"].update().where(
            Base.metadata.tables["mentions"].c.record_kind == "person").values(record_id=99999))
    assert orphans(register) == {}
