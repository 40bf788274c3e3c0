"""The SQLite store: round trip, status queries, migrations on empty and populated stores."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import (
    StoreError,
    ViolationFilter,
    add_shop,
    add_violation,
    count_violations,
    delete_violation,
    get_violation,
    import_violations,
    list_shops,
    list_violations,
    open_store,
    page_violations,
    set_violation_status,
    shop_status,
    shops_overview,
    update_violation,
)
from penaltytracker.store.engine import current_revision, head_revision, upgrade


def record(shop="楽天ショップA", day=date(2026, 3, 1), points=20, **kw) -> ViolationRecord:
    return ViolationRecord(shop=shop, points_date=day, points=points, **kw)


def test_round_trip_keeps_every_field(store):
    saved = add_violation(store, record(category="seller_cancellation", title="出店者都合キャンセル 2件",
                                        occurred_on=date(2026, 2, 20), reference="RK-2026-001",
                                        details="在庫切れのため", corrective_action="在庫連携を修正"))
    again = get_violation(store, saved.id)
    assert again == saved
    assert (again.shop, again.points_date, again.occurred_on, again.points) == (
        "楽天ショップA", date(2026, 3, 1), date(2026, 2, 20), 20)
    assert again.reference == "RK-2026-001" and again.corrective_action == "在庫連携を修正"
    assert again.created_at is not None and again.version == 1
    assert list_shops(store) == ["楽天ショップA"]


def test_store_survives_reopening(db_path):
    s = open_store(db_path)
    add_violation(s, record(points=40))
    s.close()
    s = open_store(db_path)
    assert shop_status(s, _rules(), "楽天ショップA", date(2026, 3, 2)).level == "I"
    s.close()


def _rules():
    from penaltytracker.core.rules import load_rules

    return load_rules()


def test_sqlite_settings(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_points_must_not_be_negative_even_past_the_app(store, db_path):
    add_violation(store, record())
    with pytest.raises(StoreError):
        add_violation(store, record(points=-5))
    con = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE violations SET points = -1")
    con.close()


def test_withdraw_restore_edit_delete(store, rules):
    saved = add_violation(store, record(points=40))
    assert shop_status(store, rules, saved.shop, date(2026, 3, 2)).points == 40
    withdrawn = set_violation_status(store, saved.id, "withdrawn")
    assert withdrawn.status == "withdrawn"
    assert shop_status(store, rules, saved.shop, date(2026, 3, 2)).points == 0
    assert get_violation(store, saved.id).status == "withdrawn"  # the record is kept
    restored = set_violation_status(store, saved.id, "active")
    edited = update_violation(store, replace(restored, points=60, title="修正"))
    assert edited.version == restored.version + 1
    assert shop_status(store, rules, saved.shop, date(2026, 3, 2)).level == "II"
    gone = delete_violation(store, saved.id)
    assert count_violations(store) == 0
    with pytest.raises(StoreError, match="longer than 200"):
        add_shop(store, "店" * 201)
    add_violation(store, gone)  # undo: the same record comes back with its id
    assert get_violation(store, saved.id).points == 60


def test_status_reads_only_the_year_it_needs(store, rules):
    import_violations(store, [record(day=date(y, 6, 1), points=30) for y in range(2015, 2027)])
    statements: list[str] = []
    from sqlalchemy import event

    def capture(conn, cursor, statement, params, context, executemany):
        statements.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", capture)
    s = shop_status(store, rules, "楽天ショップA", date(2026, 7, 1))
    event.remove(store.engine, "before_cursor_execute", capture)
    assert s.points == 30 and len(s.counted) == 1
    select_rows = [p for sql, p in statements if "FROM violations" in sql]
    assert select_rows and any(date(2026, 1, 1).isoformat() in str(p) for p in select_rows)
    with store.engine.connect() as conn:
        plan = " ".join(str(r) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM violations WHERE shop_id = 1 AND points_date >= '2026-01-01' "
            "AND points_date <= '2026-07-01'"))
    assert "ix_violations_shop_points_date" in plan


def test_overview_worst_first(store, rules):
    import_violations(store, [record("A", points=10), record("B", points=80), record("C", points=40),
                              record("C", points=5, status="withdrawn")])
    add_shop(store, "D")
    rows = shops_overview(store, rules, date(2026, 3, 2))
    assert [(o.shop, o.points, o.level) for o in rows] == [("B", 80, "IV"), ("C", 40, "I"), ("A", 10, None),
                                                           ("D", 0, None)]
    assert rows[0].points_to_next == 20


def test_lazy_pages_filter_and_sort(store):
    import_violations(store, [record("A", day=date(2026, 1, d), points=d, title=f"件名{d}") for d in range(1, 29)]
                      + [record("B", day=date(2025, 5, 1), points=3, category="other")])
    assert count_violations(store) == 29
    assert count_violations(store, ViolationFilter(year=2025)) == 1
    assert count_violations(store, ViolationFilter(text="件名2")) == 10  # 件名2, 件名20..28
    first = page_violations(store, ViolationFilter(shop="A"), offset=0, limit=5, sort="points", descending=True)
    assert [r.points for r in first] == [28, 27, 26, 25, 24]
    second = page_violations(store, ViolationFilter(shop="A"), offset=5, limit=5, sort="points", descending=True)
    assert [r.points for r in second] == [23, 22, 21, 20, 19]


def test_import_is_all_or_nothing(store):
    with pytest.raises(StoreError):
        import_violations(store, [record(points=5), record(points=-1)])
    assert count_violations(store) == 0 and list_shops(store) == []


def test_migrations_on_an_empty_store(db_path):
    s = open_store(db_path)
    assert current_revision(s) == head_revision()
    tables = {r[0] for r in sqlite3.connect(db_path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"shops", "violations", "shipments", "weekly_reviews", "audit_log", "alembic_version"} <= tables
    s.close()


def test_migrations_on_a_populated_store_keep_the_data(db_path, rules):
    old = open_store(db_path, migrate=False)
    upgrade(old, "0001")  # the first release's schema
    with old.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO shops (id, name, created_at) VALUES (1, '旧店舗', '2025-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO violations (shop_id, points_date, occurred_on, category, points, title, details, reference,"
            " status, corrective_action, created_at, updated_at, version) VALUES"
            " (1, '2026-02-01', NULL, 'other', 55, '古い記録', '', '', 'active', '', '2026-02-01', '2026-02-01', 1)")
    assert current_revision(old) == "0001"
    old.close()
    s = open_store(db_path)
    assert current_revision(s) == head_revision()
    assert shop_status(s, rules, "旧店舗", date(2026, 2, 2)).level == "II"
    assert [r.title for r in list_violations(s, "旧店舗")] == ["古い記録"]
    s.close()


def test_opening_is_idempotent(db_path):
    for _ in range(3):
        open_store(db_path).close()
    assert sqlite3.connect(db_path).execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]


def test_a_file_that_is_not_a_store_is_refused_untouched(tmp_path):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"just some text, not a database")
    with pytest.raises(StoreError, match="not a PenaltyTracker store"):
        open_store(bogus)
    assert bogus.read_bytes() == b"just some text, not a database"


def test_a_store_from_a_newer_version_is_refused(db_path):
    open_store(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer version"):
        open_store(db_path)


def test_over_long_text_is_refused_by_name(store):
    with pytest.raises(StoreError, match="shop is longer than 200 characters"):
        add_violation(store, record(shop="店" * 201))
    with pytest.raises(StoreError, match="title is longer than 500"):
        import_violations(store, [record(title="x" * 501)])
    assert count_violations(store) == 0
    with pytest.raises(StoreError, match="longer than 200"):
        add_shop(store, "店" * 201)
