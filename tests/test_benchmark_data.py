"""The benchmark's synthetic store: right sizes, dates, spread and values, and repeatable.

Only small sizes here; speed itself is measured by `python -m benchmarks.run`, never
in the test suite.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from benchmarks.synthetic import Spec, allocate, build, shop_name
from penaltytracker.core.model import STATUSES
from penaltytracker.store import count_violations, open_store, shop_status, shops_overview

SPEC = Spec(shops=5, violations=3000, shipments=4000, years=3, seed=7)


def rows(path, sql, *args):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "small.sqlite3"
    built = build(path, SPEC)
    return path, built


def test_counts_match_the_spec(small):
    path, built = small
    assert built.violations == 3000 and built.shipments == 4000
    assert rows(path, "SELECT COUNT(*) FROM shops") == [(5,)]
    assert rows(path, "SELECT COUNT(*) FROM violations") == [(3000,)]
    assert rows(path, "SELECT COUNT(*) FROM shipments") == [(4000,)]
    names = [n for (n,) in rows(path, "SELECT name FROM shops ORDER BY id")]
    assert names == [shop_name(i) for i in range(5)] == built.shop_names


def test_dates_stay_in_the_years_asked_for(small):
    path, _ = small
    assert SPEC.start == date(2023, 11, 1) and SPEC.end == date(2026, 10, 31)
    lo, hi = rows(path, "SELECT MIN(points_date), MAX(points_date) FROM violations")[0]
    assert SPEC.start.isoformat() <= lo and hi <= SPEC.end.isoformat()
    years = {y for (y,) in rows(path, "SELECT DISTINCT substr(points_date, 1, 4) FROM violations")}
    assert years == {"2023", "2024", "2025", "2026"}
    # 発生日 comes on or before 加点日, as on a real notice.
    assert rows(path, "SELECT COUNT(*) FROM violations WHERE occurred_on > points_date") == [(0,)]
    lo, hi = rows(path, "SELECT MIN(ordered_on), MAX(ordered_on) FROM shipments")[0]
    assert SPEC.start.isoformat() <= lo and hi <= SPEC.end.isoformat()
    assert rows(path, "SELECT COUNT(*) FROM shipments WHERE promised_ship_date < ordered_on "
                      "OR shipped_on < ordered_on") == [(0,)]


def test_every_shop_has_a_share_and_none_dwarfs_another(small):
    path, _ = small
    per_shop = dict(rows(path, "SELECT shop_id, COUNT(*) FROM violations GROUP BY shop_id"))
    assert sorted(per_shop) == [1, 2, 3, 4, 5]
    # Weights are drawn between 0.5 and 2: busy and quiet shops, at most 4x apart.
    assert max(per_shop.values()) <= 4 * min(per_shop.values()) + 1
    assert len(set(per_shop.values())) > 1  # not all equal: the spread is real
    shipped = dict(rows(path, "SELECT shop_id, COUNT(*) FROM shipments GROUP BY shop_id"))
    assert sorted(shipped) == [1, 2, 3, 4, 5] and sum(shipped.values()) == 4000


def test_values_look_like_real_notices(small, rules):
    path, _ = small
    assert rows(path, "SELECT COUNT(*) FROM violations WHERE points < 0") == [(0,)]
    keys = {c.key for c in rules.categories}
    used = {c for (c,) in rows(path, "SELECT DISTINCT category FROM violations")}
    assert used == keys
    points = {p for (p,) in rows(path, "SELECT DISTINCT points FROM violations")}
    assert points <= {0, 5, 15, 20, 35, 80, 100} and 0 in points
    statuses = dict(rows(path, "SELECT status, COUNT(*) FROM violations GROUP BY status"))
    assert set(statuses) == set(STATUSES)
    assert 0.02 < statuses["withdrawn"] / 3000 < 0.10


def test_shipments_have_unique_orders_and_a_few_late(small, rules):
    path, _ = small
    assert rows(path, "SELECT COUNT(*) FROM (SELECT shop_id, order_id FROM shipments "
                      "GROUP BY shop_id, order_id HAVING COUNT(*) > 1)") == [(0,)]
    (late,), = rows(path, "SELECT COUNT(*) FROM shipments WHERE shipped_on > promised_ship_date")
    assert 0.015 < late / 4000 < 0.05
    (unshipped,), = rows(path, "SELECT COUNT(*) FROM shipments WHERE shipped_on IS NULL")
    assert unshipped > 0
    causes = {c for (c,) in rows(path, "SELECT DISTINCT cause FROM shipments "
                                       "WHERE shipped_on > promised_ship_date")}
    assert causes <= {c.key for c in rules.shipping_causes} and causes
    assert rows(path, "SELECT COUNT(*) FROM shipments WHERE cause != '' "
                      "AND NOT shipped_on > promised_ship_date") == [(0,)]


def test_the_store_reads_it_like_any_other(small, rules):
    path, _ = small
    store = open_store(path)
    try:
        assert count_violations(store) == 3000
        as_of = date(2025, 6, 30)
        expected = dict(rows(path, "SELECT s.name, COALESCE(SUM(v.points), 0) FROM shops s "
                                   "LEFT JOIN violations v ON v.shop_id = s.id AND v.status = 'active' "
                                   "AND v.points_date BETWEEN '2025-01-01' AND '2025-06-30' GROUP BY s.id"))
        assert {o.shop: o.points for o in shops_overview(store, rules, as_of)} == expected
        name = shop_name(2)
        assert shop_status(store, rules, name, as_of).points == expected[name]
    finally:
        store.close()


def test_same_seed_same_rows_other_seed_other_rows(tmp_path):
    spec = Spec(shops=3, violations=300, shipments=300, years=2, seed=11)
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    build(a, spec)
    build(b, spec)
    build(c, Spec(shops=3, violations=300, shipments=300, years=2, seed=12))
    for table in ("shops", "violations", "shipments"):
        dump = f"SELECT * FROM {table} ORDER BY id"
        assert rows(a, dump) == rows(b, dump)
    assert rows(a, "SELECT * FROM violations ORDER BY id") != rows(c, "SELECT * FROM violations ORDER BY id")


def test_building_never_overwrites_a_store(small):
    path, _ = small
    with pytest.raises(FileExistsError):
        build(path, SPEC)


def test_allocate_splits_exactly_in_proportion():
    counts = allocate(1000, [1.0, 2.0, 1.0])
    assert counts == [250, 500, 250]
    odd = allocate(10, [1.0, 1.0, 1.0])
    assert sum(odd) == 10 and max(odd) - min(odd) == 1
    assert allocate(0, [1.0, 2.0]) == [0, 0]


# --- the figures-only status the benchmark measures agrees with the full one ------------------

def _figures(status):
    return (status.points, status.level, status.next_level, status.points_to_next, status.levels_reached,
            status.sanction_windows, status.active_sanctions, status.penalty_fees_yen)


@pytest.mark.parametrize("as_of", [date(2026, 10, 31), date(2026, 1, 1), date(2026, 1, 10), date(2025, 2, 20),
                                   date(2024, 12, 31)])
def test_figures_only_status_matches_the_full_one(small, rules, as_of):
    path, built = small
    store = open_store(path)
    try:
        for name in built.shop_names:
            full = shop_status(store, rules, name, as_of)
            quick = shop_status(store, rules, name, as_of, history=False)
            assert _figures(quick) == _figures(full)
            assert quick.counted == () and sum(v.points for v in full.counted) == full.points
    finally:
        store.close()


def test_figures_only_status_below_the_top_level_and_over_new_year(store, rules):
    from penaltytracker.core.model import ViolationRecord
    from penaltytracker.store import import_violations, set_violation_status

    def add(day, points):
        return ViolationRecord(shop="店A", points_date=day, points=points)

    # Last year: level V on 20 December, its sanctions run into January; this year: 40 points.
    import_violations(store, [add(date(2025, 12, 1), 80), add(date(2025, 12, 20), 20), add(date(2025, 12, 20), 50),
                              add(date(2026, 1, 5), 20), add(date(2026, 1, 8), 20), add(date(2026, 3, 1), 0)])
    for as_of in (date(2026, 1, 4), date(2026, 1, 8), date(2026, 3, 1), date(2025, 12, 31)):
        full = shop_status(store, rules, "店A", as_of)
        quick = shop_status(store, rules, "店A", as_of, history=False)
        assert _figures(quick) == _figures(full)
    carried = shop_status(store, rules, "店A", date(2026, 1, 4), history=False)
    assert carried.points == 0 and carried.active_sanctions  # last year's level V still runs
    assert shop_status(store, rules, "店A", date(2025, 12, 31), history=False).points == 150
    # A withdrawn violation stops counting in both.
    first = shop_status(store, rules, "店A", date(2025, 12, 31)).counted[0]
    set_violation_status(store, first.id, "withdrawn")
    assert shop_status(store, rules, "店A", date(2025, 12, 31), history=False).points == 70
    with pytest.raises(Exception, match="no shop named"):
        shop_status(store, rules, "ない店", date(2026, 1, 1), history=False)


def test_reading_migration_files_plainly_agrees_with_alembic():
    # open_store skips importing Alembic when the store is at the head it reads this way.
    from alembic.script import ScriptDirectory

    from penaltytracker.store.engine import MIGRATIONS_DIR, _revisions_from_files

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    revisions, head = _revisions_from_files()
    assert head == script.get_current_head()
    assert revisions == {r.revision for r in script.walk_revisions()}
