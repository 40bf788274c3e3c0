"""Shipments: the delay log and the on-time rate. One transaction per call, core values out.

The summary and the weekly series are counted by the database over the
(shop, promised ship date) index, so a shop with a million orders costs a few
aggregate queries, never a load of its rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter
from typing import Sequence

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import (
    Counts,
    ShipmentRecord,
    ShippingSummary,
    WeekPoint,
    check_dates,
    last_full_month,
    on_time_rate,
    summary_from_counts,
    week_spans,
    window,
)
from penaltytracker.bulk import gc_paused
from penaltytracker.messages import Msg
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store.schema import Shipment, Shop, utcnow
from penaltytracker.store.bulk_insert import _insert_columns
from penaltytracker.store.violations import (
    NotFound,
    StaleEdit,
    _audit,
    _by_ids,
    _ensure_shop,
    shop_id,
)

ENTITY = "shipment"
_EDITABLE = ("order_id", "ordered_on", "promised_ship_date", "shipped_on", "carrier", "cause",
             "customer_contacted", "note", "delivered_on", "cancelled")
# Column sizes in the schema, checked before writing so the message names the field.
LIMITS = {"shop": 200, "order_id": 100, "carrier": 100, "cause": 100}


class DuplicateOrder(StoreError):
    """The shop already has a shipment with this order number."""


def to_record(row: Shipment, shop_name: str) -> ShipmentRecord:
    return ShipmentRecord(
        id=row.id, shop=shop_name, order_id=row.order_id, ordered_on=row.ordered_on,
        promised_ship_date=row.promised_ship_date, shipped_on=row.shipped_on, carrier=row.carrier,
        cause=row.cause, customer_contacted=bool(row.customer_contacted), note=row.note,
        delivered_on=row.delivered_on, cancelled=bool(row.cancelled), version=row.version,
    )


def validate(record: ShipmentRecord) -> None:
    """Refuse what the table cannot hold, naming the field."""
    if not record.shop.strip():
        raise StoreError("shipping.shop_required")
    if not record.order_id.strip():
        raise StoreError("shipping.order_required")
    if not isinstance(record.promised_ship_date, date):
        raise StoreError("shipping.promised_required")
    if record.shipped_on and record.ordered_on and record.shipped_on < record.ordered_on:
        raise StoreError("shipping.shipped_before_ordered", order=record.order_id,
                         date=record.shipped_on.isoformat(), ordered=record.ordered_on.isoformat())
    for name, limit in LIMITS.items():
        if len(getattr(record, name).strip()) > limit:
            raise StoreError("shipping.too_long", field=Msg(f"shipping.field.{name}"), limit=limit)
    for problem in check_dates(record, None):  # delivered before shipped or ordered
        raise StoreError(problem.code, **problem.params)


def _values(record: ShipmentRecord) -> dict:
    values = {f: getattr(record, f) for f in _EDITABLE}
    for f in ("order_id", "carrier", "cause"):
        values[f] = values[f].strip()
    values["customer_contacted"] = bool(values["customer_contacted"])
    values["cancelled"] = bool(values["cancelled"])
    return values


def _duplicate(order_id: str, shop: str) -> DuplicateOrder:
    return DuplicateOrder("shipping.duplicate_order", order=order_id, shop=shop)


# --- one shipment ------------------------------------------------------------------------

def add_shipment(store: Store, record: ShipmentRecord) -> ShipmentRecord:
    validate(record)
    shop = record.shop.strip()
    values = _values(record)
    with store.session() as s, s.begin():
        sid = _ensure_shop(s, shop, {})
        if s.scalar(select(Shipment.id).where(Shipment.shop_id == sid, Shipment.order_id == values["order_id"])):
            raise _duplicate(values["order_id"], shop)
        row = Shipment(shop_id=sid, **values)
        if record.id is not None:  # re-inserting a deleted row (undo) keeps its id
            row.id = record.id
        s.add(row)
        s.flush()
        _audit(s, row.id, "create", {k: [None, v] for k, v in values.items()}, entity=ENTITY)
        return to_record(row, shop)


def get_shipment(store: Store, shipment_id: int) -> ShipmentRecord:
    with store.session() as s:
        found = s.execute(select(Shipment, Shop.name).join(Shop).where(Shipment.id == shipment_id)).first()
        if found is None:
            raise NotFound("shipping.not_found", id=shipment_id)
        return to_record(*found)


def find_shipment(store: Store, shop: str, order_id: str) -> ShipmentRecord | None:
    with store.session() as s:
        found = s.execute(select(Shipment, Shop.name).join(Shop)
                          .where(Shop.name == shop, Shipment.order_id == order_id.strip())).first()
        return to_record(*found) if found else None


def update_shipment(store: Store, record: ShipmentRecord) -> ShipmentRecord:
    """Save an edited shipment. Refused if the row changed since `record` was read."""
    validate(record)
    if record.id is None:
        raise StoreError("shipping.never_saved")
    try:
        with store.session() as s, s.begin():
            row = s.get(Shipment, record.id)
            if row is None:
                raise NotFound("shipping.not_found", id=record.id)
            if record.version is not None and row.version != record.version:
                raise StaleEdit("shipping.stale", id=record.id)
            new_shop = record.shop.strip()
            shop_name = s.scalar(select(Shop.name).where(Shop.id == row.shop_id))
            new_sid = _ensure_shop(s, new_shop, {}) if new_shop != shop_name else row.shop_id
            values = _values(record)
            if (new_sid, values["order_id"]) != (row.shop_id, row.order_id) and s.scalar(
                select(Shipment.id).where(Shipment.shop_id == new_sid, Shipment.order_id == values["order_id"])
            ):
                raise _duplicate(values["order_id"], new_shop)
            changes = {}
            for f, new in values.items():
                old = getattr(row, f)
                if old != new:
                    changes[f] = [old, new]
                    setattr(row, f, new)
            if new_sid != row.shop_id:
                changes["shop"] = [shop_name, new_shop]
                row.shop_id = new_sid
            if changes:
                s.flush()
                _audit(s, row.id, "edit", changes, entity=ENTITY)
            return to_record(row, new_shop)
    except StaleDataError:
        raise StaleEdit("shipping.stale", id=record.id) from None


def delete_shipment(store: Store, shipment_id: int) -> ShipmentRecord:
    """Delete and hand back the record, so that undo can put it back as it was."""
    with store.session() as s, s.begin():
        found = s.execute(select(Shipment, Shop.name).join(Shop).where(Shipment.id == shipment_id)).first()
        if found is None:
            raise NotFound("shipping.not_found", id=shipment_id)
        row, shop_name = found
        record = to_record(row, shop_name)
        s.delete(row)
        _audit(s, shipment_id, "delete", {k: [v, None] for k, v in _values(record).items()}, entity=ENTITY)
        return record


# --- import ------------------------------------------------------------------------------

# What a file can tell us about an order. Blank values never erase what is stored: an
# order list says nothing about the cause the operator noted in the app.
# A cancellation from a file is kept the same way: a later list that says 発送済 does not
# undo it (`shipment cancel --undo` or the app does).
_IMPORTED = ("ordered_on", "promised_ship_date", "shipped_on", "carrier", "cause", "customer_contacted", "note",
             "delivered_on", "cancelled")
_CHUNK = 500  # bound parameters per IN (...) query, well under every database's limit


def _blank(value) -> bool:
    return value is None or value == "" or value is False


def upsert_shipments(store: Store, records: Sequence[ShipmentRecord]) -> tuple[int, int]:
    """Add new orders and update known ones (by shop and order number), all or nothing.

    Returns (added, updated); importing the same file twice gives (0, 0) the second
    time. Unknown shops are created. A later record for the same order wins.
    """
    with gc_paused():
        return _upsert_shipments(store, records)


def _upsert_shipments(store: Store, records: Sequence[ShipmentRecord]) -> tuple[int, int]:
    for r in records:
        validate(r)
    latest: dict[tuple[str, str], ShipmentRecord] = {}
    for r in records:
        latest[(r.shop.strip(), r.order_id.strip())] = r
    by_shop: dict[str, dict[str, ShipmentRecord]] = {}
    for (shop, order), r in latest.items():
        by_shop.setdefault(shop, {})[order] = r

    added = updated = 0
    now = utcnow()
    table = Shipment.__table__
    with store.session() as s, s.begin():
        cache: dict[str, int] = {}
        new_ids: list[int] = []  # the new orders' shop ids, orders and records, in order
        new_orders: list[str] = []
        new_records: list[ShipmentRecord] = []
        updates: list[tuple[object, dict]] = []
        for shop, orders_of_shop in by_shop.items():
            sid = _ensure_shop(s, shop, cache)
            stored: dict[str, object] = {}
            keys = list(orders_of_shop)
            # A shop with no shipments yet (a first import) has nothing to compare with.
            has_any = s.execute(select(table.c.id).where(table.c.shop_id == sid).limit(1)).first() is not None
            for i in range(0, len(keys) if has_any else 0, _CHUNK):
                # Only what the comparison needs, as plain rows: no ORM objects for a big import.
                q = (select(table.c.id, table.c.order_id, *(table.c[f] for f in _IMPORTED))
                     .where(table.c.shop_id == sid, table.c.order_id.in_(keys[i:i + _CHUNK])))
                stored.update((row.order_id, row) for row in s.execute(q))
            if not stored:
                new_ids += [sid] * len(keys)
                new_orders += keys
                new_records += orders_of_shop.values()
                continue
            for order, r in orders_of_shop.items():
                row = stored.get(order)
                if row is None:
                    new_ids.append(sid)
                    new_orders.append(order)
                    new_records.append(r)
                    continue
                values = _values(r)
                changed = {f: values[f] for f in _IMPORTED
                           if not _blank(values[f]) and getattr(row, f) != values[f]}
                if changed:
                    updates.append((row, changed))
        # Core statements in bulk: the ORM's per-object bookkeeping is what makes big
        # imports slow, and these rows need none of it.
        if new_records:
            columns = _new_columns(new_ids, new_orders, new_records, now)
            if store.is_sqlite:
                _insert_columns(s, table, columns)  # one driver-level batch (see violations.py)
            else:
                s.execute(table.insert(), [dict(zip(columns, row)) for row in zip(*columns.values())])
            added = len(new_records)
        for row, changed in updates:
            s.execute(table.update().where(table.c.id == row.id)
                      .values(**changed, updated_at=now, version=table.c.version + 1))
        updated = len(updates)
        if added or updated:
            _audit(s, 0, "import", {"added": added, "updated": updated}, entity=ENTITY)
    return added, updated


def _new_columns(shop_ids: list[int], orders: list[str], records: list[ShipmentRecord], now) -> dict[str, list]:
    """The new rows column by column: shop_id, _values of each record (orders already
    stripped), and the bookkeeping columns."""
    n = len(records)
    column = {f: list(map(attrgetter(f), records)) for f in _EDITABLE if f != "order_id"}
    for f in ("carrier", "cause"):
        column[f] = list(map(str.strip, column[f]))
    column["customer_contacted"] = list(map(bool, column["customer_contacted"]))
    column["cancelled"] = list(map(bool, column["cancelled"]))
    return {"shop_id": shop_ids, **{f: orders if f == "order_id" else column[f] for f in _EDITABLE},
            "created_at": [now] * n, "updated_at": [now] * n, "version": [1] * n}


# --- the delay log -------------------------------------------------------------------------

@dataclass(frozen=True)
class ShipmentFilter:
    """What the operator asked to see in the delay log."""

    shop: str | None = None
    late_only: bool = False
    cause: str | None = None
    text: str = ""
    as_of: date | None = None  # the day "late" is judged on (default: today in Japan)


SORTABLE = ("promised_ship_date", "shipped_on", "ordered_on", "delivered_on", "order_id", "shop", "carrier", "cause",
            "customer_contacted", "id")


_NOT_CANCELLED = Shipment.cancelled.is_(False)


def _late_condition(as_of: date):
    """SQL for core.shipping.is_late on as_of (a cancelled order is never late)."""
    shipped = and_(Shipment.shipped_on.is_not(None), Shipment.shipped_on <= as_of)
    return and_(_NOT_CANCELLED, or_(
        and_(shipped, Shipment.shipped_on > Shipment.promised_ship_date),
        and_(~shipped, Shipment.promised_ship_date < as_of),
    ))


def _today() -> date:
    from penaltytracker.core.status import today_in_japan

    return today_in_japan()


def _filtered(query, flt: ShipmentFilter):
    if flt.shop:
        query = query.where(Shop.name == flt.shop)
    if flt.late_only:
        query = query.where(_late_condition(flt.as_of or _today()))
    if flt.cause is not None:
        query = query.where(Shipment.cause == flt.cause)
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        query = query.where(or_(Shipment.order_id.ilike(like), Shipment.carrier.ilike(like),
                                Shipment.note.ilike(like), Shipment.cause.ilike(like)))
    return query


def count_shipments(store: Store, flt: ShipmentFilter = ShipmentFilter()) -> int:
    q = select(func.count()).select_from(Shipment)
    if flt.shop:
        q = q.join(Shop)  # only the shop filter reads the shop's name; every shipment has a shop
    with store.session() as s:
        return s.scalar(_filtered(q, flt)) or 0


def page_shipments(store: Store, flt: ShipmentFilter = ShipmentFilter(), offset: int = 0, limit: int = 200,
                   sort: str = "promised_ship_date", descending: bool = True) -> list[ShipmentRecord]:
    """One page of the log, sorted in the database so the table never loads it all."""
    with store.session() as s:
        q = _filtered(select(Shipment, Shop.name).join(Shop), flt).order_by(*_log_order(sort, descending))
        return [to_record(row, name) for row, name in s.execute(q.offset(offset).limit(limit))]


def _log_order(sort: str, descending: bool) -> list:
    """The delay log's order: the chosen column, then the id, both one way."""
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort}")
    column = Shop.name if sort == "shop" else getattr(Shipment, sort)
    return [column.desc() if descending else column.asc(), Shipment.id.desc() if descending else Shipment.id.asc()]


def shipment_ids(store: Store, flt: ShipmentFilter = ShipmentFilter(), sort: str = "promised_ship_date",
                 descending: bool = True):
    """Every matching id in the order of page_shipments (an array of 8-byte ints).

    The delay log reads deep pages by id from this list: an OFFSET deep into a million
    sorted shipments costs about a second a page, the list one sort, then each page is instant.
    """
    from array import array

    q = select(Shipment.id).select_from(Shipment)
    if flt.shop or sort == "shop":
        q = q.join(Shop)  # only these read the shop's name
    q = _filtered(q, flt).order_by(*_log_order(sort, descending))
    with store.engine.connect() as conn:  # Core: the ORM's per-row bookkeeping is not needed here
        return array("q", conn.execute(q).scalars())


def shipments_by_ids(store: Store, ids: Sequence[int]) -> list[ShipmentRecord]:
    """The shipments with these ids, in the order given (ids no longer stored are skipped)."""
    return _by_ids(store, Shipment, to_record, ids)


def list_shipments(store: Store, shop: str | None = None, late_only: bool = False,
                   as_of: date | None = None) -> list[ShipmentRecord]:
    """Every shipment (of one shop), oldest promised date first: for exports and the CLI."""
    with store.session() as s:
        if shop:
            shop_id(s, shop)  # a clear error for an unknown shop
        flt = ShipmentFilter(shop=shop, late_only=late_only, as_of=as_of)
        q = _filtered(select(Shipment, Shop.name).join(Shop), flt).order_by(
            Shop.name, Shipment.promised_ship_date, Shipment.id)
        return [to_record(row, name) for row, name in s.execute(q)]


# --- the measure -----------------------------------------------------------------------------

def _count_late(session: Session, sid: int, start: date, end: date, as_of: date) -> tuple[int, int, int]:
    """(shipments, late, cancelled) promised in start..end."""
    def total(condition):
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    q = select(total(_NOT_CANCELLED), total(_late_condition(as_of)), total(Shipment.cancelled.is_(True))).where(
        Shipment.shop_id == sid, Shipment.promised_ship_date >= start, Shipment.promised_ship_date <= end)
    shipments, late, cancelled = session.execute(q).one()
    return int(shipments), int(late), int(cancelled)


def _days_taken(store: Store):
    """SQL for the days from the order date to the delivery date."""
    if store.is_sqlite:  # dates are ISO text in SQLite
        return func.julianday(Shipment.delivered_on) - func.julianday(Shipment.ordered_on)
    return Shipment.delivered_on - Shipment.ordered_on  # PostgreSQL: date - date is whole days


def _count_delivered(store: Store, session: Session, sid: int, start: date, end: date, days: int) -> tuple[int, int]:
    """(orders delivered in start..end with an order date, of them delivered within `days`)."""
    within = func.coalesce(func.sum(case((_days_taken(store) <= days, 1), else_=0)), 0)
    q = select(func.count(Shipment.id), within).where(
        Shipment.shop_id == sid, Shipment.delivered_on >= start, Shipment.delivered_on <= end,
        Shipment.ordered_on.is_not(None), _NOT_CANCELLED)
    delivered, inside = session.execute(q).one()
    return int(delivered), int(inside)


def _summary(store: Store, rules: RuleSet, shop: str, as_of: date, span: tuple[date, date]) -> ShippingSummary:
    start, end = span
    with store.session() as s:
        sid = shop_id(s, shop)
        shipments, late, cancelled = _count_late(s, sid, start, end, as_of)
        delivered, within = _count_delivered(store, s, sid, start, min(end, as_of), rules.shipping.delivery_days)
    return summary_from_counts(rules, as_of, Counts(shipments, late, cancelled, delivered, within), span=span)


def shipping_summary(store: Store, rules: RuleSet, shop: str, as_of: date) -> ShippingSummary:
    """The shop criteria over the rule set's period ending on as_of (month to date for
    "month", with the last full month beside it)."""
    current = _summary(store, rules, shop, as_of, window(rules, as_of))
    if rules.shipping.period != "month":
        return current
    return replace(current, last_full_month=last_month_summary(store, rules, shop, as_of))


def last_month_summary(store: Store, rules: RuleSet, shop: str, as_of: date) -> ShippingSummary:
    """The shop criteria over the last full calendar month, as known on as_of."""
    return _summary(store, rules, shop, as_of, last_full_month(as_of))


def set_cancelled(store: Store, shipment_id: int, cancelled: bool = True) -> ShipmentRecord:
    """Mark an order cancelled (or not): a cancelled order is no shipment, on time or late."""
    with store.session() as s, s.begin():
        found = s.execute(select(Shipment, Shop.name).join(Shop).where(Shipment.id == shipment_id)).first()
        if found is None:
            raise NotFound("shipping.not_found", id=shipment_id)
        row, shop_name = found
        if bool(row.cancelled) != cancelled:
            _audit(s, row.id, "edit", {"cancelled": [bool(row.cancelled), cancelled]}, entity=ENTITY)
            row.cancelled = cancelled
            s.flush()
        return to_record(row, shop_name)


def weekly_shipping(store: Store, shop: str, as_of: date, weeks: int = 8) -> list[WeekPoint]:
    """Shipments and late ones per seven days ending on as_of: one query over the index."""
    spans = week_spans(as_of, weeks)
    if not spans:
        return []
    late = _late_condition(as_of)
    columns = []
    for a, b in spans:
        in_week = and_(Shipment.promised_ship_date >= a, Shipment.promised_ship_date <= b, _NOT_CANCELLED)
        columns.append(func.coalesce(func.sum(case((in_week, 1), else_=0)), 0))
        columns.append(func.coalesce(func.sum(case((and_(in_week, late), 1), else_=0)), 0))
    with store.session() as s:
        sid = shop_id(s, shop)
        row = s.execute(select(*columns).where(
            Shipment.shop_id == sid, Shipment.promised_ship_date >= spans[0][0],
            Shipment.promised_ship_date <= spans[-1][1])).one()
    points = []
    for i, (a, b) in enumerate(spans):
        n, k = int(row[2 * i]), int(row[2 * i + 1])
        points.append(WeekPoint(a, b, n, k, on_time_rate(n, k)))
    return points


def late_by_cause(store: Store, shop: str, as_of: date, since: date | None = None) -> dict[str, int]:
    """Late shipments per cause key ("" = none given), most first: core.cause_breakdown in SQL."""
    with store.session() as s:
        q = (select(Shipment.cause, func.count(Shipment.id))
             .where(Shipment.shop_id == shop_id(s, shop), Shipment.promised_ship_date <= as_of,
                    _late_condition(as_of))
             .group_by(Shipment.cause))
        if since is not None:
            q = q.where(Shipment.promised_ship_date >= since)
        counts = {cause: int(n) for cause, n in s.execute(q)}
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


__all__ = [
    "ENTITY", "DuplicateOrder", "ShipmentFilter", "add_shipment", "get_shipment", "find_shipment",
    "update_shipment", "delete_shipment", "upsert_shipments", "count_shipments", "page_shipments",
    "shipment_ids", "shipments_by_ids", "list_shipments", "shipping_summary", "weekly_shipping", "late_by_cause",
    "validate", "last_month_summary", "set_cancelled",
]
