"""A deterministic synthetic store: many shops, years of violations and shipments.

The schema comes from the real migrations (open_store); the rows go in through the
store's engine as plain executemany batches in a few big transactions, because a
million ORM objects would take longer than everything the benchmark measures.

Same Spec (sizes, seed, end date) → byte-for-byte the same rows.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterator

from sqlalchemy import inspect

from penaltytracker.core.model import ACTIVE, WITHDRAWN
from penaltytracker.core.rules import RuleSet, load_rules
from penaltytracker.store.engine import Store, open_store

# Points a Rakuten notice typically states (domain reference); the category's own
# typical value is used most of the time, these for the rest.
TYPICAL_POINTS = (5, 15, 20, 35, 80, 100)
WITHDRAWN_SHARE = 0.05  # violations Rakuten withdrew after an appeal
GRACE_SHARE = 0.01  # recorded with 0 points (猶予)
LATE_SHARE = 0.03  # shipments sent after the promised date
UNSHIPPED_SHARE = 0.002  # old orders never marked shipped
RECENT_UNSHIPPED_DAYS = 3  # orders promised in the last days may well be unshipped still
CARRIERS = ("ヤマト運輸", "佐川急便", "日本郵便", "西濃運輸")
BATCH = 50_000


@dataclass(frozen=True)
class Spec:
    shops: int = 100
    violations: int = 1_000_000
    shipments: int = 1_000_000
    years: int = 10
    seed: int = 20260101
    end: date = date(2026, 10, 31)  # last day with data; fixed so the store never depends on today

    @property
    def start(self) -> date:
        day = min(self.end.day, 28) if (self.end.month, self.end.day) == (2, 29) else self.end.day
        return self.end.replace(year=self.end.year - self.years, day=day) + timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


FULL = Spec()
SMALL = Spec(shops=20, violations=50_000, shipments=50_000)
TINY = Spec(shops=1, violations=10, shipments=10, years=1)


@dataclass
class Built:
    spec: Spec
    violations: int = 0
    shipments: int = 0
    shop_names: list[str] = field(default_factory=list)


def shop_name(i: int) -> str:
    return f"ベンチ店舗{i + 1:03d}"


def allocate(total: int, weights: list[float]) -> list[int]:
    """Split `total` over the weights exactly (largest remainder): sums to total."""
    whole = sum(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    rest = total - sum(counts)
    order = sorted(range(len(weights)), key=lambda i: (-(shares[i] - counts[i]), i))
    for i in order[:rest]:
        counts[i] += 1
    return counts


def shop_weights(rng: random.Random, shops: int) -> list[float]:
    # Busy and quiet shops side by side, none empty: at most 4x between them.
    return [rng.uniform(0.5, 2.0) for _ in range(shops)]


def _violation_rows(spec: Spec, rules: RuleSet, rng: random.Random, shop_ids: list[int],
                    counts: list[int]) -> Iterator[tuple]:
    cats = rules.categories
    for sid, n in zip(shop_ids, counts):
        # Days sorted so a shop's ids rise with its 加点日, as they do when entered over time.
        offsets = sorted(rng.randrange(spec.days) for _ in range(n))
        for k, off in enumerate(offsets):
            day = spec.start + timedelta(days=off)
            cat = cats[rng.randrange(len(cats))]
            roll = rng.random()
            if roll < GRACE_SHARE:
                points = 0
            elif roll < 0.8:
                points = cat.typical_points
            else:
                points = TYPICAL_POINTS[rng.randrange(len(TYPICAL_POINTS))]
            status = WITHDRAWN if rng.random() < WITHDRAWN_SHARE else ACTIVE
            occurred = day - timedelta(days=rng.randrange(30))
            stamp = datetime.combine(day, datetime.min.time()).isoformat(" ")
            yield (sid, day.isoformat(), occurred.isoformat(), cat.key, points,
                   f"{cat.name_ja} #{k + 1}", "", f"RV-{sid:03d}-{k + 1:06d}", status, "",
                   stamp, stamp, 1)


def _shipment_rows(spec: Spec, rules: RuleSet, rng: random.Random, shop_ids: list[int],
                   counts: list[int]) -> Iterator[tuple]:
    causes = [c.key for c in rules.shipping_causes] or ["other"]
    for sid, n in zip(shop_ids, counts):
        offsets = sorted(rng.randrange(spec.days) for _ in range(n))
        for k, off in enumerate(offsets):
            ordered = spec.start + timedelta(days=off)
            promised = ordered + timedelta(days=1 + rng.randrange(3))
            roll = rng.random()
            cause, contacted = "", 0
            recent = (spec.end - promised).days < RECENT_UNSHIPPED_DAYS
            if (recent and roll < 0.5) or roll < UNSHIPPED_SHARE:
                shipped = None
            elif roll < UNSHIPPED_SHARE + LATE_SHARE:
                shipped = promised + timedelta(days=1 + rng.randrange(5))
                cause = causes[rng.randrange(len(causes))]
                contacted = int(rng.random() < 0.6)
            else:
                shipped = promised - timedelta(days=rng.randrange(2))
                shipped = max(shipped, ordered)
            stamp = datetime.combine(ordered, datetime.min.time()).isoformat(" ")
            # Unique within the shop: its number plus a running count (楽天 order numbers
            # are shop number - date - sequence).
            order_id = f"{sid:06d}-{ordered:%Y%m%d}-{k + 1:07d}"
            yield (sid, order_id, ordered.isoformat(), promised.isoformat(),
                   shipped.isoformat() if shipped else None, CARRIERS[rng.randrange(len(CARRIERS))],
                   cause, contacted, "", stamp, stamp, 1)


_VIOLATION_SQL = (
    "INSERT INTO violations (shop_id, points_date, occurred_on, category, points, title, details,"
    " reference, status, corrective_action, created_at, updated_at, version)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_SHIPMENT_SQL = (
    "INSERT INTO shipments (shop_id, order_id, ordered_on, promised_ship_date, shipped_on, carrier,"
    " cause, customer_contacted, note, created_at, updated_at, version)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_SQL = {"violations": _VIOLATION_SQL, "shipments": _SHIPMENT_SQL}


def _insert(conn, sql: str, rows: Iterator[tuple]) -> int:
    n, batch = 0, []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            conn.exec_driver_sql(sql, batch)
            n += len(batch)
            batch = []
    if batch:
        conn.exec_driver_sql(sql, batch)
        n += len(batch)
    return n


def build(path: str | Path, spec: Spec = FULL, rules: RuleSet | None = None) -> Built:
    """Create a new store at `path` filled as `spec` says. The file must not exist yet."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists; build into a new file")
    rules = rules or load_rules()
    rng = random.Random(spec.seed)
    store = open_store(path)
    try:
        return _fill(store, spec, rules, rng)
    finally:
        store.close()


def _fill(store: Store, spec: Spec, rules: RuleSet, rng: random.Random) -> Built:
    built = Built(spec)
    names = [shop_name(i) for i in range(spec.shops)]
    built.shop_names = names
    with store.engine.begin() as conn:
        has_shipments = "shipments" in inspect(conn).get_table_names()
        # One-off bulk load: a big page cache; the file is new so nothing is at risk.
        conn.exec_driver_sql("PRAGMA cache_size=-400000")
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
        created = datetime.combine(spec.start, datetime.min.time()).isoformat(" ")
        conn.exec_driver_sql("INSERT INTO shops (id, name, created_at) VALUES (?,?,?)",
                             [(i + 1, n, created) for i, n in enumerate(names)])
        for table, rows in generate(spec, rules, rng, with_shipments=has_shipments):
            setattr(built, table, _insert(conn, _INSERT_SQL[table], rows))
    return built


def generate(spec: Spec, rules: RuleSet, rng: random.Random,
             with_shipments: bool = True) -> Iterator[tuple[str, Iterator[tuple]]]:
    """("violations", rows), then ("shipments", rows), in the order `_fill` inserts them;
    consume each table's rows before asking for the next: both come from one generator, so
    any back end that loads them this way gets the same rows (benchmarks/pg.py).
    Shop i + 1 is shop_name(i); a row's dates are ISO text, its booleans 0 or 1."""
    ids = list(range(1, spec.shops + 1))
    v_counts = allocate(spec.violations, shop_weights(rng, spec.shops))
    yield "violations", _violation_rows(spec, rules, rng, ids, v_counts)
    if with_shipments and spec.shipments:
        s_counts = allocate(spec.shipments, shop_weights(rng, spec.shops))
        yield "shipments", _shipment_rows(spec, rules, rng, ids, s_counts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build a synthetic PenaltyTracker store.")
    p.add_argument("path")
    p.add_argument("--shops", type=int, default=FULL.shops)
    p.add_argument("--violations", type=int, default=FULL.violations)
    p.add_argument("--shipments", type=int, default=FULL.shipments)
    p.add_argument("--years", type=int, default=FULL.years)
    p.add_argument("--seed", type=int, default=FULL.seed)
    args = p.parse_args(argv)
    spec = Spec(args.shops, args.violations, args.shipments, args.years, args.seed)
    built = build(args.path, spec)
    print(f"{args.path}: {spec.shops} shops, {built.violations} violations, {built.shipments} shipments, "
          f"{spec.start} .. {spec.end}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
