"""Counts of what the register holds."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.kinds import CONTAINER_KINDS, REPORTED_KINDS
from reseau.query.results import RegisterStats
from reseau.store.tables import Activity, Document, Organization, Person, Proposal, Role


def register_stats(session: Session) -> RegisterStats:
    """How many documents, organizations, people, roles, activities and open proposals."""
    count = lambda column, *where: session.scalar(select(func.count(column)).where(*where))  # noqa: E731
    return RegisterStats(
        documents=count(Document.id),
        organizations=count(Organization.id),
        people=count(Person.id),
        roles=count(Role.id),
        activities=count(Activity.id, Activity.kind.in_(REPORTED_KINDS)),
        missions=count(Activity.id, Activity.kind.in_(CONTAINER_KINDS)),
        open_proposals=count(Proposal.id, Proposal.status == "open"),
    )
