"""Dates as Japanese operators type them: 2026-03-02, 2026/03/02, 2026/3/2, 20260302.

Full-width digits and separators (２０２６／３／２) are read the same. Anything else is
refused, never guessed: 2026-13-40 is an error, not 2027-02-09.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_SEPARATED = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


class DateInputError(ValueError):
    """Not a date the operator could have meant. `reason` is "format" or "no_such_date"."""

    def __init__(self, text: str, reason: str):
        self.text, self.reason = text, reason
        super().__init__(f"{reason}: {text!r}")


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


__all__ = ["parse_user_date", "DateInputError"]
