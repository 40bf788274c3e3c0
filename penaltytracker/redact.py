"""Passwords never shown: masked in any text before it reaches a message, the window
title, a log or a traceback (issue 15).

Every form a database password takes in the texts we show: the userinfo of a URL (also
with an unencoded "@" in the password: postgresql://u:p@ss@host/db), a query parameter
(?user=u&password=...), and a libpq/psycopg conninfo string (host=h password=secret or
password='se cret'). Known passwords (those in the store's URL) are also replaced
wherever else they appear, e.g. quoted back inside a driver's error text.
Pure Python, no imports of ours: every layer may use it.
"""

from __future__ import annotations

import re
from typing import Iterable

MASK = "***"

# scheme://user:PASSWORD@host — the password runs to the last "@" of the token before a
# host that holds no "@" itself (so an unencoded "@" in the password is masked too).
_USERINFO = re.compile(r"(?P<pre>\b[A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@?#]*:)(?P<pw>[^\s]*)@(?P<host>[^@\s]*)")
# password=... as a query parameter or a conninfo keyword, quoted or not.
_KEYWORD = re.compile(r"(?P<pre>\b(?:password|passwd|pwd|sslpassword)\s*=\s*)"
                      r"(?P<pw>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^\s&;'\",)]+)", re.I)
# Short ones would mask ordinary words; the patterns above still catch them in place.
_MIN_KNOWN = 4


def secrets_in(text: str | None) -> list[str]:
    """The passwords written in a URL or conninfo text (to be masked elsewhere too)."""
    if not text:
        return []
    found = [m["pw"] for m in _USERINFO.finditer(text)]
    found += [m["pw"].strip("'\"") for m in _KEYWORD.finditer(text)]
    from urllib.parse import unquote

    found += [unquote(f) for f in found]
    # An unencoded "@" splits the password where a parser took the rest for the host
    # ("p@ss@host" → host "ss@host"): each piece is a secret too.
    found += [piece for f in found for piece in f.split("@")]
    return sorted({f for f in found if len(f) >= _MIN_KNOWN}, key=len, reverse=True)


def mask(text: object, known: Iterable[str] = ()) -> str:
    """`text` with every password in it replaced by ***."""
    shown = str(text)
    for secret in known:
        if secret and len(secret) >= _MIN_KNOWN:
            shown = shown.replace(secret, MASK)
    shown = _USERINFO.sub(lambda m: f"{m['pre']}{MASK}@{m['host']}" if m["pw"] != MASK else m[0], shown)
    return _KEYWORD.sub(lambda m: m[0] if m["pw"].startswith(MASK) else m["pre"] + MASK, shown)


_known: set[str] = set()


def remember(url_or_conninfo: str | None) -> None:
    """Passwords of a store in use: mask_known() masks them in every later text."""
    _known.update(secrets_in(url_or_conninfo))


def mask_known(text: object) -> str:
    return mask(text, sorted(_known, key=len, reverse=True))


__all__ = ["MASK", "mask", "mask_known", "remember", "secrets_in"]
