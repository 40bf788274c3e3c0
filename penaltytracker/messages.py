"""Messages the user can read, as codes with parameters, put into words at the edge.

Layers below the window and the command line never write a sentence: they raise
`Problem("store.no_shop", shop=name)` (or an exception class that derives from it),
and the window or the CLI calls `text(exc, lang)`. The words live in
resources/i18n/messages.toml, one table per code with `ja` and `en`; a parameter is
written `{name}` (str.format). tests/test_messages.py fails when a code used in the
code has no entry, or an entry has no Japanese.

Qt-free and import-light: the command line loads the catalogue only when it prints.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"


class Problem(Exception):
    """An error the user can act on: a message code and its parameters.

    `str(problem)` is the English text (for logs and tracebacks); what the user sees
    comes from `text(problem, lang)`."""

    def __init__(self, code: "str | Problem", **params: Any):
        if isinstance(code, Problem):  # e.g. StoreError(_sqlite_message(...)): the same message
            code, params = code.code, {**code.params, **params}
        self.code = code
        self.params = params
        super().__init__(code)

    def __str__(self) -> str:
        return text(self, "en")

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return text(self, lang)


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    from penaltytracker import toml_cache
    from penaltytracker.paths import resources_dir

    return toml_cache.load(resources_dir() / "i18n" / "messages.toml")


def message(code: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    """The words of `code` in `lang` with `params` filled in. A parameter that is itself
    a Problem, or a code given as `Msg(code, ...)`, is put into words in the same language.
    An unknown code is shown as the code with its parameters (a bug, but never a crash)."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    entry = catalogue().get(code)
    shown = {k: _param(v, lang) for k, v in params.items()}
    if entry is None:
        return code + ("" if not shown else " " + ", ".join(f"{k}={v}" for k, v in shown.items()))
    template = entry.get(lang) or entry.get("en") or code
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template


class Msg:
    """A message not raised: a code with parameters, worded later (success lines,
    parameters that are themselves messages, notes kept in results)."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return message(self.code, lang, **self.params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.code, self.params) == (other.code, other.params)

    def __repr__(self) -> str:
        return f"Msg({self.code!r}, **{self.params!r})"


def os_reason(error: OSError) -> "Msg | str":
    """Why an OS call failed, as a message (os.<errno name>, e.g. os.eacces) when the
    catalogue has words for it, else the system's own text."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    if name and f"os.{name.lower()}" in catalogue():
        return Msg(f"os.{name.lower()}")
    return error.strerror or str(error)


def _param(value: Any, lang: str) -> Any:
    if isinstance(value, (Problem, Msg)):
        return value.text(lang)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, (Problem, Msg)) for v in value):
        return "\n".join(v.text(lang) for v in value)
    return value


def text(error: BaseException | Msg | str, lang: str = DEFAULT_LANGUAGE) -> str:
    """What to show the user for `error`: a Problem or Msg in their language. An exception
    that is not a Problem is shown as it is (an old-style message, or an OS error's
    own words)."""
    if isinstance(error, Msg):
        return error.text(lang)
    if isinstance(error, Problem):
        return message(error.code, lang, **error.params)
    if isinstance(error, str):
        return message(error, lang)
    return Exception.__str__(error) if isinstance(error, Exception) else str(error)
