"""Curation, exports and personal data on a real register (SQLite, and PostgreSQL when given)."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import date

import networkx as nx
from sqlalchemy import func, select

from reseau.workflows import ingest_paths
from reseau.publish.exports import register_tables, write_csv, write_graph
from reseau.query.lookup import find_organization, find_person
from reseau.query.profiles import organization_profile
from reseau.store.merge import merge_records
from reseau.store.curation import add_alias, edit_field, forget_document
from reseau.query.personal_data import export_person
from reseau.store.personal_data import erase_person
from reseau.store.tables import AuditEntry, Document, Organization, Person, Role
from tests.conftest import ROOT

APU = ROOT / "examples" / "bulletin-apu-2023-10.txt"
JEUNESSE = ROOT / "examples" / "bulletin-reseau-jeunesse.html"


def load(register, tmp_path):
    ingest_paths(register, [str(APU)], published=date(2023, 10, 31))
    ingest_paths(register, [str(JEUNESSE)], published=date(2024, 4, 30))


def test_merge_keeps_aliases_roles_and_activities(register, nlp, tmp_path):
    load(register, tmp_path)
    with register.transaction() as s:
        spvm = find_organization(s, "SPVM").id
        laval = find_organization(s, "Service de police de Laval").id
        merge_records(s, "organization", keep=spvm, drop=laval, actor="test")
    with register.sessions() as s:
        profile = organization_profile(s, s.get(Organization, spvm))
        assert "Service de police de Laval" in profile.aliases
        assert {p.name for p in profile.people} >= {"Jean-François Lapointe", "Olivier Tremblay"}
        assert len(profile.activities) == 2
        assert s.get(Organization, laval) is None
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "merge")) == "merge"


def test_alias_and_edit_are_audited(register, nlp, tmp_path):
    load(register, tmp_path)
    with register.transaction() as s:
        apu = find_organization(s, "APU").id
        add_alias(s, "organization", apu, "Urban Prevention Alliance", actor="marie")
        edit_field(s, "organization", apu, "country", "Canada", actor="marie")
    with register.sessions() as s:
        assert find_organization(s, "urban prevention alliance").id == apu
        assert s.get(Organization, apu).country == "Canada"
        entries = s.execute(select(AuditEntry.actor, AuditEntry.action).where(AuditEntry.actor == "marie")).all()
        assert ("marie", "edit country") in entries and ("marie", "alias add") in entries


def test_forget_removes_what_only_the_document_supported(register, nlp, tmp_path):
    load(register, tmp_path)
    with register.transaction() as s:
        gone = forget_document(s, str(JEUNESSE), actor="test")
    assert gone["person"] == 3 and gone["activity"] == 2
    with register.sessions() as s:
        assert s.scalar(select(func.count(Document.id))) == 1
        assert s.scalar(select(Person.id).where(Person.name == "Maude Lavoie")) is None
        assert s.scalar(select(Organization.id).where(Organization.acronym == "APU")) is not None


def test_erase_a_person_everywhere(register, nlp, tmp_path):
    load(register, tmp_path)
    with register.sessions() as s:
        exported = export_person(s, find_person(s, "Amina Diallo"))
        assert exported["roles"][0]["organization"] == "APU"
        assert any("Amina Diallo" in src["sentence"] for src in exported["sources"])
    with register.transaction() as s:
        erase_person(s, find_person(s, "Amina Diallo"), actor="dpo")
    with register.sessions() as s:
        texts = s.scalars(select(Document.text)).all()
        assert not any("Amina Diallo" in t for t in texts)
        assert any("████████████" in t for t in texts)
        assert s.scalar(select(Person.id).where(Person.name == "Amina Diallo")) is None
        assert s.scalar(select(func.count(Role.id)).where(Role.title == "Coordonnatrice des projets internationaux")) == 0
        audit = s.scalar(select(AuditEntry.after).where(AuditEntry.action == "erase"))
        assert "Amina" not in audit


def test_exports_open_in_excel_and_gephi(register, nlp, tmp_path):
    load(register, tmp_path)
    with register.sessions() as s:
        tables = register_tables(s)
        autumn = register_tables(s, "2023-10", "2023-10")
    write_csv(tables, tmp_path / "csv")
    raw = (tmp_path / "csv" / "organizations.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader((tmp_path / "csv" / "organizations.csv").open(encoding="utf-8-sig")))
    assert any(r["acronym"] == "APU" for r in rows)
    write_csv(tables, tmp_path / "all.zip")
    assert set(zipfile.ZipFile(tmp_path / "all.zip").namelist()) >= {"organizations.csv", "people.csv", "roles.csv", "activities.csv"}
    assert all(a["date"].startswith("2023-10") for a in autumn["activities"])
    write_graph(tables, tmp_path / "g.graphml", "graphml")
    write_graph(tables, tmp_path / "g.gexf", "gexf")
    graph = nx.read_graphml(tmp_path / "g.graphml")
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert {"APU", "Claire Dubuc"} <= labels
    assert any(d["type"] == "role" for _, _, d in graph.edges(data=True))
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == graph.number_of_nodes()
    json.dumps(tables, default=str)
