"""The three shop criteria in the window (issue 13): the shipping page's panel, cancelled
orders in the delay log and by hand, the entry dialog's new fields, the import mapping,
the dashboard card, the weekly review and the English PDF. Real widgets, a real store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from penaltytracker.core.shipping import ShipmentRecord
from penaltytracker.store.shipments import ShipmentFilter, count_shipments, find_shipment, upsert_shipments
from penaltytracker.ui.shipping_page import COLUMNS, ShippingPage

TODAY = date(2026, 10, 28)
SHOP = "楽天ショップA"


def on_time(n: int, promised: date = date(2026, 10, 20), prefix: str = "o", **kw) -> list[ShipmentRecord]:
    return [ShipmentRecord(shop=SHOP, order_id=f"{prefix}{i}", promised_ship_date=promised, shipped_on=promised,
                           **kw) for i in range(n)]


@pytest.fixture
def page(qtbot, store, rules):
    widget = ShippingPage(store, rules, lambda: SHOP, "en", today=lambda: TODAY)
    widget.ops.show_errors = False
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    settle(qtbot, widget.ops)
    return widget


def settle(qtbot, ops) -> None:
    qtbot.waitUntil(ops.is_idle, timeout=10_000)


def texts(panel) -> list[list[str]]:
    return [[label.text() for label in row] for row in zip(panel.names, panel.values, panel.targets, panel.verdicts)]


def cell(page, row: int, key: str) -> str:
    return page.model.index(row, [k for k, _s in COLUMNS].index(key)).data()


def test_the_panel_shows_each_criterion_with_target_and_verdict(qtbot, page, store):
    upsert_shipments(store, on_time(99) + [
        ShipmentRecord(shop=SHOP, order_id="late", promised_ship_date=date(2026, 10, 1), cancelled=True),
        ShipmentRecord(shop=SHOP, order_id="d1", promised_ship_date=date(2026, 10, 2), shipped_on=date(2026, 10, 2),
                       ordered_on=date(2026, 10, 1), delivered_on=date(2026, 10, 4))])
    page.refresh()
    settle(qtbot, page.ops)
    rows = texts(page.criteria)
    assert rows[0][0].startswith("On-time rate") and rows[0][1] == "100.0% (0 of 100 late)"
    assert rows[0][2] == "96% or more" and rows[0][3] == "Pass"
    assert rows[1][1] == "100.0% (1 of 1 delivered)" and rows[1][2] == "80% or more" and rows[1][3] == "Pass"
    assert rows[2] == [rows[2][0], "100", "100 or more", "Pass"]
    assert "1 cancelled order(s) left out" in page.criteria.notes.text()
    assert "calendar month, month to date (2026-10-01 to 2026-10-28)" in page.criteria.period.text()
    assert page.criteria.last_month.text().startswith("Last full month (2026-09-01 to 2026-09-30)")
    # The cancelled order shows as such in the delay log, not as late.
    page.search.setText("late")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page, 0, "days_late") == "Cancelled" and cell(page, 0, "shipped_on") == "Cancelled"


def test_below_the_minimum_every_criterion_says_not_eligible(qtbot, page, store):
    upsert_shipments(store, on_time(96))
    page.refresh()
    settle(qtbot, page.ops)
    rows = texts(page.criteria)
    needed = "Not eligible: 96 of the 100 shipments needed"
    assert rows[0][3] == needed and rows[2][3] == needed and rows[1][3] == "Not computed"
    assert "needs delivery dates" in page.criteria.notes.text()
    assert needed in page.summary.text()


def test_mark_cancelled_by_hand_and_back(qtbot, page, store):
    upsert_shipments(store, [ShipmentRecord(shop=SHOP, order_id="X-1", promised_ship_date=date(2026, 10, 20))])
    page.refresh()
    settle(qtbot, page.ops)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page, 0, "days_late") == "8"
    page.table.selectRow(0)
    assert page.cancel_button.isEnabled() and page.cancel_button.text() == "Mark cancelled"
    page.cancel_button.click()
    settle(qtbot, page.ops)
    assert find_shipment(store, SHOP, "X-1").cancelled
    qtbot.waitUntil(lambda: cell(page, 0, "days_late") == "Cancelled")
    assert "0 of" not in texts(page.criteria)[0][1]  # no shipments left: the on-time rate has no figure
    page.table.selectRow(0)
    assert page.cancel_button.text() == "Not cancelled"
    page.cancel_button.click()
    settle(qtbot, page.ops)
    assert not find_shipment(store, SHOP, "X-1").cancelled


def test_entry_dialog_takes_a_delivery_date_and_cancelled(qtbot, page, store):
    dialog = page.new_incident()
    dialog.order.setText("N-1")
    dialog.promised.set_value(date(2026, 10, 20))
    dialog.not_shipped.setChecked(False)
    dialog.shipped.set_value(date(2026, 10, 21))
    dialog.delivered.set_value(date(2026, 10, 19))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible() and "before the ship date 2026-10-21" in dialog.errors["delivered_on"].text()
    dialog.delivered.set_value(TODAY + timedelta(days=1))
    save.click()
    assert "after today" in dialog.errors["delivered_on"].text()
    dialog.delivered.set_value(date(2026, 10, 23))
    dialog.cancelled.setChecked(True)
    save.click()
    settle(qtbot, page.ops)
    saved = find_shipment(store, SHOP, "N-1")
    assert (saved.delivered_on, saved.cancelled) == (date(2026, 10, 23), True)
    page.table.selectRow(0)
    edit = page.edit_selected()
    assert edit.delivered.value() == date(2026, 10, 23) and edit.cancelled.isChecked()


def test_import_maps_status_and_delivery_and_names_a_misspelt_header(qtbot, page, store, tmp_path):
    path = tmp_path / "rms.csv"
    path.write_bytes(("注文番号,注文ステータス,注文日時,出荷予定日,発送日,お届け日,shiped_on\r\n"
                      "A-1,発送済,2026/10/01 09:00:00,2026/10/02,2026/10/02 16:00:00,2026/10/04 10:00,x\r\n"
                      "A-2,キャンセル確定,2026/10/01 10:00:00,2026/10/02,,,y\r\n").encode("cp932"))
    dialog = page.open_import()
    assert dialog.set_file(path)
    assert dialog.mapping["status"].currentData() == "注文ステータス"
    assert dialog.mapping["delivered_on"].currentData() == "お届け日"
    dialog.import_button.click()
    settle(qtbot, page.ops)
    assert "unknown column 'shiped_on': did you mean" in dialog.problems.toPlainText()
    assert count_shipments(store) == 0
    dialog.leave_out.setChecked(True)
    assert dialog.chosen_mapping()["shiped_on"] == "-"
    dialog.import_button.click()
    settle(qtbot, page.ops)
    assert not dialog.isVisible() and count_shipments(store, ShipmentFilter(shop=SHOP)) == 2
    assert find_shipment(store, SHOP, "A-2").cancelled and find_shipment(store, SHOP, "A-1").delivered_on == date(
        2026, 10, 4)


def test_the_dashboard_card_shows_the_criteria_and_hides_without_shipments(qtbot, store, rules):
    from penaltytracker.store import add_shop
    from penaltytracker.ui.dashboard import DashboardPage
    from penaltytracker.ui.ops import Ops

    upsert_shipments(store, on_time(40))
    add_shop(store, "出荷なしの店")
    ops = Ops()
    ops.show_errors = False
    dashboard = DashboardPage(ops, rules, "en", lambda: TODAY, 10)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.set_store(store)
    dashboard.set_shop(SHOP)
    settle(qtbot, ops)
    card = dashboard.shipping_card
    assert card.isVisible()
    rows = texts(card.panel)
    assert rows[0][3] == "Not eligible: 40 of the 100 shipments needed" and rows[2][1] == "40"
    dashboard.set_shop("出荷なしの店")
    settle(qtbot, ops)
    assert not card.isVisible()


def test_the_weekly_review_shows_the_criteria(qtbot, store, rules):
    from penaltytracker.ui.weekly_review import WeeklyReviewPage

    upsert_shipments(store, on_time(100, promised=TODAY - timedelta(days=2)))
    page = WeeklyReviewPage(store, rules, lambda: SHOP, "en", today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    rows = texts(page.criteria)
    assert page.criteria.isVisible() and rows[0][3] == "Pass" and rows[2][3] == "Pass"
    assert rows[1][3] == "Not computed"


def test_the_english_pdf_names_the_three_criteria(tmp_path, store, rules):
    from pypdf import PdfReader

    from penaltytracker.reports import pdf

    upsert_shipments(store, on_time(30, promised=date(2026, 10, 5)))
    out = pdf.write_status_report(tmp_path / "r.pdf", store, rules, SHOP, TODAY, lang="en")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "On-time rate" in text and "Delivered within 6 days" in text and "Shipments" in text
    assert "not eligible (30 of the 100 shipments needed)" in text and "96% or more" in text
    assert "Period: the calendar month (2026-10-01 to 2026-10-28" in text
