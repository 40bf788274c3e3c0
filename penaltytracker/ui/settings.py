"""What the app remembers between runs (QSettings): window, last shop, language, margins.

Tests and the screenshot script point QSettings at a temporary folder with
`use_settings_folder`, so the operator's own settings are never touched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from penaltytracker import APP_NAME
# Points before the next level at which the banner shows and 「やること」 lists the shop.
from penaltytracker.core.reminders import DEFAULT_MARGIN as DEFAULT_WARNING_MARGIN

ORGANISATION = "PenaltyTracker"
LANGUAGES = ("ja", "en")


def use_settings_folder(folder: str | Path) -> None:
    """Keep every later AppSettings in `folder` (INI files)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class AppSettings:
    def __init__(self) -> None:
        self.qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APP_NAME)

    def _get(self, key: str, default=None):
        return self.qs.value(key, default)

    @property
    def language(self) -> str | None:
        value = self._get("ui/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        self.qs.setValue("ui/language", value)

    @property
    def last_shop(self) -> str | None:
        return self._get("ui/last_shop") or None

    @last_shop.setter
    def last_shop(self, value: str | None) -> None:
        self.qs.setValue("ui/last_shop", value or "")

    @property
    def last_store(self) -> str | None:
        return self._get("store/last") or None

    @last_store.setter
    def last_store(self, value: str | None) -> None:
        self.qs.setValue("store/last", value or "")

    @property
    def warning_margin(self) -> int:
        try:
            value = int(self._get("ui/warning_margin", DEFAULT_WARNING_MARGIN))
        except (TypeError, ValueError):
            return DEFAULT_WARNING_MARGIN
        return max(0, value)

    @warning_margin.setter
    def warning_margin(self, value: int) -> None:
        self.qs.setValue("ui/warning_margin", int(value))

    @property
    def start_at_login(self) -> bool:
        """Start minimised to the tray at login (the autostart entry is the truth; off by default)."""
        return str(self._get("reminders/start_at_login", "false")).lower() == "true"

    @start_at_login.setter
    def start_at_login(self, value: bool) -> None:
        self.qs.setValue("reminders/start_at_login", "true" if value else "false")

    @property
    def notified_reminders(self) -> list[str]:
        """Keys of the reminders the tray has notified already (not notified again)."""
        value = self._get("reminders/notified", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    @notified_reminders.setter
    def notified_reminders(self, keys: list[str]) -> None:
        self.qs.setValue("reminders/notified", list(keys))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._get("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.qs.setValue("window/state", value)

    def sync(self) -> None:
        self.qs.sync()
