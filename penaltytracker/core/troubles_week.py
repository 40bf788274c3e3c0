"""What the weekly review, the dashboard and the PDF summary say about troubles and abusive
orders: the incidents open on the day and the patterns flagged lately. Pure values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from penaltytracker.core.incidents import IncidentRecord
from penaltytracker.core.order_events import Pattern, recent_patterns


@dataclass(frozen=True)
class TroublesSummary:
    as_of: date
    since: date  # patterns whose last event is from this day on
    open_incidents: tuple[IncidentRecord, ...]
    patterns: tuple[Pattern, ...]

    @property
    def stopped(self) -> tuple[IncidentRecord, ...]:
        """Open incidents with selling stopped and not resumed yet."""
        return tuple(r for r in self.open_incidents if r.stopped_at is not None and r.resumed_at is None)

    @property
    def empty(self) -> bool:
        return not self.open_incidents and not self.patterns


def troubles_summary(incidents: list[IncidentRecord], patterns: list[Pattern], as_of: date,
                     days: int) -> TroublesSummary:
    """Incidents open on as_of (opened by then, not closed by then), and the patterns whose
    last event falls in the `days` days ending on as_of (as_of-days+1 .. as_of)."""
    since = as_of - timedelta(days=days - 1)
    still_open = tuple(r for r in incidents if r.opened_on <= as_of and r.state(as_of) == "open")
    return TroublesSummary(as_of=as_of, since=since, open_incidents=still_open,
                           patterns=tuple(recent_patterns(patterns, since, as_of)))


__all__ = ["TroublesSummary", "troubles_summary"]
