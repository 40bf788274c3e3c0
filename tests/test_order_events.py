"""Suspicious orders: the pattern rule at its boundaries, the evidence text line by line, the
import of Amazon-like reports (CP932 and UTF-8), erasing a buyer, the migration."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest

from penaltytracker.core.order_events import OrderEvent, PatternRule, find_patterns, load_order_catalogue
from penaltytracker.reports.csv_io import CsvImportError
from penaltytracker.reports.evidence import evidence_text, number_mark, summary_sentence
from penaltytracker.reports.order_events_csv import parse_datetime, read_order_events, write_order_events
from penaltytracker.store import open_store
from penaltytracker.store.engine import StoreError, current_revision, head_revision, upgrade
from penaltytracker.store.order_events import (
    ReportRecord, add_event, add_report, erase_buyer, import_events, list_events, list_reports, shop_patterns,
)
from penaltytracker.store.schema import AuditEntry

RULE = PatternRule(min_events=3, window_days=7, recent_days=30)


@pytest.fixture(scope="module")
def cat():
    return load_order_catalogue()


def ev(day: int, order: str, *, hour=10, buyer="", item="マグカップ", asin="B0MUG00001", payment="cod",
       event="cancel", shop="A", **kw) -> OrderEvent:
    return OrderEvent(shop=shop, order_id=order, occurred_at=datetime(2026, 2, day, hour, 0), event=event,
                      buyer=buyer, item=item, asin=asin, payment=payment, **kw)


# --- the rule at its boundaries ---------------------------------------------------------------

def test_the_rule_comes_from_the_data_file(cat):
    assert (cat.rule.min_events, cat.rule.window_days) == (3, 7)
    assert cat.numbering == "circled" and cat.lang == "ja"


def test_two_events_are_not_a_pattern_three_are():
    two = [ev(1, "o1"), ev(2, "o2")]
    assert find_patterns(two, RULE) == []
    three = two + [ev(3, "o3")]
    [p] = find_patterns(three, RULE)
    assert (p.kind, p.key, p.payment, p.count, p.orders) == ("item", "B0MUG00001", "cod", 3, ["o1", "o2", "o3"])


def test_within_seven_days_is_a_pattern_eight_days_is_not():
    # D and D+6 are 7 days (D..D+6): flagged. D and D+7 are 8 days: not.
    seven = [ev(1, "o1", hour=0), ev(4, "o2"), ev(7, "o3", hour=23)]
    [p] = find_patterns(seven, RULE)
    assert p.days == 7 and (p.first, p.last) == (datetime(2026, 2, 1, 0, 0), datetime(2026, 2, 7, 23, 0))
    eight = [ev(1, "o1", hour=23), ev(4, "o2"), ev(8, "o3", hour=0)]
    assert find_patterns(eight, RULE) == []


def test_same_item_needs_the_same_payment_same_buyer_any_item():
    mixed = [ev(1, "o1", payment="cod"), ev(2, "o2", payment="card"), ev(3, "o3", payment="cod")]
    assert find_patterns(mixed, RULE) == []
    buyer = [ev(1, "o1", buyer="usagi77", asin="B01", item="a"), ev(2, "o2", buyer="usagi77", asin="B02", item="b"),
             ev(3, "o3", buyer="usagi77", asin="B03", item="c", payment="card")]
    [p] = find_patterns(buyer, RULE)
    assert (p.kind, p.key, p.payment) == ("buyer", "usagi77", "")
    assert p.to_json()["payment"] is None and p.to_json()["orders"] == ["o1", "o2", "o3"]


def test_the_as_of_date_and_separate_bursts():
    events = [ev(1, "a1"), ev(2, "a2"), ev(3, "a3"), ev(20, "b1"), ev(21, "b2"), ev(22, "b3"), ev(23, "b4")]
    found = find_patterns(events, RULE)
    assert [p.orders for p in found] == [["b1", "b2", "b3", "b4"], ["a1", "a2", "a3"]]  # latest first
    assert [p.orders for p in find_patterns(events, RULE, as_of=date(2026, 2, 21))] == [["a1", "a2", "a3"]]
    # A burst that keeps going is one pattern.
    chain = [ev(d, f"c{d}") for d in (1, 4, 7, 10, 13)]
    [p] = find_patterns(chain, RULE)
    assert p.count == 5 and p.days == 13


def test_no_key_no_pattern():
    blank = [ev(d, f"o{d}", item="", asin="") for d in (1, 2, 3)]
    assert find_patterns(blank, RULE) == []


# --- the evidence text, checked line by line ------------------------------------------------------

def test_evidence_text_of_a_hand_made_example(cat):
    events = [
        ev(12, "503-1111111-0000003", hour=21, item="うさぎのマグカップ", asin="B0MUG00001", subtotal=1980,
           status="Cancelled", cancelled_by="buyer"),
        OrderEvent(shop="うさぎ雑貨店", order_id="503-1111111-0000001", occurred_at=datetime(2026, 2, 10, 9, 5),
                   event="cancel", item="うさぎのマグカップ", asin="B0MUG00001", sku="MUG-01", payment="cod",
                   subtotal=1980),
        OrderEvent(shop="うさぎ雑貨店", order_id="503-1111111-0000002", occurred_at=datetime(2026, 2, 11, 13, 40),
                   event="cancel", item="うさぎのマグカップ", asin="B0MUG00001", sku="MUG-01", payment="cod",
                   shipping_cost=1200, days_tied_up=12),
    ]
    text = evidence_text(events, cat, kind="item", key="B0MUG00001", shop="うさぎ雑貨店")
    assert text.splitlines() == [
        "同一商品が3日間に3回注文・キャンセルされました（代金引換）。",
        "店舗：うさぎ雑貨店",
        "期間：2026-02-10 09:05 〜 2026-02-12 21:00（JST）",
        "",
        "① 2026-02-10 09:05（JST）",
        "　注文番号：503-1111111-0000001",
        "　支払い方法：代金引換",
        "　商品名：うさぎのマグカップ",
        "　ASIN：B0MUG00001／SKU：MUG-01",
        "　小計：¥1,980",
        "　ステータス：キャンセル",
        "",
        "② 2026-02-11 13:40（JST）",
        "　注文番号：503-1111111-0000002",
        "　支払い方法：代金引換",
        "　商品名：うさぎのマグカップ",
        "　ASIN：B0MUG00001／SKU：MUG-01",
        "　小計：不明",
        "　ステータス：キャンセル",
        "",
        "③ 2026-02-12 21:00（JST）",
        "　注文番号：503-1111111-0000003",
        "　支払い方法：代金引換",
        "　商品名：うさぎのマグカップ",
        "　ASIN：B0MUG00001／SKU：—",
        "　小計：¥1,980",
        "　ステータス：キャンセル（Cancelled・購入者による）",
        "",
        "出品者の負担：往復送料 ¥1,200、在庫の拘束 延べ12日",
    ]
    dotted = evidence_text(events, cat, kind="item", shop="", numbering="dotted", lang="en").splitlines()
    assert dotted[0] == "The same item was ordered 3 times in 3 days and cancelled each time (cash on delivery)."
    assert dotted[3] == "1. 2026-02-10 09:05 JST" and dotted[11] == "2. 2026-02-11 13:40 JST"


def test_summary_sentences_for_a_buyer_and_for_mixed_events(cat):
    events = [ev(1, "o1", buyer="usagi77", event="receive_refused"), ev(2, "o2", buyer="usagi77", payment="cod",
                                                                        event="receive_refused"),
              ev(5, "o3", buyer="usagi77", payment="convenience_pickup", event="receive_refused")]
    assert summary_sentence(events, cat, "buyer", "usagi77") == \
        "同一の購入者（usagi77）により5日間に3回注文され、受け取りを拒否されました（代金引換・コンビニ決済・受取）。"
    cancels = [ev(1, "o1"), ev(1, "o2", hour=11), ev(2, "o3", event="pending_cancel", payment="")]
    assert summary_sentence(cancels, cat, "item") == "同一商品が2日間に3回注文・キャンセルされました（代金引換）。"
    mixed = [ev(1, "o1"), ev(1, "o2", hour=11), ev(2, "o3", event="receive_refused", payment="")]
    assert summary_sentence(mixed, cat, "item") == \
        "同一商品が2日間に3回注文され、キャンセル2回・受け取り拒否1回がありました（代金引換）。"
    assert summary_sentence(mixed, cat, "item", lang="en") == \
        "The same item was ordered 3 times in 2 days and then cancelled ×2, refused on delivery ×1 (cash on delivery)."


def test_numbering_marks():
    assert [number_mark(n) for n in (1, 2, 20, 21, 35, 36, 50, 51)] == ["①", "②", "⑳", "㉑", "㉟", "㊱", "㊿", "51."]
    assert number_mark(3, "dotted") == "3."


# --- importing Amazon-like reports ------------------------------------------------------------------

ORDERS_REPORT = (
    "amazon-order-id,merchant-order-id,purchase-date,last-updated-date,order-status,fulfillment-channel,"
    "sales-channel,product-name,sku,asin,item-status,quantity,currency,item-price,payment-method\r\n"
    "503-0000001-0000001,,2026-02-10T00:05:00+00:00,2026-02-10T02:00:00+00:00,Cancelled,Merchant,Amazon.co.jp,"
    "うさぎのマグカップ,MUG-01,B0MUG00001,Cancelled,1,JPY,1980.00,COD\r\n"
    "503-0000001-0000002,,2026-02-11T04:40:00+00:00,2026-02-11T05:00:00+00:00,Cancelled,Merchant,Amazon.co.jp,"
    "うさぎのマグカップ,MUG-01,B0MUG00001,Cancelled,1,JPY,1980.00,COD\r\n"
    "503-0000001-0000009,,2026-02-11T05:40:00+00:00,2026-02-11T06:00:00+00:00,Shipped,Merchant,Amazon.co.jp,"
    "木製コースター,CST-02,B0CST00002,Shipped,1,JPY,880.00,Other\r\n"
    "503-0000001-0000003,,2026-02-12T12:00:00+00:00,2026-02-12T13:00:00+00:00,Cancelled,Merchant,Amazon.co.jp,"
    "うさぎのマグカップ,MUG-01,B0MUG00001,Cancelled,1,JPY,\"1,980\",COD\r\n"
)

RETURNS_REPORT = (
    "Order ID\tOrder date\tReturn request date\tReturn request status\tAmazon RMA ID\tASIN\tMerchant SKU\t"
    "Item Name\tReturn quantity\tReturn Reason\tOrder Amount\n"
    "250-0000002-0000001\t2026/02/01\t2026/02/08 10:00\tApproved\tD1\tB0TOT00003\tTOTE-3\tミニトートバッグ\t1\t"
    "UNDELIVERABLE_REFUSED\t2480\n"
    "250-0000002-0000002\t2026/02/02\t2026/02/09 11:30\tApproved\tD2\tB0TOT00003\tTOTE-3\tミニトートバッグ\t1\t"
    "CR-DEFECTIVE\t2480\n"
)


@pytest.mark.parametrize("encoding", ["cp932", "utf-8", "utf-8-sig"])
def test_an_amazon_orders_report_imports_in_cp932_and_utf8(tmp_path, cat, db_path, encoding):
    path = tmp_path / f"orders-{encoding}.csv"
    path.write_bytes(ORDERS_REPORT.encode(encoding))
    events = read_order_events(path, cat, shop="うさぎ雑貨店")
    assert [e.order_id for e in events] == ["503-0000001-0000001", "503-0000001-0000002", "503-0000001-0000003"]
    first = events[0]
    # 00:05 UTC is 09:05 in Japan; the shipped order is not an event.
    assert first.occurred_at == datetime(2026, 2, 10, 9, 5)
    assert (first.event, first.payment, first.item, first.sku, first.asin, first.subtotal, first.status) == (
        "cancel", "cod", "うさぎのマグカップ", "MUG-01", "B0MUG00001", 1980, "Cancelled")
    assert first.buyer == ""  # nothing about the buyer is read unless the operator names a column
    assert events[2].subtotal == 1980
    s = open_store(db_path)
    try:
        assert import_events(s, events, cat) == 3
        assert import_events(s, read_order_events(path, cat, shop="うさぎ雑貨店"), cat) == 0  # the same file twice
        assert len(list_events(s, "うさぎ雑貨店")) == 3
        [p] = shop_patterns(s, "うさぎ雑貨店", date(2026, 2, 28), cat)
        assert (p.kind, p.key, p.count) == ("item", "B0MUG00001", 3)
    finally:
        s.close()


def test_an_amazon_returns_report_tab_separated_in_cp932(tmp_path, cat):
    path = tmp_path / "returns.txt"
    path.write_bytes(RETURNS_REPORT.encode("cp932"))
    refused, returned = read_order_events(path, cat, shop="A")
    assert (refused.event, refused.occurred_at, refused.subtotal) == ("receive_refused", datetime(2026, 2, 8, 10, 0),
                                                                      2480)
    assert (returned.event, returned.sku, returned.asin, returned.reason) == ("return_abuse", "TOTE-3", "B0TOT00003",
                                                                              "CR-DEFECTIVE")


def test_mapping_a_buyer_column_and_bad_rows_named(tmp_path, cat):
    path = tmp_path / "mine.csv"
    path.write_text("注文番号,日時,イベント,購入者,商品名,支払い方法,小計\n"
                    "X1,2026/2/10 9:00,キャンセル,usagi77,マグ,代引き,1980\n"
                    "X2,2026/2/31,キャンセル,usagi77,マグ,代引き,1980\n"
                    "X3,2026/2/11 9:00,ひみつ,usagi77,マグ,現金書留,abc\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as info:
        read_order_events(path, cat, shop="A")
    where = {(p.line, p.field) for p in info.value.problems}
    assert where == {(3, "occurred_at"), (4, "event"), (4, "payment"), (4, "subtotal")}
    path.write_text("注文番号,いつ,誰\nX1,2026-02-10 09:00,usagi77\n", encoding="utf-8")
    [e] = read_order_events(path, cat, shop="A", mapping={"occurred_at": "いつ", "buyer": "誰"}, default_event="cancel")
    assert (e.buyer, e.event, e.occurred_at) == ("usagi77", "cancel", datetime(2026, 2, 10, 9, 0))


def test_export_reads_back(tmp_path, cat):
    events = [ev(1, "o1", buyer="b", subtotal=100, shipping_cost=1200, days_tied_up=12, note="=1+1")]
    path = tmp_path / "out.csv"
    write_order_events(path, events)
    [back] = read_order_events(path, cat)
    assert back == events[0]


def test_parse_datetime_forms():
    assert parse_datetime("2026-02-10") == datetime(2026, 2, 10, 0, 0)
    assert parse_datetime("2026/2/10 9:05") == datetime(2026, 2, 10, 9, 5)
    assert parse_datetime("2026-02-09T15:30:00Z") == datetime(2026, 2, 10, 0, 30)
    assert parse_datetime("2026-02-10T09:05:59+09:00") == datetime(2026, 2, 10, 9, 5)
    assert parse_datetime("2026-02-10 09:05 JST") == datetime(2026, 2, 10, 9, 5)
    for bad in ("2026-02-30", "2026-02-10 25:00", "yesterday"):
        with pytest.raises(ValueError):
            parse_datetime(bad)


# --- erasing a buyer ------------------------------------------------------------------------------------

def test_erasing_a_buyer_replaces_the_handle_everywhere(store_target, cat):
    s = open_store(store_target)
    try:
        for day, order in ((1, "o1"), (2, "o2"), (3, "o3")):
            add_event(s, ev(day, order, buyer="usagi77"), cat)
        add_event(s, ev(3, "o4", buyer="kuma"), cat)
        text = evidence_text(list_events(s, "A")[:3], cat, kind="buyer", key="usagi77", shop="A")
        add_report(s, ReportRecord(shop="A", made_on=date(2026, 2, 4), channel="フォーム", case_number="C-1",
                                   kind="buyer", subject="usagi77", orders=("o1", "o2", "o3"), text=text,
                                   reply="usagi77 の件は確認します"))
        token, events, reports = erase_buyer(s, "A", "usagi77")
        assert (events, reports) == (3, 1) and token.startswith("匿名-") and "usagi77" not in token
        buyers = [e.buyer for e in list_events(s, "A")]
        assert buyers == [token, token, token, "kuma"]
        [report] = list_reports(s, "A")
        assert "usagi77" not in report.subject + report.text + report.reply and token in report.text
        with s.session() as session:
            from sqlalchemy import select

            entries = list(session.scalars(select(AuditEntry)))
        assert not any("usagi77" in e.changes for e in entries)
        erase = [e for e in entries if e.entity == "order_buyer"]
        assert len(erase) == 1 and json.loads(erase[0].changes)["buyer"] == ["(erased)", token]
        # Patterns still work on the token: the history stays evidence, the person does not.
        assert [p.key for p in shop_patterns(s, "A", date(2026, 2, 28), cat) if p.kind == "buyer"] == [token]
        with pytest.raises(StoreError) as info:
            erase_buyer(s, "A", "usagi77")
        assert info.value.code == "order.buyer_not_found"
    finally:
        s.close()


def test_a_duplicate_event_is_refused_by_code(store, cat):
    add_event(store, ev(1, "o1"), cat)
    with pytest.raises(StoreError) as info:
        add_event(store, ev(1, "o1"), cat)
    assert info.value.code == "order.duplicate_event"
    with pytest.raises(StoreError) as info:
        add_event(store, ev(1, "o2", payment="bitcoin"), cat)
    assert info.value.code == "order.unknown_payment"


# --- migration: a store at 0004 with data is carried forward ------------------------------------------------

def test_a_store_at_0004_with_data_is_carried_forward(db_path, cat):
    old = open_store(db_path, migrate=False)
    upgrade(old, "0004")
    with old.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO shops (id, name, created_at) VALUES (1, '旧店舗', '2025-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO violations (shop_id, points_date, occurred_on, category, points, title, details, reference,"
            " status, corrective_action, created_at, updated_at, version) VALUES"
            " (1, '2026-02-01', NULL, 'other', 20, '古い記録', '', '', 'active', '', '2026-02-01', '2026-02-01', 1)")
    old.close()
    s = open_store(db_path)
    try:
        assert current_revision(s) == head_revision()
        tables = {r[0] for r in sqlite3.connect(db_path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"incidents", "incident_steps", "incident_contacts", "incident_links", "order_events",
                "abuse_reports"} <= tables
        from penaltytracker.core.incidents import IncidentRecord
        from penaltytracker.store import list_violations
        from penaltytracker.store.incidents import add_incident, link

        assert [v.title for v in list_violations(s, "旧店舗")] == ["古い記録"]
        r = add_incident(s, IncidentRecord(shop="旧店舗", opened_at=datetime(2026, 2, 1, 9, 0), category="other"))
        assert link(s, r.id, "violation", 1).links[0].target_id == 1
        add_event(s, ev(1, "o1", shop="旧店舗"), cat)
    finally:
        s.close()


# --- the command line ----------------------------------------------------------------------------------------

def test_cli_event_patterns_evidence_and_erase(cli, tmp_path):
    for day in ("11", "12", "13"):
        code, out, err = cli("order", "event", "add", "--shop", "A", "--order", f"250-{day}", "--on",
                             f"2026-02-{day}T10:00", "--event", "cancel", "--payment", "代引き", "--item", "マグ",
                             "--sku", "MUG-01", "--subtotal", "1980", "--buyer", "usagi77")
        assert code == 0, err
    code, out, err = cli("order", "patterns", "--shop", "A", "--as-of", "2026-02-20", "--json")
    assert code == 0, err
    found = json.loads(out)
    assert {(p["kind"], p["key"], p["count"]) for p in found} == {("item", "MUG-01", 3), ("buyer", "usagi77", 3)}
    item = next(p for p in found if p["kind"] == "item")
    assert item["first"] == "2026-02-11T10:00" and item["last"] == "2026-02-13T10:00"
    assert item["orders"] == ["250-11", "250-12", "250-13"]
    code, out, _ = cli("order", "patterns", "--shop", "A", "--as-of", "2026-02-12", "--json")
    assert json.loads(out) == []  # two events by then
    target = tmp_path / "evidence.txt"
    code, out, err = cli("order", "evidence", "--shop", "A", "--item", "MUG-01", "--out", str(target))
    assert code == 0, err
    text = target.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "同一商品が3日間に3回注文・キャンセルされました（代金引換）。"
    for n, mark in enumerate("①②③"):
        assert any(line.startswith(f"{mark} 2026-02-1{n + 1} 10:00") for line in lines)
        assert f"　注文番号：250-1{n + 1}" in lines
    code, out, err = cli("order", "buyer", "erase", "--shop", "A", "--buyer", "usagi77")
    assert code == 0, err
    code, out, _ = cli("order", "event", "list", "--shop", "A", "--json")
    assert all(e["buyer"].startswith("匿名-") for e in json.loads(out))
    code, _out, err = cli("order", "evidence", "--shop", "A", "--buyer", "nobody")
    assert code == 2


def test_cli_import_twice_adds_nothing(cli, tmp_path):
    path = tmp_path / "amazon.csv"
    path.write_bytes(ORDERS_REPORT.encode("cp932"))
    code, out, err = cli("import", "order-events", str(path), "--shop", "うさぎ雑貨店")
    assert code == 0, err
    assert "3件を追加" in out
    code, out, err = cli("import", "order-events", str(path), "--shop", "うさぎ雑貨店")
    assert code == 0 and "0件を追加" in out, out + err
    code, out, err = cli("import", "order-events", str(path))
    assert code == 2 and "--shop" in err
    exported = tmp_path / "events.csv"
    assert cli("export", "order-events", str(exported))[0] == 0
    assert exported.read_text(encoding="utf-8-sig").count("\n") == 4
