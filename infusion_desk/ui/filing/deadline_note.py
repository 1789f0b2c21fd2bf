"""Beside a letter being filed: the deadline it starts (an appeal window after a denial, a
Medicare Summary Notice, an explanation of benefits with a denied line), with its date, where the
date came from, the rule's source and "the date on your letter comes first; confirm with the
plan". It shows the letter's deadlines as stored, and follows every change to them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from infusion_desk.core.deadlines import Deadline
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import RecordKind
from infusion_desk.services import Change
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.deadlines.deadline_text import (
    overdue_words,
    source_line,
    to_do_line,
    when_line,
    where_line,
)
from infusion_desk.ui.widgets.forms import plain_label


def deadline_words(deadline: Deadline, today: date) -> str:
    """The lines shown for one deadline of the letter."""
    lines = [overdue_words(deadline, today), f"{when_line(deadline, today)}: {deadline.title}",
             to_do_line(deadline), where_line(deadline), source_line(deadline)]
    return "\n".join(line for line in lines if line)


class LetterDeadlineNote(QFrame):
    """The deadlines this letter started, shown once stored (hidden while there are none)."""

    def __init__(self, ctx: FolderContext, document_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._document_id = document_id
        self.setObjectName("letter_deadline")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Bold by the style sheet, not ``heading()`` (whose font follower outlived a dropped form).
        self.setStyleSheet("QFrame#letter_deadline { background: #fff4ce; color: #3b2f00; "
                           "border: 1px solid #c9a400; border-radius: 4px; } "
                           "QLabel#letter_deadline_title { font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.title = plain_label(translate("LetterDeadline", "A deadline from this letter"), self)
        self.title.setObjectName("letter_deadline_title")
        layout.addWidget(self.title)
        self.words = plain_label("", self)
        self.words.setAccessibleName(translate("LetterDeadline", "The deadline from this letter"))
        layout.addWidget(self.words)
        self.hint = plain_label(translate("LetterDeadline", "It is also on the Overview, under "
                                                            "Deadlines, where you can change it or "
                                                            "mark it done."), self)
        layout.addWidget(self.hint)
        ctx.signals.records_changed.connect(self._on_records_changed)
        self.refresh()

    def refresh(self) -> None:
        try:
            deadlines = self._ctx.folder.deadlines.linked_to(document_id=self._document_id)
        except FolderError:
            deadlines = []
        today = self._ctx.today()
        shown = [d for d in deadlines if not d.done]
        self.title.setText(translate("LetterDeadline", "A deadline from this letter")
                           if len(shown) < 2
                           else translate("LetterDeadline", "Deadlines from this letter"))
        self.words.setText("\n\n".join(deadline_words(d, today) for d in shown))
        self.setVisible(bool(shown))

    def _on_records_changed(self, change: Change) -> None:
        if RecordKind.DEADLINE in change.kinds:
            self.refresh()
