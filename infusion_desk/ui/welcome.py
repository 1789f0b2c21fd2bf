"""The calm first screen when no folder is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.ui.widgets.forms import heading, plain_label

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)  # Path

    def __init__(self, recent: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        outer.addLayout(column, 3)
        outer.addStretch(1)

        column.addStretch(1)
        column.addWidget(heading("Welcome to Infusion Desk", self, scale=1.8))
        column.addWidget(plain_label(
            "Keep the insurance side of home infusion therapy in one place: letters and other "
            "papers, calls and reference numbers, questions to ask, and what each office asked "
            "for and what you sent. Everything stays on this computer.", self))

        self.new_button = self._big_button(
            "Start a new folder…", "One folder for each patient. You will be asked for the "
            "patient's name.")
        self.open_button = self._big_button(
            "Open a folder…", "Open a folder file you or a family member made before.")
        self.demo_button = self._big_button(
            "Look around with a demo folder", "A made-up patient with letters, calls and "
            "requests, to try things out safely.")
        for button in (self.new_button, self.open_button, self.demo_button):
            column.addWidget(button)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.recent_title = heading("Recent folders", self, scale=1.1)
        self.recent_list = QListWidget(self)
        self.recent_list.setAccessibleName("Recent folders")
        self.recent_list.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent_list)
        self.set_recent(recent)
        column.addStretch(2)
        self.new_button.setFocus()

    def _big_button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.setMinimumHeight(button.fontMetrics().height() * 3)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        button.setFont(font)
        return button

    def set_recent(self, recent: list[Path]) -> None:
        self.recent_list.clear()
        for path in recent:
            item = QListWidgetItem(f"{path.stem}    ({path.parent})")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_title.setVisible(bool(recent))
        self.recent_list.setVisible(bool(recent))
        self.recent_list.setMaximumHeight(
            self.recent_list.sizeHintForRow(0) * min(len(recent), 8) + 8 if recent else 0
        )

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(PATH_ROLE)))
