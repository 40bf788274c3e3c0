"""Issue 12: a record an operator can trust — each notice once, dated withdrawals that
leave the past as it stood, what the notice says wins, a what-if over the whole year,
and impossible values refused on every path."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.notices import LevelNotice, Notices, SanctionNotice
from penaltytracker.core.status import compute_status, what_if
from penaltytracker.reports.violations_csv import read_violations, write_violations
from penaltytracker.store import (
    StoreError, add_violation, count_violations, import_violations, list_violations, open_store,
    set_violation_status, shop_status,
)
from penaltytracker.store.engine import current_revision, head_revision, upgrade
from penaltytracker.store.notices import decide_appeal, file_appeal, set_level_notice, set_sanction_notice

D = date


def v(day, points, vid, **kw):
    return ViolationRecord(shop="店", points_date=day, points=points, id=vid, **kw)


# --- core: withdrawals with dates -------------------------------------------------------------

def test_a_withdrawal_leaves_every_earlier_day_as_it_stood(rules):
    # Level II on 2025-06-02 (55 points), then the 20-point violation is withdrawn on 2025-07-01.
    history = [v(D(2025, 5, 1), 35, 1), v(D(2025, 6, 2), 20, 2, status="withdrawn", withdrawn_on=D(2025, 7, 1))]
    before_withdrawal = [compute_status(rules, "店", history, D(2025, 6, 1) + timedelta(days=n)) for n in range(30)]
    unwithdrawn = [replace(r, status="active", withdrawn_on=None) for r in history]
    for s in before_withdrawal:
        assert s == compute_status(rules, "店", unwithdrawn, s.as_of)  # every day before W unchanged
    june2 = before_withdrawal[1]
    assert (june2.points, june2.level, june2.penalty_fees_yen) == (55, "II", 100_000 + 400_000)
    after = compute_status(rules, "店", history, D(2025, 7, 1))
    assert after.points == 35 and after.level == "I"
    # What was reached stays reached, with its fee; no level is reached on a day it never was.
    assert [(r.level, r.date) for r in after.levels_reached] == [("I", D(2025, 5, 1)), ("II", D(2025, 6, 2))]
    assert after.penalty_fees_yen == 500_000
    # Level II's 14-day windows had started before the withdrawal and run their course.
    july1 = {(w.level, w.kind): w for w in compute_status(rules, "店", history, D(2025, 6, 15)).active_sanctions}
    assert july1[("II", "ranking_restriction")].end == D(2025, 6, 15)


def test_a_level_reached_again_after_a_withdrawal_starts_new_windows(rules):
    history = [v(D(2026, 3, 1), 40, 1, status="withdrawn", withdrawn_on=D(2026, 3, 10)), v(D(2026, 4, 1), 35, 2)]
    s = compute_status(rules, "店", history, D(2026, 4, 2))
    assert [(r.level, r.date) for r in s.levels_reached] == [("I", D(2026, 3, 1)), ("I", D(2026, 4, 1))]
    assert {w.start for w in s.active_sanctions} == {D(2026, 4, 1)}
    assert s.penalty_fees_yen == 100_000  # a level is billed once a year


def test_withdrawn_without_a_date_never_counted(rules):
    s = compute_status(rules, "店", [v(D(2026, 3, 1), 40, 1, status="withdrawn")], D(2026, 3, 1))
    assert (s.points, s.levels_reached, s.active_sanctions) == (0, (), ())


def test_the_chart_steps_down_on_the_withdrawal_day(rules):
    s = compute_status(rules, "店", [v(D(2026, 3, 1), 40, 1, status="withdrawn", withdrawn_on=D(2026, 3, 10)),
                                    v(D(2026, 3, 5), 5, 2)], D(2026, 4, 1))
    assert list(s.steps) == [(D(2026, 3, 1), 40), (D(2026, 3, 5), 45), (D(2026, 3, 10), 5)]


# --- core: notices win ------------------------------------------------------------------------

def test_a_notice_moves_its_window_and_says_so(rules):
    history = [v(D(2026, 3, 1), 40, 1)]
    notices = Notices(sanctions=(SanctionNotice("店", 2026, "I", "ranking_restriction", D(2026, 3, 5)),))
    s = compute_status(rules, "店", history, D(2026, 3, 4), notices)
    kinds = {w.kind: w for w in s.active_sanctions}
    assert "ranking_restriction" not in kinds  # the notice's start is later: not yet in force
    assert kinds["search_demotion"].source == "expected"
    s = compute_status(rules, "店", history, D(2026, 3, 11), notices)
    ranking = {w.kind: w for w in s.active_sanctions}["ranking_restriction"]
    assert (ranking.start, ranking.end, ranking.source) == (D(2026, 3, 5), D(2026, 3, 11), "notice")
    assert s.to_json()["active_sanctions"][0]["source"] == "notice"


def test_the_fee_billed_replaces_the_expected_fee(rules):
    history = [v(D(2026, 3, 1), 80, 1)]
    notices = Notices(levels=(LevelNotice("店", 2026, "IV", fee_yen=1_400_000),))
    s = compute_status(rules, "店", history, D(2026, 3, 2), notices)
    expected = sum(rules.level(n).penalty_fee_yen for n in ("I", "II", "III"))
    assert s.penalty_fees_yen == expected + 1_400_000


# --- core: the what-if sees the whole year ------------------------------------------------------

def test_what_if_on_a_past_day_includes_the_years_later_points(rules):
    history = [v(D(2025, 6, 1), 30, 1)]
    s = what_if(rules, "店", history, 10, D(2025, 3, 1), as_of=D(2025, 12, 31))
    assert s.points == 40 and s.level == "I"
    assert [(r.level, r.date) for r in s.levels_reached] == [("I", D(2025, 6, 1))]


# --- store and CLI: each notice once ----------------------------------------------------------

def _csv(path, rows, header="店舗,加点日,点数,区分,内容,状態,発生日,管理番号"):
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="cp932")
    return path


ROWS = ["本店,2026/2/10,20,出店者都合キャンセル,キャンセル,有効,2026/2/1,R-1",
        "本店,2026-02-12 10:30,15,,同じ日の2件,,,",
        "本店,2026-02-12,15,,同じ日の2件,,,"]


def test_the_same_csv_imported_twice_changes_nothing(cli, tmp_path):
    path = _csv(tmp_path / "notice.csv", ROWS)
    code, out, err = cli("import", "violations", str(path))
    assert code == 0, err
    assert "追加 3 件、更新 0 件、登録済み 0 件" in out
    first = json.loads(cli("status", "--shop", "本店", "--as-of", "2026-03-01", "--json")[1])
    code, out, err = cli("import", "violations", str(path))
    assert code == 0, err
    assert "追加 0 件、更新 0 件、登録済み 3 件" in out
    assert json.loads(cli("status", "--shop", "本店", "--as-of", "2026-03-01", "--json")[1]) == first
    assert len(json.loads(cli("violation", "list", "--shop", "本店", "--json")[1])) == 3
    code, out, _ = cli("--lang", "en", "import", "violations", str(path))
    assert "imported 0 violation(s)" in out and "3 already recorded" in out


def test_a_row_with_a_recorded_reference_updates_that_violation(store_target, tmp_path):
    s = open_store(store_target)
    try:
        import_violations(s, read_violations(_csv(tmp_path / "a.csv", ROWS[:1])))
        counts = import_violations(s, read_violations(_csv(tmp_path / "b.csv", [ROWS[0].replace(",20,", ",35,")])))
        assert (counts.added, counts.updated, counts.unchanged) == (0, 1, 0)
        (only,) = list_violations(s, "本店")
        assert only.points == 35 and only.reference == "R-1"
        assert shop_status(s, __import__("penaltytracker.core.rules", fromlist=["x"]).load_rules(), "本店",
                           D(2026, 3, 1)).level == "I"
        from penaltytracker.store import audit_history

        assert any(e["action"] == "import" and e["changes"].get("points") == [20, 35]
                   for e in audit_history(s, only.id))
    finally:
        s.close()


def test_add_refuses_a_reference_already_recorded(cli):
    assert cli("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "5", "--ref", "R-9")[0] == 0
    code, out, err = cli("violation", "add", "--shop", "本店", "--date", "2026-02-11", "--points", "5", "--ref", "R-9")
    assert code == 2
    assert "管理番号「R-9」" in err and "#1" in err and "Traceback" not in err
    assert len(json.loads(cli("violation", "list", "--shop", "本店", "--json")[1])) == 1


def test_export_then_import_in_japanese_round_trips(cli, tmp_path, rules):
    cli("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "20", "--category",
        "misleading_listing", "--title", "  前に空白", "--ref", "R-1")
    _, out, _ = cli("violation", "add", "--shop", "本店", "--date", "2026-03-01", "--points", "40")
    cli("violation", "withdraw", out.strip(), "--on", "2026-03-20")
    path = tmp_path / "out.csv"
    assert cli("export", "violations", str(path))[0] == 0
    text = path.read_text(encoding="utf-8-sig")
    header = text.splitlines()[0]
    assert header == "店舗,加点日,点数,区分,内容,状態,発生日,管理番号,詳細,是正措置,取消日"
    assert rules.category_label("misleading_listing", "ja") in text and ",取消," in text and "2026-03-20" in text
    before = [cli("status", "--shop", "本店", "--as-of", d, "--json")[1] for d in ("2026-03-10", "2026-03-25")]
    code, out, err = cli("import", "violations", str(path))
    assert code == 0 and "登録済み 2 件" in out, err
    assert [cli("status", "--shop", "本店", "--as-of", d, "--json")[1] for d in ("2026-03-10", "2026-03-25")] == before


# --- store and CLI: dated withdrawals and appeals -------------------------------------------------

def test_withdraw_on_a_date_from_the_cli(cli):
    cli("violation", "add", "--shop", "本店", "--date", "2025-05-01", "--points", "35")
    _, out, _ = cli("violation", "add", "--shop", "本店", "--date", "2025-06-02", "--points", "20")
    before = json.loads(cli("status", "--shop", "本店", "--as-of", "2025-06-10", "--json")[1])
    assert before["level"] == "II"
    assert cli("violation", "withdraw", out.strip(), "--on", "2025-07-01")[0] == 0
    assert json.loads(cli("status", "--shop", "本店", "--as-of", "2025-06-10", "--json")[1]) == before
    after = json.loads(cli("status", "--shop", "本店", "--as-of", "2025-07-01", "--json")[1])
    assert (after["points"], after["level"], after["penalty_fees_yen"]) == (35, "I", 500_000)
    assert [r["level"] for r in after["levels_reached"]] == ["I", "II"]


def test_an_accepted_appeal_withdraws_on_its_decision_date(store, rules):
    saved = add_violation(store, ViolationRecord(shop="本店", points_date=D(2026, 4, 1), points=40))
    appeal = file_appeal(store, saved.id, D(2026, 4, 3), "誤認です")
    assert shop_status(store, rules, "本店", D(2026, 4, 20)).points == 40
    decided = decide_appeal(store, appeal.id, "accepted", D(2026, 4, 20))
    assert decided.outcome == "accepted"
    assert shop_status(store, rules, "本店", D(2026, 4, 19)).points == 40
    assert shop_status(store, rules, "本店", D(2026, 4, 20)).points == 0
    assert shop_status(store, rules, "本店", D(2026, 4, 19), history=False).points == 40
    assert shop_status(store, rules, "本店", D(2026, 4, 20), history=False).points == 0


def test_the_notice_moves_the_window_in_status_json(cli):
    cli("violation", "add", "--shop", "本店", "--date", "2026-03-01", "--points", "40")
    code, out, err = cli("sanction", "set", "--shop", "本店", "--level", "I", "--kind", "ranking_restriction",
                         "--start", "2026-03-05", "--end", "2026-03-20")
    assert code == 0, err
    data = json.loads(cli("status", "--shop", "本店", "--as-of", "2026-03-15", "--json")[1])
    ranking = [w for w in data["active_sanctions"] if w["kind"] == "ranking_restriction"]
    assert ranking == [{"level": "I", "kind": "ranking_restriction", "start": "2026-03-05", "end": "2026-03-20",
                        "source": "notice"}]
    assert {w["source"] for w in data["active_sanctions"] if w["kind"] != "ranking_restriction"} == set()
    # The notice's fee replaces the expected one; level V's outcome is kept.
    assert cli("notice", "fee", "--shop", "本店", "--level", "I", "--amount", "150,000", "--billed", "2026-03-10")[0] == 0
    data = json.loads(cli("status", "--shop", "本店", "--as-of", "2026-03-15", "--json")[1])
    assert data["penalty_fees_yen"] == 150_000
    code, out, _ = cli("status", "--shop", "本店", "--as-of", "2026-03-15")
    assert "［通知］" in out and "未払い" in out
    shown = json.loads(cli("notice", "show", "--shop", "本店", "--json")[1])
    assert shown["levels"][0]["fee_yen"] == 150_000 and shown["sanctions"][0]["start"] == "2026-03-05"
    code, _, err = cli("notice", "outcome", "--shop", "本店", "--terminated")
    assert code == 2 and "--on" in err


def test_whatif_on_a_past_date_counts_the_years_later_points(cli):
    cli("violation", "add", "--shop", "本店", "--date", "2025-06-01", "--points", "30")
    data = json.loads(cli("whatif", "--shop", "本店", "--points", "10", "--date", "2025-03-01", "--json")[1])
    assert data["points"] == 40 and data["level"] == "I"
    assert data["levels_reached"] == [{"level": "I", "date": "2025-06-01"}]


# --- refuse what cannot be ----------------------------------------------------------------------

@pytest.mark.parametrize("args, field", [
    (("--date", "2026-02-10", "--occurred", "2026-02-11"), "発生日"),
    (("--date", "1999-12-31"), "--date"),
])
def test_impossible_violations_exit_2_naming_the_field(cli, args, field):
    code, out, err = cli("violation", "add", "--shop", "本店", "--points", "5", *args)
    assert code == 2 and field in err and "Traceback" not in err, err


def test_huge_points_and_old_dates_exit_2(cli):
    code, _, err = cli("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "9223372036854775807")
    assert code == 2 and "Traceback" not in err
    assert cli("status", "--shop", "本店", "--as-of", "0001-01-01")[0] == 2


def test_csv_rows_that_cannot_be_are_named_by_line(cli, tmp_path):
    path = _csv(tmp_path / "bad.csv", ["本店,2026-02-10,5,,,,2026-02-11,", "本店,2026-02-10,5,,,有効,,", "本店,1990-01-01,5,,,,,"])
    code, out, err = cli("import", "violations", str(path))
    assert code == 2, err
    lines = err.splitlines()
    assert any(("line 2" in x or "2 行目" in x) and ("occurred_on" in x or "発生日" in x) for x in lines), err
    assert any(("line 4" in x or "4 行目" in x) and ("points_date" in x or "加点日" in x) for x in lines), err
    assert not any(("line 3" in x or "3 行目" in x) for x in lines), err
    assert cli("violation", "list", "--shop", "本店", "--json")[0] == 2  # nothing written: not even the shop


def test_unknown_columns_are_named_with_the_nearest(cli, tmp_path):
    path = _csv(tmp_path / "typo.csv", ["本店,2026-02-10,5,x"], header="店舗,加点日,点数,catgory")
    code, _, err = cli("import", "violations", str(path))
    assert code == 2 and "catgory" in err and "category" in err


def test_the_record_refuses_impossible_values_on_the_store_path(store):
    with pytest.raises(StoreError) as err:
        add_violation(store, ViolationRecord(shop="本店", points_date=D(2026, 2, 10), points=5,
                                             occurred_on=D(2026, 2, 11)))
    assert err.value.text("ja").startswith("発生日")
    with pytest.raises(StoreError):
        add_violation(store, ViolationRecord(shop="本店", points_date=D(2026, 2, 10), points=10**12))
    saved = add_violation(store, ViolationRecord(shop="本店", points_date=D(2026, 2, 10), points=5))
    with pytest.raises(StoreError):
        set_violation_status(store, saved.id, "withdrawn", D(2026, 2, 1))  # before its 加点日
    assert count_violations(store) == 1


# --- the previous schema is carried forward -------------------------------------------------------

def test_a_store_of_the_previous_schema_keeps_its_withdrawals_from_the_start(db_path, rules):
    old = open_store(db_path, migrate=False)
    upgrade(old, "0004")
    with old.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO shops (id, name, created_at) VALUES (1, '旧店舗', '2025-01-01 00:00:00')")
        for vid, ref, status in ((1, "R-1", "active"), (2, "R-1", "active"), (3, "", "withdrawn")):
            conn.exec_driver_sql(
                "INSERT INTO violations (id, shop_id, points_date, occurred_on, category, points, title, details,"
                " reference, status, corrective_action, created_at, updated_at, version) VALUES"
                f" ({vid}, 1, '2026-02-01', NULL, 'other', 20, 't', '', '{ref}', '{status}', '', '2026-02-01',"
                " '2026-02-01', 1)")
    old.close()
    s = open_store(db_path)
    try:
        assert current_revision(s) == head_revision()
        records = {r.id: r for r in list_violations(s, "旧店舗")}
        assert records[3].status == "withdrawn" and records[3].withdrawn_on is None
        assert [records[1].reference, records[2].reference] == ["R-1", ""]  # the later copy gave it up
        assert shop_status(s, rules, "旧店舗", D(2026, 2, 2)).points == 40  # the withdrawn one never counted
        from penaltytracker.store import audit_history

        assert any(e["action"] == "migrate" and e["changes"].get("note") == "withdrawal_date_unknown"
                   for e in audit_history(s, 3))
        assert any(e["changes"].get("reference") == ["R-1", ""] for e in audit_history(s, 2))
        with pytest.raises(StoreError):
            add_violation(s, ViolationRecord(shop="旧店舗", points_date=D(2026, 3, 1), points=5, reference="R-1"))
    finally:
        s.close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_level_notice_setters_hand_back_what_stood(store):
    add_violation(store, ViolationRecord(shop="本店", points_date=D(2026, 3, 1), points=40))
    assert set_level_notice(store, "本店", 2026, "I", fee_yen=100_000) is None
    before = set_level_notice(store, "本店", 2026, "I", fee_paid_on=D(2026, 4, 1))
    assert before.fee_yen == 100_000 and before.fee_paid_on is None
    assert set_sanction_notice(store, SanctionNotice("本店", 2026, "I", "ranking_restriction", D(2026, 3, 2))) is None


def test_both_ways_of_reading_notices_agree(store_target, rules):
    from penaltytracker.store.notices import notices_for_status, notices_for_status_sqlite, set_level_notice

    s = open_store(store_target)
    try:
        add_violation(s, ViolationRecord(shop="本店", points_date=D(2026, 3, 1), points=100))
        set_sanction_notice(s, SanctionNotice("本店", 2026, "V", "temporary_closure", D(2026, 3, 5), D(2026, 4, 1)))
        set_level_notice(s, "本店", 2026, "V", fee_yen=3_000_000, fee_billed_on=D(2026, 3, 9), outcome="terminate",
                         contract_end_on=D(2026, 4, 30), training_due_on=D(2026, 4, 1), note="メモ")
        with s.engine.connect() as conn:
            general = notices_for_status(conn, "本店", (2025, 2026))
        if s.is_sqlite:
            assert notices_for_status_sqlite(s, "本店", (2025, 2026)) == general
        assert general.level(2026, "V").outcome == "terminate"
        quick, full = (shop_status(s, rules, "本店", D(2026, 3, 10), history=h) for h in (False, True))
        assert quick.active_sanctions == full.active_sanctions and quick.penalty_fees_yen == full.penalty_fees_yen
    finally:
        s.close()


def test_a_reference_twice_in_a_file_names_both_lines_and_writes_nothing(cli, db_path, tmp_path):
    csv = tmp_path / "dup.csv"
    csv.write_bytes("店舗,加点日,点数,違反区分,内容,管理番号\r\n本店,2026/3/1,5,other,a,R-1\r\n"
                    "本店,2026-03-05,1,other,x,R-2\r\n本店,2026-03-02,7,other,b,R-1\r\n".encode("cp932"))
    code, out, err = cli("import", "violations", str(csv))
    assert code == 2
    assert "R-1" in err and "2 行目" in err and "4 行目" in err
    code, out, err = cli("--lang", "en", "import", "violations", str(csv))
    assert code == 2 and "lines 2 and 4" in err
    code, out, err = cli("shop", "list")
    assert "本店" not in out  # one transaction: not even the shop was made
