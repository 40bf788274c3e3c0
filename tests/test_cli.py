"""The command line through real subprocesses: what scripts and other tools rely on."""

from __future__ import annotations

import json
from pathlib import Path

from penaltytracker.paths import default_rules_file

HEADER_JA = "店舗,加点日,点数,区分,内容,状態,発生日,管理番号"


def test_record_and_read_status(cli):
    assert cli("shop", "add", "楽天ショップA")[0] == 0
    rc, out, err = cli("violation", "add", "--shop", "楽天ショップA", "--date", "2026-03-01", "--points", "40",
                       "--category", "出店者都合キャンセル", "--title", "キャンセル3件", "--occurred", "2026-02-25",
                       "--ref", "N-1")
    assert rc == 0, err
    rc, out, err = cli("status", "--shop", "楽天ショップA", "--as-of", "2026-03-03", "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert data == {
        "shop": "楽天ショップA", "as_of": "2026-03-03", "year": 2026, "points": 40, "level": "I",
        "next_level": "II", "points_to_next": 15,
        "active_sanctions": [
            {"level": "I", "kind": k, "start": "2026-03-01", "end": "2026-03-07", "source": "expected"}
            for k in ("ranking_restriction", "search_demotion", "media_restriction")
        ],
        "penalty_fees_yen": 100000, "levels_reached": [{"level": "I", "date": "2026-03-01"}],
        **({"shipping": data["shipping"]} if "shipping" in data else {}),
    }
    rc, out, _ = cli("status", "--shop", "楽天ショップA", "--as-of", "2026-03-03")
    assert "違反レベル: I" in out and "あと 15 点" in out and "ランキング掲載制限" in out
    rc, out, _ = cli("--lang", "en", "status", "--shop", "楽天ショップA", "--as-of", "2026-03-03")
    assert "Level: I" in out and "15 points left before level II" in out
    rc, out, _ = cli("violation", "list", "--shop", "楽天ショップA", "--year", "2026")
    assert "キャンセル3件" in out and "出店者都合キャンセル" in out


def test_whatif_saves_nothing(cli):
    cli("violation", "add", "--shop", "A", "--date", "2026-03-01", "--points", "40")
    rc, out, err = cli("whatif", "--shop", "A", "--points", "40", "--date", "2026-03-05", "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert data["points"] == 80 and data["level"] == "IV"
    assert [r["level"] for r in data["levels_reached"]] == ["I", "II", "III", "IV"]
    _, out, _ = cli("status", "--shop", "A", "--as-of", "2026-03-05", "--json")
    assert json.loads(out)["points"] == 40


def test_withdraw_and_restore(cli):
    _, out, _ = cli("violation", "add", "--shop", "A", "--date", "2026-03-01", "--points", "40")
    vid = out.strip()
    assert cli("violation", "withdraw", vid, "--on", "2026-03-02")[0] == 0
    # Counted every day before the withdrawal, not from it on.
    assert json.loads(cli("status", "--shop", "A", "--as-of", "2026-03-01", "--json")[1])["points"] == 40
    assert json.loads(cli("status", "--shop", "A", "--as-of", "2026-03-02", "--json")[1])["points"] == 0
    assert cli("violation", "restore", vid)[0] == 0
    assert json.loads(cli("status", "--shop", "A", "--as-of", "2026-03-02", "--json")[1])["points"] == 40


def test_bad_input_exits_2_without_traceback(cli):
    for args in (
        ("status", "--shop", "nobody"),
        ("violation", "add", "--shop", "A", "--date", "2026-02-30", "--points", "5"),
        ("violation", "add", "--shop", "A", "--date", "2026-02-01", "--points", "-5"),
        ("violation", "add", "--shop", "A", "--date", "2026-02-01", "--points", "many"),
        ("violation", "withdraw", "999"),
        ("import", "violations", "/no/such/file.csv"),
    ):
        rc, out, err = cli(*args)
        assert rc == 2, (args, err)
        assert "Traceback" not in err and err.strip(), args


def write_csv(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_import_cp932_with_japanese_headers(cli, tmp_path):
    text = (f"{HEADER_JA}\n"
            "楽天ショップA,2026/03/01,15,出店者都合キャンセル,注文キャンセル,有効,2026/02/28,R-1\n"
            "楽天ショップA,2026/03/02 10:15:00,25,不当表示・虚偽表示,\"価格表示, 二重価格\",有効,,R-2\n"
            "楽天ショップA,2026-03-03,40,その他,異議申立で取消,取消,,R-3\n")
    path = write_csv(tmp_path, "excel.csv", text, "cp932")
    rc, out, err = cli("import", "violations", str(path))
    assert rc == 0, err
    data = json.loads(cli("status", "--shop", "楽天ショップA", "--as-of", "2026-03-31", "--json")[1])
    assert data["points"] == 40 and data["level"] == "I"
    listed = json.loads(cli("violation", "list", "--shop", "楽天ショップA", "--json")[1])
    assert [r["title"] for r in listed] == ["注文キャンセル", "価格表示, 二重価格", "異議申立で取消"]
    assert listed[0]["occurred_on"] == "2026-02-28" and listed[2]["status"] == "withdrawn"


def test_import_utf8_bom_with_english_headers(cli, tmp_path):
    text = "shop,points_date,points,category,title,status,occurred_on,reference\nB店,2026-05-01,55,other,テスト,active,,\n"
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    rc, _, err = cli("import", "violations", str(path))
    assert rc == 0, err
    assert json.loads(cli("status", "--shop", "B店", "--as-of", "2026-05-01", "--json")[1])["level"] == "II"


def test_import_with_bad_rows_names_each_and_writes_nothing(cli, tmp_path):
    text = (f"{HEADER_JA}\n"
            "A,2026/03/01,15,,ok,有効,,\n"
            "A,2026/02/30,15,,bad date,有効,,\n"
            "A,2026/03/01,-3,,negative,有効,,\n"
            ",2026/03/01,5,,no shop,有効,,\n"
            "A,2026/03/01,5,,bad status,保留,,\n")
    path = write_csv(tmp_path, "bad.csv", text, "utf-8")
    rc, out, err = cli("--lang", "en", "import", "violations", str(path))
    assert rc == 2
    assert "line 3, 加点日" in err and "line 4, 点数" in err  # named as the file writes them
    assert "line 5, 店舗" in err and "line 6, 状態" in err
    assert "line 2" not in err and "Traceback" not in err
    assert cli("shop", "list")[1].strip() == ""  # nothing written, not even the shop


def test_export_then_import_round_trips(cli, tmp_path, db_path):
    cli("violation", "add", "--shop", "A", "--date", "2026-03-01", "--points", "15", "--title", "=HYPERLINK(\"x\")",
        "--occurred", "2026-02-27", "--ref", "R-9", "--category", "other")
    out_file = tmp_path / "export.csv"
    assert cli("export", "violations", str(out_file))[0] == 0
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert "'=HYPERLINK" in raw.decode("utf-8-sig")  # spreadsheets show it as text
    other_db = tmp_path / "other.sqlite3"
    from tests.conftest import run_cli

    assert run_cli("import", "violations", str(out_file), db=other_db).returncode == 0
    first = json.loads(cli("violation", "list", "--shop", "A", "--json")[1])
    second = json.loads(run_cli("violation", "list", "--shop", "A", "--json", db=other_db).stdout)
    strip = lambda rows: [{k: v for k, v in r.items() if k != "id"} for r in rows]  # noqa: E731
    assert strip(first) == strip(second) and second[0]["title"] == '=HYPERLINK("x")'


def test_rules_option_and_environment(cli, tmp_path):
    edited = tmp_path / "rules.toml"
    edited.write_text(default_rules_file().read_text(encoding="utf-8").replace("threshold = 35", "threshold = 30"),
                      encoding="utf-8")
    cli("violation", "add", "--shop", "A", "--date", "2026-03-01", "--points", "32")
    assert json.loads(cli("status", "--shop", "A", "--as-of", "2026-03-02", "--json")[1])["level"] is None
    data = json.loads(cli("--rules", str(edited), "status", "--shop", "A", "--as-of", "2026-03-02", "--json")[1])
    assert data["level"] == "I"
    data = json.loads(cli("status", "--shop", "A", "--as-of", "2026-03-02", "--json",
                          env={"PENALTYTRACKER_RULES": str(edited)})[1])
    assert data["level"] == "I"
    broken = tmp_path / "broken.toml"
    broken.write_text(edited.read_text(encoding="utf-8").replace("threshold = 55", "threshold = 20"), encoding="utf-8")
    rc, _, err = cli("--rules", str(broken), "status", "--shop", "A", "--json")
    assert rc == 2 and "levels[1] (level II).threshold" in err


def test_default_store_lives_in_the_user_data_folder(isolated_home):
    from tests.conftest import run_cli

    res = run_cli("shop", "add", "初期店舗")
    assert res.returncode == 0, res.stderr
    created = list((isolated_home / "data").rglob("penaltytracker.sqlite3"))
    assert len(created) == 1 and "PenaltyTracker" in str(created[0])
    res = run_cli("shop", "list", env={"PENALTYTRACKER_DB": str(isolated_home / "other.sqlite3")})
    assert res.stdout.decode().strip() == ""


def test_python_dash_m_and_console_script_agree(db_path):
    import shutil
    import subprocess
    import sys

    script = Path(sys.executable).with_name("penaltytracker")
    exe = str(script) if script.exists() else shutil.which("penaltytracker")
    assert exe, "the penaltytracker console script is installed"
    res = subprocess.run([exe, "--db", str(db_path), "shop", "list"], capture_output=True, timeout=60)
    assert res.returncode == 0
    res = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert "PenaltyTracker" in res.stdout
