"""Restrictions in the PDF summary (read back with pypdf) and in the weekly review page."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from penaltytracker.core.model import ViolationRecord
from penaltytracker.core.restrictions import ContactEntry, RestrictionRecord
from penaltytracker.reports import pdf
from penaltytracker.store import add_shop, add_violation
from penaltytracker.store import restrictions as rs

AS_OF = date(2026, 6, 17)


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    return qapp  # pytest-qt's QApplication before the PDF writer makes a QGuiApplication


def text_of(path) -> str:
    """The text of every page with all white space taken out (pypdf spaces Japanese words apart)."""
    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(path).pages)


def test_the_pdf_lists_active_restrictions_before_the_points(store, rules, tmp_path):
    add_violation(store, ViolationRecord("楽天店", date(2026, 6, 1), 40, title="違反"))
    r = rs.add_restriction(store, RestrictionRecord(shop="楽天店", kind="listing", start=date(2026, 6, 10), days=14,
                                                    cause="prohibited_item"))
    rs.add_contact(store, ContactEntry(r.id, date(2026, 6, 11), "mail", "sent", "問い合わせ", due=date(2026, 6, 20)))
    out = pdf.write_status_report(tmp_path / "r.pdf", store, rules, "楽天店", AS_OF)
    text = text_of(out)
    assert "制限・凍結" in text and "2026-06-10〜2026-06-23" in text and "7日" in text and "2026-06-20" in text
    assert "禁止出品物" in text and "制限中" in text
    assert text.index("制限・凍結") < text.index("年間累積違反点数")


def test_a_rakuten_shop_without_restrictions_has_no_section(store, rules, tmp_path):
    add_violation(store, ViolationRecord("楽天店", date(2026, 6, 1), 5, title="違反"))
    text = text_of(pdf.write_status_report(tmp_path / "r.pdf", store, rules, "楽天店", AS_OF))
    assert "制限・凍結" not in text and "年間累積違反点数" in text


def test_a_shop_on_another_marketplace_says_there_are_no_points(store, rules, tmp_path):
    add_shop(store, "メルカリ店", "mercari")
    rs.add_restriction(store, RestrictionRecord(shop="メルカリ店", kind="account_freeze", start=date(2026, 6, 15)))
    text = text_of(pdf.write_status_report(tmp_path / "m.pdf", store, rules, "メルカリ店", AS_OF))
    assert "違反点数制度は楽天市場のみ" in text and "メルカリ" in text
    assert "年間累積違反点数" not in text and "出荷状況（過去" not in text
    assert "2026-06-15〜解除まで" in text and "3日目" in text
    english = text_of(pdf.write_status_report(tmp_path / "e.pdf", store, rules, "メルカリ店", AS_OF, lang="en"))
    assert "RakutenIchiba'sonly" in english and "untilfurthernotice" in english


def test_the_weekly_review_lists_what_began_ended_or_is_due(qtbot, store, rules):
    from penaltytracker.ui.weekly_review import WeeklyReviewPage

    add_shop(store, "ラクマ店", "rakuma")
    began = rs.add_restriction(store, RestrictionRecord(shop="ラクマ店", kind="listing", start=date(2026, 6, 12),
                                                        days=30, cause="prohibited_item"))
    rs.add_restriction(store, RestrictionRecord(shop="ラクマ店", kind="purchase", start=date(2026, 5, 1), days=45))
    rs.add_contact(store, ContactEntry(began.id, date(2026, 6, 13), "form", "received", "書類の提出を求められた",
                                       due=date(2026, 6, 16)))
    page = WeeklyReviewPage(store, rules, lambda: "ラクマ店", "ja", today=lambda: AS_OF)
    qtbot.addWidget(page)
    text = page.restrictions_week.text()
    assert page.restrictions_box.title() == "制限・凍結"
    assert "今週始まった制限:\n  ・ラクマ 出品（禁止出品物）2026-06-12 〜 2026-07-11" in text
    assert "今週終わった制限:\n  ・ラクマ 購入" in text  # 5-1 + 45 days: last day 6-14
    assert "2026-06-16（期限切れ） — ラクマ 出品: 書類の提出を求められた" in text
    assert "制限中: 1件" in text
    assert "違反点数制度は楽天市場のみ" in page.points.text() and page.level.text() == ""  # no zeros for ラクマ
