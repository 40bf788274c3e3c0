"""The read-only commands' quick path: a SQLite store read on its own driver.

`status` and `whatif` are what a scheduled job or a terminal runs most; loading
SQLAlchemy and checking the schema cost them 0.4 s where the query takes milliseconds
(issue 19). When the store is a SQLite file whose schema is already current, they read
it here with plain SQL and nothing else; anything unusual (a server URL, a new or older
store, an unreadable file) goes the full way (`open_store`), which says what is wrong
or brings the schema up to date.

The status itself is the store's own SQL (store/status_sql.py, used on SQLite by the app
too); the shipping counts and restrictions repeat the store's SQLAlchemy queries in plain
SQL, and tests/test_quick_read.py holds both paths to the same output. Nothing here
writes: the connection is query_only, and a read-only command has nothing to back up
(the day's first backup is taken by the next command or window that opens the store).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from penaltytracker.core.notices import Notices
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import Counts, ShippingSummary, last_full_month, summary_from_counts, window
from penaltytracker.core.status import ShopStatus
from penaltytracker.store import status_sql
from penaltytracker.store.status_sql import day_of as _day
from penaltytracker.store.errors import (
    QUICK_CHECK_MAX_BYTES, NotFound, StoreError, bounded_quick_check, busy_timeout_ms, check_detail, sqlite_message,
)
from penaltytracker.store.revisions import head_from_files

# Set (to anything) to send every command the full way: tests compare both paths.
NO_QUICK_ENV = "PENALTYTRACKER_NO_QUICK_READ"


def sqlite_file(target: str | os.PathLike | None) -> Path | None:
    """The SQLite file a store target names (a path or a plain sqlite:/// URL), else None."""
    if target is None:
        from penaltytracker.paths import default_store_path

        target = default_store_path()
    text = os.fspath(target)
    if "://" in text:
        if not text.startswith("sqlite:///") or "?" in text:
            return None
        text = text[len("sqlite:///"):]
        if not text:
            return None
    return Path(text).expanduser().resolve()


def open_quick(target: str | os.PathLike | None) -> "QuickReader | None":
    """A reader for a SQLite store at the newest schema, or None: open it the full way."""
    if os.environ.get(NO_QUICK_ENV):
        return None
    path = sqlite_file(target)
    head = head_from_files()
    try:
        if path is None or head is None or not path.is_file() or path.stat().st_size == 0:
            return None
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=busy_timeout_ms() / 1000)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute("PRAGMA query_only=ON")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != head:
            conn.close()
            return None
        # The same check the full open makes of a small store (a big one is read as it is).
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            check = bounded_quick_check(conn)
            if check is not None and check != ["ok"]:
                conn.close()
                raise StoreError("store.damaged_check", location=str(path), detail=check_detail(check))
    except sqlite3.Error:
        conn.close()
        return None  # the full way says what is wrong with it
    return QuickReader(conn, path)


def _stamp(text):
    return datetime.fromisoformat(text) if text else None


class QuickReader:
    """What the read-only commands read, on one SQLite connection."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn, self.path = conn, path

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _reading(self):
        """SQLite's errors in the store's words, as the full path would give them."""
        try:
            yield self.conn
        except sqlite3.Error as exc:
            raise sqlite_message(str(exc), str(self.path), self.path) from None

    def _shop(self, shop: str) -> tuple[int, str]:
        row = self.conn.execute("SELECT id, marketplace FROM shops WHERE name = ?", (shop,)).fetchone()
        if row is None:
            raise NotFound("shop.not_found", shop=shop)
        return row[0], row[1]

    # --- violations and notices (the store's own SQL) ---

    def status(self, rules: RuleSet, shop: str, as_of: date) -> ShopStatus:
        """store.shop_status(..., history=False)."""
        with self._reading() as conn:
            return status_sql.figures_status(conn, rules, shop, as_of)

    def status_violations(self, rules: RuleSet, shop: str, as_of: date):
        with self._reading() as conn:
            return status_sql.counted_rows(conn, rules, shop, as_of)

    def notices(self, shop: str, years: tuple[int, int]) -> Notices:
        """store.notices.shop_notices(store, shop, years), in the same order."""
        with self._reading() as conn:
            self._shop(shop)
            found = status_sql.notices_for_status(conn, shop, years)
        return Notices(tuple(sorted(found.sanctions, key=lambda n: (n.start, n.id))),
                       tuple(sorted(found.levels, key=lambda n: (n.year, n.level, n.id))))

    # --- shipping (store/shipments.py's _count_late and _count_delivered) ---

    _LATE_SQL = """
    SELECT COALESCE(SUM(CASE WHEN cancelled IS 0 THEN 1 ELSE 0 END), 0),
           COALESCE(SUM(CASE WHEN cancelled IS 0 AND (
               (shipped_on IS NOT NULL AND shipped_on <= :as_of AND shipped_on > promised_ship_date)
               OR (NOT (shipped_on IS NOT NULL AND shipped_on <= :as_of) AND promised_ship_date < :as_of))
               THEN 1 ELSE 0 END), 0),
           COALESCE(SUM(CASE WHEN cancelled IS 1 THEN 1 ELSE 0 END), 0)
    FROM shipments WHERE shop_id = :sid AND promised_ship_date >= :start AND promised_ship_date <= :end
    """
    _DELIVERED_SQL = """
    SELECT COUNT(id), COALESCE(SUM(CASE WHEN julianday(delivered_on) - julianday(ordered_on) <= :days
                                       THEN 1 ELSE 0 END), 0)
    FROM shipments WHERE shop_id = :sid AND delivered_on >= :start AND delivered_on <= :end
      AND ordered_on IS NOT NULL AND cancelled IS 0
    """

    def _shipping(self, rules: RuleSet, sid: int, as_of: date, span: tuple[date, date]) -> ShippingSummary:
        start, end = span
        late = self.conn.execute(self._LATE_SQL, {"sid": sid, "start": start.isoformat(), "end": end.isoformat(),
                                                  "as_of": as_of.isoformat()}).fetchone()
        delivered = self.conn.execute(self._DELIVERED_SQL, {
            "sid": sid, "start": start.isoformat(), "end": min(end, as_of).isoformat(),
            "days": rules.shipping.delivery_days}).fetchone()
        counts = Counts(int(late[0]), int(late[1]), int(late[2]), int(delivered[0]), int(delivered[1]))
        return summary_from_counts(rules, as_of, counts, span=span)

    def shipping_summary(self, rules: RuleSet, shop: str, as_of: date) -> ShippingSummary:
        """store.shipments.shipping_summary."""
        with self._reading():
            sid = self._shop(shop)[0]
            current = self._shipping(rules, sid, as_of, window(rules, as_of))
            if rules.shipping.period != "month":
                return current
            return replace(current, last_full_month=self._shipping(rules, sid, as_of, last_full_month(as_of)))

    # --- the shop's marketplace and restrictions (store/restrictions.py) ---

    def marketplace(self, shop: str) -> str:
        with self._reading():
            return self._shop(shop)[1]

    # store/restrictions.py's _FIELDS, written out so that a status never loads that module
    # (SQLAlchemy); tests/test_quick_read.py holds the two equal.
    _RESTRICTION_FIELDS = ("kind", "cause", "start", "days", "notice", "note", "account", "what_happened", "fixed",
                           "prevention", "request", "lifted_on", "resolved_on", "outcome")
    _RESTRICTION_DATES = ("start", "lifted_on", "resolved_on")

    def restrictions_with_logs(self, shop: str) -> list:
        """store.restrictions.restrictions_with_logs(store, shop): newest start first, each
        with its case log in date order."""
        with self._reading() as conn:
            sid, market = self._shop(shop)
            cols = ", ".join(self._RESTRICTION_FIELDS)
            rows = conn.execute(f"SELECT id, created_at, updated_at, version, {cols} FROM restrictions "
                                "WHERE shop_id = ? ORDER BY start DESC, id DESC", (sid,)).fetchall()
            if not rows:
                return []  # the usual case: core.restrictions is not even loaded
            import json

            from penaltytracker.core.restrictions import ContactEntry, RestrictionRecord

            records = []
            for row in rows:
                values = dict(zip(self._RESTRICTION_FIELDS, row[4:]))
                for key in self._RESTRICTION_DATES:
                    values[key] = _day(values[key])
                records.append(RestrictionRecord(shop=shop, marketplace=market, id=row[0], created_at=_stamp(row[1]),
                                                 updated_at=_stamp(row[2]), version=row[3], **values))
            logs: dict[int, list] = {}
            ids = [r.id for r in records]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for c in conn.execute(
                        "SELECT id, restriction_id, on_date, channel, direction, summary, due, closed, attachments, "
                        f"created_at FROM restriction_contacts WHERE restriction_id IN ({marks}) "
                        "ORDER BY on_date, id", chunk):
                    logs.setdefault(c[1], []).append(ContactEntry(
                        restriction_id=c[1], on=_day(c[2]), channel=c[3], direction=c[4], summary=c[5],
                        due=_day(c[6]), closed=bool(c[7]), attachments=tuple(json.loads(c[8] or "[]")), id=c[0],
                        created_at=_stamp(c[9])))
        return [(r, logs.get(r.id, [])) for r in records]


class StoreReader:
    """The same reads through the full store (any database, SQLAlchemy)."""

    def __init__(self, store):
        self.store = store

    def close(self) -> None:
        pass  # the store is the command's; it closes it

    def status(self, rules, shop, as_of):
        from penaltytracker.store.violations import shop_status

        return shop_status(self.store, rules, shop, as_of, history=False)

    def status_violations(self, rules, shop, as_of):
        from penaltytracker.store.violations import status_violations

        return status_violations(self.store, rules, shop, as_of)

    def notices(self, shop, years):
        from penaltytracker.store.notices import shop_notices

        return shop_notices(self.store, shop, years)

    def shipping_summary(self, rules, shop, as_of):
        from penaltytracker.store.shipments import shipping_summary

        return shipping_summary(self.store, rules, shop, as_of)

    def marketplace(self, shop):
        from penaltytracker.store.restrictions import shop_marketplace

        return shop_marketplace(self.store, shop)

    def restrictions_with_logs(self, shop):
        from penaltytracker.store.restrictions import restrictions_with_logs

        return restrictions_with_logs(self.store, shop)
