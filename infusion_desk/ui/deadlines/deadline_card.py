"""One deadline as it reads on the Overview: "Overdue" in words when its date has passed, when
it is due with the days left, what for, what to do, whom it concerns, where its date came from
(with the rule's source and "the date on your letter comes first" beside a date from the rules),
and buttons: open what it came from, change it, done, remove."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from infusion_desk.core.deadlines import Deadline
from infusion_desk.core.i18n import translate
from infusion_desk.core.text import one_line
from infusion_desk.ui.deadlines.deadline_text import (
    CameFrom,
    concerns_line,
    is_overdue,
    overdue_words,
    source_line,
    to_do_line,
    when_line,
    where_line,
)
from infusion_desk.ui.editing import editing
from infusion_desk.ui.overview.page import big_target
from infusion_desk.ui.widgets.forms import plain_label

OVERDUE_COLOUR = "#a4262c"  # repeats what the word "Overdue" already says
# Set once on the list that holds the cards (one style sheet for all: quicker than one each).
# Bold by the style sheet, not by ``heading()``: its font follower watches the card, and cards
# are made and dropped at each change (a follower of a dropped card was called half-gone).
CARD_STYLE = (
    "QFrame#deadline_card { border: 1px solid palette(mid); border-radius: 4px; }"
    " QLabel#deadline_when, QLabel#deadline_overdue { font-weight: bold; }"
    f' QFrame#deadline_card[overdue="true"] {{ border-left: 6px solid {OVERDUE_COLOUR}; }}'
    ' QFrame#deadline_card[chosen="true"] { border: 3px solid palette(highlight); }'
    ' QFrame#deadline_card[chosen="true"][overdue="true"] {'
    f" border: 3px solid palette(highlight); border-left: 6px solid {OVERDUE_COLOUR}; }}"
)


class DeadlineCard(QFrame):
    """One deadline, with its buttons (connected by the list that holds the card)."""

    def __init__(self, deadline: Deadline, today: date, came_from: CameFrom | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert deadline.id is not None
        self.deadline = deadline
        self.came_from = came_from
        self.overdue = is_overdue(deadline, today)
        self.setObjectName("deadline_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(3)
        overdue = overdue_words(deadline, today)
        self.overdue_label = plain_label("⚠ " + overdue if overdue else "", self)
        self.overdue_label.setObjectName("deadline_overdue")
        self.overdue_label.setVisible(self.overdue)
        layout.addWidget(self.overdue_label)
        self.when_label = plain_label(when_line(deadline, today), self)
        self.when_label.setObjectName("deadline_when")
        self.when_label.setAccessibleName(self.when_label.text())
        layout.addWidget(self.when_label)
        self.title_label = plain_label(deadline.title, self)
        self.title_label.setAccessibleName(translate("DeadlineCard", "What it is for"))
        layout.addWidget(self.title_label)
        self.lines: list[QLabel] = []
        for text in (to_do_line(deadline), concerns_line(deadline), where_line(deadline),
                     source_line(deadline)):
            if text:
                label = plain_label(text, self)
                layout.addWidget(label)
                self.lines.append(label)
        self.source_label = self.lines[-1] if source_line(deadline) else None
        if self.source_label is not None:
            self.source_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.source_label.setToolTip(translate(
                "DeadlineCard", "The rule this date was worked out from, and its official page. "
                "Select the address to copy it."))
        self._build_buttons(layout)
        said = [self.overdue_label.text()] if self.overdue else []
        said += [self.when_label.text(), deadline.title]
        self.setAccessibleName(". ".join(t for t in said if t))
        self.setAccessibleDescription(translate(
            "DeadlineCard", "A deadline. Its buttons open what it came from, change it, mark it "
            "done or remove it."))
        self.setProperty("overdue", self.overdue)
        self.chosen = False
        self.setProperty("chosen", False)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        """The button that opens what it came from on a line of its own (it names the letter,
        so it can be long: at large text it would push the others off the card), then Change,
        Done and Remove."""
        self.open_button = QPushButton((self.came_from.words + " ›") if self.came_from else "",
                                       self)
        self.open_button.setVisible(self.came_from is not None)
        self.open_button.setToolTip(translate("DeadlineCard",
                                              "Show what this deadline came from"))
        opener = QHBoxLayout()
        opener.setContentsMargins(0, 4, 0, 0)
        opener.addWidget(self.open_button)
        opener.addStretch(1)
        layout.addLayout(opener)
        title = one_line(self.deadline.title, 60)
        self.edit_button = editing(QPushButton(translate("DeadlineCard", "&Change…"), self))
        self.edit_button.setToolTip(translate(
            "DeadlineCard", "Change the date, what it is for or what to do"))
        self.edit_button.setAccessibleName(translate(
            "DeadlineCard", "Change the deadline “{0}”").format(title))
        done = self.deadline.done
        self.done_button = editing(QPushButton(
            translate("DeadlineCard", "To do a&gain") if done
            else translate("DeadlineCard", "Do&ne"), self))
        self.done_button.setToolTip(
            translate("DeadlineCard", "It still needs doing: put it back on the list") if done
            else translate("DeadlineCard", "Mark it as done. Undo puts it back."))
        self.done_button.setAccessibleName(
            translate("DeadlineCard", "Put “{0}” back to do").format(title) if done
            else translate("DeadlineCard", "Mark “{0}” done").format(title))
        self.remove_button = editing(QPushButton(translate("DeadlineCard", "&Remove"), self))
        self.remove_button.setToolTip(translate(
            "DeadlineCard", "Move this deadline to the trash. Undo brings it back."))
        self.remove_button.setAccessibleName(translate(
            "DeadlineCard", "Remove the deadline “{0}”").format(title))
        row = QHBoxLayout()
        row.setContentsMargins(0, 4, 0, 0)
        for button in (self.edit_button, self.done_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        big_target(self.open_button, self.edit_button, self.done_button, self.remove_button)

    def set_writable(self, writable: bool) -> None:
        for button in (self.edit_button, self.done_button, self.remove_button):
            button.setEnabled(writable)

    def set_chosen(self, chosen: bool) -> None:
        """A chosen card (opened from Today) has a thick edge; an overdue one a red bar
        (``CARD_STYLE``)."""
        if chosen == self.chosen:
            return
        self.chosen = chosen
        self.setProperty("chosen", chosen)
        self.style().unpolish(self)
        self.style().polish(self)
