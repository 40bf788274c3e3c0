"""The message catalogue: every code raised in the code has Japanese and English words."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from penaltytracker.messages import Msg, Problem, catalogue, message, text

PACKAGE = Path(__file__).resolve().parent.parent / "penaltytracker"
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
# Classes whose first argument is a message code (Problem and the errors built on it).
RAISERS = {"Problem", "Msg", "StoreError", "NotFound", "StaleEdit", "BackupError", "DuplicateOrder",
           "message", "Violation", "RecordProblem", "FieldProblem", "CliProblem",
           "RuleSetError", "WriteError", "FontMissing", "CsvValueError", "Said"}
# Calls whose code is their second argument (core/rules.py: fail(key, code, ...)).
SECOND_ARG_RAISERS = {"fail"}
# Calls that add a prefix to the code they are given: cli/parser.py h("shop") is cli.help.shop,
# cli/text.py t("shop") is status.shop.
PREFIXED = {"h": "cli.help.", "t": "status."}
PLACEHOLDER = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)")


def _codes_in_source():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            first = node.args[0]
            if name in SECOND_ARG_RAISERS and len(node.args) > 1:
                first = node.args[1]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if name in PREFIXED and path.parent.name == "cli" and re.match(r"^[a-z_]+$", first.value):
                yield path.relative_to(PACKAGE), node.lineno, PREFIXED[name] + first.value
            elif (name in RAISERS or name in SECOND_ARG_RAISERS) and CODE.match(first.value):
                yield path.relative_to(PACKAGE), node.lineno, first.value


def test_every_entry_has_japanese_and_english():
    for code, entry in catalogue().items():
        assert CODE.match(code), f"{code}: codes are dotted lower-case names"
        assert entry.get("ja", "").strip(), f"{code} has no Japanese"
        assert entry.get("en", "").strip(), f"{code} has no English"
        # Both languages take the same parameters: a {name} missing in one is a lost fact.
        assert set(PLACEHOLDER.findall(entry["ja"])) == set(PLACEHOLDER.findall(entry["en"])), code


def test_japanese_entries_are_japanese():
    kana_or_kanji = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
    for code, entry in catalogue().items():
        assert kana_or_kanji.search(entry["ja"]), f"{code}: the Japanese text has no Japanese in it"


def test_every_code_used_in_the_code_is_in_the_catalogue():
    missing = [f"{path}:{line}: {code}" for path, line, code in _codes_in_source() if code not in catalogue()]
    assert not missing, "codes without words in resources/i18n/messages.toml:\n" + "\n".join(missing)


def test_problem_is_worded_in_each_language():
    problem = Problem("cli.unexpected", kind="X", detail="y")
    assert text(problem, "ja").startswith("予期しないエラー")
    assert text(problem, "en").startswith("unexpected error")
    assert str(problem) == text(problem, "en")
    assert Msg("cli.debug_hint").text("ja") == message("cli.debug_hint", "ja")


def test_unknown_code_never_crashes():
    assert message("no.such.code", "ja", a=1) == "no.such.code a=1"
    with pytest.raises(Problem):
        raise Problem("no.such.code")


def test_the_code_scan_sees_the_new_raisers():
    found = {code for _, _, code in _codes_in_source()}
    assert {"rules.missing", "write.failed", "fonts.missing", "store.locked", "restore.newer_version",
            "cli.help.shop", "status.shop", "cli.imported_violations"} <= found


def test_rule_set_type_names_are_in_the_catalogue():
    # fail(..., "rules.wrong_type", kinds=Msg(f"rules.type.{names}")): built from the kinds asked for
    import penaltytracker.core.rules as rules_module

    tree = ast.parse(Path(rules_module.__file__).read_text(encoding="utf-8"))
    seen = {"int"}  # whole() asks get() for an int
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "get" and len(node.args) == 4:
            kind = node.args[2]
            names = [e.id for e in kind.elts] if isinstance(kind, ast.Tuple) else [getattr(kind, "id", "")]
            seen.add("_or_".join(names))
    assert len(seen) >= 4
    for names in seen:
        assert f"rules.type.{names}" in catalogue(), names


def test_argparse_texts_are_argparse_own():
    # A Python that rewords argparse would leave its new texts English: this says so.
    import argparse
    import inspect

    from penaltytracker.cli.parser import _ARGPARSE

    source = inspect.getsource(argparse)
    known = [text for text in _ARGPARSE if repr(text)[1:-1] in source or text in source]
    assert len(known) >= len(_ARGPARSE) - 2, set(_ARGPARSE) - set(known)  # 'optional arguments' is pre-3.10
    for code in _ARGPARSE.values():
        assert code in catalogue(), code
        # argparse fills these with %: the Japanese keeps every %-placeholder the English has
        assert set(re.findall(r"%\(\w+\)[rs]|%[rs]", catalogue()[code]["ja"])) <= \
            set(re.findall(r"%\(\w+\)[rs]|%[rs]", catalogue()[code]["en"])), code


def test_problem_subclasses_stay_what_callers_catch():
    from penaltytracker.core.rules import RuleSetError, load_rules
    from penaltytracker.reports.fonts import FontMissing
    from penaltytracker.reports.safe_write import WriteError, atomic_write

    with pytest.raises(OSError) as info:
        atomic_write(Path("/no/such/folder/x.txt"), lambda fh: None)
    assert isinstance(info.value, (WriteError, Problem)) and info.value.code == "write.no_folder"
    assert "がありません" in info.value.text("ja") and "does not exist" in str(info.value)
    with pytest.raises(ValueError) as info:
        load_rules(Path("/no/such/rules.toml"))
    assert isinstance(info.value, RuleSetError) and info.value.code == "rules.file_not_found"
    assert issubclass(FontMissing, FileNotFoundError) and issubclass(FontMissing, Problem)


def test_os_reasons_are_worded_and_english_is_the_systems():
    import errno
    import os

    from penaltytracker.messages import os_reason

    reason = os_reason(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert isinstance(reason, Msg) and reason.text("en") == os.strerror(errno.ENOSPC)
    assert "ディスク" in reason.text("ja")
    assert os_reason(OSError(errno.EPROTO, "odd")) == "odd"  # no words: the system's own


def test_a_bad_rule_set_names_the_key_in_japanese(rules):
    from penaltytracker.core.rules import RuleSetError, parse_rules
    from penaltytracker.paths import default_rules_file
    import tomllib

    raw = tomllib.loads(default_rules_file().read_text(encoding="utf-8"))
    raw["levels"][0]["threshold"] = "x"
    with pytest.raises(RuleSetError) as info:
        parse_rules(raw, Path("edited.toml"))
    ja = info.value.text("ja")
    assert "levels[0] (level I).threshold" in ja and "整数" in ja and "「edited.toml」" in ja
    assert "must be int, not 'x'" in str(info.value)


def test_a_problem_wrapped_in_another_keeps_its_message():
    from penaltytracker.store.engine import StoreError

    inner = Problem("store.locked", location="/x/y.sqlite3")
    outer = StoreError(inner)
    assert outer.code == "store.locked" and outer.text("ja") == inner.text("ja")
