"""The shipping page with real widgets: the entry dialog, the lazy log, the import with its mapping step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from penaltytracker.core.shipping import ShipmentRecord
from penaltytracker.store.shipments import ShipmentFilter, count_shipments, find_shipment, upsert_shipments
from penaltytracker.ui.shipping_page import COLUMNS, ShippingPage

TODAY = date(2026, 10, 28)
SHOP = "楽天ショップA"


@pytest.fixture
def page(qtbot, store, rules):
    shop = {"name": SHOP}
    widget = ShippingPage(store, rules, lambda: shop["name"], "ja", today=lambda: TODAY)
    widget.ops.show_errors = False
    widget.shop_box = shop
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    settle(qtbot, widget)
    return widget


def settle(qtbot, widget) -> None:
    qtbot.waitUntil(widget.ops.is_idle, timeout=10_000)


def cell(page, row: int, key: str) -> str:
    column = [k for k, _s in COLUMNS].index(key)
    return page.model.index(row, column).data()


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_entry_dialog_saves_an_incident_and_the_table_shows_it(qtbot, page, store):
    assert page.model.rowCount() == 0
    dialog = page.new_incident()
    assert dialog.findChild(type(dialog.order), "orderField") is dialog.order
    qtbot.keyClicks(dialog.order, "350987-20261020-00042")
    dialog.promised.set_value(date(2026, 10, 21))
    dialog.not_shipped.setChecked(False)
    dialog.shipped.set_value(date(2026, 10, 24))
    dialog.cause.setCurrentIndex(dialog.cause.findData("peak_season"))
    dialog.carrier.setText("ヤマト運輸")  # keyClicks only types ASCII
    dialog.contacted.setChecked(True)
    dialog.note.setPlainText("セール後の出荷集中")
    save(dialog)
    settle(qtbot, page)
    assert not dialog.isVisible()

    saved = find_shipment(store, SHOP, "350987-20261020-00042")
    assert (saved.promised_ship_date, saved.shipped_on, saved.cause, saved.carrier, saved.customer_contacted,
            saved.note) == (date(2026, 10, 21), date(2026, 10, 24), "peak_season", "ヤマト運輸", True, "セール後の出荷集中")
    assert page.model.rowCount() == 1
    assert cell(page, 0, "order_id") == "350987-20261020-00042"
    assert cell(page, 0, "days_late") == "3"
    assert cell(page, 0, "cause") == "繁忙期"
    assert "1 of 1 late" in page.summary.text()


def test_invalid_entry_is_refused_with_its_message_beside_the_field(qtbot, page, store):
    dialog = page.new_incident()
    dialog.not_shipped.setChecked(False)
    dialog.shipped.set_value(date(2026, 11, 2))  # after "today"
    save(dialog)
    assert dialog.isVisible()
    assert dialog.errors["order_id"].isVisible()
    assert dialog.errors["order_id"].text() == "Enter the order number."
    assert dialog.errors["shipped_on"].isVisible() and "after today" in dialog.errors["shipped_on"].text()
    assert not dialog.errors["cause"].isVisible()
    settle(qtbot, page)
    assert count_shipments(store) == 0

    # The same order number twice in one shop is refused before anything is written.
    upsert_shipments(store, [ShipmentRecord(shop=SHOP, order_id="A-1", promised_ship_date=date(2026, 10, 1))])
    qtbot.keyClicks(dialog.order, "A-1")
    dialog.not_shipped.setChecked(True)
    save(dialog)
    assert dialog.isVisible() and "already in the log" in dialog.errors["order_id"].text()
    assert not dialog.errors["shipped_on"].isVisible()
    settle(qtbot, page)
    assert count_shipments(store) == 1


def test_editing_from_the_log_updates_the_row(qtbot, page, store):
    upsert_shipments(store, [ShipmentRecord(shop=SHOP, order_id="B-7", promised_ship_date=date(2026, 10, 20))])
    page.refresh()
    settle(qtbot, page)
    assert cell(page, 0, "shipped_on") == "Not shipped yet" and cell(page, 0, "days_late") == "8"
    page.table.selectRow(0)
    dialog = page.edit_selected()
    assert dialog.order.text() == "B-7" and dialog.not_shipped.isChecked()
    dialog.not_shipped.setChecked(False)
    dialog.shipped.set_value(date(2026, 10, 22))
    save(dialog)
    settle(qtbot, page)
    assert find_shipment(store, SHOP, "B-7").shipped_on == date(2026, 10, 22)
    assert cell(page, 0, "days_late") == "2"


def test_filters_reach_the_store(qtbot, page, store):
    upsert_shipments(store, [
        ShipmentRecord(shop=SHOP, order_id="late", promised_ship_date=date(2026, 10, 20), cause="carrier"),
        ShipmentRecord(shop=SHOP, order_id="ok", promised_ship_date=date(2026, 10, 20),
                       shipped_on=date(2026, 10, 20)),
        ShipmentRecord(shop="他の店", order_id="other", promised_ship_date=date(2026, 10, 20)),
    ])
    page.refresh()
    settle(qtbot, page)
    assert page.model.rowCount() == 2  # only the selected shop
    page.late_only.setChecked(True)
    settle(qtbot, page)
    assert page.model.rowCount() == 1 and cell(page, 0, "order_id") == "late"
    page.late_only.setChecked(False)
    page.cause.setCurrentIndex(page.cause.findData(""))  # no cause given
    settle(qtbot, page)
    assert page.model.rowCount() == 1 and cell(page, 0, "order_id") == "ok"


def test_import_dialog_previews_the_first_rows_and_maps_columns(qtbot, page, store, tmp_path):
    rows = ["受注番号,注文日時,約束日,発送日,配送会社"] + [
        f"350987-20261001-{i:05d},2026/10/01 09:00:00,2026/10/{2 + i % 3:02d},2026/10/04,ヤマト運輸" for i in range(12)]
    path = tmp_path / "rms.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))

    dialog = page.open_import()
    assert dialog.shop.text() == SHOP
    assert dialog.set_file(path)
    preview = dialog.preview
    assert preview.columnCount() == 5 and preview.rowCount() == 5  # the first rows only
    assert preview.item(0, 0).text() == "350987-20261001-00000"
    assert preview.item(4, 2).text() == "2026/10/03"
    assert preview.horizontalHeaderItem(0).text().startswith("受注番号")
    # Preselected from the default headers; 約束日 is not one of them.
    assert dialog.mapping["order_id"].currentData() == "受注番号"
    assert dialog.mapping["shipped_on"].currentData() == "発送日"
    assert dialog.mapping["promised_ship_date"].currentData() == ""

    dialog.import_button.click()  # refused: the promised date has no column
    settle(qtbot, page)
    assert dialog.problems.isVisible() and "promised_ship_date" in dialog.problems.toPlainText()
    assert count_shipments(store) == 0

    combo = dialog.mapping["promised_ship_date"]
    combo.setCurrentIndex(combo.findData("約束日"))
    assert "約束日" in preview.horizontalHeaderItem(2).text() and "→" in preview.horizontalHeaderItem(2).text()
    dialog.import_button.click()
    settle(qtbot, page)
    assert not dialog.isVisible()
    assert count_shipments(store, ShipmentFilter(shop=SHOP)) == 12
    assert page.model.rowCount() == 12

    again = page.open_import()  # the same file twice adds nothing
    again.set_file(path)
    again.mapping["promised_ship_date"].setCurrentIndex(again.mapping["promised_ship_date"].findData("約束日"))
    again.import_button.click()
    settle(qtbot, page)
    assert count_shipments(store) == 12


def test_a_bad_file_lists_every_problem_in_the_dialog(qtbot, page, store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("受注番号,出荷予定日\n1,2026-10-01\n2,2026/02/30\n,2026-10-01\n", encoding="utf-8")
    dialog = page.open_import()
    dialog.set_file(path)
    dialog.import_button.click()
    settle(qtbot, page)
    text = dialog.problems.toPlainText()
    # in the window's language, the fields named as the file's header writes them
    assert "3 行目「出荷予定日」" in text and "ありえない日付" in text and "4 行目「受注番号」：空欄" in text
    assert "line" not in text and "no such date" not in text
    assert count_shipments(store) == 0 and dialog.import_button.isEnabled()


def test_charts_show_the_weeks_and_the_target(qtbot, page, store, rules):
    upsert_shipments(store, [
        ShipmentRecord(shop=SHOP, order_id=str(i), promised_ship_date=date(2026, 10, 20),
                       shipped_on=date(2026, 10, 21) if i < 3 else date(2026, 10, 20), cause="carrier")
        for i in range(10)])
    page.refresh()
    settle(qtbot, page)
    bars_ax, rate_ax = page.weekly_figure.axes
    assert [round(p.get_height()) for p in bars_ax.patches][-2:] == [3, 0]
    target = next(line for line in rate_ax.lines if line.get_gid() == "target-line")
    assert target.get_ydata()[0] == rules.shipping.on_time_target
    assert [t.get_text() for t in page.causes_figure.axes[0].get_yticklabels()] == ["配送業者都合"]
    assert "70.0%" in page.summary.text() and "Not eligible: 10 of the 100 shipments needed" in page.summary.text()


def test_without_a_shop_the_page_asks_for_one(qtbot, page):
    page.shop_box["name"] = None
    page.refresh()
    settle(qtbot, page)
    assert "Choose a shop" in page.summary.text()
    assert not page.new_button.isEnabled() and page.new_incident() is None


def test_a_late_shipment_without_a_cause_says_so(qtbot, page, store):
    upsert_shipments(store, [
        ShipmentRecord(shop=SHOP, order_id="late-1", promised_ship_date=date(2026, 10, 20),
                       shipped_on=date(2026, 10, 22)),
        ShipmentRecord(shop=SHOP, order_id="ontime-1", promised_ship_date=date(2026, 10, 20),
                       shipped_on=date(2026, 10, 20)),
    ])
    page.refresh()
    settle(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    causes = {cell(page, r, "order_id"): cell(page, r, "cause") for r in range(2)}
    assert causes == {"late-1": "No cause given", "ontime-1": ""}  # the chart's 理由未記入


def test_a_new_shop_typed_in_the_import_asks_first_and_suggests_the_close_one(qtbot, page, store, tmp_path):
    from PySide6.QtWidgets import QPushButton

    from penaltytracker.store.shops import add_shop, list_shops

    add_shop(store, "さくら雑貨店")
    path = tmp_path / "rms.csv"
    path.write_text("受注番号,出荷予定日,発送日\n1,2026/10/01,2026/10/01\n", encoding="utf-8")
    dialog = page.open_import()
    dialog.set_file(path)
    dialog.shop.setText("さくら雑貨")
    dialog.import_button.click()
    box = dialog.confirm_box
    assert box.text() == "There is no shop “さくら雑貨”. Did you mean “さくら雑貨店”?"  # (no translator here)
    assert count_shipments(store) == 0  # nothing before the answer
    box.findChild(QPushButton, "useCloseShop").click()
    settle(qtbot, page)
    assert list_shops(store) == ["さくら雑貨店"]  # the typo made no second shop
    assert count_shipments(store, ShipmentFilter(shop="さくら雑貨店")) == 1
