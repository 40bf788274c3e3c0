"""Shop names as the operator means them: invisible characters removed, compared as they look.

A name pasted from a mail or a spreadsheet can carry a byte-order mark, a zero-width
space or a line break that no list shows; two such names would be two shops whose
points are split. `clean_name` removes those characters (what is stored); `name_key`
is what two names are compared by (Unicode NFKC, so full-width and half-width forms
are one, and runs of white space are one space).
"""

from __future__ import annotations

import difflib
import re
import unicodedata

# Zero-width and joiner characters, the word joiner and the BOM; control characters
# (Unicode category Cc: tabs, line breaks, NUL ...) and other format characters (Cf).
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E}
_SPACES = re.compile(r"\s+")


def _visible(ch: str) -> bool:
    if ord(ch) in _INVISIBLE:
        return False
    category = unicodedata.category(ch)
    return category not in ("Cc", "Cf")  # control (tabs, line breaks, NUL ...) and format characters


def clean_name(name: str) -> str:
    """The name with invisible characters removed and white space folded: what is stored.

    Line breaks and tabs are removed like the other control characters (a name is one
    line); runs of spaces become one; leading and trailing space is dropped."""
    return _SPACES.sub(" ", "".join(filter(_visible, name))).strip()


def name_key(name: str) -> str:
    """What two names are compared by: cleaned, NFKC-normalised, white space folded."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", clean_name(name))).strip()


def same_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def closest_name(name: str, known: list[str], cutoff: float = 0.6) -> str | None:
    """The known name most like `name` (a typo, a missing 店), or None: compared on keys."""
    key = name_key(name)
    if not key:
        return None
    keys = {}
    for k in known:
        keys.setdefault(name_key(k), k)
    if key in keys:
        return keys[key]
    found = difflib.get_close_matches(key, list(keys), n=1, cutoff=cutoff)
    return keys[found[0]] if found else None


def shown_name(name: str) -> str:
    """A name for a one-line listing: a stored name that still holds a line break (from
    before names were cleaned) is shown on one line."""
    return clean_name(name) or name.strip()


__all__ = ["clean_name", "name_key", "same_name", "closest_name", "shown_name"]
