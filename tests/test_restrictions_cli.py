"""The restriction, contact and export commands as scripts use them (real subprocesses)."""

from __future__ import annotations

import csv
import json

import pytest


def ok(result):
    code, out, err = result
    assert code == 0, err
    return out


def test_the_scripted_round(cli, tmp_path):
    ok(cli("shop", "add", "ラクマ店", "--marketplace", "rakuma"))
    ok(cli("shop", "add", "楽天店"))
    assert ok(cli("shop", "list")) == "ラクマ店\n楽天店\n"  # the plain list is unchanged
    assert json.loads(ok(cli("shop", "list", "--json"))) == [{"name": "ラクマ店", "marketplace": "rakuma"},
                                                          {"name": "楽天店", "marketplace": "rakuten"}]
    first = int(ok(cli("restriction", "add", "--shop", "ラクマ店", "--kind", "listing", "--start", "2026-03-01",
                       "--days", "30", "--cause", "prohibited_item", "--note", "一か月の出品停止")))
    second = int(ok(cli("restriction", "add", "--shop", "ラクマ店", "--kind", "purchase", "--start", "2026/3/5")))
    doc = tmp_path / "本人確認書類.pdf"
    doc.write_bytes(b"%PDF id")
    contact = int(ok(cli("contact", "add", "--restriction", str(first), "--on", "2026-03-02", "--channel", "form",
                         "--summary", "制限の期間を問い合わせ", "--due", "2026-03-09", "--attach", str(doc))))
    ok(cli("contact", "add", "--restriction", str(second), "--on", "2026-03-06", "--channel", "mail",
           "--summary", "本人確認の書類を求められた", "--received", "--due", "2026-03-12"))

    listed = json.loads(ok(cli("restriction", "list", "--shop", "ラクマ店", "--as-of", "2026-03-10", "--json")))
    by_id = {r["id"]: r for r in listed}
    assert {k: by_id[first][k] for k in ("kind", "cause", "start", "end", "days_left", "state", "next_due")} == {
        "kind": "listing", "cause": "prohibited_item", "start": "2026-03-01", "end": "2026-03-30",
        "days_left": 21, "state": "active", "next_due": "2026-03-09"}
    assert {k: by_id[second][k] for k in ("cause", "end", "days_left", "state", "next_due")} == {
        "cause": "unknown", "end": None, "days_left": None, "state": "active", "next_due": "2026-03-12"}
    assert by_id[second]["days_so_far"] == 6

    assert ok(cli("restriction", "lift", str(first), "--on", "2026-03-20")).split() == [str(first), "lifted",
                                                                                      "2026-03-20"]
    ok(cli("restriction", "resolve", str(second), "--on", "2026-03-25", "--outcome", "書類提出で解除"))
    as_of = lambda d: {r["id"]: r for r in json.loads(ok(cli("restriction", "list", "--shop", "ラクマ店",  # noqa: E731
                                                              "--as-of", d, "--json")))}
    before, after = as_of("2026-03-19"), as_of("2026-03-31")
    assert before[first]["state"] == "active" and before[first]["days_left"] == 12
    assert after[first]["state"] == "lifted" and after[first]["days_left"] == 0
    assert after[second]["state"] == "resolved" and after[second]["next_due"] is None
    assert as_of("2026-02-28") == {}  # nothing stood before the first start

    table = ok(cli("restriction", "list", "--shop", "ラクマ店", "--as-of", "2026-03-10"))
    assert table.splitlines()[0].split("\t")[:3] == ["ID", "店舗", "種類"]
    assert "残り21日" in table and "解除まで" in table and "制限中" in table

    letter = tmp_path / "letter.txt"
    ok(cli("restriction", "letter", str(first), "--out", str(letter)))
    text = letter.read_text(encoding="utf-8")
    assert "ラクマ ご担当者様" in text and "・本人確認書類.pdf" in text and "2026-03-01 〜 2026-03-30（30日間）" in text
    assert ok(cli("restriction", "letter", str(first))) == text

    trade = int(ok(cli("restriction", "trade", "add", "--restriction", str(first), "--item", "ハーブティー",
                       "--buyer", "佐藤", "--address", "札幌市", "--price", "1,980", "--shipped", "2026-03-03")))
    [listed_trade] = json.loads(ok(cli("restriction", "trade", "list", str(first), "--json")))
    assert listed_trade["id"] == trade and "2026-03-31" in listed_trade["tell_buyer"]  # the day it lifts
    assert "札幌市" in listed_trade["support_text"] and "¥1,980" in listed_trade["support_text"]
    ok(cli("restriction", "trade", "done", str(trade)))
    assert json.loads(ok(cli("restriction", "trade", "list", str(first), "--json")))[0]["done"] is True

    contacts = json.loads(ok(cli("contact", "list", "--restriction", str(first), "--json")))
    assert [c["id"] for c in contacts] == [contact] and contacts[0]["attachments"] == ["本人確認書類.pdf"]

    out = tmp_path / "restrictions.csv"
    ok(cli("export", "restrictions", str(out), "--as-of", "2026-03-10"))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["record"], r["restriction_id"]) for r in rows] == [
        ("restriction", str(second)), ("contact", str(second)), ("restriction", str(first)), ("contact", str(first)),
        ("trade", str(first))]
    assert rows[4]["item"] == "ハーブティー" and rows[4]["done"] == "1"
    assert rows[2]["end"] == "2026-03-30" and rows[3]["attachments"] == "本人確認書類.pdf"

    status = ok(cli("status", "--shop", "ラクマ店", "--as-of", "2026-03-10"))
    assert "違反点数制度は楽天市場のみ" in status and "年間累積違反点数" not in status
    assert "出品（ラクマ、禁止出品物）" in status and "次の期限 2026-03-09" in status
    rakuten = ok(cli("status", "--shop", "楽天店", "--as-of", "2026-03-10"))
    assert "年間累積違反点数" in rakuten and "楽天市場のみ" not in rakuten


@pytest.mark.parametrize("args, words", [
    (("restriction", "add", "--shop", "S", "--kind", "nonsense", "--start", "2026-03-01"), "制限の種類「nonsense」"),
    (("restriction", "add", "--shop", "S", "--kind", "listing", "--start", "2026-03-01", "--cause", "x"), "原因「x」"),
    (("restriction", "lift", "1", "--on", "2026-02-01"), "開始日 2026-03-01 より前"),
    (("restriction", "lift", "1", "--on", "2026-04-01"), "最終日 2026-03-30 より後"),
    (("restriction", "lift", "99", "--on", "2026-03-02"), "ID 99 の制限はありません"),
    (("contact", "add", "--restriction", "1", "--on", "2026-03-02", "--channel", "mail", "--summary", "x",
      "--attach", "/no/such/file.pdf"), "見つかりません"),
    (("shop", "add", "T", "--marketplace", "ebay"), "マーケットプレイス「ebay」"),
])
def test_bad_input_exits_2_with_a_japanese_message(cli, args, words):
    ok(cli("shop", "add", "S", "--marketplace", "mercari"))
    ok(cli("restriction", "add", "--shop", "S", "--kind", "listing", "--start", "2026-03-01", "--days", "30"))
    code, _out, err = cli(*args)
    assert code == 2 and words in err, err
