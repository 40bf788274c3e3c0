"""Shipments' refusals in the user's language: the store's (add, edit, cancel) and the order
CSV's (--map, every bad row named by its line and the field as the file's header writes it).
Japanese by default, English with --lang en; through the real command line where it reaches them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from penaltytracker.core.shipping import ShipmentRecord
from penaltytracker.messages import text
from penaltytracker.reports.csv_io import CsvImportError
from penaltytracker.reports.shipments_csv import parse_mapping, preview, read_shipments
from penaltytracker.store import StoreError
from penaltytracker.store.shipments import (
    DuplicateOrder, add_shipment, delete_shipment, get_shipment, set_cancelled, update_shipment, validate,
)
from penaltytracker.store.violations import NotFound, StaleEdit

ADD = ("shipment", "add", "--shop", "A", "--order", "R-1", "--promised", "2026-10-05")


def both(cli, *args):
    """(Japanese stderr, English stderr) of a refused command (exit 2)."""
    code, _out, ja = cli(*args)
    assert code == 2, ja
    code, _out, en = cli("--lang", "en", *args)
    assert code == 2, en
    return ja, en


# --- the store, through `shipment add` / `shipment cancel` -----------------------------------

def test_a_duplicate_order_is_refused_in_the_language(cli):
    assert cli(*ADD)[0] == 0
    ja, en = both(cli, *ADD)
    assert "店舗「A」の注文 R-1 はすでに記録されています。記録済みの出荷を編集してください。" in ja
    assert "order R-1 is already recorded for shop 'A'; edit that shipment instead" in en


def test_shipped_before_ordered_is_refused_in_the_language(cli):
    ja, en = both(cli, *ADD, "--ordered", "2026-10-02", "--shipped", "2026-10-01")
    assert "注文 R-1：出荷日 2026-10-01 が注文日 2026-10-02 より前です。" in ja
    assert "order R-1: the ship date 2026-10-01 is before the order date 2026-10-02" in en


def test_a_too_long_field_is_named_in_the_language(cli):
    ja, en = both(cli, *ADD, "--carrier", "x" * 101)
    assert "配送業者が長すぎます（100 文字まで）。" in ja
    assert "carrier is longer than 100 characters" in en


def test_an_empty_shop_or_order_is_refused_in_the_language(cli):
    ja, en = both(cli, "shipment", "add", "--shop", "A", "--order", " ", "--promised", "2026-10-05")
    assert "受注番号を入力してください。" in ja and "order number (受注番号) is required" in en
    ja, en = both(cli, "shipment", "add", "--shop", " ", "--order", "1", "--promised", "2026-10-05")
    assert "店舗を入力してください。" in ja and "shop is required" in en


def test_cancelling_an_unknown_shipment_is_refused_in_the_language(cli):
    assert cli(*ADD)[0] == 0  # a store to look in
    ja, en = both(cli, "shipment", "cancel", "999")
    assert "ID 999 の出荷の記録はありません。" in ja and "no shipment with ID 999" in en


def test_the_store_functions_raise_codes_of_the_same_types(store):
    record = ShipmentRecord(shop="A", order_id="R-1", promised_ship_date=date(2026, 10, 5))
    with pytest.raises(StoreError) as err:
        validate(replace(record, promised_ship_date=None))
    assert err.value.text("ja") == "出荷予定日を入力してください。"
    assert str(err.value) == "promised ship date (出荷予定日) is required"
    with pytest.raises(StoreError) as err:
        validate(replace(record, order_id="1" * 101))
    assert text(err.value, "ja") == "受注番号が長すぎます（100 文字まで）。"
    assert text(err.value, "en") == "order_id is longer than 100 characters"

    saved = add_shipment(store, record)
    with pytest.raises(DuplicateOrder):
        add_shipment(store, record)
    with pytest.raises(StoreError) as err:
        update_shipment(store, replace(record, note="x"))  # never saved: no id
    assert err.value.text("ja") == "保存されていない出荷は更新できません。"
    assert err.value.text("en") == "cannot update a shipment that was never saved"
    update_shipment(store, replace(saved, note="first"))
    with pytest.raises(StaleEdit) as err:  # `saved` is the version before that edit
        update_shipment(store, replace(saved, note="second"))
    assert err.value.text("ja") == (f"出荷 {saved.id} は開いた後に別の画面か別の人が変更しました。"
                                    "読み込み直してから編集してください。")
    assert err.value.text("en") == f"shipment {saved.id} was changed elsewhere after you opened it; reload it and edit again"
    for call in (lambda: get_shipment(store, 42), lambda: delete_shipment(store, 42),
                 lambda: set_cancelled(store, 42), lambda: update_shipment(store, replace(saved, id=42))):
        with pytest.raises(NotFound) as err:
            call()
        assert err.value.text("ja") == "ID 42 の出荷の記録はありません。"
        assert err.value.text("en") == "no shipment with ID 42"


# --- the order CSV ---------------------------------------------------------------------------

def test_a_bad_map_is_refused_in_the_language(cli, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("注文ID,約束日\nZ-1,2026-10-01\n", encoding="utf-8")
    ja, en = both(cli, "import", "shipments", str(path), "--shop", "A", "--map", "nonsense")
    assert "--map：「nonsense」は「項目=列名」の形ではありません" in ja
    assert "--map: 'nonsense' is not field=column" in en
    ja, en = both(cli, "import", "shipments", str(path), "--shop", "A", "--map", "order=注文ID")
    assert "--map：「order」という項目はありません（項目：shop, order_id," in ja
    assert "--map: unknown field 'order' (fields: shop, order_id," in en
    with pytest.raises(ValueError):  # what callers catch
        parse_mapping("order=注文ID")


BAD_ROWS = ("店舗,受注番号,出荷予定日,出荷日,注文日,配送業者,遅延理由,顧客連絡,注文ステータス\n"
            "本店,1,2026-10-01,,,,,,,extra\n"          # line 2: a cell too many
            ",2,2026-10-01,,,,,,\n"                     # line 3: no shop
            "本店,3,2026-10-01,2026-10-01,2026-10-02,,,,\n"  # line 4: shipped before ordered
            "本店,4,2026-10-01,,,,雨,,\n"                # line 5: unknown cause
            "本店,5,2026-10-01,,,,,たぶん,\n"             # line 6: contacted neither yes nor no
            f"本店,6,2026-10-01,,,{'x' * 101},,,\n"     # line 7: carrier too long
            "本店,7,,,,,,,キャンセル\n"                  # line 8: cancelled without a date
            "本店,8,2026-02-30,あした,,,,,\n")           # line 9: no such date, not a date


def test_every_bad_row_is_named_by_line_and_header_in_the_language(cli, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    ja, en = both(cli, "import", "shipments", str(path))
    assert "取り込みませんでした。問題 9 件" in ja
    for said in ("2 行目：セルが 10 個ありますが、見出しは 9 列です",
                 "3 行目「店舗」：空欄です",
                 "4 行目「出荷日」：出荷日 2026-10-01 が注文日 2026-10-02 より前です",
                 "5 行目「遅延理由」：知らない遅延理由「雨」です（使えるもの：在庫切れ/out_of_stock",
                 "6 行目「顧客連絡」：「済」か「未」（yes / no）にしてください（「たぶん」になっています）",
                 "7 行目「配送業者」：長すぎます（100 文字まで）",
                 "8 行目「出荷予定日」：空欄です（キャンセルした注文には出荷予定日か注文日が必要です）",
                 "9 行目「出荷予定日」：ありえない日付です",
                 "9 行目「出荷日」：日付ではありません"):
        assert said in ja, (said, ja)
    assert "nothing was imported, 9 problem(s)" in en
    for said in ("line 2: 10 cells but the header has 9",
                 "line 3, 店舗: empty",
                 "line 4, 出荷日: 2026-10-01 is before the order date 2026-10-02",
                 "line 5, 遅延理由: unknown cause '雨' (known: 在庫切れ/out_of_stock",
                 "line 6, 顧客連絡: must be yes/no or 済/未, not 'たぶん'",
                 "line 7, 配送業者: longer than 100 characters",
                 "line 8, 出荷予定日: empty (a cancelled order needs it or an order date)",
                 "line 9, 出荷予定日: no such date",
                 "line 9, 出荷日: not a date"):
        assert said in en, (said, en)


def test_a_file_without_shops_or_with_a_required_field_left_out(cli, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("受注番号,出荷予定日\n1,2026-10-01\n", encoding="utf-8")
    ja, en = both(cli, "import", "shipments", str(path))
    assert "1 行目「shop」：ファイルに店舗の列（店舗）がありません。店舗を指定してください（--shop）" in ja
    assert "line 1, shop: the file has no shop column (店舗): name the shop (--shop)" in en
    ja, en = both(cli, "import", "shipments", str(path), "--shop", "A", "--map", "promised_ship_date=")
    assert "1 行目「promised_ship_date」：必須の項目なので、読まない列にはできません" in ja
    assert "line 1, promised_ship_date: required, cannot be left out" in en


def test_an_unknown_field_of_the_app_s_mapping_and_a_bad_preview(tmp_path, rules):
    path = tmp_path / "orders.csv"
    path.write_text("受注番号,出荷予定日\n1,2026-10-01\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as err:
        read_shipments(path, rules, shop="A", mapping={"bogus": "受注番号"})
    assert "1 行目「bogus」：この項目はありません（項目：shop, order_id," in err.value.text("ja")
    assert "line 1, bogus: unknown field (fields: shop, order_id," in err.value.text("en")
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as err:
        preview(empty)
    assert "1 行目：ファイルが空です。見出しの行が必要です" in err.value.text("ja")
    assert "line 1: the file is empty: a header row is needed" in err.value.text("en")
    with pytest.raises(CsvImportError) as err:
        preview(tmp_path / "nothing.csv")
    assert "ファイル：ファイルが見つかりません" in err.value.text("ja")
    assert "the file: file not found" in err.value.text("en")
    with pytest.raises(CsvImportError) as err:
        preview(tmp_path)  # a folder is refused, not read
    assert "通常のファイルではなくフォルダーです" in err.value.text("ja")
