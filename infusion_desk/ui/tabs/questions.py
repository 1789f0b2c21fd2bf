"""*Questions to ask*: what to ask on the next call, and the answers once given — open questions
first. The selected question is shown in full beside the list, with the call it was answered on.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QCursor, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core import rules
from infusion_desk.core.dates import format_day, format_when
from infusion_desk.core.records import (
    Call,
    Question,
    QuestionStatus,
    Record,
    RecordKind,
    Request,
    Step,
)
from infusion_desk.core.short_dates import format_day_short
from infusion_desk.core.text import one_line
from infusion_desk.services import Change
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.question_dialogs import (
    STUCK_BUTTON,
    STUCK_TIP,
    AnswerDialog,
    QuestionDialog,
    StuckQuestionsDialog,
    question_what,
)
from infusion_desk.ui.editing import editing
from infusion_desk.ui.models.table import Column, RecordFilterProxy, RecordTableModel
from infusion_desk.ui.widgets.detail_pane import apart, delete_button
from infusion_desk.ui.widgets.forms import heading, plain_label
from infusion_desk.ui.widgets.proxy_selection import ProxySelection, open_form
from infusion_desk.ui.widgets.subtitle_delegate import SubtitleDelegate
from infusion_desk.ui.widgets.table_fit import ColumnFitter, Fit

WATCHED = frozenset({RecordKind.QUESTION, RecordKind.REQUEST, RecordKind.STEP, RecordKind.CALL})
QuestionFormT = TypeVar("QuestionFormT", QuestionDialog, AnswerDialog)  # the forms this tab opens
REFERENCE_TIP = "The number the person on the phone gives you, so the call can be found again."
STATUS_TIP = ("Open: still to ask. Answered: you wrote down the answer. "
              "No longer needed: you do not need to ask it any more.")
NOT_NEEDED_TIP = "Keeps it in the list as not needed"
QUESTION, ASK_WHOM, STATUS, ANSWER, ANSWERED_ON = range(5)


def plain_tip(text: str) -> str:
    """A tooltip that shows typed text literally (Qt would take ``<b>`` in it for markup)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""


def quiet_brush() -> QBrush:
    return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))


def value_label() -> QLabel:
    label = plain_label("")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


@dataclass(frozen=True)
class QuestionRow:
    """One question, with the request or step it is about and the call it was answered on."""

    question: Question
    position: int  # place in the reading order: open first
    about: Request | Step | None
    call: Call | None

    @property
    def id(self) -> int | None:
        return self.question.id

    @property
    def about_text(self) -> str:
        if isinstance(self.about, Request):
            return f"The request: {self.about.what}"
        if isinstance(self.about, Step):
            return f"The step: {self.about.display_title}"
        return ""

    @property
    def about_line(self) -> str:
        """The grey line under the question in the list: ``about: extension request``."""
        if isinstance(self.about, Request):
            return f"about: {one_line(self.about.what, 80)}"
        if isinstance(self.about, Step):
            return f"about: {one_line(self.about.display_title, 80)}"
        return ""


def build_rows(questions: Sequence[Question], requests: Sequence[Request],
               steps: Sequence[Step], calls: Sequence[Call]) -> list[QuestionRow]:
    by_request = {r.id: r for r in requests}
    by_step = {s.id: s for s in steps}
    by_call = {c.id: c for c in calls}
    rows = []
    for position, question in enumerate(sorted(questions, key=rules.question_order_key)):
        about: Request | Step | None = None
        if question.request_id is not None:
            about = by_request.get(question.request_id)
        elif question.step_id is not None:
            about = by_step.get(question.step_id)
        call = by_call.get(question.answered_call_id) if question.answered_call_id else None
        rows.append(QuestionRow(question, position, about, call))
    return rows


def status_icon(status: QuestionStatus) -> QIcon | None:
    style = QApplication.style()
    if status is QuestionStatus.OPEN:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
    if status is QuestionStatus.ANSWERED:
        return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
    return None


def question_columns(today: Callable[[], date]) -> list[Column]:
    def quiet(row: QuestionRow) -> QBrush | None:
        return quiet_brush() if row.question.status is QuestionStatus.NOT_NEEDED else None

    def question_tip(row: QuestionRow) -> str:
        about = f"\n{row.about_text}" if row.about_text else ""
        return plain_tip(row.question.text + about)

    return [
        Column("Question", lambda r: r.question.text, sort_key=lambda r: r.position,
               tooltip=question_tip, foreground=quiet),
        Column("Ask whom", lambda r: r.question.ask_whom,
               tooltip=lambda r: plain_tip(r.question.ask_whom), foreground=quiet),
        Column("Status", lambda r: r.question.status.label,
               sort_key=lambda r: rules.question_order_key(r.question)[0],
               icon=lambda r: status_icon(r.question.status), foreground=quiet,
               bold=lambda r: r.question.status is QuestionStatus.OPEN,
               header_tooltip=STATUS_TIP),
        Column("Answer", lambda r: r.question.answer,
               tooltip=lambda r: plain_tip(r.question.answer), foreground=quiet),
        Column("Answered on", lambda r: format_day_short(r.question.answered_on, today()),
               sort_key=lambda r: str(r.question.answered_on or ""), foreground=quiet),
    ]


def link_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A button that looks like a link: it opens another record."""
    button = QPushButton(text, parent)
    button.setObjectName("recordLink")
    button.setFlat(True)
    button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
    button.setStyleSheet("QPushButton#recordLink { color: palette(link); text-decoration: "
                         "underline; border: none; padding: 2px 0; text-align: left; }")
    return button


class QuestionDetails(QWidget):
    """The selected question in full: the answer, and the call it was answered on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: QuestionRow | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 0, 0, 0)
        self.placeholder = plain_label("Pick a question in the list to see it in full here.")
        self.placeholder.setEnabled(False)
        outer.addWidget(self.placeholder)

        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = heading("", self.body)
        self.title.setAccessibleName("The question")
        layout.addWidget(self.title)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status, self.ask_whom, self.about, self.answer, self.answered_on = (
            value_label() for _ in range(5))
        self.status.setAccessibleName("Status")
        self.form.addRow("Status:", self.status)
        self.form.addRow("Ask whom:", self.ask_whom)
        self.form.addRow("About:", self.about)
        self.form.addRow("Answer:", self.answer)
        self.form.addRow("Answered on:", self.answered_on)
        layout.addLayout(self.form)
        self.about_button = link_button("Show it", self.body)
        self.about_button.setAccessibleName("Open what this question is about")
        layout.addLayout(button_row(self.about_button))

        self.call_box = QWidget(self.body)
        call_layout = QVBoxLayout(self.call_box)
        call_layout.setContentsMargins(0, 4, 0, 0)
        call_layout.addWidget(heading("Answered on a call", self.call_box, scale=1.05))
        self.call_text = plain_label("", self.call_box)
        self.call_text.setAccessibleName("The call it was answered on")
        self.call_reference = plain_label("", self.call_box)
        self.call_reference.setToolTip(REFERENCE_TIP)
        self.call_button = link_button("Open this call", self.call_box)
        self.call_button.setToolTip("Show this call on the Calls tab.")
        call_layout.addWidget(self.call_text)
        call_layout.addWidget(self.call_reference)
        call_layout.addLayout(button_row(self.call_button))
        layout.addWidget(self.call_box)

        layout.addSpacing(8)
        self.answer_button = editing(QPushButton("Answer…", self.body))
        self.answer_button.setToolTip("Write down the answer you got.")
        self.not_needed_button = editing(QPushButton("No longer needed", self.body))
        layout.addLayout(button_row(self.answer_button, self.not_needed_button))
        self.edit_button = editing(QPushButton("Edit…", self.body))
        self.edit_button.setToolTip("Change the question, whom to ask, or what it is about.")
        layout.addLayout(button_row(self.edit_button))
        layout.addStretch(1)
        self.delete_button = editing(delete_button("Delete this question", self.body))
        layout.addLayout(apart(self.delete_button))
        outer.addWidget(self.body, 1)
        self.show_row(None)

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
        self.about_button.setText("Show this request" if isinstance(row.about, Request)
                                  else "Show this coverage step")
        self._put(self.answer, question.answer)
        self._put(self.answered_on, format_day(question.answered_on))

        call = row.call
        self.call_box.setVisible(call is not None)
        if call is not None:
            who = " — ".join(part for part in (call.organization, call.person) if part)
            self.call_text.setText(f"{format_when(call.called_at)}" + (f"\n{who}" if who else ""))
            self.call_reference.setText(f"Reference number: {call.reference_number}"
                                        if call.reference_number else "No reference number.")

        status = question.status
        self.answer_button.setText("Change the answer…" if status is QuestionStatus.ANSWERED
                                   else "Answer…")
        self.not_needed_button.setVisible(status is not QuestionStatus.ANSWERED)
        if status is QuestionStatus.NOT_NEEDED:
            self.not_needed_button.setText("Still needed")
            self.not_needed_button.setToolTip("Put this question back on the list to ask.")
        else:
            self.not_needed_button.setText("No longer needed")
            self.not_needed_button.setToolTip(NOT_NEEDED_TIP)

    def _put(self, label: QLabel, text: str) -> None:
        label.setText(text)
        self.form.setRowVisible(label, bool(text))


class QuestionsTab(ProxySelection[QuestionRow], QWidget):
    """The questions to ask, the selected one beside the list, and the forms."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RecordTableModel(question_columns(ctx.today), self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.refresh()
        if self.proxy.rowCount():
            self._select_proxy_row(0)
        ctx.signals.records_changed.connect(self._on_records_changed)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        bar = QHBoxLayout()
        self.add_button = editing(QPushButton("Add a question…", self))
        self.add_button.setToolTip("Write down something to ask on your next call.")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.stuck_button = editing(QPushButton(STUCK_BUTTON, self))
        self.stuck_button.setToolTip(STUCK_TIP)
        self.stuck_button.clicked.connect(self._on_stuck_button_clicked)
        self.counts = plain_label("", self, wrap=False)
        self.counts.setAccessibleName("How many questions are open and answered")
        bar.addWidget(self.add_button)
        bar.addWidget(self.stuck_button)
        bar.addStretch(1)
        bar.addWidget(self.counts)
        outer.addLayout(bar)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Questions to ask")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # The question (two lines, and what it is about in grey) takes the room left; the answer
        # columns go first when room is short — the details beside the list show them.
        self.about_delegate = SubtitleDelegate(lambda r: r.about_line, self.table)
        self.table.setItemDelegateForColumn(QUESTION, self.about_delegate)
        self.fitter = ColumnFitter(self.table, QUESTION, [
            Fit(ASK_WHOM, chars=15, min_chars=8),
            Fit(STATUS, sample="Answered", icon=True, min_chars=7),
            Fit(ANSWER, chars=20, min_chars=14, hide_rank=2),
            Fit(ANSWERED_ON, sample="Wed Sep 30", keep=True, hide_rank=1),
        ], lines=3, stretch_chars=26, stretch_share=0.45)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(
            self._on_selection_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self._on_table_double_clicked,
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_label = plain_label(
            "No questions yet. Write down what you want to ask on your next call, so nothing "
            "is forgotten — and the answer has a place to go.", empty)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = editing(QPushButton("Add a question", empty))
        self.empty_button.clicked.connect(self._on_add_button_clicked)
        self.empty_stuck_button = editing(QPushButton(STUCK_BUTTON, empty))
        self.empty_stuck_button.setToolTip(STUCK_TIP)
        self.empty_stuck_button.clicked.connect(self._on_stuck_button_clicked)
        empty_layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.empty_stuck_button)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)

        self.details = QuestionDetails(self)
        self.details.answer_button.clicked.connect(self._on_answer_button_clicked)
        self.details.not_needed_button.clicked.connect(self.toggle_needed)
        self.details.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.details.delete_button.clicked.connect(self.delete_selected)
        self.details.call_button.clicked.connect(self._on_call_button_clicked)
        self.details.about_button.clicked.connect(self._on_about_button_clicked)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        scroll.setMinimumWidth(260)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)
        self._fit_to_font()

    def _fit_to_font(self) -> None:
        """The details pane gets about 40 characters of the font (at most two fifths)."""
        metrics = self.table.fontMetrics()
        total = sum(self.splitter.sizes())
        detail = max(320, metrics.averageCharWidth() * 40)
        if total:
            detail = min(detail, total * 2 // 5)
        self.splitter.setSizes([max(0, total - detail) or 1000, detail])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Reload the questions, keeping the selected one selected."""
        selected = self.selected_question()
        keep_row = self.table.currentIndex().row()
        folder = self.ctx.folder
        questions = folder.questions()
        call_ids = sorted({q.answered_call_id for q in questions if q.answered_call_id})
        calls = folder.get_many(Call, call_ids) if call_ids else []
        rows = build_rows(questions, folder.requests(), folder.steps(), calls)
        self.model.set_rows(rows)
        self.model.fetch_all()
        open_count = sum(1 for q in questions if q.status is QuestionStatus.OPEN)
        answered = sum(1 for q in questions if q.status is QuestionStatus.ANSWERED)
        self.counts.setText(f"{open_count} to ask, {answered} answered" if questions else "")
        self.stack.setCurrentIndex(0 if rows else 1)
        answered_any = any(q.answer or q.answered_on for q in questions)
        self.fitter.hide_columns(set() if answered_any else {ANSWER, ANSWERED_ON})
        self._reselect(selected, keep_row)

    def _on_records_changed(self, change: Change) -> None:
        if change.kinds & WATCHED:
            self.refresh()

    def selected_question(self) -> Question | None:
        row = self.selected_row()
        return row.question if row else None

    def _show_details(self) -> None:
        self.details.show_row(self.selected_row())

    # ------------------------------------------------------------------ selecting
    def show_record(self, record_id: int) -> None:
        """Select that question, scroll to it and show it in full."""
        self._select_id(record_id)

    # ------------------------------------------------------------------ actions
    def add_question(self) -> QuestionDialog:
        """Open the form for a new question; returns the (already opened) dialog."""
        return self._open(QuestionDialog(self.ctx, None, self))

    def edit_question(self) -> QuestionDialog | None:
        question = self.selected_question()
        if question is None:
            return None
        return self._open(QuestionDialog(self.ctx, question, self))

    def answer_question(self) -> AnswerDialog | None:
        """Open *Answer…* for the selected question; returns the (already opened) dialog."""
        question = self.selected_question()
        if question is None:
            return None
        return self._open(AnswerDialog(self.ctx, question, self))

    def add_stuck_questions(self) -> StuckQuestionsDialog:
        """Open the small form that adds the guide's three questions in one action."""
        question = self.selected_question()
        dialog = StuckQuestionsDialog(
            self.ctx, self,
            request_id=question.request_id if question else None,
            step_id=question.step_id if question else None,
        )
        return open_form(dialog, dialog.questions_added, self._on_dialog_questions_added)

    def _open(self, dialog: QuestionFormT) -> QuestionFormT:
        return open_form(dialog, dialog.question_saved, self._show_saved)

    def _on_dialog_questions_added(self, questions: list[Question]) -> None:
        if questions and questions[0].id is not None:
            self.show_record(questions[0].id)

    def toggle_needed(self) -> None:
        """*No longer needed* takes an open question off the list; *Still needed* puts it back."""
        question = self.selected_question()
        if question is None or question.status is QuestionStatus.ANSWERED:
            return
        status = (QuestionStatus.OPEN if question.status is QuestionStatus.NOT_NEEDED
                  else QuestionStatus.NOT_NEEDED)
        question_id = question.id or 0
        self.ctx.perform(lambda: self.ctx.folder.question_list.set_status(question_id, status),
                         self)

    def delete_selected(self) -> None:
        question = self.selected_question()
        if question is not None:
            self.ctx.trash(question, question_what(question), self)

    def _open_record(self, record: Record | None) -> None:
        if record is not None:
            self.ctx.open_record(record)

    def _on_call_button_clicked(self) -> None:
        row = self.selected_row()
        self._open_record(row.call if row else None)

    def _on_about_button_clicked(self) -> None:
        row = self.selected_row()
        self._open_record(row.about if row else None)

    def _on_add_button_clicked(self) -> None:
        self.add_question()

    def _on_stuck_button_clicked(self) -> None:
        self.add_stuck_questions()

    def _on_answer_button_clicked(self) -> None:
        self.answer_question()

    def _on_edit_button_clicked(self) -> None:
        self.edit_question()

    def _on_table_double_clicked(self, *_args: object) -> None:
        self.edit_question()

