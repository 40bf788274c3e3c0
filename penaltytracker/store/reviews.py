"""The weekly review: "review done" marks and the week's figures. One transaction per call."""

from __future__ import annotations

import getpass
from datetime import date

from sqlalchemy import func, select

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import ShipmentRecord
from penaltytracker.core.weekly import WeekSummary, week_span, week_summary as summarise
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store import shipments
from penaltytracker.store.schema import Shipment, Violation, WeeklyReview
from penaltytracker.store.violations import shop_id


def mark_review_done(store: Store, shop: str, on: date, note: str = "") -> int:
    """Record that the shop's weekly review was done on `on`; returns the review's id."""
    if not isinstance(on, date):
        raise StoreError("review.bad_date", value=repr(on))
    try:
        user = getpass.getuser()
    except Exception:  # no login name (some services, containers)
        user = ""
    with store.session() as s, s.begin():
        row = WeeklyReview(shop_id=shop_id(s, shop), reviewed_on=on, reviewer=user, note=note.strip())
        s.add(row)
        s.flush()
        return row.id


def last_review(store: Store, shop: str) -> date | None:
    """The date of the shop's latest review, or None if it was never reviewed."""
    with store.session() as s:
        return s.scalar(select(func.max(WeeklyReview.reviewed_on)).where(WeeklyReview.shop_id == shop_id(s, shop)))


def past_reviews(store: Store, shop: str, limit: int = 8) -> list[tuple[date, str, str]]:
    """The shop's latest reviews, newest first: (date, reviewer, note)."""
    with store.session() as s:
        q = (select(WeeklyReview.reviewed_on, WeeklyReview.reviewer, WeeklyReview.note)
             .where(WeeklyReview.shop_id == shop_id(s, shop))
             .order_by(WeeklyReview.reviewed_on.desc(), WeeklyReview.id.desc()).limit(limit))
        return [(row[0], row[1] or "", row[2] or "") for row in s.execute(q)]


_WEEK_FIELDS = ("id", "points_date", "occurred_on", "category", "points", "title", "details", "reference", "status",
                "corrective_action", "version", "withdrawn_on")


def week_first_day(as_of: date) -> date:
    """The first day of the violations a week summary reads: 1 January of the year before
    the week starts ("before" may fall in last year, and last year's sanctions can still
    be running in January)."""
    return date(week_span(as_of)[0].year - 1, 1, 1)


def week_summary(store: Store, rules: RuleSet, shop: str, as_of: date,
                 records: list[ViolationRecord] | None = None, notices=None) -> WeekSummary:
    """The last 7 days of one shop: new violations, late shipments, points and level change.

    `records`: the shop's violations from week_first_day(as_of) on, when the caller has
    read them already (the PDF report); otherwise they are read here."""
    start, end = week_span(as_of)
    first = week_first_day(as_of)
    if notices is None:  # what Rakuten's notices said wins over the expectation
        from penaltytracker.store.notices import shop_notices

        notices = shop_notices(store, shop, tuple(range(first.year, as_of.year + 1)))
    if records is not None:
        records = [r for r in records if r.points_date <= end]
        return summarise(rules, shop, records, as_of, _late_shipments(store, shop, start, end), notices=notices)
    with store.session() as s:
        sid = shop_id(s, shop)
        # Plain rows of only what the week needs (no ORM objects, no timestamps to parse):
        # two years of a busy shop read ten times faster.
        q = (select(*(Violation.__table__.c[f] for f in _WEEK_FIELDS))
             .where(Violation.shop_id == sid, Violation.points_date >= first, Violation.points_date <= end)
             .order_by(Violation.points_date, Violation.id))
        records = [ViolationRecord(shop=shop, **row._mapping) for row in s.execute(q)]
    return summarise(rules, shop, records, as_of, _late_shipments(store, shop, start, end), notices=notices)


def _late_shipments(store: Store, shop: str, start: date, end: date) -> list[ShipmentRecord]:
    """Shipments promised in the week that are late as known on its last day."""
    with store.session() as s:
        q = (select(Shipment).where(Shipment.shop_id == shop_id(s, shop), Shipment.promised_ship_date >= start,
                                    Shipment.promised_ship_date <= end, shipments._late_condition(end))
             .order_by(Shipment.promised_ship_date, Shipment.order_id))
        return [shipments.to_record(row, shop) for row in s.scalars(q)]


__all__ = ["mark_review_done", "last_review", "past_reviews", "week_summary"]
