"""The folder's first look: the patient and Today, shown while the folder finishes opening.

Made from ``storage.first_look`` (a plain read, no SQLAlchemy), so the window shows the folder
at once on a large one too: the patient's name first (a blink), Today once the window has painted
it (on a large folder that read takes a few tens of milliseconds); nothing here can be changed.
The real Overview takes its place as soon as the folder is open, built from the same read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFrame, QListWidget, QVBoxLayout, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import RecordKind
from infusion_desk.services.first_look import FirstScreen, first_profile
from infusion_desk.ui.widgets.forms import heading, plain_label


class FirstLookPage(QFrame):
    """The patient's name, "Opening…" and the Today list (as the Overview words it), filled in
    (:meth:`fill`) once the window has painted the name."""

    painted = Signal()  # once, when it is first on screen
    filled = Signal()  # Today's lines are in

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_screen: FirstScreen | None = None
        self.folder_title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = heading(title, self, scale=1.35)
        layout.addWidget(self.title)
        self.note = plain_label(translate("FirstLookPage", "Opening the folder…"), self)
        layout.addWidget(self.note)
        layout.addWidget(heading(translate("FirstLookPage", "Today"), self))
        self.today_list = QListWidget(self)
        self.today_list.setWordWrap(True)
        self.today_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.today_list.setAccessibleName(translate("FirstLookPage",
                                                    "Today: what needs you (still opening)"))
        self.today_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.today_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout.addWidget(self.today_list, 1)
        self._painted = False

    def fill(self, screen: FirstScreen) -> None:
        """Today's lines, from the folder's first screen."""
        from infusion_desk.core.today_words import lines_to_show, tag_of, today_line  # (after
        # the first paint: the window's first look needs only the patient's name)

        self.first_screen = screen
        items = screen.items
        count = lines_to_show(len(items), show_all=False, keep=sum(1 for i in items if tag_of(i)))
        lines = []
        for item in items[:count]:
            call = screen.calls.get(item.record_id) if item.kind is RecordKind.CALL else None
            line = today_line(item, screen.today, call)
            tag = tag_of(item)
            lines.append(translate("FirstLookPage", "{tag}: {line}").format(tag=tag, line=line)
                         if tag else line)
        self.today_list.clear()
        self.today_list.addItems(lines or [translate("FirstLookPage", "Nothing needs you today.")])
        self.filled.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


def first_look_page(path: Path, parent: QWidget) -> FirstLookPage | None:
    """The first look at the folder at ``path`` (its patient; Today follows, see
    :meth:`FirstLookPage.fill`); None if a plain read cannot tell it."""
    profile = first_profile(path)
    if profile is None:
        return None
    title = profile.patient_name.strip() or path.stem  # as ``FolderView`` calls it
    return FirstLookPage(title, parent)
