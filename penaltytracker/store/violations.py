"""Shops and violations: each function is one transaction and hands back core values."""

from __future__ import annotations

import getpass
import json

from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Sequence

from sqlalchemy import Date, Integer, String, and_, bindparam, column, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from penaltytracker.core.model import (
    ACTIVE, FIRST_YEAR, LAST_YEAR, MAX_POINTS, STATUSES, WITHDRAWN, ViolationRecord,
)
from penaltytracker.messages import Msg
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus, compute_status
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store.schema import AuditEntry, Shop, Violation
from penaltytracker.store.status_sql import FIGURES_SQL, figures_status, status_start, until_top_level


from penaltytracker.store.errors import NotFound  # noqa: E402,F401  (defined light, for store/quick_read.py)


class StaleEdit(StoreError):
    """The row changed since it was read (another window or user saved first)."""


# --- shops (store/shops.py; re-exported so callers keep working) -----------------------

from penaltytracker.store.shops import add_shop, list_shops, shop_id, _ensure_shop  # noqa: E402,F401


# --- conversion ------------------------------------------------------------------------

_EDITABLE = ("points_date", "occurred_on", "category", "points", "title", "details",
             "reference", "status", "corrective_action", "withdrawn_on")


def to_record(row: Violation, shop_name: str) -> ViolationRecord:
    return ViolationRecord(
        id=row.id, shop=shop_name, points_date=row.points_date, points=row.points,
        status=row.status, category=row.category, title=row.title, occurred_on=row.occurred_on,
        reference=row.reference, details=row.details, corrective_action=row.corrective_action,
        created_at=row.created_at, updated_at=row.updated_at, version=row.version,
        withdrawn_on=row.withdrawn_on,
    )


class RecordProblem(StoreError):
    """A violation that cannot be: names the field (violation.field.*) and what is wrong."""

    def __init__(self, code: str, field: str, **params):
        super().__init__(code, field=Msg(f"violation.field.{field}"), **params)
        self.field = field


def _validate(record: ViolationRecord) -> None:
    if not record.shop.strip():
        raise RecordProblem("violation.required", "shop")
    if not isinstance(record.points, int) or isinstance(record.points, bool) or record.points < 0:
        raise RecordProblem("violation.points_not_whole", "points", value=record.points)
    if record.points > MAX_POINTS:
        raise RecordProblem("violation.points_too_many", "points", value=record.points, limit=f"{MAX_POINTS:,}")
    if record.status not in STATUSES:
        raise RecordProblem("violation.bad_status", "status", value=record.status)
    for field in ("points_date", "occurred_on", "withdrawn_on"):
        day = getattr(record, field)
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise RecordProblem("violation.year_out_of_range", field, value=day.isoformat(),
                                first=FIRST_YEAR, last=LAST_YEAR)
    if record.occurred_on is not None and record.occurred_on > record.points_date:
        raise RecordProblem("violation.occurred_after_points_date", "occurred_on",
                            occurred=record.occurred_on.isoformat(), points_date=record.points_date.isoformat())
    if record.withdrawn_on is not None:
        if record.status != WITHDRAWN:
            raise RecordProblem("violation.withdrawn_on_but_active", "withdrawn_on")
        if record.withdrawn_on < record.points_date:
            raise RecordProblem("violation.withdrawn_before_points_date", "withdrawn_on",
                                withdrawn=record.withdrawn_on.isoformat(), points_date=record.points_date.isoformat())
    # SQLite would keep an over-long text; PostgreSQL refuses it. Say so the same way on both.
    for field, column in (("shop", Shop.__table__.c.name), ("category", Violation.__table__.c.category),
                          ("title", Violation.__table__.c.title), ("reference", Violation.__table__.c.reference)):
        limit = column.type.length
        if len(getattr(record, field).strip()) > limit:
            raise RecordProblem("violation.too_long", field, limit=limit)


def _refuse_taken_reference(session: Session, shop_id_: int, reference: str, own_id: int | None) -> None:
    """A 管理番号 is one notice: refuse it when another violation of the shop has it."""
    if not reference:
        return
    q = select(Violation.id, Violation.points_date).where(Violation.shop_id == shop_id_,
                                                         Violation.reference == reference)
    if own_id is not None:
        q = q.where(Violation.id != own_id)
    taken = session.execute(q).first()
    if taken is not None:
        raise RecordProblem("violation.reference_taken", "reference", reference=reference, id=taken[0],
                            points_date=taken[1].isoformat())


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
        _refuse_taken_reference(s, sid, record.reference, None)
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
            raise NotFound("violation.not_found", id=violation_id)
        return to_record(*found)


def update_violation(store: Store, record: ViolationRecord) -> ViolationRecord:
    """Save an edited record. Refused if the row changed since `record` was read."""
    _validate(record)
    if record.id is None:
        raise StoreError("violation.never_saved")
    try:
        with store.session() as s, s.begin():
            row = s.get(Violation, record.id)
            if row is None:
                raise NotFound("violation.not_found", id=record.id)
            if record.version is not None and row.version != record.version:
                raise StaleEdit("violation.stale_edit", id=record.id)
            # The shop first: creating one flushes, and a flush between the field changes and
            # the shop change would count one save as two versions.
            new_shop = record.shop.strip()
            shop_name = s.scalar(select(Shop.name).where(Shop.id == row.shop_id))
            new_shop_id = _ensure_shop(s, new_shop, {}) if new_shop != shop_name else None
            if record.reference != row.reference or new_shop_id is not None:
                _refuse_taken_reference(s, new_shop_id or row.shop_id, record.reference, row.id)
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
                if set(changes) <= {"status", "withdrawn_on"} and "status" in changes:
                    action = "withdraw" if record.status == WITHDRAWN else "restore"
                s.flush()
                _audit(s, row.id, action, changes)
            return to_record(row, new_shop)
    except StaleDataError:
        raise StaleEdit("violation.stale_edit", id=record.id) from None


def set_violation_status(store: Store, violation_id: int, status: str,
                         withdrawn_on: date | None = None) -> ViolationRecord:
    """Withdraw (from `withdrawn_on`; None: from its 加点日, it never counted) or restore."""
    current = get_violation(store, violation_id)
    return update_violation(store, replace(current, status=status,
                                           withdrawn_on=withdrawn_on if status == WITHDRAWN else None))


def delete_violation(store: Store, violation_id: int) -> ViolationRecord:
    """Delete and hand back the record, so that undo can put it back as it was."""
    with store.session() as s, s.begin():
        found = s.execute(select(Violation, Shop.name).join(Shop).where(Violation.id == violation_id)).first()
        if found is None:
            raise NotFound("violation.not_found", id=violation_id)
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

# Built once, values bound when run: building a select costs more than running it on an
# indexed year. Only the columns a status reads, in the order it walks them; the (shop,
# 加点日) index hands the rows over already sorted.
_V = Violation.__table__
_SHOP_ID = select(Shop.__table__.c.id).where(Shop.__table__.c.name == bindparam("shop")).scalar_subquery()
# A violation matters to a status if it counted on some day: active, or withdrawn on a
# day after its 加点日 (it counted until then).
_EVER_COUNTED = or_(_V.c.status == ACTIVE, _V.c.withdrawn_on > _V.c.points_date)
_COUNTED_ROWS = (
    select(_V.c.id, _V.c.points_date, _V.c.points, _V.c.status, _V.c.withdrawn_on)
    .where(_V.c.shop_id == _SHOP_ID, _V.c.points_date >= bindparam("start"), _V.c.points_date <= bindparam("end"),
           _EVER_COUNTED)
    .order_by(_V.c.points_date, _V.c.id)
)

# The figures-only status (store/status_sql.py): SQLite runs it on the driver directly,
# SQLAlchemy's own execution costing more than the indexed query (benchmarks/README.md);
# other databases run the same text through SQLAlchemy.
_FIGURES_TEXT = {
    with_total: text(sql).bindparams(bindparam("start", type_=Date), bindparam("end", type_=Date))
    .columns(*([column("id", Integer), column("points_date", Date), column("points", Integer),
                column("status", String), column("withdrawn_on", Date)]
               + ([column("total", Integer)] if with_total else [])))
    for with_total, sql in FIGURES_SQL.items()
}


@contextmanager
def _figure_rows(store: Store, shop: str, start: date, end: date, with_total: bool):
    """(id, 加点日, points[, year total]) rows of `shop` from start to end, in order (not SQLite)."""
    with store.engine.connect() as conn:
        result = conn.execute(_FIGURES_TEXT[with_total], {"shop": shop, "start": start, "end": end})
        try:
            yield iter(result)
        finally:
            result.close()


def _check_shop(conn, shop: str) -> None:
    if conn.execute(select(Shop.id).where(Shop.name == shop)).first() is None:
        raise NotFound("shop.not_found", shop=shop)


def _status_rows(conn, shop: str, as_of: date, rules: RuleSet) -> list[ViolationRecord]:
    params = {"shop": shop, "start": status_start(as_of, rules), "end": as_of}
    records = [ViolationRecord(shop=shop, points_date=d, points=p, id=i, status=st, withdrawn_on=w)
               for i, d, p, st, w in conn.execute(_COUNTED_ROWS, params)]
    if not records:
        _check_shop(conn, shop)
    return records


def shop_status(store: Store, rules: RuleSet, shop: str, as_of: date, *, history: bool = True) -> ShopStatus:
    """The shop's status on `as_of`.

    history=True: `counted` holds every counted violation of the year (id, 加点日 and
    points), what the points chart draws. history=False: the figures only (points,
    levels, sanctions, fees), `counted` left empty; the cost then stays that of one
    aggregate query however many violations the shop has.
    """
    from penaltytracker.store.notices import notices_for_status

    years = (as_of.year - 1, as_of.year)
    if history:
        with store.engine.connect() as conn:
            rows = _status_rows(conn, shop, as_of, rules)
            return compute_status(rules, shop, rows, as_of, notices_for_status(conn, shop, years))
    if store.is_sqlite:
        dbc = store.engine.raw_connection()
        try:
            return figures_status(dbc, rules, shop, as_of)
        finally:
            dbc.close()
    if store.engine.dialect.name == "postgresql" and store.engine.dialect.driver == "psycopg":
        from penaltytracker.store.status_pg import figures_status as figures_status_pg

        import psycopg

        dbc = store.engine.raw_connection()  # the pool checks the connection is alive first
        try:
            return figures_status_pg(dbc.driver_connection, rules, shop, as_of)
        except psycopg.OperationalError:  # the server went away mid-read: say so, never a traceback
            dbc.invalidate()
            raise StoreError("store.lost_connection", location=store.location) from None
        finally:
            dbc.close()
    top = max((lv.threshold for lv in rules.levels), default=None)
    with _figure_rows(store, shop, date(as_of.year, 1, 1), as_of, with_total=True) as rows:
        records, points = until_top_level(rows, shop, top, as_of)
    start = status_start(as_of, rules)
    if start.year < as_of.year:  # early January: last year's sanctions may still run
        last_day = date(start.year, 12, 31)
        with _figure_rows(store, shop, start, last_day, with_total=False) as rows:
            records = until_top_level(rows, shop, top, last_day)[0] + records
    with store.engine.connect() as conn:
        if not records:
            _check_shop(conn, shop)
        notices = notices_for_status(conn, shop, years)
    # The rows read decide every level reached; the year's total comes from the sum.
    return replace(compute_status(rules, shop, records, as_of, notices), points=points, counted=())


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
    counted_on_as_of = or_(Violation.status == ACTIVE, Violation.withdrawn_on > as_of)
    q = (
        select(Shop.name, points)
        .select_from(Shop)
        .outerjoin(Violation, and_(Violation.shop_id == Shop.id, counted_on_as_of,
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


# --- import: store/violation_import.py ------------------------------------------------

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
                raise NotFound("violation.not_found", id=violation_id)
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


from penaltytracker.store.violation_import import ImportCounts, import_violations  # noqa: E402  (uses this module)

__all__ += ["ImportCounts"]
