"""Which language the app speaks, and putting it in place: the app's compiled words, Qt's own
(the buttons of standard dialogs), the locale dates and numbers follow, and the Qt-free layers'
:func:`infusion_desk.core.i18n.translate`.

The language follows the system (``LANGUAGE``/``LC_ALL``/``LANG`` on Linux, the Windows and macOS
settings, all read by ``QLocale.system()``) unless she picked one in the app (*View > Language*).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from infusion_desk.core import i18n
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

COMPILED = Path(__file__).resolve().parents[1] / "resources" / "translations"
FOLLOW_SYSTEM = ""


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in its own words, never translated: she must find her language in a list
    locale: QLocale.Language
    country: QLocale.Country


LANGUAGES = (
    Language("en", "English", QLocale.Language.English, QLocale.Country.UnitedStates),
    Language("es", "Español", QLocale.Language.Spanish, QLocale.Country.UnitedStates),
)
FOLLOW_SYSTEM_LABEL = QT_TRANSLATE_NOOP("Language", "Same as the computer")

_installed: list[QTranslator] = []
_STARTING_LOCALE = QLocale()


def by_code(code: str) -> Language | None:
    return next((lang for lang in LANGUAGES if lang.code == code), None)


def system_language() -> Language:
    """The first of the system's preferred languages the app speaks; English if none."""
    for name in QLocale.system().uiLanguages():
        found = by_code(name.replace("_", "-").split("-")[0].lower())
        if found is not None:
            return found
    return LANGUAGES[0]


def chosen_language(setting: str) -> Language:
    """The language a setting asks for ("" follows the system)."""
    return by_code(setting) or system_language()


def install(language: Language) -> Language:
    """Puts ``language`` in place for the whole app (and for the command line, which has no
    QApplication: the words are read from the translators directly). Returns the language
    actually in place: English when the compiled words are missing (logged)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    words = QTranslator()
    compiled = COMPILED / f"infusion_desk_{language.code}.qm"
    if language.code != "en" and not words.load(str(compiled)):
        log.warning("the %s translation is missing from %s; staying in English",
                    language.code, COMPILED)
        language = LANGUAGES[0]
    if language.code == "en" and not words.load(str(COMPILED / "infusion_desk_en.qm")):
        log.warning("the English plural forms are missing from %s", COMPILED)
    qt_words = QTranslator()
    if language.code != "en":
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not qt_words.load(f"qtbase_{language.code}", qt_path):
            log.warning("Qt's own %s words are missing", language.code)
    locale = QLocale(language.locale, language.country)
    QLocale.setDefault(locale)
    if QCoreApplication.instance() is not None:
        for translator in (qt_words, words):
            if not translator.isEmpty() and QCoreApplication.installTranslator(translator):
                _installed.append(translator)

    def translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
        text = words.translate(context, source, disambiguation, n) or source
        return text if n < 0 else text.replace("%n", locale.toString(n))

    i18n.install(translate, language.code)
    # Keep the translators alive as long as the words are in use (a QTranslator freed while
    # installed leaves Qt reading freed memory).
    translate.words = words  # type: ignore[attr-defined]
    translate.qt_words = qt_words  # type: ignore[attr-defined]
    return language


def reset() -> None:
    """Back to how the app starts before a language is put in place (for the tests)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(_STARTING_LOCALE)
    i18n.uninstall()
