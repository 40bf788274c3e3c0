"""The benchmark on PostgreSQL: an agency's (運用代行) team store with a thousand shops.

    .venv/bin/python -m benchmarks.run --only postgres --pg-url URL [--size small] [--keep DIR]
    .venv/bin/python -m benchmarks.pg --pg-url URL [--size small]      # build (or find) it only
    .venv/bin/python -m benchmarks.pg --pg-url URL --drop              # drop the kept databases

URL names a server and a database to connect to for CREATE/DROP DATABASE (the role needs
CREATEDB); the store is a database of its own beside it, never that one. The schema comes
from the real migrations (open_store on the new database), the rows from the same seeded
generator as the SQLite store (synthetic.generate), loaded with COPY, then VACUUM ANALYZE.
Kept databases are named after their spec (ptbench_<hash>) and carry the spec as their
comment, which is written last: a database whose build did not finish is never reused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime

from benchmarks.run import OVERVIEW_S, STATUS_FLOOR_FACTOR, TABLE_FIRST_ROWS_S, Figure, median_time, ms, paired_medians
from benchmarks.synthetic import Built, Spec, generate, shop_name

PG_ENV = "PENALTYTRACKER_BENCH_PG_URL"
FULL = Spec(shops=1000, violations=1_000_000, shipments=1_000_000)
SMALL = Spec(shops=50, violations=50_000, shipments=50_000)
SIZES = {"full": FULL, "small": SMALL}
PREFIX = "ptbench_"
LOG_PAGE = 200  # ui/paged_log.PAGE_SIZE: a log reads its count and this many rows first

# The columns of synthetic's rows, in their order. COPY's text format lets the server read
# the ISO dates and the 0/1 booleans itself, so the rows go in as the generator gives them.
COLUMNS = {
    "violations": ("shop_id", "points_date", "occurred_on", "category", "points", "title", "details",
                   "reference", "status", "corrective_action", "created_at", "updated_at", "version"),
    "shipments": ("shop_id", "order_id", "ordered_on", "promised_ship_date", "shipped_on", "carrier",
                  "cause", "customer_contacted", "note", "created_at", "updated_at", "version"),
}

# The floor of one shop's status: one aggregate over the rows the status depends on.
FLOOR_SQL = ("SELECT COALESCE(SUM(v.points), 0) FROM violations v JOIN shops s ON s.id = v.shop_id "
             "WHERE s.name = %s AND v.status = 'active' AND v.points_date BETWEEN %s AND %s")
COUNT_SQL = ("SELECT COUNT(*) FROM violations v JOIN shops s ON s.id = v.shop_id "
             "WHERE s.name = %s AND v.points_date BETWEEN %s AND %s")
BUSIEST_SQL = ("SELECT s.name FROM violations v JOIN shops s ON s.id = v.shop_id "
               "WHERE v.points_date BETWEEN %s AND %s GROUP BY s.id ORDER BY COUNT(*) DESC, s.id LIMIT 1")


# --- connections ----------------------------------------------------------------------------

def sqlalchemy_url(url: str, database: str | None = None) -> str:
    """The URL as open_store takes it (psycopg 3), on `database` if given, password kept."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    if database is not None:
        u = u.set(database=database)
    return u.render_as_string(hide_password=False)


def connect(url: str, database: str | None = None, autocommit: bool = True):
    """A plain psycopg connection to the server of `url` (its own database, or `database`)."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, password=u.password,
                           dbname=database or u.database or "postgres", autocommit=autocommit,
                           **{k: v for k, v in u.query.items() if isinstance(v, str)})


def marker(spec: Spec) -> str:
    return json.dumps(asdict(spec), default=str, sort_keys=True)


def database_name(spec: Spec) -> str:
    return PREFIX + hashlib.sha256(marker(spec).encode()).hexdigest()[:12]


def _comment(admin, name: str) -> str | None:
    row = admin.execute("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
                        (name,)).fetchone()
    return row[0] if row else None


def _drop(admin, name: str) -> None:
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- the store ------------------------------------------------------------------------------

@dataclass
class PgStore:
    url: str  # SQLAlchemy URL of the store's database, with the password
    name: str
    built_s: float | None  # None: reused as it was
    kept: bool


def ensure_pg_store(base_url: str, spec: Spec, keep: bool = True) -> PgStore:
    """The store of `spec` on the server of `base_url`: the kept one when it is there and
    complete, else built (kept, or in a database of this run's own, dropped by drop_pg_store)."""
    name = database_name(spec) if keep else f"{database_name(spec)}_run{os.getpid()}"
    with connect(base_url) as admin:
        if keep and _comment(admin, name) == marker(spec):
            return PgStore(sqlalchemy_url(base_url, name), name, None, True)
        _drop(admin, name)
        admin.execute(f'CREATE DATABASE "{name}"')
    t0 = time.perf_counter()
    url = sqlalchemy_url(base_url, name)
    try:
        load(url, spec)
    except BaseException:
        drop_pg_store(base_url, name)
        raise
    took = time.perf_counter() - t0
    if keep:
        with connect(base_url) as admin:
            admin.execute(f'COMMENT ON DATABASE "{name}" IS ' + "'" + marker(spec).replace("'", "''") + "'")
    return PgStore(url, name, took, keep)


def drop_pg_store(base_url: str, name: str) -> None:
    with connect(base_url) as admin:
        _drop(admin, name)


def load(url: str, spec: Spec, rules=None) -> Built:
    """Fill the empty database at `url` as `spec` says: the same rows as synthetic.build."""
    from penaltytracker.core.rules import load_rules
    from penaltytracker.store import open_store

    rules = rules or load_rules()
    open_store(url).close()  # the schema, from the migrations
    built = Built(spec, shop_names=[shop_name(i) for i in range(spec.shops)])
    created = datetime.combine(spec.start, datetime.min.time()).isoformat(" ")
    rng = random.Random(spec.seed)
    with connect(url, autocommit=False) as conn:
        conn.execute("SET synchronous_commit = off")  # one-off load into a new database
        with conn.cursor() as cur:
            with cur.copy("COPY shops (id, name, created_at) FROM STDIN") as copy:
                for i, name in enumerate(built.shop_names):
                    copy.write_row((i + 1, name, created))
            for table, rows in generate(spec, rules, rng):
                n = 0
                with cur.copy(f"COPY {table} ({', '.join(COLUMNS[table])}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                        n += 1
                setattr(built, table, n)
            # The shops went in with their ids: the next one the app adds follows them.
            cur.execute("SELECT setval(pg_get_serial_sequence('shops', 'id'), GREATEST(MAX(id), 1)) FROM shops")
        conn.commit()
    with connect(url) as conn:  # a settled store: statistics, and the visibility map for index-only scans
        conn.execute("VACUUM (ANALYZE) shops, violations, shipments")
    return built


# --- figures --------------------------------------------------------------------------------

def status_start(as_of: date, rules) -> date:
    """From when a status on `as_of` reads (last year too early in January), as run.py."""
    start = date(as_of.year, 1, 1)
    return date(as_of.year - 1, 1, 1) if (as_of - start).days < rules.longest_sanction_days else start


@dataclass
class StatusCase:
    label: str
    as_of: date
    start: date
    shop: str
    rows: int  # violations of the shop in start .. as_of
    points: int  # this year's points as the floor's SQL counts them


def status_cases(store, raw, spec: Spec, rules) -> list[StatusCase]:
    """Late in the year (the most rows of the year) and early January (last year's
    sanctions can still run), for the busiest shop of each range; each checked first:
    shop_status agrees with the SQL sum, with and without the history."""
    from penaltytracker.store import shop_status

    cases = []
    for label, as_of in (("late in the year", spec.end), ("early January", date(spec.end.year, 1, 10))):
        start = status_start(as_of, rules)
        shop = raw.execute(BUSIEST_SQL, (start, as_of)).fetchone()[0]
        points = raw.execute(FLOOR_SQL, (shop, date(as_of.year, 1, 1), as_of)).fetchone()[0]
        full = shop_status(store, rules, shop, as_of)
        quick = shop_status(store, rules, shop, as_of, history=False)
        if full.points != points:
            raise SystemExit(f"shop_status says {full.points} points on PostgreSQL, SQL says {points}")
        if (quick.points, quick.levels_reached, quick.active_sanctions) != (
                full.points, full.levels_reached, full.active_sanctions):
            raise SystemExit(f"shop_status(history=False) disagrees with shop_status on {as_of} on PostgreSQL")
        n = raw.execute(COUNT_SQL, (shop, start, as_of)).fetchone()[0]
        cases.append(StatusCase(label, as_of, start, shop, n, points))
    return cases


def status_figures(store, raw, spec: Spec, rules, runs: int) -> list[Figure]:
    from penaltytracker.store import shop_status

    figures = []
    for case in status_cases(store, raw, spec, rules):
        args = (case.shop, case.start, case.as_of)
        floor, took = paired_medians(lambda: raw.execute(FLOOR_SQL, args).fetchone(),
                                     lambda: shop_status(store, rules, case.shop, case.as_of, history=False), runs)
        figures.append(Figure(
            f"PostgreSQL: status of one shop, {case.label} ({case.as_of}, busiest shop, "
            f"{case.rows:,} violations in range)",
            f"{ms(took)} (floor {ms(floor)}, {took / floor:.2f}×)", f"≤ {STATUS_FLOOR_FACTOR:g}× one SQL SUM",
            took <= STATUS_FLOOR_FACTOR * floor))
    return figures


def log_reads(store) -> dict[str, tuple]:
    """What each log reads before it shows a row (PagedLogModel.reload with the models'
    own default filter and order): (count, first page) as two calls each."""
    from penaltytracker.store.shipments import ShipmentFilter, count_shipments, page_shipments
    from penaltytracker.store.violations import ViolationFilter, count_violations, page_violations

    v, s = ViolationFilter(), ShipmentFilter()
    return {
        "violation log": (lambda: count_violations(store, v),
                          lambda: page_violations(store, v, offset=0, limit=LOG_PAGE, sort="points_date",
                                                  descending=True)),
        "delay log (shipments)": (lambda: count_shipments(store, s),
                                  lambda: page_shipments(store, s, 0, LOG_PAGE, "promised_ship_date", True)),
    }


def log_figures(store, runs: int) -> list[Figure]:
    figures = []
    for name, (count, page) in log_reads(store).items():
        rows = count()
        took = median_time(lambda: (count(), page()), runs)
        count_s, page_s = median_time(count, runs), median_time(page, runs)
        figures.append(Figure(f"PostgreSQL: {name}, count + first {LOG_PAGE} rows ({rows:,} rows)",
                              f"{ms(took)} (count {ms(count_s)}, page {ms(page_s)})", f"< {TABLE_FIRST_ROWS_S:g} s",
                              took < TABLE_FIRST_ROWS_S))
    return figures


def postgres_figures(url: str | None, size: str = "full", keep: bool = False, runs: int = 0) -> list[Figure]:
    """Every PostgreSQL figure, or one row saying why there are none."""
    title = "PostgreSQL figures"
    if not url:
        return [Figure(title, f"not measured: skipped, no server given (--pg-url URL or {PG_ENV})", "", None)]
    try:
        import psycopg
    except ImportError:
        return [Figure(title, "not measured: skipped, psycopg is not installed (pip install -e '.[postgres]')",
                       "", None)]
    from penaltytracker.core.rules import load_rules
    from penaltytracker.store import describe, open_store, shops_overview

    spec = SIZES[size]
    try:
        pg = ensure_pg_store(url, spec, keep)
    except psycopg.Error as exc:  # no server there, a wrong password, no CREATEDB, ...
        from sqlalchemy.engine import make_url

        from penaltytracker.redact import mask

        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return [Figure(title, f"not measured: {mask(reason, [make_url(url).password or ''])} ({describe(url)})",
                       "", None)]
    built = "reused" if pg.built_s is None else f"built in {pg.built_s:.0f} s"
    print(f"PostgreSQL store {pg.name}: {built}", file=sys.stderr, flush=True)
    rules = load_rules()
    store = raw = None
    try:
        store = open_store(pg.url)  # brought up to date here, not inside a timing
        raw = connect(pg.url)
        figures = [Figure(f"PostgreSQL store ({spec.shops:,} shops, {spec.violations:,} violations, "
                          f"{spec.shipments:,} shipments; {raw.info.parameter_status('server_version')})",
                          f"{built}{', kept' if pg.kept else ''}", "(no target)", None)]
        if len(shops_overview(store, rules, spec.end)) != spec.shops:
            raise SystemExit(f"the overview on PostgreSQL does not show {spec.shops} shops")
        took = median_time(lambda: shops_overview(store, rules, spec.end), max(3, runs or 5))
        figures.append(Figure(f"PostgreSQL: all-shops overview ({spec.shops:,} shops)", ms(took),
                              f"< {OVERVIEW_S:g} s", took < OVERVIEW_S))
        figures += status_figures(store, raw, spec, rules, runs or 200)
        figures += log_figures(store, runs or 5)
    finally:
        if raw is not None:
            raw.close()
        if store is not None:
            store.close()
        if not pg.kept:
            drop_pg_store(url, pg.name)
    return figures


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.pg", description=__doc__.split("\n\n")[0])
    p.add_argument("--pg-url", default=os.environ.get(PG_ENV), help=f"a server to build on (default: ${PG_ENV})")
    p.add_argument("--size", choices=sorted(SIZES), default="full")
    p.add_argument("--drop", action="store_true", help=f"drop every kept benchmark database ({PREFIX}…) instead")
    args = p.parse_args(argv)
    if not args.pg_url:
        p.error(f"no server: give --pg-url URL or set {PG_ENV}")
    if args.drop:
        with connect(args.pg_url) as admin:
            names = [r[0] for r in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                                 (PREFIX.replace("_", r"\_") + "%",))]
            for name in names:
                _drop(admin, name)
        print(f"dropped {len(names)} database(s): {', '.join(names) or '-'}")
        return 0
    spec = SIZES[args.size]
    pg = ensure_pg_store(args.pg_url, spec, keep=True)
    built = "reused" if pg.built_s is None else f"built in {pg.built_s:.0f} s"
    print(f"{pg.name}: {spec.shops:,} shops, {spec.violations:,} violations, {spec.shipments:,} shipments, "
          f"{spec.start} .. {spec.end} ({built})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
