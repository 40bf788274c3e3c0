"""The label's three shop criteria (issue 13): cancelled orders, the 6-day delivery ratio,
the period (rolling window or calendar month) at its edges, and eligibility."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from penaltytracker.core.rules import RuleSetError, load_rules, parse_rules
from penaltytracker.core.shipping import (
    FAIL,
    NO_DATA,
    NOT_ELIGIBLE,
    PASS,
    ShipmentRecord,
    cause_breakdown,
    check_dates,
    criteria,
    days_late,
    is_late,
    last_full_month,
    shipping_summary,
    weekly_series,
    window,
)

AS_OF = date(2026, 10, 28)


def ship(promised: date, shipped: date | None = None, order: str = "1", ordered: date | None = None,
         delivered: date | None = None, cancelled: bool = False, cause: str = "") -> ShipmentRecord:
    return ShipmentRecord(shop="A", order_id=order, promised_ship_date=promised, shipped_on=shipped,
                          ordered_on=ordered, delivered_on=delivered, cancelled=cancelled, cause=cause)


def with_rule(rules, **changes):
    return replace(rules, shipping=replace(rules.shipping, **changes))


def on_time_batch(n: int, promised: date, prefix: str = "o") -> list[ShipmentRecord]:
    return [ship(promised, promised, order=f"{prefix}{i}") for i in range(n)]


# --- the bundled rule set --------------------------------------------------------------------

def test_the_rule_set_holds_the_three_criteria_and_the_period_with_sources(rules):
    rule = rules.shipping
    assert (rule.on_time_target, rule.within_days_target, rule.delivery_days, rule.minimum_shipments) == (
        0.96, 0.8, 6, 100)
    assert rule.period == "month" and rule.period_label == "month"
    assert "100/月" in rule.period_source and "6日以内" in rule.delivery_source
    assert rule.status_cancelled("キャンセル確定") is True and rule.status_cancelled("Cancelled") is True
    assert rule.status_cancelled("発送済") is False and rule.status_cancelled("") is False
    assert rule.status_cancelled("なにか") is None


def test_a_bad_period_or_ratio_is_refused_by_key():
    import tomllib
    from penaltytracker.paths import default_rules_file

    raw = tomllib.loads(default_rules_file().read_text(encoding="utf-8"))
    raw["shipping"]["period"] = "week"
    with pytest.raises(RuleSetError, match="shipping.period"):
        parse_rules(raw)
    raw["shipping"]["period"] = "rolling"
    raw["shipping"]["within_days_target"] = 80
    with pytest.raises(RuleSetError, match="shipping.within_days_target"):
        parse_rules(raw)
    raw["shipping"]["within_days_target"] = 0.8
    raw["shipping"]["active_statuses"] = ["キャンセル"]
    with pytest.raises(RuleSetError, match="cancelled too"):
        parse_rules(raw)


def test_an_older_rule_set_copy_without_the_new_keys_still_loads_as_a_rolling_window():
    import tomllib
    from penaltytracker.paths import default_rules_file

    raw = tomllib.loads(default_rules_file().read_text(encoding="utf-8"))
    for key in ("period", "period_source", "within_days_target", "delivery_days", "delivery_source",
                "cancelled_statuses", "active_statuses", "status_source"):
        del raw["shipping"][key]
    rules = parse_rules(raw)
    assert rules.shipping.period == "rolling" and rules.shipping.period_label == "28d"
    assert rules.shipping.within_days_target is None
    summary = shipping_summary([ship(AS_OF, AS_OF, ordered=AS_OF, delivered=AS_OF)], rules, AS_OF)
    assert summary.within_days_rate == 1.0 and summary.within_days_met is None


# --- cancelled orders ------------------------------------------------------------------------

def test_a_cancelled_order_is_neither_on_time_nor_late(rules):
    unshipped = ship(date(2026, 10, 1), cancelled=True)  # never ships: late forever, were it counted
    assert not is_late(unshipped, AS_OF) and days_late(unshipped, AS_OF) == 0
    records = on_time_batch(100, date(2026, 10, 20)) + [
        ship(date(2026, 10, 2), order="c1", cancelled=True), ship(date(2026, 10, 3), order="c2", cancelled=True),
        ship(date(2026, 9, 3), order="c-before", cancelled=True)]  # cancelled, but not in the period
    summary = shipping_summary(records, rules, AS_OF)
    assert (summary.shipments, summary.late, summary.cancelled) == (100, 0, 2)
    assert summary.on_time_rate == 1.0 and summary.meets_target is True and summary.eligible
    assert summary.last_full_month.cancelled == 1
    assert all(w.late == 0 for w in weekly_series(records, AS_OF)) and sum(w.shipments for w in
                                                                          weekly_series(records, AS_OF)) == 100
    assert cause_breakdown(records, AS_OF) == {}


# --- delivery within 6 days ------------------------------------------------------------------

def test_the_six_day_ratio_on_a_hand_checked_example(rules):
    oct_ = lambda d: date(2026, 10, d)  # noqa: E731
    records = on_time_batch(100, oct_(20)) + [
        ship(oct_(2), oct_(2), "d1", ordered=oct_(1), delivered=oct_(7)),    # 6 days: within
        ship(oct_(2), oct_(3), "d2", ordered=oct_(1), delivered=oct_(8)),    # 7 days: not
        ship(oct_(4), oct_(4), "d3", ordered=oct_(3), delivered=oct_(4)),    # 1 day: within
        ship(oct_(6), oct_(6), "d4", ordered=oct_(5), delivered=oct_(11)),   # 6 days: within
        ship(oct_(9), oct_(9), "d5", delivered=oct_(10)),                    # no order date: left out
        ship(oct_(3), oct_(3), "d6", ordered=oct_(2)),                       # not delivered: left out
        ship(oct_(2), None, "d7", ordered=oct_(1), delivered=oct_(2), cancelled=True),  # cancelled: left out
        ship(date(2026, 9, 28), date(2026, 9, 28), "d8", ordered=date(2026, 9, 25),
             delivered=date(2026, 9, 30)),                                   # delivered last month
        ship(oct_(26), oct_(27), "d9", ordered=oct_(25), delivered=oct_(29)),  # delivered after as-of: not yet
    ]
    summary = shipping_summary(records, rules, AS_OF)
    assert (summary.delivered, summary.within_days) == (4, 3)
    assert summary.within_days_rate == 0.75 and summary.within_days_met is False  # 75% < 80%
    assert (summary.shipments, summary.late) == (107, 2)  # d2 and d9 shipped a day late: 105 of 107 on time
    assert [c.verdict for c in criteria(summary)] == [PASS, FAIL, PASS]
    assert summary.to_json()["within_6_days_rate"] == 0.75 and summary.to_json()["within_6_days_reason"] is None
    assert summary.last_full_month.within_days_rate == 1.0  # d8: 5 days
    # Known on 10-29, d9 (4 days) counts too: 4 of 5.
    later = shipping_summary(records, rules, date(2026, 10, 29))
    assert (later.delivered, later.within_days) == (5, 4) and later.within_days_met is True


def test_without_delivery_dates_the_ratio_is_not_computed(rules):
    summary = shipping_summary(on_time_batch(120, AS_OF), rules, AS_OF)
    assert summary.within_days_rate is None and summary.within_days_met is None
    assert summary.to_json()["within_6_days_rate"] is None
    assert summary.to_json()["within_6_days_reason"] == "no_delivery_dates"
    assert summary.meets_target is True and summary.all_met is None  # two of three hold, the third is unknown
    assert [c.verdict for c in criteria(summary)] == [PASS, NO_DATA, PASS]


# --- the period --------------------------------------------------------------------------------

def test_calendar_month_at_its_edges(rules):
    assert window(rules, date(2026, 11, 1)) == (date(2026, 11, 1), date(2026, 11, 1))
    assert window(rules, date(2026, 10, 31)) == (date(2026, 10, 1), date(2026, 10, 31))
    assert last_full_month(date(2026, 11, 1)) == (date(2026, 10, 1), date(2026, 10, 31))
    assert last_full_month(date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert last_full_month(date(2027, 1, 15)) == (date(2026, 12, 1), date(2026, 12, 31))
    records = [ship(date(2026, 9, 30), order="sep30"), ship(date(2026, 10, 1), date(2026, 10, 1), order="oct1"),
               ship(date(2026, 10, 31), date(2026, 10, 31), order="oct31"), ship(date(2026, 11, 1), order="nov1")]
    on_oct31 = shipping_summary(records, rules, date(2026, 10, 31))
    assert (on_oct31.window_start, on_oct31.shipments, on_oct31.late) == (date(2026, 10, 1), 2, 0)
    assert on_oct31.last_full_month.shipments == 1 and on_oct31.last_full_month.late == 1  # sep30 unshipped
    on_nov1 = shipping_summary(records, rules, date(2026, 11, 1))
    assert (on_nov1.window_start, on_nov1.shipments, on_nov1.late) == (date(2026, 11, 1), 1, 0)  # not late yet
    assert (on_nov1.last_full_month.window_start, on_nov1.last_full_month.window_end) == (
        date(2026, 10, 1), date(2026, 10, 31))
    assert on_nov1.last_full_month.shipments == 2 and on_nov1.period == "month"


def test_rolling_window_at_its_edges(rules):
    rolling = with_rule(rules, period="rolling", window_days=28)
    as_of = date(2026, 11, 1)
    assert window(rolling, as_of) == (date(2026, 10, 5), as_of)
    records = [ship(date(2026, 10, 4), order="out"), ship(date(2026, 10, 5), order="first"),
               ship(as_of, as_of, order="last")]
    summary = shipping_summary(records, rolling, as_of)
    assert (summary.shipments, summary.late, summary.period) == (2, 1, "28d")
    assert summary.last_full_month is None and summary.to_json()["last_full_month"] is None
    week = with_rule(rules, period="rolling", window_days=7)
    assert shipping_summary(records, week, as_of).period == "7d"


# --- eligibility ---------------------------------------------------------------------------------

def test_below_the_minimum_not_eligible_at_the_minimum_judged(rules):
    below = shipping_summary(on_time_batch(99, AS_OF), rules, AS_OF)
    assert below.on_time_rate == 1.0 and below.eligible is False and below.meets_target is False
    assert below.shipments_needed == 1 and below.all_met is False
    assert [c.verdict for c in criteria(below)] == [NOT_ELIGIBLE, NO_DATA, NOT_ELIGIBLE]
    data = below.to_json()
    assert (data["eligible"], data["shipments"], data["minimum_shipments"], data["meets_target"]) == (
        False, 99, 100, False)
    at = shipping_summary(on_time_batch(100, AS_OF), rules, AS_OF)
    assert at.eligible is True and at.meets_target is True and at.shipments_needed == 0
    assert [c.verdict for c in criteria(at)] == [PASS, NO_DATA, PASS]


def test_cancelled_orders_do_not_make_a_shop_eligible(rules):
    records = on_time_batch(99, AS_OF) + [ship(AS_OF, order="x", cancelled=True)]
    summary = shipping_summary(records, rules, AS_OF)
    assert (summary.shipments, summary.cancelled, summary.eligible) == (99, 1, False)


def test_shipping_text_names_every_criterion_and_the_count_needed(rules):
    from penaltytracker.cli.text import shipping_text

    summary = shipping_summary(on_time_batch(96, AS_OF), rules, AS_OF)
    ja = shipping_text(summary, "ja")
    assert "対象外（出荷件数 96件／必要 100件）" in ja and "必要な 100件のうち 96件" in ja
    assert "6日以内お届け件数比率: 計算できません" in ja and "集計期間: 暦月" in ja and "前月（2026-09-01〜2026-09-30）" in ja
    en = shipping_text(summary, "en")
    assert "not eligible: 96 of the 100 shipments needed" in en and "Delivered within 6 days: not computed" in en


# --- dates ---------------------------------------------------------------------------------------

def test_late_orders_show_how_late_they_actually_shipped():
    s = ship(date(2026, 10, 1), date(2026, 10, 6))
    assert is_late(s, date(2026, 10, 4)) and days_late(s, date(2026, 10, 4)) == 5  # not 3, as on 10-04
    assert days_late(ship(date(2026, 10, 1)), date(2026, 10, 4)) == 3  # still unshipped: as of the day


def test_ship_and_delivery_dates_after_today_or_out_of_order_are_named():
    today = date(2026, 10, 28)
    codes = [p.code for p in check_dates(ship(today, today + timedelta(days=1), delivered=today + timedelta(days=2)),
                                         today)]
    assert codes == ["shipping.shipped_after_today", "shipping.delivered_after_today"]
    codes = [p.code for p in check_dates(ship(today, today, ordered=today, delivered=today - timedelta(days=1)),
                                         today)]
    assert codes == ["shipping.delivered_before_shipped", "shipping.delivered_before_ordered"]
    assert check_dates(ship(today, today, ordered=today, delivered=today), today) == []


@pytest.fixture
def rules():
    return load_rules()
