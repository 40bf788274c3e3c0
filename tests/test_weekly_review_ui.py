"""The weekly review page, the dashboard's nudge text and File → Export PDF…, with real widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import add_shop, add_violation
from penaltytracker.store.reviews import last_review
from penaltytracker.ui.weekly_review import WeeklyReviewPage, review_nudge_text

SHOP = "週次レビュー店"
TODAY = date(2026, 6, 17)


def test_nudge_text_in_both_languages():
    assert review_nudge_text(None, TODAY, "ja") == "まだ週次レビューをしていません。"
    assert review_nudge_text(TODAY, TODAY, "ja") == "最終レビュー: 今日"
    assert review_nudge_text(TODAY - timedelta(days=3), TODAY, "ja") == "最終レビュー: 3日前"
    nudged = review_nudge_text(TODAY - timedelta(days=9), TODAY, "ja")
    assert nudged.startswith("最終レビュー: 9日前") and "週次レビューをしましょう" in nudged
    assert review_nudge_text(TODAY - timedelta(days=3), TODAY, "en") == "Last reviewed 3 days ago"
    assert "time for the weekly review" in review_nudge_text(TODAY - timedelta(days=7), TODAY, "en")
    assert review_nudge_text(None, TODAY, "en") == "No weekly review yet."


@pytest.fixture
def week_store(store, rules):
    first = rules.levels[0]
    add_violation(store, ViolationRecord(SHOP, date(2026, 6, 9), first.threshold - 5, title="先週までの違反"))
    add_violation(store, ViolationRecord(SHOP, date(2026, 6, 16), 10, title="今週の違反",
                                         category=rules.categories[0].key))
    from penaltytracker.core.shipping import ShipmentRecord
    from penaltytracker.store.shipments import add_shipment

    add_shipment(store, ShipmentRecord(SHOP, "R-100", date(2026, 6, 14), date(2026, 6, 16), cause="carrier"))
    return store


def _page(qtbot, store, rules, shop, lang="ja"):
    page = WeeklyReviewPage(store, rules, lambda: shop, lang, today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


def test_page_shows_the_week(qtbot, week_store, rules):
    page = _page(qtbot, week_store, rules, SHOP)
    first = rules.levels[0]
    assert SHOP in page.heading.text() and "2026-06-11 〜 2026-06-17" in page.heading.text()
    assert page.last_review.text() == "まだ週次レビューをしていません。"
    assert page.points.text() == "今週加算された点数: +10点（1件）"
    assert page.level.text() == f"違反レベル: なし → {first.name}（上昇）"
    table = page.violations
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(5)] == [
        "2026-06-16", rules.categories[0].name_ja, "10", "今週の違反", "有効"]
    late = page.shipments
    assert late.rowCount() == 1
    assert [late.item(0, c).text() for c in range(5)] == [
        "R-100", "2026-06-14", "2026-06-16", "2", rules.shipping_cause_label("carrier", "ja")]
    # level I was reached on 6/16: its shortest sanctions end within the coming week
    days = min(first.sanctions.values())
    end = (date(2026, 6, 16) + timedelta(days=days - 1)).isoformat()
    for kind, d in first.sanctions.items():
        if d == days and days <= 7:
            assert f"{rules.sanction_name(kind, 'ja')}（レベル{first.name}）: {end} まで" in page.ending.text()


def test_no_sanction_ending_says_so(qtbot, store, rules):
    add_shop(store, SHOP)
    page = _page(qtbot, store, rules, SHOP)
    assert page.ending.text() == "今後7日以内に終わる制裁はありません。"
    assert not page.violations.isVisibleTo(page) and page.no_violations.isVisibleTo(page)


def test_sanctions_ending_soon_are_listed(qtbot, store, rules):
    lv = rules.levels[0]
    days = min(lv.sanctions.values())
    add_violation(store, ViolationRecord(SHOP, TODAY - timedelta(days=days - 2), lv.threshold))
    page = _page(qtbot, store, rules, SHOP, lang="en")
    shortest = [k for k, d in lv.sanctions.items() if d == days]
    for kind in shortest:
        assert rules.sanction_name(kind, "en") in page.ending.text()
    assert (TODAY + timedelta(days=1)).isoformat() in page.ending.text()


def test_review_done_is_stored_and_shown(qtbot, week_store, rules):
    page = _page(qtbot, week_store, rules, SHOP)
    page.note.setText("問題なし")
    with qtbot.waitSignal(page.review_done) as signal:
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert signal.args == [SHOP, TODAY]
    assert last_review(week_store, SHOP) == TODAY
    assert page.last_review.text() == "最終レビュー: 今日"
    assert page.note.text() == ""
    assert "2026-06-17" in page.status.text()


def test_without_a_shop_the_button_is_off(qtbot, store, rules):
    page = _page(qtbot, store, rules, None)
    assert not page.done_button.isEnabled()
    assert "選んでください" in page.last_review.text()
    assert page.violations.rowCount() == 0


# --- File → Export PDF… ------------------------------------------------------------------------

@pytest.fixture
def parent(qtbot):
    from penaltytracker.ui.ops import Ops

    window = QWidget()
    qtbot.addWidget(window)
    window.ops = Ops(window)
    window.ops.show_errors = False
    return window


def _boxes(name):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == name
            and w.isVisible()]


def test_export_pdf_writes_and_offers_to_open(qtbot, parent, week_store, rules, tmp_path, monkeypatch):
    from penaltytracker.ui import pdf_export

    opened = []
    monkeypatch.setattr(pdf_export.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    out = tmp_path / "週次.pdf"
    op = pdf_export.export_pdf(parent, week_store, rules, SHOP, TODAY, "ja", path=out)
    qtbot.waitUntil(lambda: op.done, timeout=60_000)
    assert op.error is None
    assert out.read_bytes()[:5] == b"%PDF-"
    qtbot.waitUntil(lambda: bool(_boxes("pdfSavedBox")))
    box = _boxes("pdfSavedBox")[0]
    assert str(out) in box.informativeText()
    box.button(QMessageBox.StandardButton.Open).click()
    assert opened == [str(out)]


def test_export_pdf_error_is_reported_and_nothing_written(qtbot, parent, week_store, rules, tmp_path):
    from penaltytracker.ui.pdf_export import export_pdf

    target = tmp_path / "missing" / "r.pdf"
    op = export_pdf(parent, week_store, rules, SHOP, TODAY, "ja", path=target)
    qtbot.waitUntil(lambda: op.done, timeout=60_000)
    assert op.error is not None
    assert "がありません" in parent.ops.last_error  # worded in the window's language (ja)
    assert not target.exists()


def test_export_pdf_without_a_shop_asks_for_one(qtbot, parent, store, rules, tmp_path):
    from penaltytracker.ui.pdf_export import export_pdf

    assert export_pdf(parent, store, rules, None, TODAY, "en", path=tmp_path / "r.pdf") is None
    qtbot.waitUntil(lambda: bool(_boxes("pdfChooseShopBox")))
    _boxes("pdfChooseShopBox")[0].close()
    assert not (tmp_path / "r.pdf").exists()


def test_default_file_name_is_safe():
    from penaltytracker.ui.pdf_export import default_file_name

    assert default_file_name('店/A: "B"', TODAY) == "店_A_B_2026-06-17_status.pdf"
