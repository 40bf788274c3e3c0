"""A shop's status on PostgreSQL in two statements (after the pool's liveness check).

On a team server the queries take a fraction of a millisecond; what a status cost was
the talking: two pool checkouts, each with BEGIN and ROLLBACK, the queries one after
another, and psycopg forgetting its prepared statements at every ROLLBACK (issue 19,
benchmarks/README.md); then Python walking every violation of the year. Here one
prepared statement hands over the rows up to the top level (the server finds where)
with the year's total, a second the notices, in autocommit, on one checkout.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import ShopStatus, compute_status
from penaltytracker.store.errors import NotFound
from penaltytracker.store.status_sql import notices_from_rows, status_start

# The rows a status depends on, as the SQLite reading (store/status_sql.until_top_level)
# stops at them: each year's rows in order up to the one where the running total reached
# the top level with no withdrawal (by that year's end of the status) among them; nothing
# after it can change a level reached or its dates. Each row carries the year's total
# counted on as_of, and the shop's id: no row at all means no such shop.
_ROWS_SQL = """
WITH shop AS (SELECT id FROM shops WHERE name = %(shop)s),
walked AS (
  SELECT v.id, v.points_date, v.points, v.status, v.withdrawn_on,
         v.points_date >= %(year_start)s AS this_year,
         SUM(v.points) OVER w AS running, ROW_NUMBER() OVER w AS n,
         COUNT(*) FILTER (WHERE v.status <> 'active' AND v.withdrawn_on
                          <= CASE WHEN v.points_date >= %(year_start)s THEN %(end)s::date
                                  ELSE %(last_day)s::date END) OVER w AS gone
  FROM violations v
  WHERE v.shop_id = (SELECT id FROM shop)
    AND v.points_date >= %(start)s AND v.points_date <= %(end)s
    AND (v.status = 'active' OR v.withdrawn_on > v.points_date)
  WINDOW w AS (ORDER BY v.points_date, v.id)
),
-- Each year's own running total and withdrawals so far (at most two years, last year
-- first): this year's rows less what last year's added up to. One sort in all (above).
years AS (
  SELECT *, running - CASE WHEN this_year THEN COALESCE(MAX(running) FILTER (WHERE NOT this_year) OVER (), 0)
                           ELSE 0 END AS year_running,
         gone - CASE WHEN this_year THEN COALESCE(MAX(gone) FILTER (WHERE NOT this_year) OVER (), 0)
                     ELSE 0 END AS year_gone
  FROM walked
),
stops AS (
  SELECT *, MIN(n) FILTER (WHERE NOT this_year AND year_running >= %(top)s AND year_gone = 0) OVER () AS stop_last,
            MIN(n) FILTER (WHERE this_year AND year_running >= %(top)s AND year_gone = 0) OVER () AS stop_this
  FROM years
)
SELECT (SELECT id FROM shop), m.id, m.points_date, m.points, m.status, m.withdrawn_on,
       (SELECT COALESCE(SUM(y.points), 0) FROM violations y
        WHERE y.shop_id = (SELECT id FROM shop) AND y.points_date >= %(year_start)s AND y.points_date <= %(end)s
          AND (y.status = 'active' OR y.withdrawn_on > %(end)s))
FROM (SELECT 1) one
LEFT JOIN stops m ON m.n <= COALESCE(CASE WHEN m.this_year THEN m.stop_this ELSE m.stop_last END, m.n)
ORDER BY m.points_date, m.id
"""
# store/status_sql.py's notices query, in psycopg's parameters (the same column layout).
_NOTICES_SQL = """
SELECT 's', n.year, n.level, n.kind, n.start, n."end", NULL, NULL, NULL, NULL, NULL, n.id
FROM sanction_notices n WHERE n.shop_id = (SELECT id FROM shops WHERE name = %(shop)s) AND n.year IN (%(y0)s, %(y1)s)
UNION ALL
SELECT 'l', n.year, n.level, n.outcome, n.fee_billed_on, n.fee_paid_on, n.training_due_on, n.training_done_on,
       n.contract_end_on, n.fee_yen, n.note, n.id
FROM level_notices n WHERE n.shop_id = (SELECT id FROM shops WHERE name = %(shop)s) AND n.year IN (%(y0)s, %(y1)s)
"""


def figures_status(dbc, rules: RuleSet, shop: str, as_of: date) -> ShopStatus:
    """store.shop_status(..., history=False) on a psycopg 3 connection (idle, as the pool
    hands it out); it is left idle and in its own transaction mode again."""
    top = max((lv.threshold for lv in rules.levels), default=None)
    params = {"shop": shop, "start": status_start(as_of, rules), "end": as_of, "year_start": date(as_of.year, 1, 1),
              "last_day": date(as_of.year - 1, 12, 31),
              "top": top if top is not None else 2**62, "y0": as_of.year - 1, "y1": as_of.year}
    was_autocommit = dbc.autocommit
    dbc.autocommit = True  # nothing to roll back; psycopg keeps its prepared statements
    try:
        rows = dbc.execute(_ROWS_SQL, params, prepare=True).fetchall()
        notice_rows = dbc.execute(_NOTICES_SQL, params, prepare=True).fetchall() if rows[0][0] is not None else []
    finally:
        dbc.autocommit = was_autocommit
    if rows[0][0] is None:
        raise NotFound("shop.not_found", shop=shop)
    total = rows[0][6]
    records = [ViolationRecord(shop=shop, points_date=d, points=p, id=i, status=st, withdrawn_on=w)
               for _sid, i, d, p, st, w, _t in rows if i is not None]
    notices = notices_from_rows(notice_rows, shop)  # psycopg hands dates over as dates
    return replace(compute_status(rules, shop, records, as_of, notices), points=int(total), counted=())
