"""The pattern rule against a brute-force reading of it (hypothesis)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from penaltytracker.core.order_events import OrderEvent, PatternRule, find_patterns

RULE = PatternRule(min_events=3, window_days=7, recent_days=30)
START = datetime(2026, 1, 1)

events_strategy = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 23), st.sampled_from(["B01", "B02"]), st.sampled_from(["cod", "card"]),
              st.sampled_from(["", "usagi", "kuma"])),
    max_size=25)


def _events(raw):
    return [OrderEvent(shop="A", order_id=f"o{i}", occurred_at=START + timedelta(days=d, hours=h), event="cancel",
                       asin=asin, payment=pay, buyer=buyer) for i, (d, h, asin, pay, buyer) in enumerate(raw)]


def _flagged_by_brute_force(group: list[OrderEvent]) -> set[str]:
    """Every event that lies in some D..D+6 span holding 3 or more events of its group."""
    days = [e.occurred_at.date() for e in group]
    flagged = set()
    for first in set(days):
        last = first + timedelta(days=RULE.window_days - 1)
        inside = [e for e, d in zip(group, days) if first <= d <= last]
        if len(inside) >= RULE.min_events:
            flagged.update(e.order_id for e in inside)
    return flagged


@settings(max_examples=150, deadline=None)
@given(events_strategy)
def test_patterns_are_exactly_the_events_in_a_full_window(raw):
    events = _events(raw)
    found = find_patterns(events, RULE)
    groups: dict[tuple, list[OrderEvent]] = {}
    for e in events:
        groups.setdefault(("item", e.asin, e.payment), []).append(e)
        if e.buyer:
            groups.setdefault(("buyer", e.buyer, ""), []).append(e)
    for (kind, key, payment), group in groups.items():
        mine = [p for p in found if (p.kind, p.key, p.payment) == (kind, key, payment)]
        assert {o for p in mine for o in p.orders} == _flagged_by_brute_force(group)
        for p in mine:
            assert p.count >= RULE.min_events
        # Patterns of one group never share an event (overlapping windows are one run).
        assert sum(p.count for p in mine) == len({o for p in mine for o in p.orders})
