"""Whole commands as a user or a scheduled job runs them, against what they would run instead.

- `status` and `whatif` on the big store, each a whole process, against a Python
  process that runs the one raw SQL query (the year's SUM for the same shop).
- `report` for a shop with 40 violations this year, against LibreOffice headless turning
  the same 40 rows as a tracker workbook (a SUMIFS status block and a line chart, written
  here with openpyxl) into a PDF. Measured only when `soffice` and openpyxl are present.

Every command is a fresh process with its caches warm (one warm-up run each: Python's
bytecode, the fonts, the parsed TOML, LibreOffice's profile), runs interleaved so a busy
moment slows both sides, medians compared.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

STATUS_PROCESS_FACTOR = 3.0  # status / whatif command ≤ 3× the raw-query process (issue 19)
REPORT_VS_LIBREOFFICE = 0.8  # report command ≤ 0.8× LibreOffice's conversion

REPORT_SHOP = "レポート店"
REPORT_VIOLATIONS = 40


def command_env(home: Path) -> dict:
    """The environment of a user's terminal: the app's benchmark environment (its own home,
    caches kept between runs, no display) with Python writing its bytecode as it normally
    does and nothing that turns a quick path off."""
    from benchmarks.run import _app_env

    env = _app_env(home)
    for name in ("PYTHONDONTWRITEBYTECODE", "PENALTYTRACKER_NO_QUICK_READ", "PENALTYTRACKER_NO_TOML_CACHE"):
        env.pop(name, None)
    return env


def run_once(cmd: list[str], env: dict, cwd: Path | None = None) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, timeout=300)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited {done.returncode}: "
                           f"{done.stderr.decode('utf-8', 'replace')[-800:]}")
    return took


def interleaved(commands: dict[str, list[str]], env: dict, runs: int, cwd: Path | None = None) -> dict[str, float]:
    """Median wall time of each command, after one warm-up run each, run in turn."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():
        run_once(cmd, env, cwd)
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(run_once(cmd, env, cwd))
    return {name: statistics.median(t) for name, t in times.items()}


def penaltytracker_cmd() -> list[str]:
    """The installed command (the console script beside this Python), as a user runs it."""
    script = Path(sys.executable).with_name("penaltytracker")
    return [str(script)] if script.exists() else [sys.executable, "-m", "penaltytracker"]


RAW_QUERY = ("import sqlite3, sys\n"
             "c = sqlite3.connect(sys.argv[1])\n"
             "print(c.execute(\"SELECT COALESCE(SUM(v.points), 0) FROM violations v JOIN shops s ON s.id = v.shop_id \"\n"
             "                \"WHERE s.name = ? AND v.status = 'active' AND v.points_date BETWEEN ? AND ?\",\n"
             "                sys.argv[2:5]).fetchone()[0])\n")


def status_process_figures(big: Path, shop: str, as_of: date, home: Path, runs: int, figure) -> list:
    env = command_env(home)
    pt = penaltytracker_cmd()
    raw = [sys.executable, "-c", RAW_QUERY, str(big), shop, f"{as_of.year}-01-01", as_of.isoformat()]
    medians = interleaved({
        "raw": raw,
        "status": pt + ["--db", str(big), "status", "--shop", shop, "--as-of", as_of.isoformat()],
        "whatif": pt + ["--db", str(big), "whatif", "--shop", shop, "--points", "10", "--date", as_of.isoformat()],
    }, env, runs)
    figures = []
    for name in ("status", "whatif"):
        ratio = medians[name] / medians["raw"]
        figures.append(figure(
            f"`{name}` command, whole process (busiest shop, big store)",
            f"{medians[name] * 1000:.0f} ms vs {medians['raw'] * 1000:.0f} ms for a Python process running the "
            f"raw SQL query ({ratio:.2f}×)",
            f"≤ {STATUS_PROCESS_FACTOR:g}× the raw-query process", ratio <= STATUS_PROCESS_FACTOR))
    return figures


# --- report against LibreOffice -----------------------------------------------------------

def report_rows(year: int) -> list[tuple[date, int, str, str]]:
    """40 violations spread over the year up to November: (加点日, 点数, 区分, 内容)."""
    rows = []
    for i in range(REPORT_VIOLATIONS):
        day = date(year, 1, 5) + timedelta(days=i * 8)
        rows.append((day, 1 + i % 3, "other", f"違反 {i + 1}"))
    return rows


def build_report_store(path: Path, rows, env: dict) -> None:
    """A store with one shop and the rows, through the app's own commands."""
    pt = penaltytracker_cmd()
    run_once(pt + ["--db", str(path), "shop", "add", REPORT_SHOP], env)
    csv = path.with_suffix(".csv")
    lines = ["店舗,加点日,点数,違反区分,内容"] + [f"{REPORT_SHOP},{d.isoformat()},{p},{c},{t}" for d, p, c, t in rows]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run_once(pt + ["--db", str(path), "import", "violations", str(csv)], env)


def write_workbook(path: Path, rows, as_of: date) -> None:
    """The tracker an operator keeps in a spreadsheet instead: the violations, a running
    total, a status block (SUMIFS over the year up to the as-of date, the level by the
    thresholds) and a line chart of the running total."""
    import openpyxl
    from openpyxl.chart import LineChart, Reference

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "違反"
    ws.append(["加点日", "点数", "違反区分", "内容", "累計"])
    for i, (day, points, category, title) in enumerate(rows, start=2):
        ws.append([day, points, category, title, f"=SUM($B$2:B{i})"])
    st = wb.create_sheet("状況", 0)
    st.append(["店舗", REPORT_SHOP])
    st.append(["基準日", as_of])
    st.append(["年間累積違反点数", f'=SUMIFS(違反!B:B,違反!A:A,">="&DATE(YEAR(B2),1,1),違反!A:A,"<="&B2)'])
    st.append(["違反レベル", '=IF(B3>=100,"V",IF(B3>=80,"IV",IF(B3>=75,"III",IF(B3>=55,"II",IF(B3>=35,"I","なし")))))'])
    st.append(["次のレベルまで", '=IF(B3>=100,0,IF(B3>=80,100,IF(B3>=75,80,IF(B3>=55,75,IF(B3>=35,55,35)))))-B3'])
    chart = LineChart()
    chart.title = "今年の累積違反点数"
    chart.add_data(Reference(ws, min_col=5, min_row=1, max_row=len(rows) + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
    st.add_chart(chart, "D2")
    wb.save(path)


def report_figures(work: Path, home: Path, runs: int, figure, as_of: date) -> list:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        openpyxl = None
    if soffice is None or openpyxl is None:
        missing = "soffice" if soffice is None else "openpyxl (pip install openpyxl)"
        return [figure("`report` command vs LibreOffice headless", f"not measured: {missing} not found",
                       f"≤ {REPORT_VS_LIBREOFFICE:g}× LibreOffice", None)]
    env = command_env(home)
    folder = Path(tempfile.mkdtemp(prefix="report-vs-lo-", dir=work))
    rows = report_rows(as_of.year)
    store = folder / "report.sqlite3"
    build_report_store(store, rows, env)
    workbook = folder / "tracker.xlsx"
    write_workbook(workbook, rows, as_of)
    profile = (home / "lo-profile").resolve()
    medians = interleaved({
        "report": penaltytracker_cmd() + ["--db", str(store), "report", "--shop", REPORT_SHOP,
                                          "--as-of", as_of.isoformat(), "--out", str(folder / "report.pdf")],
        "libreoffice": [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(folder / "lo"), str(workbook)],
    }, env, runs)
    if not (folder / "lo" / "tracker.pdf").exists():
        raise RuntimeError("LibreOffice wrote no PDF")
    ratio = medians["report"] / medians["libreoffice"]
    return [figure(f"`report` command, whole process ({REPORT_VIOLATIONS} violations this year)",
                   f"{medians['report'] * 1000:.0f} ms vs {medians['libreoffice'] * 1000:.0f} ms for LibreOffice "
                   f"headless turning the same rows as a workbook into a PDF ({ratio:.2f}×)",
                   f"≤ {REPORT_VS_LIBREOFFICE:g}× LibreOffice", ratio <= REPORT_VS_LIBREOFFICE)]
