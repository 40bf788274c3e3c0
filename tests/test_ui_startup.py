"""Start-up costs what the first page costs: the charts' matplotlib is loaded after it.

Run in a fresh interpreter: the test process has long imported matplotlib.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from penaltytracker.core.model import ViolationRecord
from penaltytracker.store import import_violations, open_store

# Starts the real main window on the store, notes what is imported when the first page
# has drawn, then waits for the background warm-up and opens the charts tab.
PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from penaltytracker.core.rules import load_rules
from penaltytracker.store import open_store
from penaltytracker.ui import deferred
from penaltytracker.ui.app import application, install_font
from penaltytracker.ui.i18n import Language
from penaltytracker.ui.main_window import MainWindow
from penaltytracker.ui.settings import AppSettings, use_settings_folder

use_settings_folder(sys.argv[2])
app = application()
install_font(app)
language = Language(app)
language.set("ja")
settings = AppSettings()
settings.last_shop = "うさぎ雑貨店"
window = MainWindow(open_store(sys.argv[1]), load_rules(), language, settings)
seen = {}

def first_page():
    seen["matplotlib_at_first_page"] = "matplotlib" in sys.modules
    seen["dashboard_points"] = window.dashboard.points_value.text()
    seen["charts_drawn_at_first_page"] = window.charts.points_canvas is not None
    QTimer.singleShot(0, after_first_page)

def after_first_page():
    deferred._warm_up.join(30)
    seen["matplotlib_after_warm_up"] = "matplotlib" in sys.modules
    window.charts.drawn.connect(charts_drawn)
    window.tabs.setCurrentWidget(window.charts)

def charts_drawn():
    ax = window.charts.points_canvas.figure_.axes[0]
    line = next(l for l in ax.get_lines() if l.get_gid() == "cumulative")
    seen["chart_total"] = float(max(line.get_ydata()))
    app.exit(0)

window.first_drawn.connect(first_page)
QTimer.singleShot(30_000, lambda: app.exit(1))
window.show()
code = app.exec()
window.ops.wait_idle()
window.close()
window.store.close()
print(json.dumps(seen))
sys.exit(code)
"""


def test_first_page_draws_before_matplotlib_loads_and_charts_draw_after(db_path, tmp_path, isolated_home):
    store = open_store(db_path)
    import_violations(store, [ViolationRecord(shop="うさぎ雑貨店", points_date=date.today().replace(month=1, day=5),
                                              points=35)])
    store.close()
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(isolated_home),
           "XDG_DATA_HOME": str(isolated_home / "data"), "XDG_CONFIG_HOME": str(isolated_home / "config"),
           "MPLCONFIGDIR": str(tmp_path / "mpl"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(db_path), str(tmp_path / "qsettings")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["dashboard_points"] == "35 点"  # the first page shows the store...
    assert seen["matplotlib_at_first_page"] is False  # ...without having loaded matplotlib
    assert seen["charts_drawn_at_first_page"] is False  # the hidden charts page waits to be shown
    assert seen["matplotlib_after_warm_up"] is True  # loaded in the background after the first page
    assert seen["chart_total"] == 35  # and the charts tab draws when opened
