"""Argument types shared by every command: a value out of range is an argparse error
(exit 2, naming the option), worded in the language of --lang, never an overflow later.

The ranges live in core.dates (SUPPORTED_YEARS, MAX_POINTS, MAX_ID), shared with the
CSV reader and the store."""

from __future__ import annotations

import argparse
import re
from datetime import date

from penaltytracker.core.dates import MAX_ID, MAX_POINTS, SUPPORTED_YEARS, plain_iso_day

_argv: list[str] | None = None  # set by main() before parsing: the language of --lang


def set_argv(argv: list[str] | None) -> None:
    global _argv
    _argv = list(argv) if argv is not None else None


def _lang() -> str:
    """The language the command line speaks (cli/parser.py read --lang and
    PENALTYTRACKER_LANG before parsing)."""
    from penaltytracker.cli.parser import current_language

    return current_language()


def _refuse(code: str, **params) -> argparse.ArgumentTypeError:
    from penaltytracker.messages import message

    return argparse.ArgumentTypeError(message(code, _lang(), **params))


def _whole(text: str) -> int:
    cleaned = text.strip()
    if not re.fullmatch(r"[+-]?\d+", cleaned) or len(cleaned) > 30:
        raise _refuse("cli.not_a_whole_number", text=text)
    return int(cleaned)


def day(text: str) -> date:
    """YYYY-MM-DD (or 2026/2/10, with a time of day) within the supported years."""
    found = plain_iso_day(text)  # the usual 2026-02-10, without loading the CSV reader
    if found is not None:
        return found
    from penaltytracker.messages import Problem
    from penaltytracker.reports.csv_io import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        if isinstance(exc, Problem):
            raise argparse.ArgumentTypeError(exc.text(_lang())) from None
        raise argparse.ArgumentTypeError(str(exc)) from None


def points(text: str) -> int:
    value = _whole(text)
    if not 0 <= value <= MAX_POINTS:
        raise _refuse("cli.points_out_of_range", value=value, last=f"{MAX_POINTS:,}")
    return value


def year(text: str) -> int:
    value = _whole(text)
    if value not in SUPPORTED_YEARS:
        raise _refuse("cli.year_out_of_range", value=value, first=SUPPORTED_YEARS.start,
                      last=SUPPORTED_YEARS.stop - 1)
    return value


def row_id(text: str) -> int:
    value = _whole(text)
    if not 1 <= value <= MAX_ID:
        raise _refuse("cli.id_out_of_range", value=text.strip())
    return value


__all__ = ["day", "points", "year", "row_id", "set_argv"]
