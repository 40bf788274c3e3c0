"""Order status and delivery dates through the real files, store and command line (issue 13),
strict order-CSV headers (issue 15) and the Japanese shipments export (issue 14)."""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from penaltytracker.core import shipping as core
from penaltytracker.core.shipping import ShipmentRecord
from penaltytracker.reports.csv_io import CsvImportError
from penaltytracker.reports.shipments_csv import parse_mapping, read_shipments, write_shipments
from penaltytracker.store.shipments import (
    ShipmentFilter,
    count_shipments,
    late_by_cause,
    list_shipments,
    set_cancelled,
    shipping_summary,
    upsert_shipments,
    weekly_shipping,
)

SHOP = "楽天ショップA"
# What an RMS order export looks like: no shop column, 注文ステータス, slash dates with a time,
# columns the app does not read (商品名), one row per item, and cancelled orders with no 出荷日.
RMS_ROWS = [
    "注文番号,注文ステータス,注文日時,出荷予定日,発送日,お届け日,配送会社,商品名",
    "350987-20261001-00001,発送済,2026/10/01 09:15:02,2026/10/02,2026/10/02 16:40:00,2026/10/04 11:00,ヤマト運輸,タオル",
    "350987-20261001-00002,キャンセル確定,2026/10/01 10:00:00,2026/10/02,,,日本郵便,マグカップ",
    "350987-20261001-00003,キャンセル,2026/10/01 11:30:00,,,,,皿",
    "350987-20261002-00004,発送済,2026/10/02 08:00:00,2026/10/03,2026/10/05 09:00:00,2026/10/09 18:30,佐川急便,箸",
    "350987-20261002-00004,発送済,2026/10/02 08:00:00,2026/10/03,2026/10/05 09:00:00,2026/10/09 18:30,佐川急便,箸置き",
    "350987-20261003-00005,発送待ち,2026/10/03 20:00:00,2026/10/06,,,ヤマト運輸,湯呑",
]


def rms_file(tmp_path, rows=RMS_ROWS, name="rms.csv"):
    path = tmp_path / name
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))
    return path


def test_cancelled_rows_of_a_cp932_rms_export(tmp_path, rules):
    records = {r.order_id[-5:]: r for r in read_shipments(rms_file(tmp_path), rules, shop=SHOP)}
    assert [k for k, r in records.items() if r.cancelled] == ["00002", "00003"]
    # A cancelled order with no 出荷予定日 is filed under its order date.
    assert records["00003"].promised_ship_date == date(2026, 10, 1) and records["00003"].shipped_on is None
    assert records["00001"].delivered_on == date(2026, 10, 4) and records["00004"].delivered_on == date(2026, 10, 9)
    summary = core.shipping_summary(records.values(), rules, date(2026, 10, 10))
    assert (summary.shipments, summary.late, summary.cancelled) == (3, 2, 2)
    assert (summary.delivered, summary.within_days) == (2, 1)  # 00001: 3 days; 00004: 7 days


def test_cli_import_status_list_and_cancel_by_hand(cli, tmp_path):
    code, out, err = cli("import", "shipments", str(rms_file(tmp_path)), "--shop", SHOP)
    assert code == 0, err
    assert "出荷 4 件を追加" not in out and "出荷 5 件を追加" in out
    assert "うちキャンセル済みの注文：2件" in out and "読まなかった列：商品名" in out
    code, out, err = cli("status", "--shop", SHOP, "--as-of", "2026-10-10", "--json")
    assert code == 0, err
    shipping = json.loads(out)["shipping"]
    assert (shipping["shipments"], shipping["late"], shipping["cancelled"]) == (3, 2, 2)
    assert shipping["within_6_days_rate"] == 0.5 and shipping["within_6_days_target"] == 0.8
    assert (shipping["period"], shipping["eligible"], shipping["meets_target"]) == ("month", False, False)
    code, out, err = cli("shipment", "list", "--shop", SHOP, "--as-of", "2026-10-10")
    lines = {line.split("\t")[1][-5:]: line.split("\t") for line in out.splitlines()}
    assert lines["00002"][4] == "キャンセル" and lines["00004"][4] == "2日遅れ"
    code, out, err = cli("shipment", "list", "--shop", SHOP, "--late", "--as-of", "2026-10-10", "--json")
    assert sorted(r["order_id"][-5:] for r in json.loads(out)) == ["00004", "00005"]
    # Cancel the unshipped 00005 by hand: no longer late, counted as cancelled.
    code, out, err = cli("shipment", "cancel", "--shop", SHOP, "--order", "350987-20261003-00005")
    assert code == 0, err
    assert "キャンセル済みにしました" in out
    code, out, err = cli("status", "--shop", SHOP, "--as-of", "2026-10-10", "--json")
    shipping = json.loads(out)["shipping"]
    assert (shipping["shipments"], shipping["late"], shipping["cancelled"]) == (2, 1, 3)
    # Importing the file again changes nothing (and a 発送待ち row does not undo a cancellation).
    code, out, err = cli("import", "shipments", str(rms_file(tmp_path)), "--shop", SHOP)
    assert "出荷 0 件を追加、0 件を更新" in out
    code, out, err = cli("shipment", "list", "--shop", SHOP, "--json")
    by_order = {r["order_id"][-5:]: r for r in json.loads(out)}
    assert by_order["00005"]["cancelled"] is True
    code, out, err = cli("--lang", "en", "shipment", "cancel", str(by_order["00005"]["id"]), "--undo")
    assert code == 0 and "no longer marked cancelled" in out
    code, out, err = cli("shipment", "cancel")
    assert code == 2 and "--shop と --order" in err
    code, out, err = cli("shipment", "cancel", "--shop", SHOP, "--order", "nope")
    assert code == 2 and "注文 nope の記録はありません" in err


def test_a_ship_date_after_today_is_refused(cli, tmp_path):
    code, out, err = cli("shipment", "add", "--shop", "A", "--order", "1", "--promised", "2026-10-01",
                         "--shipped", "2099-01-01")
    assert code == 2 and "出荷日 2099-01-01 は今日" in err
    code, out, err = cli("--lang", "en", "shipment", "add", "--shop", "A", "--order", "1", "--promised",
                         "2026-10-01", "--shipped", "2026-10-02", "--delivered", "2026-10-01")
    assert code == 2 and "the delivery date 2026-10-01 is before the ship date 2026-10-02" in err
    path = tmp_path / "future.csv"
    path.write_text("受注番号,出荷予定日,出荷日\n1,2026-10-01,2099-01-01\n", encoding="utf-8")
    code, out, err = cli("--lang", "en", "import", "shipments", str(path), "--shop", "A")
    assert code == 2 and "line 2, 出荷日: order 1: the ship date 2099-01-01 is after today" in err


def test_an_unknown_status_is_refused_naming_the_known_ones(tmp_path, rules):
    path = tmp_path / "s.csv"
    path.write_text("受注番号,出荷予定日,ステータス\n1,2026-10-01,発送済\n2,2026-10-01,消えた\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as err:
        read_shipments(path, rules, shop="A")
    assert [(p.line, p.field) for p in err.value.problems] == [(3, "status")]
    assert "unknown order status '消えた'" in str(err.value) and "キャンセル確定" in str(err.value)


# --- headers (issue 15) -------------------------------------------------------------------------

def test_a_misspelt_header_is_an_error_naming_the_nearest_known_one(tmp_path, rules):
    path = tmp_path / "typo.csv"
    path.write_text("order_id,promised_ship_date,shiped_on,商品名\n1,2026-10-01,2026-10-02,皿\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as err:
        read_shipments(path, rules, shop="A")
    assert [(p.line, p.field) for p in err.value.problems] == [(1, "shiped_on")]
    assert "unknown column 'shiped_on': did you mean 'shipped_on'?" in str(err.value)
    assert "--map shiped_on=-" in str(err.value)
    # Marked ignored, the column is left out (so the order is not shipped), and said so.
    ignored: list[str] = []
    (record,) = read_shipments(path, rules, shop="A", mapping=parse_mapping("shiped_on=-"), ignored=ignored)
    assert record.shipped_on is None and ignored == ["shiped_on", "商品名"]
    # Or mapped to the field it holds.
    (record,) = read_shipments(path, rules, shop="A", mapping=parse_mapping("shipped_on=shiped_on"))
    assert record.shipped_on == date(2026, 10, 2)


def test_cli_map_marks_a_column_ignored(cli, tmp_path):
    path = tmp_path / "typo.csv"
    path.write_text("受注番号,出荷予定日,shiped_on\n1,2026-10-01,2026-10-02\n", encoding="utf-8")
    code, out, err = cli("--lang", "en", "import", "shipments", str(path), "--shop", "A")
    assert code == 2 and "unknown column 'shiped_on': did you mean 'shipped_on'?" in err
    code, out, err = cli("import", "shipments", str(path), "--shop", "A", "--map", "shiped_on=-")
    assert code == 0, err
    assert "読まなかった列：shiped_on" in out


# --- the export in both languages (issue 14) ----------------------------------------------------

@pytest.mark.parametrize("lang", ["ja", "en"])
def test_export_round_trip_keeps_status_cause_and_delivery(tmp_path, rules, lang):
    records = [
        ShipmentRecord(shop="A", order_id="1", promised_ship_date=date(2026, 10, 1), shipped_on=date(2026, 10, 3),
                       ordered_on=date(2026, 9, 30), delivered_on=date(2026, 10, 5), cause="out_of_stock",
                       customer_contacted=True, note="在庫待ち"),
        ShipmentRecord(shop="A", order_id="2", promised_ship_date=date(2026, 10, 2), cancelled=True),
    ]
    out = tmp_path / f"export-{lang}.csv"
    write_shipments(out, records, date(2026, 10, 28), rules, lang)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    if lang == "ja":
        assert lines[0] == "店舗,受注番号,注文日,出荷予定日,出荷日,お届け日,注文ステータス,配送業者,遅延理由,顧客連絡,メモ,遅延日数"
        assert lines[1].endswith(",有効,,在庫切れ,済,在庫待ち,2") and ",キャンセル,,,未,," in lines[2]
    else:
        assert lines[0].startswith("shop,order_id,ordered_on,promised_ship_date,shipped_on,delivered_on,status,")
        assert ",active,,out_of_stock,yes," in lines[1] and ",cancelled,,,no,," in lines[2]
    assert read_shipments(out, rules) == records


def test_store_round_trip_of_the_japanese_export(cli, tmp_path, db_path):
    cli("import", "shipments", str(rms_file(tmp_path)), "--shop", SHOP)
    out = tmp_path / "out.csv"
    code, _, err = cli("export", "shipments", str(out), "--shop", SHOP)
    assert code == 0, err
    other = tmp_path / "other.sqlite3"
    from tests.conftest import run_cli

    res = run_cli("import", "shipments", str(out), db=other)
    assert res.returncode == 0, res.stderr.decode()
    res = run_cli("shipment", "list", "--shop", SHOP, "--json", db=other)
    again = {r["order_id"]: (r["cancelled"], r["delivered_on"], r["shipped_on"]) for r in json.loads(res.stdout)}
    code, listed, _ = cli("shipment", "list", "--shop", SHOP, "--json")
    assert again == {r["order_id"]: (r["cancelled"], r["delivered_on"], r["shipped_on"]) for r in json.loads(listed)}


# --- the store on both databases ------------------------------------------------------------------

def test_sql_counts_agree_with_the_core_rules_with_cancelled_and_delivered(store_target, rules):
    from penaltytracker.store import open_store

    store = open_store(store_target)
    try:
        rnd = random.Random(13)
        as_of = date(2026, 11, 3)
        records = []
        for i in range(500):
            promised = as_of - timedelta(days=rnd.randint(-5, 70))
            ordered = promised - timedelta(days=rnd.randint(0, 3)) if rnd.random() < 0.9 else None
            shipped = None if rnd.random() < 0.2 else promised + timedelta(days=rnd.choice([0, 0, 1, 3]))
            delivered = shipped + timedelta(days=rnd.randint(0, 6)) if shipped and rnd.random() < 0.7 else None
            records.append(ShipmentRecord(shop=SHOP, order_id=f"o{i}", promised_ship_date=promised,
                                          shipped_on=shipped, ordered_on=ordered, delivered_on=delivered,
                                          cancelled=rnd.random() < 0.1, cause=rnd.choice(["", "carrier"])))
        upsert_shipments(store, records)
        rolling = replace(rules, shipping=replace(rules.shipping, period="rolling", minimum_shipments=1))
        for rule_set in (rules, rolling):
            for day in (as_of, date(2026, 11, 1), date(2026, 10, 31)):
                assert shipping_summary(store, rule_set, SHOP, day) == core.shipping_summary(records, rule_set, day)
        assert weekly_shipping(store, SHOP, as_of) == core.weekly_series(records, as_of)
        assert late_by_cause(store, SHOP, as_of) == core.cause_breakdown(records, as_of)
        flt = ShipmentFilter(shop=SHOP, late_only=True, as_of=as_of)
        assert count_shipments(store, flt) == sum(core.is_late(r, as_of) for r in records)
        # Cancelling by hand is audited and counted at once.
        target = next(r for r in list_shipments(store, SHOP) if not r.cancelled and core.is_late(r, as_of))
        before = shipping_summary(store, rules, SHOP, as_of)
        saved = set_cancelled(store, target.id)
        assert saved.cancelled and count_shipments(store, flt) == sum(core.is_late(r, as_of) for r in records) - 1
        if target.promised_ship_date >= before.window_start:
            after = shipping_summary(store, rules, SHOP, as_of)
            assert (after.cancelled, after.late) == (before.cancelled + 1, before.late - 1)
        assert not set_cancelled(store, target.id, False).cancelled
    finally:
        store.close()


def test_a_store_at_revision_0004_is_carried_forward(db_path, rules):
    from penaltytracker.store import open_store
    from penaltytracker.store.engine import current_revision, head_revision, upgrade

    old = open_store(db_path, migrate=False)
    upgrade(old, "0004")
    with old.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO shops (id, name, created_at) VALUES (1, '旧店舗', '2026-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO shipments (shop_id, order_id, ordered_on, promised_ship_date, shipped_on, carrier, cause,"
            " customer_contacted, note, created_at, updated_at, version) VALUES"
            " (1, 'R-1', '2026-10-01', '2026-10-02', NULL, '', '', 0, '', '2026-10-01', '2026-10-01', 1)")
    old.close()
    store = open_store(db_path)
    try:
        assert current_revision(store) == head_revision()
        (record,) = list_shipments(store, "旧店舗")
        assert (record.cancelled, record.delivered_on) == (False, None)
        summary = shipping_summary(store, rules, "旧店舗", date(2026, 10, 10))
        assert (summary.shipments, summary.late, summary.cancelled) == (1, 1, 0)
        set_cancelled(store, record.id)
        assert shipping_summary(store, rules, "旧店舗", date(2026, 10, 10)).cancelled == 1
    finally:
        store.close()
    audit = sqlite3.connect(db_path).execute("SELECT entity, action, changes FROM audit_log").fetchall()
    assert audit == [("shipment", "edit", '{"cancelled": [false, true]}')]
