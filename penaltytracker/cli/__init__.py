"""The command line: the same operations as the app, for scripts and for the terminal.

Other tools depend on these commands and their output: change them only additively.
Exit codes: 0 done, 2 bad input or a store that cannot be used, 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import os
import sys

from penaltytracker import __version__
from penaltytracker.cli.context import BadInput, Context
from penaltytracker.cli.parser import GLOBAL_VALUE_OPTIONS


def command_in(argv: list[str]) -> str | None:
    """The command named in argv (its first word that is not a global option or its
    value), None when there is none (no command: the window, or --help)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in GLOBAL_VALUE_OPTIONS:
            skip = True
        elif word == "--":
            return None
        elif not word.startswith("-"):
            return word
    return None


def build_parser(lang: str | None = None, command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser, its own texts and the help texts in `lang` (default:
    the language already chosen, see cli/parser.py). With `command`, only that command's
    parser is filled in (cli/parser.py OnlyCommand): a command that runs in milliseconds
    does not spend them on building the other forty."""
    from penaltytracker.cli import commands
    from penaltytracker.cli.parser import OnlyCommand, Parser, h, set_language

    if lang is not None:
        set_language(lang)
    parser = Parser(prog="penaltytracker", description=h("description"))
    parser.add_argument("--version", action="version", version=f"PenaltyTracker {__version__}", help=h("version"))
    parser.add_argument("--db", metavar="PATH|URL", help=h("db"))
    parser.add_argument("--rules", metavar="FILE", help=h("rules"))
    parser.add_argument("--lang", choices=("ja", "en"), default=None, help=h("lang"))
    parser.add_argument("--smoke", action="store_true", help=h("smoke"))
    parser.add_argument("--minimized", action="store_true", help=h("minimized"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command is None:
        commands.register(sub)
        return parser
    only = OnlyCommand(sub, command)
    commands.register(only, only_module=commands.module_of(command))
    return parser if only.found else build_parser(lang)  # not a command: argparse lists them all


def _forgiving_output() -> None:
    """A console that cannot show a character (PYTHONIOENCODING=cp932, Japanese Windows
    with output redirected) prints "?" instead of failing: a command that has saved its
    change must not then exit 1 (a script would retry and add it twice)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError, OSError):
            pass  # not a text stream we can change (tests' captures): left as it is


def main(argv: list[str] | None = None) -> int:
    _forgiving_output()
    from penaltytracker.cli.arguments import set_argv
    from penaltytracker.cli.parser import language_from
    from penaltytracker.redact import mask_known, remember

    argv = sys.argv[1:] if argv is None else list(argv)
    set_argv(argv)
    lang = language_from(argv)  # --lang is parsed below, but argparse's own texts need it first
    parser = build_parser(lang, command_in(argv))
    args = parser.parse_args(argv)
    remember(args.db or os.environ.get("PENALTYTRACKER_DB"))
    ctx = Context(db=args.db, rules_option=args.rules, lang=args.lang or lang)
    try:
        if args.command is None:
            from penaltytracker.cli.app_entry import start_app

            return start_app(ctx, smoke=args.smoke, minimized=args.minimized)
        return args.handler(ctx, args) or 0
    except BadInput as exc:
        print(f"penaltytracker: {mask_known(exc.text(ctx.lang))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # anything unexpected: say so plainly, details on request
        from penaltytracker.messages import message

        detail = mask_known(message("cli.unexpected", ctx.lang, kind=type(exc).__name__, detail=exc))
        print(f"penaltytracker: {detail}", file=sys.stderr)
        if os.environ.get("PENALTYTRACKER_DEBUG"):
            import traceback

            print(mask_known(traceback.format_exc()), file=sys.stderr, end="")
        else:
            print(message("cli.debug_hint", ctx.lang), file=sys.stderr)
        return 1
    finally:
        ctx.close()
