"""The on-time rate rules: what is late, the 28-day window's edges, the minimum-shipments rule."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from penaltytracker.core.rules import RuleSetError, parse_rules
from penaltytracker.core.shipping import (
    ShipmentRecord,
    cause_breakdown,
    days_late,
    is_late,
    shipping_summary,
    weekly_series,
)

AS_OF = date(2026, 10, 28)


def ship(promised: date, shipped: date | None = None, cause: str = "", order: str = "1") -> ShipmentRecord:
    return ShipmentRecord(shop="A", order_id=order, promised_ship_date=promised, shipped_on=shipped, cause=cause)


def few_minimum(rules, minimum: int = 1):
    return replace(rules, shipping=replace(rules.shipping, minimum_shipments=minimum))


def rolling(rules, days: int = 28, **changes):
    """The rule set with the rolling window of `days` instead of its period."""
    return replace(rules, shipping=replace(rules.shipping, period="rolling", window_days=days, **changes))


# --- late or not ---------------------------------------------------------------------------

def test_shipped_after_the_promised_date_is_late_by_the_days_between():
    s = ship(date(2026, 10, 1), date(2026, 10, 4))
    assert is_late(s, AS_OF) and days_late(s, AS_OF) == 3


def test_shipped_on_or_before_the_promised_date_is_on_time():
    for shipped in (date(2026, 10, 1), date(2026, 9, 30)):
        s = ship(date(2026, 10, 1), shipped)
        assert not is_late(s, AS_OF) and days_late(s, AS_OF) == 0


def test_unshipped_and_overdue_is_late_counting_up_to_as_of():
    s = ship(AS_OF - timedelta(days=5))
    assert is_late(s, AS_OF) and days_late(s, AS_OF) == 5


def test_unshipped_promised_for_as_of_itself_is_not_late_yet():
    s = ship(AS_OF)
    assert not is_late(s, AS_OF) and days_late(s, AS_OF) == 0
    assert is_late(s, AS_OF + timedelta(days=1))


def test_a_ship_date_after_as_of_was_not_known_on_as_of():
    # Looking back at 10-28: promised 10-27, shipped 10-30 -> on 10-28 it was unshipped and overdue;
    # how late it was in the end is what happened: 3 days (issue 13), not the 1 day of 10-28.
    s = ship(date(2026, 10, 27), date(2026, 10, 30))
    assert is_late(s, AS_OF) and days_late(s, AS_OF) == 3
    # Promised 10-28, shipped later: on 10-28 itself not late yet; by 10-30 it is, 2 days.
    s = ship(AS_OF, date(2026, 10, 30))
    assert not is_late(s, AS_OF)
    assert is_late(s, date(2026, 10, 30)) and days_late(s, date(2026, 10, 30)) == 2


# --- the window ---------------------------------------------------------------------------------

def test_window_is_as_of_minus_27_through_as_of(rules):
    inside_first = ship(AS_OF - timedelta(days=27), AS_OF, order="first")  # late, inside
    outside = ship(AS_OF - timedelta(days=28), AS_OF, order="before")  # late, one day too early
    last = ship(AS_OF, AS_OF, order="last")  # on time, inside
    after = ship(AS_OF + timedelta(days=1), order="future")  # not due yet
    summary = shipping_summary([inside_first, outside, last, after], rolling(few_minimum(rules)), AS_OF)
    assert (summary.window_start, summary.window_end) == (date(2026, 10, 1), AS_OF)
    assert (summary.shipments, summary.late) == (2, 1)
    assert summary.on_time_rate == 0.5


def test_window_length_comes_from_the_rule_set(rules):
    week = rolling(rules, 7, minimum_shipments=1)
    records = [ship(AS_OF - timedelta(days=6), order="in"), ship(AS_OF - timedelta(days=7), order="out")]
    summary = shipping_summary(records, week, AS_OF)
    assert summary.window_start == AS_OF - timedelta(days=6) and summary.shipments == 1


def test_no_shipments_gives_no_rate_and_is_not_eligible(rules):
    summary = shipping_summary([], rules, AS_OF)
    assert summary.shipments == 0 and summary.on_time_rate is None and summary.meets_target is False
    assert summary.to_json()["on_time_rate"] is None and summary.to_json()["eligible"] is False


def test_fewer_than_the_minimum_is_not_eligible_even_when_all_on_time(rules):
    minimum = rules.shipping.minimum_shipments
    records = [ship(AS_OF - timedelta(days=i % 28), AS_OF - timedelta(days=i % 28), order=str(i))
               for i in range(minimum - 1)]
    summary = shipping_summary(records, rules, AS_OF)
    assert summary.shipments == minimum - 1 and summary.on_time_rate == 1.0
    assert summary.meets_target is False and summary.eligible is False and summary.shipments_needed == 1


def test_at_the_minimum_the_target_is_judged_exactly(rules):
    minimum, target = rules.shipping.minimum_shipments, rules.shipping.on_time_target
    allowed_late = round(minimum * (1 - target))  # 4 of 100 at 96%
    promised = AS_OF - timedelta(days=3)

    def batch(late: int):
        return [ship(promised, promised + timedelta(days=1) if i < late else promised, order=str(i))
                for i in range(minimum)]

    met = shipping_summary(batch(allowed_late), rules, AS_OF)
    assert met.shipments == minimum and met.meets_target is True
    assert met.on_time_rate == pytest.approx(target)
    missed = shipping_summary(batch(allowed_late + 1), rules, AS_OF)
    assert missed.meets_target is False


def test_summary_json_has_exactly_the_promised_keys(rules):
    summary = shipping_summary([ship(AS_OF - timedelta(days=1), AS_OF)], rules, AS_OF)
    data = summary.to_json()
    # The keys of before issue 13 first, in their order, then the new ones.
    assert list(data)[:7] == ["window_start", "window_end", "shipments", "late", "on_time_rate", "target",
                              "meets_target"]
    assert list(data)[7:12] == ["cancelled", "within_6_days_rate", "within_6_days_target", "period", "eligible"]
    assert {k: data[k] for k in list(data)[:12]} == {
        "window_start": "2026-10-01", "window_end": "2026-10-28", "shipments": 1, "late": 1, "on_time_rate": 0.0,
        "target": rules.shipping.on_time_target, "meets_target": False, "cancelled": 0, "within_6_days_rate": None,
        "within_6_days_target": 0.8, "period": "month", "eligible": False}
    assert data["within_6_days_reason"] == "no_delivery_dates" and data["minimum_shipments"] == 100
    assert data["last_full_month"]["window_start"] == "2026-09-01"
    assert data["last_full_month"]["window_end"] == "2026-09-30"
    json.dumps(data)  # plain JSON values only


# --- weekly series and causes ----------------------------------------------------------------

def test_weekly_series_is_seven_day_spans_ending_on_as_of(rules):
    records = [
        ship(AS_OF, order="a"),  # last week, not late yet
        ship(AS_OF - timedelta(days=6), order="b"),  # last week, unshipped: late
        ship(AS_OF - timedelta(days=7), AS_OF - timedelta(days=7), order="c"),  # week before, on time
        ship(AS_OF - timedelta(days=8 * 7), order="d"),  # before the eight weeks
    ]
    weeks = weekly_series(records, AS_OF, weeks=8)
    assert len(weeks) == 8
    assert weeks[-1].week_end == AS_OF and weeks[-1].week_start == AS_OF - timedelta(days=6)
    assert weeks[0].week_start == AS_OF - timedelta(days=55)
    assert (weeks[-1].shipments, weeks[-1].late, weeks[-1].on_time_rate) == (2, 1, 0.5)
    assert (weeks[-2].shipments, weeks[-2].late, weeks[-2].on_time_rate) == (1, 0, 1.0)
    assert all(w.shipments == 0 and w.on_time_rate is None for w in weeks[:-2])
    # The last four weeks are exactly the summary's window.
    assert sum(w.shipments for w in weeks[-4:]) == shipping_summary(records, rules, AS_OF).shipments


def test_cause_breakdown_counts_late_shipments_by_cause_most_first():
    promised = AS_OF - timedelta(days=10)
    records = [
        ship(promised, promised + timedelta(days=2), "carrier", "1"),
        ship(promised, promised + timedelta(days=1), "carrier", "2"),
        ship(promised, None, "out_of_stock", "3"),
        ship(promised, promised, "weather", "4"),  # on time: not a delay whatever the note says
        ship(promised, promised + timedelta(days=1), "", "5"),
        ship(AS_OF - timedelta(days=40), None, "peak_season", "6"),
    ]
    assert cause_breakdown(records, AS_OF) == {"carrier": 2, "": 1, "out_of_stock": 1, "peak_season": 1}
    assert list(cause_breakdown(records, AS_OF)) == ["carrier", "", "out_of_stock", "peak_season"]
    assert cause_breakdown(records, AS_OF, since=AS_OF - timedelta(days=27)) == {
        "carrier": 2, "": 1, "out_of_stock": 1}


# --- causes in the rule set ------------------------------------------------------------------

def test_causes_come_from_the_rule_set_in_both_languages(rules):
    assert [c.key for c in rules.shipping_causes] == [
        "out_of_stock", "peak_season", "carrier", "weather", "packing_mistake", "other"]
    assert rules.shipping_cause("在庫切れ").key == "out_of_stock"
    assert rules.shipping_cause("Weather or disaster").key == "weather"
    assert rules.shipping_cause("PACKING_MISTAKE").key == "packing_mistake"
    assert rules.shipping_cause("雨") is None
    assert rules.shipping_cause_label("carrier", "ja") == "配送業者都合"
    assert rules.shipping_cause_label("carrier", "en") == "Carrier"
    assert rules.shipping_cause_label("retired_cause", "ja") == "retired_cause"


def test_a_rule_set_without_causes_still_loads(tmp_path):
    import tomllib

    from penaltytracker.paths import default_rules_file

    raw = tomllib.loads(default_rules_file().read_text(encoding="utf-8"))
    del raw["shipping_causes"]
    assert parse_rules(raw).shipping_causes == ()


def test_a_cause_listed_twice_is_refused_naming_the_key():
    import tomllib

    from penaltytracker.paths import default_rules_file

    raw = tomllib.loads(default_rules_file().read_text(encoding="utf-8"))
    raw["shipping_causes"].append(dict(raw["shipping_causes"][0]))
    with pytest.raises(RuleSetError, match=r"shipping_causes\[6\]\.key"):
        parse_rules(raw, Path("edited.toml"))


# --- charts ----------------------------------------------------------------------------------

def test_shipping_chart_draws_late_bars_rate_line_and_target(rules):
    records = [ship(AS_OF - timedelta(days=d), AS_OF - timedelta(days=d) + timedelta(days=d % 3 == 0), order=str(d))
               for d in range(56)]
    weeks = weekly_series(records, AS_OF)
    from penaltytracker.reports.shipping_charts import shipping_chart

    fig = Figure()
    shipping_chart(fig, weeks, rules, "ja")
    bars_ax, rate_ax = fig.axes
    bars = [p for p in bars_ax.patches if p.get_gid() == "late-bars"] or bars_ax.containers[0].patches
    assert [round(b.get_height()) for b in bars] == [w.late for w in weeks]
    target = next(line for line in rate_ax.lines if line.get_gid() == "target-line")
    assert target.get_ydata()[0] == rules.shipping.on_time_target
    rate = next(line for line in rate_ax.lines if line.get_gid() == "rate-line")
    assert list(rate.get_ydata()) == pytest.approx([w.on_time_rate for w in weeks])
    assert bars_ax.get_title() == "週ごとの出荷遅延と納期遵守率"


def test_causes_chart_labels_each_cause_in_the_chosen_language(rules):
    from penaltytracker.reports.shipping_charts import causes_chart

    fig = Figure()
    causes_chart(fig, {"carrier": 3, "": 1, "weather": 2}, rules, "en")
    ax = fig.axes[0]
    placed = sorted(zip(ax.get_yticks(), (t.get_text() for t in ax.get_yticklabels())), reverse=True)
    assert [label for _y, label in placed] == ["Carrier", "Weather or disaster", "No cause given"]  # most on top
    assert sorted(round(p.get_width()) for p in ax.patches) == [1, 2, 3]
    fig = Figure()
    causes_chart(fig, {}, rules, "ja")
    assert any(t.get_text() == "遅延はありません" for t in fig.axes[0].texts)
