"""Importing violations: all rows or none, each notice once.

A row whose (shop, 管理番号) is recorded updates that violation where the file's fields
differ (audited) and is otherwise left alone; a row without a 管理番号 that equals a
recorded violation of the shop on 加点日, 点数, 区分 and 内容 is already recorded. Equal
rows without a 管理番号 in one file are distinct violations (two cancellations on one
day): each recorded copy matches one row, so importing the same file twice changes
nothing.
"""

from __future__ import annotations

import json
import json.encoder
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Sequence

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from penaltytracker.bulk import gc_paused
from penaltytracker.core.model import FIRST_YEAR, LAST_YEAR, MAX_POINTS, STATUSES, ViolationRecord
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store.schema import AuditEntry, Shop, Violation
from penaltytracker.store.bulk_insert import _insert_columns, _roomy_cache, _sqlite_cells
from penaltytracker.store.violations import _EDITABLE, _audit, _ensure_shop, _os_user, _validate


@dataclass(frozen=True)
class ImportCounts:
    """What an import did: rows added, recorded violations updated, rows already recorded."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def rows(self) -> int:
        return self.added + self.updated + self.unchanged


def import_violations(store: Store, records: Sequence[ViolationRecord],
                      fields: Sequence[str] | None = None) -> ImportCounts:
    """Write every record or none (one transaction). Unknown shops are created. `fields`:
    the fields the file holds (its columns); only those update a recorded violation
    (default: every field)."""
    if fields is None:
        fields = getattr(records, "fields", None)
    with gc_paused():
        return _import_violations(store, records, tuple(fields) if fields is not None else _EDITABLE)


# What makes a row without a 管理番号 the same violation as a recorded one.
_SAME = attrgetter("points_date", "points", "category", "title")


def _import_violations(store: Store, records: Sequence[ViolationRecord], fields: tuple[str, ...]) -> ImportCounts:
    shops = _validate_all(records)
    if not records:
        return ImportCounts()
    compared = [f for f in _EDITABLE if f in fields and f != "reference"]
    with store.session() as s, s.begin():
        _one_import_at_a_time(s, store)
        cache: dict[str, int] = {}
        for name in dict.fromkeys(shops):  # each shop once, in the order the records name them
            _ensure_shop(s, name, cache)
        shop_ids = list(map(cache.__getitem__, shops))
        new, updates, unchanged = _match(s, records, shop_ids, compared)
        for row, record in updates:
            changes = {}
            for f in compared:
                old, value = getattr(row, f), getattr(record, f)
                if old != value:
                    changes[f] = [old, value]
                    setattr(row, f, value)
            s.flush()
            _audit(s, row.id, "import", changes)
        if new:
            _insert_new(s, store, [records[i] for i in new], [shop_ids[i] for i in new])
        _audit(s, 0, "import", {"rows": len(records), "added": len(new), "updated": len(updates),
                                "unchanged": unchanged})
        return ImportCounts(len(new), len(updates), unchanged)


# One number for every PenaltyTracker on a PostgreSQL server: "importing violations"
# (engine.py's _PG_MIGRATION_LOCK is the other).
_PG_IMPORT_LOCK = 0x5054_494D  # "PTIM"


def _one_import_at_a_time(s: Session, store: Store) -> None:
    """Take the write lock before reading what is recorded: two imports of the same file
    at once must not both find a row new and both add it."""
    if store.is_sqlite:
        # A write as the transaction's first statement: SQLite takes its write lock (waiting for
        # another writer) and only then reads, so what is read is the latest. The row goes
        # with the import's rollback.
        s.execute(text("INSERT INTO audit_log (at, os_user, entity, entity_id, action, changes) "
                       "VALUES (CURRENT_TIMESTAMP, '', 'lock', 0, 'lock', '{}')"))
        s.execute(text("DELETE FROM audit_log WHERE entity = 'lock'"))
    elif store.engine.dialect.name == "postgresql":
        s.execute(text(f"SELECT pg_advisory_xact_lock({_PG_IMPORT_LOCK})"))  # released at commit or rollback


def _match(s: Session, records, shop_ids: list[int], compared: list[str]):
    """Which rows are new (their indexes), which update a recorded violation ((row,
    record) pairs), and how many are already recorded. The shops are as stored (their
    names cleaned), so a row naming "\ufeff本店" meets 本店's violations."""
    wanted = set(shop_ids)
    by_reference: dict[tuple[int, str], object] = {}
    same: Counter = Counter()
    if wanted:
        days = [r.points_date for r in records]
        lo, hi = min(days), max(days)
        q = select(Violation).where(Violation.shop_id.in_(wanted),
                                    or_(Violation.reference != "",
                                        Violation.points_date.between(lo, hi)))
        for row in s.scalars(q):
            if row.reference:
                by_reference[(row.shop_id, row.reference)] = row
            else:
                same[(row.shop_id, *_SAME(row))] += 1
    new: list[int] = []
    updates = []
    unchanged = 0
    in_file: dict[tuple[int, str], tuple[ViolationRecord, int]] = {}
    for i, (record, sid) in enumerate(zip(records, shop_ids)):
        ref = record.reference.strip()
        if ref:
            key = (sid, ref)
            if key in in_file:
                first, j = in_file[key]
                if any(getattr(first, f) != getattr(record, f) for f in compared):
                    lines = getattr(records, "lines", ())
                    if len(lines) == len(records):  # from a file: name both lines
                        raise StoreError("violation.import_reference_twice_lines", reference=ref,
                                         shop=record.shop.strip(), first=lines[j], second=lines[i])
                    raise StoreError("violation.import_reference_twice", reference=ref, shop=record.shop.strip())
                unchanged += 1
                continue
            in_file[key] = (record, i)
            row = by_reference.get(key)
            if row is None:
                new.append(i)
            elif any(getattr(row, f) != getattr(record, f) for f in compared):
                updates.append((row, record))
            else:
                unchanged += 1
        else:
            key = (sid, *_SAME(record))
            if same[key] > 0:
                same[key] -= 1
                unchanged += 1
            else:
                new.append(i)
    return new, updates, unchanged


def _insert_new(s: Session, store: Store, records: list[ViolationRecord], shop_ids: list[int]) -> None:
    from penaltytracker.store.schema import utcnow

    now = utcnow()
    # Core inserts in bulk: the ORM's per-object bookkeeping is what makes big
    # imports slow, and these rows need none of it.
    columns = {"shop_id": shop_ids, **{f: list(map(attrgetter(f), records)) for f in _EDITABLE},
               "created_at": [now] * len(records), "updated_at": [now] * len(records),
               "version": [1] * len(records)}
    if store.is_sqlite:
        ids = _insert_columns(s, Violation.__table__, columns)
    else:
        rows = [dict(zip(columns, row)) for row in zip(*columns.values())]
        ids = s.scalars(Violation.__table__.insert().returning(Violation.id, sort_by_parameter_order=True),
                        rows).all()
    # Each imported row's own history starts with its import (what it was created with).
    n = len(records)
    if store.is_sqlite and sqlite3.sqlite_version_info >= (3, 38):
        _import_audit_sqlite(s, ids[0], ids[-1], now, _os_user())
    else:
        audit = {"at": [now] * n, "os_user": [_os_user()] * n, "entity": ["violation"] * n,
                 "entity_id": ids, "action": ["import"] * n, "changes": _created_jsons(records)}
        if store.is_sqlite:
            _insert_columns(s, AuditEntry.__table__, audit)
        else:
            s.execute(AuditEntry.__table__.insert(), [dict(zip(audit, r)) for r in zip(*audit.values())])


# _validate's limits, for checking a whole column at once.
_TEXT_LIMITS = tuple((field, column.type.length) for field, column in (
    ("shop", Shop.__table__.c.name), ("category", Violation.__table__.c.category),
    ("title", Violation.__table__.c.title), ("reference", Violation.__table__.c.reference)))
_STATUS_SET = frozenset(STATUSES)


def _validate_all(records: Sequence[ViolationRecord]) -> list[str]:
    """_validate of every record, the checks done column by column (a fifth of the time
    of one call a record): the shop names, stripped. Whenever a check fails, or a value
    is of a type the column checks do not expect, the records are checked one by one
    with _validate, so the error raised is the first bad record's, exactly as before."""
    try:
        shops = list(map(str.strip, map(_SHOP_OF, records)))
        points = list(map(_POINTS_OF, records))
        days = list(map(_DAY_OF, records))
        occurred = [(o, d) for o, d in zip(map(_OCCURRED_OF, records), days) if o is not None]
        ok = (all(shops)
              and set(map(type, points)) <= {int} and min(points, default=0) >= 0
              and max(points, default=0) <= MAX_POINTS
              and set(map(type, days)) <= {date}
              and FIRST_YEAR <= min(days).year and max(days).year <= LAST_YEAR
              and all(type(o) is date and FIRST_YEAR <= o.year and o <= d for o, d in occurred)
              and not any(map(_WITHDRAWN_ON_OF, records))
              and set(map(_STATUS_OF, records)) <= _STATUS_SET
              and all(max(map(len, shops if field == "shop" else map(str.strip, map(attrgetter(field), records))),
                          default=0) <= limit
                      for field, limit in _TEXT_LIMITS))
    except Exception:  # a value of an unexpected type: _validate says what is wrong
        ok = False
    if not ok:
        for r in records:
            _validate(r)
        shops = [r.shop.strip() for r in records]  # every record passed _validate after all
    return shops


_SHOP_OF, _POINTS_OF, _STATUS_OF = attrgetter("shop"), attrgetter("points"), attrgetter("status")
_DAY_OF, _OCCURRED_OF, _WITHDRAWN_ON_OF = attrgetter("points_date"), attrgetter("occurred_on"), attrgetter("withdrawn_on")


_quote = json.encoder.encode_basestring  # a str as json.dumps(ensure_ascii=False) writes it
# {field: [null, value], ...} for every editable field, in order: what _created_json writes.
_CREATED_TEMPLATE = "{" + ", ".join(f'"{f}": [null, %s]' for f in _EDITABLE) + "}"


def _created_json(record: ViolationRecord) -> str:
    """json.dumps({field: [None, value]}, ensure_ascii=False, default=str), written out
    directly: the import writes one per row and json.dumps costs most of the import."""
    parts = []
    for f in _EDITABLE:
        v = getattr(record, f)
        if v is None:
            text = "null"
        elif isinstance(v, str):
            text = _quote(v)
        elif isinstance(v, date):
            text = _quote(str(v))
        elif type(v) is int:
            text = str(v)
        else:
            text = json.dumps(v, ensure_ascii=False, default=str)
        parts.append(f'"{f}": [null, {text}]')
    return "{" + ", ".join(parts) + "}"


def _created_jsons(records: Sequence[ViolationRecord]) -> list[str]:
    """_created_json of every record, the same text, about three times faster: one
    template, each day quoted once, the plain types formatted without asking."""
    days: dict = {None: "null"}
    out = []
    for r in records:
        try:
            pd, oc, wd = r.points_date, r.occurred_on, r.withdrawn_on
            pd_text = days.get(pd) or days.setdefault(pd, _quote(str(pd)))
            oc_text = days.get(oc) or days.setdefault(oc, _quote(str(oc)))
            wd_text = days.get(wd) or days.setdefault(wd, _quote(str(wd)))
            if type(r.points) is not int or type(pd) is not date or (oc is not None and type(oc) is not date) \
                    or (wd is not None and type(wd) is not date):
                raise TypeError
            out.append(_CREATED_TEMPLATE % (
                pd_text, oc_text, _quote(r.category), r.points, _quote(r.title), _quote(r.details),
                _quote(r.reference), _quote(r.status), _quote(r.corrective_action), wd_text))
        except TypeError:  # a value of another type (None text, a datetime...): the general way
            out.append(_created_json(r))
    return out


def _import_audit_sqlite(session: Session, first_id: int, last_id: int, now, user: str) -> None:
    """The "import" audit row of every violation just inserted (ids first_id..last_id),
    written by SQLite itself from the stored rows: the same {field: [null, value]} as
    _created_json (compact JSON, the same values when read back), without building and
    binding a hundred thousand JSON texts in Python."""
    changes = "json_object(" + ", ".join(f"'{f}', json_array(NULL, {f})" for f in _EDITABLE) + ")"
    conn = session.connection()
    at = _sqlite_cells(conn, AuditEntry.__table__, "at", [now])[0]
    with _roomy_cache(conn, last_id - first_id + 1):
        conn.exec_driver_sql(
            "INSERT INTO audit_log (at, os_user, entity, entity_id, action, changes) "
            f"SELECT ?, ?, 'violation', id, 'import', {changes} FROM violations WHERE id BETWEEN ? AND ? "
            "ORDER BY id", (at, user, first_id, last_id))


