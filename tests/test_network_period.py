"""The network at a date: the roles held and the meetings of the twelve months up to it;
the page opens on the register's last twelve months; the ties table reads who met whom."""

from __future__ import annotations

from datetime import date

from reseau.query.graph import graph_data
from reseau.query.ties import activity_months, months_before, strongest_ties
from reseau.store.tables import Activity, Organization, Participation, Person, Role


def _meeting(session, day, *records):
    activity = Activity(kind="meeting", date=day)
    session.add(activity)
    session.flush()
    for record in records:
        key = "organization_id" if isinstance(record, Organization) else "person_id"
        session.add(Participation(activity_id=activity.id, **{key: record.id}))


def test_the_network_of_a_period_holds_its_roles_and_meetings(register):
    with register.transaction() as session:
        police, city = Organization(name="Police de Laval"), Organization(name="Ville de Laval")
        ana, bob = Person(name="Ana Roy"), Person(name="Bob Caron")
        session.add_all([police, city, ana, bob])
        session.flush()
        # Ana was at the police in 2020, at the city from 2023; Bob met her three times in 2023.
        session.add_all([Role(person_id=ana.id, organization_id=police.id, title="cheffe", first_seen=date(2020, 1, 1),
                              last_seen=date(2020, 12, 1)),
                         Role(person_id=ana.id, organization_id=city.id, title="directrice", first_seen=date(2023, 2, 1),
                              last_seen=date(2023, 9, 1))])
        _meeting(session, "2020-05-04", ana, police)
        for day in ("2023-03-01", "2023-06-10", "2023-09-20"):
            _meeting(session, day, ana, bob, city)
        _meeting(session, "2023-04-02", bob, police)  # the police is in the 2023 network, without Ana
        ids = {"ana": f"p{ana.id}", "bob": f"p{bob.id}", "police": f"o{police.id}", "city": f"o{city.id}"}
    with register.sessions() as session:
        assert activity_months(session, today=date(2026, 1, 1)) == ("2020-05", "2023-09")
        assert months_before("2023-09") == "2022-10" and months_before("2024-01") == "2023-02"
        now = graph_data(session, start="2022-10", end="2023-09")
        roles = {(e.source, e.target) for e in now.edges if e.type == "role"}
        assert roles == {(ids["ana"], ids["city"])}  # the 2020 role is not held in 2023
        assert ids["police"] in {n.id for n in now.nodes}
        then = graph_data(session, start="2020-01", end="2020-12")
        assert {(e.source, e.target) for e in then.edges if e.type == "role"} == {(ids["ana"], ids["police"])}
        ties = strongest_ties(now)
        assert (ties[0].count, ties[0].last) == (3, "2023-09-20")
        assert {ties[0].a, ties[0].b} <= {"Ana Roy", "Bob Caron", "Ville de Laval"}
