"""The *Calls* tab: every call, newest first, with the whole call beside the list.

The list is fetched a page at a time as she scrolls, so a folder with 20,000 calls opens at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QWidget,
)

from infusion_desk.core.call_log import follow_up_overdue, follow_up_text, who_text
from infusion_desk.core.dates import format_when
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Call, Contact, RecordKind
from infusion_desk.core.rules import follow_up_due
from infusion_desk.core.short_dates import format_day_short, format_when_short
from infusion_desk.core.text import one_line
from infusion_desk.services import Change
from infusion_desk.ui.calls.enter_opens import EnterOpens
from infusion_desk.ui.calls.middle_elide import MiddleElideDelegate
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.call_sheet import LogCallDialog, reference_tip
from infusion_desk.ui.editing import editing
from infusion_desk.ui.models.table import Column, RecordTableModel
from infusion_desk.ui.widgets.brushes import warning_brush
from infusion_desk.ui.widgets.detail_pane import DetailPane, wrap_policy
from infusion_desk.ui.widgets.empty_state import EmptyState
from infusion_desk.ui.widgets.forms import heading, plain_label, plain_tip
from infusion_desk.ui.widgets.id_text import IdText
from infusion_desk.ui.widgets.proxy_selection import open_form
from infusion_desk.ui.widgets.tab_page import intro_bar, list_beside_details, page_layout
from infusion_desk.ui.widgets.table_fit import ColumnFitter, Fit

COL_WHEN, COL_WHO, COL_REFERENCE, COL_SAID, COL_FOLLOW_UP = range(5)


def empty_text() -> str:
    return translate("CallsTab", "No calls logged yet — Log a call (Ctrl+L)")


def said_text(call: Call) -> str:
    return one_line(call.summary or call.outcome, 160)


class CallsTab(QWidget):
    """Master–detail list of calls, with *Log a call…* one step away."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RecordTableModel(self._columns(), self)

        self.log_button = editing(QPushButton(translate("CallsTab", "&Log a call… (Ctrl+L)"), self))
        self.log_button.setToolTip(translate("CallsTab", "Write down a call while you are on the "
                                                         "phone: who, the reference number, what "
                                                         "was said and what happens next"))
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.table = self._make_view()
        self.details = CallDetails(ctx, self)
        self.details.edit_clicked.connect(self._on_details_edit_clicked)

        splitter = list_beside_details(self.table, self.details, self, shares=(5, 2))
        splitter.setSizes([960, 380])

        self.empty = EmptyState(
            empty_text(), translate("CallsTab", "Every call you make or take goes here: who you "
                                                "spoke with, the reference number they gave you, "
                                                "and what was said."), translate("CallsTab",
                                                                             "&Log a call…"), self)
        self.empty_label, self.empty_button = self.empty.label, editing(self.empty.button)
        self.empty_button.clicked.connect(self._on_log_button_clicked)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)

        layout = page_layout(self)
        layout.addLayout(intro_bar(translate("CallsTab", "Every call: who, when, the reference "
                                                         "number and what was said. Newest first."),
                                   self.log_button, self))
        layout.addWidget(self.stack, 1)

        self.log_button.setEnabled(not ctx.read_only)
        self.empty_button.setEnabled(not ctx.read_only)
        ctx.signals.records_changed.connect(self._on_signals_records_changed)
        self.reload()

    # ------------------------------------------------------------------ the list
    def _columns(self) -> list[Column]:
        today = self.ctx.today
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        red = warning_brush()

        def follow_up_icon(call: Call) -> QIcon | None:
            return warning if follow_up_due(call, today()) else None

        def short_day(day: date) -> str:
            return format_day_short(day, today())

        return [
            Column(translate("CallsTab", "When"), lambda c: format_when_short(c.called_at, today()),
                   sort_key=lambda c: c.called_at.isoformat() if c.called_at else "",
                   tooltip=lambda c: f"{format_when(c.called_at)}\n{c.direction.label}"),
            Column(translate("CallsTab", "Who"), who_text, tooltip=lambda c: plain_tip(
                f"{who_text(c)}\n{c.direction.label}" + (f", {c.phone}" if c.phone else ""))),
            Column(translate("CallsTab", "Reference\nnumber"), lambda c: c.reference_number,
                   header_tooltip=reference_tip(), tooltip=lambda c: plain_tip(
                       c.reference_number)),
            Column(translate("CallsTab", "What was said"), said_text,
                   tooltip=lambda c: plain_tip(c.summary or c.outcome)),
            Column(translate("CallsTab", "Follow-up"), lambda c: follow_up_text(c, today(),
                                                                                between="\n",
                                                         day_text=short_day),
                   icon=follow_up_icon, tooltip=lambda c: follow_up_text(c, today()),
                   bold=lambda c: follow_up_due(c, today()),
                   foreground=lambda c: red if follow_up_overdue(c, today()) else None),
        ]

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # who: the organization above the person, a long name cut in the middle (tooltip: all)
        view.setItemDelegateForColumn(COL_WHO, MiddleElideDelegate(
            lambda c: [c.organization, c.person], view))
        view.setAccessibleName(translate("CallsTab", "Calls, newest first"))
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setAccessibleName(translate("CallsTab", "Columns of the calls list"))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Two lines a row; who takes the room left, and the table never scrolls sideways. When
        # and the reference number say which call it is: they always stay. When room is short
        # (large text) what was said goes first, then the follow-up: the details show both.
        self.fitter = ColumnFitter(view, COL_WHO, [
            Fit(COL_WHEN, sample="Wed Sep 30, 12:55 PM", least="Wed Sep 30,"),
            Fit(COL_REFERENCE, sample="SPX-CD-118204", keep=True, one_line=True),
            Fit(COL_SAID, chars=30, min_chars=14, hide_rank=1),
            Fit(COL_FOLLOW_UP, sample=translate("CallsTab", "12 days overdue"), icon=True,
                bold=True, keep=True, hide_rank=2),
        ], lines=2, stretch_chars=14, stretch_share=0.2, stretch_comfort=0.25)
        view.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        view.doubleClicked.connect(self._on_view_double_clicked)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._delete_selected)
        EnterOpens(view, self.edit_selected)  # Enter opens the call, as a double click
        return view

    def reload(self) -> None:
        """Fetch the list again (first page, and as many pages as were shown), keeping the place."""
        selected = self.selected_call()
        old_row = self.table.currentIndex().row()
        shown = self.model.loaded_count
        folder, model = self.ctx.folder, self.model

        def page(offset: int, limit: int) -> list[Call]:
            # Each page starts after the last call shown (not at an offset SQLite would count
            # up to): as quick at the 20,000th call as at the first.
            return folder.calls(limit=limit, after=model.last_row() if offset else None)

        self.model.set_source(page, folder.count(Call))
        while self.model.loaded_count < shown and self.model.canFetchMore():
            self.model.fetchMore()
        self.stack.setCurrentIndex(1 if self.model.total_count else 0)
        row = None
        if selected is not None:
            row = next((n for n in range(self.model.rowCount())
                        if self.model.row_object(n).id == selected.id), None)
        if row is None and self.model.rowCount():
            row = min(max(old_row, 0), self.model.rowCount() - 1)
        if row is None:
            self.details.show_call(None)
        else:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self.details.show_call(self.model.row_object(row))

    def selected_call(self) -> Call | None:
        row = self.table.currentIndex().row()
        return self.model.row_object(row) if 0 <= row < self.model.rowCount() else None

    def show_record(self, record_id: int) -> None:
        """Select the call (fetching pages until it is there), scroll to it, show it."""
        row = self.model.row_of_id(record_id)
        if row is not None:
            self._select_row(row)

    def _on_selection_current_row_changed(self, _current: object, _previous: object) -> None:
        self.details.show_call(self.selected_call())

    def _on_signals_records_changed(self, change: Change) -> None:
        if RecordKind.CALL in change.kinds:
            self.reload()
        elif RecordKind.QUESTION in change.kinds:
            self.details.show_call(self.selected_call())

    def _on_view_double_clicked(self, _index: object) -> None:
        self.edit_selected()

    def _delete_selected(self) -> None:
        self.details.delete_call()

    # ------------------------------------------------------------------ forms
    def log_call(self) -> LogCallDialog:
        """Open *Log a call* (the window binds Ctrl+L here) and return the open form."""
        return self._open(LogCallDialog(self.ctx, self))

    def edit_selected(self) -> LogCallDialog | None:
        call = self.selected_call()
        if call is None or self.ctx.read_only:
            return None
        return self._open(LogCallDialog(self.ctx, self, call=call))

    def _open(self, dialog: LogCallDialog) -> LogCallDialog:
        return open_form(dialog, dialog.call_logged, self._on_dialog_call_logged)

    def _on_dialog_call_logged(self, call: Call) -> None:
        if call.id is not None:
            self.show_record(call.id)

    def log_call_with_contact(self, contact_id: int) -> LogCallDialog | None:
        """Open *Log a call* with this person (and their organization and phone) filled in.

        The window connects ``ContactsTab.log_call_requested`` here.
        """
        found = self.ctx.folder.get_many(Contact, [contact_id])
        if not found or self.ctx.read_only:
            return None
        contact = found[0]
        return self._open(LogCallDialog(self.ctx, self, contact=contact))

    def _on_log_button_clicked(self) -> None:
        self.log_call()

    def _on_details_edit_clicked(self) -> None:
        self.edit_selected()


class CallDetails(DetailPane):
    """Everything about one call, read-only, with Edit…, Follow-up done and (apart) Delete."""

    edit_clicked = Signal()

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.call: Call | None = None
        self.reference: IdText | None = None  # the call's reference number, with Copy
        self.edit_button = editing(QPushButton(translate("CallsTab", "Ed&it…"), self))
        self.edit_button.setToolTip(translate("CallsTab", "Change what is written down about this "
                                                          "call"))
        self.done_button = editing(QPushButton(translate("CallsTab", "Follow-up &done"), self))
        self.done_button.setToolTip(translate("CallsTab",
                                              "Mark the follow-up of this call as done"))
        self._lay_out(translate("CallsTab", "Dele&te this call"), self.edit_button,
                      self.done_button)
        self.delete_button.setAccessibleName(self.delete_button.text().replace("&", ""))
        self.edit_button.clicked.connect(self.edit_clicked)
        self.delete_button.clicked.connect(self.delete_call)
        self.done_button.clicked.connect(self.follow_up_done)
        self.show_call(None)

    def _refill(self) -> None:
        self.show_call(self.call)

    def show_call(self, call: Call | None) -> None:
        self.call = call
        self.reference = None
        content = QWidget(self._scroll)
        form = QFormLayout(content)
        form.setContentsMargins(0, 8, 8, 8)
        self._wrap = wrap_policy(self)
        form.setRowWrapPolicy(self._wrap)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        writable = call is not None and not self.ctx.read_only
        self.edit_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        self.done_button.setEnabled(
            writable and call is not None and call.follow_up_on is not None
            and not call.follow_up_done)
        if call is None:
            self.title.setText("")
            form.addRow(plain_label(translate("CallsTab", "Choose a call in the list to see "
                                                          "everything about it."),
                                    content))
        else:
            self.title.setText(who_text(call) or translate("CallsTab", "A call"))
            self._fill(form, call, content)
        self._scroll.setWidget(content)

    def _fill(self, form: QFormLayout, call: Call, parent: QWidget) -> None:
        today = self.ctx.today()

        def row(label: str, value: str, *, long: bool = False) -> None:
            shown = plain_label(value or "—", parent)
            if long:  # a caption above, the text across the whole pane
                form.addRow(plain_label(label, parent))
                shown.setContentsMargins(12, 0, 0, 4)
                form.addRow(shown)
            else:
                form.addRow(label, shown)

        row(translate("CallsTab", "When:"), format_when(call.called_at))
        row(translate("CallsTab", "Who called:"), call.direction.label)
        row(translate("CallsTab", "Organization:"), call.organization)
        row(translate("CallsTab", "Person:"), call.person)
        row(translate("CallsTab", "Phone:"), call.phone)
        reference = IdText(call.reference_number, parent, name=translate("CallsTab",
                                                                         "reference number"))
        reference.setToolTip(reference_tip())
        self.reference = reference
        form.addRow(translate("CallsTab", "Reference number:"), reference)
        row(translate("CallsTab", "What was said:"), call.summary, long=True)
        row(translate("CallsTab", "Outcome / what happens next:"), call.outcome, long=True)
        row(translate("CallsTab", "Follow-up:"), follow_up_text(call,
                                                                today) or translate("CallsTab",
                                                                                    "none"))
        answered = self.ctx.folder.questions_answered_on(call.id) if call.id else []
        form.addRow(heading(translate("CallsTab", "Questions answered on this call"), parent,
                            scale=1.05))
        if not answered:
            form.addRow(plain_label(translate("CallsTab", "None ticked on this call."), parent))
        for question in answered:
            asked = plain_label(f"• {question.text}", parent)
            font = asked.font()
            font.setBold(True)
            asked.setFont(font)
            form.addRow(asked)
            form.addRow(plain_label(f"   {question.answer}", parent))

    def delete_call(self) -> None:
        if self.call is not None and not self.ctx.read_only:
            who = who_text(self.call) or translate("CallsTab", "someone")
            self.ctx.trash(self.call, translate("CallsTab", "the call with {who}").format(who=who),
                           self)

    def follow_up_done(self) -> None:
        call = self.call
        if call is None or call.follow_up_on is None or call.follow_up_done:
            return
        call_id, seen = call.id or 0, call.version
        self.ctx.perform(lambda: self.ctx.folder.call_log.follow_up_done(
            call_id, version=seen), self)
