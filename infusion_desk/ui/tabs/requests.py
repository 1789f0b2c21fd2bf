"""*Requests*: the two-column ledger. It reads like the paper note in the caregiver's notebook —
what they asked for on the left, what we sent (and when) on the right; an empty right side stands
out. The selected request is shown in full beside the list.

The parts live in :mod:`infusion_desk.ui.requests`: the model (``ledger_model``), the group titles
over the columns (``column_band``), how the width is shared out (``column_fit``, applied by
``ledger_fitting``) and the detail pane (``detail_pane``). This module keeps the tab itself.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core import rules
from infusion_desk.core.counts import ledger_counts
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import RecordKind, Request
from infusion_desk.services import Change
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.question_dialogs import add_stuck_questions
from infusion_desk.ui.dialogs.request_dialogs import RequestDialog, SentDialog, request_what
from infusion_desk.ui.documents.ledger_drop import LedgerDrop
from infusion_desk.ui.editing import editing
from infusion_desk.ui.models.table import RecordFilterProxy
from infusion_desk.ui.requests.action_flow import ActionFlow
from infusion_desk.ui.requests.column_band import ColumnGroupBand, SideEdgeDelegate
from infusion_desk.ui.requests.column_fit import (
    LedgerFit,
)
from infusion_desk.ui.requests.detail_pane import DetailScroll, RequestDetails
from infusion_desk.ui.requests.ledger_filters import (
    empty_view_words,
    filter_buttons,
    label_filters,
)
from infusion_desk.ui.requests.ledger_fitting import LedgerFitting
from infusion_desk.ui.requests.ledger_model import (
    ASKED_ON,
    DUE_BY,
    PAPERS,
    SENT,
    SENT_ON,
    LedgerModel,
    LedgerRow,
    build_rows,
    ledger_columns,
)
from infusion_desk.ui.requests.ledger_table import ledger_table
from infusion_desk.ui.widgets.empty_state import EmptyState
from infusion_desk.ui.widgets.forms import big_target
from infusion_desk.ui.widgets.proxy_selection import ProxySelection, open_form
from infusion_desk.ui.widgets.shortcuts import widget_shortcut
from infusion_desk.ui.widgets.tab_page import list_beside_details, page_layout

WATCHED = frozenset({RecordKind.REQUEST, RecordKind.DOCUMENT, RecordKind.STEP})
RequestFormT = TypeVar("RequestFormT", RequestDialog, SentDialog)  # the forms this tab opens


# ---------------------------------------------------------------------- the tab
class RequestsTab(LedgerFitting, ProxySelection[LedgerRow], QWidget):
    """The request ledger with filters, the selected request beside it, and the forms."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = LedgerModel(ledger_columns(ctx.today), self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._view = "All"
        self._shown_for = ctx.today()
        self._counts: dict[str, int] = {}
        self.fit: LedgerFit | None = None
        self._fitting = False
        self._fitted: set[int] = set()  # the rows (of the proxy) whose height fits their words
        self._spans_from = -1  # the column the "not sent yet" stretches start at
        self._build()
        self.refresh()
        if self.proxy.rowCount():
            self._select_proxy_row(0)
        ctx.signals.records_changed.connect(self._on_records_changed)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = page_layout(self)
        outer.addLayout(self._build_top_bar())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_ledger())
        self.empty = EmptyState("", "", translate("RequestsTab", "Add a &request"), self)
        self.empty_label, self.empty_button = self.empty.explain, editing(self.empty.button)
        self.stack.addWidget(self.empty)
        self.details = RequestDetails(self)
        self.detail_scroll = DetailScroll(self.details, self)
        self.splitter = list_beside_details(self.stack, self.detail_scroll, self)
        outer.addWidget(self.splitter, 1)
        self._connect_signals()
        self._fit_to_font()
        self.setTabOrder(self.add_button, self.filter_buttons["All"])
        self.setTabOrder(self.filter_buttons["Sent"], self.table)
        # Files dropped on a row are added and noted as sent for that request; the logic and the
        # progress strip live in ui/documents/ledger_drop.py (issue 4).
        self.ledger_drop = LedgerDrop(self.ctx, self.table,
                                      lambda row: self.proxy.row_object(row).request,
                                      self.show_record, self,
                                      sent_another_day=self._mark_sent_another_day)
        outer.insertWidget(1, self.ledger_drop.progress_strip)

    def _build_top_bar(self) -> QHBoxLayout:
        """*Add a request…* on the left, the filters (with their counts) on the right."""
        bar = QHBoxLayout()
        self.add_button = editing(big_target(QPushButton(translate("RequestsTab",
                                                                   "Add a &request…"), self)))
        self.add_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.add_button.setToolTip(translate(
            "RequestsTab", "Write down something someone asked you for: a paper, a form, "
                           "a signature."))
        bar.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addSpacing(24)
        # The filters wrap onto a second line when the words are long or large, so the tab
        # never grows wider than the window.
        filters = QWidget(self)
        flow = ActionFlow(filters, right=True)
        flow.addWidget(QLabel(translate("RequestsTab", "Show:"), filters))
        self.filter_group, self.filter_buttons = filter_buttons(filters, flow)
        bar.addWidget(filters, 1)
        self._label_filters()
        return bar

    def _build_ledger(self) -> QWidget:
        """The table under the band that names its two sides."""
        self.table = ledger_table(self.proxy, self)
        self._edge = SideEdgeDelegate(self.table)
        for column in (SENT, SENT_ON):  # whichever starts the right side
            self.table.setItemDelegateForColumn(column, self._edge)
        self.band = ColumnGroupBand(self.table, [
            (translate("RequestsTab", "What they asked for"), ASKED_ON, DUE_BY,
             translate("RequestsTab", "The left side of the note: the request.")),
            (translate("RequestsTab", "What we sent"), SENT, PAPERS,
             translate("RequestsTab", "The right side of the note: what we sent, when, how "
                                      "and to whom.")),
        ], self)
        ledger = QWidget(self)
        ledger_layout = QVBoxLayout(ledger)
        ledger_layout.setContentsMargins(0, 0, 0, 0)
        ledger_layout.setSpacing(0)
        ledger_layout.addWidget(self.band)
        ledger_layout.addWidget(self.table, 1)
        return ledger

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.filter_group.buttonClicked.connect(self._on_filter_group_button_clicked)
        self.empty_button.clicked.connect(self._on_empty_button_clicked)
        self.table.viewport().installEventFilter(self)
        for signal in (self.proxy.layoutChanged, self.proxy.modelReset, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self._on_proxy_layout_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(
            self._on_selection_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            widget_shortcut(key, self.table, self._on_table_return)
        widget_shortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self.details.document_opened.connect(self.ctx.open_record)
        self.details.mark_sent_button.clicked.connect(self._on_mark_sent_button_clicked)
        self.details.received_button.clicked.connect(self.mark_received)
        self.details.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.details.delete_button.clicked.connect(self.delete_selected)
        self.details.stuck_button.clicked.connect(self.add_stuck_questions)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.ctx.today() != self._shown_for:  # a new day: open requests may be overdue now
            self.refresh()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Reload the ledger, keeping the selected request selected."""
        selected = self.selected_request()
        keep_row = self.table.currentIndex().row()
        today = self._shown_for = self.ctx.today()
        folder = self.ctx.folder
        requests = folder.requests()
        linked = sorted({d for r in requests for d in r.document_ids})
        documents = folder.documents_listed_by_id(linked) if linked else []
        rows = build_rows(requests, documents, folder.steps(), today)
        self.model.set_rows(rows)
        self.model.fetch_all()
        self._counts = ledger_counts(requests, today)
        self._label_filters()
        self._show_stack(len(rows))
        self._reselect(selected, keep_row)

    def _show_stack(self, total: int) -> None:
        visible = self.proxy.rowCount()
        if visible:
            self.stack.setCurrentIndex(0)
            return
        if total == 0:
            self.empty_label.setText(translate(
                "RequestsTab", "No requests yet. When someone asks you for a paper or a form, "
                               "write it down here."))
            self.empty_button.setText(translate("RequestsTab", "Add a &request"))
        else:
            self.empty_label.setText(empty_view_words(self._view))
            self.empty_button.setText(translate("RequestsTab", "&Show all requests"))
        self.stack.setCurrentIndex(1)

    def _on_records_changed(self, change: Change) -> None:
        if change.kinds & WATCHED:
            self.refresh()

    def selected_request(self) -> Request | None:
        row = self.selected_row()
        return row.request if row else None

    def _show_details(self) -> None:
        self.details.show_row(self.selected_row(), self.ctx.today())

    # ------------------------------------------------------------------ selecting
    def show_record(self, record_id: int) -> None:
        """Select that request (showing every request if the filter hides it) and show it."""
        if not self._select_id(record_id) and self._view != "All":
            self.set_view("All")
            self._select_id(record_id)

    # ------------------------------------------------------------------ filters
    def set_view(self, name: str) -> None:
        """Show all requests, or only the open, overdue or sent ones."""
        self._view = name
        self.filter_buttons[name].setChecked(True)
        self._label_filters()
        views = rules.LEDGER_VIEWS[name]
        self.proxy.set_predicate(None if name == "All" else lambda r: r.state in views)
        self._show_stack(self.model.total_count)
        if self.selected_row() is None:
            self._show_details()

    def _label_filters(self) -> None:
        label_filters(self.filter_buttons, self._counts, self.font())

    def _on_filter_group_button_clicked(self, button: QPushButton) -> None:
        for name, candidate in self.filter_buttons.items():
            if candidate is button:
                self.set_view(name)

    def _on_empty_button_clicked(self) -> None:
        if self.model.total_count == 0:
            self.add_request()
        else:
            self.set_view("All")

    # ------------------------------------------------------------------ actions
    def add_request(self) -> RequestDialog:
        """Open the form for a new request; returns the (already opened) dialog."""
        return self._open(RequestDialog(self.ctx, None, self))

    def edit_request(self) -> RequestDialog | None:
        request = self.selected_request()
        if request is None:
            return None
        return self._open(RequestDialog(self.ctx, request, self))

    def mark_sent(self) -> SentDialog | None:
        """Open *Mark as sent* for the selected request; returns the (already opened) dialog."""
        request = self.selected_request()
        if request is None:
            return None
        return self._open(SentDialog(self.ctx, request, parent=self))

    def _mark_sent_another_day(self, request_id: int) -> None:
        """Papers dropped on a row went out on another day: the Mark as sent form, for it."""
        self.show_record(request_id)
        self.mark_sent()

    def _open(self, dialog: RequestFormT) -> RequestFormT:
        return open_form(dialog, dialog.request_saved, self._show_saved)

    def mark_received(self) -> None:
        """They confirmed they have it: note today's date (undoable)."""
        request = self.selected_request()
        if request is None or request.submitted_on is None:
            return
        request_id, today, seen = request.id or 0, self.ctx.today(), request.version
        self.ctx.perform(lambda: self.ctx.folder.ledger.mark_received(
            request_id, on=today, version=seen), self)

    def delete_selected(self) -> None:
        request = self.selected_request()
        if request is not None:
            self.ctx.trash(request, request_what(request), self)

    def add_stuck_questions(self) -> None:
        """Add the guide's three questions about the selected request, to ask whoever asked."""
        request = self.selected_request()
        if request is None or request.id is None:
            return
        add_stuck_questions(self.ctx, ask_whom=request.requested_by, request_id=request.id,
                            parent=self)

    def _on_add_button_clicked(self) -> None:
        self.add_request()

    def _on_mark_sent_button_clicked(self) -> None:
        self.mark_sent()

    def _on_edit_button_clicked(self) -> None:
        self.edit_request()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_request()

    def _on_table_return(self) -> None:
        self.edit_request()

