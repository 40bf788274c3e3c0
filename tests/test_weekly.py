"""The weekly review figures (core.weekly) and the review marks in the store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from penaltytracker.core.model import WITHDRAWN, ViolationRecord
from penaltytracker.core.shipping import ShipmentRecord
from penaltytracker.core.weekly import review_due, week_span, week_summary
from penaltytracker.store import StoreError, add_shop, add_violation
from penaltytracker.store.reviews import last_review, mark_review_done, week_summary as stored_week_summary

SHOP = "週次テスト店"


def rec(day, points, **kw):
    return ViolationRecord(SHOP, day, points, **kw)


def test_week_span_is_seven_days_ending_on_as_of():
    assert week_span(date(2026, 6, 17)) == (date(2026, 6, 11), date(2026, 6, 17))


def test_points_added_and_level_before_after(rules):
    first, second = rules.levels[0], rules.levels[1]
    as_of = date(2026, 6, 17)
    records = [
        rec(date(2026, 3, 1), first.threshold, id=1),  # reached level I long ago
        rec(date(2026, 6, 10), 1, id=2),  # the day before the week: not this week's
        rec(date(2026, 6, 11), second.threshold - first.threshold - 1, id=3),  # first day of the week
        rec(date(2026, 6, 15), 50, status=WITHDRAWN, id=4),  # shown, but adds nothing
        rec(date(2026, 6, 18), 99, id=5),  # after as_of
    ]
    s = week_summary(rules, SHOP, records, as_of)
    assert [v.id for v in s.new_violations] == [3, 4]
    assert s.points_added == second.threshold - first.threshold - 1
    assert s.before.points == first.threshold + 1
    assert (s.level_before, s.level_after) == (first.name, second.name)
    assert s.level_changed and s.level_went_up


def test_no_change_in_a_quiet_week(rules):
    s = week_summary(rules, SHOP, [rec(date(2026, 1, 5), 5, id=1)], date(2026, 6, 17))
    assert s.points_added == 0 and not s.new_violations
    assert not s.level_changed and not s.level_went_up


def test_week_across_new_year_compares_with_last_years_total(rules):
    top = rules.levels[0]
    records = [rec(date(2025, 12, 20), top.threshold, id=1), rec(date(2026, 1, 2), 5, id=2)]
    s = week_summary(rules, SHOP, records, date(2026, 1, 3))
    assert s.before.points == top.threshold and s.level_before == top.name
    assert s.after.points == 5 and s.level_after is None  # the reset on 1 January
    assert s.points_added == 5
    assert s.level_changed and not s.level_went_up


def test_sanctions_ending_in_the_coming_week(rules):
    lv = rules.levels[0]
    days = min(lv.sanctions.values())
    crossed = date(2026, 6, 1)
    last_day = crossed + timedelta(days=days - 1)
    records = [rec(crossed, lv.threshold, id=1)]
    # on the last day it still ends "this coming week"; six days before too; seven before not
    assert week_summary(rules, SHOP, records, last_day).sanctions_ending
    ending = week_summary(rules, SHOP, records, last_day - timedelta(days=6)).sanctions_ending
    assert {w.kind for w in ending} == {k for k, d in lv.sanctions.items() if d == days}
    assert all(w.end == last_day for w in ending)
    if days > 7:
        assert not week_summary(rules, SHOP, records, last_day - timedelta(days=7)).sanctions_ending
    assert not week_summary(rules, SHOP, records, last_day + timedelta(days=1)).sanctions_ending


def test_late_shipments_of_the_week_only(rules):
    as_of = date(2026, 6, 17)
    ships = [ShipmentRecord(SHOP, "in-week", date(2026, 6, 12), date(2026, 6, 14)),
             ShipmentRecord(SHOP, "old", date(2026, 6, 1), date(2026, 6, 5))]
    s = week_summary(rules, SHOP, [], as_of, late_shipments=ships)
    assert [x.order_id for x in s.late_shipments] == ["in-week"]


def test_review_due_after_a_week():
    today = date(2026, 6, 17)
    assert review_due(None, today)
    assert not review_due(today - timedelta(days=6), today)
    assert review_due(today - timedelta(days=7), today)


# --- store -----------------------------------------------------------------------------------

def test_review_marks_are_stored_and_the_latest_is_returned(store):
    add_shop(store, SHOP)
    assert last_review(store, SHOP) is None
    mark_review_done(store, SHOP, date(2026, 6, 10), note="確認済み")
    mark_review_done(store, SHOP, date(2026, 6, 17))
    mark_review_done(store, SHOP, date(2026, 6, 3))  # entered late: not the latest
    assert last_review(store, SHOP) == date(2026, 6, 17)

    from penaltytracker.store.schema import WeeklyReview

    with store.session() as s:
        notes = sorted(r.note for r in s.query(WeeklyReview))
    assert notes == ["", "", "確認済み"]


def test_review_of_an_unknown_shop_is_refused(store):
    with pytest.raises(StoreError, match="no shop named"):
        mark_review_done(store, "ない店", date(2026, 6, 17))
    with pytest.raises(StoreError, match="no shop named"):
        last_review(store, "ない店")


def test_stored_week_summary_matches_the_records(store, rules):
    from penaltytracker.core.shipping import ShipmentRecord
    from penaltytracker.store.shipments import add_shipment

    first = rules.levels[0]
    add_violation(store, rec(date(2025, 12, 30), 80))  # last year: must not count this year
    add_violation(store, rec(date(2026, 6, 1), first.threshold - 5))
    add_violation(store, rec(date(2026, 6, 16), 10, title="今週の違反"))
    add_shipment(store, ShipmentRecord(SHOP, "A-1", date(2026, 6, 15), None))  # not shipped: late
    add_shipment(store, ShipmentRecord(SHOP, "A-2", date(2026, 6, 15), date(2026, 6, 15)))  # on time
    add_shipment(store, ShipmentRecord(SHOP, "A-3", date(2026, 6, 17), None))  # due today: not late yet
    s = stored_week_summary(store, rules, SHOP, date(2026, 6, 17))
    assert [v.title for v in s.new_violations] == ["今週の違反"]
    assert s.points_added == 10
    assert (s.level_before, s.level_after) == (None, first.name)
    assert s.after.points == first.threshold + 5
    assert [x.order_id for x in s.late_shipments] == ["A-1"]
