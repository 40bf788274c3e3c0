"""Order CSVs as RMS and Excel write them, and the real `import shipments` / `export shipments` commands."""

from __future__ import annotations

import json
from datetime import date

import pytest

from penaltytracker.reports.csv_io import CsvImportError
from penaltytracker.reports.shipments_csv import (
    guess_mapping,
    parse_mapping,
    preview,
    read_shipments,
    write_shipments,
)

RMS_HEADER = "受注番号,注文日時,出荷予定日,発送日,配送会社,商品名"


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "orders.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def rms_file(tmp_path, encoding="utf-8", newline="\r\n", bom=False):
    rows = [
        RMS_HEADER,
        '350987-20261001-00001,2026/10/01 09:15:02,2026/10/02,2026/10/02 16:40:00,ヤマト運輸,"タオル, 2枚組"',
        '350987-20261001-00002,2026/10/01 10:00:00,2026/10/02,,日本郵便,"マグカップ ""白"""',
        "350987-20261001-00003,2026-10-01,2026-10-03,2026-10-06,佐川急便,皿",
    ]
    text = newline.join(rows) + newline
    return write(tmp_path, ("\ufeff" if bom else "") + text, encoding)


EXPECTED = [
    ("350987-20261001-00001", date(2026, 10, 2), date(2026, 10, 2), date(2026, 10, 1), "ヤマト運輸"),
    ("350987-20261001-00002", date(2026, 10, 2), None, date(2026, 10, 1), "日本郵便"),
    ("350987-20261001-00003", date(2026, 10, 3), date(2026, 10, 6), date(2026, 10, 1), "佐川急便"),
]


def summary(records):
    return [(r.order_id, r.promised_ship_date, r.shipped_on, r.ordered_on, r.carrier) for r in records]


@pytest.mark.parametrize("encoding,newline,bom", [
    ("utf-8", "\r\n", False), ("utf-8", "\n", True), ("cp932", "\r\n", False), ("cp932", "\n", False),
])
def test_rms_export_in_every_encoding_and_line_ending(tmp_path, rules, encoding, newline, bom):
    path = rms_file(tmp_path, encoding, newline, bom)
    records = read_shipments(path, rules, shop="楽天ショップA")
    assert summary(records) == EXPECTED
    assert {r.shop for r in records} == {"楽天ショップA"}


def test_an_rms_export_without_a_shop_needs_one_named(tmp_path, rules):
    with pytest.raises(CsvImportError) as err:
        read_shipments(rms_file(tmp_path), rules)
    assert [(p.line, p.field) for p in err.value.problems] == [(1, "shop")]
    assert "--shop" in str(err.value)


def test_shop_column_wins_and_the_given_shop_fills_blanks(tmp_path, rules):
    path = write(tmp_path, "店舗,受注番号,出荷予定日\nB店,1,2026-10-01\n,2,2026-10-01\n")
    records = read_shipments(path, rules, shop="A店")
    assert [(r.shop, r.order_id) for r in records] == [("B店", "1"), ("A店", "2")]


def test_mapping_overrides_the_default_headers(tmp_path, rules):
    path = write(tmp_path, "注文番号,お届け予定,出荷予定日,出荷完了日,出荷日\n"
                           "X-1,2026-10-09,2026-10-05,2026-10-06,1999-01-01\n")
    mapping = parse_mapping("promised_ship_date=お届け予定, shipped_on=出荷完了日")
    assert mapping == {"promised_ship_date": "お届け予定", "shipped_on": "出荷完了日"}
    (record,) = read_shipments(path, rules, shop="A", mapping=mapping)
    # 注文番号 is a default alias for order_id; the two mapped columns replace 出荷予定日 and 出荷日.
    assert (record.order_id, record.promised_ship_date, record.shipped_on) == (
        "X-1", date(2026, 10, 9), date(2026, 10, 6))


def test_a_field_mapped_to_nothing_is_left_out(tmp_path, rules):
    path = write(tmp_path, "受注番号,出荷予定日,出荷日\n1,2026-10-01,2026-10-03\n")
    (record,) = read_shipments(path, rules, shop="A", mapping={"shipped_on": ""})
    assert record.shipped_on is None
    with pytest.raises(CsvImportError, match="order_id: required"):
        read_shipments(path, rules, shop="A", mapping={"order_id": ""})


def test_mapping_to_a_column_the_file_lacks_is_named(tmp_path, rules):
    path = write(tmp_path, "受注番号,出荷予定日\n1,2026-10-01\n")
    with pytest.raises(CsvImportError) as err:
        read_shipments(path, rules, shop="A", mapping={"shipped_on": "発送完了日"})
    assert [(p.line, p.field) for p in err.value.problems] == [(1, "shipped_on")]
    assert "発送完了日" in str(err.value)


def test_bad_map_option_is_refused():
    with pytest.raises(ValueError, match="unknown field 'order'"):
        parse_mapping("order=受注番号")
    with pytest.raises(ValueError, match="not field=column"):
        parse_mapping("order_id")


def test_causes_in_japanese_english_or_empty(tmp_path, rules):
    path = write(tmp_path, "受注番号,出荷予定日,出荷日,遅延理由\n"
                           "1,2026-10-01,2026-10-03,在庫切れ\n2,2026-10-01,2026-10-03,Peak season\n"
                           "3,2026-10-01,2026-10-03,carrier\n4,2026-10-01,2026-10-01,\n")
    causes = [r.cause for r in read_shipments(path, rules, shop="A")]
    assert causes == ["out_of_stock", "peak_season", "carrier", ""]


def test_every_bad_row_is_named_by_line_and_field(tmp_path, rules):
    path = write(tmp_path,
                 "受注番号,出荷予定日,出荷日,遅延理由,注文日\n"
                 "1,2026-10-01,2026-10-03,,2026-09-30\n"     # line 2: fine
                 ",2026-10-01,,,\n"                           # line 3: no order number
                 "3,2026/13/01,,,\n"                          # line 4: no such date
                 "4,2026-10-01,10月3日,雨,\n"                  # line 5: ship date and cause
                 '"5\n(改行入り)",2026-10-01,,,\n'             # line 6-7: quoted newline is fine
                 "6,,,,\n"                                    # line 8: no promised date
                 "7,2026-10-05,2026-10-01,,2026-10-02\n")     # line 9: shipped before ordered
    with pytest.raises(CsvImportError) as err:
        read_shipments(path, rules, shop="A")
    found = [(p.line, p.field) for p in err.value.problems]
    assert found == [(3, "order_id"), (4, "promised_ship_date"), (5, "shipped_on"), (5, "cause"),
                     (8, "promised_ship_date"), (9, "shipped_on")]
    text = str(err.value)
    # each field named as the file's header writes it
    assert "nothing was imported" in text and "line 5, 遅延理由: unknown cause '雨'" in text
    ja = err.value.text("ja")
    assert "取り込みませんでした" in ja and "5 行目「遅延理由」：知らない遅延理由「雨」です" in ja
    assert "3 行目「受注番号」：空欄です" in ja and "8 行目「出荷予定日」：空欄です" in ja
    assert "9 行目「出荷日」：出荷日 2026-10-01 が注文日 2026-10-02 より前です" in ja


def test_rows_of_one_order_become_one_shipment(tmp_path, rules):
    # RMS writes one row per item: the order shipped when its last item did.
    path = write(tmp_path, "受注番号,出荷予定日,出荷日,商品名\n"
                           "1,2026-10-02,2026-10-02,タオル\n1,2026-10-02,2026-10-04,皿\n2,2026-10-02,,マグ\n")
    records = read_shipments(path, rules, shop="A")
    assert [(r.order_id, r.shipped_on) for r in records] == [("1", date(2026, 10, 4)), ("2", None)]


def test_preview_and_guessed_mapping(tmp_path):
    path = rms_file(tmp_path, "cp932")
    table = preview(path, rows=2)
    assert table.header == RMS_HEADER.split(",")
    assert [line for line, _cells in table.rows] == [2, 3]
    assert table.rows[0][1][5] == "タオル, 2枚組"
    guessed = guess_mapping(table.header)
    assert guessed["order_id"] == "受注番号" and guessed["shipped_on"] == "発送日"
    assert guessed["ordered_on"] == "注文日時" and guessed["carrier"] == "配送会社"
    assert guessed["shop"] is None and guessed["cause"] is None


def test_export_reads_back_and_guards_formulas(tmp_path, rules):
    from penaltytracker.core.shipping import ShipmentRecord

    records = [ShipmentRecord(shop="A", order_id="=HYPERLINK(\"x\")", promised_ship_date=date(2026, 10, 1),
                              shipped_on=date(2026, 10, 3), ordered_on=date(2026, 9, 30), carrier="ヤマト, 宅急便",
                              cause="weather", customer_contacted=True, note="台風のため")]
    out = tmp_path / "out.csv"
    assert write_shipments(out, records, date(2026, 10, 28), rules) == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert "'=HYPERLINK" in raw.decode("utf-8-sig")
    assert raw.decode("utf-8-sig").splitlines()[1].endswith(",2")  # two days late
    assert read_shipments(out, rules) == records


# --- the real command line --------------------------------------------------------------------

def test_cli_import_twice_then_status_json(cli, tmp_path):
    path = rms_file(tmp_path, "cp932")
    code, out, err = cli("--lang", "en", "import", "shipments", str(path), "--shop", "楽天ショップA")
    assert code == 0, err
    assert "3 shipment(s) added, 0 updated" in out
    code, out, err = cli("--lang", "en", "import", "shipments", str(path), "--shop", "楽天ショップA")
    assert code == 0 and "0 shipment(s) added, 0 updated, 3 unchanged" in out
    code, out, err = cli("status", "--shop", "楽天ショップA", "--as-of", "2026-10-10", "--json")
    assert code == 0, err
    data = json.loads(out)
    shipping = {k: data["shipping"][k] for k in list(data["shipping"])[:12]}
    assert shipping == {"window_start": "2026-10-01", "window_end": "2026-10-10", "shipments": 3,
                        "late": 2, "on_time_rate": pytest.approx(1 / 3), "target": 0.96,
                        "meets_target": False, "cancelled": 0, "within_6_days_rate": None,
                        "within_6_days_target": 0.8, "period": "month", "eligible": False}
    assert list(data)[:-1] == ["shop", "as_of", "year", "points", "level", "next_level", "points_to_next",
                               "active_sanctions", "penalty_fees_yen", "levels_reached"]
    code, out, err = cli("status", "--shop", "楽天ショップA", "--as-of", "2026-10-10")
    assert "納期遵守率（2026-10-01〜2026-10-10）: 33.3%（2/3件遅延、目標 96%）対象外（出荷件数 3件／必要 100件）" in out
    assert "出荷件数: 3件（必要 100件以上）対象外：必要な 100件のうち 3件" in out


def test_cli_import_refuses_a_bad_file_whole_with_exit_2(cli, tmp_path):
    path = write(tmp_path, "受注番号,出荷予定日,出荷日\n1,2026-10-01,\n2,2026-10-99,\n3,2026-10-01,あした\n",
                 "cp932")
    code, out, err = cli("--lang", "en", "import", "shipments", str(path), "--shop", "A")
    assert code == 2
    assert "line 3, 出荷予定日: no such date" in err and "line 4, 出荷日: not a date" in err
    code, out, err = cli("import", "shipments", str(path), "--shop", "A")
    assert code == 2 and "3 行目「出荷予定日」：ありえない日付です" in err and "4 行目「出荷日」：日付ではありません" in err
    code, out, err = cli("shipment", "list", "--shop", "A")
    assert code == 2 and "店舗「A」は登録されていません" in err  # nothing written, not even the shop


def test_cli_map_option_and_bad_map(cli, tmp_path):
    path = write(tmp_path, "注文ID,約束日\nZ-1,2026-10-01\n")
    code, out, err = cli("import", "shipments", str(path), "--shop", "A", "--map", "order_id=注文ID,promised_ship_date=約束日")
    assert code == 0, err
    code, out, err = cli("import", "shipments", str(path), "--shop", "A", "--map", "orderid=注文ID")
    assert code == 2 and "--map：「orderid」という項目はありません" in err  # Japanese by default
    code, out, err = cli("--lang", "en", "import", "shipments", str(path), "--shop", "A", "--map", "orderid=注文ID")
    assert code == 2 and "unknown field 'orderid'" in err
    code, out, err = cli("import", "shipments", str(path), "--shop", "A", "--map", "order_id")
    assert code == 2 and "--map：「order_id」は「項目=列名」の形ではありません" in err
    code, out, err = cli("--lang", "en", "import", "shipments", str(path), "--shop", "A", "--map", "order_id")
    assert code == 2 and "--map: 'order_id' is not field=column" in err


def test_cli_add_list_and_export(cli, tmp_path):
    code, out, err = cli("shipment", "add", "--shop", "A", "--order", "1-1", "--promised", "2026-10-01",
                         "--shipped", "2026-10-03", "--cause", "在庫切れ", "--carrier", "ヤマト運輸", "--contacted")
    assert code == 0, err
    code, out, err = cli("shipment", "add", "--shop", "A", "--order", "1-2", "--promised", "2026-10-05")
    assert code == 0, err
    code, out, err = cli("shipment", "add", "--shop", "A", "--order", "1-2", "--promised", "2026-10-05")
    assert code == 2 and "店舗「A」の注文 1-2 はすでに記録されています" in err  # Japanese by default
    code, out, err = cli("--lang", "en", "shipment", "add", "--shop", "A", "--order", "1-2", "--promised", "2026-10-05")
    assert code == 2 and "order 1-2 is already recorded for shop 'A'; edit that shipment instead" in err
    code, out, err = cli("shipment", "add", "--shop", "A", "--order", "1-3", "--promised", "2026-10-05",
                         "--cause", "雨")
    assert code == 2 and "遅延の理由「雨」はありません" in err  # Japanese by default
    code, out, err = cli("shipment", "list", "--shop", "A", "--late", "--as-of", "2026-10-04", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert [(r["order_id"], r["days_late"], r["cause"], r["customer_contacted"]) for r in listed] == [
        ("1-1", 2, "out_of_stock", True)]
    code, out, err = cli("shipment", "list", "--shop", "A", "--as-of", "2026-10-08")
    assert "1-2\t2026-10-05\t未出荷\t3日遅れ" in out and "在庫切れ" in out
    out_file = tmp_path / "export.csv"
    code, out, err = cli("export", "shipments", str(out_file), "--shop", "A", "--as-of", "2026-10-08")
    assert code == 0, err
    lines = out_file.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("店舗,受注番号,") and len(lines) == 3
    assert "在庫切れ" in lines[1] and ",有効," in lines[1] and ",済," in lines[1]
    code, out, err = cli("--lang", "en", "export", "shipments", str(out_file), "--shop", "A", "--as-of", "2026-10-08")
    lines = out_file.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("shop,order_id,") and ",out_of_stock," in lines[1] and ",active," in lines[1]
