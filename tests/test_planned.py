"""What is announced is kept as planned, with the precision the text gives, and becomes a
promise kept when a later bulletin reports it (SQLite, and PostgreSQL when given)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from reseau.query.activities import ActivityFilter, activity_profile, list_activities
from reseau.store.curation import forget_document
from reseau.store.tables import Activity, Document
from reseau.workflows import ingest_paths

ANNOUNCED = ("Conférence sur la sécurité des gares\n\nLe Centre d’études sur la sécurité urbaine (CESU) tiendra à "
             "l’automne 2022, à Rimouski, une conférence internationale sur la sécurité des gares avec l’Université "
             "de Rimouski.\n")
REPORTED = ("Retour sur la conférence\n\nLe 18 octobre 2022, à Rimouski, le Centre d’études sur la sécurité urbaine "
            "(CESU) et l’Université de Rimouski ont tenu une conférence internationale sur la sécurité des gares.\n")


def test_an_announced_conference_is_planned_then_reported(register, nlp, tmp_path):
    announced, reported = tmp_path / "annonce.txt", tmp_path / "retour.txt"
    announced.write_text(ANNOUNCED, encoding="utf-8")
    reported.write_text(REPORTED, encoding="utf-8")
    ingest_paths(register, [str(announced)], published=date(2022, 6, 1))
    with register.sessions() as s:
        planned = list_activities(s, ActivityFilter(status="planned"))
        assert [(a.date, a.date_precision, a.followed_by) for a in planned] == [("2022-09", "season", None)]
        assert list_activities(s, ActivityFilter(status="held")) == []
    ingest_paths(register, [str(reported)], published=date(2022, 11, 30))
    with register.sessions() as s:
        held = list_activities(s, ActivityFilter(status="held"))
        assert len(held) == 1 and held[0].date == "2022-10-18"
        promise = activity_profile(s, planned[0].id)
        assert promise.status == "planned" and promise.followed_by == held[0].id
        assert activity_profile(s, held[0].id).follows == [planned[0].id]
    # The report taken back, the promise waits again.
    with register.transaction() as s:
        document = s.scalar(select(Document.id).where(Document.source == str(reported)))
        forget_document(s, str(document), actor="test")
    with register.sessions() as s:
        assert s.get(Activity, planned[0].id).followed_by_id is None


def test_a_report_of_another_organization_keeps_the_promise_waiting(register, nlp, tmp_path):
    announced, other = tmp_path / "annonce.txt", tmp_path / "autre.txt"
    announced.write_text(ANNOUNCED, encoding="utf-8")
    other.write_text("Colloque\n\nLe 20 octobre 2022, à Gaspé, l’Observatoire gaspésien de la délinquance (OGD) a tenu "
                     "un colloque sur la sécurité des gares.\n", encoding="utf-8")
    ingest_paths(register, [str(announced), str(other)], published=date(2022, 11, 30))
    with register.sessions() as s:
        assert [a.followed_by for a in list_activities(s, ActivityFilter(status="planned"))] == [None]
