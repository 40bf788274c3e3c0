"""Order-event files refused in the user's language: --map, the file, and every bad row named
by its line and the field as the file's header writes it. The real command line; Japanese by
default, English with --lang en."""

from __future__ import annotations

import pytest

from penaltytracker.core.order_events import load_order_catalogue
from penaltytracker.reports.csv_io import CsvImportError
from penaltytracker.reports.order_events_csv import parse_datetime, parse_mapping, parse_yen, read_order_events


def both(cli, *args):
    """(Japanese stderr, English stderr) of a refused command (exit 2)."""
    code, _out, ja = cli(*args)
    assert code == 2, ja
    code, _out, en = cli("--lang", "en", *args)
    assert code == 2, en
    return ja, en


BAD_ROWS = ("注文番号,日時,イベント,支払い方法,キャンセル者,金額,商品名\n"
            "A-1,2026-02-10 12:00,cancel,cod,buyer,1980,茶,extra\n"  # line 2: a cell too many
            ",2026-02-10 12:00,cancel,,,,\n"                         # line 3: no order
            "A-3,あした,cancel,,,,\n"                                # line 4: not a date and time
            "A-4,2026-02-10 25:00,cancel,,,,\n"                      # line 5: no such time
            "A-5,2026-02-10,なぞ,,,,\n"                              # line 6: unknown event
            "A-6,2026-02-10,cancel,bitcoin,,,\n"                     # line 7: unknown payment
            "A-7,2026-02-10,cancel,,alien,,\n"                       # line 8: unknown canceller
            "A-8,2026-02-10,cancel,,,たかい,\n"                      # line 9: not yen
            "A-9,,cancel,,,,\n"                                      # line 10: no date
            f"A-10,2026-02-10,cancel,,,,{'茶' * 501}\n")             # line 11: item too long


def test_every_bad_row_is_named_by_line_and_header_in_the_language(cli, tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    ja, en = both(cli, "import", "order-events", str(path), "--shop", "本店")
    assert "取り込みませんでした。問題 10 件" in ja
    for said in ("2 行目：セルが 8 個ありますが、見出しは 7 列です",
                 "3 行目「注文番号」：空欄です",
                 "4 行目「日時」：日時として読めません：「あした」（2026-02-10 12:34、2026-02-10T12:34 などの形で",
                 "5 行目「日時」：ありえない時刻です：'2026-02-10 25:00'",
                 "6 行目「イベント」：出来事「なぞ」は使えません（cancel,",
                 "7 行目「支払い方法」：支払い方法「bitcoin」は使えません（cod,",
                 "8 行目「キャンセル者」：キャンセルした人「alien」は使えません（buyer,",
                 "9 行目「金額」：円の金額として読めません：「たかい」",
                 "10 行目「日時」：空欄です",
                 "11 行目「商品名」：長すぎます（500 文字まで）"):
        assert said in ja, (said, ja)
    assert "nothing was imported, 10 problem(s)" in en
    for said in ("line 2: 8 cells but the header has 7",
                 "line 3, 注文番号: empty",
                 "line 4, 日時: not a date and time: 'あした' (use 2026-02-10 12:34 or 2026-02-10T12:34)",
                 "line 5, 日時: no such time of day: '2026-02-10 25:00'",
                 "line 6, イベント: unknown event 'なぞ'; known: cancel,",
                 "line 7, 支払い方法: unknown payment method 'bitcoin'; known: cod,",
                 "line 8, キャンセル者: unknown canceller 'alien'; known: buyer,",
                 "line 9, 金額: not an amount in yen: 'たかい'",
                 "line 10, 日時: empty",
                 "line 11, 商品名: longer than 500 characters"):
        assert said in en, (said, en)


def test_no_shop_no_event_a_missing_file_and_a_bad_map(cli, tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("注文番号,日時\nA-1,2026-02-10\n", encoding="utf-8")
    ja, en = both(cli, "import", "order-events", str(path))
    assert "1 行目「shop」：ファイルに店舗の列（店舗）がありません。店舗を指定してください（--shop）" in ja
    assert "line 1, shop: the file has no shop column (店舗): name the shop (--shop)" in en
    ja, en = both(cli, "import", "order-events", str(path), "--shop", "本店")
    assert "2 行目「status」：空欄です。出来事を指定してください（--event）" in ja
    assert "line 2, status: empty: name the event (--event)" in en
    ja, en = both(cli, "import", "order-events", str(tmp_path / "nothing.csv"), "--shop", "本店")
    assert "取り込みませんでした" in ja and "ファイル：ファイルが見つかりません" in ja
    assert "the file: file not found" in en
    ja, en = both(cli, "import", "order-events", str(path), "--shop", "本店", "--map", "bogus=x")
    assert "--map：「bogus」という項目はありません（項目：shop, order_id," in ja
    assert "--map: unknown field 'bogus' (fields: shop, order_id," in en
    ja, en = both(cli, "import", "order-events", str(path), "--shop", "本店", "--map", "bogus")
    assert "--map：「bogus」は「項目=列名」の形ではありません" in ja
    assert "--map: 'bogus' is not field=column" in en


def test_an_unknown_default_event_and_the_parsers_errors(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("注文番号,日時\nA-1,2026-02-10\n", encoding="utf-8")
    with pytest.raises(CsvImportError) as err:
        read_order_events(path, load_order_catalogue(), shop="本店", default_event="bogus")
    assert "1 行目「event」：出来事「bogus」は使えません" in err.value.text("ja")
    assert "line 1, event: unknown event 'bogus'; known:" in err.value.text("en")
    # ValueError as before (callers catch it), worded in either language
    for call, ja, en in ((lambda: parse_datetime("soon"), "日時として読めません：「soon」",
                          "not a date and time: 'soon'"),
                         (lambda: parse_yen("高い"), "円の金額として読めません：「高い」", "not an amount in yen: '高い'"),
                         (lambda: parse_mapping("x"), "--map：「x」は", "--map: 'x' is not field=column")):
        with pytest.raises(ValueError) as err:
            call()
        assert ja in err.value.text("ja") and en in err.value.text("en") and en in str(err.value)
