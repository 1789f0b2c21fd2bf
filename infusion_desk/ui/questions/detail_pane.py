"""The selected question in full, beside the list: its answer, what it is about, and the call it
was answered on, with the buttons that answer, set aside, edit or delete it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from infusion_desk.core.dates import format_day, format_when
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import QuestionStatus, Request
from infusion_desk.ui.editing import editing
from infusion_desk.ui.questions.question_list import QuestionRow
from infusion_desk.ui.widgets.detail_pane import (
    apart,
    button_row,
    delete_button,
    placeholder_and_body,
)
from infusion_desk.ui.widgets.forms import heading, plain_label

MINIMUM_TARGET = 32  # px: a link is as easy to hit as a button


def value_label() -> QLabel:
    label = plain_label("")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def link_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A button that looks like a link: it opens another record."""
    button = QPushButton(text, parent)
    button.setObjectName("recordLink")
    button.setFlat(True)
    button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
    button.setStyleSheet("QPushButton#recordLink { color: palette(link); text-decoration: "
                         "underline; border: none; padding: 2px 0; text-align: left; }")
    button.setMinimumHeight(max(MINIMUM_TARGET, button.fontMetrics().height() + 8))
    return button


class QuestionDetails(QWidget):
    """The selected question in full: the answer, and the call it was answered on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: QuestionRow | None = None
        self.placeholder, self.body, layout = placeholder_and_body(
            self, translate("QuestionDetails",
                            "Pick a question in the list to see it in full here."))
        self._build_facts(layout)
        self._build_call_box(layout)
        layout.addSpacing(8)
        self._build_actions(layout)
        self.show_row(None)

    # ------------------------------------------------------------------ layout
    def _build_facts(self, layout: QVBoxLayout) -> None:
        """The question, its status, whom to ask, what it is about and its answer."""
        self.title = heading("", self.body)
        self.title.setAccessibleName(translate("QuestionDetails", "The question"))
        layout.addWidget(self.title)
        self.form = QFormLayout()
        # each caption above its value: the pane is narrow, and at large text a caption beside
        # its value left the value too little room (the pane was cut)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status, self.ask_whom, self.about, self.answer, self.answered_on = (
            value_label() for _ in range(5))
        self.status.setAccessibleName(translate("QuestionDetails", "Status"))
        self.form.addRow(translate("QuestionDetails", "Status:"), self.status)
        self.form.addRow(translate("QuestionDetails", "Ask whom:"), self.ask_whom)
        self.form.addRow(translate("QuestionDetails", "About:"), self.about)
        self.form.addRow(translate("QuestionDetails", "Answer:"), self.answer)
        self.form.addRow(translate("QuestionDetails", "Answered on:"), self.answered_on)
        layout.addLayout(self.form)
        self.about_button = link_button(translate("QuestionDetails", "Show &it"), self.body)
        self.about_button.setAccessibleName(translate("QuestionDetails",
                                                      "Open what this question is about"))
        layout.addLayout(button_row(self.about_button))

    def _build_call_box(self, layout: QVBoxLayout) -> None:
        """The call it was answered on, with a link to it."""
        self.call_box = QWidget(self.body)
        call_layout = QVBoxLayout(self.call_box)
        call_layout.setContentsMargins(0, 4, 0, 0)
        call_layout.addWidget(heading(translate("QuestionDetails",
                                                "Answered on a call"), self.call_box, scale=1.05))
        self.call_text = plain_label("", self.call_box)
        self.call_text.setAccessibleName(translate("QuestionDetails",
                                                   "The call it was answered on"))
        self.call_reference = plain_label("", self.call_box)
        self.call_reference.setToolTip(translate(
            "QuestionDetails", "The number the person on the phone gives you, so the call can be "
                               "found again."))
        self.call_button = link_button(translate("QuestionDetails",
                                                 "&Open this call"), self.call_box)
        self.call_button.setToolTip(translate("QuestionDetails",
                                              "Show this call on the Calls tab."))
        call_layout.addWidget(self.call_text)
        call_layout.addWidget(self.call_reference)
        call_layout.addLayout(button_row(self.call_button))
        layout.addWidget(self.call_box)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        self.answer_button = editing(QPushButton(translate("QuestionDetails",
                                                           "Ans&wer…"), self.body))
        self.answer_button.setToolTip(translate("QuestionDetails",
                                                "Write down the answer you got."))
        self.not_needed_button = editing(QPushButton(translate("QuestionDetails",
                                                               "&No longer needed"), self.body))
        layout.addLayout(button_row(self.answer_button))  # one a row: large text never
        layout.addLayout(button_row(self.not_needed_button))  # makes the pane scroll sideways
        self.edit_button = editing(QPushButton(translate("QuestionDetails", "Ed&it…"), self.body))
        self.edit_button.setToolTip(translate("QuestionDetails",
                                        "Change the question, whom to ask, or what it is about."))
        layout.addLayout(button_row(self.edit_button))
        layout.addStretch(1)
        self.delete_button = editing(delete_button(translate("QuestionDetails",
                                                             "Dele&te this question"), self.body))
        self.delete_button.setAccessibleName(self.delete_button.text().replace("&", ""))
        layout.addLayout(apart(self.delete_button))

    # ------------------------------------------------------------------ filling
    def show_row(self, row: QuestionRow | None) -> None:
        self.row = row
        self.placeholder.setVisible(row is None)
        self.body.setVisible(row is not None)
        if row is None:
            return
        question = row.question
        self.title.setText(question.text)
        self._put(self.status, question.status.label)
        self._put(self.ask_whom, question.ask_whom)
        self._put(self.about, row.about_text)
        self.about_button.setVisible(row.about is not None)
        self.about_button.setText(translate("QuestionDetails",
                                            "Show this &request") if isinstance(row.about, Request)
                                  else translate("QuestionDetails", "Show this coverage ste&p"))
        self._put(self.answer, question.answer)
        self._put(self.answered_on, format_day(question.answered_on))

        call = row.call
        self.call_box.setVisible(call is not None)
        if call is not None:
            who = " — ".join(part for part in (call.organization, call.person) if part)
            self.call_text.setText(format_when(call.called_at) + (f"\n{who}" if who else ""))
            self.call_reference.setText(translate("QuestionDetails",
                                                  "Reference number: {number}").format(
                number=call.reference_number)
                                        if call.reference_number else translate("QuestionDetails",
                                        "No reference number."))

        status = question.status
        self.answer_button.setText(translate("QuestionDetails",
                                       "Change the ans&wer…") if status is QuestionStatus.ANSWERED
                                   else translate("QuestionDetails", "Ans&wer…"))
        self.not_needed_button.setVisible(status is not QuestionStatus.ANSWERED)
        if status is QuestionStatus.NOT_NEEDED:
            self.not_needed_button.setText(translate("QuestionDetails", "Still &needed"))
            self.not_needed_button.setToolTip(translate("QuestionDetails",
                                        "Put this question back on the list to ask."))
        else:
            self.not_needed_button.setText(translate("QuestionDetails", "&No longer needed"))
            self.not_needed_button.setToolTip(translate(
                "QuestionDetails", "Keeps it in the list as not needed"))

    def _put(self, label: QLabel, text: str) -> None:
        label.setText(text)
        self.form.setRowVisible(label, bool(text))
