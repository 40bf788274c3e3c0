"""Dates as the app reads and holds them.

- What operators type: 2026-03-02, 2026/03/02, 2026/3/2, 20260302; full-width digits and
  separators (２０２６／３／２) read the same. Anything else is refused, never guessed:
  2026-13-40 is an error, not 2027-02-09.
- What the app can hold: a date outside SUPPORTED_YEARS, or points over MAX_POINTS, is
  refused where it is typed (the command line, a CSV cell, a dialog), never stored.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Rakuten's points system started in 2016; dates far outside any operator's records
# (0001-01-01, 9999-12-31) are typing errors, and the rule arithmetic (N days from a
# date, the end of a year) must never run off the calendar.
SUPPORTED_YEARS = range(2000, 2101)
FIRST_DAY = date(SUPPORTED_YEARS.start, 1, 1)
LAST_DAY = date(SUPPORTED_YEARS.stop - 1, 12, 31)

# One violation's points: Rakuten's notices give a few dozen at most; a million keeps
# every sum of a year far inside a 64-bit integer (and inside PostgreSQL's integer).
MAX_POINTS = 1_000_000

# Ids are SQLite/PostgreSQL 64-bit integers; a larger number cannot name a row.
MAX_ID = 2**63 - 1


def is_supported(day: date) -> bool:
    return day.year in SUPPORTED_YEARS


def points_in_range(points: int) -> bool:
    return 0 <= points <= MAX_POINTS

_SEPARATED = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


class DateInputError(ValueError):
    """Not a date the operator could have meant. `reason` is "format" or "no_such_date"."""

    def __init__(self, text: str, reason: str):
        self.text, self.reason = text, reason
        super().__init__(f"{reason}: {text!r}")


def plain_iso_day(text: str) -> date | None:
    """The usual 2026-02-10 within the supported years, read at C speed; None for anything
    else (the caller's full reading then says what is wrong)."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
        try:
            found = date.fromisoformat(text)
        except ValueError:
            return None
        if found.year in SUPPORTED_YEARS:
            return found
    return None


def parse_user_date(text: str) -> date | None:
    """The date typed, or None for an empty field; DateInputError for anything else."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return None
    cleaned = cleaned.replace("－", "-").replace("ー", "-")  # NFKC keeps these dashes
    m = _SEPARATED.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned)
    if m is None:
        raise DateInputError(text, "format")
    year, month, day = (int(m[1]), int(m[3]), int(m[4])) if m.re is _SEPARATED else map(int, m.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError(text, "no_such_date") from None


__all__ = ["parse_user_date", "plain_iso_day", "DateInputError", "SUPPORTED_YEARS", "FIRST_DAY", "LAST_DAY", "MAX_POINTS", "MAX_ID",
           "is_supported", "points_in_range"]
