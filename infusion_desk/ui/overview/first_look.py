"""The folder's first look: the patient and Today, shown while the folder finishes opening.

Made from ``storage.first_look`` (a plain read, no SQLAlchemy), so the window shows the folder
at once on a large one too; nothing here can be changed. The real Overview takes its place as
soon as the folder is open, built from the same read.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFrame, QListWidget, QVBoxLayout, QWidget

from infusion_desk.core.records import RecordKind
from infusion_desk.core.today_words import lines_to_show, tag_of, today_line
from infusion_desk.services.first_look import FirstScreen, first_look
from infusion_desk.ui.widgets.forms import heading, plain_label


class FirstLookPage(QFrame):
    """The patient's name, the Today list (as the Overview words it) and "Opening…"."""

    painted = Signal()  # once, when it is first on screen

    def __init__(self, screen: FirstScreen, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_screen = screen
        self.folder_title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = heading(title, self, scale=1.35)
        layout.addWidget(self.title)
        self.note = plain_label(self.tr("Opening the folder…"), self)
        layout.addWidget(self.note)
        layout.addWidget(heading(self.tr("Today"), self))
        self.today_list = QListWidget(self)
        self.today_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.today_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout.addWidget(self.today_list, 1)
        items = screen.items
        count = lines_to_show(len(items), show_all=False, keep=sum(1 for i in items if tag_of(i)))
        for item in items[:count]:
            call = screen.calls.get(item.record_id) if item.kind is RecordKind.CALL else None
            line = today_line(item, screen.today, call)
            tag = tag_of(item)
            self.today_list.addItem(f"{tag}: {line}" if tag else line)
        if not items:
            self.today_list.addItem(self.tr("Nothing needs you today."))
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


def first_look_page(path: Path, today: date, parent: QWidget) -> FirstLookPage | None:
    """The first look at the folder at ``path``; None if a plain read cannot tell it."""
    screen = first_look(path, today)
    if screen is None:
        return None
    title = screen.profile.patient_name.strip() or path.stem  # as ``FolderView`` calls it
    return FirstLookPage(screen, title, parent)
