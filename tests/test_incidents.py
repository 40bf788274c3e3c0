"""Incidents: each category's checklist from data, stop/resume times, figures, the store, the CLI."""

from __future__ import annotations

import json
import tomllib
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from penaltytracker.core.incidents import (
    CATEGORIES, Contact, IncidentRecord, checklist, duration_text, figures, load_troubles,
)
from penaltytracker.paths import resources_dir
from penaltytracker.store import open_store
from penaltytracker.store.engine import StoreError
from penaltytracker.store.incidents import (
    add_contact, add_incident, close_incident, delete_incident, get_incident, history, link, list_incidents,
    resume_selling, stop_selling, tick_step, without_ids,
)

T0 = datetime(2026, 2, 10, 9, 0)


@pytest.fixture(scope="module")
def troubles():
    return load_troubles()


def _raw():
    with open(resources_dir() / "troubles" / "incidents.toml", "rb") as fh:
        return tomllib.load(fh)


# --- the checklists (data) ------------------------------------------------------------------

EXPECTED_STEPS = {
    "wrong_item": ["find_reach", "stop_if_spreading", "contact_buyers", "contact_support", "fix_process"],
    "wrong_quantity": ["find_reach", "stop_if_spreading", "contact_buyers", "contact_support", "fix_process"],
    "wrong_weight": ["find_reach", "stop_if_spreading", "contact_buyers", "contact_support", "fix_process"],
    "wrong_description": ["fix_listing", "find_buyers", "ask_buyers", "act_on_problem", "description_matches"],
    "partial_defect": ["stop_related", "judge_standard", "contact_buyers", "contact_support", "compare_all",
                       "improve", "sellable_as_described"],
    "fatal_defect": ["stop_all", "quarantine", "contact_buyers", "contact_support", "new_lot_checked"],
    "other": ["find_reach", "contact_buyers", "contact_support", "cause_fixed"],
}


def test_every_category_key_of_the_issue_is_in_the_data(troubles):
    assert set(troubles.categories) == set(CATEGORIES)


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_brings_its_checklist_from_the_data_file(troubles, category):
    cat = troubles.category(category)
    assert [s.key for s in cat.steps] == EXPECTED_STEPS[category]
    raw = _raw()["categories"][category]["steps"]
    assert [(s.key, s.phase, s.ja, s.en) for s in cat.steps] == [(r["key"], r["phase"], r["ja"], r["en"]) for r in raw]
    # What to do now, whom to contact, when to resume: every checklist has all three.
    assert {s.phase for s in cat.steps} == {"now", "contact", "resume"}
    record = IncidentRecord(shop="A", opened_at=T0, category=category)
    assert [line.step.key for line in checklist(record, troubles)] == EXPECTED_STEPS[category]
    assert all(line.done_at is None for line in checklist(record, troubles))


def test_rule_three_branches_drop_the_other_branchs_steps(troubles):
    cat = troubles.category("partial_defect")
    assert cat.branches == ("3(1)", "3(2)")
    assert cat.stop_suggested and troubles.category("fatal_defect").stop_suggested
    assert [s.key for s in cat.steps_for("3(1)")] == ["stop_related", "judge_standard", "contact_buyers",
                                                       "contact_support", "sellable_as_described"]
    assert [s.key for s in cat.steps_for("3(2)")] == ["stop_related", "judge_standard", "compare_all", "improve",
                                                       "sellable_as_described"]
    # The operator's rule 3: stop selling every related item first.
    assert cat.steps[0].phase == "now" and "止める" in cat.steps[0].ja


def test_an_edited_copy_of_the_data_file_is_used(tmp_path, monkeypatch):
    text = (resources_dir() / "troubles" / "incidents.toml").read_text(encoding="utf-8")
    edited = tmp_path / "mine.toml"
    edited.write_text(text.replace('name_ja = "その他のトラブル"', 'name_ja = "その他（自店の分類）"'), encoding="utf-8")
    monkeypatch.setenv("PENALTYTRACKER_TROUBLES", str(edited))
    assert load_troubles().category("other").name_ja == "その他（自店の分類）"


# --- figures --------------------------------------------------------------------------------------

def test_figures_time_to_stop_first_contact_and_days_open(troubles):
    r = IncidentRecord(shop="A", opened_at=T0, category="wrong_item", stopped_at=T0 + timedelta(minutes=12),
                       contacts=(Contact(at=T0 + timedelta(hours=3, minutes=5), party="buyer"),
                                 Contact(at=T0 + timedelta(hours=1), party="support")))
    f = figures(r, troubles, date(2026, 2, 13))
    assert f.time_to_stop == timedelta(minutes=12)
    assert f.time_to_first_contact == timedelta(hours=1)  # the earliest, whatever order logged
    assert f.days_open == 3
    closed = replace(r, closed_on=date(2026, 2, 11))
    assert figures(closed, troubles, date(2026, 3, 1)).days_open == 1
    assert figures(IncidentRecord(shop="A", opened_at=T0, category="other"), troubles, T0.date()).time_to_stop is None
    assert duration_text(timedelta(minutes=12), "ja") == "12分"
    assert duration_text(timedelta(hours=3, minutes=5), "ja") == "3時間5分"
    assert duration_text(timedelta(days=2, hours=4, minutes=1), "en") == "2 d 4 h"
    assert duration_text(None, "ja") == "—"


def test_state_on_an_earlier_date_shows_what_stood_then(troubles):
    r = IncidentRecord(shop="A", opened_at=T0, category="other", closed_on=date(2026, 2, 20))
    assert r.state(date(2026, 2, 19)) == "open"
    assert r.state(date(2026, 2, 20)) == "closed"
    assert r.state() == "closed"


# --- the store ------------------------------------------------------------------------------------

@pytest.fixture
def st(store_target):
    s = open_store(store_target)
    yield s
    s.close()


def test_stop_and_resume_times_are_recorded_and_checked(st, troubles):
    r = add_incident(st, IncidentRecord(shop="A", opened_at=T0, category="fatal_defect", summary="ロット全体に割れ"),
                     troubles)
    stopped = stop_selling(st, r.id, T0 + timedelta(minutes=7))
    assert stopped.stopped_at == datetime(2026, 2, 10, 9, 7) and stopped.resumed_at is None
    with pytest.raises(StoreError) as info:
        stop_selling(st, r.id, T0 + timedelta(minutes=9))
    assert info.value.code == "incident.already_stopped"
    with pytest.raises(StoreError) as info:
        resume_selling(st, r.id, T0 + timedelta(days=3), "")
    assert info.value.code == "incident.reason_required"
    with pytest.raises(StoreError) as info:
        resume_selling(st, r.id, T0, "早すぎ")
    assert info.value.code == "incident.resume_before_stop"
    resumed = resume_selling(st, r.id, datetime(2026, 2, 14, 15, 30), "新しいロットを全数検品した")
    assert (resumed.resumed_at, resumed.resume_reason) == (datetime(2026, 2, 14, 15, 30), "新しいロットを全数検品した")
    f = figures(resumed, troubles, date(2026, 2, 20))
    assert f.time_to_stop == timedelta(minutes=7)
    assert f.stopped_for == datetime(2026, 2, 14, 15, 30) - datetime(2026, 2, 10, 9, 7)
    # Taking the resume back, then the stop, is what undo does.
    assert resume_selling(st, r.id, None).resumed_at is None
    assert stop_selling(st, r.id, None).stopped_at is None
    actions = [h["action"] for h in history(st, r.id)]
    assert actions == ["create", "stop", "resume", "unresume", "unstop"]


def test_resume_without_a_stop_is_refused(st, troubles):
    r = add_incident(st, IncidentRecord(shop="A", opened_at=T0, category="other"), troubles)
    with pytest.raises(StoreError) as info:
        resume_selling(st, r.id, T0 + timedelta(hours=1), "大丈夫")
    assert info.value.code == "incident.not_stopped"


def test_ticking_steps_with_their_times(st, troubles):
    r = add_incident(st, IncidentRecord(shop="A", opened_at=T0, category="partial_defect"), troubles)
    r = tick_step(st, r.id, "stop_related", T0 + timedelta(minutes=3), troubles)
    r = tick_step(st, r.id, "judge_standard", T0 + timedelta(hours=2), troubles)
    lines = {line.step.key: line.done_at for line in checklist(r, troubles)}
    assert lines["stop_related"] == datetime(2026, 2, 10, 9, 3)
    assert lines["judge_standard"] == datetime(2026, 2, 10, 11, 0)
    assert lines["contact_buyers"] is None
    with pytest.raises(StoreError) as info:
        tick_step(st, r.id, "no_such_step", T0, troubles)
    assert info.value.code == "incident.unknown_step"
    r = tick_step(st, r.id, "stop_related", None, troubles)
    assert r.done_at("stop_related") is None
    assert figures(r, troubles, T0.date()).steps_done == 1


def test_contacts_links_close_and_the_open_list(st, troubles):
    from penaltytracker.core.model import ViolationRecord
    from penaltytracker.store import add_violation

    v = add_violation(st, ViolationRecord(shop="A", points_date=date(2026, 2, 20), points=20, category="other"))
    other = add_violation(st, ViolationRecord(shop="B", points_date=date(2026, 2, 20), points=5))
    r = add_incident(st, IncidentRecord(shop="A", opened_at=T0, category="wrong_description"), troubles)
    add_incident(st, IncidentRecord(shop="A", opened_at=T0 + timedelta(days=1), category="other"), troubles)
    r = add_contact(st, r.id, Contact(at=T0 + timedelta(minutes=40), party="buyer", channel="メール",
                                      summary="説明の誤りをお詫びし、返品を案内"))
    r = add_contact(st, r.id, Contact(at=T0 + timedelta(hours=5), party="support", channel="フォーム", direction="in",
                                      summary="事務局から返品手順の連絡"))
    assert [c.party for c in r.contacts] == ["buyer", "support"]
    assert figures(r, troubles, T0.date()).time_to_first_contact == timedelta(minutes=40)
    r = link(st, r.id, "violation", v.id)
    assert [(x.kind, x.target_id) for x in r.links] == [("violation", v.id)]
    with pytest.raises(StoreError) as info:
        link(st, r.id, "violation", other.id)
    assert info.value.code == "incident.link_other_shop"
    with pytest.raises(StoreError):
        link(st, r.id, "shipment", 999)
    close_incident(st, r.id, date(2026, 2, 15), "全員に返金済み")
    assert [x.id for x in list_incidents(st, "A", open_only=True, as_of=date(2026, 2, 20))] == [r.id + 1]
    assert {x.id for x in list_incidents(st, "A", open_only=True, as_of=date(2026, 2, 14))} == {r.id, r.id + 1}
    assert list_incidents(st, "A", as_of=date(2026, 2, 9)) == []  # opened later: not there yet
    with pytest.raises(StoreError) as info:
        close_incident(st, r.id, date(2026, 2, 16))
    assert info.value.code == "incident.already_closed"


def test_delete_and_undo_put_it_back_whole(st, troubles):
    r = add_incident(st, IncidentRecord(shop="A", opened_at=T0, category="wrong_item", affected="ロット 2602A"),
                     troubles)
    tick_step(st, r.id, "find_reach", T0 + timedelta(minutes=5), troubles)
    stop_selling(st, r.id, T0 + timedelta(minutes=6))
    add_contact(st, r.id, Contact(at=T0 + timedelta(minutes=30), party="buyer", channel="電話"))
    before = get_incident(st, r.id)
    gone = delete_incident(st, r.id)
    assert list_incidents(st, "A") == []
    back = add_incident(st, without_ids(gone), troubles)
    assert back.id == before.id
    assert (back.steps, back.stopped_at, back.affected) == (before.steps, before.stopped_at, before.affected)
    assert [(c.at, c.party, c.channel) for c in back.contacts] == [(c.at, c.party, c.channel) for c in before.contacts]


def test_a_bad_category_is_refused_by_code(st, troubles):
    with pytest.raises(StoreError) as info:
        add_incident(st, IncidentRecord(shop="A", opened_at=T0, category="typo"), troubles)
    assert info.value.code == "incident.unknown_category"
    assert "wrong_item" in info.value.text("ja")


# --- the command line -------------------------------------------------------------------------------

def test_cli_add_list_tick_stop_resume_close(cli):
    code, out, err = cli("incident", "add", "--shop", "店A", "--on", "2026-02-10T09:00", "--category",
                         "wrong_quantity", "--summary", "3個のところ2個", "--stop-all")
    assert code == 0, err
    iid = int(out.strip())
    assert cli("incident", "tick", str(iid), "find_reach", "--at", "2026-02-10T09:20")[0] == 0
    assert cli("incident", "contact", str(iid), "--party", "buyer", "--channel", "メール", "--summary", "不足分を発送",
               "--at", "2026-02-10T10:00")[0] == 0
    code, out, err = cli("incident", "list", "--shop", "店A", "--open", "--as-of", "2026-02-11", "--json")
    assert code == 0, err
    [item] = json.loads(out)
    assert item["id"] == iid and item["category"] == "wrong_quantity" and item["state"] == "open"
    assert item["opened_on"] == "2026-02-10" and item["stopped_at"] == "2026-02-10T09:00"
    assert [s["step"] for s in item["checklist"]] == EXPECTED_STEPS["wrong_quantity"]
    assert item["checklist"][0]["done_at"] == "2026-02-10T09:20" and item["checklist"][1]["done_at"] is None
    assert item["minutes_to_stop"] == 0 and item["minutes_to_first_contact"] == 60
    code, out, err = cli("incident", "resume", str(iid), "--reason", "検品手順を直した", "--at", "2026-02-11T08:00")
    assert code == 0, err
    assert cli("incident", "close", str(iid), "--on", "2026-02-12")[0] == 0
    code, out, _ = cli("incident", "list", "--shop", "店A", "--open", "--as-of", "2026-02-12", "--json")
    assert json.loads(out) == []
    code, out, _ = cli("incident", "list", "--shop", "店A", "--json", "--as-of", "2026-02-12")
    assert json.loads(out)[0]["state"] == "closed"


def test_cli_not_stopped_is_null_and_bad_input_exits_2(cli):
    code, out, err = cli("incident", "add", "--shop", "A", "--on", "2026-02-10", "--category", "other")
    assert code == 0, err
    code, out, _ = cli("incident", "list", "--shop", "A", "--json", "--as-of", "2026-02-10")
    assert json.loads(out)[0]["stopped_at"] is None
    code, _out, err = cli("incident", "add", "--shop", "A", "--on", "2026-02-10", "--category", "nope")
    assert code == 2 and "nope" in err
    code, _out, err = cli("incident", "resume", "1", "--reason", "x")
    assert code == 2 and "停止していない" in err
    code, _out, err = cli("incident", "close", "99", "--on", "2026-02-10")
    assert code == 2 and "99" in err


def test_cli_export_incidents(cli, tmp_path):
    cli("incident", "add", "--shop", "A", "--on", "2026-02-10T09:00", "--category", "other", "--stop-all")
    out_file = tmp_path / "incidents.csv"
    code, _out, err = cli("export", "incidents", str(out_file), "--as-of", "2026-02-12")
    assert code == 0, err
    lines = out_file.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,shop,opened_at,category")
    assert lines[1].startswith("1,A,2026-02-10 09:00,other")
