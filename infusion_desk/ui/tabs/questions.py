"""*Questions to ask*: what to ask on the next call, and the answers once given — open questions
first. The selected question is shown in full beside the list, with the call it was answered on.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QWidget,
)

from infusion_desk.core.counts import question_counts
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Call, Question, QuestionStatus, Record, RecordKind, Request
from infusion_desk.services import Change
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.question_dialogs import (
    AnswerDialog,
    QuestionDialog,
    StuckQuestionsDialog,
    question_what,
    stuck_button_text,
    stuck_tip,
)
from infusion_desk.ui.editing import editing
from infusion_desk.ui.models.table import RecordFilterProxy, RecordTableModel
from infusion_desk.ui.questions.detail_pane import QuestionDetails
from infusion_desk.ui.questions.question_list import (
    ANSWER,
    ANSWERED_ON,
    ASK_WHOM,
    QUESTION,
    STATUS,
    QuestionRow,
    build_rows,
    question_columns,
)
from infusion_desk.ui.widgets.empty_state import EmptyState
from infusion_desk.ui.widgets.forms import plain_label
from infusion_desk.ui.widgets.proxy_selection import ProxySelection, open_form
from infusion_desk.ui.widgets.shortcuts import widget_shortcut
from infusion_desk.ui.widgets.subtitle_delegate import SubtitleDelegate
from infusion_desk.ui.widgets.tab_page import list_beside_details, page_layout
from infusion_desk.ui.widgets.table_fit import ColumnFitter, Fit

WATCHED = frozenset({RecordKind.QUESTION, RecordKind.REQUEST, RecordKind.STEP, RecordKind.CALL})
QuestionFormT = TypeVar("QuestionFormT", QuestionDialog, AnswerDialog)  # the forms this tab opens


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
        outer = page_layout(self)
        outer.addLayout(self._build_top_bar())
        self._build_table()
        self._build_empty_page()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.details = QuestionDetails(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        self.details_scroll = scroll
        scroll.setMinimumWidth(260)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
        self.splitter = list_beside_details(self.stack, scroll, self)
        outer.addWidget(self.splitter, 1)
        self._connect_signals()
        self._fit_to_font()

    def _build_top_bar(self) -> QHBoxLayout:
        """Add a question, add the three for when you're stuck, and how many are open."""
        bar = QHBoxLayout()
        self.add_button = editing(QPushButton(translate("QuestionsTab", "&Add a question…"), self))
        self.add_button.setToolTip(translate("QuestionsTab",
                                             "Write down something to ask on your next call."))
        self.stuck_button = editing(QPushButton(stuck_button_text(), self))
        self.stuck_button.setToolTip(stuck_tip())
        self.counts = plain_label("", self)  # takes the room left, on two lines if need be
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counts.setAccessibleName(translate("QuestionsTab",
                                                "How many questions are open and answered"))
        bar.addWidget(self.add_button)
        bar.addWidget(self.stuck_button)
        bar.addWidget(self.counts, 1)
        return bar

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("QuestionsTab", "Questions to ask"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("QuestionsTab", "Columns of the list (click to sort)"))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # The question (two lines, and what it is about in grey) takes the room left; the answer
        # columns go first when room is short, then whom to ask — the details beside the list
        # show them; the question and its status (in words) always stay.
        self.about_delegate = SubtitleDelegate(lambda r: r.about_line, self.table)
        self.table.setItemDelegateForColumn(QUESTION, self.about_delegate)
        self.fitter = ColumnFitter(self.table, QUESTION, [
            Fit(ASK_WHOM, chars=15, min_chars=8, hide_rank=3),
            Fit(STATUS, sample="Answered", icon=True, min_chars=7),
            Fit(ANSWER, chars=20, min_chars=14, hide_rank=2),
            Fit(ANSWERED_ON, sample="Wed Sep 30", keep=True, hide_rank=1),
        ], lines=3, stretch_chars=26, stretch_share=0.45)

    def _build_empty_page(self) -> None:
        """What shows instead of an empty list: both ways to add."""
        self.empty = EmptyState("", translate(
            "QuestionsTab", "No questions yet. Write down what you want to ask on your next call, "
                            "so nothing is forgotten — and the answer has a place to go."),
            translate("QuestionsTab", "&Add a question"), self)
        self.empty_label, self.empty_button = self.empty.explain, editing(self.empty.button)
        self.empty_stuck_button = editing(self.empty.add_button(stuck_button_text()))
        self.empty_stuck_button.setToolTip(stuck_tip())

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.stuck_button.clicked.connect(self._on_stuck_button_clicked)
        self.empty_button.clicked.connect(self._on_add_button_clicked)
        self.empty_stuck_button.clicked.connect(self._on_stuck_button_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(
            self._on_selection_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            widget_shortcut(key, self.table, self._on_table_double_clicked)
        widget_shortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self.details.answer_button.clicked.connect(self._on_answer_button_clicked)
        self.details.not_needed_button.clicked.connect(self.toggle_needed)
        self.details.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.details.delete_button.clicked.connect(self.delete_selected)
        self.details.call_button.clicked.connect(self._on_call_button_clicked)
        self.details.about_button.clicked.connect(self._on_about_button_clicked)

    def _fit_to_font(self) -> None:
        """The details pane gets about 40 characters of the font (at most two fifths)."""
        metrics = self.table.fontMetrics()
        total = sum(self.splitter.sizes())
        detail = max(320, metrics.averageCharWidth() * 40)
        # never narrower than about 34 characters: large text wraps there instead of being cut
        self.details_scroll.setMinimumWidth(min(520, max(260, metrics.averageCharWidth() * 34)))
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
        request_ids = sorted({q.request_id for q in questions if q.request_id})  # (not all)
        requests = folder.get_many(Request, request_ids) if request_ids else []
        rows = build_rows(questions, requests, folder.steps(), calls)
        self.model.set_rows(rows)
        self.model.fetch_all()
        self.counts.setText(question_counts(questions).words)
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
        question_id, seen = question.id or 0, question.version
        self.ctx.perform(lambda: self.ctx.folder.question_list.set_status(
            question_id, status, version=seen), self)

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

