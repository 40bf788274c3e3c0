"""CSV reading strict about structure (issue 15): a quote left open, a cell that swallows
rows, a UTF-8 line in a CP932 file, inputs that are not files, a very wide header.
Every refusal names the line, in the user's language, and writes nothing."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from penaltytracker.messages import Problem as MessageProblem
from penaltytracker.reports.csv_io import (
    CsvImportError,
    Problem,
    cells_of,
    clean_name,
    line_break_problems,
    map_header,
    parse_date,
    parse_table,
    read_table,
)
from penaltytracker.reports.violations_csv import JAPANESE, REQUIRED, read_violations
from tests.conftest import run_cli

HEADER = "店舗,加点日,点数,内容\n"


def stored_violations(target: str) -> int:
    from penaltytracker.store import count_violations, open_store

    store = open_store(target)
    try:
        return count_violations(store)
    finally:
        store.close()


def refused(path: Path) -> CsvImportError:
    with pytest.raises(CsvImportError) as info:
        read_violations(path)
    return info.value


# --- an unterminated quote, a cell that swallows rows -------------------------------------

def test_the_issues_unterminated_quote_is_refused_naming_line_2(store_target, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text(HEADER + '"unterminated title,,,\n本店,2026-02-11,20,x\n本店,2026-02-12,30,y\n', encoding="utf-8")
    res = run_cli("import", "violations", str(path), db=store_target)
    assert res.returncode == 2, res.stderr
    err = res.stderr.decode()
    assert "取り込みませんでした" in err and "2 行目" in err and "閉じられていません" in err, err
    res = run_cli("--lang", "en", "import", "violations", str(path), db=store_target)
    assert res.returncode == 2 and "line 2" in res.stderr.decode() and "never closed" in res.stderr.decode()
    assert stored_violations(store_target) == 0


def test_an_order_csv_with_an_unterminated_quote_is_refused(tmp_path, rules):
    from penaltytracker.reports.shipments_csv import read_shipments

    path = tmp_path / "orders.csv"
    path.write_text('受注番号,出荷予定日,出荷日,メモ\n1,2026-10-01,,"note\n2,2026-10-02,,\n3,2026-10-03,,\n',
                    encoding="utf-8")
    with pytest.raises(CsvImportError) as info:
        read_shipments(path, rules, shop="A")
    assert [(p.line, p.field) for p in info.value.problems] == [(2, "")]


def test_text_after_a_closing_quote_is_refused(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text(HEADER + '本店,2026-02-10,15,"title"junk\n', encoding="utf-8")
    assert [p.line for p in refused(path).problems] == [2]


def test_a_quoted_cell_that_swallows_whole_rows_is_refused(tmp_path):
    # The quote opened on line 2 closes at the end of line 4: the title would hold two rows.
    path = tmp_path / "v.csv"
    path.write_text(HEADER + '本店,2026-02-10,15,"title\n本店,2026-02-11,20,x\n本店,2026-02-12,30,y"\n',
                    encoding="utf-8")
    err = refused(path)
    assert [p.line for p in err.problems] == [2]
    assert "4 行目まで" in err.text("ja")


def test_a_title_over_two_lines_is_kept(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text(HEADER + '本店,2026-02-10,15,"一行目\n二行目"\n本店,2026-02-11,5,x\n', encoding="utf-8")
    assert [r.title for r in read_violations(path)] == ["一行目\n二行目", "x"]


def test_a_line_break_in_a_field_that_cannot_hold_one(tmp_path):
    table = parse_table('店舗,加点日,点数,内容\n"本\n店",2026-02-10,15,"a\nb"\n')
    columns = map_header(table.header, JAPANESE, "f.csv", REQUIRED)
    found = line_break_problems(table, columns, multiline=("title",))
    assert [(p.line, p.field) for p in found] == [(2, "shop")]


def test_a_line_break_in_the_header_is_refused():
    with pytest.raises(CsvImportError) as info:
        parse_table('"店\n舗",加点日,点数\n本店,2026-02-10,15\n')
    assert info.value.problems[0].line == 1


# --- mixed encodings ----------------------------------------------------------------------

def test_a_utf8_row_in_a_cp932_file_is_refused_naming_its_line(store_target, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes((HEADER + "本店,2026-02-10,15,商品ページ\n本店,2026-02-11,5,配送\n").encode("cp932")
                     + "日本,2026-02-12,5,x\n".encode("utf-8"))
    res = run_cli("--lang", "en", "import", "violations", str(path), db=store_target)
    assert res.returncode == 2, res.stderr
    err = res.stderr.decode()
    assert "line 4" in err and "UTF-8" in err and "CP932" in err, err
    assert stored_violations(store_target) == 0


def test_a_plain_cp932_file_still_reads(tmp_path):
    path = tmp_path / "cp932.csv"
    path.write_bytes((HEADER + "ｱｲｳ本店,2026-02-10,15,商品ページの不備（表示）\n").encode("cp932"))
    assert [r.shop for r in read_violations(path)] == ["ｱｲｳ本店"]


# --- inputs that are not regular files ----------------------------------------------------

def test_a_fifo_is_refused_at_once(tmp_path, cli):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    code, _, err = cli("import", "violations", str(fifo))  # old code: hangs until run_cli's timeout
    assert code == 2 and "名前付きパイプ" in err, err
    code, _, err = cli("--lang", "en", "import", "shipments", str(fifo), "--shop", "A")
    assert code == 2 and "named pipe" in err, err


@pytest.mark.parametrize("kind", ["folder", "device"])
def test_a_folder_or_a_device_is_refused(tmp_path, kind):
    path = tmp_path if kind == "folder" else Path("/dev/null")
    with pytest.raises(CsvImportError) as info:
        read_table(path)
    assert ("folder" if kind == "folder" else "device") in str(info.value)


# --- the header check is linear -----------------------------------------------------------

class Counted(str):
    compared = 0

    def strip(self, *a):
        return Counted(str.strip(self, *a))

    def lower(self):
        return Counted(str.lower(self))

    def __eq__(self, other):
        Counted.compared += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_the_header_check_is_linear_in_its_width():
    n = 3000
    header = [Counted(f"col{i}") for i in range(n)] + [Counted("店舗"), Counted("加点日"), Counted("点数")]
    Counted.compared = 0
    columns = map_header(header, JAPANESE, "wide.csv", REQUIRED)
    assert columns["shop"] == n
    # A search of the header per column compares n²/2 times (4.5 million here).
    assert Counted.compared < 20 * n, Counted.compared


def test_a_header_of_100000_columns_is_read(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("店舗,加点日,点数," + ",".join(f"c{i}" for i in range(100_000)) + "\n本店,2026-02-10,15\n",
                    encoding="utf-8")
    [record] = read_violations(path)
    assert record.points == 15


def test_a_repeated_column_in_a_wide_header_is_named():
    header = [f"c{i}" for i in range(5000)] + ["店舗", "加点日", "点数", "c17"]
    with pytest.raises(CsvImportError) as info:
        map_header(header, JAPANESE, "wide.csv", REQUIRED)
    assert [(p.line, p.field) for p in info.value.problems] == [(1, "c17")]


# --- text as written, names cleaned -------------------------------------------------------

@pytest.mark.parametrize("raw, clean", [
    ("\ufeff本店", "本店"), ("本\u200b店", "本店"), ("本店\u200c\u200d", "本店"), ("\u2060本店", "本店"),
    ("本\x07店", "本店"), ("  本店\u3000", "本店"), ("本\n店", "本店"), ("A\u00a0B", "A\u00a0B"),
])
def test_names_lose_invisible_characters(raw, clean):
    assert clean_name(raw) == clean


def test_text_fields_keep_what_the_user_wrote():
    cells = ["  \ufeff本店 ", " 2026-02-10 ", "15", "  字下げした件名 ", " R-1\u200b "]
    columns = {"shop": 0, "points_date": 1, "points": 2, "title": 3, "reference": 4}
    got = cells_of(cells, columns, verbatim=("title",), names=("shop", "reference"))
    assert got == {"shop": "本店", "points_date": "2026-02-10", "points": "15", "title": "  字下げした件名 ",
                   "reference": "R-1"}
    assert cells_of(cells, columns)["title"] == "字下げした件名"  # the old callers: unchanged


# --- messages as codes, worded in the user's language -------------------------------------

def test_csv_errors_are_worded_in_japanese_with_the_files_own_header():
    table = parse_table("店舗,加点日,点数\n本店,2026-02-30,15\n")
    columns = map_header(table.header, JAPANESE, "v.csv", REQUIRED)
    try:
        parse_date("2026-02-30")
    except ValueError as exc:
        problem = Problem(2, "points_date", exc)
    err = CsvImportError("v.csv", [problem] * 5, columns)
    assert isinstance(err, MessageProblem) and isinstance(err, ValueError)
    ja = err.text("ja")
    assert ja.startswith("v.csv は取り込みませんでした。問題 5 件：")
    assert "2 行目「加点日」：ありえない日付です" in ja
    en = err.text("en")
    assert "nothing was imported, 5 problem(s)" in en and "line 2, 加点日: no such date" in en
    assert str(err) == en


def test_more_than_200_problems_are_counted():
    err = CsvImportError("v.csv", [Problem(n, "", "bad") for n in range(2, 300)])
    assert "ほか 98 件" in err.text("ja") and "and 98 more" in str(err)


@pytest.mark.parametrize("text", ["1999-12-31", "2101-01-01", "0001-01-01", "9999-12-31"])
def test_dates_outside_the_supported_years_are_refused(text):
    # (violations_csv's quick path reads ISO dates itself: it must check the years too)
    with pytest.raises(ValueError, match="2000 to 2100"):
        parse_date(text)


def test_the_store_is_untouched_by_a_refused_file(db_path, tmp_path):
    assert run_cli("shop", "add", "本店", db=db_path).returncode == 0
    path = tmp_path / "v.csv"
    path.write_text(HEADER + '"unterminated\n', encoding="utf-8")
    assert run_cli("import", "violations", str(path), db=db_path).returncode == 2
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM violations").fetchone()[0] == 0


def test_every_code_of_the_hardening_modules_has_words():
    """csv_io, safe_write, the argument types and the restore raise codes through helpers
    (_refuse, Msg(f"csv.kind_{kind}")) that the catalogue test cannot follow: every dotted
    code written in them is in messages.toml, in both languages."""
    import re

    from penaltytracker.messages import catalogue

    root = Path(__file__).resolve().parent.parent / "penaltytracker"
    files = ["reports/csv_io.py", "reports/safe_write.py", "cli/arguments.py", "store/backup.py", "store/engine.py"]
    codes = set()
    for name in files:
        codes |= set(re.findall(r'"((?:csv|write|cli|backup|store)\.[a-z_]+)"', (root / name).read_text()))
    codes |= {f"csv.kind_{k}" for k in ("folder", "fifo", "device", "socket", "other", "symlink")}
    missing = sorted(c for c in codes if c not in catalogue() or not catalogue()[c].get("ja"))
    assert not missing, missing
