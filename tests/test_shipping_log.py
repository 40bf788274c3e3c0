"""The delay log reads deep pages by id, in exactly the order of its OFFSET pages."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

pytest.importorskip("pytestqt")

from penaltytracker.core.shipping import ShipmentRecord  # noqa: E402
from penaltytracker.store.shipments import (  # noqa: E402
    SORTABLE, ShipmentFilter, page_shipments, shipment_ids, shipments_by_ids, upsert_shipments,
)

AS_OF = date(2026, 10, 28)
ROWS = 3_000


@pytest.fixture
def shipments(store):
    rng = random.Random(7)
    carriers = ["ヤマト運輸", "佐川急便", "日本郵便", ""]
    records = []
    for i in range(ROWS):
        promised = AS_OF - timedelta(days=rng.randrange(60))
        shipped = None if i % 50 == 0 else promised + timedelta(days=rng.choice((0, 0, 0, 1, 3)))
        records.append(ShipmentRecord(shop=f"店舗{i % 3}", order_id=f"{i % 3:06d}-{i:07d}", promised_ship_date=promised,
                                      shipped_on=shipped, carrier=rng.choice(carriers),
                                      cause="out_of_stock" if i % 7 == 0 else "", customer_contacted=i % 2 == 0))
    upsert_shipments(store, records)
    return store


@pytest.mark.parametrize("sort", SORTABLE)
@pytest.mark.parametrize("descending", [True, False])
def test_the_id_list_has_the_order_of_the_pages(shipments, sort, descending):
    flt = ShipmentFilter(as_of=AS_OF)
    ids = shipment_ids(shipments, flt, sort, descending)
    by_offset = [r.id for r in page_shipments(shipments, flt, 0, ROWS + 10, sort, descending)]
    assert list(ids) == by_offset and len(ids) == ROWS


@pytest.mark.parametrize("flt", [ShipmentFilter(shop="店舗1", as_of=AS_OF), ShipmentFilter(late_only=True, as_of=AS_OF),
                                 ShipmentFilter(cause="out_of_stock", as_of=AS_OF),
                                 ShipmentFilter(text="佐川", as_of=AS_OF)])
def test_the_id_list_is_filtered_like_the_pages(shipments, flt):
    ids = shipment_ids(shipments, flt, "order_id", False)
    assert list(ids) == [r.id for r in page_shipments(shipments, flt, 0, ROWS, "order_id", False)]
    assert 0 < len(ids) < ROWS


def test_shipments_by_ids_keep_the_order_given_and_skip_unknown_ids(shipments):
    page = page_shipments(shipments, ShipmentFilter(as_of=AS_OF), 100, 5, "carrier", True)
    wanted = [r.id for r in reversed(page)]
    got = shipments_by_ids(shipments, [*wanted[:2], 999_999, *wanted[2:]])
    assert got == list(reversed(page))
    assert shipments_by_ids(shipments, []) == []


def test_the_delay_log_reads_deep_pages_by_id(qtbot, shipments, rules, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from penaltytracker.ui import shipping_page
    from penaltytracker.ui.ops import Ops
    from penaltytracker.ui.paged_log import IDS_FROM_PAGE, PAGE_SIZE

    offsets: list[int] = []
    real_page = shipping_page.page_shipments
    monkeypatch.setattr(shipping_page, "page_shipments",
                        lambda store, flt, offset, *a: offsets.append(offset) or real_page(store, flt, offset, *a))
    host = QWidget()
    qtbot.addWidget(host)
    ops = Ops(host)
    model = shipping_page.ShipmentTableModel(ops, rules, "ja", host)
    model.as_of = AS_OF
    model.filter = ShipmentFilter(as_of=AS_OF)
    with qtbot.waitSignal(model.loaded, timeout=20_000):
        model.set_store(shipments)
    assert model.rowCount() == ROWS and offsets == [0]

    deep = (IDS_FROM_PAGE + 3) * PAGE_SIZE + 11
    assert model.index(deep, 0).data() == "…"  # not read yet: a placeholder, no waiting
    qtbot.waitUntil(lambda: model.record_at(deep) is not None, timeout=20_000)
    qtbot.waitUntil(lambda: model._ids is not None, timeout=20_000)
    offsets.clear()
    deeper = (IDS_FROM_PAGE + 8) * PAGE_SIZE + 5
    qtbot.waitUntil(lambda: model.index(deeper, 0).data() != "…", timeout=20_000)
    assert offsets == []  # read by id, not by an OFFSET deep into the sorted log
    expected = real_page(shipments, model.filter, deeper, 1, "promised_ship_date", True)[0]
    assert model.record_at(deeper) == expected
    ops.wait_idle()
