"""The benchmark's PostgreSQL store (benchmarks/pg.py): the loader gives the very rows of
the SQLite build, a kept store is reused only with the same spec, and what the figures
measure agrees with shop_status. Tiny sizes, no timings: speed is measured by
`python -m benchmarks.run --only postgres`, never here.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime

import pytest

from benchmarks import pg
from benchmarks.run import busiest_shop
from benchmarks.synthetic import Spec, build, shop_name
from penaltytracker.store import open_store, shop_status
from penaltytracker.store.schema import Shipment, Shop, Violation
from tests.pg import fresh_database, password_of, skip_or_fail_without_pg

pytestmark = pytest.mark.postgres

SPEC = Spec(shops=4, violations=3000, shipments=2500, years=3, seed=11)
TABLES = {"shops": Shop, "violations": Violation, "shipments": Shipment}


def _plain(value):
    """A value as the SQLite store keeps it: ISO text for dates, 0/1 for booleans."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def digest(rows) -> str:
    h = hashlib.sha256()
    for row in rows:
        h.update(repr(tuple(_plain(v) for v in row)).encode())
    return h.hexdigest()


def table_rows(execute, table: str) -> list[tuple]:
    columns = ", ".join(f'"{c.name}"' for c in TABLES[table].__table__.columns)  # every column, by name
    return execute(f"SELECT {columns} FROM {table} ORDER BY id")


@pytest.fixture(scope="module")
def pg_store():
    with fresh_database() as url:
        built = pg.load(url, SPEC)
        yield url, built


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory):
    import sqlite3

    path = tmp_path_factory.mktemp("bench-pg") / "same.sqlite3"
    build(path, SPEC)
    con = sqlite3.connect(path)
    yield path, lambda sql, *args: con.execute(sql, args).fetchall()
    con.close()


@pytest.fixture(scope="module")
def raw(pg_store):
    with pg.connect(pg_store[0]) as conn:
        yield conn


def pg_execute(raw):
    return lambda sql, *args: raw.execute(sql.replace("?", "%s"), args).fetchall()


def test_counts_match_the_spec(pg_store, raw):
    _, built = pg_store
    assert (built.violations, built.shipments) == (3000, 2500)
    q = pg_execute(raw)
    assert q("SELECT COUNT(*) FROM shops") == [(4,)]
    assert q("SELECT COUNT(*) FROM violations") == [(3000,)]
    assert q("SELECT COUNT(*) FROM shipments") == [(2500,)]
    assert [n for (n,) in q("SELECT name FROM shops ORDER BY id")] == [shop_name(i) for i in range(4)]


def test_the_same_spec_gives_the_same_rows_as_the_sqlite_build(pg_store, raw, sqlite_store):
    _, lite = sqlite_store
    for table in TABLES:
        pg_rows, lite_rows = table_rows(pg_execute(raw), table), table_rows(lite, table)
        assert len(pg_rows) == len(lite_rows) > 0
        assert digest(pg_rows) == digest(lite_rows), table


def test_the_app_can_add_to_the_loaded_store(pg_store):
    # The shops went in with their ids; the sequence follows them.
    from penaltytracker.store import add_shop, list_shops

    store = open_store(pg_store[0])
    try:
        add_shop(store, "新しい店舗")
        assert "新しい店舗" in list_shops(store)
    finally:
        store.close()


def test_status_figures_agree_with_shop_status(pg_store, raw, sqlite_store, rules):
    path, lite = sqlite_store
    store = open_store(pg_store[0])
    try:
        cases = pg.status_cases(store, raw, SPEC, rules)
        assert [c.label for c in cases] == ["late in the year", "early January"]
        for case in cases:
            assert case.shop == busiest_shop(path, case.start, case.as_of)  # the same shop as on SQLite
            status = shop_status(store, rules, case.shop, case.as_of, history=False)
            assert status.points == case.points == shop_status(store, rules, case.shop, case.as_of).points
            floor = raw.execute(pg.FLOOR_SQL, (case.shop, date(case.as_of.year, 1, 1), case.as_of)).fetchone()[0]
            assert floor == case.points == lite(pg.FLOOR_SQL.replace("%s", "?"), case.shop,
                                                f"{case.as_of.year}-01-01", case.as_of.isoformat())[0][0]
            assert case.rows > 0
        figures = pg.status_figures(store, raw, SPEC, rules, runs=2)
        assert len(figures) == 2 and all(f.ok in (True, False) and "floor" in f.measured for f in figures)
    finally:
        store.close()


def test_the_log_reads_are_the_first_pages_the_logs_show(pg_store, sqlite_store):
    from penaltytracker.ui.paged_log import PAGE_SIZE

    assert pg.LOG_PAGE == PAGE_SIZE
    stores = [open_store(pg_store[0]), open_store(sqlite_store[0])]
    try:
        (pg_reads, lite_reads) = (pg.log_reads(s) for s in stores)
        assert list(pg_reads) == ["violation log", "delay log (shipments)"]
        for name, (count, page) in pg_reads.items():
            lite_count, lite_page = lite_reads[name]
            assert count() == lite_count() == {"violation log": 3000}.get(name, 2500)
            assert [r.id for r in page()] == [r.id for r in lite_page()]
            assert len(page()) == PAGE_SIZE
        assert len(pg.log_figures(stores[0], runs=1)) == 2
    finally:
        for s in stores:
            s.close()


def test_a_kept_store_is_reused_only_with_the_same_spec():
    base = skip_or_fail_without_pg()
    spec = Spec(shops=2, violations=40, shipments=30, years=1, seed=random.randrange(2**31))  # a name of its own
    other = Spec(shops=2, violations=41, shipments=30, years=1, seed=spec.seed)
    names = [pg.database_name(spec), pg.database_name(other)]
    assert names[0] != names[1] and all(n.startswith(pg.PREFIX) for n in names)
    try:
        first = pg.ensure_pg_store(base, spec, keep=True)
        assert first.built_s is not None and first.name == names[0]
        again = pg.ensure_pg_store(base, spec, keep=True)
        assert again.built_s is None and again.url == first.url
        assert pg.ensure_pg_store(base, other, keep=True).built_s is not None
        # A build that did not finish carries no spec: built again, never reused.
        with pg.connect(base) as admin:
            admin.execute(f'COMMENT ON DATABASE "{names[0]}" IS NULL')
        assert pg.ensure_pg_store(base, spec, keep=True).built_s is not None
        with pg.connect(first.url) as conn:
            assert conn.execute("SELECT COUNT(*) FROM violations").fetchone() == (40,)
        temporary = pg.ensure_pg_store(base, spec, keep=False)
        assert temporary.name != names[0] and not temporary.kept
        pg.drop_pg_store(base, temporary.name)
        with pg.connect(base) as admin:
            left = {r[0] for r in admin.execute("SELECT datname FROM pg_database")}
        assert temporary.name not in left and names[0] in left
    finally:
        for name in names:
            pg.drop_pg_store(base, name)


def test_without_a_server_the_part_says_why_in_one_row():
    (row,) = pg.postgres_figures(None)
    assert row.ok is None and row.verdict == "—" and pg.PG_ENV in row.measured


def test_an_unreachable_server_is_named_without_its_password():
    url = "postgresql+psycopg://bench:s3cret-pw@127.0.0.1:1/nowhere"
    (row,) = pg.postgres_figures(url)
    assert row.ok is None and row.measured.startswith("not measured")
    assert password_of(url) not in row.name + row.measured
