"""View > Language: the language the app speaks, changed in the running window.

Her choice (a language, or the computer's) is remembered in the settings and put in place at
once: the menus, the status line, the welcome page and the open folder's tabs are made again in
the new language on the folder already open (the file is not opened again; the tab she is on and
what she was searching for are kept). Dates in Qt's widgets follow (``QLocale`` default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from infusion_desk.core import i18n
from infusion_desk.core.i18n import translate
from infusion_desk.ui.language import FOLLOW_SYSTEM, LANGUAGES, chosen_language, install

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow

LANGUAGE_ACTION = "language_action"  # object name prefix of each choice: "language_action:es"


def language_choices() -> list[tuple[str, str]]:
    """(setting, words on the menu) of each choice: the computer's language first; the names of
    languages in their own words (she must find hers whatever language is shown)."""
    names = {"en": "&English", "es": "E&spañol"}
    return [(FOLLOW_SYSTEM, translate("LanguageActions", "Same as the &computer")),
            *((lang.code, names.get(lang.code, lang.name)) for lang in LANGUAGES)]


def add_menu(w: MainWindow, view_menu: QMenu, owner: QObject) -> QMenu:
    menu = view_menu.addMenu(translate("LanguageActions", "&Language"))
    group = QActionGroup(owner)
    for code, words in language_choices():
        action = QAction(words, owner, checkable=True)
        action.setObjectName(f"{LANGUAGE_ACTION}:{code}")
        action.triggered.connect(lambda _c=False, chosen=code: switch_language(w, chosen))
        group.addAction(action)
        menu.addAction(action)
        if code == FOLLOW_SYSTEM:
            action.setToolTip(translate("LanguageActions", "Use the language this computer is "
                                        "set to (English when it is not one the app speaks)"))
            menu.addSeparator()
    update_checks(w)
    return menu


def language_action(w: MainWindow, code: str) -> QAction | None:
    return w.findChild(QAction, f"{LANGUAGE_ACTION}:{code}")


def update_checks(w: MainWindow) -> None:
    chosen = w.settings.language()
    for code, _words in language_choices():
        action = language_action(w, code)
        if action is not None:
            action.setChecked(code == chosen)


def switch_language(w: MainWindow, code: str) -> None:
    """Remember ``code`` ("" follows the computer) and speak it now, in the running window."""
    w.settings.set_language(code)
    w.settings.sync()
    language = chosen_language(code)
    if language.code != i18n.language():
        install(language)
        w.speak_again()
    update_checks(w)
