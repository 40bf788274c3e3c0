"""Every error path of the command line, in Japanese and in English: a Japanese run
prints no English sentence (paths, options, codes and the program's own name allowed),
an English run prints English. The real command line in a subprocess, on real files."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_store_failures import _without_root_powers, lock_holder, make_store, read_only  # noqa: F401

# Three or more English words in a row: a sentence (or most of one). An English run needs
# only two (argparse's own "error: unrecognized arguments: x" is short).
ENGLISH = re.compile(r"[A-Za-z]+(?:[ ,]+[A-Za-z]+){2,}")
SOME_ENGLISH = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,})+")
HIRAGANA = re.compile(r"[\u3040-\u309f]")


def english_sentences(err: str) -> list[str]:
    """The English sentences in `err`, after what is not a sentence is taken out: argparse's
    usage synopsis, the program and command names that start a line, paths and options."""
    kept, in_usage = [], False
    for line in err.splitlines():
        if line.startswith(("使い方:", "usage:")):
            in_usage = True
            continue
        if in_usage and line.startswith(" "):
            continue
        in_usage = False
        line = re.sub(r"^penaltytracker(?: [a-z]+)*:", " ", line)
        line = re.sub(r"\S*[/\\]\S*", " ", line)  # paths
        line = re.sub(r"--?[a-z][\w-]*", " ", line)  # options
        kept.append(line)
    return ENGLISH.findall("\n".join(kept))


def test_the_detector_finds_english_and_lets_paths_and_usage_through():
    assert english_sentences("penaltytracker: the store /tmp/x is locked by another program")
    assert not english_sentences("penaltytracker: データファイル「/tmp/a b/c.sqlite3」は読み取り専用です。")
    assert not english_sentences("使い方: penaltytracker violation add [-h] --shop SHOP\n"
                                 "                 [--title TITLE]\n"
                                 "penaltytracker violation add: エラー：次の引数が必要です：--shop")
    assert not english_sentences("ルールセット「r.toml」：levels[1] (level II).threshold は 30 より大きく")


# --- the error paths ----------------------------------------------------------------------------
# Each builds what it needs in `tmp` and hands back (CLI arguments, store path). `OTHERS`
# are paths whose words another branch converts (CSV rows, --map, unknown shops).

ADD = ("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "15")


def _store(tmp: Path) -> Path:
    path = tmp / "store.sqlite3"
    if not path.exists():
        make_store(path, n=40)
    return path


def case_not_a_store(tmp):
    path = tmp / "memo.sqlite3"
    path.write_text("店舗,加点日,点数\n", encoding="utf-8")
    return ("shop", "list"), path


def case_other_programs_database(tmp):
    path = tmp / "accounts.db"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    return ("shop", "list"), path


def case_damaged(tmp):
    path = _store(tmp)
    data = bytearray(path.read_bytes())
    data[2 * 4096: 4 * 4096] = bytes((i * 131 + 7) % 256 for i in range(2 * 4096))
    path.write_bytes(bytes(data))
    return ("shop", "list"), path


def case_newer_version(tmp):
    path = _store(tmp)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042_future'")
        conn.execute("PRAGMA journal_mode=DELETE")
    return ("shop", "list"), path


def case_folder_not_a_store(tmp):
    folder = tmp / "a-folder"
    folder.mkdir()
    return ("shop", "list"), folder


def case_bad_rules(tmp):
    from penaltytracker.paths import default_rules_file

    broken = tmp / "broken.toml"
    broken.write_text(default_rules_file().read_text(encoding="utf-8").replace("threshold = 55", "threshold = 20"),
                      encoding="utf-8")
    return ("--rules", str(broken), "status", "--shop", "本店"), _store(tmp)


def case_rules_not_toml(tmp):
    broken = tmp / "broken.toml"
    broken.write_text("[ruleset\nid=", encoding="utf-8")
    return ("--rules", str(broken), "status", "--shop", "本店"), _store(tmp)


def case_rules_missing(tmp):
    return ("--rules", str(tmp / "missing.toml"), "status", "--shop", "本店"), _store(tmp)


def case_missing_arguments(tmp):
    return ("violation", "add"), _store(tmp)


def case_invalid_choice(tmp):
    return ("frobnicate",), _store(tmp)


def case_expected_one_argument(tmp):
    return ("violation", "add", "--shop"), _store(tmp)


def case_unrecognized_arguments(tmp):
    return ("shop", "list", "extra", "words"), _store(tmp)


def case_bad_date(tmp):
    return ("violation", "add", "--shop", "本店", "--date", "2026-13-40", "--points", "5"), _store(tmp)


def case_bad_points(tmp):
    return ("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "many"), _store(tmp)


def case_negative_points(tmp):
    return ("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "-5"), _store(tmp)


def case_bad_id(tmp):
    return ("violation", "withdraw", "x"), _store(tmp)


def case_restore_not_sqlite(tmp):
    bad = tmp / "bad.sqlite3"
    bad.write_bytes(b"PK\x03\x04 a zip file, not a store")
    return ("restore", str(bad)), _store(tmp)


def case_restore_missing(tmp):
    return ("restore", str(tmp / "nothing.sqlite3")), _store(tmp)


def case_restore_the_store_itself(tmp):
    path = _store(tmp)
    return ("restore", str(path)), path


def case_restore_newer(tmp):
    import shutil

    path = _store(tmp)
    newer = tmp / "newer.sqlite3"
    shutil.copy(path, newer)
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    return ("restore", str(newer)), path


def case_restore_other_database(tmp):
    other = tmp / "recipes.sqlite3"
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    return ("restore", str(other)), _store(tmp)


def case_backup_to_missing_folder(tmp):
    return ("backup", "--out", str(tmp / "no" / "such" / "copy.sqlite3")), _store(tmp)


def case_export_to_missing_folder(tmp):
    return ("export", "violations", str(tmp / "no" / "such" / "out.csv")), _store(tmp)


def case_bad_csv(tmp):
    path = tmp / "bad.csv"
    path.write_text("店舗,加点日,点数,状態\n本店,2026/02/30,15,有効\n本店,2026/03/01,-3,保留\n", encoding="utf-8")
    return ("import", "violations", str(path)), _store(tmp)


def case_missing_csv(tmp):
    return ("import", "violations", str(tmp / "nothing.csv")), _store(tmp)


def case_bad_map(tmp):
    path = tmp / "orders.csv"
    path.write_text("注文番号,出荷予定日\nR-1,2026-02-10\n", encoding="utf-8")
    return ("import", "shipments", str(path), "--shop", "本店", "--map", "nonsense"), _store(tmp)


def case_unknown_shop(tmp):
    return ("status", "--shop", "無名店舗"), _store(tmp)


CASES = {name[len("case_"):]: fn for name, fn in globals().items() if name.startswith("case_")}
# Their words come from files other branches convert (reports/csv_io.py and violations_csv.py,
# store/violations.py): until those are merged a Japanese run may
# still say them in English, which is reported as an expected failure, not hidden.
OTHERS = {"bad_csv", "missing_csv", "unknown_shop"}


def run(lang: str, args, path: Path, env: dict | None = None, prefix: list[str] | None = None):
    if prefix:
        cmd = [*prefix, sys.executable, "-m", "penaltytracker", "--lang", lang, "--db", str(path), *args]
        import os

        res = subprocess.run(cmd, capture_output=True, env={**os.environ, **(env or {})}, timeout=120)
    else:
        res = run_cli("--lang", lang, *args, db=path, env=env)
    return res.returncode, res.stderr.decode("utf-8")


def check(lang: str, code: int, err: str, name: str) -> None:
    assert code == 2, (name, code, err)
    assert "Traceback" not in err and err.strip(), (name, err)
    if lang == "ja":
        found = english_sentences(err)
        if found and name in OTHERS:
            pytest.xfail(f"{name}: worded by another branch's file, still English: {found}")
        assert not found, f"{name}: English in a Japanese run: {found}\n{err}"
        assert HIRAGANA.search(err), f"{name}: no Japanese at all\n{err}"
    else:
        assert SOME_ENGLISH.search(err), f"{name}: no English in an English run\n{err}"
        assert not HIRAGANA.search(err), f"{name}: Japanese in an English run\n{err}"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_each_error_path_speaks_the_language(tmp_path, isolated_home, name, lang):
    args, path = CASES[name](tmp_path)
    code, err = run(lang, args, path)
    check(lang, code, err, name)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_locked_store(tmp_path, isolated_home, lock_holder, lang):  # noqa: F811
    path = _store(tmp_path)
    lock_holder(path)
    code, err = run(lang, ADD, path, env={"PENALTYTRACKER_BUSY_TIMEOUT_MS": "300"})
    check(lang, code, err, "locked")
    assert str(path) in err


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_read_only_store(tmp_path, isolated_home, read_only, lang):  # noqa: F811
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "store.sqlite3"
    make_store(path)
    read_only(path)
    code, err = run(lang, ADD, path, prefix=_without_root_powers())
    check(lang, code, err, "read_only")
    assert str(path) in err


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_new_store_in_a_read_only_folder(tmp_path, isolated_home, read_only, lang):  # noqa: F811
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    read_only(folder)
    code, err = run(lang, ("shop", "add", "本店"), folder / "store.sqlite3", prefix=_without_root_powers())
    check(lang, code, err, "folder_not_writable")


def test_the_language_comes_from_the_environment_too(tmp_path, isolated_home):
    args, path = case_missing_arguments(tmp_path)
    res = run_cli(*args, db=path, env={"PENALTYTRACKER_LANG": "en"})
    assert "the following arguments are required" in res.stderr.decode()
    res = run_cli(*args, db=path, env={"PENALTYTRACKER_LANG": "ja"})
    assert "次の引数が必要です" in res.stderr.decode()
    # --lang before the command wins over the environment; `report --lang` is the PDF's language
    res = run_cli("--lang", "ja", *args, db=path, env={"PENALTYTRACKER_LANG": "en"})
    assert "次の引数が必要です" in res.stderr.decode()


def test_help_is_japanese_by_default_and_english_on_request(isolated_home):
    ja = run_cli("violation", "add", "-h").stdout.decode()
    assert ja.startswith("使い方:") and "オプション:" in ja and "このヘルプを表示して終了します" in ja
    assert "加点日" in ja and not english_sentences(ja)
    en = run_cli("--lang", "en", "violation", "add", "-h").stdout.decode()
    assert en.startswith("usage:") and "options:" in en and "show this help message and exit" in en
    top = run_cli("-h").stdout.decode()
    assert "引数:" in top and "店舗：追加、一覧" in top


def test_success_lines_in_both_languages(tmp_path, isolated_home):
    path = _store(tmp_path)
    out = tmp_path / "out.csv"
    ja = run_cli("export", "violations", str(out), db=path).stdout.decode()
    assert ja.strip() == f"違反 40 件を「{out}」に書き出しました。"
    en = run_cli("--lang", "en", "export", "violations", str(out), db=path).stdout.decode()
    assert en.strip() == f"exported 40 violation(s) to {out}"
    other = tmp_path / "other.sqlite3"
    ja = run_cli("import", "violations", str(out), db=other).stdout.decode()
    assert ja.strip() == f"「{out}」から取り込みました：追加 40 件、更新 0 件、登録済み 0 件。"
    made = run_cli("backup", db=path)
    assert made.returncode == 0 and "バックアップしました" in made.stdout.decode()
