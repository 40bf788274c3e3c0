"""Save screenshots of every page into docs/screenshots/ (offscreen, demo data).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Builds a demo store in a temporary folder, opens the real main window with
QSettings pointed at that folder, and saves widget.grab() of each page.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402


def settle(window, ms: int = 150) -> None:
    """Let pending store work finish and the widgets repaint."""
    window.ops.wait_idle()
    end = QTimer()
    end.setSingleShot(True)
    loop = QEventLoop()
    end.timeout.connect(loop.quit)
    end.start(ms)
    loop.exec()
    window.ops.wait_idle()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from penaltytracker.core.rules import load_rules
    from penaltytracker.store import open_store
    from penaltytracker.ui.app import application, install_font
    from penaltytracker.ui.demo import DEMO_TODAY, build_demo_store
    from penaltytracker.ui.i18n import Language
    from penaltytracker.ui.main_window import MainWindow
    from penaltytracker.ui.settings import AppSettings, use_settings_folder
    from penaltytracker.ui.style import APP_STYLE

    with tempfile.TemporaryDirectory() as tmp:
        use_settings_folder(Path(tmp) / "settings")
        db = Path(tmp) / "demo.sqlite3"
        build_demo_store(db)
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

        window.select_shop(None)
        save(window, "overview")
        window.select_shop("うさぎ雑貨店")
        save(window, "dashboard")
        window.tabs.setCurrentWidget(window.log)
        window.select_shop(None)
        window.tabs.setCurrentWidget(window.log)
        save(window, "violation_log")
        window.select_shop("うさぎ雑貨店")
        window.tabs.setCurrentWidget(window.charts)
        save(window, "charts")
        window.tabs.setCurrentWidget(window.whatif)
        window.whatif.points.setValue(15)
        save(window, "whatif")

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

        window.set_language("en")
        window.tabs.setCurrentIndex(0)
        save(window, "dashboard_en")
        window.tabs.setCurrentWidget(window.charts)
        save(window, "charts_en")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
