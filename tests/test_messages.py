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
           "message", "Violation", "RecordProblem", "FieldProblem", "CliProblem"}
PLACEHOLDER = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)")


def _codes_in_source():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            first = node.args[0]
            if name in RAISERS and isinstance(first, ast.Constant) and isinstance(first.value, str) \
                    and CODE.match(first.value):
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
