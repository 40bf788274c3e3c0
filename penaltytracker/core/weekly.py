"""The weekly review: what changed in the last 7 days and what ends in the coming 7.

Rules:
- "this week" is the 7 days ending on the as-of date (as_of-6 .. as_of);
- the points added are those of this week's counted (active) violations;
- "before" is the status at the end of the day before the week (as_of-7), "after" the
  status on as_of; across New Year the points reset, so after can be below before;
- a sanction "ends in the coming week" when it is in force on as_of and its last day is
  in as_of .. as_of+6.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import ShipmentRecord
from penaltytracker.core.notices import NO_NOTICES, Notices
from penaltytracker.core.status import SanctionWindow, ShopStatus, compute_status, level_rank

WEEK_DAYS = 7  # a calendar fact, not a rule figure
NUDGE_AFTER_DAYS = WEEK_DAYS  # the review is weekly: remind once a week has gone by


def week_span(as_of: date) -> tuple[date, date]:
    """The 7 days ending on as_of, both ends included."""
    return as_of - timedelta(days=WEEK_DAYS - 1), as_of


@dataclass(frozen=True)
class WeekSummary:
    shop: str
    as_of: date
    week_start: date
    new_violations: tuple[ViolationRecord, ...]  # points date in the week, withdrawn ones included
    points_added: int  # counted ones only
    before: ShopStatus  # at the end of the day before the week
    after: ShopStatus  # on as_of
    sanctions_ending: tuple[SanctionWindow, ...]
    late_shipments: tuple[ShipmentRecord, ...] = ()  # promised in the week and late (when tracked)

    @property
    def level_before(self) -> str | None:
        return self.before.level

    @property
    def level_after(self) -> str | None:
        return self.after.level

    @property
    def level_changed(self) -> bool:
        return self.before.level != self.after.level

    @property
    def level_went_up(self) -> bool:
        return level_rank(self.after.level) > level_rank(self.before.level)


def week_summary(
    rules: RuleSet,
    shop: str,
    violations: Iterable[ViolationRecord],
    as_of: date,
    late_shipments: Iterable[ShipmentRecord] = (),
    notices: Notices = NO_NOTICES,
) -> WeekSummary:
    """`violations` should hold this year's and last year's records (any status)."""
    violations = list(violations)
    start, end = week_span(as_of)
    in_week = sorted((v for v in violations if start <= v.points_date <= end),
                     key=lambda v: (v.points_date, v.id if v.id is not None else 0))
    after = compute_status(rules, shop, violations, as_of, notices)
    before = compute_status(rules, shop, violations, start - timedelta(days=1), notices)
    coming_end = as_of + timedelta(days=WEEK_DAYS - 1)
    ending = tuple(w for w in after.active_sanctions if w.end <= coming_end)
    late = tuple(sorted((s for s in late_shipments if not s.cancelled and start <= s.promised_ship_date <= end),
                        key=lambda s: (s.promised_ship_date, s.order_id)))
    return WeekSummary(
        shop=shop,
        as_of=as_of,
        week_start=start,
        new_violations=tuple(in_week),
        points_added=sum(v.points for v in in_week if v.counts),
        before=before,
        after=after,
        sanctions_ending=ending,
        late_shipments=late,
    )


def days_since_review(last_review: date | None, today: date) -> int | None:
    return None if last_review is None else (today - last_review).days


def review_due(last_review: date | None, today: date) -> bool:
    """True when no review was ever done or the last one is a week old or more."""
    days = days_since_review(last_review, today)
    return days is None or days >= NUDGE_AFTER_DAYS
