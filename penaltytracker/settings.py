"""Operator settings shared by the app and the command line (no Qt here).

Looked up in order: command-line option, environment variable, settings file
(`settings.toml` in the user config folder), built-in default.
"""

from __future__ import annotations

import os
from pathlib import Path

from penaltytracker.paths import settings_file


def _file_settings() -> dict:
    path = Path(os.environ.get("PENALTYTRACKER_SETTINGS") or settings_file())
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    import tomllib  # only when there is a settings file

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {}


def store_target(option: str | None) -> str | None:
    """The store to open: --db, then PENALTYTRACKER_DB, then the settings file; None = default file."""
    return option or os.environ.get("PENALTYTRACKER_DB") or _file_settings().get("db") or None


def rules_file(option: str | None) -> str | None:
    """The rule set to use: --rules, then PENALTYTRACKER_RULES, then the settings file; None = bundled."""
    return option or os.environ.get("PENALTYTRACKER_RULES") or _file_settings().get("rules") or None
