"""What is due: each kind falls due on its day, through the store and the real command line."""

from __future__ import annotations

import json
import sys
import types
from datetime import date, timedelta

import pytest

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.notices import LevelNotice, SanctionNotice
from penaltytracker.core.reminders import (
    Reminder, ShopRecord, notice_reminders, ordered, review_reminders, sanction_reminders, shop_reminders,
)
from penaltytracker.core.status import compute_status
from penaltytracker.messages import Msg
from tests.conftest import run_cli

D = date(2026, 6, 15)  # the day every kind falls due in the store below
DAY = timedelta(days=1)


def rec(shop, day, points):
    return ViolationRecord(shop=shop, points_date=day, points=points)


# --- the rules -------------------------------------------------------------------------------

def test_a_sanction_is_listed_from_within_days_before_its_last_day_to_that_day(rules):
    # Level II reached on D-7: its 14-day windows cover D-7 .. D+6.
    records = [rec("A", D - 7 * DAY, 55)]
    listed = {}
    for offset in range(-2, 9):
        status = compute_status(rules, "A", records, D + offset * DAY)
        listed[offset] = {n.key for r in sanction_reminders(status, 7) for n in r.message.params["sanction"]}
    assert listed[-1] == set()  # last day D+6 is 8 days away counting today
    assert listed[0] == {"ranking_restriction", "search_demotion", "media_restriction", "rmail_suspension"}
    assert listed[6] == listed[0]  # the last day itself
    assert listed[7] == set()  # over
    [one] = sanction_reminders(compute_status(rules, "A", records, D + 6 * DAY), 1)  # one item: level II's day
    assert one.due == D + 6 * DAY and one.message.params["days"] == 1 and len(one.message.params["sanction"]) == 4
    assert sanction_reminders(compute_status(rules, "A", records, D + 5 * DAY), 1) == []


def test_a_noticed_sanction_ends_when_the_notice_says(rules):
    from penaltytracker.core.notices import Notices

    notices = Notices(sanctions=(SanctionNotice("A", 2026, "II", "ranking_restriction", D - 20 * DAY, D + 2 * DAY),))
    status = compute_status(rules, "A", [rec("A", D - 20 * DAY, 55)], D, notices)
    ends = {n.key: r.due for r in sanction_reminders(status, 7) for n in r.message.params["sanction"]}
    assert ends == {"ranking_restriction": D + 2 * DAY}  # the expected ones ended on D-7


def test_review_due_counts_seven_days_and_says_when_none_was_done():
    assert review_reminders("A", D - 6 * DAY, D) == []
    [due] = review_reminders("A", D - 7 * DAY, D)
    assert due.due == D and due.message == Msg("reminder.review_due", shop="A", last=D - 7 * DAY, days=7)
    [never] = review_reminders("A", None, D)
    assert never.message.code == "reminder.review_never" and never.due == D


def test_training_and_fee_from_the_notice_as_they_stood_on_the_day(rules):
    n = LevelNotice("A", 2026, "II", training_due_on=D + 6 * DAY, training_done_on=D + 3 * DAY,
                    fee_yen=None, fee_billed_on=D, fee_paid_on=D + 2 * DAY)

    def kinds(day, within=7):
        return [(r.kind, r.message.code) for r in notice_reminders(rules, [n], day, within)]

    assert kinds(D - DAY) == []  # course due in 8 days; fee not billed yet
    assert kinds(D) == [("training_due", "reminder.training_due"), ("fee_unpaid", "reminder.fee_unpaid")]
    assert kinds(D + 2 * DAY) == [("training_due", "reminder.training_due")]  # paid that day
    assert kinds(D + 3 * DAY) == []  # done that day
    fee = notice_reminders(rules, [n], D, 7)[1]
    assert fee.message.params["fee"] == f"{rules.level('II').penalty_fee_yen:,}"  # no amount noticed: expected fee
    late = LevelNotice("A", 2025, "I", training_due_on=D - 3 * DAY)
    [overdue] = notice_reminders(rules, [late], D, 7)
    assert overdue.message.code == "reminder.training_overdue" and overdue.message.params["days"] == 3
    assert "3 日過ぎています" in overdue.text("ja")
    [today] = notice_reminders(rules, [late], D - 3 * DAY, 7)  # on the due day: "today", not "in 0 days"
    assert today.message.code == "reminder.training_due_today" and today.due == D - 3 * DAY
    assert today.text("en") == "A: the level I training course is due today (2026-06-12)."
    assert "今日（2026-06-12）" in today.text("ja")


def test_level_near_uses_the_margin_and_is_notified_once_a_year(rules):
    status = compute_status(rules, "A", [rec("A", D, 25)], D)  # 10 left before I
    record = ShopRecord(status, D)
    assert [r.kind for r in shop_reminders(rules, record, margin=10)] == ["level_near"]
    assert shop_reminders(rules, record, margin=9) == []
    later = shop_reminders(rules, ShopRecord(compute_status(rules, "A", [rec("A", D, 25)], D + DAY), D), margin=10)
    assert later[0].key == shop_reminders(rules, record, margin=10)[0].key  # the same item the next day
    top = compute_status(rules, "A", [rec("A", D, 120)], D)
    assert [r.kind for r in shop_reminders(rules, ShopRecord(top, D))] == []  # level V: nothing "near"


def test_items_are_worded_in_each_language_and_ordered(rules):
    status = compute_status(rules, "店舗A", [rec("店舗A", D - 7 * DAY, 55)], D)
    [first] = sanction_reminders(status, 7)
    assert "「ランキング掲載制限」「検索表示順位の引き下げ」" in first.text("ja", rules)
    assert "2026-06-21" in first.text("ja", rules)
    assert "Ranking restriction, Search demotion" in first.text("en", rules)
    data = first.to_json("en", rules)
    assert data["details"]["sanction"][0] == "ranking_restriction" and data["due"] == "2026-06-21"
    assert data["key"] == "sanction_ends:店舗A:II:2026-06-21"
    a = Reminder("review_due", "B", D, Msg("reminder.review_never", shop="B"))
    b = Reminder("sanction_ends", "Z", D, Msg("reminder.review_never", shop="Z"))
    c = Reminder("restriction_ends", "A", D - DAY, Msg("reminder.review_never", shop="A"))
    assert ordered([a, b, c]) == [c, b, a]


# --- the store: every shop, and the sources of other domains -------------------------------------

def seed(store):
    """A store where each kind of item falls due on D (within 7, margin 10)."""
    from penaltytracker.store import add_shop, import_violations
    from penaltytracker.store.notices import set_level_notice
    from penaltytracker.store.reviews import mark_review_done

    for shop in ("sanction", "near", "review", "training", "fee", "quiet"):
        add_shop(store, shop)
    import_violations(store, [rec("sanction", D - 7 * DAY, 55),  # level II windows end D+6
                              rec("near", D, 25),  # 10 left before level I, from D
                              rec("quiet", D - 30 * DAY, 5)])
    set_level_notice(store, "training", 2026, "I", training_due_on=D + 6 * DAY)  # due within 7 from D
    set_level_notice(store, "fee", 2026, "I", fee_yen=100_000, fee_billed_on=D)
    mark_review_done(store, "review", D - 7 * DAY)  # a week old on D
    for shop in ("sanction", "near", "training", "fee", "quiet"):
        mark_review_done(store, shop, D - 3 * DAY)


EXPECTED = {
    D - DAY: set(),
    D: {("sanction_ends", "sanction"), ("level_near", "near"), ("review_due", "review"),
        ("training_due", "training"), ("fee_unpaid", "fee")},
}
EXPECTED[D + DAY] = EXPECTED[D]


def test_the_store_lists_each_kind_on_its_day(store_target, rules):
    from penaltytracker.store import open_store
    from penaltytracker.store.reminders import due_reminders

    store = open_store(store_target)
    try:
        seed(store)
        for day, expected in EXPECTED.items():
            assert {(r.kind, r.shop) for r in due_reminders(store, rules, day)} == expected, day
        # A later payment, review or course does not change what stood on D.
        from penaltytracker.store.notices import set_level_notice
        from penaltytracker.store.reviews import mark_review_done

        set_level_notice(store, "fee", 2026, "I", fee_paid_on=D + 2 * DAY)
        set_level_notice(store, "training", 2026, "I", training_done_on=D + 2 * DAY)
        mark_review_done(store, "review", D + 2 * DAY)
        assert {(r.kind, r.shop) for r in due_reminders(store, rules, D)} == EXPECTED[D]
        assert {(r.kind, r.shop) for r in due_reminders(store, rules, D + 2 * DAY)} == {
            ("sanction_ends", "sanction"), ("level_near", "near")}
        assert [r.kind for r in due_reminders(store, rules, D, shops=["near"])] == ["level_near"]
        assert due_reminders(store, rules, D, margin=9, shops=["near"]) == []
    finally:
        store.close()


def test_a_source_module_adds_its_kinds(store, rules, monkeypatch):
    from penaltytracker.store import reminders as store_reminders

    seen = []

    def source(store_, rules_, as_of, within):
        seen.append((as_of, within))
        return [Reminder("restriction_ends", "near", as_of + DAY, Msg("reminder.review_never", shop="near"),
                         key="restriction_ends:near:1"),
                Reminder("restriction_ends", "elsewhere", as_of, Msg("reminder.review_never", shop="x"))]

    fake = types.ModuleType("penaltytracker.store.fake_source")
    fake.reminders = source
    monkeypatch.setitem(sys.modules, "penaltytracker.store.fake_source", fake)
    monkeypatch.setattr(store_reminders, "SOURCES", ("no_such_module_here", "fake_source"))
    seed(store)
    found = store_reminders.due_reminders(store, rules, D, within=5, shops=["near"])
    assert [(r.kind, r.shop) for r in found] == [("level_near", "near"), ("restriction_ends", "near")]
    assert seen == [(D, 5)]


# --- the real command line: the day before, the day of, the day after --------------------------------

def test_remind_json_the_day_before_of_and_after(db_path):
    from penaltytracker.store import open_store

    store = open_store(db_path)
    seed(store)
    store.close()
    for day, expected in EXPECTED.items():
        res = run_cli("remind", "--as-of", day.isoformat(), "--json", db=db_path)
        assert res.returncode == 0, res.stderr.decode()
        items = json.loads(res.stdout.decode("utf-8"))
        assert {(i["kind"], i["shop"]) for i in items} == expected, day
        for i in items:
            assert set(i) >= {"kind", "shop", "due", "text"} and date.fromisoformat(i["due"])
            assert i["text"].startswith(i["shop"] + "：")  # Japanese by default
        if day == D:
            due = {i["kind"]: i["due"] for i in items}
            assert due == {"sanction_ends": "2026-06-21", "level_near": "2026-06-15", "review_due": "2026-06-15",
                           "training_due": "2026-06-21", "fee_unpaid": "2026-06-15"}


def test_remind_text_within_margin_and_language(db_path):
    from penaltytracker.store import open_store

    store = open_store(db_path)
    seed(store)
    store.close()
    res = run_cli("remind", "--as-of", D.isoformat(), db=db_path)
    lines = res.stdout.decode("utf-8").splitlines()
    assert res.returncode == 0 and len(lines) == 5  # one line each (level II's four sanctions in one)
    assert lines[0].startswith("2026-06-15\t") and "週次レビュー" in res.stdout.decode("utf-8")
    res = run_cli("remind", "--as-of", D.isoformat(), "--within", "1", "--margin", "9", "--lang", "en", db=db_path)
    out = res.stdout.decode("utf-8")
    assert res.returncode == 0
    assert "no weekly review for 7 days" in out and "fee of ¥100,000" in out
    # Several sanctions of one level read as one sentence, whatever their number.
    wide = run_cli("remind", "--as-of", D.isoformat(), "--lang", "en", db=db_path).stdout.decode("utf-8")
    assert ("sanction: level II: Ranking restriction, Search demotion, Partial media restriction, R-Mail suspension"
            " in force until 2026-06-21 (7 day(s) left): plan the return from 2026-06-22.") in wide
    assert "sanction" not in out and "points left" not in out and "training" not in out
    empty = run_cli("remind", "--as-of", (D - DAY).isoformat(), db=db_path)
    assert empty.returncode == 0 and empty.stdout == b""  # nothing due: nothing printed (cron mails nothing)
    bad = run_cli("remind", "--within", "0", db=db_path)
    assert bad.returncode == 2 and b"--within" in bad.stderr
    unknown = run_cli("remind", "--shop", "nobody", db=db_path)
    assert unknown.returncode == 2 and "nobody" in unknown.stderr.decode("utf-8")


@pytest.mark.parametrize("within", ["1", "3660"])
def test_remind_accepts_the_edges_of_within(db_path, within):
    res = run_cli("remind", "--within", within, "--json", db=db_path)
    assert res.returncode == 0 and json.loads(res.stdout) == []


def test_remind_on_a_store_without_shops_says_so_on_stderr_and_exits_0(tmp_path):
    """cron reading the wrong store must not look like "nothing is due"."""
    empty = tmp_path / "empty.sqlite3"
    res = run_cli("remind", db=empty)
    err = res.stderr.decode("utf-8")
    assert res.returncode == 0 and res.stdout == b""
    assert "店舗がありません" in err and str(empty) in err and "--db" in err
    res = run_cli("remind", "--json", "--lang", "en", db=empty)
    assert res.returncode == 0 and json.loads(res.stdout) == []
    assert "holds no shops" in res.stderr.decode("utf-8")


def test_remind_with_shops_and_nothing_due_stays_silent(db_path):
    from penaltytracker.store import add_shop, open_store
    from penaltytracker.store.reviews import mark_review_done

    store = open_store(db_path)
    add_shop(store, "静かな店")
    mark_review_done(store, "静かな店", D)
    store.close()
    res = run_cli("remind", "--as-of", D.isoformat(), db=db_path)
    assert (res.returncode, res.stdout, res.stderr) == (0, b"", b"")
