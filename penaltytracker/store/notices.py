"""What Rakuten's notices say (sanction dates, fees, training, level V) and appeals.

Each function is one transaction, audited, and hands back core values; a setter hands
back what stood before, so that undo can put it back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from penaltytracker.core.model import WITHDRAWN
from penaltytracker.core.notices import (
    APPEAL_ACCEPTED, APPEAL_OUTCOMES, APPEAL_PENDING, V_OUTCOMES, Appeal, LevelNotice, Notices, SanctionNotice,
)
from penaltytracker.core.rules import LEVEL_NAMES, SANCTION_KINDS
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store.schema import AppealRow, LevelNoticeRow, SanctionNoticeRow, Shop, Violation
from penaltytracker.store.violations import NotFound, _audit, _validate, shop_id, to_record

_LEVEL_FIELDS = ("fee_yen", "fee_billed_on", "fee_paid_on", "training_due_on", "training_done_on", "outcome",
                 "contract_end_on", "note")


def _check_level(level: str) -> None:
    if level not in LEVEL_NAMES:
        raise StoreError("notice.bad_level", value=level, levels=" / ".join(LEVEL_NAMES))


def _sanction(row: SanctionNoticeRow, shop: str) -> SanctionNotice:
    return SanctionNotice(shop=shop, year=row.year, level=row.level, kind=row.kind, start=row.start, end=row.end,
                          id=row.id)


def _level(row: LevelNoticeRow, shop: str) -> LevelNotice:
    return LevelNotice(shop=shop, year=row.year, level=row.level, id=row.id,
                       **{f: getattr(row, f) for f in _LEVEL_FIELDS})


def _appeal(row: AppealRow) -> Appeal:
    return Appeal(violation_id=row.violation_id, filed_on=row.filed_on, outcome=row.outcome,
                  decided_on=row.decided_on, note=row.note, id=row.id)


def _values(obj, names) -> dict:
    return {n: getattr(obj, n) for n in names}


# --- sanctions ---------------------------------------------------------------------------

def _check_sanction(notice: SanctionNotice) -> None:
    _check_level(notice.level)
    if notice.kind not in SANCTION_KINDS:
        raise StoreError("notice.bad_kind", value=notice.kind, kinds=", ".join(SANCTION_KINDS))
    if notice.end is not None and notice.end < notice.start:
        raise StoreError("notice.end_before_start", start=notice.start.isoformat(), end=notice.end.isoformat())


def _sanction_row(s, sid: int, year: int, level: str, kind: str) -> SanctionNoticeRow | None:
    return s.scalar(select(SanctionNoticeRow).where(
        SanctionNoticeRow.shop_id == sid, SanctionNoticeRow.year == year, SanctionNoticeRow.level == level,
        SanctionNoticeRow.kind == kind))


def _put_sanction(s, sid: int, notice: SanctionNotice) -> SanctionNotice | None:
    row = _sanction_row(s, sid, notice.year, notice.level, notice.kind)
    before = _sanction(row, notice.shop) if row is not None else None
    if row is None:
        row = SanctionNoticeRow(shop_id=sid, year=notice.year, level=notice.level, kind=notice.kind,
                                start=notice.start, end=notice.end)
        s.add(row)
    elif (row.start, row.end) == (notice.start, notice.end):
        return before
    else:
        row.start, row.end = notice.start, notice.end
    s.flush()
    _audit(s, row.id, "notice", {"level": [None, notice.level], "kind": [None, notice.kind],
                                 "start": [before and before.start, notice.start],
                                 "end": [before and before.end, notice.end]}, entity="sanction_notice")
    return before


def _drop_sanction(s, sid: int, shop: str, year: int, level: str, kind: str) -> SanctionNotice | None:
    row = _sanction_row(s, sid, year, level, kind)
    if row is None:
        return None
    before = _sanction(row, shop)
    s.delete(row)
    _audit(s, before.id, "delete", {"start": [before.start, None], "end": [before.end, None]},
           entity="sanction_notice")
    return before


def set_sanction_notice(store: Store, notice: SanctionNotice) -> SanctionNotice | None:
    """Record a sanction as the notice states it (replacing any recorded before for that
    level, kind and year); hands back the one it replaced."""
    _check_sanction(notice)
    with store.session() as s, s.begin():
        return _put_sanction(s, shop_id(s, notice.shop), notice)


def clear_sanction_notice(store: Store, shop: str, year: int, level: str, kind: str) -> SanctionNotice | None:
    """Forget what a notice said of one sanction (the expected window stands again)."""
    with store.session() as s, s.begin():
        return _drop_sanction(s, shop_id(s, shop), shop, year, level, kind)


# --- the rest of a level's notice ----------------------------------------------------------

def _check_level_changes(level: str, changes: dict) -> None:
    _check_level(level)
    unknown = set(changes) - set(_LEVEL_FIELDS)
    if unknown:
        raise ValueError(f"unknown level notice fields: {sorted(unknown)}")
    if changes.get("outcome") and changes["outcome"] not in V_OUTCOMES:
        raise StoreError("notice.bad_outcome", value=changes["outcome"])
    if changes.get("outcome") and level != "V":
        raise StoreError("notice.outcome_only_v")
    fee = changes.get("fee_yen")
    if fee is not None and (not isinstance(fee, int) or isinstance(fee, bool) or fee < 0 or fee > 2_000_000_000):
        raise StoreError("notice.bad_fee", value=fee)


def _level_row(s, sid: int, year: int, level: str) -> LevelNoticeRow | None:
    return s.scalar(select(LevelNoticeRow).where(LevelNoticeRow.shop_id == sid, LevelNoticeRow.year == year,
                                                 LevelNoticeRow.level == level))


def _put_level(s, sid: int, shop: str, year: int, level: str, changes: dict) -> LevelNotice | None:
    row = _level_row(s, sid, year, level)
    before = _level(row, shop) if row is not None else None
    if row is None:
        row = LevelNoticeRow(shop_id=sid, year=year, level=level, outcome="", note="")
        s.add(row)
    audit = {}
    for name, value in changes.items():
        if value is None and name in ("outcome", "note"):
            value = ""
        old = getattr(row, name) if before is not None else None
        if old != value:
            audit[name] = [old, value]
        setattr(row, name, value)
    s.flush()
    if audit:
        _audit(s, row.id, "notice", {"level": [None, level], **audit}, entity="level_notice")
    return before


def _drop_level(s, sid: int, year: int, level: str) -> None:
    row = _level_row(s, sid, year, level)
    if row is not None:
        _audit(s, row.id, "delete", {f: [getattr(row, f), None] for f in _LEVEL_FIELDS}, entity="level_notice")
        s.delete(row)


def set_level_notice(store: Store, shop: str, year: int, level: str, **changes) -> LevelNotice | None:
    """Record part of a level's notice (fee, training, outcome...): only the fields given
    change. Hands back what stood before (None: nothing was recorded)."""
    _check_level_changes(level, changes)
    with store.session() as s, s.begin():
        return _put_level(s, shop_id(s, shop), shop, year, level, changes)


@dataclass(frozen=True)
class LevelNoticeState:
    """Everything recorded from one level's notice: what undo puts back."""

    shop: str
    year: int
    level: str
    sanctions: tuple[SanctionNotice, ...] = ()
    notice: LevelNotice | None = None


def level_notice_state(store: Store, shop: str, year: int, level: str) -> LevelNoticeState:
    found = shop_notices(store, shop, (year,))
    return LevelNoticeState(shop, year, level, tuple(n for n in found.sanctions if n.level == level),
                            found.level(year, level))


def record_level_notice(store: Store, state: LevelNoticeState) -> LevelNoticeState:
    """Make the level's recorded notice exactly `state` (its sanctions' dates and the
    rest), in one transaction; hands back what stood before (for undo)."""
    for n in state.sanctions:
        _check_sanction(n)
    changes = _values(state.notice, _LEVEL_FIELDS) if state.notice is not None else None
    if changes is not None:
        _check_level_changes(state.level, changes)
    with store.session() as s, s.begin():
        sid = shop_id(s, state.shop)
        old_sanctions = tuple(_sanction(r, state.shop) for r in s.scalars(select(SanctionNoticeRow).where(
            SanctionNoticeRow.shop_id == sid, SanctionNoticeRow.year == state.year,
            SanctionNoticeRow.level == state.level)))
        old_row = _level_row(s, sid, state.year, state.level)
        before = LevelNoticeState(state.shop, state.year, state.level, old_sanctions,
                                  _level(old_row, state.shop) if old_row is not None else None)
        keep = {n.kind for n in state.sanctions}
        for old in old_sanctions:
            if old.kind not in keep:
                _drop_sanction(s, sid, state.shop, state.year, state.level, old.kind)
        for n in state.sanctions:
            _put_sanction(s, sid, replace(n, shop=state.shop, year=state.year, level=state.level))
        if changes is None:
            _drop_level(s, sid, state.year, state.level)
        else:
            _put_level(s, sid, state.shop, state.year, state.level, changes)
        return before


def shop_notices(store: Store, shop: str, years: tuple[int, ...] | None = None) -> Notices:
    """Every notice recorded for the shop (in `years`, when given)."""
    with store.session() as s:
        sid = shop_id(s, shop)
        qs = select(SanctionNoticeRow).where(SanctionNoticeRow.shop_id == sid)
        ql = select(LevelNoticeRow).where(LevelNoticeRow.shop_id == sid)
        if years:
            qs, ql = qs.where(SanctionNoticeRow.year.in_(years)), ql.where(LevelNoticeRow.year.in_(years))
        sanctions = tuple(_sanction(r, shop) for r in s.scalars(qs.order_by(SanctionNoticeRow.start)))
        levels = tuple(_level(r, shop) for r in s.scalars(ql.order_by(LevelNoticeRow.year, LevelNoticeRow.level)))
        return Notices(sanctions, levels)


def notices_for_status(conn, shop: str, years: tuple[int, ...]) -> Notices:
    """The notices a status reads, on an open connection (the status's own)."""
    sid = select(Shop.id).where(Shop.name == shop).scalar_subquery()
    st, lt = SanctionNoticeRow.__table__, LevelNoticeRow.__table__
    sanctions = tuple(
        SanctionNotice(shop=shop, year=r.year, level=r.level, kind=r.kind, start=r.start, end=r.end, id=r.id)
        for r in conn.execute(select(st).where(st.c.shop_id == sid, st.c.year.in_(years))))
    levels = tuple(
        LevelNotice(shop=shop, year=r.year, level=r.level, id=r.id, **{f: r._mapping[f] for f in _LEVEL_FIELDS})
        for r in conn.execute(select(lt).where(lt.c.shop_id == sid, lt.c.year.in_(years))))
    return Notices(sanctions, levels)


def notices_for_status_sqlite(store: Store, shop: str, years: tuple[int, int]) -> Notices:
    """notices_for_status on SQLite's driver (one query, no SQLAlchemy execution)."""
    from penaltytracker.store import status_sql

    dbc = store.engine.raw_connection()
    try:
        return status_sql.notices_for_status(dbc, shop, years)
    finally:
        dbc.close()


# --- appeals -----------------------------------------------------------------------------

def file_appeal(store: Store, violation_id: int, filed_on: date, note: str = "") -> Appeal:
    with store.session() as s, s.begin():
        violation = s.get(Violation, violation_id)
        if violation is None:
            raise NotFound("violation.not_found", id=violation_id)
        if filed_on < violation.points_date:
            raise StoreError("appeal.filed_before_points_date", filed=filed_on.isoformat(),
                             points_date=violation.points_date.isoformat())
        row = AppealRow(violation_id=violation_id, filed_on=filed_on, outcome=APPEAL_PENDING, note=note)
        s.add(row)
        s.flush()
        _audit(s, violation_id, "appeal", {"filed_on": [None, filed_on], "note": [None, note]})
        return _appeal(row)


def decide_appeal(store: Store, appeal_id: int, outcome: str, decided_on: date | None) -> Appeal:
    """Record the appeal's outcome. Accepted: the violation is withdrawn from `decided_on`,
    in the same transaction. Back to pending: the decision is cleared (the withdrawal, if
    any, is undone separately: restore the violation)."""
    if outcome not in APPEAL_OUTCOMES:
        raise StoreError("appeal.bad_outcome", value=outcome)
    if outcome != APPEAL_PENDING and decided_on is None:
        raise StoreError("appeal.decision_needs_date")
    with store.session() as s, s.begin():
        row = s.get(AppealRow, appeal_id)
        if row is None:
            raise NotFound("appeal.not_found", id=appeal_id)
        if decided_on is not None and decided_on < row.filed_on:
            raise StoreError("appeal.decided_before_filed", decided=decided_on.isoformat(),
                             filed=row.filed_on.isoformat())
        before = _appeal(row)
        row.outcome, row.decided_on = outcome, (decided_on if outcome != APPEAL_PENDING else None)
        violation = s.get(Violation, row.violation_id)
        _audit(s, row.violation_id, "appeal", {"appeal": [None, appeal_id], "outcome": [before.outcome, outcome],
                                               "decided_on": [before.decided_on, row.decided_on]})
        if outcome == APPEAL_ACCEPTED:
            shop = s.scalar(select(Shop.name).where(Shop.id == violation.shop_id))
            record = replace(to_record(violation, shop), status=WITHDRAWN, withdrawn_on=decided_on)
            _validate(record)
            changes = {f: [getattr(violation, f), getattr(record, f)] for f in ("status", "withdrawn_on")
                       if getattr(violation, f) != getattr(record, f)}
            if changes:
                violation.status, violation.withdrawn_on = record.status, record.withdrawn_on
                s.flush()
                _audit(s, violation.id, "withdraw", changes)
        return _appeal(row)


def delete_appeal(store: Store, appeal_id: int) -> Appeal:
    with store.session() as s, s.begin():
        row = s.get(AppealRow, appeal_id)
        if row is None:
            raise NotFound("appeal.not_found", id=appeal_id)
        gone = _appeal(row)
        s.delete(row)
        _audit(s, gone.violation_id, "appeal", {"appeal": [appeal_id, None]})
        return gone


def appeals_of(store: Store, violation_id: int) -> list[Appeal]:
    with store.session() as s:
        return [_appeal(r) for r in s.scalars(select(AppealRow).where(AppealRow.violation_id == violation_id)
                                              .order_by(AppealRow.filed_on, AppealRow.id))]


__all__ = ["set_sanction_notice", "clear_sanction_notice", "set_level_notice", "shop_notices", "notices_for_status",
           "notices_for_status_sqlite", "file_appeal", "decide_appeal", "delete_appeal", "appeals_of",
           "LevelNoticeState", "level_notice_state", "record_level_notice"]
