"""The interface's language: the choice kept in Settings, and Qt's translators installed for it.

The language is applied once, at start-up, before any window is built (:func:`apply_language`
from :func:`desktop.ui.app.make_application`); a change in Settings takes effect at the next start.
What is installed:

* our own translations, ``resources/translations/district_desk_<code>.qm`` (compiled from the
  ``.ts`` files by ``scripts/translations.py compile``; finished translations only), which also
  carry the Qt strings our screens show (standard buttons, wizard buttons, context menus:
  ``desktop/ui/qt_strings.py``), since Qt ships no Kannada, Hindi or Marathi;
* Qt's own ``qtbase_<code>.qm`` when this Qt has one (not for kn, hi or mr in Qt 6.11);
* the same translation for the services' messages (:mod:`desktop.services.i18n`).

Numbers and dates are formatted by an English (India) locale whatever the language: Latin digits
(the Marathi locale would write Devanagari digits, and a date edit in it refuses "05/12/2026"
typed in Latin ones), DD/MM/YYYY, lakh grouping. Sorting follows the language
(:func:`collation_locale`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.resources import resources_dir
from desktop.services import i18n as service_i18n
from desktop.services.i18n import LANGUAGE_NAMES

log = logging.getLogger(__name__)

LANGUAGE_KEY = "interface/language"
SYSTEM_DEFAULT = ""  # the stored value for "System default"
ENGLISH = "en"
TRANSLATED = ("kn", "hi", "mr")
CATALOGUE = "district_desk"
_LANGUAGES = {
    QLocale.Language.Kannada: "kn",
    QLocale.Language.Hindi: "hi",
    QLocale.Language.Marathi: "mr",
}
_LANGUAGE_LOCALES = {
    "en": QLocale("en_IN"),
    "kn": QLocale("kn_IN"),
    "hi": QLocale("hi_IN"),
    "mr": QLocale("mr_IN"),
}
FORMATTING_LOCALE = QLocale("en_IN")

_installed: list[QTranslator] = []
_current = ENGLISH


def language_setting(settings: QSettings | None = None) -> str:
    """The choice in Settings: a language code, or ``SYSTEM_DEFAULT``."""
    value = str((settings or QSettings()).value(LANGUAGE_KEY, SYSTEM_DEFAULT) or "")
    return value if value in LANGUAGE_NAMES else SYSTEM_DEFAULT


def set_language_setting(code: str, settings: QSettings | None = None) -> None:
    if code != SYSTEM_DEFAULT and code not in LANGUAGE_NAMES:
        raise ValueError(f"unknown interface language {code!r}")
    (settings or QSettings()).setValue(LANGUAGE_KEY, code)


def system_language(locale: QLocale | None = None) -> str:
    """The computer's language when the interface has it (Kannada, Hindi, Marathi), else English."""
    return _LANGUAGES.get((locale or QLocale.system()).language(), ENGLISH)


def chosen_language(settings: QSettings | None = None, system: QLocale | None = None) -> str:
    """The language the interface starts in: the one chosen in Settings, else the system's."""
    return language_setting(settings) or system_language(system)


def current_language() -> str:
    """The language installed by :func:`install_language` (English before that)."""
    return _current


def translations_dir() -> Path:
    return resources_dir() / "translations"


def catalogue_path(code: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"{CATALOGUE}_{code}.qm"


def install_language(code: str, directory: Path | None = None) -> list[Path]:
    """Replace the installed translators with those for ``code``; returns the files loaded.

    A missing file is logged, not fatal: the interface then stays in English where it has no
    translation (Qt falls back to the source text string by string)."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[Path] = []
    if code != ENGLISH:
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        ours = catalogue_path(code, directory)
        for path in (qt_dir / f"qtbase_{code}.qm", ours):
            translator = QTranslator(app)
            if path.is_file() and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(path)
            elif path == ours:  # Qt has none for our languages; ours should be there
                log.warning("No interface translation at %s; showing English instead.", path)
    _current = code if code in LANGUAGE_NAMES else ENGLISH
    QLocale.setDefault(FORMATTING_LOCALE)
    # QCoreApplication.translate is thread-safe: messages built in background tasks translate too.
    service_i18n.install(QCoreApplication.translate)
    return loaded


def apply_language(settings: QSettings | None = None, directory: Path | None = None) -> str:
    """Install the language chosen in Settings (or the system's); returns its code."""
    code = chosen_language(settings)
    install_language(code, directory)
    return code


def language_locale(code: str | None = None) -> QLocale:
    """The interface language's locale (English: English (India)): what text is sorted by (Marathi
    puts क्ष and ज्ञ after ळ), and where the names of months and days come from."""
    return QLocale(_LANGUAGE_LOCALES.get(code or _current, _LANGUAGE_LOCALES[ENGLISH]))


collation_locale = language_locale


def month_name(month: int, *, short: bool = False) -> str:
    """January ... December (1-12) in the interface language, from Qt's locale data."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return language_locale().standaloneMonthName(month, form)


def month_year(year: int, month: int) -> str:
    """ "November 2026" in the interface language (the year in Latin digits, as every date)."""
    return f"{month_name(month)} {year}"


def day_name(weekday: int, *, short: bool = False) -> str:
    """Monday ... Sunday for Python's weekday numbers (0 is Monday) in the interface language."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return language_locale().standaloneDayName(weekday + 1, form)


def ordinal(number: int) -> str:
    """1st, 2nd, ... in the interface language."""
    return service_i18n.ordinal_text(number)
