"""*Someone else changed this while you were editing*: both versions of one record side by
side, field by field; for each field that differs she chooses theirs or hers (issue 17).

Shown by ``FolderContext.perform`` (one place for every save): *Save these* runs the same
operation again over theirs, with the fields as she chose them; *Keep their version* stores
nothing. Closing it (Esc) chooses neither: nothing is stored and her form stays open with what
she typed.
"""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.dates import format_when
from infusion_desk.core.errors import EditConflictError
from infusion_desk.core.field_words import SideBySide, side_by_side
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Profile, RecordKind, kind_of
from infusion_desk.services.edit_conflicts import choices
from infusion_desk.ui.editing import editing
from infusion_desk.ui.widgets.form_dialog import screen_room
from infusion_desk.ui.widgets.forms import big_target, heading, plain_label


class Choice(enum.Enum):
    SAVE = "save"  # the fields as she chose them, saved over theirs
    THEIRS = "theirs"
    NEITHER = "neither"  # closed: nothing stored, her form stays open


def kind_words(conflict: EditConflictError) -> str:
    kind = RecordKind.PROFILE if isinstance(conflict.mine, Profile) else kind_of(conflict.mine)
    return kind.label


def saved_by_words(who: str = "", when: datetime | None = None) -> str:
    """The head of their column: who saved it and when, when the folder knows."""
    if who and when is not None:
        return translate("ConflictDialog", "Saved by {name} at {time}").format(
            name=who, time=format_when(when))
    return translate("ConflictDialog", "Saved by someone else")


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ConflictDialog(QDialog):
    """Their version | your version, the rows that differ marked in words (and in bold), each
    with a choice of theirs or yours."""

    def __init__(self, conflict: EditConflictError, parent: QWidget | None = None, *,
                 saved_by: str = "") -> None:
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
            "{kind}: their version is saved in the folder now. Yours is not saved yet. In each "
            "row marked “Different”, choose theirs or yours, then press Save these."
        ).format(kind=kind_words(conflict)), self))
        self.rows = side_by_side(conflict.theirs, conflict.mine)
        self.saved_by = saved_by or saved_by_words()
        self.choosers: dict[str, tuple[QRadioButton, QRadioButton]] = {}  # theirs, yours
        outer.addWidget(self._table(self.rows, choices(conflict)), 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.save_these = editing(big_target(QPushButton(
            translate("ConflictDialog", "&Save these"), self)))
        self.save_these.setToolTip(translate(
            "ConflictDialog", "Save the version you chose in each row"))
        self.keep_theirs = big_target(QPushButton(
            translate("ConflictDialog", "Keep &their version"), self))
        self.keep_theirs.setToolTip(translate(
            "ConflictDialog", "Save nothing and show their version"))
        self.save_these.setAutoDefault(False)
        self.keep_theirs.setAutoDefault(False)
        self.save_these.clicked.connect(self._on_save_these_clicked)
        self.keep_theirs.clicked.connect(self._on_keep_theirs_clicked)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.save_these)
        outer.addLayout(buttons)
        room = screen_room(self)
        self.resize(min(900, room.width() - 40), min(self.sizeHint().height(),
                                                      room.height() - 40))

    def take_theirs(self) -> frozenset[str]:
        """The fields she chose theirs for."""
        return frozenset(name for name, (theirs, _yours) in self.choosers.items()
                         if theirs.isChecked())

    def _table(self, rows: list[SideBySide], offered: dict[str, bool]) -> QScrollArea:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        headers = [translate("ConflictDialog", "Same?"), translate("ConflictDialog", "What"),
                   self.saved_by, translate("ConflictDialog", "Yours (not saved yet)")]
        self.headers = [_bold(plain_label(text, inner)) for text in headers]
        for column, label in enumerate(self.headers):
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
                    _bold(label)
                self.cells[-1].append(label)
                if column >= 2 and row.name in offered:
                    grid.addWidget(self._chooser(row, column == 2, offered[row.name], label,
                                                 inner), number, column)
                else:
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

    def _chooser(self, row: SideBySide, theirs: bool, theirs_first: bool, value: QLabel,
                 inner: QWidget) -> QWidget:
        """A value that differs, with its round button (“Use theirs” / “Use yours”) above."""
        cell = QWidget(inner)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if theirs:
            button = QRadioButton(translate("ConflictDialog", "Use theirs"), cell)
            button.setAccessibleName(translate("ConflictDialog", "Use theirs: {what}").format(
                what=row.label))
            self.choosers[row.name] = (button, button)  # (yours: set with her column)
            button.setChecked(theirs_first)
        else:
            button = QRadioButton(translate("ConflictDialog", "Use yours"), cell)
            button.setAccessibleName(translate("ConflictDialog", "Use yours: {what}").format(
                what=row.label))
            theirs_button = self.choosers[row.name][0]
            self.choosers[row.name] = (theirs_button, button)
            group = QButtonGroup(cell)
            group.addButton(theirs_button)
            group.addButton(button)
            button.setChecked(not theirs_first)
        big_target(button)
        box.addWidget(button)
        box.addWidget(value)
        return cell

    def _on_save_these_clicked(self) -> None:
        self.choice = Choice.SAVE
        self.accept()

    def _on_keep_theirs_clicked(self) -> None:
        self.choice = Choice.THEIRS
        self.accept()


def ask_which_to_keep(conflict: EditConflictError, parent: QWidget | None, *,
                      saved_by: str = "") -> tuple[Choice, frozenset[str]]:
    """Her choice, and the fields she chose theirs for."""
    dialog = ConflictDialog(conflict, parent, saved_by=saved_by)
    dialog.exec()
    answer = dialog.choice, dialog.take_theirs()
    dialog.deleteLater()
    return answer
