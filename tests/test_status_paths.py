"""The figures-only status (one query on SQLite's driver, one pipeline on PostgreSQL)
agrees with the full status read through SQLAlchemy, on every day of two busy years."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.notices import SanctionNotice
from penaltytracker.store import StoreError, add_violation, open_store, set_violation_status, shop_status
from penaltytracker.store.notices import set_level_notice, set_sanction_notice


def _fill(s, rules) -> None:
    rng = random.Random(19)
    start = date(2025, 1, 1)
    added = []
    for _ in range(70):
        day = start + timedelta(days=rng.randrange(700))
        added.append(add_violation(s, ViolationRecord(shop="本店", points_date=day, points=rng.choice((0, 1, 5, 10, 20)),
                                                      title=f"件 {len(added)}")))
    for record in rng.sample(added, 10):  # withdrawn on a later day, or from the start
        on = None if rng.random() < 0.3 else record.points_date + timedelta(days=rng.randrange(1, 120))
        set_violation_status(s, record.id, "withdrawn", withdrawn_on=on)
    add_violation(s, ViolationRecord(shop="静かな店", points_date=date(2026, 5, 1), points=3))
    set_sanction_notice(s, SanctionNotice("本店", 2025, "I", "ranking_restriction", date(2025, 4, 2), date(2025, 5, 30)))
    set_level_notice(s, "本店", 2026, "II", fee_yen=300_000, fee_billed_on=date(2026, 4, 1), note="請求書")


def test_figures_status_agrees_with_the_full_status_on_every_day(store_target, rules):
    s = open_store(store_target)
    try:
        _fill(s, rules)
        day = date(2025, 1, 1)
        while day <= date(2026, 12, 31):
            for shop in ("本店", "静かな店"):
                quick = shop_status(s, rules, shop, day, history=False)
                full = shop_status(s, rules, shop, day, history=True)
                assert quick == replace(full, counted=()), (shop, day)
            day += timedelta(days=3)
    finally:
        s.close()


def test_an_unknown_shop_is_named_on_every_path(store_target, rules):
    s = open_store(store_target)
    try:
        for history in (False, True):
            with pytest.raises(StoreError) as caught:
                shop_status(s, rules, "ない店", date(2026, 3, 1), history=history)
            assert caught.value.code == "shop.not_found" and caught.value.params["shop"] == "ない店"
    finally:
        s.close()


def test_a_pipeline_read_leaves_the_connection_as_it_found_it(store_target, rules):
    """After a status the same store still writes in transactions (autocommit is put back)."""
    s = open_store(store_target)
    try:
        add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 3, 1), points=40))
        for _ in range(3):
            assert shop_status(s, rules, "本店", date(2026, 3, 2), history=False).level == "I"
        add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 3, 3), points=20))
        assert shop_status(s, rules, "本店", date(2026, 3, 4), history=False).level == "II"
        with pytest.raises(StoreError):  # a refused write rolls back whole, as before
            add_violation(s, ViolationRecord(shop="本店", points_date=date(2026, 3, 3), points=-5))
        assert shop_status(s, rules, "本店", date(2026, 3, 4), history=False).points == 60
    finally:
        s.close()
