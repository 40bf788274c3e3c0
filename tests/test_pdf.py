"""The PDF status summary, read back with pypdf: text, fonts, chart, pages, safe writing."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from penaltytracker.core.model import WITHDRAWN, ViolationRecord
from penaltytracker.reports import pdf
from penaltytracker.reports.chart_data import LATE_COLOUR, LINE_COLOUR, SEVERITY_COLOURS, TARGET_COLOUR
from penaltytracker.reports.safe_write import WriteError
from penaltytracker.store import StoreError, add_violation

SHOP = "楽天ショップ 東京本店"
AS_OF = date(2026, 6, 17)


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """pytest-qt's QApplication first: otherwise the PDF writer makes a QGuiApplication,
    and the widget tests that run later in this process could not start."""
    return qapp


@pytest.fixture
def filled(store, rules):
    """A shop at level II with a long list (the table must flow over pages)."""
    cats = [c.key for c in rules.categories]
    second = rules.levels[1]
    add_violation(store, ViolationRecord(SHOP, date(2026, 2, 3), second.threshold - 10, category=cats[0],
                                         title="出店者都合キャンセル"))
    add_violation(store, ViolationRecord(SHOP, date(2026, 6, 15), 10, category=cats[1], title="今週の発送遅延"))
    add_violation(store, ViolationRecord(SHOP, date(2026, 3, 1), 35, category=cats[2], title="取り消された違反",
                                         status=WITHDRAWN))
    for i in range(45):
        add_violation(store, ViolationRecord(SHOP, date(2026, 1, 1) + timedelta(days=i), 0, category=cats[-1],
                                             title=f"猶予 軽微な違反 {i + 1:02d}"))
    add_violation(store, ViolationRecord(SHOP, date(2026, 7, 1), 30, title="基準日より後"))
    return store


def _text(path) -> list[str]:
    """Each page's text with runs of white space made single spaces."""
    reader = PdfReader(path)
    return [re.sub(r"\s+", " ", page.extract_text(extraction_mode="layout")) for page in reader.pages]


def test_japanese_report_text(tmp_path, filled, rules):
    out = pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF)
    pages = _text(out)
    first, everything = pages[0], " ".join(pages)
    second = rules.levels[1]
    assert SHOP in first
    assert "基準日: 2026-06-17" in first  # 日 itself, not the look-alike radical ⽇
    assert "⽇" not in everything
    assert f"違反レベル {second.name} {second.description_ja}" in first
    assert f"年間累積違反点数 {second.threshold}点" in first
    assert f"あと {rules.levels[2].threshold - second.threshold}点" in first
    assert f"ルールセット: {rules.name_ja} {rules.version}" in first
    assert "前週からの変化" in first and "+10点（1件）" in first
    assert f"I → {second.name}（上昇）" in first
    assert f"¥{rules.levels[0].penalty_fee_yen + second.penalty_fee_yen:,}" in first
    # the table: every row of the year once, withdrawn ones marked, nothing after the as-of date
    for i in range(45):
        assert everything.count(f"猶予 軽微な違反 {i + 1:02d}") == 1
    assert "取り消された違反 取り消し済み" in everything  # the app's words
    assert "基準日より後" not in everything
    assert "過去8週間の出荷データはありません。" in everything
    # the title once: bold would draw (and extract) every word twice
    assert first.count("違反点数 状況レポート") == 1


def test_page_numbers_and_the_table_header_on_every_page(tmp_path, filled, rules):
    pages = _text(pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in page
    assert "加点日 違反区分 点数 内容 状態" in pages[1]  # header row repeated where the table flows


def test_english_report_text(tmp_path, filled, rules):
    pages = _text(pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF, lang="en"))
    first = pages[0]
    second = rules.levels[1]
    assert SHOP in first
    assert "As of: 2026-06-17" in first
    assert f"Level {second.name} {second.description_en}" in first
    assert f"Points this year {second.threshold} points" in first
    assert "Change since last week" in first and "+10 points" in first
    assert "Withdrawn" in " ".join(pages)
    assert f"1 / {len(pages)}" in first


def test_fonts_are_embedded(tmp_path, filled, rules):
    reader = PdfReader(pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF))
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for d in descendants:
                descriptor = d["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, font
                assert "PenaltyTracker" in str(d["/BaseFont"])
                seen += 1
    assert seen


def _ops(reader, page):
    return ContentStream(reader.pages[page].get_contents(), reader).operations


def _colours(ops, fill: bool) -> set[tuple[float, ...]]:
    wanted = b"scn" if fill else b"SCN"
    return {tuple(round(float(x), 3) for x in args) for args, op in ops if op == wanted and len(args) == 3}


def _rgb(hex_colour: str) -> tuple[float, ...]:
    return tuple(round(int(hex_colour[i:i + 2], 16) / 255, 3) for i in (1, 3, 5))


def test_the_points_chart_is_drawn_as_vectors_with_its_words_as_text(tmp_path, filled, rules):
    reader = PdfReader(pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF))
    page = reader.pages[0]
    # The chart's words are text in the embedded font (found by a search), not outlines.
    flat = re.sub(r"\s+", "", page.extract_text())
    assert "2026年の累積違反点数（2026-06-17時点）" in flat
    for lv in rules.levels:
        assert f"レベル{lv.name}（{lv.threshold}点〜）" in flat
    assert f"{rules.levels[1].threshold}点" in flat  # the "now" note
    assert "1月2月3月4月5月6月" in flat  # month ticks up to the as-of date
    ops = _ops(reader, 0)
    # Lines, band rectangles and round markers (Bézier curves) in the chart's colours...
    assert sum(1 for _, op in ops if op == b"l") > 20
    assert sum(1 for _, op in ops if op == b"re") >= len(rules.levels)
    assert sum(1 for _, op in ops if op == b"c") >= 4 * 2  # two violations counted: two round markers
    assert _rgb(LINE_COLOUR) in _colours(ops, fill=False)  # the running total
    for colour in SEVERITY_COLOURS:
        assert _rgb(colour) in _colours(ops, fill=True)  # the level bands
    alphas = {round(float(g.get_object().get("/ca", 1)), 2) for g in page["/Resources"]["/ExtGState"].values()}
    assert 0.45 in alphas  # the bands are see-through, as in the app
    # ...and no picture at all: the chart's place in the flow holds no placeholder image.
    assert not page["/Resources"].get("/XObject")
    assert b"Do" not in {op for _, op in ops}


def test_the_shipping_chart_is_drawn_when_there_is_shipping_data(tmp_path, filled, rules):
    from penaltytracker.core.shipping import ShipmentRecord
    from penaltytracker.store.shipments import add_shipment

    out = pdf.write_status_report(tmp_path / "none.pdf", filled, rules, SHOP, AS_OF)
    assert "週ごとの出荷遅延と納期遵守率" not in " ".join(_text(out))
    for i in range(1, 21):
        promised = AS_OF - timedelta(days=i)
        add_shipment(filled, ShipmentRecord(SHOP, f"O-{i}", promised, promised + timedelta(days=1 if i % 5 == 0 else 0)))
    reader = PdfReader(pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF, lang="en"))
    flat = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert "Late shipments and on-time rate per week" in flat
    assert "Target 96%" in flat and "On-time rate" in flat and "Late shipments" in flat
    assert "100%" in flat and "6/11–" in flat  # the rate axis and the last week's tick
    ops = [op for i in range(len(reader.pages)) for op in _ops(reader, i)]
    assert _rgb(LATE_COLOUR) in _colours(ops, fill=True)  # the bars
    assert _rgb(TARGET_COLOUR) in _colours(ops, fill=False)  # the target line
    assert any(op == b"d" and args[0] for args, op in ops)  # ...dashed
    assert not any(p["/Resources"].get("/XObject") for p in reader.pages)


def test_shipping_summary_when_there_is_shipping_data(tmp_path, filled, rules):
    from penaltytracker.core.shipping import ShipmentRecord
    from penaltytracker.store.shipments import add_shipment

    for i in range(1, 21):  # promised before the as-of date; every fifth one shipped a day late
        promised = AS_OF - timedelta(days=i)
        add_shipment(filled, ShipmentRecord(SHOP, f"O-{i}", promised, promised + timedelta(days=1 if i % 5 == 0 else 0)))
    everything = " ".join(_text(pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF)))
    assert "出荷状況（過去8週間）" in everything
    assert "出荷データはありません" not in everything
    # June to date: 16 shipments, 3 late; all three criteria with their targets and verdicts (issue 13).
    flat = everything.replace(" ", "")
    assert "納期遵守率81.2%（16件中遅延3件）96%以上対象外（必要な100件のうち16件）" in flat
    assert "6日以内お届け件数比率—80%以上計算できません" in flat and "出荷件数16件100件以上対象外" in flat
    assert "集計期間：暦月（2026-06-01〜2026-06-17" in flat and "前月（2026-05-01〜2026-05-31）" in flat


def test_an_unknown_shop_writes_nothing(tmp_path, store, rules):
    with pytest.raises(StoreError, match="no shop named"):
        pdf.write_status_report(tmp_path / "r.pdf", store, rules, "ない店", AS_OF)
    assert not [p for p in tmp_path.iterdir() if "r.pdf" in p.name]


def test_a_missing_folder_gives_a_clear_write_error(tmp_path, filled, rules):
    target = tmp_path / "no such folder" / "r.pdf"
    with pytest.raises(WriteError, match="does not exist"):
        pdf.write_status_report(target, filled, rules, SHOP, AS_OF)
    assert not target.parent.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_gives_a_write_error(tmp_path, filled, rules):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError):
            pdf.write_status_report(folder / "r.pdf", filled, rules, SHOP, AS_OF)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_full_disk_leaves_no_partial_file_and_keeps_the_old_one(tmp_path, filled, rules, monkeypatch):
    import penaltytracker.reports.safe_write as safe_write

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "r.pdf"
    target.write_bytes(b"the previous report")

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_write.os, "fsync", full)
    with pytest.raises(WriteError, match=os.strerror(errno.ENOSPC)):
        pdf.write_status_report(target, filled, rules, SHOP, AS_OF)
    assert [p.name for p in folder.iterdir()] == ["r.pdf"]
    assert target.read_bytes() == b"the previous report"


def test_bad_language_is_refused(tmp_path, filled, rules):
    with pytest.raises(ValueError, match="ja or en"):
        pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF, lang="fr")
    assert list(tmp_path.glob("*.pdf")) == []


def test_progress_is_reported_up_to_done(tmp_path, filled, rules):
    seen = []
    pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF, progress=lambda p, m: seen.append(p))
    assert seen == sorted(seen) and seen[0] == 0 and seen[-1] == 100


def test_the_garbage_collector_is_on_again_after_a_report_even_a_failed_one(tmp_path, filled, rules):
    import gc

    assert gc.isenabled()
    pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF)
    assert gc.isenabled()
    with pytest.raises(StoreError):
        pdf.write_status_report(tmp_path / "x.pdf", filled, rules, "ない店", AS_OF)
    assert gc.isenabled()
    gc.disable()  # and left off when it was off
    try:
        pdf.write_status_report(tmp_path / "r.pdf", filled, rules, SHOP, AS_OF)
        assert not gc.isenabled()
    finally:
        gc.enable()


# --- the command line, as a real subprocess -------------------------------------------------

def test_cli_report(tmp_path, filled, cli):
    out = tmp_path / "レポート.pdf"
    code, stdout, stderr = cli("report", "--shop", SHOP, "--as-of", "2026-06-17", "--out", str(out), "--lang", "en")
    assert code == 0, stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    assert str(out) in stdout
    assert "Points this year" in _text(out)[0]


# Starts the real command line in a fresh interpreter (this test process has long loaded
# matplotlib) and says, once the PDF is written, whether matplotlib was loaded for it.
WITHOUT_MATPLOTLIB = r"""
import sys
from penaltytracker.cli import main
code = main(sys.argv[1:])
print("matplotlib loaded:", "matplotlib" in sys.modules)
sys.exit(code)
"""


def test_the_report_command_draws_both_charts_without_loading_matplotlib(tmp_path, filled, db_path):
    from penaltytracker.core.shipping import ShipmentRecord
    from penaltytracker.store.shipments import add_shipment

    for i in range(1, 8):
        promised = AS_OF - timedelta(days=i)
        add_shipment(filled, ShipmentRecord(SHOP, f"O-{i}", promised, promised + timedelta(days=i % 2)))
    out = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_MATPLOTLIB, "--db", str(db_path), "report", "--shop", SHOP,
         "--as-of", AS_OF.isoformat(), "--out", str(out)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "matplotlib loaded: False" in done.stdout
    everything = re.sub(r"\s+", "", " ".join(p.extract_text() for p in PdfReader(out).pages))
    assert "2026年の累積違反点数（2026-06-17時点）" in everything and "週ごとの出荷遅延と納期遵守率" in everything


def test_cli_report_unknown_shop_exits_2(tmp_path, filled, cli):
    out = tmp_path / "r.pdf"
    code, _stdout, stderr = cli("report", "--shop", "ない店", "--out", str(out))
    assert code == 2
    assert "店舗「ない店」は登録されていません" in stderr
    assert not out.exists()


def test_cli_report_bad_date_exits_2(tmp_path, filled, cli):
    code, _stdout, stderr = cli("report", "--shop", SHOP, "--as-of", "2026-02-30", "--out", str(tmp_path / "r.pdf"))
    assert code == 2
    assert "--as-of" in stderr


def test_a_notice_moves_the_window_in_the_pdf(tmp_path, filled, rules):
    from penaltytracker.core.notices import SanctionNotice
    from penaltytracker.store.notices import set_level_notice, set_sanction_notice

    second = rules.levels[1]
    out = pdf.write_status_report(tmp_path / "before.pdf", filled, rules, SHOP, AS_OF)
    assert "［見込み］" in _text(out)[0] and "2026-06-28" in _text(out)[0]  # II's 14 days from 06-15
    set_sanction_notice(filled, SanctionNotice(SHOP, 2026, second.name, "ranking_restriction", date(2026, 6, 16),
                                               date(2026, 7, 20)))
    set_level_notice(filled, SHOP, 2026, second.name, fee_yen=450_000, fee_billed_on=date(2026, 6, 16))
    first = _text(pdf.write_status_report(tmp_path / "after.pdf", filled, rules, SHOP, AS_OF))[0]
    assert "2026-07-20 まで" in first and "［通知］" in first
    assert f"¥{rules.levels[0].penalty_fee_yen + 450_000:,}" in first
    assert "楽天の通知" in first and "¥450,000" in first and "未払い" in first
