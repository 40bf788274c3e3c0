"""A command builds only its own parser (cli/parser.py OnlyCommand): the same parser,
the same help and errors as when every command is built."""

from __future__ import annotations

import argparse

import pytest

from penaltytracker.cli import build_parser, command_in


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _all_help(parser: argparse.ArgumentParser) -> list[str]:
    """The help of a parser and of every sub-command below it."""
    texts = [parser.format_help()]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                texts += _all_help(sub)
    return texts


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_command_alone_is_the_command_among_all(lang):
    full = _commands(build_parser(lang))
    assert {"status", "whatif", "report", "import", "export", "remind", "incident", "order"} <= set(full)
    for name, parser in full.items():
        alone = _commands(build_parser(lang, name))
        assert name in alone, name
        assert _all_help(alone[name]) == _all_help(parser), name


def test_the_named_command_is_found_past_the_global_options():
    assert command_in(["--db", "x.sqlite3", "--lang", "en", "status", "--shop", "A"]) == "status"
    assert command_in(["--db=x", "report", "--lang", "ja"]) == "report"
    assert command_in(["--rules", "status", "whatif"]) == "whatif"  # "status" is the rules file here
    assert command_in(["--help"]) is None
    assert command_in([]) is None
    assert command_in(["--", "status"]) is None


def test_a_command_that_does_not_exist_is_refused_with_the_whole_list(capsys):
    parser = build_parser("ja", "statu")
    with pytest.raises(SystemExit) as stop:
        parser.parse_args(["statu"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "'statu'" in err and "'whatif'" in err and "'incident'" in err
