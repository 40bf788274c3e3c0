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
    from penaltytracker.ui.paged_log import CACHED_PAGES, PAGE_SIZE

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


def test_an_id_list_arriving_before_the_count_is_kept(qtbot, model, monkeypatch):
    """A small filtered log can deliver its id list before its count and first page:
    the list belongs to the same reload and must still be used for later pages."""
    import threading

    from penaltytracker.ui import violation_log
    from penaltytracker.ui.paged_log import IDS_FROM_PAGE, PAGE_SIZE

    count_may_finish = threading.Event()
    real_count = violation_log.count_violations

    def slow_count(store, flt):
        assert count_may_finish.wait(20), "the id list never arrived"
        return real_count(store, flt)

    by_offset: list[int] = []
    real_page = violation_log.page_violations

    def page_spy(store, flt, offset=0, limit=PAGE_SIZE, **kw):
        by_offset.append(offset)
        return real_page(store, flt, offset=offset, limit=limit, **kw)

    monkeypatch.setattr(violation_log, "count_violations", slow_count)
    monkeypatch.setattr(violation_log, "page_violations", page_spy)
    model.reload()
    far = IDS_FROM_PAGE * PAGE_SIZE + 7
    model.index(far, 0).data()  # a deep page is wanted: the id list is asked for
    qtbot.waitUntil(lambda: model._ids is not None, timeout=20_000)
    with qtbot.waitSignal(model.loaded, timeout=20_000):
        count_may_finish.set()  # only now do the count and first page arrive
    assert model.rowCount() == ROWS
    assert model._ids is not None and len(model._ids) == ROWS

    by_offset.clear()
    deeper = (IDS_FROM_PAGE + 20) * PAGE_SIZE + 3
    qtbot.waitUntil(lambda: model.index(deeper, 6).data() != "…", timeout=20_000)
    assert by_offset == []  # read by id, not by an OFFSET deep into the sorted log
    expected = real_page(model.store, ViolationFilter(), offset=deeper, limit=1)[0]
    assert model.index(deeper, 6).data() == expected.title


def test_a_log_that_is_not_scrolled_never_reads_the_id_list(qtbot, model, monkeypatch):
    from penaltytracker.ui import violation_log
    from penaltytracker.ui.paged_log import IDS_FROM_PAGE, PAGE_SIZE

    asked: list[bool] = []
    real_ids = violation_log.violation_ids
    monkeypatch.setattr(violation_log, "violation_ids", lambda *a, **k: asked.append(True) or real_ids(*a, **k))
    with qtbot.waitSignal(model.loaded, timeout=20_000):
        model.reload()
    near = (IDS_FROM_PAGE - 1) * PAGE_SIZE
    qtbot.waitUntil(lambda: model.index(near, 6).data() != "…", timeout=20_000)
    model.ops.wait_idle()
    assert asked == [] and model._ids is None
    qtbot.waitUntil(lambda: model.index(IDS_FROM_PAGE * PAGE_SIZE, 6).data() != "…", timeout=20_000)
    qtbot.waitUntil(lambda: model._ids is not None, timeout=20_000)
    assert asked == [True]
