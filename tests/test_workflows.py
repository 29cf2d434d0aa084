"""The one import workflow (reseau.workflows): read → extract → resolve → a draft kept in the
register → the reviewer's choices → written, each record as the draft showed it. On a real
register (SQLite, and PostgreSQL when a server is given)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from reseau.errors import Conflict, FormatError, LookupFailed
from reseau.resolve.resolver import Verdict
from reseau.store.database import open_register
from reseau.store.tables import Activity, Organization, Person, Proposal
from reseau.workflows import ActivityEdit, Choices, accept_import, ingest_paths, open_import, start_import

KNOWN = ("Le 3 mai 2023, à Laval, l’Alliance pour la prévention urbaine (APU) a rencontré Stéphane Tremblay, "
         "directeur du Service de police de Laval (SPL).\n")
NEW = ("Le 12 septembre 2023, à Gatineau, l’APU a rencontré Josée Bérubé, directrice de l’Office municipal "
       "de prévention de Gatineau (OMPG), et Marc Lavoie, chercheur à l’Université du Québec en Outaouais (UQO).\n")


def start(register, text: str):
    return start_import(register, text.encode("utf-8"), "texte", actor="eddy", published=date(2023, 10, 31))


def count(register, model) -> int:
    with register.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def org_id(register, name: str) -> int:
    with register.sessions() as session:
        return session.scalar(select(Organization.id).where((Organization.name == name) | (Organization.acronym == name)))


@pytest.fixture
def known(register, tmp_path, nlp):
    """A register that knows the APU, the SPL and Stéphane Tremblay."""
    path = tmp_path / "connu.txt"
    path.write_text(KNOWN, encoding="utf-8")
    ingest_paths(register, [str(path)], published=date(2023, 5, 31))
    return register


def test_a_draft_is_kept_in_the_register_and_any_process_can_accept_it(known):
    draft = start(known, NEW)
    assert count(known, Organization) == 2  # nothing written yet
    # Another Register object on the same database: what another server worker would open.
    other = open_register(known.engine.url.render_as_string(hide_password=False))
    try:
        again = open_import(other, draft.id)
        assert again.extraction == draft.extraction and again.resolution == draft.resolution
        report = accept_import(other, draft.id, Choices(), actor="ada")
    finally:
        other.close()
    assert report.created["person"] == 2 and report.merged["organization"] == 1
    with pytest.raises(LookupFailed):
        open_import(known, draft.id)
    with pytest.raises(LookupFailed):
        accept_import(known, draft.id, Choices(), actor="ada")


def test_what_the_screen_shows_is_what_is_written(known):
    draft = start(known, NEW)
    by_name = {o.label: d for o, d in zip(draft.extraction.organizations, draft.resolution.organizations)}
    assert by_name["APU"].action == Verdict.SAME and by_name["APU"].existing_id == org_id(known, "APU")
    assert by_name["OMPG"].action == Verdict.NEW
    before = count(known, Organization)
    report = accept_import(known, draft.id, Choices(), actor="eddy")
    new = sum(d.action == Verdict.NEW for d in draft.resolution.organizations)
    assert report.created["organization"] == new and count(known, Organization) == before + new


def test_a_register_changed_since_the_review_writes_nothing_and_shows_the_new_match(known, tmp_path):
    """Reproduction: the screen said « new » for the OMPG; another import then added it; the
    accept used to merge silently. Now nothing is written until the reviewer reads it again."""
    draft = start(known, NEW)
    position = next(i for i, o in enumerate(draft.extraction.organizations) if o.label == "OMPG")
    assert draft.resolution.organizations[position].action == Verdict.NEW
    meanwhile = tmp_path / "entre-temps.txt"
    meanwhile.write_text("Le 2 octobre 2023, l’Office municipal de prévention de Gatineau (OMPG) a reçu l’APU.\n",
                         encoding="utf-8")
    ingest_paths(known, [str(meanwhile)])
    people = count(known, Person)
    with pytest.raises(Conflict, match="OMPG|Office municipal"):
        accept_import(known, draft.id, Choices(), actor="eddy")
    assert count(known, Person) == people  # nothing written
    shown = open_import(known, draft.id).resolution.organizations[position]
    assert shown.action == Verdict.SAME and shown.existing_id == org_id(known, "OMPG")
    report = accept_import(known, draft.id, Choices(), actor="eddy")
    assert report.created["person"] == 2 and count(known, Organization) == 4  # APU, SPL, OMPG, UQO


def test_the_reviewer_answers_a_doubt(known):
    """A name close to a known one, with nothing else in common, is a doubt: left for later
    (a proposal), kept apart, or joined, as the reviewer answers."""
    for name, verdict, new_people, proposals in (("Stéphanie Tremblay", None, 1, 1), ("Stéfane Tremblay", Verdict.NEW, 1, 0),
                                                 ("Stéphano Tremblay", Verdict.SAME, 0, 0)):
        draft = start(known, f"Le 4 juin 2023, l’APU a rencontré {name}, de passage à Québec.\n")
        position = next(i for i, p in enumerate(draft.extraction.people) if p.name == name)
        decision = draft.resolution.people[position]
        assert decision.action == Verdict.ASK and decision.existing_id is not None, name
        before_people, before_proposals = count(known, Person), count(known, Proposal)
        verdicts = {position: verdict} if verdict else {}
        accept_import(known, draft.id, Choices(people_verdicts=verdicts), actor="eddy")
        assert count(known, Person) - before_people == new_people
        assert count(known, Proposal) - before_proposals == proposals


TWO = ("Le 12 septembre 2023, à Gatineau, l’APU a rencontré Josée Bérubé, directrice de l’Office municipal "
       "de prévention de Gatineau (OMPG), et Marc Lavoie, chercheur à l’Université du Québec en Outaouais (UQO).\n\n"
       "Le 20 septembre 2023, à Montréal, l’APU a reçu Nadia Roy, conseillère au ministère de la Sécurité publique (MSP).\n")


def test_the_reviewer_corrects_an_activity(known):
    """Remove a participant, add one, change the kind, date and place before accepting."""
    draft = start(known, TWO)
    j, activity = next((j, a) for j, a in enumerate(draft.extraction.activities) if "Josée Bérubé" in a.people)
    assert "Marc Lavoie" in activity.people and "Nadia Roy" not in activity.people
    edit = ActivityEdit(kind="event", date="2023-09", place="Ottawa",
                        people=tuple(p for p in activity.people if p != "Marc Lavoie") + ("Nadia Roy",))
    accept_import(known, draft.id, Choices(activities={j: edit}), actor="eddy")
    with known.sessions() as session:
        row = session.scalars(select(Activity).where(Activity.place == "Ottawa")).one()
        names = {session.get(Person, p.person_id).name for p in row.participants if p.person_id}
        orgs = {session.get(Organization, p.organization_id).acronym for p in row.participants if p.organization_id}
    assert (row.kind, row.date, row.date_precision) == ("event", "2023-09", "month")
    assert names == {"Josée Bérubé", "Nadia Roy"} and set(activity.organizations) <= orgs


def test_choices_that_do_not_fit_the_draft_are_refused_and_the_draft_stays(known):
    draft = start(known, NEW)
    for wrong in (Choices(activities={0: ActivityEdit(date="2023-13-40")}),
                  Choices(activities={0: ActivityEdit(people=("Quelqu'un d'autre",))}),
                  Choices(activities={0: ActivityEdit(kind="pique-nique")}),
                  Choices(dropped_people=frozenset({99}))):
        with pytest.raises(FormatError):
            accept_import(known, draft.id, wrong, actor="eddy")
    assert open_import(known, draft.id).id == draft.id


def test_an_expired_draft_is_gone(known):
    draft = start_import(known, NEW.encode(), "texte", actor="eddy", lifetime=timedelta(seconds=-1))
    with pytest.raises(LookupFailed):
        open_import(known, draft.id)


def test_the_same_text_twice_is_written_once(known):
    first, second = start(known, NEW), start(known, NEW)
    assert not accept_import(known, first.id, Choices(), actor="eddy").skipped
    assert accept_import(known, second.id, Choices(), actor="eddy").skipped


def test_a_register_at_revision_0003_gains_the_drafts_table_and_keeps_its_records(tmp_path):
    """A register made by the code before drafts moved to the database (its tables at 0003)."""
    from importlib import resources

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, inspect, text

    url = f"sqlite:///{tmp_path / 'ancien.db'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(resources.files("reseau.store").joinpath("migrations")))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.execute(text("INSERT INTO organizations (name, acronym) VALUES ('Ville de Laval', NULL)"))
    assert "import_drafts" not in inspect(engine).get_table_names()
    engine.dispose()
    register = open_register(url)
    try:
        assert "import_drafts" in inspect(register.engine).get_table_names()
        with register.sessions() as session:
            assert session.scalars(select(Organization.name)).all() == ["Ville de Laval"]
    finally:
        register.close()
