"""The rules that decide levels and sanctions: each would catch a wrong threshold or window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from penaltytracker.core.model import WITHDRAWN, ViolationRecord
from penaltytracker.core.status import compute_status, cumulative_series, what_if


def v(day: date, points: int, vid: int = 1, status: str = "active") -> ViolationRecord:
    return ViolationRecord(shop="店", points_date=day, points=points, status=status, id=vid)


MARCH = date(2026, 3, 10)


@pytest.mark.parametrize(
    "points, level, next_level, to_next",
    [
        (0, None, "I", 35), (34, None, "I", 1), (35, "I", "II", 20),
        (54, "I", "II", 1), (55, "II", "III", 20),
        (74, "II", "III", 1), (75, "III", "IV", 5),
        (79, "III", "IV", 1), (80, "IV", "V", 20),
        (99, "IV", "V", 1), (100, "V", None, None), (250, "V", None, None),
    ],
)
def test_every_threshold_at_and_below(rules, points, level, next_level, to_next):
    s = compute_status(rules, "店", [v(MARCH, points)], MARCH)
    assert (s.points, s.level, s.next_level, s.points_to_next) == (points, level, next_level, to_next)


def test_points_reset_on_1_january(rules):
    history = [v(date(2025, 12, 31), 60, 1)]
    assert compute_status(rules, "店", history, date(2025, 12, 31)).level == "II"
    new_year = compute_status(rules, "店", history, date(2026, 1, 1))
    assert new_year.points == 0 and new_year.level is None and new_year.year == 2026
    assert new_year.penalty_fees_yen == 0 and new_year.levels_reached == ()


def test_the_year_is_decided_by_the_points_date_not_the_incident(rules):
    late_notice = ViolationRecord(shop="店", points_date=date(2026, 1, 5), occurred_on=date(2025, 12, 20), points=40)
    assert compute_status(rules, "店", [late_notice], date(2026, 1, 5)).points == 40
    assert compute_status(rules, "店", [late_notice], date(2025, 12, 31)).points == 0


def test_future_points_do_not_count_yet(rules):
    s = compute_status(rules, "店", [v(date(2026, 3, 1), 20, 1), v(date(2026, 3, 20), 20, 2)], MARCH)
    assert s.points == 20


def test_sanction_window_covers_its_last_day_and_not_the_next(rules):
    crossed = date(2026, 3, 1)
    history = [v(crossed, 35)]
    last_day = crossed + timedelta(days=rules.level("I").sanctions["ranking_restriction"] - 1)
    on_last = compute_status(rules, "店", history, last_day)
    assert {w.kind for w in on_last.active_sanctions} == {"ranking_restriction", "search_demotion", "media_restriction"}
    assert all(w.end == date(2026, 3, 7) for w in on_last.active_sanctions)
    assert on_last.active_sanctions[0].days_left(last_day) == 1
    after = compute_status(rules, "店", history, last_day + timedelta(days=1))
    assert after.active_sanctions == () and after.level == "I"  # level stays, sanction ended


def test_withdrawn_violations_do_not_count(rules):
    history = [v(date(2026, 3, 1), 30, 1), v(date(2026, 3, 2), 40, 2, status=WITHDRAWN)]
    s = compute_status(rules, "店", history, MARCH)
    assert s.points == 30 and s.level is None and s.levels_reached == ()


def test_a_zero_point_grace_violation_is_recorded_but_adds_nothing(rules):
    s = compute_status(rules, "店", [v(date(2026, 3, 1), 34, 1), v(date(2026, 3, 2), 0, 2)], MARCH)
    assert s.points == 34 and s.level is None


def test_one_violation_jumping_several_levels(rules):
    history = [v(date(2026, 3, 1), 20, 1), v(date(2026, 3, 5), 65, 2)]  # 20 → 85: I, II, III, IV at once
    s = compute_status(rules, "店", history, date(2026, 3, 6))
    assert [(r.level, r.date) for r in s.levels_reached] == [(lv, date(2026, 3, 5)) for lv in ("I", "II", "III", "IV")]
    assert s.level == "IV" and s.next_level == "V" and s.points_to_next == 15
    active = {w.kind: w for w in s.active_sanctions}
    # Where levels share a sanction kind, the higher level's window is shown.
    assert active["ranking_restriction"].level == "IV"
    assert active["ranking_restriction"].end == date(2026, 4, 1)  # 28 days from 3/5
    assert active["temporary_closure"].end == date(2026, 3, 18)  # 14 days
    # Level IV has no search demotion: level III's 21-day window is the one in force.
    assert active["search_demotion"].level == "III" and active["search_demotion"].end == date(2026, 3, 25)
    assert s.penalty_fees_yen == sum(rules.level(n).penalty_fee_yen for n in ("I", "II", "III", "IV"))


def test_a_sanction_started_in_december_runs_on_after_the_reset(rules):
    history = [v(date(2025, 12, 28), 80, 1)]  # level IV: 28-day ranking restriction to 2026-01-24
    s = compute_status(rules, "店", history, date(2026, 1, 10))
    assert s.points == 0 and s.level is None
    active = {w.kind: w for w in s.active_sanctions}
    assert active["ranking_restriction"].end == date(2026, 1, 24)
    assert compute_status(rules, "店", history, date(2026, 1, 25)).active_sanctions == ()


def test_closure_last_day_over_new_year(rules):
    history = [v(date(2025, 12, 28), 80, 1)]  # level IV: 14-day closure 12/28 .. 1/10

    def kinds(day):
        return {w.kind for w in compute_status(rules, "店", history, day).active_sanctions}

    assert "temporary_closure" in kinds(date(2026, 1, 10))
    assert "temporary_closure" not in kinds(date(2026, 1, 11))


def test_what_if_adds_points_without_touching_the_history(rules):
    history = [v(date(2026, 3, 1), 40, 1)]
    before = list(history)
    s = what_if(rules, "店", history, 20, date(2026, 3, 4))
    assert s.points == 60 and s.level == "II"
    assert [r.level for r in s.levels_reached] == ["I", "II"]
    assert history == before
    with pytest.raises(ValueError):
        what_if(rules, "店", history, -1, date(2026, 3, 4))


def test_status_json_shape(rules):
    s = compute_status(rules, "店", [v(date(2026, 3, 1), 60)], date(2026, 3, 2))
    data = s.to_json()
    assert list(data) == ["shop", "as_of", "year", "points", "level", "next_level", "points_to_next",
                          "active_sanctions", "penalty_fees_yen", "levels_reached"]
    assert data["active_sanctions"][0] == {"level": "II", "kind": "ranking_restriction",
                                           "start": "2026-03-01", "end": "2026-03-14", "source": "expected"}
    assert data["levels_reached"] == [{"level": "I", "date": "2026-03-01"}, {"level": "II", "date": "2026-03-01"}]


def test_cumulative_series_merges_a_day(rules):
    s = compute_status(rules, "店", [v(date(2026, 3, 1), 5, 1), v(date(2026, 3, 1), 10, 2), v(date(2026, 4, 1), 1, 3)],
                       date(2026, 5, 1))
    assert cumulative_series(s) == [(date(2026, 3, 1), 15), (date(2026, 4, 1), 16)]


histories = st.lists(
    st.tuples(st.dates(date(2025, 1, 1), date(2026, 12, 31)), st.integers(0, 60), st.booleans()),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(histories, st.dates(date(2026, 1, 1), date(2026, 12, 30)))
def test_random_histories_never_go_negative_nor_fall_within_a_year(rules, history, day):
    records = [v(d, p, i, "active" if keep else WITHDRAWN) for i, (d, p, keep) in enumerate(history)]
    today = compute_status(rules, "店", records, day)
    tomorrow = compute_status(rules, "店", records, day + timedelta(days=1))
    assert today.points >= 0
    assert tomorrow.points >= today.points
    rank = [None, "I", "II", "III", "IV", "V"]
    assert rank.index(tomorrow.level) >= rank.index(today.level)
    assert today.points == sum(p for d, p, keep in history if keep and d.year == day.year and d <= day)
    if today.points_to_next is not None:
        assert today.points + today.points_to_next == rules.level(today.next_level).threshold
    # every level at or below the current one has been reached exactly once this year
    assert [r.level for r in today.levels_reached] == rank[1 : rank.index(today.level) + 1]
    for w in today.active_sanctions:
        assert w.start <= day <= w.end
