"""Where to draw a timeline's bars: each mission or visit from its first activity to its
last, its activities as dots on it, in an SVG the page draws without a script."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reseau.query.results import MissionSpan

WIDTH = 1000
ROW = 34  # height of one bar's row, its label above the bar


@dataclass(frozen=True)
class Bar:
    """One mission's bar on the timeline, in the SVG's units."""

    span: MissionSpan
    x: float
    width: float
    y: float
    dots: list[tuple[int, str, float]]  # (activity id, date, x)
    label_x: float = 0.0  # where its label is anchored: its start, or its end when it starts in the right half
    label_anchor: str = "start"


def _day(value: str) -> int:
    """A date prefix (``2022``, ``2022-05``, ``2022-05-17``) as a day number: its first day."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2]).toordinal()


def timeline_bars(spans: list[MissionSpan]) -> tuple[list[Bar], int]:
    """The bars of these spans on one shared time axis, and the drawing's height (its last
    row holds the axis's first and last dates)."""
    if not spans:
        return [], 0
    first = min(_day(s.start) for s in spans)
    last = max(_day(s.end) for s in spans) + 1  # a one-day mission still gets a visible bar
    scale = (WIDTH - 20) / max(last - first, 1)
    where = lambda day: 10 + (_day(day) - first) * scale  # noqa: E731
    bars = []
    for row, span in enumerate(spans):
        x = where(span.start)
        width = max(where(span.end) + scale - x, 6)
        width = min(width, WIDTH - 10 - x)
        right_half = x > WIDTH / 2
        bars.append(Bar(span, round(x, 1), round(width, 1), row * ROW + 18,
                        [(i, day, round(where(day) + scale / 2, 1)) for i, day in span.meetings],
                        round(x + width if right_half else x, 1), "end" if right_half else "start"))
    return bars, len(spans) * ROW + 30
