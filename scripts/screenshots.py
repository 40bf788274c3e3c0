"""Save screenshots of every page into docs/screenshots/ (offscreen, demo data).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Builds a demo store in a temporary folder (the demo violations, eight weeks of orders
for the demo shop, weekly reviews, one violation edited once), opens the real main
window with QSettings pointed at that folder, and saves widget.grab() of each page
and of the dialogs the window opens.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The audit history shows who changed what, and when in local time: a demo operator in
# Japan, not whoever runs this script in whatever zone the machine is set to.
os.environ["LOGNAME"] = os.environ["USER"] = "tanaka"
os.environ["TZ"] = "Asia/Tokyo"
if hasattr(time, "tzset"):
    time.tzset()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402

DEMO_SHOP = "うさぎ雑貨店"
SHOP_NUMBER = "350987"  # the shop's number in RMS order numbers (350987-20260612-00042)
EDITED_REFERENCE = "VP-2026-0263"  # the violation whose title the demo edits once (history.png)
EDITED_TITLE = "二重価格表示（春のセール告知ページ）"

# Late orders: (promised ship date, days late or None = not shipped yet, cause key, carrier,
# customer told, note). Golden Week rush, a carrier hold-up, stock-outs in June: the same
# story the demo violations tell.
LATE = [
    ("2026-04-22", 1, "carrier", "佐川急便", False, "集荷が翌日にずれた"),
    ("2026-04-30", 2, "peak_season", "ヤマト運輸", True, "GW 前の注文集中"),
    ("2026-05-01", 1, "peak_season", "ヤマト運輸", True, "GW 前の注文集中"),
    ("2026-05-02", 3, "peak_season", "日本郵便", True, "GW 休業明けに出荷"),
    ("2026-05-19", 1, "carrier", "佐川急便", False, "集荷漏れ"),
    ("2026-05-27", 2, "out_of_stock", "ヤマト運輸", True, "入荷待ち"),
    ("2026-06-03", 2, "out_of_stock", "ヤマト運輸", True, "在庫連携の遅れ"),
    ("2026-06-03", 3, "out_of_stock", "日本郵便", True, "在庫連携の遅れ"),
    ("2026-06-06", 1, "carrier", "佐川急便", True, "台風接近で集荷停止"),
    ("2026-06-08", 2, "", "ヤマト運輸", False, ""),
    ("2026-06-10", None, "out_of_stock", "ヤマト運輸", True, "6/15 入荷予定"),
]
# Orders due after the demo day, not shipped yet (not late).
UPCOMING = ["2026-06-13", "2026-06-15"]


def demo_shipments(today: date):
    """About 220 orders of the demo shop over the eight weeks ending on `today`."""
    from penaltytracker.core.shipping import ShipmentRecord

    rng = random.Random(20260612)  # the same pictures every run
    carriers = ["ヤマト運輸"] * 6 + ["日本郵便"] * 3 + ["佐川急便"] * 2
    late = {}
    for promised, days, cause, carrier, told, note in LATE:
        late.setdefault(date.fromisoformat(promised), []).append((days, cause, carrier, told, note))
    seq: dict[date, int] = {}

    def order_id(ordered: date) -> str:
        seq[ordered] = seq.get(ordered, rng.randint(100, 400)) + rng.randint(1, 9)
        return f"{SHOP_NUMBER}-{ordered:%Y%m%d}-{seq[ordered]:05d}"

    records = []
    first = today - timedelta(days=55)
    for n in range(56 + len(UPCOMING) * 2):
        promised = first + timedelta(days=n)
        if promised > today:
            if promised.isoformat() not in UPCOMING:
                continue
            ordered = min(promised - timedelta(days=2), today)  # ordered by the demo day, due after it
            records.append(ShipmentRecord(shop=DEMO_SHOP, order_id=order_id(ordered), ordered_on=ordered,
                                          promised_ship_date=promised, carrier=rng.choice(carriers)))
            continue
        # Fewer orders on Sundays, more in the Golden Week rush.
        base = 2 if promised.weekday() == 6 else 4
        if date(2026, 4, 28) <= promised <= date(2026, 5, 2):
            base += 2
        on_time = max(0, base + rng.randint(-1, 1) - len(late.get(promised, [])))
        for _ in range(on_time):
            ordered = promised - timedelta(days=rng.choice((1, 1, 2)))
            shipped = promised - timedelta(days=rng.choice((0, 0, 0, 1)))
            records.append(ShipmentRecord(shop=DEMO_SHOP, order_id=order_id(ordered), ordered_on=ordered,
                                          promised_ship_date=promised, shipped_on=max(shipped, ordered),
                                          carrier=rng.choice(carriers)))
        for days, cause, carrier, told, note in late.get(promised, []):
            ordered = promised - timedelta(days=2)
            records.append(ShipmentRecord(
                shop=DEMO_SHOP, order_id=order_id(ordered), ordered_on=ordered, promised_ship_date=promised,
                shipped_on=None if days is None else promised + timedelta(days=days), carrier=carrier,
                cause=cause, customer_contacted=told, note=note))
    # Delivery dates (for the 6-day ratio) and two cancelled orders, from their own random
    # numbers so that the orders above stay the same.
    arrive = random.Random(13)
    for i, r in enumerate(records):
        if r.shipped_on is not None:
            delivered = r.shipped_on + timedelta(days=arrive.choice((1, 1, 1, 2, 2, 3, 5)))
            if delivered <= today:
                records[i] = replace(r, delivered_on=delivered)
    for promised in ("2026-06-04", "2026-06-09"):
        day = date.fromisoformat(promised)
        records.append(ShipmentRecord(shop=DEMO_SHOP, order_id=order_id(day - timedelta(days=1)),
                                      ordered_on=day - timedelta(days=1), promised_ship_date=day, cancelled=True,
                                      carrier="ヤマト運輸", note="お客様都合でキャンセル"))
    return records


def build_store(db: Path, today: date) -> int:
    """The demo store plus shipping, reviews and one edited violation; returns that violation's id."""
    from sqlalchemy import update

    from penaltytracker.store import list_violations, open_store, update_violation
    from penaltytracker.store.reviews import mark_review_done
    from penaltytracker.store.schema import AuditEntry
    from penaltytracker.store.shipments import upsert_shipments
    from penaltytracker.ui.demo import build_demo_store

    build_demo_store(db)
    store = open_store(db)
    try:
        upsert_shipments(store, demo_shipments(today))
        add_demo_restrictions(store)
        # Reviewed weekly until nine days ago: the dashboard nudges.
        for weeks_ago, note in ((3, ""), (2, "GW の遅延は解消"), (1, "")):
            on = today - timedelta(days=9 + 7 * (weeks_ago - 1))
            mark_review_done(store, DEMO_SHOP, on, note)
        record = next(v for v in list_violations(store, DEMO_SHOP) if v.reference == EDITED_REFERENCE)
        update_violation(store, replace(record, title=EDITED_TITLE))
        # The audit log is stamped with the real clock; give this history the demo's days
        # (imported when the notice came, edited the next afternoon), in UTC as stored.
        stamps = {"import": datetime(2026, 3, 25, 1, 14, 32), "edit": datetime(2026, 3, 26, 7, 41, 5)}
        with store.session() as s, s.begin():
            for action, at in stamps.items():
                s.execute(update(AuditEntry).where(AuditEntry.entity == "violation",
                                                   AuditEntry.entity_id == record.id,
                                                   AuditEntry.action == action).values(at=at))
        return record.id
    finally:
        store.close()


RAKUMA_SHOP = "うさぎ雑貨 ラクマ店"
AMAZON_SHOP = "うさぎ雑貨 Amazon店"


def add_demo_restrictions(store) -> None:
    """A one-month ラクマ listing ban with its exchange with support, and an open-ended Amazon freeze."""
    from penaltytracker.core.restrictions import ContactEntry, RestrictionRecord, TradeRecord
    from penaltytracker.store import add_shop
    from penaltytracker.store import restrictions as rs

    add_shop(store, RAKUMA_SHOP, "rakuma")
    add_shop(store, AMAZON_SHOP, "amazon")
    ban = rs.add_restriction(store, RestrictionRecord(
        shop=RAKUMA_SHOP, kind="listing", start=date(2026, 5, 20), days=30, cause="prohibited_item",
        account="usagi-zakka", notice="出品禁止物（医薬品的な効能の表示）に該当する商品が出品されていたため",
        what_happened="ハーブティーの商品説明に「むくみが取れる」と効能を書いて出品していました。",
        fixed="該当の出品を削除し、全 42 点の商品説明を点検して効能表現を削除しました。",
        prevention="出品前に禁止物・表現のチェックリストで確認し、二人で確認してから公開します。"))
    # The document is named, not copied: the demo must not write into the operator's data folder.
    for on, channel, direction, summary, due, names in (
        ("2026-05-20", "mail", "received", "出品削除のお知らせ（ペナルティの記載なし）", None, ()),
        ("2026-05-22", "form", "sent", "制限の期間と対象を問い合わせ", "2026-05-29", ()),
        ("2026-05-24", "mail", "received", "定型文の回答：1か月の出品・編集制限", None, ()),
        ("2026-06-10", "form", "sent", "是正内容を報告し、解除日を確認", "2026-06-17", ("出品点検表.pdf",)),
    ):
        rs.add_contact(store, ContactEntry(ban.id, date.fromisoformat(on), channel, direction, summary,
                                           due=date.fromisoformat(due) if due else None, attachments=names))
    rs.add_trade(store, TradeRecord(ban.id, item="ハーブティー 3種セット", buyer="佐藤 美咲", address="札幌市中央区北1条西2丁目",
                                    price=1980, shipped_on=date(2026, 6, 8),
                                    tell_buyer="制限は2026-06-19に解除される予定です。解除後にあらためてご連絡いたします。"))
    freeze = rs.add_restriction(store, RestrictionRecord(
        shop=AMAZON_SHOP, kind="account_freeze", start=date(2026, 6, 5), cause="ip_infringement",
        notice="知的財産権の侵害の申し立てがあったため"))
    rs.add_contact(store, ContactEntry(freeze.id, date(2026, 6, 6), "form", "sent", "改善計画書を提出",
                                       due=date(2026, 6, 22)))


def write_order_csv(path: Path, today: date) -> None:
    """An RMS-style order export (one shop, no shop column, an item column we do not read)."""
    rows = ["受注番号,注文日時,出荷予定日,発送日,配送会社,商品名"]
    items = ["うさぎのマグカップ", "刺しゅうハンカチ 3枚組", "木製コースター", "ミニトートバッグ", "陶器の箸置き"]
    for i in range(8):
        ordered = today - timedelta(days=1)
        promised = today + timedelta(days=1)
        shipped = f"{today:%Y/%m/%d}" if i % 3 else ""
        ordered_at = f"{ordered:%Y/%m/%d} {9 + i:02d}:{(i * 13) % 60:02d}:{(i * 29) % 60:02d}"
        rows.append(f"{SHOP_NUMBER}-{ordered:%Y%m%d}-{812 + i * 7:05d},{ordered_at},{promised:%Y/%m/%d},{shipped},"
                    f"ヤマト運輸,{items[i % len(items)]}")
    path.write_text("\n".join(rows) + "\n", encoding="cp932")


def pump(ms: int) -> None:
    end = QTimer()
    end.setSingleShot(True)
    loop = QEventLoop()
    end.timeout.connect(loop.quit)
    end.start(ms)
    loop.exec()


def settle(window, ms: int = 150) -> None:
    """Let pending store work finish and the widgets repaint."""
    window.ops.wait_idle()
    pump(ms)
    window.ops.wait_idle()
    QApplication.processEvents()


def wait_until(window, ready, what: str, timeout_s: float = 20) -> None:
    """Wait for data the page loads in the background (its model has rows, …)."""
    deadline = time.monotonic() + timeout_s
    while not ready():
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: timed out waiting for {what}")
        settle(window, 50)
    settle(window)


@contextmanager
def demo_folder():
    """A fresh folder with a fixed name: the store's path shows in the status bar, and a
    random one would change every picture on every run."""
    folder = Path(tempfile.gettempdir()) / "penaltytracker-demo"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from penaltytracker.core.rules import load_rules
    from penaltytracker.core.shipping import is_late
    from penaltytracker.store import open_store
    from penaltytracker.ui.app import application, install_font
    from penaltytracker.ui.demo import DEMO_TODAY
    from penaltytracker.ui.i18n import Language
    from penaltytracker.ui.main_window import MainWindow
    from penaltytracker.ui.settings import AppSettings, use_settings_folder
    from penaltytracker.ui.style import APP_STYLE

    with demo_folder() as tmp:
        use_settings_folder(Path(tmp) / "settings")
        db = Path(tmp) / "demo.sqlite3"
        edited_id = build_store(db, DEMO_TODAY)
        import troubles_screenshots  # issue 17: the trouble and suspicious-order pages
        troubles_screenshots.add_demo(db, DEMO_TODAY)
        orders_csv = Path(tmp) / "rms_orders_20260612.csv"
        write_order_csv(orders_csv, DEMO_TODAY)
        app = application()
        app.setStyleSheet(APP_STYLE)
        language = Language(app)
        language.set("ja")
        install_font(app)
        window = MainWindow(open_store(db), load_rules(), language, AppSettings(), today=lambda: DEMO_TODAY)
        window.resize(1200, 800)
        window.show()
        settle(window)

        def save(widget, name: str) -> None:
            settle(window)
            path = out / f"{name}.png"
            widget.grab().save(str(path))
            print(path)

        def shop_loaded() -> bool:
            return window.dashboard.reviewed_on is not None and window.dashboard.review_text.text() != ""

        window.select_shop(None)
        wait_until(window, lambda: window.overview.isVisible(), "the overview")
        save(window, "overview")
        window.select_shop(DEMO_SHOP)
        wait_until(window, shop_loaded, "the dashboard")
        save(window, "dashboard")
        window.select_shop(None)
        window.tabs.setCurrentWidget(window.log)
        wait_until(window, lambda: window.log.model.record_at(0) is not None, "the violation log")
        save(window, "violation_log")
        window.select_shop(DEMO_SHOP)
        window.tabs.setCurrentWidget(window.charts)
        save(window, "charts")
        window.tabs.setCurrentWidget(window.whatif)
        window.whatif.points.setValue(15)
        save(window, "whatif")

        window.tabs.setCurrentWidget(window.shipping)
        window.shipping.late_only.setChecked(True)  # the delay log: the late orders and their causes
        model = window.shipping.model
        wait_until(window, lambda: model.rowCount() > 0 and "%" in window.shipping.summary.text()
                   and all(model.record_at(r) is not None and is_late(model.record_at(r), DEMO_TODAY)
                           for r in range(model.rowCount())), "the shipping page's late orders")
        save(window, "shipping")
        dialog = window.shipping.new_incident()
        dialog.order.setText(f"{SHOP_NUMBER}-20260611-00431")
        dialog.promised.set_value(DEMO_TODAY - timedelta(days=1))
        dialog.cause.setCurrentIndex(dialog.cause.findData("out_of_stock"))
        dialog.carrier.setText("ヤマト運輸")
        dialog.contacted.setChecked(True)
        dialog.note.setPlainText("メーカー欠品。6/15 入荷予定とお客様に連絡済み")
        save(dialog, "shipping_dialog")
        dialog.reject()
        importer = window.shipping.open_import()
        importer.set_file(orders_csv)
        save(importer, "shipping_import")
        importer.reject()

        window.tabs.setCurrentWidget(window.review)
        wait_until(window, lambda: window.review.summary is not None, "the weekly review")
        save(window, "weekly_review")

        window.select_shop(None)
        window.tabs.setCurrentWidget(window.restrictions)
        wait_until(window, lambda: window.restrictions.table.rowCount() == 2, "the restrictions page")
        window.restrictions.table.selectRow(next(r for r in range(2)
                                                 if window.restrictions.table.item(r, 0).text() == RAKUMA_SHOP))
        save(window, "restrictions")
        window.restrictions.details.setCurrentIndex(2)
        save(window, "restrictions_letter")
        window.restrictions.details.setCurrentIndex(0)

        window.tabs.setCurrentWidget(window.log)
        wait_until(window, lambda: window.log.model.record_at(0) is not None
                   and all(window.log.model.record_at(r) is not None for r in range(window.log.model.rowCount()))
                   and window.log.model.record_at(0).shop == DEMO_SHOP, "the shop's violation log")
        row = next(r for r in range(window.log.model.rowCount()) if window.log.model.record_at(r).id == edited_id)
        window.log.select_row(row)
        history = window.show_history()
        settle(window)
        # The table takes focus and marks its first cell; show the history without that frame.
        history.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).setFocus()
        history.table.selectionModel().clearCurrentIndex()
        save(history, "history")
        history.reject()

        dialog = window.new_violation()
        dialog.category.setCurrentIndex(dialog.category.findData("seller_cancellation"))
        dialog.title.setText("出店者都合キャンセル（在庫切れ）")
        settle(window)
        save(dialog, "add_violation")
        dialog.points.setText("-5")
        dialog.shop.setCurrentText("")
        dialog.validate()
        save(dialog, "add_violation_errors")
        dialog.reject()

        troubles_screenshots.capture(window, save, settle, wait_until, DEMO_TODAY)

        window.set_language("en")
        window.tabs.setCurrentIndex(0)
        wait_until(window, lambda: "days ago" in window.dashboard.review_text.text(), "the English dashboard")
        save(window, "dashboard_en")
        window.tabs.setCurrentWidget(window.charts)
        save(window, "charts_en")
        window.close()
        window.store.close()
        for lang in ("ja", "en"):
            first_day(out, language, lang, Path(tmp) / f"first-{lang}", db)
    return 0


def first_day(out: Path, language, lang: str, folder: Path, demo_db: Path) -> None:
    """The first start, each dialog with bad input, and the confirmations, in `lang`."""
    from PySide6.QtWidgets import QPushButton

    from penaltytracker.core.rules import load_rules
    from penaltytracker.store import open_store
    from penaltytracker.ui.demo import DEMO_TODAY
    from penaltytracker.ui.main_window import MainWindow
    from penaltytracker.ui.settings import AppSettings

    suffix = "" if lang == "ja" else "_en"
    folder.mkdir(parents=True)
    language.set(lang)
    window = MainWindow(open_store(folder / "penaltytracker.sqlite3"), load_rules(), language, AppSettings(),
                        today=lambda: DEMO_TODAY)
    window.resize(1200, 800)
    window.show()
    settle(window)

    def save(widget, name: str) -> None:
        settle(window)
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    wait_until(window, window.showing_welcome, "the welcome panel")
    save(window, "first_start")

    shops = window.manage_shops(focus_name=True)
    shops.name.setText("さくら雑貨店")
    shops.add()
    wait_until(window, lambda: shops.shops.count() == 1 and shops.done_text.text() != "", "the new shop")
    shops.name.setText("北海マルシェ")
    save(shops, "shops_dialog")
    shops.reject()
    wait_until(window, lambda: not window.showing_welcome(), "the shop in the window")

    dialog = window.new_violation()
    dialog.shop.setCurrentText("さくら雑貨")  # a typo of the shop just added
    dialog.points_date.edit.setText("2026-13-40")
    dialog.occurred_on.edit.setText("3月2日")
    dialog.points.setText("-5")
    dialog.validate()
    save(dialog, "violation_bad_input")
    dialog.points_date.edit.setText("2026/6/10")
    dialog.occurred_on.edit.setText("")
    dialog.points.setText("5")
    dialog.title.setText("発送遅延")
    dialog.try_save()
    save(dialog.confirm_box, "new_shop_question")
    dialog.confirm_box.findChild(QPushButton, "useCloseShop").click()
    wait_until(window, lambda: "Ctrl+Z" in window.feedback.text(), "the saved message")
    save(window, "saved_confirmation")

    window.select_shop("さくら雑貨店")
    window.tabs.setCurrentWidget(window.shipping)
    settle(window)
    incident = window.shipping.new_incident()
    incident.order.setText(f"{SHOP_NUMBER}-20260611-00431")
    incident.promised.edit.setText("2026/06/31")
    incident.not_shipped.setChecked(False)
    incident.shipped.edit.setText("6/12")
    incident.validate()
    save(incident, "shipment_bad_input")
    incident.reject()

    window.tabs.setCurrentWidget(window.log)
    wait_until(window, lambda: window.log.model.record_at(0) is not None, "the log")
    window.log.select_row(0)
    window.log.delete_selected()
    box = window.confirm_box
    save(box, "delete_question")
    box.findChild(QPushButton, "confirmDelete").click()
    wait_until(window, lambda: window.log.model.rowCount() == 0 and "Ctrl+Z" in window.feedback.text(),
               "the deleted message")
    save(window, "deleted_confirmation")

    window.switch_store(str(demo_db))
    wait_until(window, lambda: window.shop_selector.count() > 2 or window.ops.last_error, "the demo store")
    if window.ops.last_error:
        raise SystemExit(f"screenshots: {window.ops.last_error}")
    window.select_shop(DEMO_SHOP)
    window.tabs.setCurrentWidget(window.whatif)
    window.whatif.points.setValue(60)
    wait_until(window, lambda: window.whatif.after is not None and window.whatif.after.level == "V", "the what-if")
    save(window, "whatif_level_v")
    window.close()
    window.store.close()


if __name__ == "__main__":
    sys.exit(main())
