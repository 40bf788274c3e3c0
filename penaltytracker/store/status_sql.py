"""A shop's status read in plain SQL on SQLite's own driver (no SQLAlchemy).

The app and every command read a status on SQLite through these functions: the store
(store/violations.py, store/notices.py) hands them its engine's raw connection, the
read-only commands' quick path (store/quick_read.py) a connection of its own. Other
databases run the same SQL text through SQLAlchemy (store/violations.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from penaltytracker.core.model import ACTIVE, ViolationRecord
from penaltytracker.core.notices import LevelNotice, Notices, SanctionNotice
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus, compute_status
from penaltytracker.store.errors import NotFound


def status_start(as_of: date, rules: RuleSet) -> date:
    """This year up to as_of, plus last year when one of its sanctions could still be
    running (early January)."""
    start = date(as_of.year, 1, 1)
    if (as_of - start).days < rules.longest_sanction_days:
        start = date(as_of.year - 1, 1, 1)
    return start


# The figures-only status: the year's rows in order, each carrying the year's total.
# The total is computed once (the subquery does not depend on the row), and the caller
# stops reading once the top level is reached. A violation matters to a status if it
# counted on some day: active, or withdrawn on a day after its 加点日 (it counted until
# then). The (shop, 加点日) index hands the rows over already sorted.
_FIGURES_SQL = """
SELECT v.id, v.points_date, v.points, v.status, v.withdrawn_on{total}
FROM violations v
WHERE v.shop_id = (SELECT id FROM shops WHERE name = :shop)
  AND v.points_date >= :start AND v.points_date <= :end
  AND (v.status = 'active' OR v.withdrawn_on > v.points_date)
ORDER BY v.points_date, v.id
"""
# The total counted on :end: active, or withdrawn only after :end.
_TOTAL_SQL = """,
  (SELECT COALESCE(SUM(y.points), 0) FROM violations y
   WHERE y.shop_id = (SELECT id FROM shops WHERE name = :shop)
     AND y.points_date >= :start AND y.points_date <= :end
     AND (y.status = 'active' OR y.withdrawn_on > :end)) AS total"""
FIGURES_SQL = {with_total: _FIGURES_SQL.format(total=_TOTAL_SQL if with_total else "")
               for with_total in (True, False)}


def until_top_level(rows, shop: str, top: int | None, end: date) -> tuple[list[ViolationRecord], int]:
    """The violations in order up to the one that reached the top level, and the year's
    total when the rows carry it. While no violation read so far is withdrawn by `end`,
    the total never goes below what it was when the top level was reached, so nothing
    after that violation can change which levels were reached or when: the rest is never
    read. A withdrawal among them (rare) means reading on: the level may be reached again."""
    records, running, total, withdrawn = [], 0, 0, False
    for row in rows:
        records.append(ViolationRecord(shop=shop, points_date=row[1], points=row[2], id=row[0], status=row[3],
                                       withdrawn_on=row[4]))
        total = row[5] if len(row) > 5 else total
        running += row[2]
        withdrawn = withdrawn or (row[3] != ACTIVE and row[4] <= end)
        if top is not None and running >= top and not withdrawn:
            break
    return records, int(total)


def _rows(cursor, shop: str, start: date, end: date, with_total: bool):
    cursor.execute(FIGURES_SQL[with_total], {"shop": shop, "start": start.isoformat(), "end": end.isoformat()})
    return ((row[0], date.fromisoformat(row[1]), row[2], row[3], row[4] and date.fromisoformat(row[4]), *row[5:])
            for row in cursor)


def check_shop(dbc, shop: str) -> None:
    cursor = dbc.cursor()
    try:
        if cursor.execute("SELECT id FROM shops WHERE name = ?", (shop,)).fetchone() is None:
            raise NotFound("shop.not_found", shop=shop)
    finally:
        cursor.close()


def figures_status(dbc, rules: RuleSet, shop: str, as_of: date) -> ShopStatus:
    """store.shop_status(..., history=False) on a SQLite DB-API connection: the figures
    (points, levels, sanctions, fees), `counted` left empty."""
    top = max((lv.threshold for lv in rules.levels), default=None)
    cursor = dbc.cursor()
    try:
        records, points = until_top_level(_rows(cursor, shop, date(as_of.year, 1, 1), as_of, True), shop, top, as_of)
        start = status_start(as_of, rules)
        if start.year < as_of.year:  # early January: last year's sanctions may still run
            last_day = date(start.year, 12, 31)
            records = until_top_level(_rows(cursor, shop, start, last_day, False), shop, top, last_day)[0] + records
    finally:
        cursor.close()
    if not records:
        check_shop(dbc, shop)
    notices = notices_for_status(dbc, shop, (as_of.year - 1, as_of.year))
    # The rows read decide every level reached; the year's total comes from the sum.
    return replace(compute_status(rules, shop, records, as_of, notices), points=points, counted=())


def counted_rows(dbc, rules: RuleSet, shop: str, as_of: date) -> list[ViolationRecord]:
    """The records a status on `as_of` depends on (id, 加点日, points, status, withdrawal)."""
    cursor = dbc.cursor()
    try:
        records = [ViolationRecord(shop=shop, points_date=d, points=p, id=i, status=st, withdrawn_on=w)
                   for i, d, p, st, w in _rows(cursor, shop, status_start(as_of, rules), as_of, False)]
    finally:
        cursor.close()
    if not records:
        check_shop(dbc, shop)
    return records


# Both notice tables in one plain query (SQLAlchemy's own execution costs more than these
# indexed reads, benchmarks/README.md).
_NOTICES_SQL = """
SELECT 's', n.year, n.level, n.kind, n.start, n."end", NULL, NULL, NULL, NULL, NULL, n.id
FROM sanction_notices n WHERE n.shop_id = (SELECT id FROM shops WHERE name = ?) AND n.year IN (?, ?)
UNION ALL
SELECT 'l', n.year, n.level, n.outcome, n.fee_billed_on, n.fee_paid_on, n.training_due_on, n.training_done_on,
       n.contract_end_on, n.fee_yen, n.note, n.id
FROM level_notices n WHERE n.shop_id = (SELECT id FROM shops WHERE name = ?) AND n.year IN (?, ?)
"""


def day_of(text):
    return date.fromisoformat(text) if text else None


def notices_for_status(dbc, shop: str, years: tuple[int, int]) -> Notices:
    """The notices a status reads (this year's and last year's), on a SQLite DB-API connection."""
    cursor = dbc.cursor()
    try:
        rows = cursor.execute(_NOTICES_SQL, (shop, *years, shop, *years)).fetchall()
    finally:
        cursor.close()
    return notices_from_rows(rows, shop, day_of)


def notices_from_rows(rows, shop: str, day=lambda value: value) -> Notices:
    """Notices from the rows of a notices query laid out as _NOTICES_SQL's (store/status_pg.py
    has the same layout): `day` turns a stored date into a date (SQLite keeps ISO text)."""
    sanctions, levels = [], []
    for r in rows:
        if r[0] == "s":
            sanctions.append(SanctionNotice(shop=shop, year=r[1], level=r[2], kind=r[3], start=day(r[4]),
                                            end=day(r[5]), id=r[11]))
        else:
            levels.append(LevelNotice(shop=shop, year=r[1], level=r[2], outcome=r[3] or "", fee_billed_on=day(r[4]),
                                      fee_paid_on=day(r[5]), training_due_on=day(r[6]),
                                      training_done_on=day(r[7]), contract_end_on=day(r[8]), fee_yen=r[9],
                                      note=r[10] or "", id=r[11]))
    return Notices(tuple(sanctions), tuple(levels))
