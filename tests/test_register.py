"""The register on a real SQLite file (and PostgreSQL when RESEAU_TEST_POSTGRES_URL is set):
ingesting is idempotent and resolves organizations and people across documents."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from reseau.workflows import ingest_paths
from reseau.query.proposals import open_proposals
from reseau.store.tables import Document, Organization, Person
from tests.conftest import ROOT, SHARED_EVAL

CIPC = SHARED_EVAL / "texts" / "cipc-bulletin-2022.txt"
APU = ROOT / "examples" / "bulletin-apu-2023-10.txt"


def counts(register) -> tuple[int, int, int]:
    with register.sessions() as s:
        return (s.scalar(select(func.count(Document.id))), s.scalar(select(func.count(Organization.id))),
                s.scalar(select(func.count(Person.id))))


def test_same_text_twice_changes_nothing(register, nlp):
    first = ingest_paths(register, [str(APU)], published=date(2023, 10, 31))
    before = counts(register)
    second = ingest_paths(register, [str(APU)], published=date(2023, 10, 31))
    assert not first.saved[0].skipped and second.saved[0].skipped
    assert counts(register) == before == (1, before[1], before[2])


def test_no_duplicates_across_documents(register, nlp, tmp_path):
    if not CIPC.exists():
        import pytest
        pytest.skip("../shared/eval is not beside the project")
    ingest_paths(register, [str(CIPC)], published=date(2022, 6, 1))
    ingest_paths(register, [str(CIPC)], published=date(2022, 6, 1))
    ingest_paths(register, [str(APU)], published=date(2023, 10, 31))
    with register.sessions() as s:
        orgs = s.scalars(select(Organization.name)).all()
        people = s.scalars(select(Person.name)).all()
        docs = s.scalar(select(func.count(Document.id)))
    assert docs == 2
    assert len(people) == len(set(people))
    assert len(orgs) == len(set(orgs))
    # Both bulletins name the SPVM and the Université de Montréal: one record each.
    assert orgs.count("Service de police de la Ville de Montréal") == 1
    assert orgs.count("Université de Montréal") == 1


def test_acronym_alone_joins_the_known_name_and_homonym_acronyms_are_proposed(register, nlp, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Le 3 mai, le Réseau a rencontré l’Office municipal de prévention (OMP) à Lyon.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Le 9 juin, l’OMP a reçu le Réseau pour une réunion de travail.\n", encoding="utf-8")
    c = tmp_path / "c.txt"
    c.write_text("Le 2 juillet, le Réseau a rencontré l’Observatoire montréalais de la police (OMP).\n", encoding="utf-8")
    ingest_paths(register, [str(a), str(b), str(c)], published=date(2023, 7, 31))
    with register.sessions() as s:
        names = sorted(s.scalars(select(Organization.name).where(Organization.acronym == "OMP")).all())
        proposals = open_proposals(s)
    assert names == ["Observatoire montréalais de la police", "Office municipal de prévention"]
    assert any("OMP" in p.reason for p in proposals)
    # The reason is kept apart from its words, so an English reader gets it in English.
    assert any(p.reason.render("en").startswith("same acronym “OMP”") for p in proposals)


def test_people_sharing_a_surname_stay_two(register, nlp, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Le 3 mai, le Réseau a rencontré Marc Tremblay, directeur de la Ville de Laval.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Le 9 juin, le Réseau a rencontré Julie Tremblay, cheffe de la Sûreté du Québec.\n", encoding="utf-8")
    ingest_paths(register, [str(a), str(b)], published=date(2023, 7, 31))
    with register.sessions() as s:
        assert sorted(s.scalars(select(Person.name)).all()) == ["Julie Tremblay", "Marc Tremblay"]


def test_search_ignores_accents_on_both_databases(register, nlp):
    from reseau.query.search import search

    ingest_paths(register, [str(APU)], published=date(2023, 10, 31))
    with register.sessions() as s:
        assert any(r.kind == "organization" and r.label == "Ville de Genève" for r in search(s, "geneve"))
        assert any(r.kind == "activity" for r in search(s, "médiation sociale"))
        assert search(s, "mot-introuvable-xyz") == []


def test_review_accept_merges_and_reject_keeps_apart(register, nlp, tmp_path):
    from reseau.store.merge import decide

    a = tmp_path / "a.txt"
    a.write_text("Le 3 mai, le Réseau a rencontré l’Office municipal de prévention (OMP) à Lyon.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Le 2 juillet, le Réseau a rencontré l’Office métropolitain de la prévention (OMP).\n", encoding="utf-8")
    ingest_paths(register, [str(a), str(b)], published=date(2023, 7, 31))
    with register.sessions() as s:
        proposals = open_proposals(s)
    assert len(proposals) == 1 and "OMP" in proposals[0].reason
    with register.transaction() as s:
        decide(s, proposals[0].id, accept=True, actor="test")
    with register.sessions() as s:
        assert s.scalar(select(func.count(Organization.id)).where(Organization.acronym == "OMP")) == 1
        assert open_proposals(s) == []


def test_a_name_written_differently_joins_only_with_a_shared_organization(register, nlp, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Le 3 mai, le Réseau a rencontré Stéphane Lemieux, directeur du Service de police de Lévis.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Le 9 juin, le Réseau a rencontré Stephane Lemieux, directeur du Service de police de Lévis.\n", encoding="utf-8")
    c = tmp_path / "c.txt"
    c.write_text("Le 2 juillet, le Réseau a rencontré Stéphan Lemieux, professeur à l’Université Laval.\n", encoding="utf-8")
    ingest_paths(register, [str(a), str(b), str(c)], published=date(2023, 7, 31))
    with register.sessions() as s:
        names = sorted(s.scalars(select(Person.name)).all())
        reasons = [p.reason for p in open_proposals(s) if p.kind == "person"]
    assert names == ["Stéphan Lemieux", "Stéphane Lemieux"]
    assert len(reasons) == 1 and "Stéphane Lemieux" in reasons[0]
