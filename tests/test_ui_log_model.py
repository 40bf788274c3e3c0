"""The violation log reads the store a page at a time, sorted and filtered by the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from penaltytracker.core.model import ViolationRecord  # noqa: E402
from penaltytracker.store import ViolationFilter, import_violations, page_violations  # noqa: E402

ROWS = 20_000


@pytest.fixture
def big_store(store):
    start = date(2024, 1, 1)
    records = [ViolationRecord(shop=f"店舗{i % 7}", points_date=start + timedelta(days=i % 900), points=i % 41,
                               category="shipping_delay", title=f"違反 {i}") for i in range(ROWS)]
    import_violations(store, records)
    return store


@pytest.fixture
def model(qtbot, big_store, rules):
    from PySide6.QtWidgets import QWidget

    from penaltytracker.ui.ops import Ops
    from penaltytracker.ui.violation_log import ViolationTableModel

    host = QWidget()
    qtbot.addWidget(host)
    ops = Ops(host)
    m = ViolationTableModel(ops, rules, "ja", host)
    with qtbot.waitSignal(m.loaded, timeout=20_000):
        m.set_store(big_store)
    yield m
    ops.wait_idle()


def test_only_the_pages_looked_at_are_read(qtbot, model):
    from penaltytracker.ui.violation_log import CACHED_PAGES, PAGE_SIZE

    assert model.rowCount() == ROWS
    assert model.fetched_pages == [0]  # the count came with the first page, nothing else
    assert model.loaded_rows() == PAGE_SIZE

    far = 15_123
    assert model.index(far, 6).data() == "…"  # not read yet: a placeholder, no waiting
    qtbot.waitUntil(lambda: model.index(far, 6).data() != "…", timeout=20_000)
    assert far // PAGE_SIZE in model.fetched_pages
    expected = page_violations(model.store, ViolationFilter(), offset=far, limit=1)[0]
    assert model.index(far, 6).data() == expected.title

    # Scrolling through many pages keeps only a few in memory.
    for page in range(1, 30):
        model.index(page * PAGE_SIZE, 0).data()
        qtbot.waitUntil(lambda: model._in_flight is None and not model._wanted, timeout=20_000)
    assert len(model._pages) <= CACHED_PAGES
    assert model.loaded_rows() <= CACHED_PAGES * PAGE_SIZE
    assert len(set(model.fetched_pages)) < ROWS // PAGE_SIZE


def test_sorting_and_filtering_happen_in_the_database(qtbot, model):
    with qtbot.waitSignal(model.loaded, timeout=20_000):
        model.sort(5, Qt.SortOrder.AscendingOrder)  # points, lowest first
    assert model.rowCount() == ROWS
    assert model.index(0, 5).data() == "0"
    assert model.fetched_pages[-1] == 0

    with qtbot.waitSignal(model.loaded, timeout=20_000):
        model.set_filter(ViolationFilter(shop="店舗3", year=2025))
    expected = sum(1 for i in range(ROWS) if i % 7 == 3
                   and (date(2024, 1, 1) + timedelta(days=i % 900)).year == 2025)
    assert model.rowCount() == expected
    assert {model.record_at(r).shop for r in range(min(expected, 200))} == {"店舗3"}
