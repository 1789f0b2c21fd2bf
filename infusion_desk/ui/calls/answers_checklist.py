"""The questions to ask on a call, each with a tick and a field for the answer.

The organization's own questions come first, under "3 questions for Brightwater"; every other open
question waits under a folded "Other open questions" — one click (or Space) opens it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.call_questions import CallQuestions, questions_for_organization
from infusion_desk.core.errors import InputError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Question
from infusion_desk.core.text import one_line
from infusion_desk.services import Answer
from infusion_desk.ui.dialogs.ticking import LabelTicks
from infusion_desk.ui.widgets.forms import heading, plain_label


@dataclass
class AnsweredRow:
    """One question on the list: its text, the tick and the answer field, in one widget."""

    question: Question
    box: QCheckBox
    answer: QLineEdit
    asked: QLabel
    widget: QWidget


class AnswersChecklist(QGroupBox):
    """Every open question, a tick and an answer field each; the organization's own first."""

    def __init__(self, questions: list[Question], parent: QWidget | None = None, *,
                 about: Mapping[int, str] | None = None) -> None:
        super().__init__(translate("AnswersChecklist", "Ask them — tick the ones they answered"),
                         parent)
        self._questions = list(questions)
        self._about = dict(about or {})  # question id -> what it is about
        self.split: CallQuestions = questions_for_organization(self._questions, "")
        self.rows: list[AnsweredRow] = []  # in the order shown: theirs, then the others
        self._list = QVBoxLayout(self)  # one layout (one parent) for all: moving never reparents
        self._list.setContentsMargins(8, 8, 8, 8)
        self._list.setSpacing(6)
        self.heading = heading("", self, scale=1.05)
        self.heading.setAccessibleName(translate("AnswersChecklist",
                                                 "Questions for the organization called"))
        self.others_button = QToolButton(self)
        self.others_button.setCheckable(True)
        self.others_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.others_button.setArrowType(Qt.ArrowType.RightArrow)
        self.others_button.setAutoRaise(True)
        self.others_button.setToolTip(translate("AnswersChecklist",
                                                "Show the open questions meant for someone else"))
        self.others_button.toggled.connect(self._on_others_button_toggled)
        if not questions:
            self._list.addWidget(plain_label(
                translate("AnswersChecklist", "No open questions. Questions you add on the "
                                              "“Questions to ask” tab show up here, ready to tick "
                                              "off during a call."), self))
            self.heading.hide()
            self.others_button.hide()
        self._list.addWidget(self.heading)
        self._list.addWidget(self.others_button)
        self._all = [self._make_row(q) for q in self._questions]
        self.show_for("")

    def _make_row(self, question: Question) -> AnsweredRow:
        widget = QWidget(self)
        widget.hide()
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        text = question.text
        if question.ask_whom:
            text = translate("AnswersChecklist", "{question}  (ask {whom})").format(
                question=text, whom=one_line(question.ask_whom, 40))
        about = self._about.get(question.id or 0, "")
        if about:  # "What exactly is missing?" means little without what it is about
            text += "\n      " + translate("AnswersChecklist", "about: {what}").format(
                what=one_line(about, 80))
        asked = plain_label(text, widget)
        box = QCheckBox(translate("AnswersChecklist", "Answered:"), widget)
        box.setAccessibleName(translate("AnswersChecklist", "Answered: {question}").format(
            question=question.text))
        box.setToolTip(translate("AnswersChecklist", "Tick it if they answered this question on "
                                                     "this call"))
        answer = QLineEdit(widget)
        answer.setPlaceholderText(translate("AnswersChecklist", "Their answer"))
        answer.setAccessibleName(translate("AnswersChecklist", "Answer to: {question}").format(
            question=question.text))
        answer.setEnabled(False)
        box.toggled.connect(answer.setEnabled)
        asked.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        LabelTicks(asked, box)  # a click on the question ticks it too
        line = QHBoxLayout()
        line.setContentsMargins(16, 0, 0, 0)
        line.addWidget(box)
        line.addWidget(answer, 1)
        column.addWidget(asked)
        column.addLayout(line)
        return AnsweredRow(question, box, answer, asked, widget)

    # ------------------------------------------------------------------ following the typing
    def show_for(self, organization: str) -> None:
        """Put the questions for ``organization`` first, and the others under the fold."""
        split = questions_for_organization(self._questions, organization)
        self.split = split
        self.heading.setText(split.heading)
        self.others_button.setText(split.others_heading)
        by_id = {id(row.question): row for row in self._all}
        mine = [by_id[id(q)] for q in split.for_them]
        others = [by_id[id(q)] for q in split.others]
        if [r.question for r in self.rows] != [r.question for r in mine + others]:
            for row in self._all:
                self._list.removeWidget(row.widget)
            place = self._list.indexOf(self.heading) + 1
            for row in mine:
                self._list.insertWidget(place, row.widget)
                place += 1
            place = self._list.indexOf(self.others_button) + 1
            for row in others:
                self._list.insertWidget(place, row.widget)
                place += 1
            self.rows = mine + others
        self.others_button.setVisible(bool(others))
        self._show_rows()

    def _show_rows(self) -> None:
        shown = self.others_button.isChecked()
        for row in self.mine():
            row.widget.setVisible(True)
        for row in self.others():
            row.widget.setVisible(shown)

    def others_shown(self) -> bool:
        return self.others_button.isChecked()

    def show_others(self, shown: bool = True) -> None:
        self.others_button.setChecked(shown)

    def _on_others_button_toggled(self, shown: bool) -> None:
        self._show_rows()
        self.others_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                        else Qt.ArrowType.RightArrow)

    # ------------------------------------------------------------------ reading
    def mine(self) -> list[AnsweredRow]:
        return self.rows[:len(self.split.for_them)]

    def others(self) -> list[AnsweredRow]:
        return self.rows[len(self.split.for_them):]

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [w for row in self.mine() for w in (row.box, row.answer)]
        chain.append(self.others_button)
        chain += [w for row in self.others() for w in (row.box, row.answer)]
        return chain

    def answers(self) -> list[Answer]:
        """The ticked questions' answers; an ``InputError`` if one was ticked but left blank."""
        found: list[Answer] = []
        for row in self.rows:
            if not row.box.isChecked() or row.question.id is None:
                continue
            text = row.answer.text().strip()
            if not text:
                if row in self.others():
                    self.show_others()
                row.answer.setFocus()
                raise InputError(translate("AnswersChecklist",
                                           "Type the answer to “{question}”, or untick it.").format(
                    question=one_line(row.question.text, 60)))
            found.append(Answer(row.question.id, text, row.question.version))
        return found

    def state(self) -> tuple[tuple[bool, str], ...]:
        return tuple((row.box.isChecked(), row.answer.text()) for row in self._all)
