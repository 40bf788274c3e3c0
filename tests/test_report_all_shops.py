"""`report --all-shops`: one valid PDF per shop, named by shop and date; one failure loses nothing else."""

from __future__ import annotations

import re
from datetime import date

import pytest

from penaltytracker.cli.report_commands import report_file_name, report_file_names
from penaltytracker.core.model import ViolationRecord
from tests.conftest import run_cli

pypdf = pytest.importorskip("pypdf")

AS_OF = date(2026, 6, 15)
SHOPS = ("北の店", "A/B: \"best\"", "south")


def seed(db_path):
    from penaltytracker.store import add_shop, import_violations, open_store

    store = open_store(db_path)
    for shop in SHOPS:
        add_shop(store, shop)
    import_violations(store, [ViolationRecord(shop="北の店", points_date=date(2026, 6, 1), points=55),
                              ViolationRecord(shop="south", points_date=date(2026, 3, 1), points=5)])
    store.close()


def text_of(path) -> str:
    reader = pypdf.PdfReader(str(path))
    # pypdf breaks Japanese text into runs: compare without the white space between them.
    return re.sub(r"\s", "", "".join(page.extract_text() or "" for page in reader.pages))


def test_file_names_sort_by_shop_then_date_and_hold_no_forbidden_characters():
    assert report_file_name("北の店", AS_OF) == "北の店_2026-06-15.pdf"
    assert report_file_name('A/B: "best"', AS_OF) == "A_B_ _best__2026-06-15.pdf"
    assert report_file_name("CON", AS_OF) == "CON__2026-06-15.pdf"
    assert report_file_name("shop. ", AS_OF) == "shop_2026-06-15.pdf"
    names = report_file_names(["a/b", "a:b", "A?b"], AS_OF)
    assert sorted(n.lower() for n in names.values()) == ["a_b_2026-06-15.pdf", "a_b~2_2026-06-15.pdf",
                                                           "a_b~3_2026-06-15.pdf"]
    assert sorted([report_file_name("a", date(2026, 6, 8)), report_file_name("b", date(2026, 6, 1)),
                   report_file_name("a", date(2026, 6, 15))]) == [
        "a_2026-06-08.pdf", "a_2026-06-15.pdf", "b_2026-06-01.pdf"]


def test_every_shop_gets_one_valid_pdf(db_path, tmp_path):
    seed(db_path)
    out = tmp_path / "weekly" / "2026"  # made when missing
    res = run_cli("report", "--all-shops", "--out-dir", str(out), "--as-of", AS_OF.isoformat(), db=db_path)
    assert res.returncode == 0, res.stderr.decode("utf-8")
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(report_file_names(sorted(SHOPS), AS_OF).values())
    assert len(files) == 3 and all(f.endswith("_2026-06-15.pdf") for f in files)
    assert res.stdout.decode("utf-8").splitlines() == [str(out / report_file_names(sorted(SHOPS), AS_OF)[s])
                                                       for s in sorted(SHOPS)]
    north = text_of(out / "北の店_2026-06-15.pdf")
    assert "北の店" in north and "2026-06-15" in north and "55" in north
    assert "south" in text_of(out / "south_2026-06-15.pdf")
    english = tmp_path / "en"
    res = run_cli("report", "--all-shops", "--out-dir", str(english), "--lang", "en", db=db_path)
    assert res.returncode == 0 and len(list(english.iterdir())) == 3


def test_one_shop_failing_loses_none_of_the_others(db_path, tmp_path):
    seed(db_path)
    out = tmp_path / "out"
    (out / "south_2026-06-15.pdf").mkdir(parents=True)  # a folder where south's file should go
    res = run_cli("report", "--all-shops", "--out-dir", str(out), "--as-of", AS_OF.isoformat(), db=db_path)
    err = res.stderr.decode("utf-8")
    assert res.returncode == 2
    assert "「south」" in err and "3 店舗中 1 店舗" in err
    written = [p for p in out.iterdir() if p.is_file()]
    assert len(written) == 2
    for p in written:
        assert len(pypdf.PdfReader(str(p)).pages) >= 1


def test_shop_and_all_shops_are_exclusive_and_need_their_output(db_path, tmp_path):
    seed(db_path)
    both = run_cli("report", "--shop", "south", "--all-shops", "--out-dir", str(tmp_path), db=db_path)
    said = both.stderr.decode("utf-8")
    assert both.returncode == 2 and "--all-shops" in said and "一緒には使えません" in said
    no_out = run_cli("report", "--shop", "south", db=db_path)
    assert no_out.returncode == 2 and "--out" in no_out.stderr.decode("utf-8")
    no_dir = run_cli("report", "--all-shops", db=db_path)
    assert no_dir.returncode == 2 and "--out-dir" in no_dir.stderr.decode("utf-8")
    one = run_cli("report", "--shop", "south", "--out", str(tmp_path / "one.pdf"), db=db_path)
    assert one.returncode == 0 and len(pypdf.PdfReader(str(tmp_path / "one.pdf")).pages) >= 1


def test_a_store_without_shops_writes_nothing_and_says_so(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    out = tmp_path / "weekly"
    res = run_cli("report", "--all-shops", "--out-dir", str(out), "--lang", "en", db=empty)
    assert res.returncode == 0 and res.stdout == b"" and list(out.iterdir()) == []
    assert "holds no shops" in res.stderr.decode("utf-8")
