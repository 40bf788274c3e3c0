"""Shipping delays and the shop criteria of Rakuten's 配送品質向上制度 (最強配送 label).

Rules (see shared domain reference, issues 5 and 13):
- a cancelled order is no shipment: neither on time nor late, left out of every count
  but the `cancelled` one;
- a shipment is late when it shipped after its promised ship date (出荷予定日), or has
  not shipped and its promised date is before the as-of date; a ship date recorded
  after the as-of date counts as "not shipped yet" on that date, so a past as-of date
  shows what was known then;
- the period is the rule set's: "rolling" = window_days ending on the as-of date
  (as-of minus window_days-1 through as-of); "month" = the as-of date's calendar month
  up to the as-of date (month to date), with the last full month beside it; the
  on-time rate counts the shipments whose promised date is in the period;
- the on-time rate is (shipments - late) / shipments, none when there are none;
- the 6-day ratio (6日以内お届け件数比率) is the share of the orders delivered in the
  period (with an order date) delivered at most delivery_days after their order date;
  none without delivery dates;
- a shop is eligible with at least minimum_shipments shipments in the period; below
  that, no criterion is met (meets_target is False), and the app says "not eligible".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterable

from penaltytracker.messages import Problem

from penaltytracker.core.model import fast_constructor
from penaltytracker.core.rules import RuleSet, ShippingCause

# Days in one point of the weekly series.
WEEK_DAYS = 7


@dataclass(frozen=True)
class ShipmentRecord:
    """One order's shipment: promised and actual ship dates, and why it was late."""

    shop: str
    order_id: str  # 受注番号
    promised_ship_date: date  # 出荷予定日
    shipped_on: date | None = None  # 出荷日; None: not shipped yet
    ordered_on: date | None = None  # 注文日
    carrier: str = ""
    cause: str = ""  # a rule-set shipping cause key, or "" when none was given
    customer_contacted: bool = False
    note: str = ""
    delivered_on: date | None = None  # お届け日 (配達完了日); None: not known
    cancelled: bool = False  # a cancelled order (キャンセル): no shipment at all
    id: int | None = None
    version: int | None = None  # the stored row's version, for refusing stale edits


# shipment_record(shop, order_id, promised_ship_date, shipped_on, ordered_on, carrier, cause,
#                 customer_contacted, note, delivered_on, cancelled): the order CSV reader's
#                 records, made fast (core/model.py).
shipment_record = fast_constructor(ShipmentRecord, (
    "shop", "order_id", "promised_ship_date", "shipped_on", "ordered_on", "carrier", "cause", "customer_contacted",
    "note", "delivered_on", "cancelled"))


def check_dates(record: ShipmentRecord, today: date | None) -> list[Problem]:
    """What is wrong with the record's dates: a ship or delivery date after today (the
    order cannot have shipped yet), or out of order (delivered before shipped or ordered)."""
    found: list[Problem] = []
    order = record.order_id
    if today is not None:
        if record.shipped_on is not None and record.shipped_on > today:
            found.append(Problem("shipping.shipped_after_today", order=order, date=record.shipped_on.isoformat(),
                                 today=today.isoformat()))
        if record.delivered_on is not None and record.delivered_on > today:
            found.append(Problem("shipping.delivered_after_today", order=order, date=record.delivered_on.isoformat(),
                                 today=today.isoformat()))
    if record.delivered_on is not None:
        if record.shipped_on is not None and record.delivered_on < record.shipped_on:
            found.append(Problem("shipping.delivered_before_shipped", order=order,
                                 date=record.delivered_on.isoformat(), shipped=record.shipped_on.isoformat()))
        if record.ordered_on is not None and record.delivered_on < record.ordered_on:
            found.append(Problem("shipping.delivered_before_ordered", order=order,
                                 date=record.delivered_on.isoformat(), ordered=record.ordered_on.isoformat()))
    return found


def causes(rules: RuleSet) -> tuple[ShippingCause, ...]:
    return rules.shipping_causes


def shipped_by(s: ShipmentRecord, as_of: date) -> date | None:
    """The ship date as known on as_of (None: not shipped yet on that day)."""
    return s.shipped_on if s.shipped_on is not None and s.shipped_on <= as_of else None


def is_late(s: ShipmentRecord, as_of: date) -> bool:
    if s.cancelled:
        return False
    shipped = shipped_by(s, as_of)
    if shipped is not None:
        return shipped > s.promised_ship_date
    return s.promised_ship_date < as_of


def days_late(s: ShipmentRecord, as_of: date) -> int:
    """How late the order actually shipped: days from the promised date to the ship date
    once it has shipped (even after as_of: the list shows what came of it), or to as_of
    while it has not. 0 for a cancelled order."""
    if s.cancelled:
        return 0
    end = s.shipped_on or as_of
    return max(0, (end - s.promised_ship_date).days)


def delivered_within(s: ShipmentRecord, days: int) -> bool | None:
    """Delivered at most `days` after its order date; None without both dates."""
    if s.delivered_on is None or s.ordered_on is None:
        return None
    return (s.delivered_on - s.ordered_on).days <= days


def month_start(day: date) -> date:
    return day.replace(day=1)


def last_full_month(as_of: date) -> tuple[date, date]:
    """The calendar month before the as-of date's month, both ends included."""
    end = month_start(as_of) - timedelta(days=1)
    return month_start(end), end


def window(rules: RuleSet, as_of: date) -> tuple[date, date]:
    """The period the criteria are counted over, ending on as_of."""
    if rules.shipping.period == "month":
        return month_start(as_of), as_of
    return as_of - timedelta(days=rules.shipping.window_days - 1), as_of


def on_time_rate(shipments: int, late: int) -> float | None:
    return (shipments - late) / shipments if shipments else None


def eligible(rules: RuleSet, shipments: int) -> bool:
    return shipments > 0 and shipments >= rules.shipping.minimum_shipments


def _reaches(count: int, total: int, target: float) -> bool:
    # Compare counts, not floats: 96 on time out of 100 meets a 0.96 target exactly.
    return count >= target * total - 1e-9


def meets_target(rules: RuleSet, shipments: int, late: int) -> bool | None:
    """The on-time criterion: False when not eligible (too few shipments)."""
    if not eligible(rules, shipments):
        return False
    return _reaches(shipments - late, shipments, rules.shipping.on_time_target)


@dataclass(frozen=True)
class ShippingSummary:
    window_start: date
    window_end: date
    shipments: int
    late: int
    on_time_rate: float | None
    target: float
    minimum_shipments: int
    meets_target: bool | None  # the on-time criterion; False when not eligible
    cancelled: int = 0  # orders promised in the period left out as cancelled
    delivered: int = 0  # orders delivered in the period, with an order date
    within_days: int = 0  # ... of them delivered within delivery_days of the order
    within_days_target: float | None = None
    delivery_days: int = 0
    period: str = ""  # "28d" or "month"
    eligible: bool = False
    last_full_month: "ShippingSummary | None" = None  # period "month": the month before, beside the month to date

    @property
    def within_days_rate(self) -> float | None:
        return self.within_days / self.delivered if self.delivered else None

    @property
    def within_days_met(self) -> bool | None:
        """The 6-day criterion: None when not computed (no delivery dates) or no target
        in the rule set, False when not eligible."""
        if self.delivered == 0 or self.within_days_target is None:
            return None
        if not self.eligible:
            return False
        return _reaches(self.within_days, self.delivered, self.within_days_target)

    @property
    def shipments_needed(self) -> int:
        """Shipments still missing to the minimum (0 when eligible)."""
        return max(0, self.minimum_shipments - self.shipments) if not self.eligible else 0

    @property
    def all_met(self) -> bool | None:
        """All three shop criteria: None when the 6-day ratio cannot be told and the rest hold."""
        if not self.eligible or not self.meets_target or self.within_days_met is False:
            return False
        return self.within_days_met

    def to_json(self) -> dict:
        """The exact shape of `status --json`'s "shipping" object."""
        return {
            "window_start": self.window_start.isoformat(),
            "window_end": self.window_end.isoformat(),
            "shipments": self.shipments,
            "late": self.late,
            "on_time_rate": self.on_time_rate,
            "target": self.target,
            "meets_target": self.meets_target,
            "cancelled": self.cancelled,
            "within_6_days_rate": self.within_days_rate,
            "within_6_days_target": self.within_days_target,
            "period": self.period,
            "eligible": self.eligible,
            "minimum_shipments": self.minimum_shipments,
            "delivered": self.delivered,
            "within_6_days": self.within_days,
            "within_6_days_meets_target": self.within_days_met,
            "within_6_days_reason": None if self.delivered else "no_delivery_dates",
            "criteria_met": self.all_met,
            "last_full_month": self.last_full_month.to_json() if self.last_full_month is not None else None,
        }


# What a criterion's verdict can be: the app words each (pass / fail / not eligible ...).
PASS, FAIL, NOT_ELIGIBLE, NO_DATA, NOT_SET = "pass", "fail", "not_eligible", "no_data", "not_set"


@dataclass(frozen=True)
class Criterion:
    """One of the label's shop criteria as the app shows it."""

    key: str  # "on_time" (納期遵守率), "within_days" (6日以内お届け件数比率), "shipments" (出荷件数)
    value: float | int | None  # a rate, or the shipments counted; None: not computed
    target: float | int | None  # a fraction, or the minimum of shipments; None: not in the rule set
    verdict: str  # PASS, FAIL, NOT_ELIGIBLE, NO_DATA (no delivery dates / no shipments), NOT_SET


def criteria(s: ShippingSummary) -> tuple[Criterion, Criterion, Criterion]:
    """The three shop criteria of the summary, in Rakuten's order."""
    if s.on_time_rate is None:
        on_time = NO_DATA if s.eligible else NOT_ELIGIBLE
    else:
        on_time = NOT_ELIGIBLE if not s.eligible else PASS if s.meets_target else FAIL
    if s.within_days_rate is None:
        within = NO_DATA
    elif s.within_days_target is None:
        within = NOT_SET
    else:
        within = NOT_ELIGIBLE if not s.eligible else PASS if s.within_days_met else FAIL
    return (
        Criterion("on_time", s.on_time_rate, s.target, on_time),
        Criterion("within_days", s.within_days_rate, s.within_days_target, within),
        Criterion("shipments", s.shipments, s.minimum_shipments, PASS if s.eligible else NOT_ELIGIBLE),
    )


@dataclass(frozen=True)
class Counts:
    """What the summary is made of, counted over one period (the store counts in SQL)."""

    shipments: int = 0
    late: int = 0
    cancelled: int = 0
    delivered: int = 0
    within_days: int = 0


def summary_from_counts(rules: RuleSet, as_of: date, shipments: int | Counts, late: int = 0,
                        span: tuple[date, date] | None = None) -> ShippingSummary:
    """The summary for counts already taken over the period (default: window(rules, as_of))."""
    counts = shipments if isinstance(shipments, Counts) else Counts(shipments, late)
    start, end = span or window(rules, as_of)
    rule = rules.shipping
    return ShippingSummary(
        window_start=start,
        window_end=end,
        shipments=counts.shipments,
        late=counts.late,
        on_time_rate=on_time_rate(counts.shipments, counts.late),
        target=rule.on_time_target,
        minimum_shipments=rule.minimum_shipments,
        meets_target=meets_target(rules, counts.shipments, counts.late),
        cancelled=counts.cancelled,
        delivered=counts.delivered,
        within_days=counts.within_days,
        within_days_target=rule.within_days_target,
        delivery_days=rule.delivery_days,
        period=rule.period_label,
        eligible=eligible(rules, counts.shipments),
    )


def count_period(shipments: Iterable[ShipmentRecord], rules: RuleSet, start: date, end: date,
                 as_of: date) -> Counts:
    """Counts over start..end, judged on as_of (delivery dates after as_of not yet known)."""
    total = late = cancelled = delivered = within = 0
    for s in shipments:
        if start <= s.promised_ship_date <= end:
            if s.cancelled:
                cancelled += 1
            else:
                total += 1
                late += is_late(s, as_of)
        if not s.cancelled and s.delivered_on is not None and s.ordered_on is not None \
                and start <= s.delivered_on <= min(end, as_of):
            delivered += 1
            within += bool(delivered_within(s, rules.shipping.delivery_days))
    return Counts(total, late, cancelled, delivered, within)


def shipping_summary(shipments: Iterable[ShipmentRecord], rules: RuleSet, as_of: date) -> ShippingSummary:
    """The period ending on as_of; for period "month" with the last full month beside it."""
    shipments = list(shipments)
    start, end = window(rules, as_of)
    current = summary_from_counts(rules, as_of, count_period(shipments, rules, start, end, as_of), span=(start, end))
    if rules.shipping.period != "month":
        return current
    return replace(current, last_full_month=last_month_summary(shipments, rules, as_of))


def last_month_summary(shipments: Iterable[ShipmentRecord], rules: RuleSet, as_of: date) -> ShippingSummary:
    """The last full calendar month, as known on as_of (a monthly judgement's month)."""
    start, end = last_full_month(as_of)
    return summary_from_counts(rules, as_of, count_period(shipments, rules, start, end, as_of), span=(start, end))


@dataclass(frozen=True)
class WeekPoint:
    week_start: date
    week_end: date  # inclusive
    shipments: int
    late: int
    on_time_rate: float | None


def week_spans(as_of: date, weeks: int = 8) -> list[tuple[date, date]]:
    """Seven-day spans ending on as_of, oldest first (four of them make the 28-day window)."""
    spans = []
    for i in range(weeks - 1, -1, -1):
        end = as_of - timedelta(days=WEEK_DAYS * i)
        spans.append((end - timedelta(days=WEEK_DAYS - 1), end))
    return spans


def weekly_series(shipments: Iterable[ShipmentRecord], as_of: date, weeks: int = 8) -> list[WeekPoint]:
    spans = week_spans(as_of, weeks)
    counts = [[0, 0] for _ in spans]
    first = spans[0][0] if spans else as_of
    for s in shipments:
        if s.cancelled or not first <= s.promised_ship_date <= as_of:
            continue
        i = (s.promised_ship_date - first).days // WEEK_DAYS
        counts[i][0] += 1
        counts[i][1] += is_late(s, as_of)
    return [WeekPoint(a, b, n, late, on_time_rate(n, late)) for (a, b), (n, late) in zip(spans, counts)]


def cause_breakdown(shipments: Iterable[ShipmentRecord], as_of: date, since: date | None = None) -> dict[str, int]:
    """Late shipments per cause key ("" = no cause given), most first.

    Counts the shipments promised from `since` (default: any time) up to as_of.
    """
    counter: Counter[str] = Counter()
    for s in shipments:
        if s.promised_ship_date > as_of or (since is not None and s.promised_ship_date < since):
            continue
        if is_late(s, as_of):
            counter[s.cause] += 1
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


__all__ = [
    "ShipmentRecord", "ShippingSummary", "WeekPoint", "Counts", "causes", "is_late", "days_late", "shipped_by",
    "window", "on_time_rate", "meets_target", "eligible", "summary_from_counts", "shipping_summary", "week_spans",
    "weekly_series", "cause_breakdown", "WEEK_DAYS", "check_dates", "delivered_within", "last_full_month",
    "month_start", "count_period", "last_month_summary", "Criterion", "criteria", "PASS", "FAIL", "NOT_ELIGIBLE",
    "NO_DATA", "NOT_SET",
]
