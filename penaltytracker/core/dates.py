"""The dates and figures the app can hold: a value outside them is refused where it is
typed (the command line, a CSV cell, a dialog), never stored."""

from __future__ import annotations

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
