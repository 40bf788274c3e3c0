"""Small programs the benchmark runs in their own process (start-up, table, PDF).

Each prints one line: `ready` (start-up probes) or a JSON object with its figures.
Run as `python -m benchmarks.probes KIND [ARGS]`: bare, table DB [violations|shipments],
pdf DB OUT SHOP DATE RUNS.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare_window() -> int:
    """The floor for start-up: a PySide6 window with matplotlib's Qt canvas imported."""
    from PySide6.QtWidgets import QApplication, QMainWindow
    from matplotlib.figure import Figure  # noqa: F401
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: F401

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    print("ready", flush=True)
    return 0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def log_table(db: str, log: str = "violations") -> int:
    """Time from creating a log's model + view on `db` (the violation log, or the delay
    log with `log` = "shipments") to its first rows painted, then a jump to the middle."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QTableView

    from penaltytracker.core.rules import load_rules
    from penaltytracker.store import open_store
    from penaltytracker.ui.ops import Ops

    app = QApplication(sys.argv[:1])
    rules = load_rules()
    store = open_store(db)
    deadline = 60.0
    # An event loop object's processEvents: the same as QApplication.processEvents, and it
    # also held up on PySide6 6.12.0 (now excluded in pyproject.toml), whose static one
    # dropped a reference to None per call on Python 3.11 (none_dealloc).
    events = QEventLoop()

    def wait(done, start) -> float:
        while not done():
            events.processEvents()
            if time.perf_counter() - start > deadline:
                raise SystemExit(f"the {log} log did not show rows within a minute")
            time.sleep(0.001)
        events.processEvents()  # the repaint with the rows
        return time.perf_counter() - start

    t0 = time.perf_counter()
    ops = Ops()
    if log == "shipments":
        from penaltytracker.ui.shipping_page import ShipmentTableModel

        model = ShipmentTableModel(ops, rules, "ja")
    else:
        from penaltytracker.ui.violation_log import ViolationTableModel

        model = ViolationTableModel(ops, rules, "ja")
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    model.set_store(store)
    first = wait(lambda: model.rowCount() > 0 and model.record_at(0) is not None, t0)
    rows = model.rowCount()
    shown = model.data(model.index(0, 1))

    # Jumping to the middle of the log: the page there is read on demand.
    middle = rows // 2
    t1 = time.perf_counter()
    view.scrollTo(model.index(middle, 0))
    events.processEvents()
    jump = wait(lambda: model.record_at(middle) is not None, t1)
    # Then, once the id list has arrived, a few pages further on, as when scrolling on.
    wait(ops.is_idle, time.perf_counter())
    further = min(rows - 1, middle + 5 * 200)
    t2 = time.perf_counter()
    view.scrollTo(model.index(further, 0))
    events.processEvents()
    scroll = wait(lambda: model.record_at(further) is not None, t2)
    wait(ops.is_idle, time.perf_counter())  # background reads finish before the process ends
    print(json.dumps({"first_rows_s": first, "rows": rows, "first_cell": shown, "jump_s": jump,
                      "jump_row": middle, "scroll_on_s": scroll, "peak_rss_mb": _peak_rss_mb()}), flush=True)
    store.close()
    return 0


def pdf_report(db: str, out_dir: str, shop: str, as_of: str, runs: str) -> int:
    """Time write_status_report in a running process (the app has Qt up already)."""
    from datetime import date

    from penaltytracker.core.rules import load_rules
    from penaltytracker.reports import pdf
    from penaltytracker.store import open_store

    pdf.ensure_gui()
    rules = load_rules()
    store = open_store(db)
    day = date.fromisoformat(as_of)
    times = []
    for i in range(int(runs)):
        t0 = time.perf_counter()
        pdf.write_status_report(os.path.join(out_dir, f"report-{i}.pdf"), store, rules, shop, day, "ja")
        times.append(time.perf_counter() - t0)
    size = os.path.getsize(os.path.join(out_dir, "report-0.pdf"))
    print(json.dumps({"times_s": times, "bytes": size, "peak_rss_mb": _peak_rss_mb()}), flush=True)
    store.close()
    return 0


def main(argv: list[str]) -> int:
    kind, args = argv[0], argv[1:]
    return {"bare": bare_window, "table": log_table, "pdf": pdf_report}[kind](*args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
