"""Japanese first, English second: Qt translation files plus the rule set's own names.

Source strings in the code are English (self.tr / QCoreApplication.translate); the
Japanese comes from resources/i18n/penaltytracker_ja.qm. Names that live in the rule
set (levels, sanctions, categories) are picked by language code instead.
"""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from penaltytracker.paths import resources_dir

DEFAULT_LANGUAGE = "ja"


def translations_dir():
    return resources_dir() / "i18n"


class Language(QObject):
    """The app's current language; switching it reloads the translators."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.code = "en"
        self._ours = QTranslator(self)
        self._qt = QTranslator(self)  # Qt's own buttons and dialogs (OK, Cancel, …)
        self._qt_extra = QTranslator(self)  # what Qt's own file leaves in English (Look in:, …)
        self._installed = False

    def set(self, code: str) -> None:
        code = code if code in ("ja", "en") else DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        if self._installed:
            app.removeTranslator(self._ours)
            app.removeTranslator(self._qt_extra)
            app.removeTranslator(self._qt)
            self._installed = False
        if code != "en":
            if not self._ours.load(f"penaltytracker_{code}", str(translations_dir())):
                # A broken install should still open, in English, rather than not at all.
                print(f"penaltytracker: translation penaltytracker_{code}.qm is missing in {translations_dir()}",
                      file=sys.stderr)
            # PySide6's wheel carries Qt's translations (PySide6/Qt/translations, the
            # TranslationsPath); a frozen app carries them too (PyInstaller's Qt hook).
            self._qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            self._qt_extra.load(f"qtbase_extra_{code}", str(translations_dir()))
            app.installTranslator(self._qt)
            app.installTranslator(self._qt_extra)  # installed later: asked before Qt's own
            app.installTranslator(self._ours)
            self._installed = True
        QLocale.setDefault(QLocale(QLocale.Language.Japanese if code == "ja" else QLocale.Language.English,
                                   QLocale.Country.Japan if code == "ja" else QLocale.Country.UnitedStates))
        changed = code != self.code
        self.code = code
        if changed:
            self.changed.emit(code)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class _InLanguage:
    """`translate(context, text)` in one language, whatever the app's current one: for
    texts worded for a language given by the caller (pages and dialogs that take `lang`).
    The words are the same penaltytracker_<lang>.qm that `Language` installs."""

    def __init__(self, translator: QTranslator | None):
        self._translator = translator

    def translate(self, context: str, text: str) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text


_in_language: dict[str, _InLanguage] = {}


def in_language(lang: str) -> _InLanguage:
    """Write `in_language(lang).translate("Context", "English text")`: lupdate reads it
    as it reads QCoreApplication.translate."""
    code = lang if lang in ("ja", "en") else DEFAULT_LANGUAGE
    if code not in _in_language:
        translator = None
        if code != "en":
            translator = QTranslator()
            if not translator.load(f"penaltytracker_{code}", str(translations_dir())):
                translator = None  # a broken install shows English (Language says so on stderr)
        _in_language[code] = _InLanguage(translator)
    return _in_language[code]


def yen(amount: int) -> str:
    return f"¥{amount:,}"


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def status_label(status: str) -> str:
    if status == "withdrawn":
        return QCoreApplication.translate("Status", "Withdrawn")
    return QCoreApplication.translate("Status", "Active")


def level_label(level: str | None) -> str:
    if level is None:
        return QCoreApplication.translate("Level", "None")
    return QCoreApplication.translate("Level", "Level {level}").format(level=level)
