"""Shipping delays and the on-time rate (納期遵守率), as Rakuten's 配送品質向上制度 grades it.

Rules (see shared domain reference and issue 5):
- a shipment is late when it shipped after its promised ship date (出荷予定日), or has
  not shipped and its promised date is before the as-of date; a ship date recorded
  after the as-of date counts as "not shipped yet" on that date, so a past as-of date
  shows what was known then;
- the window is the rule set's window_days ending on the as-of date (as-of minus
  window_days-1 through as-of), counting the shipments whose promised date is in it;
- the on-time rate is (shipments - late) / shipments, none when there are none; the
  target is met when the rate reaches the rule set's target, and is not judged (None)
  with fewer shipments than the rule set's minimum.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

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
    id: int | None = None
    version: int | None = None  # the stored row's version, for refusing stale edits


# shipment_record(shop, order_id, promised_ship_date, shipped_on, ordered_on, carrier, cause,
#                 customer_contacted, note): the order CSV reader's records, made fast (core/model.py).
shipment_record = fast_constructor(ShipmentRecord, (
    "shop", "order_id", "promised_ship_date", "shipped_on", "ordered_on", "carrier", "cause", "customer_contacted",
    "note"))


def causes(rules: RuleSet) -> tuple[ShippingCause, ...]:
    return rules.shipping_causes


def shipped_by(s: ShipmentRecord, as_of: date) -> date | None:
    """The ship date as known on as_of (None: not shipped yet on that day)."""
    return s.shipped_on if s.shipped_on is not None and s.shipped_on <= as_of else None


def is_late(s: ShipmentRecord, as_of: date) -> bool:
    shipped = shipped_by(s, as_of)
    if shipped is not None:
        return shipped > s.promised_ship_date
    return s.promised_ship_date < as_of


def days_late(s: ShipmentRecord, as_of: date) -> int:
    """Days past the promised date: until it shipped, or until as_of while not shipped."""
    end = shipped_by(s, as_of) or as_of
    return max(0, (end - s.promised_ship_date).days)


def window(rules: RuleSet, as_of: date) -> tuple[date, date]:
    return as_of - timedelta(days=rules.shipping.window_days - 1), as_of


def on_time_rate(shipments: int, late: int) -> float | None:
    return (shipments - late) / shipments if shipments else None


def meets_target(rules: RuleSet, shipments: int, late: int) -> bool | None:
    if shipments == 0 or shipments < rules.shipping.minimum_shipments:
        return None
    # Compare counts, not floats: 96 on time out of 100 meets a 0.96 target exactly.
    return (shipments - late) >= rules.shipping.on_time_target * shipments - 1e-9


@dataclass(frozen=True)
class ShippingSummary:
    window_start: date
    window_end: date
    shipments: int
    late: int
    on_time_rate: float | None
    target: float
    minimum_shipments: int
    meets_target: bool | None

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
        }


def summary_from_counts(rules: RuleSet, as_of: date, shipments: int, late: int) -> ShippingSummary:
    """The summary for counts already taken over the window (the store counts in SQL)."""
    start, end = window(rules, as_of)
    return ShippingSummary(
        window_start=start,
        window_end=end,
        shipments=shipments,
        late=late,
        on_time_rate=on_time_rate(shipments, late),
        target=rules.shipping.on_time_target,
        minimum_shipments=rules.shipping.minimum_shipments,
        meets_target=meets_target(rules, shipments, late),
    )


def shipping_summary(shipments: Iterable[ShipmentRecord], rules: RuleSet, as_of: date) -> ShippingSummary:
    start, end = window(rules, as_of)
    due = [s for s in shipments if start <= s.promised_ship_date <= end]
    return summary_from_counts(rules, as_of, len(due), sum(1 for s in due if is_late(s, as_of)))


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
        if not first <= s.promised_ship_date <= as_of:
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
    "ShipmentRecord", "ShippingSummary", "WeekPoint", "causes", "is_late", "days_late", "shipped_by",
    "window", "on_time_rate", "meets_target", "summary_from_counts", "shipping_summary", "week_spans",
    "weekly_series", "cause_breakdown", "WEEK_DAYS",
]
