"""A folder open for reading only: a banner that says so, and editing buttons turned off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from infusion_desk.ui.widgets.forms import plain_label

FALLBACK_REASON = "This folder is open for reading only."
CANNOT_SAVE = "You can look at everything, but changes cannot be saved."
# Buttons whose text starts with one of these change the folder.
EDITING_WORDS = ("Add", "Edit", "Delete", "Mark", "Log", "Answer", "Follow-up", "No longer",
                 "Record", "Remove", "Attach", "Empty")


def banner_text(reason: str) -> str:
    return f"{reason.strip() or FALLBACK_REASON} {CANNOT_SAVE}"


def make_banner(reason: str, parent: QWidget | None = None) -> QLabel:
    banner = plain_label(banner_text(reason), parent)
    banner.setObjectName("read_only_banner")
    banner.setAccessibleName("Read-only folder")
    banner.setStyleSheet("QLabel#read_only_banner { background: #fff4ce; color: #3b2f00; "
                         "border: 1px solid #c9a400; border-radius: 4px; padding: 6px 10px; }")
    return banner


def is_editing_button(button: QAbstractButton) -> bool:
    text = button.text().replace("&", "").strip()
    return text.startswith(EDITING_WORDS)


class _KeepDisabled(QObject):
    """Turns an editing button off again whenever a tab turns it on (selection changed)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.EnabledChange and isinstance(watched, QAbstractButton)
                and watched.isEnabled() and is_editing_button(watched)):
            watched.setEnabled(False)
        return False


class EditingLock(QObject):
    """Keeps every editing button under ``root`` turned off."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        self._filter = _KeepDisabled(self)
        self._watched: set[int] = set()
        self.apply()

    def apply(self) -> None:
        """Turn off the editing buttons (again: tabs may have made new ones)."""
        for button in self._root.findChildren(QAbstractButton):
            if not is_editing_button(button):
                continue
            button.setEnabled(False)
            button.setToolTip(CANNOT_SAVE)
            if id(button) not in self._watched:
                self._watched.add(id(button))
                button.installEventFilter(self._filter)
