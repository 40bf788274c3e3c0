"""Shipments in the SQLite store: the log, re-imports without duplicates, SQL counts = core rules."""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from penaltytracker.core import shipping as core
from penaltytracker.core.shipping import ShipmentRecord
from penaltytracker.store import StoreError, list_shops
from penaltytracker.store.shipments import (
    DuplicateOrder,
    ShipmentFilter,
    add_shipment,
    count_shipments,
    delete_shipment,
    find_shipment,
    get_shipment,
    late_by_cause,
    list_shipments,
    page_shipments,
    shipping_summary,
    update_shipment,
    upsert_shipments,
    weekly_shipping,
)
from penaltytracker.store.violations import NotFound, StaleEdit

AS_OF = date(2026, 10, 28)


def order(n: int, shop: str = "楽天ショップA", promised: date = date(2026, 10, 20), shipped: date | None = None,
          **kw) -> ShipmentRecord:
    return ShipmentRecord(shop=shop, order_id=f"350987-20261015-{n:05d}", promised_ship_date=promised,
                          shipped_on=shipped, **kw)


def audit_rows(db_path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT entity, entity_id, action, changes FROM audit_log ORDER BY id").fetchall()


def test_add_get_update_delete_round_trip_with_audit(store, db_path):
    saved = add_shipment(store, order(1, ordered_on=date(2026, 10, 15), carrier="ヤマト運輸",
                                      cause="out_of_stock", note="入荷待ち"))
    assert get_shipment(store, saved.id) == saved and saved.version == 1
    edited = update_shipment(store, replace(saved, shipped_on=date(2026, 10, 23), customer_contacted=True))
    assert edited.version == 2
    assert get_shipment(store, saved.id).shipped_on == date(2026, 10, 23)
    gone = delete_shipment(store, saved.id)
    assert gone == edited
    with pytest.raises(NotFound):
        get_shipment(store, saved.id)
    rows = audit_rows(db_path)
    assert [(e, a) for e, _i, a, _c in rows] == [("shipment", "create"), ("shipment", "edit"), ("shipment", "delete")]
    assert json.loads(rows[1][3]) == {"shipped_on": [None, "2026-10-23"], "customer_contacted": [False, True]}


def test_the_same_order_cannot_be_added_twice_to_one_shop(store):
    add_shipment(store, order(1))
    with pytest.raises(DuplicateOrder, match="350987-20261015-00001"):
        add_shipment(store, order(1, promised=date(2026, 10, 21)))
    add_shipment(store, order(1, shop="楽天ショップB"))  # another shop's order numbers are its own
    assert count_shipments(store) == 2


def test_a_stale_edit_is_refused(store):
    saved = add_shipment(store, order(1))
    update_shipment(store, replace(saved, carrier="佐川急便"))
    with pytest.raises(StaleEdit):
        update_shipment(store, replace(saved, carrier="日本郵便"))
    assert get_shipment(store, saved.id).carrier == "佐川急便"


def test_ship_date_before_order_date_is_refused(store):
    with pytest.raises(StoreError, match="before the order date"):
        add_shipment(store, order(1, ordered_on=date(2026, 10, 15), shipped=date(2026, 10, 14)))


def test_reimporting_the_same_orders_adds_nothing(store, db_path):
    records = [order(i, shipped=date(2026, 10, 20) if i % 2 else None) for i in range(1, 301)]
    assert upsert_shipments(store, records) == (300, 0)
    assert upsert_shipments(store, records) == (0, 0)
    assert count_shipments(store) == 300
    imports = [r for r in audit_rows(db_path) if r[2] == "import"]
    assert len(imports) == 1 and json.loads(imports[0][3]) == {"added": 300, "updated": 0}


def test_reimport_updates_by_shop_and_order_number(store):
    upsert_shipments(store, [order(1), order(2), order(3, shop="楽天ショップB")])
    before = find_shipment(store, "楽天ショップA", "350987-20261015-00001")
    # A later export: order 1 has shipped, order 4 is new; shop B's order 3 has the same number as nothing here.
    later = [order(1, shipped=date(2026, 10, 22), carrier="日本郵便"), order(2), order(4)]
    assert upsert_shipments(store, later) == (1, 1)
    after = find_shipment(store, "楽天ショップA", "350987-20261015-00001")
    assert after.id == before.id and after.version == before.version + 1
    assert (after.shipped_on, after.carrier) == (date(2026, 10, 22), "日本郵便")
    assert count_shipments(store, ShipmentFilter(shop="楽天ショップA")) == 3
    assert count_shipments(store, ShipmentFilter(shop="楽天ショップB")) == 1


def test_blank_values_in_a_file_keep_what_the_operator_recorded(store):
    saved = add_shipment(store, order(1, shipped=date(2026, 10, 22), cause="carrier", customer_contacted=True,
                                      note="お詫び済み", carrier="佐川急便"))
    assert upsert_shipments(store, [order(1)]) == (0, 0)  # an order list without those columns
    assert get_shipment(store, saved.id) == saved


def test_import_creates_unknown_shops(store):
    upsert_shipments(store, [order(1, shop="新しい店")])
    assert list_shops(store) == ["新しい店"]


def test_a_bad_record_leaves_the_store_untouched(store):
    upsert_shipments(store, [order(1)])
    with pytest.raises(StoreError, match="order number"):
        upsert_shipments(store, [order(2), replace(order(3), order_id="  ")])
    assert count_shipments(store) == 1 and list_shops(store) == ["楽天ショップA"]


def test_filters_sorting_and_paging(store):
    records = [
        order(1, promised=date(2026, 10, 1), shipped=date(2026, 10, 3), cause="carrier", carrier="ヤマト運輸"),
        order(2, promised=date(2026, 10, 2), shipped=date(2026, 10, 2), carrier="佐川急便"),
        order(3, promised=date(2026, 10, 27), cause="out_of_stock", note="メーカー欠品"),
        order(4, promised=AS_OF),  # due today, not late yet
        order(5, shop="楽天ショップB", promised=date(2026, 10, 1)),
    ]
    upsert_shipments(store, records)
    a = "楽天ショップA"
    assert count_shipments(store) == 5
    assert count_shipments(store, ShipmentFilter(shop=a)) == 4
    late = page_shipments(store, ShipmentFilter(shop=a, late_only=True, as_of=AS_OF), sort="promised_ship_date",
                          descending=False)
    assert [r.order_id[-1] for r in late] == ["1", "3"]
    assert count_shipments(store, ShipmentFilter(shop=a, cause="out_of_stock")) == 1
    assert count_shipments(store, ShipmentFilter(shop=a, cause="")) == 2
    assert [r.order_id[-1] for r in page_shipments(store, ShipmentFilter(text="欠品"))] == ["3"]
    assert [r.order_id[-1] for r in page_shipments(store, ShipmentFilter(text="佐川"))] == ["2"]
    newest_first = page_shipments(store, ShipmentFilter(shop=a), offset=1, limit=2)
    assert [r.order_id[-1] for r in newest_first] == ["3", "2"]
    with pytest.raises(ValueError):
        page_shipments(store, sort="days_late; DROP TABLE shipments")
    assert [r.order_id[-1] for r in list_shipments(store, a, late_only=True, as_of=AS_OF)] == ["1", "3"]
    with pytest.raises(NotFound):
        list_shipments(store, "ない店")


def test_sql_counts_agree_with_the_core_rules(store, rules):
    """Random orders around the window's edges: the database's counts = core.shipping's."""
    rnd = random.Random(20261028)
    causes = ["", "out_of_stock", "carrier", "weather"]
    records = []
    for i in range(600):
        promised = AS_OF - timedelta(days=rnd.randint(-5, 70))
        shipped = None if rnd.random() < 0.2 else promised + timedelta(days=rnd.choice([-1, 0, 0, 0, 1, 3, 9]))
        records.append(order(i, promised=promised, shipped=shipped, cause=rnd.choice(causes)))
    upsert_shipments(store, records)
    few = replace(rules, shipping=replace(rules.shipping, minimum_shipments=1))
    for as_of in (AS_OF, AS_OF - timedelta(days=9), AS_OF + timedelta(days=3)):
        assert shipping_summary(store, few, "楽天ショップA", as_of) == core.shipping_summary(records, few, as_of)
        assert weekly_shipping(store, "楽天ショップA", as_of) == core.weekly_series(records, as_of)
        since = as_of - timedelta(days=27)
        assert late_by_cause(store, "楽天ショップA", as_of, since) == core.cause_breakdown(records, as_of, since)
        assert late_by_cause(store, "楽天ショップA", as_of) == core.cause_breakdown(records, as_of)
    flt = ShipmentFilter(shop="楽天ショップA", late_only=True, as_of=AS_OF)
    assert count_shipments(store, flt) == sum(core.is_late(r, AS_OF) for r in records)


def test_summary_for_a_shop_with_no_shipments_and_an_unknown_shop(store, rules):
    upsert_shipments(store, [order(1, shop="楽天ショップB")])
    from penaltytracker.store import add_shop

    add_shop(store, "空の店")
    empty = shipping_summary(store, rules, "空の店", AS_OF)
    assert (empty.shipments, empty.late, empty.on_time_rate, empty.meets_target) == (0, 0, None, False)
    assert not empty.eligible
    with pytest.raises(NotFound):
        shipping_summary(store, rules, "ない店", AS_OF)
