"""Reading a network without drawing it: the period a register covers, the twelve months a
network page opens on, and the strongest ties (who met whom, how often, last time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.query.results import Graph
from reseau.store.tables import Activity

MONTHS_SHOWN = 12


@dataclass(frozen=True, slots=True)
class Tie:
    """Two nodes of a network that met: their names, their node ids (``o12``, ``p3``), how
    many activities they shared and the date of the last one."""

    a: str
    a_id: str
    b: str
    b_id: str
    count: int
    last: str


def activity_months(session: Session, today: date | None = None) -> tuple[str, str] | None:
    """The first and last month (YYYY-MM) of the register's dated activities, the last capped at
    ``today``'s month (planned meetings do not move the present); None when nothing is dated."""
    today = today or date.today()
    first, last = session.execute(select(func.min(Activity.date), func.max(Activity.date))
                                  .where(Activity.date.is_not(None), Activity.date <= today.isoformat())).one()
    if not first:
        return None
    return first[:4] + (first[4:7] if len(first) >= 7 else "-01"), last[:4] + (last[4:7] if len(last) >= 7 else "-12")


def months_before(month: str, count: int = MONTHS_SHOWN) -> str:
    """The month ``count - 1`` months before ``month`` (YYYY-MM), so that the two bound ``count`` months."""
    year, number = int(month[:4]), int(month[5:7])
    index = year * 12 + number - 1 - (count - 1)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def strongest_ties(graph: Graph, limit: int = 25) -> list[Tie]:
    """The pairs that met most often in a network (``graph_data``'s answer), most meetings
    first, then the most recent."""
    labels = {node.id: node.label for node in graph.nodes}
    met = [edge for edge in graph.edges if edge.type == "activity"]
    met.sort(key=lambda e: (-e.weight, _descending(e.last_seen or ""), labels[e.source], labels[e.target]))
    return [Tie(a=labels[e.source], a_id=e.source, b=labels[e.target], b_id=e.target, count=e.weight, last=e.last_seen or "")
            for e in met[:limit]]


def _descending(day: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in day)
