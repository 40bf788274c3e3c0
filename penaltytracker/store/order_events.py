"""The suspicious-order log, reports made to the marketplace, and erasing a buyer.
One transaction per call, core values out, changes in the audit history."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from penaltytracker.core.order_events import (
    LIMITS, OrderCatalogue, OrderEvent, Pattern, find_patterns, load_order_catalogue, validate_event,
)
from penaltytracker.messages import Problem
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store.schema import AbuseReport, AuditEntry, OrderEventRow, Shop
from penaltytracker.store.violations import NotFound, StaleEdit, _audit, _ensure_shop, shop_id

ENTITY = "order_event"
REPORT_ENTITY = "abuse_report"
BUYER_ENTITY = "order_buyer"
_FIELDS = ("order_id", "occurred_at", "event", "buyer", "item", "asin", "sku", "payment", "cancelled_by",
           "subtotal", "shipping_cost", "days_tied_up", "status", "reason", "note")
_TEXT = ("order_id", "buyer", "item", "asin", "sku", "status", "reason", "note")


def _catalogue(catalogue: OrderCatalogue | None) -> OrderCatalogue:
    return catalogue or load_order_catalogue()


def check_event(e: OrderEvent, catalogue: OrderCatalogue | None = None) -> None:
    """Refuse what the table cannot hold, naming the field (a StoreError)."""
    try:
        validate_event(e, _catalogue(catalogue))
    except Problem as exc:
        if isinstance(exc, StoreError):
            raise
        raise StoreError(exc.code, **exc.params) from None
    for name, limit in LIMITS.items():
        if len(getattr(e, name).strip()) > limit:
            raise StoreError("order.too_long", field=name, limit=limit, order=e.order_id)


def _values(e: OrderEvent) -> dict:
    values = {f: getattr(e, f) for f in _FIELDS}
    for f in _TEXT:
        values[f] = (values[f] or "").strip()
    values["occurred_at"] = values["occurred_at"].replace(second=0, microsecond=0, tzinfo=None)
    return values


def to_event(row: OrderEventRow, shop: str) -> OrderEvent:
    return OrderEvent(shop=shop, id=row.id, version=row.version, **{f: getattr(row, f) for f in _FIELDS})


def _audit_values(values: dict) -> dict:
    return {k: [None, v] for k, v in values.items() if v not in (None, "")}


# --- events -------------------------------------------------------------------------------------

def add_event(store: Store, e: OrderEvent, catalogue: OrderCatalogue | None = None) -> OrderEvent:
    check_event(e, catalogue)
    shop = e.shop.strip()
    values = _values(e)
    with store.session() as s, s.begin():
        sid = _ensure_shop(s, shop, {})
        if s.scalar(select(OrderEventRow.id).where(
                OrderEventRow.shop_id == sid, OrderEventRow.order_id == values["order_id"],
                OrderEventRow.event == values["event"], OrderEventRow.occurred_at == values["occurred_at"])):
            raise StoreError("order.duplicate_event", order=values["order_id"], event=values["event"],
                             at=values["occurred_at"].strftime("%Y-%m-%d %H:%M"))
        row = OrderEventRow(shop_id=sid, **values)
        if e.id is not None:  # undo of a delete puts it back under its id
            row.id = e.id
        s.add(row)
        s.flush()
        _audit(s, row.id, "create", _audit_values(values), entity=ENTITY)
        return to_event(row, shop)


def get_event(store: Store, event_id: int) -> OrderEvent:
    with store.session() as s:
        found = s.execute(select(OrderEventRow, Shop.name).join(Shop, Shop.id == OrderEventRow.shop_id)
                          .where(OrderEventRow.id == event_id)).first()
        if found is None:
            raise NotFound("order.event_not_found", id=event_id)
        return to_event(*found)


def update_event(store: Store, e: OrderEvent, catalogue: OrderCatalogue | None = None) -> OrderEvent:
    check_event(e, catalogue)
    if e.id is None:
        raise StoreError("order.never_saved")
    try:
        with store.session() as s, s.begin():
            found = s.execute(select(OrderEventRow, Shop.name).join(Shop, Shop.id == OrderEventRow.shop_id)
                              .where(OrderEventRow.id == e.id)).first()
            if found is None:
                raise NotFound("order.event_not_found", id=e.id)
            row, shop = found
            if e.version is not None and row.version != e.version:
                raise StaleEdit("order.stale", id=e.id)
            changes = {}
            for f, new in _values(e).items():
                if getattr(row, f) != new:
                    changes[f] = [getattr(row, f), new]
                    setattr(row, f, new)
            if changes:
                s.flush()
                _audit(s, row.id, "edit", changes, entity=ENTITY)
            return to_event(row, shop)
    except StaleDataError:
        raise StaleEdit("order.stale", id=e.id) from None


def delete_events(store: Store, event_ids: Sequence[int]) -> list[OrderEvent]:
    """Delete these events in one transaction; hand them back for undo."""
    with store.session() as s, s.begin():
        gone = []
        for event_id in event_ids:
            found = s.execute(select(OrderEventRow, Shop.name).join(Shop, Shop.id == OrderEventRow.shop_id)
                              .where(OrderEventRow.id == event_id)).first()
            if found is None:
                raise NotFound("order.event_not_found", id=event_id)
            row, shop = found
            gone.append(to_event(row, shop))
            s.delete(row)
            _audit(s, event_id, "delete", {k: [v, None] for k, v in _values(gone[-1]).items()
                                           if v not in (None, "")}, entity=ENTITY)
        return gone


def restore_events(store: Store, events: Sequence[OrderEvent]) -> int:
    for e in events:
        check_event(e)
    with store.session() as s, s.begin():
        cache: dict[str, int] = {}
        for e in events:
            row = OrderEventRow(shop_id=_ensure_shop(s, e.shop.strip(), cache), **_values(e))
            row.id = e.id
            s.add(row)
            s.flush()
            _audit(s, row.id, "create", _audit_values(_values(e)), entity=ENTITY)
    return len(events)


def list_events(store: Store, shop: str | None = None, *, since: datetime | None = None,
                until: datetime | None = None) -> list[OrderEvent]:
    """The events (of one shop), oldest first."""
    with store.session() as s:
        q = select(OrderEventRow, Shop.name).join(Shop, Shop.id == OrderEventRow.shop_id)
        if shop:
            q = q.where(OrderEventRow.shop_id == shop_id(s, shop))
        if since is not None:
            q = q.where(OrderEventRow.occurred_at >= since)
        if until is not None:
            q = q.where(OrderEventRow.occurred_at <= until)
        q = q.order_by(OrderEventRow.occurred_at, OrderEventRow.order_id, OrderEventRow.id)
        return [to_event(row, name) for row, name in s.execute(q)]


def import_events(store: Store, events: Sequence[OrderEvent], catalogue: OrderCatalogue | None = None) -> int:
    """Add the events not stored yet (same shop, order ID, event and time), all or nothing.
    Returns how many were added: the same file imported again adds 0."""
    catalogue = _catalogue(catalogue)
    for e in events:
        check_event(e, catalogue)
    added = 0
    with store.session() as s, s.begin():
        cache: dict[str, int] = {}
        seen: set[tuple] = set()
        for e in events:
            values = _values(e)
            sid = _ensure_shop(s, e.shop.strip(), cache)
            key = (sid, values["order_id"], values["event"], values["occurred_at"])
            if key in seen:
                continue
            seen.add(key)
            if s.scalar(select(OrderEventRow.id).where(
                    OrderEventRow.shop_id == sid, OrderEventRow.order_id == key[1], OrderEventRow.event == key[2],
                    OrderEventRow.occurred_at == key[3])) is not None:
                continue
            s.add(OrderEventRow(shop_id=sid, **values))
            added += 1
        if added:
            s.flush()
            _audit(s, 0, "import", {"added": added}, entity=ENTITY)
    return added


# --- patterns --------------------------------------------------------------------------------------

def shop_patterns(store: Store, shop: str, as_of: date, catalogue: OrderCatalogue | None = None) -> list[Pattern]:
    """The shop's flagged patterns among its events up to as_of, latest first."""
    catalogue = _catalogue(catalogue)
    until = datetime.combine(as_of, datetime.max.time())
    return find_patterns(list_events(store, shop, until=until), catalogue.rule, as_of)


def events_of_orders(store: Store, shop: str, orders: Sequence[str]) -> list[OrderEvent]:
    wanted = {o.strip() for o in orders if o.strip()}
    return [e for e in list_events(store, shop) if e.order_id in wanted]


# --- reports made to the marketplace -----------------------------------------------------------------

@dataclass(frozen=True)
class ReportRecord:
    shop: str
    made_on: date
    channel: str = ""
    case_number: str = ""
    reply: str = ""
    kind: str = ""  # buyer / item / selection
    subject: str = ""
    orders: tuple[str, ...] = ()
    text: str = ""
    id: int | None = None


def _report(row: AbuseReport, shop: str) -> ReportRecord:
    return ReportRecord(shop=shop, made_on=row.made_on, channel=row.channel, case_number=row.case_number,
                        reply=row.reply, kind=row.kind, subject=row.subject, orders=tuple(json.loads(row.orders)),
                        text=row.text, id=row.id)


def add_report(store: Store, report: ReportRecord) -> ReportRecord:
    if not isinstance(report.made_on, date):
        raise StoreError("order.report_date_required")
    for name, limit in (("channel", 100), ("case_number", 100), ("subject", 500)):
        if len(getattr(report, name).strip()) > limit:
            raise StoreError("order.too_long", field=name, limit=limit, order="")
    with store.session() as s, s.begin():
        row = AbuseReport(shop_id=_ensure_shop(s, report.shop.strip(), {}), made_on=report.made_on,
                          channel=report.channel.strip(), case_number=report.case_number.strip(),
                          reply=report.reply.strip(), kind=report.kind, subject=report.subject.strip(),
                          orders=json.dumps(list(report.orders), ensure_ascii=False), text=report.text)
        if report.id is not None:
            row.id = report.id
        s.add(row)
        s.flush()
        _audit(s, row.id, "create", {"made_on": [None, report.made_on], "channel": [None, row.channel],
                                     "case_number": [None, row.case_number], "kind": [None, row.kind],
                                     "subject": [None, row.subject], "orders": [None, list(report.orders)]},
               entity=REPORT_ENTITY)
        return _report(row, report.shop.strip())


def set_report_reply(store: Store, report_id: int, reply: str, case_number: str | None = None) -> ReportRecord:
    with store.session() as s, s.begin():
        found = s.execute(select(AbuseReport, Shop.name).join(Shop, Shop.id == AbuseReport.shop_id)
                          .where(AbuseReport.id == report_id)).first()
        if found is None:
            raise NotFound("order.report_not_found", id=report_id)
        row, shop = found
        changes = {"reply": [row.reply, reply.strip()]}
        row.reply = reply.strip()
        if case_number is not None:
            changes["case_number"] = [row.case_number, case_number.strip()]
            row.case_number = case_number.strip()
        _audit(s, row.id, "edit", changes, entity=REPORT_ENTITY)
        return _report(row, shop)


def delete_report(store: Store, report_id: int) -> ReportRecord:
    with store.session() as s, s.begin():
        found = s.execute(select(AbuseReport, Shop.name).join(Shop, Shop.id == AbuseReport.shop_id)
                          .where(AbuseReport.id == report_id)).first()
        if found is None:
            raise NotFound("order.report_not_found", id=report_id)
        record = _report(*found)
        s.delete(found[0])
        _audit(s, report_id, "delete", {"case_number": [record.case_number, None]}, entity=REPORT_ENTITY)
        return record


def list_reports(store: Store, shop: str | None = None) -> list[ReportRecord]:
    with store.session() as s:
        q = select(AbuseReport, Shop.name).join(Shop, Shop.id == AbuseReport.shop_id)
        if shop:
            q = q.where(AbuseReport.shop_id == shop_id(s, shop))
        q = q.order_by(AbuseReport.made_on.desc(), AbuseReport.id.desc())
        return [_report(row, name) for row, name in s.execute(q)]


# --- erasing a buyer ----------------------------------------------------------------------------------

def erase_buyer(store: Store, shop: str, buyer: str) -> tuple[str, int, int]:
    """Replace the buyer's handle everywhere it is kept (their events, the reports and the
    evidence texts, and the audit history of both) with an anonymous token. The erase itself
    is audited without the handle. Returns (token, events changed, reports changed)."""
    handle = buyer.strip()
    if not handle:
        raise StoreError("order.buyer_required")
    token = "匿名-" + secrets.token_hex(4)
    with store.session() as s, s.begin():
        sid = shop_id(s, shop)
        rows = list(s.scalars(select(OrderEventRow).where(OrderEventRow.shop_id == sid,
                                                          OrderEventRow.buyer == handle)))
        if not rows:
            raise NotFound("order.buyer_not_found", buyer=handle, shop=shop)
        ids = [r.id for r in rows]
        for r in rows:
            r.buyer = token
        reports = 0
        for rep in s.scalars(select(AbuseReport).where(AbuseReport.shop_id == sid)):
            if handle in rep.subject or handle in rep.text or handle in rep.reply:
                rep.subject = rep.subject.replace(handle, token)
                rep.text = rep.text.replace(handle, token)
                rep.reply = rep.reply.replace(handle, token)
                reports += 1
        # The history must not keep what was erased: every audit row that holds the handle.
        for entry in s.scalars(select(AuditEntry).where(AuditEntry.entity.in_((ENTITY, REPORT_ENTITY)),
                                                        AuditEntry.changes.contains(handle))):
            entry.changes = json.dumps(_scrub(json.loads(entry.changes), handle, token), ensure_ascii=False)
        _audit(s, sid, "erase", {"buyer": ["(erased)", token], "events": ids, "reports": reports},
               entity=BUYER_ENTITY)
        return token, len(rows), reports


def _scrub(value, handle: str, token: str):
    if isinstance(value, str):
        return value.replace(handle, token)
    if isinstance(value, list):
        return [_scrub(v, handle, token) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, handle, token) for k, v in value.items()}
    return value


__all__ = [
    "ENTITY", "REPORT_ENTITY", "BUYER_ENTITY", "LIMITS", "check_event", "add_event", "get_event", "update_event",
    "delete_events", "restore_events", "list_events", "import_events", "shop_patterns", "events_of_orders",
    "ReportRecord", "add_report", "set_report_reply", "delete_report", "list_reports", "erase_buyer",
]


# --- what is due (a source of store/reminders.py) -------------------------------------------------

from datetime import timedelta  # noqa: E402  (this section's own, kept with it)

from penaltytracker.core.order_events import BUYER, recent_patterns  # noqa: E402
from penaltytracker.core.reminders import Reminder  # noqa: E402
from penaltytracker.messages import Msg  # noqa: E402

PATTERN_UNREPORTED = "pattern_unreported"


def _reported(p: Pattern, reports: Sequence[ReportRecord], as_of: date) -> bool:
    """A report made from the pattern's first day to as_of that names every one of its orders."""
    orders = set(p.orders)
    return any(p.first.date() <= r.made_on <= as_of and orders <= set(r.orders) for r in reports)


def reminders(store: Store, rules, as_of: date, within: int,
              catalogue: OrderCatalogue | None = None) -> list[Reminder]:
    """`pattern_unreported`: a flagged pattern of the last `recent_days` (the dashboard's
    "recent") with no report covering its orders; due on its last event's day. The words
    name no buyer (the tray shows them on the desktop): the key names its first event."""
    catalogue = _catalogue(catalogue)
    until = datetime.combine(as_of, datetime.max.time())
    by_shop: dict[str, list[OrderEvent]] = {}
    for e in list_events(store, until=until):
        by_shop.setdefault(e.shop, []).append(e)
    reports: dict[str, list[ReportRecord]] = {}
    for r in list_reports(store):
        reports.setdefault(r.shop, []).append(r)
    since = as_of - timedelta(days=catalogue.rule.recent_days - 1)
    found = []
    for shop, events in by_shop.items():
        for p in recent_patterns(find_patterns(events, catalogue.rule, as_of), since, as_of):
            if _reported(p, reports.get(shop, ()), as_of):
                continue
            code = "reminder.pattern_unreported_buyer" if p.kind == BUYER else "reminder.pattern_unreported_item"
            found.append(Reminder(
                PATTERN_UNREPORTED, shop, p.last.date(),
                Msg(code, n=p.count, first=p.first.date(), last=p.last.date(), days=p.days, pattern=p.kind,
                    item="" if p.kind == BUYER else (p.key if len(p.key) <= 40 else p.key[:39] + "…")),
                key=f"{PATTERN_UNREPORTED}:{shop}:{p.kind}:{p.events[0].id}"))
    return found
