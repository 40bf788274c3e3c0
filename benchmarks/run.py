"""Measure PenaltyTracker on a big synthetic store and print each figure against its target.

    .venv/bin/python -m benchmarks.run [--size full|small] [--keep DIR] [--only NAME ...]

Builds (or, with --keep, reuses) a big store and a tiny one, then measures. Prints a
Markdown table; exit code 0 when every measured figure meets its target, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from benchmarks.synthetic import FULL, SMALL, TINY, Spec, build

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"full": FULL, "small": SMALL}

# Targets (issue 8).
STATUS_FLOOR_FACTOR = 2.0
OVERVIEW_S = 1.0
START_VS_TINY = 1.2
START_VS_BARE = 1.5
TABLE_FIRST_ROWS_S = 0.5
TABLE_RSS_MB = 300
IMPORT_ROWS_PER_S = 50_000
PDF_S = 1.0

IMPORT_ROWS = 100_000


@dataclass
class Figure:
    name: str
    measured: str
    target: str
    ok: bool | None  # None: informational, or could not be measured

    @property
    def verdict(self) -> str:
        return {True: "PASS", False: "FAIL", None: "—"}[self.ok]


def median_time(fn: Callable[[], object], runs: int, warm: int = 1) -> float:
    for _ in range(warm):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def paired_medians(floor: Callable[[], object], measured: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median times of two functions run in turn, so a busy moment on a shared machine
    slows both rather than one."""
    floor(), measured()
    a, b = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        floor()
        t1 = time.perf_counter()
        measured()
        t2 = time.perf_counter()
        a.append(t1 - t0)
        b.append(t2 - t1)
    return statistics.median(a), statistics.median(b)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


# --- the stores -----------------------------------------------------------------------------

def ensure_store(path: Path, spec: Spec) -> None:
    """Build `path` unless a store built from the same spec is already there."""
    marker = path.with_suffix(".spec.json")
    wanted = json.dumps(asdict(spec), default=str, sort_keys=True)
    if path.exists() and marker.exists() and marker.read_text() == wanted:
        return
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), marker):
        leftover.unlink(missing_ok=True)
    t0 = time.perf_counter()
    built = build(path, spec)
    print(f"built {path.name}: {built.violations:,} violations, {built.shipments:,} shipments "
          f"in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    marker.write_text(wanted)


def busiest_shop(path: Path, start: date, end: date) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT s.name FROM violations v JOIN shops s ON s.id = v.shop_id "
            "WHERE v.points_date BETWEEN ? AND ? GROUP BY s.id ORDER BY COUNT(*) DESC, s.id LIMIT 1",
            (start.isoformat(), end.isoformat()),
        ).fetchone()[0]
    finally:
        con.close()


# --- figures --------------------------------------------------------------------------------

def status_figures(big: Path, spec: Spec, runs: int) -> list[Figure]:
    from penaltytracker.core.rules import load_rules
    from penaltytracker.store import open_store, shop_status

    rules = load_rules()
    store = open_store(big)
    con = sqlite3.connect(big)
    floor_sql = (
        "SELECT COALESCE(SUM(v.points), 0) FROM violations v JOIN shops s ON s.id = v.shop_id "
        "WHERE s.name = ? AND v.status = 'active' AND v.points_date BETWEEN ? AND ?"
    )
    figures = []
    try:
        # Late in the year (the most rows of the year) and early January (last year's
        # sanctions can still run, so the status also reads last year).
        for label, as_of in (("late in the year", spec.end),
                             ("early January", date(spec.end.year, 1, 10))):
            start = date(as_of.year, 1, 1)
            if (as_of - start).days < rules.longest_sanction_days:
                start = date(as_of.year - 1, 1, 1)
            shop = busiest_shop(big, start, as_of)
            args = (shop, start.isoformat(), as_of.isoformat())
            this_year = con.execute(floor_sql, (shop, f"{as_of.year}-01-01", as_of.isoformat())).fetchone()[0]
            status = shop_status(store, rules, shop, as_of)
            if status.points != this_year:
                raise SystemExit(f"shop_status says {status.points} points, SQL says {this_year}")
            quick = shop_status(store, rules, shop, as_of, history=False)
            if (quick.points, quick.levels_reached, quick.active_sanctions) != (
                    status.points, status.levels_reached, status.active_sanctions):
                raise SystemExit(f"shop_status(history=False) disagrees with shop_status on {as_of}")
            floor, took = paired_medians(lambda: con.execute(floor_sql, args).fetchone(),
                                         lambda: shop_status(store, rules, shop, as_of, history=False), runs)
            full = median_time(lambda: shop_status(store, rules, shop, as_of), max(5, runs // 5))
            n = con.execute("SELECT COUNT(*) FROM violations v JOIN shops s ON s.id = v.shop_id "
                            "WHERE s.name = ? AND v.points_date BETWEEN ? AND ?", args).fetchone()[0]
            figures.append(Figure(
                f"Status of one shop, {label} ({as_of}, busiest shop, {n:,} violations in range)",
                f"{ms(took)} (floor {ms(floor)}, {took / floor:.2f}×)",
                f"≤ {STATUS_FLOOR_FACTOR:g}× one SQL SUM",
                took <= STATUS_FLOOR_FACTOR * floor,
            ))
            figures.append(Figure(
                f"Status with the year's history for the chart, {label}",
                f"{ms(full)} ({len(status.counted):,} violations)", "(no target)", None,
            ))
        from penaltytracker.store import shops_overview

        took = median_time(lambda: shops_overview(store, rules, spec.end), max(3, runs // 10))
        figures.append(Figure(f"All-shops overview ({spec.shops} shops)", ms(took), f"< {OVERVIEW_S:g} s",
                              took < OVERVIEW_S))
    finally:
        con.close()
        store.close()
    return figures


def _app_env(home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               MPLCONFIGDIR=str(home / "mpl"))
    for name in ("PENALTYTRACKER_DB", "PENALTYTRACKER_RULES", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


def time_to_ready(cmd: list[str], env: dict, problems: list[str] | None = None) -> float:
    """Seconds from starting `cmd` to its `ready` line. A non-zero exit after ready is
    noted in `problems` (the figure still stands; the crash is a bug of its own)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, cwd=ROOT)
    took = None
    for line in proc.stdout:
        if line.strip() == "ready":
            took = time.perf_counter() - t0
            break
    out, err = proc.communicate(timeout=120)
    if took is None:
        raise RuntimeError(f"{' '.join(cmd)} did not print ready (exit {proc.returncode}): {err.strip()[-800:]}")
    if proc.returncode != 0 and problems is not None:
        first = next((ln for ln in err.splitlines() if "Fatal" in ln or "Error" in ln), err.strip()[-200:])
        problems.append(f"exit {proc.returncode} after ready: {first.strip()}")
    return took


def startup_figures(big: Path, tiny: Path, home: Path, runs: int) -> list[Figure]:
    py = sys.executable
    env = _app_env(home)
    commands = {
        "big": [py, "-m", "penaltytracker", "--db", str(big), "--smoke"],
        "tiny": [py, "-m", "penaltytracker", "--db", str(tiny), "--smoke"],
        "bare": [py, "-m", "benchmarks.probes", "bare"],
    }
    problems: dict[str, list[str]] = {k: [] for k in commands}
    try:
        for key, cmd in commands.items():  # first runs fill font and bytecode caches
            time_to_ready(cmd, env, problems[key])
        times = {k: [] for k in commands}
        for _ in range(runs):  # interleaved, so a busy moment on the machine hits all three
            for key, cmd in commands.items():
                times[key].append(time_to_ready(cmd, env, problems[key]))
    except RuntimeError as exc:
        return [Figure("Start to ready (--smoke)", f"not measured: {exc}", "", None)]
    big_s, tiny_s, bare_s = (statistics.median(times[k]) for k in ("big", "tiny", "bare"))
    crashes = "".join(f"; {key} store: {len(found)} of {runs + 1} runs {found[0]}"
                      for key, found in problems.items() if found)
    return [
        Figure("Start to ready, big store vs tiny store",
               f"{ms(big_s)} vs {ms(tiny_s)} ({big_s / tiny_s:.2f}×){crashes}", f"≤ {START_VS_TINY:g}×",
               big_s <= START_VS_TINY * tiny_s),
        Figure("Start to ready, big store vs bare PySide6 + matplotlib window",
               f"{ms(big_s)} vs {ms(bare_s)} ({big_s / bare_s:.2f}×)", f"≤ {START_VS_BARE:g}×",
               big_s <= START_VS_BARE * bare_s),
    ]


def _probe(args: list[str], env: dict) -> dict:
    done = subprocess.run([sys.executable, "-m", "benchmarks.probes", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-800:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def table_figures(big: Path, home: Path, runs: int) -> list[Figure]:
    env = _app_env(home)
    figures = []
    for log, name in (("violations", "Violation log"), ("shipments", "Delay log (shipments)")):
        try:
            results = [_probe(["table", str(big), log], env) for _ in range(runs)]
        except (RuntimeError, ImportError) as exc:
            figures.append(Figure(name, f"not measured: {exc}", "", None))
            continue
        first = statistics.median(r["first_rows_s"] for r in results)
        jump = statistics.median(r["jump_s"] for r in results)
        scroll = statistics.median(r["scroll_on_s"] for r in results)
        rss = max(r["peak_rss_mb"] for r in results)
        rows = results[0]["rows"]
        figures += [
            Figure(f"{name}, first rows shown ({rows:,} rows)", ms(first), f"< {TABLE_FIRST_ROWS_S:g} s",
                   first < TABLE_FIRST_ROWS_S),
            Figure(f"{name}, peak memory (whole process)", f"{rss:.0f} MB", f"< {TABLE_RSS_MB} MB",
                   rss < TABLE_RSS_MB),
            Figure(f"{name}, jump to row {results[0]['jump_row']:,} (the id list is asked for then); "
                   "with the list read, 1,000 rows on", f"{ms(jump)}; {ms(scroll)}", "(no target)", None),
        ]
    return figures


def import_figures(work: Path, spec: Spec, runs: int) -> list[Figure]:
    import random

    from penaltytracker.core.model import ACTIVE, WITHDRAWN, ViolationRecord
    from penaltytracker.core.rules import load_rules
    from penaltytracker.reports.violations_csv import read_violations, write_violations
    from penaltytracker.store import import_violations, open_store

    rules = load_rules()
    rng = random.Random(spec.seed)
    cats = rules.categories
    records = []
    for i in range(IMPORT_ROWS):
        cat = cats[i % len(cats)]
        day = spec.end - timedelta(days=rng.randrange(365))
        records.append(ViolationRecord(
            shop=f"取込店舗{i % 10:02d}", points_date=day, points=cat.typical_points, category=cat.key,
            title=f"{cat.name_ja} 通知 {i}", status=WITHDRAWN if i % 20 == 0 else ACTIVE,
            occurred_on=day - timedelta(days=3), reference=f"RI-{i:07d}"))
    csv_path = work / "violations-100k.csv"
    write_violations(csv_path, records)

    def one(run: int) -> float:
        db = work / f"import-{run}.sqlite3"
        store = open_store(db)
        try:
            t0 = time.perf_counter()
            read = read_violations(csv_path)
            n = import_violations(store, read).added
            took = time.perf_counter() - t0
        finally:
            store.close()
        assert n == IMPORT_ROWS
        return took

    took = statistics.median(one(i) for i in range(runs))
    rate = IMPORT_ROWS / took
    figures = [Figure(f"Violations CSV import ({IMPORT_ROWS:,} rows, read + store)",
                      f"{rate:,.0f} rows/s ({took:.2f} s)", f"≥ {IMPORT_ROWS_PER_S:,} rows/s",
                      rate >= IMPORT_ROWS_PER_S)]
    figures += shipment_import_figures(work, spec, rules, runs)
    return figures


def shipment_import_figures(work: Path, spec: Spec, rules, runs: int) -> list[Figure]:
    try:
        from penaltytracker.core.shipping import ShipmentRecord
        from penaltytracker.reports.shipments_csv import read_shipments, write_shipments
        from penaltytracker.store.shipments import upsert_shipments
    except ImportError as exc:
        return [Figure("Shipments CSV import", f"not measured: {exc}", "", None)]
    from penaltytracker.store import open_store

    import random

    rng = random.Random(spec.seed + 1)
    causes = [c.key for c in rules.shipping_causes]
    records = []
    for i in range(IMPORT_ROWS):
        ordered = spec.end - timedelta(days=rng.randrange(365))
        promised = ordered + timedelta(days=2)
        late = i % 33 == 0
        records.append(ShipmentRecord(
            shop=f"取込店舗{i % 10:02d}", order_id=f"{i % 10:06d}-{ordered:%Y%m%d}-{i:07d}",
            promised_ship_date=promised, shipped_on=promised + timedelta(days=2 if late else 0), ordered_on=ordered,
            carrier="ヤマト運輸", cause=causes[i % len(causes)] if late and causes else "", customer_contacted=late))
    csv_path = work / "shipments-100k.csv"
    write_shipments(csv_path, records, spec.end)

    def one(run: int) -> float:
        store = open_store(work / f"ship-import-{run}.sqlite3")
        try:
            t0 = time.perf_counter()
            read = read_shipments(csv_path, rules)
            added, _ = upsert_shipments(store, read)
            took = time.perf_counter() - t0
        finally:
            store.close()
        assert added == IMPORT_ROWS
        return took

    took = statistics.median(one(i) for i in range(runs))
    rate = IMPORT_ROWS / took
    return [Figure(f"Shipments CSV import ({IMPORT_ROWS:,} rows, read + store)",
                   f"{rate:,.0f} rows/s ({took:.2f} s)", f"≥ {IMPORT_ROWS_PER_S:,} rows/s",
                   rate >= IMPORT_ROWS_PER_S)]


def pdf_figures(big: Path, spec: Spec, home: Path, work: Path, runs: int) -> list[Figure]:
    try:
        import importlib.util

        if importlib.util.find_spec("penaltytracker.reports.pdf") is None:
            raise ImportError("penaltytracker/reports/pdf.py does not exist yet")
    except ImportError as exc:
        return [Figure("PDF status report", f"not measured: {exc}", "", None)]
    as_of = spec.end
    shop = busiest_shop(big, date(as_of.year, 1, 1), as_of)
    out = work / "pdf"
    out.mkdir(exist_ok=True)
    try:
        result = _probe(["pdf", str(big), str(out), shop, as_of.isoformat(), str(runs + 1)], _app_env(home))
    except RuntimeError as exc:
        return [Figure("PDF status report", f"not measured: {exc}", "", None)]
    first, rest = result["times_s"][0], result["times_s"][1:]
    took = statistics.median(rest) if rest else first
    con = sqlite3.connect(big)
    n = con.execute("SELECT COUNT(*) FROM violations v JOIN shops s ON s.id = v.shop_id WHERE s.name = ? "
                    "AND v.points_date BETWEEN ? AND ?", (shop, f"{as_of.year}-01-01", as_of.isoformat())).fetchone()[0]
    con.close()
    # What a command-line user waits for: the whole `report` command, from process start
    # to the file written (the first run fills the font cache; the median of the rest).
    env = _app_env(home)
    cmd = [sys.executable, "-m", "penaltytracker", "--db", str(big), "report", "--shop", shop,
           "--as-of", as_of.isoformat(), "--out", str(out / "cli.pdf")]
    whole = []
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
        whole.append(time.perf_counter() - t0)
    return [Figure(f"PDF status report, busiest shop ({n:,} violations this year)",
                   f"{ms(took)} (first in the process {ms(first)}, {result['bytes'] // 1024} KB)",
                   f"< {PDF_S:g} s", took < PDF_S),
            Figure("PDF status report, the whole `penaltytracker report` command", ms(statistics.median(whole[1:])),
                   "(no target)", None)]


def command_figures(big: Path, spec: Spec, home: Path, work: Path, runs: int) -> list[Figure]:
    """Whole commands against what a user would run instead (benchmarks/processes.py)."""
    from benchmarks import processes

    as_of = spec.end
    shop = busiest_shop(big, date(as_of.year, 1, 1), as_of)
    figures = processes.status_process_figures(big, shop, as_of, home, runs, Figure)
    figures += processes.report_figures(work, home, runs, Figure, date(as_of.year, 11, 30))
    return figures


# --- main -----------------------------------------------------------------------------------

def machine() -> str:
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        mem_text = f"{mem:.0f} GiB RAM"
    except (ValueError, OSError):
        mem_text = "RAM unknown"
    cpu = platform.processor() or platform.machine()
    return (f"{os.cpu_count()} CPUs ({cpu}), {mem_text}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


PARTS = ("status", "startup", "table", "import", "pdf", "commands", "postgres")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--size", choices=sorted(SIZES), default="full",
                   help="full: 100 shops, 1,000,000 violations and shipments; small: a quick check")
    p.add_argument("--keep", metavar="DIR", type=Path,
                   help="build the stores in DIR and keep them; reused when they are already there")
    p.add_argument("--only", nargs="+", choices=PARTS, help="measure only these parts")
    p.add_argument("--runs", type=int, default=0, help="repeat count (default: per figure)")
    p.add_argument("--pg-url", default=os.environ.get("PENALTYTRACKER_BENCH_PG_URL"),
                   help="PostgreSQL server for the postgres part (default: $PENALTYTRACKER_BENCH_PG_URL)")
    args = p.parse_args(argv)
    spec = SIZES[args.size]
    parts = args.only or PARTS

    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        base = args.keep
        scratch = Path(tempfile.mkdtemp(prefix="ptbench-", dir=base))
    else:
        base = scratch = Path(tempfile.mkdtemp(prefix="ptbench-"))
    home = scratch / "home"
    home.mkdir()
    # Backups the store takes before a migration, settings and caches: all in the scratch
    # folder, never in the operator's own data folder.
    os.environ.update({k: v for k, v in _app_env(home).items() if k.startswith(("HOME", "XDG_", "MPL"))})
    try:
        big = base / f"big-{args.size}.sqlite3"
        tiny = base / "tiny.sqlite3"
        if set(parts) - {"postgres"}:  # the SQLite stores (the postgres part builds its own)
            ensure_store(big, spec)
            ensure_store(tiny, TINY)
            from penaltytracker.store import open_store

            for path in (big, tiny):  # bring both up to date first: no migration inside a timing
                open_store(path).close()
        print(f"# PenaltyTracker benchmark ({args.size}: {spec.shops} shops, {spec.violations:,} violations, "
              f"{spec.shipments:,} shipments, {spec.start} – {spec.end})", flush=True)
        print(f"# {date.today()} · {machine()}", flush=True)
        figures: list[Figure] = []
        runs = args.runs
        if "status" in parts:
            figures += status_figures(big, spec, runs or 200)
        if "startup" in parts:
            figures += startup_figures(big, tiny, home, runs or 5)
        if "table" in parts:
            figures += table_figures(big, home, runs or 3)
        if "import" in parts:
            figures += import_figures(scratch, spec, runs or 3)
        if "pdf" in parts:
            figures += pdf_figures(big, spec, home, scratch, runs or 3)
        if "commands" in parts:
            figures += command_figures(big, spec, home, scratch, runs or 5)
        if "postgres" in parts:
            from benchmarks.pg import postgres_figures

            figures += postgres_figures(args.pg_url, args.size, keep=args.keep is not None, runs=runs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print()
    print("| Figure | Measured | Target | Result |")
    print("|---|---|---|---|")
    for f in figures:
        print(f"| {f.name} | {f.measured} | {f.target} | {f.verdict} |")
    failed = [f for f in figures if f.ok is False]
    missing = [f for f in figures if f.measured.startswith("not measured")]
    print()
    passed = sum(1 for f in figures if f.ok)
    print(f"{passed} PASS, {len(failed)} FAIL, {len(missing)} not measured")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
