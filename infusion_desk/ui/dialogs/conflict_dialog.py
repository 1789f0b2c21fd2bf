"""*Someone else changed this while you were editing*: both versions of one record side by
side, field by field, and her choice of which to keep (issue 17).

Shown by ``FolderContext.perform`` (one place for every save): *Keep my version* runs the same
operation again over theirs; *Keep their version* stores nothing. Closing it (Esc) chooses
neither: nothing is stored and her form stays open with what she typed.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import EditConflictError
from infusion_desk.core.field_words import SideBySide, side_by_side
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Profile, RecordKind, kind_of
from infusion_desk.ui.editing import editing
from infusion_desk.ui.widgets.form_dialog import screen_room
from infusion_desk.ui.widgets.forms import big_target, heading, plain_label


class Choice(enum.Enum):
    MINE = "mine"
    THEIRS = "theirs"
    NEITHER = "neither"  # closed: nothing stored, her form stays open


def kind_words(conflict: EditConflictError) -> str:
    kind = RecordKind.PROFILE if isinstance(conflict.mine, Profile) else kind_of(conflict.mine)
    return kind.label


class ConflictDialog(QDialog):
    """Their version | your version, the rows that differ marked in words (and in bold)."""

    def __init__(self, conflict: EditConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.NEITHER
        self.setWindowTitle(translate("ConflictDialog", "Someone else changed this"))
        self.setModal(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        outer.addWidget(heading(translate(
            "ConflictDialog", "Someone else changed this while you were editing"), self))
        outer.addWidget(plain_label(translate(
            "ConflictDialog",
            "{kind}: their version is saved in the folder now. Yours is not saved yet. The "
            "rows marked “Different” are where the two differ. Choose which one to keep."
        ).format(kind=kind_words(conflict)), self))
        self.rows = side_by_side(conflict.theirs, conflict.mine)
        outer.addWidget(self._table(self.rows), 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.keep_mine = editing(big_target(QPushButton(
            translate("ConflictDialog", "Keep &my version"), self)))
        self.keep_mine.setToolTip(translate(
            "ConflictDialog", "Save your version over theirs"))
        self.keep_theirs = big_target(QPushButton(
            translate("ConflictDialog", "Keep &their version"), self))
        self.keep_theirs.setToolTip(translate(
            "ConflictDialog", "Save nothing and show their version"))
        self.keep_mine.setAutoDefault(False)
        self.keep_theirs.setAutoDefault(False)
        self.keep_mine.clicked.connect(self._on_keep_mine_clicked)
        self.keep_theirs.clicked.connect(self._on_keep_theirs_clicked)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.keep_mine)
        outer.addLayout(buttons)
        room = screen_room(self)
        self.resize(min(900, room.width() - 40), min(self.sizeHint().height(),
                                                      room.height() - 40))

    def _table(self, rows: list[SideBySide]) -> QScrollArea:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        headers = [translate("ConflictDialog", "Same?"), translate("ConflictDialog", "What"),
                   translate("ConflictDialog", "Their version (saved)"),
                   translate("ConflictDialog", "Your version")]
        for column, text in enumerate(headers):
            label = plain_label(text, inner)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            grid.addWidget(label, 0, column)
        self.cells: list[list[QLabel]] = []  # per row: the mark, what, theirs, yours
        for number, row in enumerate(rows, start=1):
            mark = translate("ConflictDialog", "Different") if row.differs else \
                translate("ConflictDialog", "Same")
            empty = translate("ConflictDialog", "(empty)")
            self.cells.append([])
            for column, text in enumerate([mark, row.label, row.theirs or empty,
                                           row.mine or empty]):
                label = plain_label(text, inner)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if row.differs:
                    font = QFont(label.font())
                    font.setBold(True)
                    label.setFont(font)
                self.cells[-1].append(label)
                grid.addWidget(label, number, column)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(rows) + 1, 1)
        area = QScrollArea(self)
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.StyledPanel)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setAccessibleName(translate("ConflictDialog", "Both versions, side by side"))
        return area

    def _on_keep_mine_clicked(self) -> None:
        self.choice = Choice.MINE
        self.accept()

    def _on_keep_theirs_clicked(self) -> None:
        self.choice = Choice.THEIRS
        self.accept()


def ask_which_to_keep(conflict: EditConflictError, parent: QWidget | None) -> Choice:
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
