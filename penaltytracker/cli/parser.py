"""argparse in the user's language: its own headings and errors, and our help texts.

argparse words its texts through the module-level gettext function `argparse._`; the
parser below puts that through messages.toml (codes `argparse.*`) while it builds,
parses and prints. --lang is itself an option, so the language is read from argv (and
PENALTYTRACKER_LANG) before the parser is built: the help texts are chosen when
each option is added.
"""

from __future__ import annotations

import argparse
import os
import re
import unicodedata
from contextlib import contextmanager

from penaltytracker.messages import DEFAULT_LANGUAGE, LANGUAGES, message

# argparse's own English texts (Python 3.11+) and the codes of their words in messages.toml.
_ARGPARSE = {
    "usage: ": "argparse.usage",
    "positional arguments": "argparse.positional",
    "options": "argparse.options",
    "optional arguments": "argparse.options",
    "show this help message and exit": "argparse.help",
    "show program's version number and exit": "argparse.version",
    "%(prog)s: error: %(message)s\n": "argparse.error",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "the following arguments are required: %s": "argparse.required",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.invalid_choice",
    "expected one argument": "argparse.expected_one",
    "expected at most one argument": "argparse.expected_at_most_one",
    "expected at least one argument": "argparse.expected_at_least_one",
    "unrecognized arguments: %s": "argparse.unrecognized",
    "invalid %(type)s value: %(value)r": "argparse.invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
    "not allowed with argument %s": "argparse.not_allowed_with",
    "ignored explicit argument %r": "argparse.ignored_explicit",
    "one of the arguments %s is required": "argparse.one_required",
    "can't open '%(filename)s': %(error)s": "argparse.cannot_open",
}

_lang = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language the command line speaks (set by `language_from`)."""
    return _lang


def set_language(lang: str) -> str:
    global _lang
    _lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    return _lang


# The global options that take a value: what follows them is neither the language nor
# the command's name.
GLOBAL_VALUE_OPTIONS = frozenset({"--db", "--rules", "--lang"})


def language_from(argv: list[str], environ=os.environ) -> str:
    """--lang among the options before the command, else PENALTYTRACKER_LANG, else ja.
    (After the command, `report --lang` is the PDF's language, not the messages'.)"""
    takes_value = GLOBAL_VALUE_OPTIONS
    found = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            break
        if arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
        elif arg == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif not arg.startswith("-"):
            break  # the command: what follows is its own
        if arg in takes_value:
            i += 1
        i += 1
    if found not in LANGUAGES:
        found = environ.get("PENALTYTRACKER_LANG", "").strip().lower() or None
    return found if found in LANGUAGES else DEFAULT_LANGUAGE


def h(code: str, **params) -> str:
    """A help text of the command line (`cli.help.<code>`) in the current language.
    argparse formats help texts with %, so a literal % is doubled."""
    return message(f"cli.help.{code}", _lang, **params).replace("%", "%%")


def _translate(text: str) -> str:
    code = _ARGPARSE.get(text)
    return text if code is None or _lang == "en" else message(code, _lang)


@contextmanager
def _worded():
    saved = argparse._
    argparse._ = _translate
    try:
        yield
    finally:
        argparse._ = saved


# Japanese has no spaces to break at: textwrap would cut an ASCII key in two ("accoun" /
# "t_freeze") and counts a character one column where a terminal draws two. A line may break
# before any wide character or ASCII word, never before closing punctuation (、。）,) nor
# after opening punctuation (（「). English breaks at spaces only, like textwrap, but never
# inside a word (the quoted 受注番号, order_id=注文番号).
_UNIT = {"ja": re.compile(r"\s+|[（「『]*(?:[!-~]+|[^\s!-~])[、。，．：；）」』！？,.;:)]*"),
         "en": re.compile(r"\s+|\S+")}


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap(text: str, width: int) -> list[str]:
    lines, line, used = [], "", 0
    for unit in _UNIT["en" if _lang == "en" else "ja"].findall(" ".join(text.split())):
        if unit == " ":
            line, used = (line + " ", used + 1) if line else (line, used)
            continue
        size = _cells(unit)
        if line.strip() and used + size > width:
            lines.append(line.rstrip())
            line, used = unit, size
        else:
            line, used = line + unit, used + size
    return [*lines, line.rstrip()] if line.strip() else lines


class _Formatter(argparse.HelpFormatter):
    """argparse's layout; a text with wide (Japanese) characters is wrapped by `_wrap`."""

    def _split_lines(self, text, width):
        return _wrap(text, width) if _cells(text) != len(text) else super()._split_lines(text, width)

    def _fill_text(self, text, width, indent):
        if _cells(text) == len(text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in _wrap(text, width - len(indent)))


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts (usage, headings, errors) are in the current
    language. Subparsers are made of the same class."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        with _worded():
            super().__init__(*args, **kwargs)

    def add_argument(self, *args, **kwargs):
        with _worded():
            return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("parser_class", type(self))
        with _worded():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        with _worded():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _worded():
            return super().parse_known_args(args, namespace)

    def format_usage(self):
        with _worded():
            return super().format_usage()

    def format_help(self):
        with _worded():
            return super().format_help()

    def error(self, message):
        with _worded():
            super().error(message)


class _Skipped:
    """Stands in for the parser of a command that is not being run: every call is taken
    and does nothing (its arguments, sub-commands and defaults are never needed)."""

    def _any(self, *_args, **_kwargs):
        return self

    def __getattr__(self, _name):
        return self._any


SKIPPED = _Skipped()


class OnlyCommand:
    """The top-level sub-commands, building only `wanted`'s parser; `found` tells whether
    `wanted` is a command at all (if not, the caller builds them all for argparse to list)."""

    def __init__(self, subparsers, wanted: str):
        self.subparsers, self.wanted, self.found = subparsers, wanted, False

    def add_parser(self, name: str, **kwargs):
        if name != self.wanted:
            return SKIPPED
        self.found = True
        return self.subparsers.add_parser(name, **kwargs)
