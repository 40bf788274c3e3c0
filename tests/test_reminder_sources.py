"""What is due of restrictions, incidents and order patterns: the sources of store/reminders.py,
through the real command line (the day before, within the days, once no longer due) and on
PostgreSQL through due_reminders."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from penaltytracker.core.restrictions import ContactEntry, RestrictionRecord, restriction_reminders
from tests.conftest import run_cli

D = date(2026, 6, 15)  # the day each source's items first fall due (within 7)
DAY = timedelta(days=1)
MINE = {"restriction_ends", "reply_due", "incident_open", "pattern_unreported"}


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour))


def seed(store) -> dict:
    """A store where each source has an item due from D (and not on D-1); hands back the ids."""
    from penaltytracker.core.incidents import IncidentRecord
    from penaltytracker.core.order_events import OrderEvent
    from penaltytracker.store.incidents import add_incident
    from penaltytracker.store.order_events import add_event
    from penaltytracker.store.restrictions import add_contact, add_restriction

    # 17 days from D-10 cover D-10 .. D+6: the last day is within D..D+6, not within D-1..D+5.
    ending = add_restriction(store, RestrictionRecord(shop="制限屋", kind="listing", start=D - 10 * DAY, days=17))
    # Until further notice: running, but it never "ends".
    add_restriction(store, RestrictionRecord(shop="無期限屋", kind="account_freeze", start=D - 40 * DAY))
    frozen = add_restriction(store, RestrictionRecord(shop="回答屋", kind="payout", start=D - 5 * DAY))
    # The marketplace asked for documents by D+6 (open-ended restriction: the log alone is due).
    request = add_contact(store, ContactEntry(frozen.id, D - 3 * DAY, "mail", "received",
                                              "本人確認書類（登記簿謄本）の提出を求められた", due=D + 6 * DAY))
    # Opened on D-3: three days open on D.
    incident = add_incident(store, IncidentRecord(shop="トラブル屋", opened_at=at(D - 3 * DAY),
                                                  category="wrong_item", summary="別の商品を発送"))
    # Three cancellations of one buyer, the third on D (3 within 7 days: flagged from D).
    orders = []
    for n, day in enumerate((D - 2 * DAY, D - DAY, D)):
        e = add_event(store, OrderEvent(shop="注文屋", order_id=f"250-000{n}", occurred_at=at(day, 9 + n),
                                        event="cancel", buyer="buyer-x", item=f"商品{n}",
                                        payment="cod"))
        orders.append(e.order_id)
    return {"ending": ending.id, "frozen": frozen.id, "request": request.id, "incident": incident.id,
            "orders": orders}


def mine(items) -> dict[str, dict]:
    """The items of these sources by kind (the shops of the seed have one each)."""
    found = {}
    for i in items:
        kind = i["kind"] if isinstance(i, dict) else i.kind
        if kind in MINE:
            assert kind not in found, kind
            found[kind] = i
    return found


def remind(db, day: date, *more: str) -> dict[str, dict]:
    res = run_cli("remind", "--as-of", day.isoformat(), "--json", *more, db=db)
    assert res.returncode == 0, res.stderr.decode("utf-8")
    items = json.loads(res.stdout.decode("utf-8"))
    for i in items:
        assert date.fromisoformat(i["due"]) and i["key"]
    return mine(items)


def test_remind_lists_each_source_from_its_day_until_it_is_handled(db_path):
    from penaltytracker.store import open_store

    store = open_store(db_path)
    ids = seed(store)
    store.close()

    assert remind(db_path, D - DAY) == {}  # ends in 8 days; documents due in 8; 2 days open; 2 cancellations

    on_d = remind(db_path, D)
    assert set(on_d) == MINE
    assert {k: (i["shop"], i["due"]) for k, i in on_d.items()} == {
        "restriction_ends": ("制限屋", "2026-06-21"), "reply_due": ("回答屋", "2026-06-21"),
        "incident_open": ("トラブル屋", "2026-06-15"), "pattern_unreported": ("注文屋", "2026-06-15")}
    for i in on_d.values():  # Japanese, led by the shop's name once, the words naming no shop
        assert i["text"].startswith(i["shop"] + "：") and i["shop"] not in i["text"][len(i["shop"]) + 1:]
    assert "楽天市場の「出品」の制限は 2026-06-21 で終了（あと 7 日）" in on_d["restriction_ends"]["text"]
    assert "2026-06-22 からの再開" in on_d["restriction_ends"]["text"]
    assert "期限は 2026-06-21 です（あと 6 日）" in on_d["reply_due"]["text"]
    assert "登記簿謄本" in on_d["reply_due"]["text"]
    details = on_d["reply_due"]["details"]
    assert details["kind"] == "payout" and details["due"] == "2026-06-21"
    assert "トラブル #" in on_d["incident_open"]["text"] and "誤った商品の発送" in on_d["incident_open"]["text"]
    assert "販売をまだ止めていません" in on_d["incident_open"]["text"]  # the standing rule: stop first
    assert "不審な注文 3 件（2026-06-13〜2026-06-15" in on_d["pattern_unreported"]["text"]
    assert "buyer-x" not in json.dumps(on_d["pattern_unreported"], ensure_ascii=False)  # no buyer on the desktop
    # Later in the window the same items keep their keys (the tray notifies each once).
    on_d3 = remind(db_path, D + 3 * DAY)
    assert set(on_d3) == MINE
    assert {k: i["key"] for k, i in on_d3.items()} == {k: i["key"] for k, i in on_d.items()}
    assert "あと 4 日" in on_d3["restriction_ends"]["text"] and "6 日未解決" in on_d3["incident_open"]["text"]

    en = remind(db_path, D, "--lang", "en")
    assert en["restriction_ends"]["text"].startswith("制限屋: the Rakuten")
    assert "ends on 2026-06-21" in en["restriction_ends"]["text"]
    assert "selling was never stopped" in en["incident_open"]["text"]
    assert "not reported to the marketplace yet" in en["pattern_unreported"]["text"]

    # Handled: lifted on D+2, answered (documents sent) on D+1, selling stopped on D+1 and the
    # incident closed on D+2, a report naming the three orders made on D+1.
    from penaltytracker.core.restrictions import ContactEntry as Entry
    from penaltytracker.store.incidents import close_incident, stop_selling
    from penaltytracker.store.order_events import ReportRecord, add_report
    from penaltytracker.store.restrictions import add_contact, lift_restriction

    store = open_store(db_path)
    lift_restriction(store, ids["ending"], D + 2 * DAY)
    add_contact(store, Entry(ids["frozen"], D + DAY, "form", "sent", "登記簿謄本を提出"))
    stop_selling(store, ids["incident"], at(D + DAY, 9))
    close_incident(store, ids["incident"], D + 2 * DAY, "再発送済み")
    add_report(store, ReportRecord(shop="注文屋", made_on=D + DAY, channel="テクニカルサポート",
                                   orders=tuple(ids["orders"])))
    store.close()

    assert set(remind(db_path, D)) == MINE  # what stood on D is unchanged
    on_d1 = remind(db_path, D + DAY)
    assert set(on_d1) == {"restriction_ends", "incident_open"}  # answered and reported that day
    assert "販売をまだ止めていません" not in on_d1["incident_open"]["text"]  # stopped that morning
    assert "4 日未解決" in on_d1["incident_open"]["text"]
    assert on_d1["incident_open"]["key"] == on_d["incident_open"]["key"]
    assert remind(db_path, D + 2 * DAY) == {}  # lifted, closed


def test_a_report_that_leaves_out_an_order_or_came_before_does_not_cover_the_pattern(store, rules):
    from penaltytracker.store.order_events import ReportRecord, add_report
    from penaltytracker.store.reminders import due_reminders

    ids = seed(store)
    add_report(store, ReportRecord(shop="注文屋", made_on=D, orders=tuple(ids["orders"][:2])))  # two of three
    add_report(store, ReportRecord(shop="注文屋", made_on=D - 3 * DAY, orders=tuple(ids["orders"])))  # before
    assert "pattern_unreported" in mine(due_reminders(store, rules, D))
    # Thirty days on (the data's recent_days), an old pattern is no longer listed.
    assert "pattern_unreported" in mine(due_reminders(store, rules, D + 29 * DAY))
    assert "pattern_unreported" not in mine(due_reminders(store, rules, D + 30 * DAY))


def test_restriction_rules_open_ended_overdue_and_awaited():
    from penaltytracker.core.marketplaces import load

    cat = load()
    open_ended = RestrictionRecord(shop="A", kind="listing", start=D - 5 * DAY, id=1)
    asked = ContactEntry(1, D - 9 * DAY, "mail", "received", "書類を提出してください", due=D - 2 * DAY, id=10)
    sent = ContactEntry(1, D - DAY, "mail", "sent", "x" * 60, due=D + 2 * DAY, id=11)
    [late] = restriction_reminders(cat, [(open_ended, [asked])], D, 7)
    assert (late.kind, late.message.code, late.due) == ("reply_due", "reminder.reply_overdue", D - 2 * DAY)
    assert "2 日過ぎています" in late.text("ja")
    found = restriction_reminders(cat, [(open_ended, [asked, sent])], D, 7)  # the later "sent" answers it
    assert [(r.message.code, r.due) for r in found] == [("reminder.reply_awaited", D + 2 * DAY)]
    found = restriction_reminders(cat, [(open_ended, [sent])], D, 7)
    assert [r.message.code for r in found] == ["reminder.reply_awaited"]
    assert found[0].message.params["summary"] == "x" * 39 + "…"
    [late] = restriction_reminders(cat, [(open_ended, [sent])], D + 3 * DAY, 7)
    assert late.message.code == "reminder.reply_late"
    assert restriction_reminders(cat, [(open_ended, [sent])], D, 2) == []  # due D+2: outside D..D+1
    today = ContactEntry(1, D - DAY, "phone", "received", "回答を", due=D, id=12)
    assert "今日（2026-06-15）" in restriction_reminders(cat, [(open_ended, [today])], D, 1)[0].text("ja")
    # Resolved: nothing is due any more, and it does not end either.
    done = RestrictionRecord(shop="A", kind="listing", start=D - 5 * DAY, days=7, resolved_on=D, id=2)
    assert restriction_reminders(cat, [(done, [today])], D, 7) == []
    assert [r.kind for r in restriction_reminders(cat, [(done, [today])], D - DAY, 7)] == [
        "restriction_ends", "reply_due"]  # on the day before, both stood
    # Not started yet: not ending (it is not in force).
    later = RestrictionRecord(shop="A", kind="listing", start=D + DAY, days=3, id=3)
    assert restriction_reminders(cat, [(later, [])], D, 7) == []


def test_the_threshold_comes_from_the_troubles_file(store, rules, tmp_path, monkeypatch):
    from penaltytracker.core.incidents import troubles_file
    from penaltytracker.store.incidents import remind_open_after_days
    from penaltytracker.store.reminders import due_reminders

    seed(store)
    assert remind_open_after_days() == 3
    own = tmp_path / "incidents.toml"
    own.write_text(troubles_file().read_text(encoding="utf-8").replace(
        "remind_open_after_days = 3", "remind_open_after_days = 5"), encoding="utf-8")
    monkeypatch.setenv("PENALTYTRACKER_TROUBLES", str(own))
    assert remind_open_after_days() == 5
    assert "incident_open" not in mine(due_reminders(store, rules, D + DAY))
    [item] = [r for r in due_reminders(store, rules, D + 2 * DAY) if r.kind == "incident_open"]
    assert item.due == D + 2 * DAY
    # A copy of the file without the key takes the bundled value.
    own.write_text(troubles_file().read_text(encoding="utf-8").replace("remind_open_after_days = 5", ""),
                   encoding="utf-8")
    assert remind_open_after_days() == 3


def test_every_source_on_the_store_target(store_target, rules):
    from penaltytracker.store import open_store
    from penaltytracker.store.reminders import due_reminders

    store = open_store(store_target)
    try:
        seed(store)
        assert mine(due_reminders(store, rules, D - DAY)) == {}
        found = mine(due_reminders(store, rules, D))
        assert {k: (r.shop, r.due) for k, r in found.items()} == {
            "restriction_ends": ("制限屋", D + 6 * DAY), "reply_due": ("回答屋", D + 6 * DAY),
            "incident_open": ("トラブル屋", D), "pattern_unreported": ("注文屋", D)}
        assert mine(due_reminders(store, rules, D, shops=["注文屋"])).keys() == {"pattern_unreported"}
        assert mine(due_reminders(store, rules, D + 7 * DAY)).keys() == {"reply_due", "incident_open",
                                                                      "pattern_unreported"}  # ended on D+6
    finally:
        store.close()
