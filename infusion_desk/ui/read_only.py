"""A folder open for reading only: a banner that says so, and every editing action turned off.

Whether an action edits the folder is declared where the action is made, with :func:`editing`
(a button, a menu action or a context-menu action). Nothing here looks at the words on a button,
so translated or reworded buttons are locked just the same. The services refuse a write to a
read-only folder on their own (``ReadOnlyFolderError``); this lock only keeps the screens honest.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.editing import editing, edits_folder
from infusion_desk.ui.widgets.forms import plain_label

__all__ = ["EditingLock", "banner_text", "editing", "make_banner"]

def fallback_reason() -> str:
    return translate("ReadOnly", "This folder is open for reading only.")


def cannot_save() -> str:
    return translate("ReadOnly", "You can look at everything, but nothing here can be changed.")


def banner_text(reason: str) -> str:
    return f"{reason.strip() or fallback_reason()} {cannot_save()}"


def make_banner(reason: str, parent: QWidget | None = None) -> QLabel:
    banner = plain_label(banner_text(reason), parent)
    banner.setObjectName("read_only_banner")
    banner.setAccessibleName(translate("ReadOnly", "Read-only folder"))
    banner.setStyleSheet("QLabel#read_only_banner { background: #fff4ce; color: #3b2f00; "
                         "border: 1px solid #c9a400; border-radius: 4px; padding: 6px 10px; }")
    return banner


class _KeepDisabled(QObject):
    """Turns an editing button or action off again whenever a screen turns it on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() in (QEvent.Type.EnabledChange, QEvent.Type.ActionChanged)
                and isinstance(watched, QAbstractButton | QAction)
                and watched.isEnabled() and edits_folder(watched)):
            watched.setEnabled(False)
        return False


def _belongs_to(widget: QWidget, root: QWidget) -> bool:
    """Whether ``widget`` is inside ``root`` or in a dialog or menu opened from it."""
    obj: QObject | None = widget
    while obj is not None:
        if obj is root:
            return True
        obj = obj.parent()
    return False


class EditingLock(QObject):
    """Keeps every editing action under ``root`` off, and in every dialog or menu opened from it.

    Screens made later (a rebuilt tab, a dialog, a context menu) are locked as they are shown.
    """

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        self._filter = _KeepDisabled(self)
        self._watched: set[int] = set()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and _belongs_to(watched, self._root)):
            self.apply(watched)
        return False

    def apply(self, root: QWidget | None = None) -> None:
        """Turn off the editing actions (again: screens may have made new ones)."""
        top = root or self._root
        found: list[QAbstractButton | QAction] = [*top.findChildren(QAbstractButton),
                                                  *top.findChildren(QAction), *top.actions()]
        if isinstance(top, QAbstractButton):
            found.append(top)
        for obj in found:
            if edits_folder(obj):
                self.lock(obj)

    def lock(self, action: QAbstractButton | QAction) -> None:
        action.setEnabled(False)
        action.setToolTip(cannot_save())
        if id(action) not in self._watched:
            self._watched.add(id(action))
            action.installEventFilter(self._filter)
