"""`penaltytracker --smoke`: the real program starts its window, draws, says ready."""

from __future__ import annotations

from datetime import date

from tests.conftest import run_cli


def test_smoke_starts_the_window_on_the_store_and_prints_ready(db_path, isolated_home):
    from penaltytracker.core.model import ViolationRecord
    from penaltytracker.store import import_violations, open_store

    store = open_store(db_path)
    import_violations(store, [ViolationRecord(shop="うさぎ雑貨店", points_date=date(2026, 1, 5), points=35)])
    store.close()
    res = run_cli("--smoke", db=db_path, env={"QT_QPA_PLATFORM": "offscreen"})
    assert res.returncode == 0, res.stderr.decode()
    assert res.stdout.decode().strip().splitlines()[-1] == "ready"


def test_smoke_on_a_new_store_creates_it(tmp_path, isolated_home):
    db = tmp_path / "new" / "store.sqlite3"
    res = run_cli("--smoke", db=db, env={"QT_QPA_PLATFORM": "offscreen"})
    assert res.returncode == 0, res.stderr.decode()
    assert "ready" in res.stdout.decode() and db.exists()


def test_smoke_with_a_store_that_cannot_be_opened_exits_2_with_the_reason(tmp_path, isolated_home):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("これはデータベースではありません", encoding="utf-8")
    res = run_cli("--smoke", db=bad, env={"QT_QPA_PLATFORM": "offscreen"})
    assert res.returncode == 2
    assert "ready" not in res.stdout.decode()
    assert "データファイルではありません" in res.stderr.decode()  # in the window's language
