"""Every out-of-range value on the command line exits 2 with a message naming the option
(issue 15); nothing is written, and what the store holds stays usable."""

from __future__ import annotations

import pytest

BASE = ["violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "15"]

REFUSED = [
    (["status", "--shop", "本店", "--as-of", "0001-01-01"], "--as-of", "2000"),
    (["status", "--shop", "本店", "--as-of", "9999-12-31"], "--as-of", "2100"),
    (["status", "--shop", "本店", "--as-of", "1999-12-31"], "--as-of", "2000"),
    (["whatif", "--shop", "本店", "--points", "5", "--date", "2101-01-01"], "--date", "2100"),
    (["violation", "list", "--shop", "本店", "--year", "99999"], "--year", "2100"),
    (["violation", "list", "--shop", "本店", "--year", "-5"], "--year", "2000"),
    (["violation", "withdraw", "12345678901234567890"], "id", "12345678901234567890"),
    (["violation", "restore", "0"], "id", "0"),
    (["violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "9223372036854775807"],
     "--points", "1,000,000"),
    (["violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "1000001"], "--points", "1,000,000"),
    (["violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "-1"], "--points", "0"),
    (["violation", "add", "--shop", "本店", "--date", "9999-12-31", "--points", "5"], "--date", "2100"),
    (["whatif", "--shop", "本店", "--points", "99999999999999999999"], "--points", "1,000,000"),
    (["shipment", "add", "--shop", "本店", "--order", "1", "--promised", "0001-01-01"], "--promised", "2000"),
    (["shipment", "list", "--shop", "本店", "--as-of", "9999-12-31"], "--as-of", "2100"),
    (["report", "--shop", "本店", "--as-of", "9999-12-31", "--out", "r.pdf"], "--as-of", "2100"),
]


@pytest.mark.parametrize("args, option, words", REFUSED, ids=[" ".join(a[:2]) + " " + a[-1] for a, _, _ in REFUSED])
def test_out_of_range_values_exit_2_naming_the_option(cli, args, option, words):
    assert cli(*BASE)[0] == 0
    code, out, err = cli("--lang", "en", *args)
    assert code == 2, err
    assert f"argument {option}" in err and words in err and "Traceback" not in err, err
    code, out, _ = cli("--lang", "en", "violation", "list", "--shop", "本店")
    assert code == 0 and len(out.strip().splitlines()) == 1  # nothing added, nothing changed
    code, out, err = cli("--lang", "en", "status", "--shop", "本店", "--as-of", "2026-03-01")
    assert code == 0, err


def test_the_message_is_in_japanese_by_default(cli):
    code, _, err = cli("violation", "list", "--shop", "本店", "--year", "99999")
    assert code == 2 and "年は 2000〜2100 で指定してください" in err


@pytest.mark.parametrize("args", [
    ["violation", "add", "--shop", "本店", "--date", "2000-01-01", "--points", "1000000"],
    ["violation", "add", "--shop", "本店", "--date", "2100-12-31", "--points", "0"],
    ["violation", "list", "--shop", "本店", "--year", "2100"],
])
def test_the_edges_of_the_ranges_are_accepted(cli, args):
    assert cli(*BASE)[0] == 0
    code, _, err = cli(*args)
    assert code == 0, err


def test_a_million_points_still_give_a_status(cli):
    assert cli("violation", "add", "--shop", "本店", "--date", "2026-02-10", "--points", "1000000")[0] == 0
    assert cli("violation", "add", "--shop", "本店", "--date", "2026-02-11", "--points", "1000000")[0] == 0
    code, out, err = cli("--lang", "en", "status", "--shop", "本店", "--as-of", "2026-03-01", "--json")
    assert code == 0, err
    assert '"points": 2000000' in out
