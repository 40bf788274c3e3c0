"""The command line: the same operations as the app, for scripts and for the terminal.

Other tools depend on these commands and their output: change them only additively.
Exit codes: 0 done, 2 bad input or a store that cannot be used, 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from penaltytracker import __version__
from penaltytracker.cli.context import BadInput, Context


def build_parser() -> argparse.ArgumentParser:
    from penaltytracker.cli import commands

    parser = argparse.ArgumentParser(
        prog="penaltytracker",
        description="楽天市場の違反点数を記録し、レベルと制裁を先回りして知らせます。 "
        "Tracks Rakuten Ichiba violation points, levels and sanctions.",
    )
    parser.add_argument("--version", action="version", version=f"PenaltyTracker {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="store file or database URL (default: the user data folder; "
                        "also PENALTYTRACKER_DB)")
    parser.add_argument("--rules", metavar="FILE", help="rule-set file to use instead of the bundled one "
                        "(also PENALTYTRACKER_RULES)")
    parser.add_argument("--lang", choices=("ja", "en"), default=None, help="language of messages (default ja)")
    parser.add_argument("--smoke", action="store_true", help="start the window, wait until drawn, print 'ready', exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    return parser


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
    from penaltytracker.redact import mask_known, remember

    from penaltytracker.cli.arguments import set_argv

    set_argv(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    remember(args.db or os.environ.get("PENALTYTRACKER_DB"))
    ctx = Context(db=args.db, rules_option=args.rules, lang=args.lang or "ja")
    try:
        if args.command is None:
            from penaltytracker.cli.app_entry import start_app

            return start_app(ctx, smoke=args.smoke)
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
            print(mask_known(traceback.format_exc()), file=sys.stderr, end="")
        else:
            print(message("cli.debug_hint", ctx.lang), file=sys.stderr)
        return 1
    finally:
        ctx.close()
