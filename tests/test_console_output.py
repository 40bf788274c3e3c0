"""Printing never turns a success into a failure (issue 15): a console that cannot encode
a character (PYTHONIOENCODING=cp932, Japanese Windows with output redirected) gets "?"
for it, and the exit code says what was done."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from tests.conftest import run_cli

CP932 = {"PYTHONIOENCODING": "cp932"}


def shops(db_path) -> list[str]:
    with closing(sqlite3.connect(db_path)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM shops")]


def test_a_saved_shop_exits_0_on_a_cp932_console(db_path):
    res = run_cli("shop", "add", "店😀", db=db_path, env=CP932)
    assert res.returncode == 0, res.stderr.decode("cp932", "replace")
    assert res.stdout.decode("cp932") == "店?\n" or res.stdout.decode("cp932").startswith("店?")
    assert shops(db_path) == ["店😀"]
    res = run_cli("shop", "list", db=db_path, env=CP932)
    assert res.returncode == 0 and "店?" in res.stdout.decode("cp932")


def test_a_refusal_on_a_cp932_console_still_exits_2(db_path, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("店舗,加点日,点数\n店😀,2026-02-30,5\n", encoding="utf-8")
    res = run_cli("import", "violations", str(path), db=db_path, env=CP932)
    assert res.returncode == 2, res.stderr.decode("cp932", "replace")
    assert "取り込みませんでした" in res.stderr.decode("cp932")
