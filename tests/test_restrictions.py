"""Restrictions: the end-date rule, open-ended and lifted cases, due dates, copied documents,
each marketplace's "still allowed" text, the letter's facts, migration, audit (issue 16)."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from penaltytracker.core import marketplaces
from penaltytracker.core.restrictions import (
    ACTIVE, ENDED, LIFTED, RESOLVED, UPCOMING, ContactEntry, RestrictionRecord, TradeRecord, buyer_notice,
    hidden_trade_text, letter, lifted, next_due, open_dues, resolved, restriction_week, still_allowed,
)
from penaltytracker.messages import Problem
from penaltytracker.store import StoreError, add_shop, open_store
from penaltytracker.store import restrictions as rs
from penaltytracker.store.engine import current_revision, head_revision, upgrade

D = date
CAT = marketplaces.load()


def rec(**kw) -> RestrictionRecord:
    base = dict(shop="ラクマ店", kind="listing", start=D(2026, 3, 1), days=30, marketplace="rakuma")
    return RestrictionRecord(**{**base, **kw})


# --- the end-date rule and states -----------------------------------------------------

def test_n_days_from_d_cover_d_to_d_plus_n_minus_1():
    r = rec()
    assert r.end == D(2026, 3, 30)
    assert r.state(D(2026, 2, 28)) == UPCOMING
    assert [r.state(d) for d in (D(2026, 3, 1), D(2026, 3, 30), D(2026, 3, 31))] == [ACTIVE, ACTIVE, ENDED]
    assert r.days_left(D(2026, 3, 1)) == 30  # the first day counts
    assert r.days_left(D(2026, 3, 30)) == 1  # so does the last
    assert r.days_left(D(2026, 3, 31)) == 0
    assert rec(days=1).end == D(2026, 3, 1)


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 1, 1)), st.integers(1, 4000), st.integers(-10, 5000))
def test_days_left_and_so_far_add_up_to_the_length(start, days, offset):
    r = rec(start=start, days=days)
    on = start + timedelta(days=offset)
    if 0 <= offset < days:
        assert r.state(on) == ACTIVE
        assert r.days_left(on) + r.days_so_far(on) == days + 1
    elif offset >= days:
        assert r.state(on) == ENDED and r.days_left(on) == 0 and r.days_so_far(on) == days


def test_open_ended_has_no_end_and_counts_days_so_far():
    r = rec(days=None)
    assert r.end is None and r.open_ended
    assert r.state(D(2027, 3, 1)) == ACTIVE
    assert r.days_left(D(2026, 3, 10)) is None
    assert r.days_so_far(D(2026, 3, 1)) == 1 and r.days_so_far(D(2026, 3, 10)) == 10


def test_lifting_early_is_active_before_the_day_and_lifted_from_it():
    r = lifted(rec(), D(2026, 3, 12))
    assert r.state(D(2026, 3, 11)) == ACTIVE and r.days_left(D(2026, 3, 11)) == 20  # as announced, then
    assert r.state(D(2026, 3, 12)) == LIFTED and r.days_left(D(2026, 3, 12)) == 0
    assert r.last_day == D(2026, 3, 11) and r.days_so_far(D(2026, 4, 1)) == 11
    open_ended = lifted(rec(days=None), D(2026, 5, 1))
    assert open_ended.state(D(2026, 4, 30)) == ACTIVE and open_ended.state(D(2026, 5, 1)) == LIFTED
    assert open_ended.end is None and open_ended.days_so_far(D(2026, 6, 1)) == 61


def test_lifting_is_refused_before_the_start_after_the_end_or_twice():
    with pytest.raises(Problem) as info:
        lifted(rec(), D(2026, 2, 1))
    assert info.value.code == "restriction.lifted_before_start"
    with pytest.raises(Problem) as info:
        lifted(rec(), D(2026, 3, 31))
    assert info.value.code == "restriction.lift_after_end"
    with pytest.raises(Problem) as info:
        lifted(lifted(rec(), D(2026, 3, 5)), D(2026, 3, 6))
    assert info.value.code == "restriction.already_lifted"


def test_resolving_closes_the_case_and_stops_a_running_restriction():
    r = resolved(rec(days=None), D(2026, 4, 2), "本人確認書類を提出し解除された")
    assert r.state(D(2026, 4, 1)) == ACTIVE and r.state(D(2026, 4, 2)) == RESOLVED
    assert r.outcome == "本人確認書類を提出し解除された"
    ended_then_resolved = resolved(rec(), D(2026, 5, 1))
    assert ended_then_resolved.state(D(2026, 4, 15)) == ENDED
    assert ended_then_resolved.state(D(2026, 5, 1)) == RESOLVED


# --- due dates ------------------------------------------------------------------------

def c(on, direction="sent", due=None, cid=None, closed=False):
    return ContactEntry(restriction_id=1, on=on, channel="form", direction=direction, summary="x", due=due, id=cid,
                        closed=closed)


def test_next_due_is_the_earliest_open_due_date_as_logged_by_the_date():
    r = rec()
    log = [c(D(2026, 3, 2), due=D(2026, 3, 9), cid=1), c(D(2026, 3, 4), "received", due=D(2026, 3, 7), cid=2)]
    # On 3-3 only the inquiry was logged: its reply is due on 3-9.
    assert next_due(r, log, D(2026, 3, 3)) == D(2026, 3, 9)
    # The reply came on 3-4 (answers the inquiry) and asks for a document by 3-7.
    assert next_due(r, log, D(2026, 3, 4)) == D(2026, 3, 7)
    assert [e.id for e in open_dues(r, log, D(2026, 3, 4))] == [2]
    # Sending the document answers that; nothing is due.
    log.append(c(D(2026, 3, 6), cid=3))
    assert next_due(r, log, D(2026, 3, 6)) is None
    assert next_due(r, log, D(2026, 3, 5)) == D(2026, 3, 7)  # an earlier date shows what was due then


def test_a_due_date_marked_done_or_a_resolved_case_has_nothing_due():
    r = rec()
    assert next_due(r, [c(D(2026, 3, 2), due=D(2026, 3, 9), closed=True)], D(2026, 3, 3)) is None
    done = resolved(r, D(2026, 3, 5))
    log = [c(D(2026, 3, 2), due=D(2026, 3, 9))]
    assert next_due(done, log, D(2026, 3, 4)) == D(2026, 3, 9)
    assert next_due(done, log, D(2026, 3, 5)) is None


def test_a_due_date_before_the_contact_is_refused(store):
    add_shop(store, "ラクマ店", "rakuma")
    r = rs.add_restriction(store, rec())
    with pytest.raises(StoreError) as info:
        rs.add_contact(store, c(D(2026, 3, 5), due=D(2026, 3, 4)).__class__(
            restriction_id=r.id, on=D(2026, 3, 5), channel="mail", direction="sent", summary="x", due=D(2026, 3, 4)))
    assert info.value.code == "restriction.due_before"


# --- still allowed, buyer notice, letters -----------------------------------------------

@pytest.mark.parametrize("key", list(CAT.marketplaces))
def test_every_marketplace_has_its_own_still_allowed_text_in_both_languages(key):
    m = CAT.marketplace(key)
    for kind in CAT.kinds:
        assert m.allowed(kind, "ja").strip() and m.allowed(kind, "en").strip()
    assert m.name.ja and m.name.en and m.source
    assert buyer_notice(CAT, rec(marketplace=key)).strip()


def test_still_allowed_on_rakuma_is_the_profile_text():
    assert "プロフィール" in still_allowed(CAT, rec(kind="listing"))
    assert "profile text" in still_allowed(CAT, rec(kind="editing"), "en")
    purchase = still_allowed(CAT, rec(kind="purchase"))
    assert "プロフィール" in purchase and "退会" in purchase  # the identity-check block: withdrawal blocked too
    texts = {key: still_allowed(CAT, rec(marketplace=key)) for key in CAT.marketplaces}
    assert len(set(texts.values())) == len(texts)  # each marketplace says its own
    assert "改善計画書" in still_allowed(CAT, rec(marketplace="amazon", kind="account_freeze"))


def test_the_keys_and_names_of_the_marketplaces():
    assert list(CAT.marketplaces) == ["rakuten", "yahoo", "amazon", "rakuma", "mercari", "yahuoku", "alibaba",
                                      "other"]
    assert [k for k, m in CAT.marketplaces.items() if m.points] == ["rakuten"]
    assert marketplaces.check_marketplace("ラクマ") == "rakuma"
    assert marketplaces.check_marketplace(None) == "rakuten"
    with pytest.raises(Problem):
        marketplaces.check_marketplace("ebay")
    assert CAT.cause_label("payment", "ja", "alibaba").startswith("支払い：")
    assert CAT.cause_label("payment", "ja", "rakuma") == "支払い関連"


def test_amazon_keeps_an_appeal_clock_from_the_data():
    from penaltytracker.core.restrictions import appeal_by

    assert appeal_by(CAT, rec(marketplace="amazon", start=D(2026, 6, 5))) == D(2026, 6, 21)  # 17 days: 6-5..6-21
    assert appeal_by(CAT, rec()) is None


def test_buyer_notice_gives_the_day_it_lifts():
    assert "2026-03-31" in buyer_notice(CAT, rec())  # last day 3-30, free from 3-31
    assert "解除後" in buyer_notice(CAT, rec(days=None))


def full(**kw):
    return rec(account="rakuma-user-1234", notice="出品禁止物に該当する商品が出品されていたため",
               cause="prohibited_item", what_happened="医薬品に当たる商品を誤って出品した",
               fixed="該当の出品を削除し、全出品を点検した", prevention="出品前に禁止物リストで確認する手順を追加した",
               **kw)


def test_the_inquiry_letter_carries_the_facts_of_the_record():
    text = letter(CAT, full(), [ContactEntry(1, D(2026, 3, 2), "form", "sent", "x", attachments=("本人確認書類.pdf",)),
                                ContactEntry(1, D(2026, 3, 3), "mail", "received", "y", attachments=("返信.eml",))])
    for fact in ("ラクマ ご担当者様", "ラクマ店", "rakuma-user-1234", "「出品禁止物に該当する商品が出品されていたため」",
                 "禁止出品物", "2026-03-01 〜 2026-03-30（30日間）", "医薬品に当たる商品を誤って出品した",
                 "該当の出品を削除し、全出品を点検した", "出品前に禁止物リストで確認する手順を追加した",
                 "制限の解除", "・本人確認書類.pdf"):
        assert fact in text, fact
    assert "返信.eml" not in text  # only what was sent is listed as attached
    empty = letter(CAT, rec(days=None))
    assert "期限の記載なし" in empty and empty.count("（未記入）") >= 4


def test_amazon_gets_a_three_part_plan_of_action():
    text = letter(CAT, full(marketplace="amazon", request="出品権限の回復をお願いします。"))
    root, fixed, prevent = text.index("1. 根本原因"), text.index("2. 実施した是正措置"), text.index("3. 再発防止策")
    assert root < fixed < prevent
    assert text.index("医薬品に当たる商品") > root and text.index("該当の出品を削除") > fixed
    assert text.index("禁止物リスト") > prevent
    assert "改善計画書" in text and "出品権限の回復をお願いします。" in text


def test_the_hidden_trade_text_has_what_support_asks_for():
    t = TradeRecord(1, item="うさぎのマグカップ", buyer="山田 花子", address="東京都千代田区1-1", price=2480,
                    shipped_on=D(2026, 3, 3), order="m123")
    text = hidden_trade_text(CAT, rec(), t)
    for fact in ("2026-03-03", "山田 花子", "東京都千代田区1-1", "うさぎのマグカップ", "¥2,480", "m123", "ラクマ 事務局"):
        assert fact in text


def test_the_week_lists_what_began_ended_or_is_due():
    began = replace(rec(start=D(2026, 3, 10), days=5), id=1)  # 3-10..3-14, free from 3-15
    older = replace(lifted(rec(days=None), D(2026, 3, 12)), id=2)
    quiet = replace(rec(start=D(2026, 1, 1), days=100), id=3)
    log = [ContactEntry(3, D(2026, 3, 1), "mail", "sent", "q", due=D(2026, 3, 18))]
    week = restriction_week([(began, []), (older, []), (quiet, log)], D(2026, 3, 15))
    assert [r.id for r in week.began] == [1]
    assert sorted(r.id for r in week.ended) == [1, 2]
    assert [(r.id, e.due) for r, e in week.due] == [(3, D(2026, 3, 18))]
    assert [r.id for r in week.active] == [3]


# --- the store -------------------------------------------------------------------------

def test_store_round_trip_lift_resolve_and_audit(store_target):
    s = open_store(store_target)
    try:
        add_shop(s, "ラクマ店", "rakuma")
        r = rs.add_restriction(s, full())
        assert r.marketplace == "rakuma" and r.end == D(2026, 3, 30)
        r2 = rs.add_restriction(s, rec(kind="アカウント凍結", days=None, cause="本人確認"))
        assert (r2.kind, r2.cause) == ("account_freeze", "identity_verification")
        assert rs.lift_restriction(s, r.id, D(2026, 3, 12)).lifted_on == D(2026, 3, 12)
        with pytest.raises(StoreError) as info:
            rs.resolve_restriction(s, r.id, D(2026, 3, 11))
        assert info.value.code == "restriction.resolve_before_lift"
        done = rs.resolve_restriction(s, r.id, D(2026, 3, 20), "解除された")
        assert done.state(D(2026, 3, 20)) == RESOLVED
        actions = [h["action"] for h in rs.restriction_history(s, r.id)]
        assert actions == ["create", "lift", "resolve"]
        assert [x.id for x in rs.list_restrictions(s, "ラクマ店")] == [r2.id, r.id]
        stale = replace(r2, note="a")
        rs.update_restriction(s, stale)
        with pytest.raises(StoreError) as info:
            rs.update_restriction(s, replace(stale, note="b"))  # read before the first save
        assert info.value.code == "restriction.stale"
        with pytest.raises(StoreError) as info:
            rs.add_restriction(s, rec(kind="nonsense"))
        assert info.value.code == "restriction.unknown_kind"
    finally:
        s.close()


def test_delete_and_restore_put_back_the_log_and_trades(store):
    add_shop(store, "ラクマ店", "rakuma")
    r = rs.add_restriction(store, rec())
    entry = rs.add_contact(store, ContactEntry(r.id, D(2026, 3, 2), "form", "sent", "問い合わせ", due=D(2026, 3, 9)))
    trade = rs.add_trade(store, TradeRecord(r.id, item="マグ", buyer="山田", price=1200))
    record, contacts, trades = rs.delete_restriction(store, r.id)
    assert rs.list_restrictions(store) == []
    rs.restore_restriction(store, record, contacts, trades)
    assert rs.list_contacts(store, r.id) == [entry]
    assert [t.id for t in rs.list_trades(store, r.id)] == [trade.id]
    assert rs.get_restriction(store, r.id).start == D(2026, 3, 1)


# --- documents: copied, never linked, never outside the data folder ------------------------

@pytest.fixture
def any_store(store_target):
    s = open_store(store_target)
    yield s
    s.close()


def test_documents_are_copied_into_the_data_folder(any_store, tmp_path):
    store = any_store
    add_shop(store, "ラクマ店", "rakuma")
    r = rs.add_restriction(store, rec())
    original = tmp_path / "outside" / "本人確認書類.pdf"
    original.parent.mkdir()
    original.write_bytes(b"%PDF-1.4 id")
    link = tmp_path / "outside" / "link.pdf"
    os.symlink(original, link)
    entry = rs.add_contact(store, ContactEntry(r.id, D(2026, 3, 2), "form", "sent", "書類を送付"),
                           [original, str(original), link])
    assert entry.attachments == ("本人確認書類.pdf", "本人確認書類-2.pdf", "link.pdf")
    from penaltytracker.paths import data_dir

    root = rs.attachments_root(store).resolve()
    assert root.is_relative_to(data_dir().resolve() / "attachments")
    for name in entry.attachments:
        copy = rs.attachment_path(store, r.id, name)
        assert copy.is_relative_to(root) and copy.is_file() and not copy.is_symlink()
        assert copy.read_bytes() == b"%PDF-1.4 id"
    original.write_bytes(b"changed later")
    original.unlink()  # the case keeps its papers
    assert rs.attachment_path(store, r.id, "本人確認書類.pdf").read_bytes() == b"%PDF-1.4 id"


@pytest.mark.parametrize("name", ["../escape.txt", "..", "a/../../b.txt", "/etc/passwd", "/tmp/abs.txt",
                                  "C:\\Windows\\x.txt", "..\\..\\x.txt", "sub/dir.txt", "", "nul\x00.txt"])
def test_a_name_that_would_escape_the_data_folder_is_refused(store, tmp_path, name):
    add_shop(store, "ラクマ店", "rakuma")
    r = rs.add_restriction(store, rec())
    source = tmp_path / "doc.txt"
    source.write_text("secret")
    before = set(tmp_path.rglob("*"))
    with pytest.raises(StoreError) as info:
        rs.add_contact(store, ContactEntry(r.id, D(2026, 3, 2), "mail", "sent", "x"), [(source, name)])
    assert info.value.code == "restriction.bad_attachment_name"
    assert rs.list_contacts(store, r.id) == []  # nothing logged
    assert {p for p in set(tmp_path.rglob("*")) - before if p.is_file()} == set()  # nothing written
    with pytest.raises(StoreError):
        rs.attachment_path(store, r.id, name)


def test_a_failed_log_entry_leaves_no_copies(store, tmp_path):
    add_shop(store, "ラクマ店", "rakuma")
    r = rs.add_restriction(store, rec())
    good = tmp_path / "a.txt"
    good.write_text("a")
    with pytest.raises(StoreError) as info:
        rs.add_contact(store, ContactEntry(r.id, D(2026, 3, 2), "mail", "sent", "x"), [good, tmp_path / "missing.txt"])
    assert info.value.code == "restriction.attach_missing"
    folder = rs.attachments_root(store) / f"restriction-{r.id}"
    assert not folder.exists() or not any(folder.iterdir())


# --- shops and the migration ---------------------------------------------------------

def test_a_restriction_on_an_unknown_shop_creates_it_like_a_violation_does(store):
    r = rs.add_restriction(store, rec(shop="新しいメルカリ店", marketplace="mercari"))
    assert r.marketplace == "mercari" and rs.shop_marketplace(store, "新しいメルカリ店") == "mercari"
    rs.add_restriction(store, RestrictionRecord(shop="新しい楽天店", kind="listing", start=D(2026, 3, 1)))
    assert rs.shop_marketplace(store, "新しい楽天店") == "rakuten"
    rs.add_restriction(store, rec(shop="新しいメルカリ店", marketplace="amazon"))  # an existing shop keeps its own
    assert rs.shop_marketplace(store, "新しいメルカリ店") == "mercari"


def test_shops_have_a_marketplace(store):
    add_shop(store, "楽天店")
    add_shop(store, "アマゾン店", "amazon")
    assert rs.shop_marketplaces(store) == {"楽天店": "rakuten", "アマゾン店": "amazon"}
    assert rs.set_shop_marketplace(store, "楽天店", "Yahoo!ショッピング") == "yahoo"
    with pytest.raises(StoreError) as info:
        add_shop(store, "謎", "ebay")
    assert info.value.code == "marketplace.unknown"


def test_a_store_at_0004_with_data_is_carried_forward(db_path, rules):
    from penaltytracker.store import list_violations, shop_status

    old = open_store(db_path, migrate=False)
    upgrade(old, "0004")
    with old.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO shops (id, name, created_at) VALUES (1, '旧店舗', '2025-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO violations (shop_id, points_date, occurred_on, category, points, title, details, reference,"
            " status, corrective_action, created_at, updated_at, version) VALUES"
            " (1, '2026-02-01', NULL, 'other', 55, '古い記録', '', '', 'active', '', '2026-02-01', '2026-02-01', 1)")
    old.close()
    s = open_store(db_path)
    try:
        assert current_revision(s) == head_revision()
        assert rs.shop_marketplaces(s) == {"旧店舗": "rakuten"}
        assert shop_status(s, rules, "旧店舗", D(2026, 2, 2)).level == "II"
        assert [v.title for v in list_violations(s, "旧店舗")] == ["古い記録"]
        r = rs.add_restriction(s, rec(shop="旧店舗", marketplace="rakuten"))
        assert rs.get_restriction(s, r.id).marketplace == "rakuten"
    finally:
        s.close()
    tables = {row[0] for row in sqlite3.connect(db_path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"restrictions", "restriction_contacts", "restriction_trades"} <= tables
