"""Screenshots of the trouble and suspicious-order pages (issue 17) into docs/screenshots/.

    .venv/bin/python scripts/troubles_screenshots.py [--out docs/screenshots]

Builds the same demo store as scripts/screenshots.py, adds a few incidents and order
events of the demo shop, and saves troubles.png, troubles_new.png (Ctrl+T) and
suspicious_orders.png. scripts/screenshots.py calls `add_demo` and `capture` too, so a
full run makes these pictures with the others.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import screenshots as base  # noqa: E402  (sets the demo's clock, user and offscreen Qt)

SHOP = base.DEMO_SHOP


def add_demo(db: Path, today: date) -> None:
    """Two incidents (one open with selling stopped) and the order events of two abuse patterns."""
    from penaltytracker.core.incidents import Contact, IncidentRecord
    from penaltytracker.core.order_events import OrderEvent
    from penaltytracker.store import open_store
    from penaltytracker.store.incidents import (
        add_contact, add_incident, close_incident, resume_selling, stop_selling, tick_step,
    )
    from penaltytracker.store.order_events import ReportRecord, add_report, import_events

    s = open_store(db)
    try:
        old = add_incident(s, IncidentRecord(shop=SHOP, opened_at=datetime(2026, 6, 3, 10, 5), category="wrong_item",
                                             summary="ハンカチの色違い（青→ピンク）を2件発送", affected="HNK-3P 青"))
        stop_selling(s, old.id, datetime(2026, 6, 3, 10, 20))
        for step, at in (("find_reach", datetime(2026, 6, 3, 10, 15)),
                         ("stop_if_spreading", datetime(2026, 6, 3, 10, 20)),
                         ("contact_buyers", datetime(2026, 6, 3, 11, 0)), ("fix_process", datetime(2026, 6, 4, 17, 0))):
            tick_step(s, old.id, step, at)
        add_contact(s, old.id, Contact(at=datetime(2026, 6, 3, 11, 0), party="buyer", channel="メール",
                                       summary="お詫びと正しい色の発送のご案内"))
        resume_selling(s, old.id, datetime(2026, 6, 4, 17, 30), "棚の表示を色別に分け、出荷前の色確認を追加")
        close_incident(s, old.id, date(2026, 6, 5), "2件とも交換済み")

        r = add_incident(s, IncidentRecord(shop=SHOP, opened_at=datetime(2026, 6, 11, 14, 20),
                                           category="partial_defect",
                                           summary="マグカップの一部に釉薬のひび（お客様からの連絡）",
                                           affected="MUG-01 うさぎのマグカップ ロット 2606A（48個）"))
        stop_selling(s, r.id, datetime(2026, 6, 11, 14, 32))
        tick_step(s, r.id, "stop_related", datetime(2026, 6, 11, 14, 32))
        tick_step(s, r.id, "judge_standard", datetime(2026, 6, 11, 16, 5))
        add_contact(s, r.id, Contact(at=datetime(2026, 6, 11, 15, 10), party="buyer", channel="メール",
                                     summary="同じロットを買った6名に、ひびの有無の確認をお願い"))
        add_contact(s, r.id, Contact(at=datetime(2026, 6, 12, 9, 40), party="support", channel="問い合わせフォーム",
                                     direction="in", summary="返品・返金の進め方について回答"))

        events = []
        # The reported case: one item ordered and cancelled five times in three days, cash on delivery.
        for n, (day, hh, mm) in enumerate(((8, 9, 12), (8, 22, 47), (9, 13, 5), (10, 7, 58), (10, 21, 30)), 1):
            events.append(OrderEvent(shop=SHOP, order_id=f"503-{4817230 + n * 7}-{2290114 + n * 131}",
                                     occurred_at=datetime(2026, 6, day, hh, mm),
                                     event="pending_cancel" if n % 2 else "cancel", item="うさぎのマグカップ",
                                     asin="B0CX7MUG01", sku="MUG-01", payment="cod", subtotal=2480,
                                     cancelled_by="buyer", status="キャンセル済み", reason="間違えて注文した"))
        for n, day in enumerate((2, 5, 7), 1):
            events.append(OrderEvent(shop=SHOP, order_id=f"250-{7730018 + n}-{5510230 + n * 17}",
                                     occurred_at=datetime(2026, 6, day, 12, 10 + n), event="receive_refused",
                                     buyer="koneko_22", item="刺しゅうハンカチ 3枚組", asin="B0CX7HNK03", sku="HNK-3P",
                                     payment="convenience_pickup", subtotal=1650, shipping_cost=1460, days_tied_up=12,
                                     cancelled_by="marketplace", status="受取拒否・返送"))
        events.append(OrderEvent(shop=SHOP, order_id="503-6620014-1180042", occurred_at=datetime(2026, 5, 28, 18, 2),
                                 event="cancel", item="木製コースター", asin="B0CX7CST02", sku="CST-02", payment="card",
                                 subtotal=880, cancelled_by="buyer"))
        import_events(s, events)
        add_report(s, ReportRecord(shop=SHOP, made_on=date(2026, 6, 8), channel="出品者サポート（ケース）",
                                   case_number="18843307221", kind="buyer", subject="koneko_22",
                                   reply="調査します（結果はお知らせできません）"))
    finally:
        s.close()


def capture(window, save, settle, wait_until, today: date) -> None:
    """Save the pictures from a main window showing the demo shop."""
    window.select_shop(SHOP)
    troubles = window.troubles
    page = troubles.incidents
    window.tabs.setCurrentIndex(troubles.incidents_tab)
    wait_until(window, lambda: page.current() is not None and page.current().category == "partial_defect",
               "the trouble page")
    save(window, "troubles")
    dialog = troubles.new_incident()
    dialog.category.setCurrentIndex(dialog.category.findData("fatal_defect"))
    dialog.affected.setText("CST-02 木製コースター ロット 2605C")
    dialog.summary.setPlainText("ロットのほぼ全数で塗装がはがれる")
    from PySide6.QtCore import QDateTime

    dialog.opened.setDateTime(QDateTime.fromString("2026-06-12 10:30", "yyyy-MM-dd HH:mm"))  # not the real clock
    settle(window)
    save(dialog, "troubles_new")
    dialog.reject()

    orders = troubles.orders
    window.tabs.setCurrentIndex(troubles.orders_tab)
    wait_until(window, lambda: len(orders.patterns) >= 2, "the suspicious-order page")
    row = next(r for r in range(orders.pattern_table.rowCount())
               if orders.patterns[r].key == "B0CX7MUG01")
    orders.pattern_table.selectRow(row)
    settle(window)
    save(window, "suspicious_orders")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from penaltytracker.core.rules import load_rules
    from penaltytracker.store import open_store
    from penaltytracker.ui.app import application, install_font
    from penaltytracker.ui.demo import DEMO_TODAY
    from penaltytracker.ui.i18n import Language
    from penaltytracker.ui.main_window import MainWindow
    from penaltytracker.ui.settings import AppSettings, use_settings_folder
    from penaltytracker.ui.style import APP_STYLE

    with base.demo_folder() as tmp:
        use_settings_folder(Path(tmp) / "settings")
        db = Path(tmp) / "demo.sqlite3"
        base.build_store(db, DEMO_TODAY)
        add_demo(db, DEMO_TODAY)
        app = application()
        app.setStyleSheet(APP_STYLE)
        language = Language(app)
        language.set("ja")
        install_font(app)
        window = MainWindow(open_store(db), load_rules(), language, AppSettings(), today=lambda: DEMO_TODAY)
        window.resize(1200, 800)
        window.show()
        base.settle(window)

        def save(widget, name: str) -> None:
            base.settle(window)
            path = out / f"{name}.png"
            widget.grab().save(str(path))
            print(path)

        capture(window, save, base.settle, base.wait_until, DEMO_TODAY)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
