"""Shops and violations: each function is one transaction and hands back core values."""

from __future__ import annotations

import getpass
import json
import json.encoder
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, replace
from operator import attrgetter
from datetime import date
from typing import Sequence

from sqlalchemy import Date, Integer, and_, bindparam, column, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from penaltytracker.bulk import gc_paused
from penaltytracker.core.model import ACTIVE, STATUSES, WITHDRAWN, ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus, compute_status
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store.schema import AuditEntry, Shop, Violation


class NotFound(StoreError):
    pass


class StaleEdit(StoreError):
    """The row changed since it was read (another window or user saved first)."""


# --- shops (store/shops.py; re-exported so callers keep working) -----------------------

from penaltytracker.store.shops import add_shop, list_shops, shop_id, _ensure_shop  # noqa: E402,F401


# --- conversion ------------------------------------------------------------------------

_EDITABLE = ("points_date", "occurred_on", "category", "points", "title", "details",
             "reference", "status", "corrective_action")


def to_record(row: Violation, shop_name: str) -> ViolationRecord:
    return ViolationRecord(
        id=row.id, shop=shop_name, points_date=row.points_date, points=row.points,
        status=row.status, category=row.category, title=row.title, occurred_on=row.occurred_on,
        reference=row.reference, details=row.details, corrective_action=row.corrective_action,
        created_at=row.created_at, updated_at=row.updated_at, version=row.version,
    )


def _validate(record: ViolationRecord) -> None:
    if not record.shop.strip():
        raise StoreError("shop is required")
    if not isinstance(record.points, int) or isinstance(record.points, bool) or record.points < 0:
        raise StoreError(f"points must be a whole number of 0 or more, not {record.points!r}")
    if record.status not in STATUSES:
        raise StoreError(f"status must be one of {', '.join(STATUSES)}, not {record.status!r}")
    # SQLite would keep an over-long text; PostgreSQL refuses it. Say so the same way on both.
    for field, column in (("shop", Shop.__table__.c.name), ("category", Violation.__table__.c.category),
                          ("title", Violation.__table__.c.title), ("reference", Violation.__table__.c.reference)):
        limit = column.type.length
        if len(getattr(record, field).strip()) > limit:
            raise StoreError(f"{field} is longer than {limit} characters")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services, containers)
        return ""


def _audit(session: Session, entity_id: int, action: str, changes: dict, entity: str = "violation") -> None:
    user = _os_user()
    session.add(AuditEntry(os_user=user, entity=entity, entity_id=entity_id, action=action,
                           changes=json.dumps(changes, ensure_ascii=False, default=str)))


def _values(record: ViolationRecord) -> dict:
    return {f: getattr(record, f) for f in _EDITABLE}


# --- violations ------------------------------------------------------------------------

def add_violation(store: Store, record: ViolationRecord) -> ViolationRecord:
    _validate(record)
    with store.session() as s, s.begin():
        sid = _ensure_shop(s, record.shop.strip(), {})
        row = Violation(shop_id=sid, **_values(record))
        if record.id is not None:  # re-inserting a deleted row (undo) keeps its id
            row.id = record.id
        s.add(row)
        s.flush()
        _audit(s, row.id, "create", {k: [None, v] for k, v in _values(record).items()})
        return to_record(row, record.shop.strip())


def get_violation(store: Store, violation_id: int) -> ViolationRecord:
    with store.session() as s:
        found = s.execute(
            select(Violation, Shop.name).join(Shop).where(Violation.id == violation_id)
        ).first()
        if found is None:
            raise NotFound(f"no violation with ID {violation_id}")
        return to_record(*found)


def update_violation(store: Store, record: ViolationRecord) -> ViolationRecord:
    """Save an edited record. Refused if the row changed since `record` was read."""
    _validate(record)
    if record.id is None:
        raise StoreError("cannot update a violation that was never saved")
    try:
        with store.session() as s, s.begin():
            row = s.get(Violation, record.id)
            if row is None:
                raise NotFound(f"no violation with ID {record.id}")
            if record.version is not None and row.version != record.version:
                raise StaleEdit(
                    f"violation {record.id} was changed elsewhere after you opened it; reload it and edit again"
                )
            # The shop first: creating one flushes, and a flush between the field changes and
            # the shop change would count one save as two versions.
            new_shop = record.shop.strip()
            shop_name = s.scalar(select(Shop.name).where(Shop.id == row.shop_id))
            new_shop_id = _ensure_shop(s, new_shop, {}) if new_shop != shop_name else None
            changes = {}
            for f in _EDITABLE:
                old, new = getattr(row, f), getattr(record, f)
                if old != new:
                    changes[f] = [old, new]
                    setattr(row, f, new)
            if new_shop_id is not None:
                changes["shop"] = [shop_name, new_shop]
                row.shop_id = new_shop_id
            if changes:
                action = "edit"
                if set(changes) == {"status"}:
                    action = "withdraw" if record.status == WITHDRAWN else "restore"
                s.flush()
                _audit(s, row.id, action, changes)
            return to_record(row, new_shop)
    except StaleDataError:
        raise StaleEdit(
            f"violation {record.id} was changed elsewhere after you opened it; reload it and edit again"
        ) from None


def set_violation_status(store: Store, violation_id: int, status: str) -> ViolationRecord:
    current = get_violation(store, violation_id)
    return update_violation(store, replace(current, status=status))


def delete_violation(store: Store, violation_id: int) -> ViolationRecord:
    """Delete and hand back the record, so that undo can put it back as it was."""
    with store.session() as s, s.begin():
        found = s.execute(select(Violation, Shop.name).join(Shop).where(Violation.id == violation_id)).first()
        if found is None:
            raise NotFound(f"no violation with ID {violation_id}")
        row, shop_name = found
        record = to_record(row, shop_name)
        s.delete(row)
        _audit(s, violation_id, "delete", {k: [v, None] for k, v in _values(record).items()})
        return record


@dataclass(frozen=True)
class ViolationFilter:
    """What the operator asked to see in the violation log."""

    shop: str | None = None
    year: int | None = None
    category: str | None = None
    status: str | None = None
    text: str = ""


SORTABLE = ("points_date", "occurred_on", "shop", "category", "points", "title", "status", "reference", "id")


def _filtered(query, flt: ViolationFilter):
    if flt.shop:
        query = query.where(Shop.name == flt.shop)
    if flt.year:
        query = query.where(Violation.points_date >= date(flt.year, 1, 1),
                            Violation.points_date <= date(flt.year, 12, 31))
    if flt.category:
        query = query.where(Violation.category == flt.category)
    if flt.status:
        query = query.where(Violation.status == flt.status)
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        query = query.where(or_(Violation.title.ilike(like), Violation.details.ilike(like),
                                Violation.reference.ilike(like), Violation.category.ilike(like),
                                Shop.name.ilike(like)))
    return query


def count_violations(store: Store, flt: ViolationFilter = ViolationFilter()) -> int:
    q = select(func.count()).select_from(Violation)
    if flt.shop or flt.text.strip():
        q = q.join(Shop)  # only these filters read the shop's name; every violation has a shop
    with store.session() as s:
        return s.scalar(_filtered(q, flt)) or 0


def page_violations(store: Store, flt: ViolationFilter = ViolationFilter(), *, offset: int = 0,
                    limit: int = 200, sort: str = "points_date", descending: bool = True) -> list[ViolationRecord]:
    """One page of the log, sorted in the database so the table never loads it all."""
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort}")
    column = Shop.name if sort == "shop" else getattr(Violation, sort)
    order = [column.desc() if descending else column.asc(),
             Violation.id.desc() if descending else Violation.id.asc()]
    with store.session() as s:
        q = _filtered(select(Violation, Shop.name).join(Shop), flt).order_by(*order).offset(offset).limit(limit)
        return [to_record(row, name) for row, name in s.execute(q)]


def list_violations(store: Store, shop: str | None = None, year: int | None = None) -> list[ViolationRecord]:
    flt = ViolationFilter(shop=shop, year=year)
    with store.session() as s:
        if shop:
            shop_id(s, shop)  # a clear error for an unknown shop
        # Plain rows, not ORM objects: a year of a busy shop (the PDF report) reads 4x faster.
        q = (_filtered(select(*Violation.__table__.c, Shop.name.label("shop_name")).join(Shop), flt)
             .order_by(Violation.points_date, Violation.id))
        return [to_record(row, row.shop_name) for row in s.execute(q)]


def violation_years(store: Store, shop: str | None = None) -> list[int]:
    # MIN and MAX as two queries: each alone is one step down an index (加点日, or shop +
    # 加点日); asked together, SQLite scans the whole table.
    where = [Violation.shop_id == select(Shop.id).where(Shop.name == shop).scalar_subquery()] if shop else []
    with store.session() as s:
        lo = s.scalar(select(func.min(Violation.points_date)).where(*where))
        hi = s.scalar(select(func.max(Violation.points_date)).where(*where))
        return list(range(lo.year, hi.year + 1)) if lo and hi else []


# --- status ----------------------------------------------------------------------------

def _status_start(as_of: date, rules: RuleSet) -> date:
    # This year up to as_of, plus last year when one of its sanctions could still be
    # running (early January).
    start = date(as_of.year, 1, 1)
    if (as_of - start).days < rules.longest_sanction_days:
        start = date(as_of.year - 1, 1, 1)
    return start


# Built once, values bound when run: building a select costs more than running it on an
# indexed year. Only the columns a status reads, in the order it walks them; the (shop,
# 加点日) index hands the rows over already sorted.
_V = Violation.__table__
_SHOP_ID = select(Shop.__table__.c.id).where(Shop.__table__.c.name == bindparam("shop")).scalar_subquery()
_COUNTED_ROWS = (
    select(_V.c.id, _V.c.points_date, _V.c.points)
    .where(_V.c.shop_id == _SHOP_ID, _V.c.points_date >= bindparam("start"), _V.c.points_date <= bindparam("end"),
           _V.c.status == ACTIVE)
    .order_by(_V.c.points_date, _V.c.id)
)

# The figures-only status: the year's rows in order, each carrying the year's total.
# The total is computed once (the subquery does not depend on the row), and the caller
# stops reading once the top level is reached. Plain SQL so that SQLite can run it on the
# driver directly: SQLAlchemy's own execution costs more than this indexed query does
# (see benchmarks/README.md); other databases run the same text through SQLAlchemy.
_FIGURES_SQL = """
SELECT v.id, v.points_date, v.points{total}
FROM violations v
WHERE v.shop_id = (SELECT id FROM shops WHERE name = :shop)
  AND v.points_date >= :start AND v.points_date <= :end AND v.status = 'active'
ORDER BY v.points_date, v.id
"""
_TOTAL_SQL = """,
  (SELECT COALESCE(SUM(y.points), 0) FROM violations y
   WHERE y.shop_id = (SELECT id FROM shops WHERE name = :shop)
     AND y.points_date >= :start AND y.points_date <= :end AND y.status = 'active') AS total"""
_FIGURES_SQL_TEXT = {with_total: _FIGURES_SQL.format(total=_TOTAL_SQL if with_total else "")
                     for with_total in (True, False)}
_FIGURES_TEXT = {
    with_total: text(sql).bindparams(bindparam("start", type_=Date), bindparam("end", type_=Date))
    .columns(*([column("id", Integer), column("points_date", Date), column("points", Integer)]
               + ([column("total", Integer)] if with_total else [])))
    for with_total, sql in _FIGURES_SQL_TEXT.items()
}


@contextmanager
def _figure_rows(store: Store, shop: str, start: date, end: date, with_total: bool):
    """(id, 加点日, points[, year total]) rows of `shop` from start to end, in order."""
    if store.is_sqlite:
        dbc = store.engine.raw_connection()
        try:
            cursor = dbc.cursor()
            try:
                cursor.execute(_FIGURES_SQL_TEXT[with_total],
                               {"shop": shop, "start": start.isoformat(), "end": end.isoformat()})
                yield ((row[0], date.fromisoformat(row[1]), *row[2:]) for row in cursor)
            finally:
                cursor.close()
        finally:
            dbc.close()
    else:
        with store.engine.connect() as conn:
            result = conn.execute(_FIGURES_TEXT[with_total], {"shop": shop, "start": start, "end": end})
            try:
                yield iter(result)
            finally:
                result.close()


def _check_shop(conn, shop: str) -> None:
    if conn.execute(select(Shop.id).where(Shop.name == shop)).first() is None:
        raise NotFound(f"no shop named {shop!r}")


def _status_rows(conn, shop: str, as_of: date, rules: RuleSet) -> list[ViolationRecord]:
    params = {"shop": shop, "start": _status_start(as_of, rules), "end": as_of}
    records = [ViolationRecord(shop=shop, points_date=d, points=p, id=i)
               for i, d, p in conn.execute(_COUNTED_ROWS, params)]
    if not records:
        _check_shop(conn, shop)
    return records


def _until_top_level(rows, shop: str, top: int | None) -> tuple[list[ViolationRecord], int]:
    """The counted violations in order up to the one that reached the top level, and the
    year's total when the rows carry it. Points never go down within a year, so nothing
    after that violation can change which levels were reached or when: the rest is never read."""
    records, running, total = [], 0, 0
    for row in rows:
        records.append(ViolationRecord(shop=shop, points_date=row[1], points=row[2], id=row[0]))
        total = row[3] if len(row) > 3 else total
        running += row[2]
        if top is not None and running >= top:
            break
    return records, int(total)


def shop_status(store: Store, rules: RuleSet, shop: str, as_of: date, *, history: bool = True) -> ShopStatus:
    """The shop's status on `as_of`.

    history=True: `counted` holds every counted violation of the year (id, 加点日 and
    points), what the points chart draws. history=False: the figures only (points,
    levels, sanctions, fees), `counted` left empty; the cost then stays that of one
    aggregate query however many violations the shop has.
    """
    if history:
        with store.engine.connect() as conn:
            return compute_status(rules, shop, _status_rows(conn, shop, as_of, rules), as_of)
    top = max((lv.threshold for lv in rules.levels), default=None)
    with _figure_rows(store, shop, date(as_of.year, 1, 1), as_of, with_total=True) as rows:
        records, points = _until_top_level(rows, shop, top)
    start = _status_start(as_of, rules)
    if start.year < as_of.year:  # early January: last year's sanctions may still run
        with _figure_rows(store, shop, start, date(start.year, 12, 31), with_total=False) as rows:
            records = _until_top_level(rows, shop, top)[0] + records
    if not records:
        with store.engine.connect() as conn:
            _check_shop(conn, shop)
    # The rows read decide every level reached; the year's total comes from the sum.
    return replace(compute_status(rules, shop, records, as_of), points=points, counted=())


def status_violations(store: Store, rules: RuleSet, shop: str, as_of: date) -> list[ViolationRecord]:
    """The records a status on `as_of` depends on (for what-if and charts): their id,
    加点日 and points, which is all a status reads."""
    with store.engine.connect() as conn:
        return _status_rows(conn, shop, as_of, rules)


@dataclass(frozen=True)
class ShopOverview:
    shop: str
    points: int
    level: str | None
    next_level: str | None
    points_to_next: int | None


def shops_overview(store: Store, rules: RuleSet, as_of: date) -> list[ShopOverview]:
    """Every shop's points and level this year, worst first: one aggregate query."""
    start = date(as_of.year, 1, 1)
    points = func.coalesce(func.sum(Violation.points), 0)
    q = (
        select(Shop.name, points)
        .select_from(Shop)
        .outerjoin(Violation, and_(Violation.shop_id == Shop.id, Violation.status == ACTIVE,
                                   Violation.points_date >= start, Violation.points_date <= as_of))
        .group_by(Shop.id, Shop.name)
    )
    with store.session() as s:
        result = []
        for name, total in s.execute(q):
            total = int(total)
            lv, nxt = rules.level_for_points(total), rules.next_level(total)
            result.append(ShopOverview(name, total, lv.name if lv else None, nxt.name if nxt else None,
                                       nxt.threshold - total if nxt else None))
    result.sort(key=lambda o: (-o.points, o.shop))
    return result


# --- import ----------------------------------------------------------------------------

def import_violations(store: Store, records: Sequence[ViolationRecord]) -> int:
    """Write every record or none (one transaction). Unknown shops are created."""
    with gc_paused():
        return _import_violations(store, records)


def _import_violations(store: Store, records: Sequence[ViolationRecord]) -> int:
    shops = _validate_all(records)
    if not records:
        return 0
    with store.session() as s, s.begin():
        cache: dict[str, int] = {}
        for name in dict.fromkeys(shops):  # each shop once, in the order the records name them
            _ensure_shop(s, name, cache)
        shop_ids = list(map(cache.__getitem__, shops))
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
        _audit(s, 0, "import", {"rows": n})
        return n


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
        ok = (all(shops)
              and set(map(type, points)) <= {int} and min(points, default=0) >= 0
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
            pd, oc = r.points_date, r.occurred_on
            pd_text = days.get(pd) or days.setdefault(pd, _quote(str(pd)))
            oc_text = days.get(oc) or days.setdefault(oc, _quote(str(oc)))
            if type(r.points) is not int or type(pd) is not date or (oc is not None and type(oc) is not date):
                raise TypeError
            out.append(_CREATED_TEMPLATE % (
                pd_text, oc_text, _quote(r.category), r.points, _quote(r.title), _quote(r.details),
                _quote(r.reference), _quote(r.status), _quote(r.corrective_action)))
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


def _sqlite_cells(conn, table, name: str, cells: list) -> list:
    """`cells` of column `name` as the SQLite driver receives them from SQLAlchemy: through
    the column type's conversion, or the sqlite3 adapter the driver would use (dates,
    times); each distinct value converted once (they repeat: one `now`, a few hundred days)."""
    col_type = table.c[name].type
    fn = col_type.bind_processor(conn.dialect)
    if fn is None:
        try:
            if col_type.python_type in _PLAIN:
                return cells
        except NotImplementedError:
            pass

        def fn(v):
            adapt = sqlite3.adapters.get((type(v), sqlite3.PrepareProtocol))
            return adapt(v) if adapt is not None else v
    memo = {v: fn(v) for v in set(cells) if v is not None}
    memo[None] = None
    return list(map(memo.__getitem__, cells))


_PLAIN = (str, int, float, bytes)  # what sqlite3 binds without an adapter


def _insert_columns(session: Session, table, columns: dict[str, list]) -> list[int]:
    """Insert rows given column by column on SQLite as one driver-level executemany;
    their ids, in order.

    SQLite cannot hand back the ids of a batched INSERT in order, so SQLAlchemy would send
    one statement a row (10x slower, benchmarks/README.md). The first row goes in alone
    and takes the write lock; nobody else can insert until we commit, so the ids after it
    are ours and are given explicitly. Values go through each column type's own SQLite
    conversion (or the sqlite3 adapter the driver would use), once per distinct value, so
    the rows read back exactly as ORM-written ones."""
    conn = session.connection()
    names = [c for c in columns if c != "id"]
    n = len(columns[names[0]])
    first = conn.execute(table.insert(), {k: columns[k][0] for k in names}).inserted_primary_key[0]
    if n == 1:
        return [first]
    cols: list = [range(first + 1, first + n)]
    cols += [_sqlite_cells(conn, table, name, columns[name][1:]) for name in names]
    with _roomy_cache(conn, n):
        conn.exec_driver_sql(f"INSERT INTO {table.name} (id, {', '.join(names)}) "
                             f"VALUES ({', '.join('?' * (len(names) + 1))})", list(zip(*cols)))
    return list(range(first, first + n))


@contextmanager
def _roomy_cache(conn, rows: int):
    """A bigger page cache for a big write: the index pages stay in memory instead of
    spilling to the WAL mid-transaction. The connection's own size comes back after."""
    if rows <= 10_000:
        yield
        return
    raw = conn.connection.driver_connection
    before = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute("PRAGMA cache_size=-65536")  # 64 MiB
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={before}")


def audit_history(store: Store, violation_id: int) -> list[dict]:
    with store.session() as s:
        q = (select(AuditEntry).where(AuditEntry.entity == "violation", AuditEntry.entity_id == violation_id)
             .order_by(AuditEntry.at, AuditEntry.id))
        return [{"at": e.at, "user": e.os_user, "action": e.action, "changes": json.loads(e.changes)}
                for e in s.scalars(q)]


__all__ = [
    "NotFound", "StaleEdit", "ViolationFilter", "ShopOverview", "add_shop", "list_shops",
    "add_violation", "get_violation", "update_violation", "set_violation_status", "delete_violation",
    "count_violations", "page_violations", "list_violations", "violation_years", "shop_status",
    "status_violations", "shops_overview", "import_violations", "audit_history",
]


# --- appended for the desktop app (undo of a multi-row delete) --------------------------

def delete_violations(store: Store, violation_ids: Sequence[int]) -> list[ViolationRecord]:
    """Delete several violations in one transaction (all or none); hand back the records."""
    with store.session() as s, s.begin():
        records = []
        for violation_id in violation_ids:
            found = s.execute(select(Violation, Shop.name).join(Shop).where(Violation.id == violation_id)).first()
            if found is None:
                raise NotFound(f"no violation with ID {violation_id}")
            row, shop_name = found
            record = to_record(row, shop_name)
            s.delete(row)
            _audit(s, violation_id, "delete", {k: [v, None] for k, v in _values(record).items()})
            records.append(record)
        return records


def restore_violations(store: Store, records: Sequence[ViolationRecord]) -> list[ViolationRecord]:
    """Put deleted records back under their own ids in one transaction (undo of a delete)."""
    for r in records:
        _validate(r)
    with store.session() as s, s.begin():
        cache: dict[str, int] = {}
        restored = []
        for r in records:
            row = Violation(shop_id=_ensure_shop(s, r.shop.strip(), cache), **_values(r))
            if r.id is not None:
                row.id = r.id
            s.add(row)
            s.flush()
            _audit(s, row.id, "create", {k: [None, v] for k, v in _values(r).items()})
            restored.append(to_record(row, r.shop.strip()))
        return restored


__all__ += ["delete_violations", "restore_violations"]


# --- appended for the desktop app (a log of a million rows) ------------------------------

def violation_ids(store: Store, flt: ViolationFilter = ViolationFilter(), *, sort: str = "points_date",
                  descending: bool = True):
    """Every matching id in display order (an array of 8-byte ints: 8 MB per million rows).

    The log table reads pages by id from this list: an OFFSET deep into a sorted million
    rows costs seconds a page, a list of ids costs one sort, then each page is instant.
    """
    from array import array

    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort}")
    column = Shop.name if sort == "shop" else getattr(Violation, sort)
    order = [column.desc() if descending else column.asc(),
             Violation.id.desc() if descending else Violation.id.asc()]
    q = select(Violation.id).select_from(Violation)
    if flt.shop or flt.text.strip() or sort == "shop":
        q = q.join(Shop)  # only these read the shop's name; without the join a million ids take a third
    q = _filtered(q, flt).order_by(*order)
    # A Core connection: the ORM's per-row bookkeeping triples the time for a million ids.
    with store.engine.connect() as conn:
        return array("q", conn.execute(q).scalars())


def violations_by_ids(store: Store, ids: Sequence[int]) -> list[ViolationRecord]:
    """The records with these ids, in the order given (ids no longer stored are skipped)."""
    return _by_ids(store, Violation, to_record, ids)


def _by_ids(store: Store, entity, convert, ids: Sequence[int]) -> list:
    """The rows of `entity` (Violation, Shipment) with these ids as records (`convert(row,
    shop name)`), in the order given: how a log reads a page from its id list."""
    wanted = list(ids)
    if not wanted:
        return []
    with store.session() as s:
        found = {row.id: convert(row, name) for row, name in
                 s.execute(select(entity, Shop.name).join(Shop).where(entity.id.in_(wanted)))}
    return [found[i] for i in wanted if i in found]


__all__ += ["violation_ids", "violations_by_ids"]
