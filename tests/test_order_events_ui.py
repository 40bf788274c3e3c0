"""The suspicious-order page driven through its real widgets: log, patterns, evidence copy/save/PDF,
import, a report logged, a buyer erased, and the PDF summary's section."""

from __future__ import annotations

from datetime import date, datetime

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from penaltytracker.core.order_events import OrderEvent  # noqa: E402
from penaltytracker.store import open_store  # noqa: E402
from penaltytracker.store.order_events import add_event, list_events, list_reports  # noqa: E402
from tests.test_ui_app import choose_shop, idle, make_window, qsettings_dir, rec  # noqa: E402,F401
from tests.test_order_events import ORDERS_REPORT  # noqa: E402

SHOP = "うさぎ雑貨店"


def seed(db_path, days=(8, 9, 10)):
    s = open_store(db_path)
    for n, day in enumerate(days, 1):
        add_event(s, OrderEvent(shop=SHOP, order_id=f"503-000000{n}", occurred_at=datetime(2026, 6, day, 10, n),
                                event="cancel", buyer="usagi77", item="うさぎのマグカップ", asin="B0MUG00001",
                                sku="MUG-01", payment="cod", subtotal=1980))
    s.close()


def show_orders(qtbot, window):
    page = window.troubles.orders
    window.tabs.setCurrentIndex(window.troubles.orders_tab)
    qtbot.waitUntil(lambda: bool(page.events), timeout=20_000)
    idle(qtbot, window)
    return page


def test_patterns_evidence_copy_save_and_pdf(qtbot, make_window, db_path, tmp_path):
    seed(db_path)
    window = make_window([rec(SHOP, "2026-03-01", 5)])
    choose_shop(qtbot, window, SHOP)
    page = show_orders(qtbot, window)
    assert window.tabs.tabText(window.troubles.orders_tab) == "不審な注文"
    assert page.log.rowCount() == 3 and page.pattern_table.rowCount() == 2
    kinds = {page.pattern_table.item(r, 0).text() for r in range(2)}
    assert kinds == {"同一購入者", "同一商品"}
    item_row = next(r for r in range(2) if page.pattern_table.item(r, 0).text() == "同一商品")
    page.pattern_table.selectRow(item_row)
    lines = page.evidence.toPlainText().splitlines()
    assert lines[0] == "同一商品が3日間に3回注文・キャンセルされました（代金引換）。"
    assert [line[0] for line in lines if line and line[0] in "①②③"] == ["①", "②", "③"]
    page.numbering.setCurrentIndex(page.numbering.findData("dotted"))
    assert any(line.startswith("1. 2026-06-08 10:01") for line in page.evidence.toPlainText().splitlines())

    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.evidence.toPlainText()
    text_file = tmp_path / "evidence.txt"
    page.save_text(str(text_file))
    idle(qtbot, window)
    assert text_file.read_text(encoding="utf-8-sig").replace("\r\n", "\n") == page.evidence.toPlainText()
    pdf_file = tmp_path / "evidence.pdf"
    assert page.save_pdf(str(pdf_file)) == str(pdf_file)
    from pypdf import PdfReader

    import re

    extracted = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(pdf_file)).pages))
    for order in ("503-0000001", "503-0000002", "503-0000003"):
        assert order in extracted
    assert "代金引換" in extracted

    dialog = page.log_report()
    dialog.case.setText("CASE-778")
    dialog.accept()
    idle(qtbot, window)
    s = open_store(db_path)
    [report] = list_reports(s, SHOP)
    s.close()
    assert report.case_number == "CASE-778" and report.orders == ("503-0000001", "503-0000002", "503-0000003")
    assert report.text.startswith("同一商品が3日間に3回")
    qtbot.waitUntil(lambda: page.report_table.rowCount() == 1)


def test_log_an_event_undo_and_a_chosen_set(qtbot, make_window, db_path):
    seed(db_path, days=(1, 20))
    window = make_window([rec(SHOP, "2026-03-01", 5)])
    choose_shop(qtbot, window, SHOP)
    page = show_orders(qtbot, window)
    assert page.pattern_table.isHidden() and page.no_patterns.isVisibleTo(page)
    dialog = page.new_event()
    dialog.order.setText("503-0000099")
    dialog.event.setCurrentIndex(dialog.event.findData("receive_refused"))
    dialog.payment.setCurrentIndex(dialog.payment.findData("convenience_pickup"))
    dialog.subtotal.setValue(2480)
    dialog.accept()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.log.rowCount() == 3)
    window.undo_stack.undo()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.log.rowCount() == 2)
    window.undo_stack.redo()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.log.rowCount() == 3)
    page.log.selectAll()
    text = page.evidence.toPlainText()
    assert text.startswith("20日間に3回") and "503-0000099" in text and "受け取り拒否" in text


def test_import_and_erase_through_the_page(qtbot, make_window, db_path, tmp_path):
    window = make_window([rec(SHOP, "2026-03-01", 5)])
    choose_shop(qtbot, window, SHOP)
    page = window.troubles.orders
    window.tabs.setCurrentIndex(window.troubles.orders_tab)
    idle(qtbot, window)
    path = tmp_path / "amazon.csv"
    path.write_bytes(ORDERS_REPORT.encode("cp932"))
    dialog = page.open_import(str(path))
    assert dialog.columns["order_id"].currentData() == "amazon-order-id"
    assert dialog.columns["occurred_at"].currentData() == "purchase-date"
    dialog.accept()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.log.rowCount() == 3)
    assert "3件" in page.status.text()
    page.import_file(str(path))  # the same file again adds nothing
    idle(qtbot, window)
    qtbot.waitUntil(lambda: "0件" in page.status.text())

    s = open_store(db_path)
    add_event(s, OrderEvent(shop=SHOP, order_id="X1", occurred_at=datetime(2026, 6, 1, 9, 0), event="cancel",
                            buyer="kuma_san"))
    s.close()
    page.refresh()
    idle(qtbot, window)
    page.erase("kuma_san")
    idle(qtbot, window)
    s = open_store(db_path)
    buyers = {e.buyer for e in list_events(s, SHOP)}
    s.close()
    assert "kuma_san" not in buyers and any(b.startswith("匿名-") for b in buyers)
    qtbot.waitUntil(lambda: "匿名-" in page.status.text())


def test_pdf_summary_has_the_troubles_section(db_path, rules):
    from pypdf import PdfReader

    from penaltytracker.core.incidents import IncidentRecord
    from penaltytracker.reports.pdf import write_status_report
    from penaltytracker.store import import_violations
    from penaltytracker.store.incidents import add_incident

    seed(db_path)
    s = open_store(db_path)
    import_violations(s, [rec(SHOP, "2026-03-01", 5)])
    add_incident(s, IncidentRecord(shop=SHOP, opened_at=datetime(2026, 6, 9, 8, 30), category="wrong_item",
                                   summary="色違いを発送", stopped_at=datetime(2026, 6, 9, 8, 40)))
    out = db_path.parent / "report.pdf"
    write_status_report(out, s, rules, SHOP, date(2026, 6, 12))
    s.close()
    import re

    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert "トラブルと不審な注文" in text
    assert "誤った商品の発送" in text and "色違いを発送" in text and "販売停止中" in text
    assert "同一商品" in text and "B0MUG00001" in text
