"""Audit history: every create, edit, withdraw, restore, delete and import is recorded with
when, which OS user, and old → new values; refused changes leave no trace."""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import (
    StaleEdit,
    StoreError,
    add_violation,
    audit_history,
    delete_violation,
    get_violation,
    import_violations,
    open_store,
    set_violation_status,
    update_violation,
)
from tests.conftest import run_cli


@pytest.fixture
def any_store(store_target):
    s = open_store(store_target)
    yield s
    s.close()


def notice(**kw) -> ViolationRecord:
    values = dict(shop="本店", points_date=date(2026, 2, 10), points=15, category="listing",
                  title="商品ページの表記違反", reference="R-100")
    values.update(kw)
    return ViolationRecord(**values)


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def test_create_records_who_when_and_every_value(any_store):
    before = utc_now()
    saved = add_violation(any_store, notice())
    after = utc_now()
    [entry] = audit_history(any_store, saved.id)
    assert entry["action"] == "create"
    assert entry["user"] == getpass.getuser()
    assert before - timedelta(seconds=1) <= entry["at"] <= after + timedelta(seconds=1)
    changes = entry["changes"]
    assert changes["points"] == [None, 15]
    assert changes["title"] == [None, "商品ページの表記違反"]
    assert changes["points_date"] == [None, "2026-02-10"]
    assert changes["status"] == [None, "active"]


def test_edit_records_only_what_changed_with_old_and_new(any_store):
    saved = add_violation(any_store, notice())
    update_violation(any_store, replace(saved, points=20, title="表記違反（再確認）", shop="支店"))
    entry = audit_history(any_store, saved.id)[-1]
    assert entry["action"] == "edit"
    assert entry["changes"] == {"points": [15, 20], "title": ["商品ページの表記違反", "表記違反（再確認）"],
                                "shop": ["本店", "支店"]}


def test_saving_without_a_change_records_nothing(any_store):
    saved = add_violation(any_store, notice())
    update_violation(any_store, saved)
    assert [e["action"] for e in audit_history(any_store, saved.id)] == ["create"]


def test_withdraw_and_restore(any_store):
    saved = add_violation(any_store, notice())
    set_violation_status(any_store, saved.id, "withdrawn")
    set_violation_status(any_store, saved.id, "active")
    history = audit_history(any_store, saved.id)
    assert [e["action"] for e in history] == ["create", "withdraw", "restore"]
    assert history[1]["changes"] == {"status": ["active", "withdrawn"]}
    assert history[2]["changes"] == {"status": ["withdrawn", "active"]}


def test_withdraw_together_with_another_change_is_an_edit(any_store):
    saved = add_violation(any_store, notice())
    update_violation(any_store, replace(saved, status="withdrawn", details="異議申し立てが認められた"))
    entry = audit_history(any_store, saved.id)[-1]
    assert entry["action"] == "edit"
    assert entry["changes"]["status"] == ["active", "withdrawn"]
    assert entry["changes"]["details"] == ["", "異議申し立てが認められた"]


def test_delete_keeps_the_history_and_the_last_values(any_store):
    saved = add_violation(any_store, notice())
    delete_violation(any_store, saved.id)
    history = audit_history(any_store, saved.id)
    assert [e["action"] for e in history] == ["create", "delete"]
    assert history[1]["changes"]["points"] == [15, None]
    assert history[1]["changes"]["reference"] == ["R-100", None]


def test_import_records_each_row_in_its_own_history(any_store):
    records = [notice(title=f"取込 {i}", reference=f"R-{i}") for i in range(3)]
    assert import_violations(any_store, records).added == 3
    from penaltytracker.store import list_violations

    for stored in list_violations(any_store):
        [entry] = audit_history(any_store, stored.id)
        assert entry["action"] == "import"
        assert entry["user"] == getpass.getuser()
        assert entry["changes"]["title"] == [None, stored.title]
        assert entry["changes"]["reference"] == [None, stored.reference]
    [summary] = audit_history(any_store, 0)  # the import as a whole
    assert summary["action"] == "import" and summary["changes"] == {"rows": 3, "added": 3, "updated": 0, "unchanged": 0}


def test_refused_changes_leave_no_trace(any_store):
    saved = add_violation(any_store, notice())
    stale = get_violation(any_store, saved.id)
    update_violation(any_store, replace(stale, points=20))
    with pytest.raises(StaleEdit):
        update_violation(any_store, replace(stale, points=35))
    with pytest.raises(StoreError):
        update_violation(any_store, replace(get_violation(any_store, saved.id), points=-5))
    with pytest.raises(StoreError):
        import_violations(any_store, [notice(title="ok"), notice(points=-1)])
    assert [e["action"] for e in audit_history(any_store, saved.id)] == ["create", "edit"]
    assert audit_history(any_store, 0) == []


def test_the_os_user_is_the_one_running_the_command(store_target, isolated_home):
    env = {"LOGNAME": "yamada", "USER": "yamada", "LNAME": "yamada", "USERNAME": "yamada"}
    res = run_cli("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "15", db=store_target,
                  env=env)
    assert res.returncode == 0, res.stderr.decode()
    vid = res.stdout.decode().strip()
    env2 = {k: "suzuki" for k in env}
    assert run_cli("violation", "withdraw", vid, db=store_target, env=env2).returncode == 0
    assert run_cli("violation", "restore", vid, db=store_target, env=env).returncode == 0
    s = open_store(store_target)
    try:
        history = audit_history(s, int(vid))
    finally:
        s.close()
    assert [(e["action"], e["user"]) for e in history] == [("create", "yamada"), ("withdraw", "suzuki"),
                                                            ("restore", "yamada")]


def test_history_is_in_the_order_things_happened(any_store):
    saved = add_violation(any_store, notice())
    current = saved
    for points in (20, 35, 5):
        current = update_violation(any_store, replace(current, points=points))
    history = audit_history(any_store, saved.id)
    assert [e["changes"].get("points") for e in history[1:]] == [[15, 20], [20, 35], [35, 5]]
    assert [e["at"] for e in history] == sorted(e["at"] for e in history)
