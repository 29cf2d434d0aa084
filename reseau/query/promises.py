"""What the register was told is coming: planned activities still to come, and promises past
their period that no later bulletin reported (« conférence annoncée pour l'automne 2022 : rien
depuis »)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.periods import period
from reseau.query.profiles import ACTIVITY_COLUMNS, activity_rows
from reseau.query.results import Promises
from reseau.store.tables import Activity


def promises(session: Session, today: date, limit: int = 50) -> Promises:
    """Planned activities not reported yet, earliest first: those whose announced period has not
    ended by ``today`` (and the undated), then those past it."""
    rows = session.execute(select(*ACTIVITY_COLUMNS).where(Activity.status == "planned", Activity.followed_by_id.is_(None))
                           .order_by(Activity.date.nulls_last(), Activity.id)).all()
    past = {r.id for r in rows if r.date and period(r.date, r.date_precision)[1] < today}
    upcoming = [r for r in rows if r.id not in past][:limit]
    overdue = [r for r in rows if r.id in past][-limit:]
    return Promises(upcoming=activity_rows(session, upcoming), overdue=activity_rows(session, overdue))
