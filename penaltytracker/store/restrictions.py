"""Restrictions, their case log and open trades; a shop's marketplace. One transaction per call.

Documents sent with a contact are copied into the data folder
(`attachments/<store>-<digest>/restriction-<id>/`), never linked to where they were: the case
keeps its papers when the originals move or change. A stored name is one plain file
name; a name with `..`, a folder or an absolute path is refused, and every path is
checked to stay inside that folder before anything is read or written.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from penaltytracker.core import marketplaces
from penaltytracker.core import restrictions as core
from penaltytracker.core.restrictions import ContactEntry, RestrictionRecord, TradeRecord
from penaltytracker.messages import Problem
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store.schema import AuditEntry, Restriction, RestrictionContact, RestrictionTrade, Shop
from penaltytracker.store.violations import NotFound, StaleEdit, _audit, shop_id

_FIELDS = ("kind", "cause", "start", "days", "notice", "note", "account", "what_happened", "fixed", "prevention",
           "request", "lifted_on", "resolved_on", "outcome")


@contextmanager
def _as_store_error():
    """Core's refusals (Problem) reach the window and the CLI as StoreError, like the store's own."""
    try:
        yield
    except StoreError:
        raise
    except Problem as p:
        raise StoreError(p.code, **p.params) from None


def catalogue() -> marketplaces.Catalogue:
    return marketplaces.load()


# --- shops' marketplaces ------------------------------------------------------------------

def shop_marketplace(store: Store, shop: str) -> str:
    with store.session() as s:
        found = s.scalar(select(Shop.marketplace).where(Shop.name == shop))
        if found is None:
            raise NotFound("shop.not_found", shop=shop)
        return found


def shop_marketplaces(store: Store) -> dict[str, str]:
    """Every shop's marketplace key, by shop name."""
    with store.session() as s:
        return {name: key for name, key in s.execute(select(Shop.name, Shop.marketplace))}


def set_shop_marketplace(store: Store, shop: str, marketplace: str) -> str:
    with _as_store_error():
        key = marketplaces.check_marketplace(marketplace)
    with store.session() as s, s.begin():
        row = s.get(Shop, shop_id(s, shop))
        if row.marketplace != key:
            _audit(s, row.id, "edit", {"marketplace": [row.marketplace, key]}, entity="shop")
            row.marketplace = key
        return key


# --- restrictions ---------------------------------------------------------------------

def _record(row: Restriction, shop: str, market: str) -> RestrictionRecord:
    return RestrictionRecord(shop=shop, marketplace=market, id=row.id, created_at=row.created_at,
                             updated_at=row.updated_at, version=row.version,
                             **{f: getattr(row, f) for f in _FIELDS})


def _values(r: RestrictionRecord) -> dict:
    return {f: getattr(r, f) for f in _FIELDS}


def _checked(r: RestrictionRecord) -> RestrictionRecord:
    with _as_store_error():
        r = core.validate(r, catalogue())
    if len(r.account) > Restriction.__table__.c.account.type.length:
        raise StoreError("restriction.too_long", field="account", limit=Restriction.__table__.c.account.type.length)
    return r


def add_restriction(store: Store, record: RestrictionRecord) -> RestrictionRecord:
    """Save a new restriction (a record carrying an id is put back under it: undo). An unknown
    shop is created, on Rakuten Ichiba unless the record names another marketplace, as a
    violation's shop is."""
    record = _checked(record)
    with store.session() as s, s.begin():
        name = record.shop.strip()
        sid = s.scalar(select(Shop.id).where(Shop.name == name))
        if sid is None:
            if len(name) > Shop.__table__.c.name.type.length:
                raise StoreError("restriction.too_long", field="shop", limit=Shop.__table__.c.name.type.length)
            with _as_store_error():
                shop = Shop(name=name, marketplace=marketplaces.check_marketplace(record.marketplace))
            s.add(shop)
            s.flush()
            sid = shop.id
        market = s.scalar(select(Shop.marketplace).where(Shop.id == sid))
        row = Restriction(shop_id=sid, **_values(record))
        if record.id is not None:
            row.id = record.id
        s.add(row)
        s.flush()
        _audit(s, row.id, "create", {k: [None, v] for k, v in _values(record).items()}, entity="restriction")
        return _record(row, record.shop.strip(), market)


def _load(s: Session, restriction_id: int) -> tuple[Restriction, str, str]:
    found = s.execute(select(Restriction, Shop.name, Shop.marketplace).join(Shop, Shop.id == Restriction.shop_id)
                      .where(Restriction.id == restriction_id)).first()
    if found is None:
        raise NotFound("restriction.not_found", id=restriction_id)
    return found[0], found[1], found[2]


def get_restriction(store: Store, restriction_id: int) -> RestrictionRecord:
    with store.session() as s:
        return _record(*_load(s, restriction_id))


def update_restriction(store: Store, record: RestrictionRecord, action: str = "edit") -> RestrictionRecord:
    """Save an edited record; refused if the row changed since `record` was read."""
    record = _checked(record)
    try:
        with store.session() as s, s.begin():
            row, shop, market = _load(s, record.id)
            if record.version is not None and row.version != record.version:
                raise StaleEdit("restriction.stale", id=record.id)
            changes = {}
            for f in _FIELDS:
                old, new = getattr(row, f), getattr(record, f)
                if old != new:
                    changes[f] = [old, new]
                    setattr(row, f, new)
            if changes:
                s.flush()
                _audit(s, row.id, action, changes, entity="restriction")
            return _record(row, shop, market)
    except StaleDataError:
        raise StaleEdit("restriction.stale", id=record.id) from None


def lift_restriction(store: Store, restriction_id: int, on: date) -> RestrictionRecord:
    current = get_restriction(store, restriction_id)
    with _as_store_error():
        after = core.lifted(current, on)
    return update_restriction(store, after, action="lift")


def resolve_restriction(store: Store, restriction_id: int, on: date, outcome: str = "") -> RestrictionRecord:
    current = get_restriction(store, restriction_id)
    with _as_store_error():
        after = core.resolved(current, on, outcome)
    return update_restriction(store, after, action="resolve")


def list_restrictions(store: Store, shop: str | None = None) -> list[RestrictionRecord]:
    """A shop's restrictions (every shop's with None), newest start first."""
    with store.session() as s:
        q = select(Restriction, Shop.name, Shop.marketplace).join(Shop, Shop.id == Restriction.shop_id)
        if shop is not None:
            q = q.where(Restriction.shop_id == shop_id(s, shop))
        q = q.order_by(Restriction.start.desc(), Restriction.id.desc())
        return [_record(*row) for row in s.execute(q)]


def restrictions_with_logs(store: Store, shop: str | None = None) -> list[tuple[RestrictionRecord, list[ContactEntry]]]:
    """Each restriction with its case log (two queries, whatever the number)."""
    records = list_restrictions(store, shop)
    logs = _contacts_of(store, [r.id for r in records])
    return [(r, logs.get(r.id, [])) for r in records]


def delete_restriction(store: Store, restriction_id: int) -> tuple[RestrictionRecord, list[ContactEntry],
                                                                    list[TradeRecord]]:
    """Delete with its log and trades; hands back all of it so that undo can put it back.
    The copied documents stay in the data folder."""
    with store.session() as s, s.begin():
        row, shop, market = _load(s, restriction_id)
        record = _record(row, shop, market)
        contacts = [_contact(c) for c in s.scalars(select(RestrictionContact).where(
            RestrictionContact.restriction_id == restriction_id).order_by(RestrictionContact.id))]
        trades = [_trade(t) for t in s.scalars(select(RestrictionTrade).where(
            RestrictionTrade.restriction_id == restriction_id).order_by(RestrictionTrade.id))]
        # The children first, as statements: the tables have no ORM relationship to order them by.
        s.execute(delete(RestrictionContact).where(RestrictionContact.restriction_id == restriction_id))
        s.execute(delete(RestrictionTrade).where(RestrictionTrade.restriction_id == restriction_id))
        s.delete(row)
        _audit(s, restriction_id, "delete", {k: [v, None] for k, v in _values(record).items()}, entity="restriction")
        return replace(record, version=None), contacts, trades


def restore_restriction(store: Store, record: RestrictionRecord, contacts: Sequence[ContactEntry] = (),
                        trades: Sequence[TradeRecord] = ()) -> RestrictionRecord:
    """Put back what delete_restriction handed out, under the same ids (one transaction)."""
    record = _checked(record)
    with store.session() as s, s.begin():
        sid = shop_id(s, record.shop)
        market = s.scalar(select(Shop.marketplace).where(Shop.id == sid))
        row = Restriction(id=record.id, shop_id=sid, **_values(record))
        s.add(row)
        s.flush()
        for c in contacts:
            s.add(_contact_row(c))
        for t in trades:
            s.add(_trade_row(t))
        _audit(s, row.id, "restore", {k: [None, v] for k, v in _values(record).items()}, entity="restriction")
        s.flush()
        return _record(row, record.shop, market)


def restriction_history(store: Store, restriction_id: int) -> list[dict]:
    with store.session() as s:
        q = (select(AuditEntry).where(AuditEntry.entity == "restriction", AuditEntry.entity_id == restriction_id)
             .order_by(AuditEntry.at, AuditEntry.id))
        return [{"at": e.at, "user": e.os_user, "action": e.action, "changes": json.loads(e.changes)}
                for e in s.scalars(q)]


# --- the case log ---------------------------------------------------------------------

def _contact(row: RestrictionContact) -> ContactEntry:
    return ContactEntry(restriction_id=row.restriction_id, on=row.on_date, channel=row.channel,
                        direction=row.direction, summary=row.summary, due=row.due, closed=row.closed,
                        attachments=tuple(json.loads(row.attachments or "[]")), id=row.id,
                        created_at=row.created_at)


def _contact_row(c: ContactEntry) -> RestrictionContact:
    row = RestrictionContact(restriction_id=c.restriction_id, on_date=c.on, channel=c.channel,
                             direction=c.direction, summary=c.summary.strip(), due=c.due, closed=c.closed,
                             attachments=json.dumps(list(c.attachments), ensure_ascii=False))
    if c.id is not None:
        row.id = c.id
    if c.created_at is not None:
        row.created_at = c.created_at
    return row


def _contacts_of(store: Store, ids: Sequence[int]) -> dict[int, list[ContactEntry]]:
    found: dict[int, list[ContactEntry]] = {}
    if not ids:
        return found
    with store.session() as s:
        for start in range(0, len(ids), 500):
            q = (select(RestrictionContact).where(RestrictionContact.restriction_id.in_(ids[start:start + 500]))
                 .order_by(RestrictionContact.on_date, RestrictionContact.id))
            for row in s.scalars(q):
                found.setdefault(row.restriction_id, []).append(_contact(row))
    return found


def list_contacts(store: Store, restriction_id: int) -> list[ContactEntry]:
    with store.session() as s:
        _load(s, restriction_id)
    return _contacts_of(store, [restriction_id]).get(restriction_id, [])


def add_contact(store: Store, entry: ContactEntry, files: Iterable[str | os.PathLike | tuple] = ()) -> ContactEntry:
    """Log one exchange; `files` (a path, or (path, name)) are copied into the data folder.
    All or nothing: if the row cannot be written, the copies made are removed again."""
    with _as_store_error():
        core.check_contact(entry)
    copied: list[Path] = []
    try:
        with store.session() as s, s.begin():
            _load(s, entry.restriction_id)
            names = list(entry.attachments)
            for item in files:
                source, name = item if isinstance(item, tuple) else (item, None)
                target = _copy_in(store, entry.restriction_id, source, name, taken=names)
                copied.append(target)
                names.append(target.name)
            row = _contact_row(replace(entry, attachments=tuple(names)))
            s.add(row)
            s.flush()
            _audit(s, row.id, "create", {"restriction_id": [None, entry.restriction_id], "on": [None, entry.on],
                                         "summary": [None, row.summary], "due": [None, entry.due],
                                         "attachments": [None, names]}, entity="restriction_contact")
            result = _contact(row)
    except BaseException:
        for path in copied:
            path.unlink(missing_ok=True)
        raise
    return result


def set_contact_closed(store: Store, contact_id: int, closed: bool = True) -> ContactEntry:
    """Mark a due date as met (or open again)."""
    with store.session() as s, s.begin():
        row = s.get(RestrictionContact, contact_id)
        if row is None:
            raise NotFound("restriction.contact_not_found", id=contact_id)
        if row.closed != closed:
            _audit(s, row.id, "edit", {"closed": [row.closed, closed]}, entity="restriction_contact")
            row.closed = closed
        return _contact(row)


def delete_contact(store: Store, contact_id: int) -> ContactEntry:
    """Delete a log entry (its copied documents stay in the data folder, for undo)."""
    with store.session() as s, s.begin():
        row = s.get(RestrictionContact, contact_id)
        if row is None:
            raise NotFound("restriction.contact_not_found", id=contact_id)
        entry = _contact(row)
        s.delete(row)
        _audit(s, contact_id, "delete", {"summary": [entry.summary, None]}, entity="restriction_contact")
        return entry


# --- documents in the data folder -----------------------------------------------------

_BAD_NAME = re.compile(r'[\x00-\x1f<>:"|?*]')


def attachments_root(store: Store) -> Path:
    """Where a store's copied documents live: the data folder's attachments/, one folder per
    store (its file name and a short digest of its full path or URL, so two stores never mix)."""
    import hashlib

    from penaltytracker.paths import data_dir

    path = store.sqlite_path
    where = str(path.resolve()) if path is not None else store.location
    stem = path.stem if path is not None else "server"
    digest = hashlib.sha1(where.encode("utf-8")).hexdigest()[:10]
    return data_dir() / "attachments" / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', stem)[:60]}-{digest}"


def safe_name(name: str) -> str:
    """One plain file name, or StoreError: no folders, no `..`, no absolute path or drive."""
    text = str(name).strip()
    if (not text or text in (".", "..") or ".." in PurePosixPath(text).parts or "/" in text or "\\" in text
            or PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute()
            or PureWindowsPath(text).drive or _BAD_NAME.search(text)):
        raise StoreError("restriction.bad_attachment_name", name=text)
    return text


def attachment_path(store: Store, restriction_id: int, name: str) -> Path:
    """The copy of `name` for a restriction; refused if it would lie outside the data folder."""
    root = attachments_root(store).resolve()
    target = (root / f"restriction-{int(restriction_id)}" / safe_name(name)).resolve()
    if not target.is_relative_to(root):
        raise StoreError("restriction.bad_attachment_name", name=name)
    return target


def _copy_in(store: Store, restriction_id: int, source, name: str | None, taken: list[str]) -> Path:
    source = Path(source)
    if not source.is_file():
        raise StoreError("restriction.attach_missing", file=str(source))
    wanted = safe_name(name if name is not None else source.name)
    stem, suffix = os.path.splitext(wanted)
    candidate, n = wanted, 1
    while candidate in taken or attachment_path(store, restriction_id, candidate).exists():
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    target = attachment_path(store, restriction_id, candidate)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(source, partial)  # the bytes, never a link (copyfile follows a symlinked source)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError("restriction.attach_failed", file=str(source), detail=exc.strerror or str(exc)) from None
    return target


# --- open trades ----------------------------------------------------------------------

_TRADE_FIELDS = ("item", "buyer", "address", "price", "shipped_on", "tell_buyer", "done", "note")


def _trade(row: RestrictionTrade) -> TradeRecord:
    return TradeRecord(restriction_id=row.restriction_id, order=row.order_ref, id=row.id,
                       **{f: getattr(row, f) for f in _TRADE_FIELDS})


def _trade_row(t: TradeRecord) -> RestrictionTrade:
    row = RestrictionTrade(restriction_id=t.restriction_id, order_ref=t.order.strip(),
                           **{f: (getattr(t, f).strip() if isinstance(getattr(t, f), str) else getattr(t, f))
                              for f in _TRADE_FIELDS})
    if t.id is not None:
        row.id = t.id
    return row


def _check_trade(t: TradeRecord) -> None:
    if not t.item.strip():
        raise StoreError("restriction.trade_no_item")
    if t.price is not None and (isinstance(t.price, bool) or not isinstance(t.price, int) or t.price < 0):
        raise StoreError("restriction.trade_bad_price", value=t.price)


def add_trade(store: Store, trade: TradeRecord) -> TradeRecord:
    _check_trade(trade)
    with store.session() as s, s.begin():
        _load(s, trade.restriction_id)
        row = _trade_row(trade)
        s.add(row)
        s.flush()
        _audit(s, row.id, "create", {"item": [None, row.item], "buyer": [None, row.buyer]},
               entity="restriction_trade")
        return _trade(row)


def update_trade(store: Store, trade: TradeRecord) -> TradeRecord:
    _check_trade(trade)
    with store.session() as s, s.begin():
        row = s.get(RestrictionTrade, trade.id)
        if row is None:
            raise NotFound("restriction.trade_not_found", id=trade.id)
        new = _trade_row(trade)
        changes = {}
        for f in _TRADE_FIELDS + ("order_ref",):
            if getattr(row, f) != getattr(new, f):
                changes[f] = [getattr(row, f), getattr(new, f)]
                setattr(row, f, getattr(new, f))
        if changes:
            _audit(s, row.id, "edit", changes, entity="restriction_trade")
        return _trade(row)


def get_trade(store: Store, trade_id: int) -> TradeRecord:
    with store.session() as s:
        row = s.get(RestrictionTrade, trade_id)
        if row is None:
            raise NotFound("restriction.trade_not_found", id=trade_id)
        return _trade(row)


def delete_trade(store: Store, trade_id: int) -> TradeRecord:
    with store.session() as s, s.begin():
        row = s.get(RestrictionTrade, trade_id)
        if row is None:
            raise NotFound("restriction.trade_not_found", id=trade_id)
        trade = _trade(row)
        s.delete(row)
        _audit(s, trade_id, "delete", {"item": [trade.item, None]}, entity="restriction_trade")
        return trade


def list_trades(store: Store, restriction_id: int) -> list[TradeRecord]:
    with store.session() as s:
        _load(s, restriction_id)
        q = select(RestrictionTrade).where(RestrictionTrade.restriction_id == restriction_id).order_by(
            RestrictionTrade.done, RestrictionTrade.shipped_on, RestrictionTrade.id)
        return [_trade(row) for row in s.scalars(q)]


def restriction_week(store: Store, shop: str, as_of: date) -> core.RestrictionWeek:
    """The weekly review's part: restrictions that began, ended or have something due."""
    return core.restriction_week(restrictions_with_logs(store, shop), as_of)


def trades_of(store: Store, ids: Sequence[int]) -> dict[int, list[TradeRecord]]:
    """The trades of many restrictions at once, by restriction id."""
    found: dict[int, list[TradeRecord]] = {}
    with store.session() as s:
        for start in range(0, len(ids), 500):
            q = (select(RestrictionTrade).where(RestrictionTrade.restriction_id.in_(list(ids)[start:start + 500]))
                 .order_by(RestrictionTrade.id))
            for row in s.scalars(q):
                found.setdefault(row.restriction_id, []).append(_trade(row))
    return found


__all__ = [
    "restriction_week", "trades_of", "get_trade", "add_contact", "add_restriction", "add_trade", "attachment_path", "attachments_root", "catalogue",
    "delete_contact", "delete_restriction", "delete_trade", "get_restriction", "lift_restriction", "list_contacts",
    "list_restrictions", "list_trades", "resolve_restriction", "restore_restriction", "restriction_history",
    "restrictions_with_logs", "safe_name", "set_contact_closed", "set_shop_marketplace", "shop_marketplace",
    "shop_marketplaces", "update_restriction", "update_trade",
]


def reminders(store: Store, rules, as_of: date, within: int) -> list:
    """What is due of restrictions (store/reminders.py's source): restrictions ending, and
    replies or documents due in the case log (core.restrictions.restriction_reminders)."""
    return core.restriction_reminders(catalogue(), restrictions_with_logs(store), as_of, within)
