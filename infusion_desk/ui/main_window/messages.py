"""How the window asks and tells: plain-text message boxes, one button per choice."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

import infusion_desk
from infusion_desk import APP_NAME
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.paths import AppPaths

# The answers a question can get: each is a key (English, what ``MainWindow.choose`` returns),
# shown in the caregiver's language on its button (``button_words``).
DAMAGED_TEXT = "This folder looks damaged. It was not changed."
LOOK = "Open it to look (read-only)"
RESTORE_NEWEST = "Restore the newest good backup…"
CANCEL = "Cancel"
REBUILD_INDEX = "Rebuild the search index"
NOT_NOW = "Not now"
CLOSE = "Close"


def button_words(choice: str) -> str:
    """What the button of ``choice`` says: a known answer in her language, any other choice
    (already in her language) as it is."""
    words = {
        LOOK: lambda: translate("Messages", "&Open it to look (read-only)"),
        RESTORE_NEWEST: lambda: translate("Messages", "&Restore the newest good backup…"),
        CANCEL: lambda: translate("Messages", "Cancel"),
        REBUILD_INDEX: lambda: translate("Messages", "&Rebuild the search index"),
        NOT_NOW: lambda: translate("Messages", "&Not now"),
        CLOSE: lambda: translate("Messages", "Close"),
    }.get(choice)
    return words() if words is not None else choice


def damaged_words() -> str:
    """The question asked about a folder that failed its check."""
    return translate("Messages", "This folder looks damaged. It was not changed.")


def index_damaged_words() -> str:
    """The question asked when the search index is found damaged (the records are not)."""
    return translate(
        "Messages", "The search index is damaged; your records are fine. Rebuild it?\n\n"
                    "It is made again from the records, which are not changed. Until then, "
                    "searching may not find everything.")

def error_box(parent: QWidget, error: FolderError) -> QMessageBox:
    """Say what went wrong (known trouble, in plain words), without waiting for an answer."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error.message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if error.detail:
        box.setDetailedText(error.detail)
    box.open()
    return box


def info_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


def choice_box(parent: QWidget, text: str, choices: list[str], *, escape: str,
               icon: QMessageBox.Icon) -> tuple[QMessageBox, dict[QAbstractButton, str]]:
    """A question with one button per choice (the first is the default)."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    buttons: dict[QAbstractButton, str] = {}
    for choice in choices:
        role = (QMessageBox.ButtonRole.RejectRole if choice == escape
                else QMessageBox.ButtonRole.AcceptRole)
        button = box.addButton(button_words(choice), role)
        if not buttons:
            box.setDefaultButton(button)
        buttons[button] = choice
    return box, buttons


def about_box(parent: QWidget, paths: AppPaths) -> QMessageBox:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    licence = Path(__file__).resolve().parent.parent.parent / "resources" / "LICENSE.txt"
    box = QMessageBox(parent)
    box.setWindowTitle(translate("Messages", "About {0}").format(APP_NAME))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"{APP_NAME} {infusion_desk.__version__}")
    box.setInformativeText(translate(
        "Messages",
        "An organizer for the insurance side of home infusion therapy. It keeps your "
        "papers, calls, questions and requests in one folder file on this computer and "
        "never connects to the internet.\n\n"
        "It organizes; it does not give coverage advice. Always confirm details with the "
        "plan and the provider.\n\n"
        "Where it keeps its own files (your folders are wherever you saved them):\n"
        "Settings: {settings}\n"
        "Log file: {log}\n"
        "Copies opened in other programs: {copies}\n"
        "Demo folder: {demo}\n\n"
        "Free software under the MIT licence ({licence}).\n"
        "Made with Python {python}, Qt {qt} (PySide6 {pyside}), PDFium, ReportLab and the "
        "DejaVu fonts.").format(
            settings=paths.settings_file, log=paths.log_file, copies=paths.temp,
            demo=paths.demo_folder, licence=licence, python=platform.python_version(),
            qt=qVersion(), pyside=pyside_version))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box
