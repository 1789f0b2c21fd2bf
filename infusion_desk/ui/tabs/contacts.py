"""The *People to call* tab: who to call, their number and hours, and what they need from us."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.dates import format_when
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Contact, RecordKind
from infusion_desk.core.text import fold, one_line
from infusion_desk.services import Change
from infusion_desk.ui.calls.enter_opens import EnterOpens
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.contact_dialogs import ContactDialog, contact_what, needs_tip
from infusion_desk.ui.editing import editing
from infusion_desk.ui.models.table import Column, RecordFilterProxy, RecordTableModel
from infusion_desk.ui.widgets.detail_pane import DetailPane, wrap_policy
from infusion_desk.ui.widgets.empty_state import EmptyState
from infusion_desk.ui.widgets.forms import heading, plain_label, plain_tip
from infusion_desk.ui.widgets.proxy_selection import open_form
from infusion_desk.ui.widgets.tab_page import intro_bar, list_beside_details, page_layout
from infusion_desk.ui.widgets.table_fit import ColumnFitter, Fit

COL_NAME, COL_ROLE, COL_ORGANIZATION, COL_PHONE, COL_HOURS, COL_NEEDS = range(6)
LAST_CALLS = 5


def empty_text() -> str:
    return translate("ContactsTab", "No people saved yet — Add a person")


def _columns() -> list[Column]:
    def by_text(value: str) -> tuple[bool, str]:
        return (not value.strip(), fold(value))  # empty cells last

    return [
        Column(translate("ContactsTab", "Name"), lambda c: c.name, bold=lambda _c: True,
               sort_key=lambda c: by_text(c.name), tooltip=lambda c: plain_tip(c.name)),
        Column(translate("ContactsTab", "Role"), lambda c: c.role,
               sort_key=lambda c: by_text(c.role)),
        Column(translate("ContactsTab", "Organization"), lambda c: c.organization,
               tooltip=lambda c: plain_tip(c.organization),
               sort_key=lambda c: (*by_text(c.organization), fold(c.name))),
        Column(translate("ContactsTab", "Phone"), lambda c: c.phone),
        Column(translate("ContactsTab", "Hours"), lambda c: c.hours,
               tooltip=lambda c: plain_tip(c.hours)),
        Column(translate("ContactsTab", "What they need from us", "column header"),
               lambda c: one_line(c.needs_from_us, 160),
               header_tooltip=needs_tip(), tooltip=lambda c: plain_tip(c.needs_from_us)),
    ]


class ContactsTab(QWidget):
    """Master–detail list of the people to call.

    *Log a call with this person…* emits :attr:`log_call_requested` with the contact's id; the
    window connects it to ``CallsTab.log_call_with_contact``.
    """

    log_call_requested = Signal(int)  # contact id

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RecordTableModel(_columns(), self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.add_button = editing(QPushButton(translate("ContactsTab", "&Add a person…"), self))
        self.add_button.setToolTip(translate("ContactsTab", "Save someone you call: their number, "
                                                            "hours and what they need from us"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.table = self._make_view()
        self.details = ContactDetails(ctx, self)
        self.details.edit_clicked.connect(self._on_details_edit_clicked)
        self.details.log_call_clicked.connect(self.log_call_with_selected)

        splitter = list_beside_details(self.table, self.details, self, shares=(5, 2))
        splitter.setSizes([960, 380])

        self.empty = EmptyState(
            empty_text(), translate("ContactsTab", "Everyone you deal with goes here — the plan, "
                                                   "the pharmacy, the doctor's office — with "
                                                   "their number, their hours and what they need "
                                                   "from us."),
            translate("ContactsTab", "&Add a person…"), self)
        self.empty_label, self.empty_button = self.empty.label, editing(self.empty.button)
        self.empty_button.clicked.connect(self._on_add_button_clicked)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)

        layout = page_layout(self)
        layout.addLayout(intro_bar(translate("ContactsTab", "Who to call, their number and hours, "
                                                            "and what they need from us."),
                                   self.add_button, self))
        layout.addWidget(self.stack, 1)

        self.add_button.setEnabled(not ctx.read_only)
        self.empty_button.setEnabled(not ctx.read_only)
        ctx.signals.records_changed.connect(self._on_signals_records_changed)
        self.reload()

    # ------------------------------------------------------------------ the list
    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name keeps both ends
        view.setAccessibleName(translate("ContactsTab", "People to call"))
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setAccessibleName(translate("ContactsTab", "Columns of the list (click to sort)"))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        view.setSortingEnabled(True)
        # "What they need from us" takes the room left; when room is short the role goes first,
        # then the organization, then the hours (the details beside the list show them all).
        self.fitter = ColumnFitter(view, COL_NEEDS, [
            Fit(COL_NAME, chars=15, bold=True, min_chars=11),
            Fit(COL_ROLE, chars=14, min_chars=8, hide_rank=1),
            Fit(COL_ORGANIZATION, chars=15, min_chars=8, hide_rank=2),
            Fit(COL_PHONE, sample="(888) 555-0147", keep=True),
            Fit(COL_HOURS, chars=14, min_chars=8, hide_rank=3),
        ], lines=2, stretch_chars=22)
        view.sortByColumn(COL_ORGANIZATION, Qt.SortOrder.AscendingOrder)
        view.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        view.doubleClicked.connect(self._on_view_double_clicked)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._on_delete_shortcut_activated)
        EnterOpens(view, self.edit_selected)  # Enter opens the person, as a double click
        return view

    def reload(self) -> None:
        """Read the contacts again, keeping the selected one (or the row where it was)."""
        selected = self.selected_contact()
        old_row = self.table.currentIndex().row()
        self.model.set_rows(self.ctx.folder.contacts())
        self.model.fetch_all()
        self.stack.setCurrentIndex(1 if self.model.total_count else 0)
        row = self._proxy_row_of(selected.id) if selected is not None and selected.id else None
        if row is None and self.proxy.rowCount():
            row = min(max(old_row, 0), self.proxy.rowCount() - 1)
        if row is None:
            self.details.show_contact(None)
        else:
            self._select_row(row)

    def _proxy_row_of(self, record_id: int) -> int | None:
        source_row = self.model.row_of_id(record_id)
        if source_row is None:
            return None
        row = self.proxy.mapFromSource(self.model.index(source_row, 0)).row()
        return row if row >= 0 else None

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self.details.show_contact(self.proxy.row_object(row))

    def selected_contact(self) -> Contact | None:
        row = self.table.currentIndex().row()
        return self.proxy.row_object(row) if 0 <= row < self.proxy.rowCount() else None

    def show_record(self, record_id: int) -> None:
        """Select the contact, scroll to it and show its details."""
        row = self._proxy_row_of(record_id)
        if row is not None:
            self._select_row(row)

    def _on_selection_current_row_changed(self, _current: object, _previous: object) -> None:
        self.details.show_contact(self.selected_contact())

    def _on_signals_records_changed(self, change: Change) -> None:
        if RecordKind.CONTACT in change.kinds:
            self.reload()
        elif RecordKind.CALL in change.kinds:
            self.details.show_contact(self.selected_contact())

    def _on_view_double_clicked(self, _index: object) -> None:
        self.edit_selected()

    def _on_delete_shortcut_activated(self) -> None:
        self.details.delete_contact()

    # ------------------------------------------------------------------ forms
    def add_contact(self) -> ContactDialog:
        """Open the form for a new person and return it."""
        return self._open(ContactDialog(self.ctx, None, self))

    def edit_selected(self) -> ContactDialog | None:
        contact = self.selected_contact()
        if contact is None or self.ctx.read_only:
            return None
        return self._open(ContactDialog(self.ctx, contact, self))

    def _open(self, dialog: ContactDialog) -> ContactDialog:
        return open_form(dialog, dialog.contact_saved, self._on_dialog_contact_saved)

    def _on_dialog_contact_saved(self, contact: Contact) -> None:
        if contact.id is not None:
            self.show_record(contact.id)

    def log_call_with_selected(self) -> None:
        """Ask (through :attr:`log_call_requested`) to log a call with the selected person."""
        contact = self.selected_contact()
        if contact is not None and contact.id is not None and not self.ctx.read_only:
            self.log_call_requested.emit(contact.id)

    def _on_add_button_clicked(self) -> None:
        self.add_contact()

    def _on_details_edit_clicked(self) -> None:
        self.edit_selected()


class ContactDetails(DetailPane):
    """Everything about one person, read-only: what they need from us first, then how to reach
    them and the last calls; *Edit…*, *Log a call with this person…* and (apart) *Delete*."""

    edit_clicked = Signal()
    log_call_clicked = Signal()

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact: Contact | None = None
        self.edit_button = editing(QPushButton(translate("ContactsTab", "Ed&it…"), self))
        self.edit_button.setToolTip(translate("ContactsTab",
                                              "Change what is written down about this person"))
        self.log_call_button = editing(QPushButton(translate("ContactsTab",
                                        "Log a &call with this person…"), self))
        self.log_call_button.setToolTip(translate("ContactsTab",
                                        "Write down a call with them: their name, organization "
                                        "and phone are filled in for you"))
        self._lay_out(translate("ContactsTab", "Dele&te this person"), self.edit_button,
                      self.log_call_button)
        self.delete_button.setAccessibleName(self.delete_button.text().replace("&", ""))
        self.edit_button.clicked.connect(self.edit_clicked)
        self.log_call_button.clicked.connect(self.log_call_clicked)
        self.delete_button.clicked.connect(self.delete_contact)
        self.show_contact(None)

    def _refill(self) -> None:
        self.show_contact(self.contact)

    def show_contact(self, contact: Contact | None) -> None:
        self.contact = contact
        content = QWidget(self._scroll)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 4, 8, 8)
        column.setSpacing(8)
        writable = contact is not None and not self.ctx.read_only
        self.edit_button.setEnabled(writable)
        self.log_call_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        if contact is None:
            self.title.setText("")
            column.addWidget(plain_label(translate(
                "ContactsTab", "Choose a person in the list to see everything about them."),
                content))
        else:
            self.title.setText(contact.name)
            self._fill(column, contact, content)
        column.addStretch(1)
        self._scroll.setWidget(content)

    def _fill(self, column: QVBoxLayout, contact: Contact, parent: QWidget) -> None:
        who = ", ".join(part for part in (contact.role, contact.organization) if part)
        if who:
            subtitle = plain_label(who, parent)
            subtitle.setAccessibleName(translate("ContactsTab", "Role and organization"))
            column.addWidget(subtitle)
        if contact.needs_from_us:  # first and framed: "Call right away if…" must not be missed
            column.addWidget(_needs_box(contact.needs_from_us, parent))

        form = QFormLayout()
        self._wrap = wrap_policy(self)
        form.setRowWrapPolicy(self._wrap)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        column.addLayout(form)

        def row(label: str, value: str, tip: str = "", *, long: bool = False) -> None:
            shown = plain_label(value or "—", parent)
            if tip:
                shown.setToolTip(tip)
            if long:  # a caption above, the text across the whole pane
                caption = plain_label(label, parent)
                caption.setToolTip(tip)
                form.addRow(caption)
                shown.setContentsMargins(12, 0, 0, 4)
                form.addRow(shown)
            else:
                form.addRow(label, shown)

        if contact.notes:
            row(translate("ContactsTab", "Notes:"), contact.notes, long=True)
        row(translate("ContactsTab", "Phone:"), contact.phone)
        row(translate("ContactsTab", "Hours:"), contact.hours)
        row(translate("ContactsTab", "Fax:"), contact.fax)
        row(translate("ContactsTab", "Email:"), contact.email)
        row(translate("ContactsTab", "Role:"), contact.role)
        row(translate("ContactsTab", "Organization:"), contact.organization)
        if not contact.needs_from_us:
            row(translate("ContactsTab", "What they need from us:"), "", needs_tip())
        if not contact.notes:
            row(translate("ContactsTab", "Notes:"), "")
        column.addWidget(heading(translate("ContactsTab", "Last calls with this person"), parent,
                                 scale=1.05))
        calls = (self.ctx.folder.calls_with_contact(contact.id, limit=LAST_CALLS)
                 if contact.id is not None else [])
        if not calls:
            column.addWidget(plain_label(translate("ContactsTab",
                                                   "No calls logged with them yet."), parent))
        for call in calls:
            line = (translate("ContactsTab", "{when} — reference number {reference}").format(
                when=format_when(call.called_at), reference=call.reference_number)
                if call.reference_number else translate(
                    "ContactsTab", "{when} — no reference number written down").format(
                    when=format_when(call.called_at)))
            column.addWidget(plain_label(line, parent))

    def delete_contact(self) -> None:
        if self.contact is not None and not self.ctx.read_only:
            self.ctx.trash(self.contact, contact_what(self.contact), self)


def _needs_box(needs: str, parent: QWidget) -> QFrame:
    """*What they need from us*, framed and a little larger, at the top of the card."""
    box = QFrame(parent)
    box.setFrameShape(QFrame.Shape.StyledPanel)
    box.setAccessibleName(translate("ContactsTab", "What they need from us"))
    inner = QVBoxLayout(box)
    inner.setContentsMargins(10, 8, 10, 10)
    inner.setSpacing(4)
    caption = plain_label(translate("ContactsTab", "What they need from us"), box)
    font = caption.font()
    font.setBold(True)
    caption.setFont(font)
    caption.setToolTip(needs_tip())
    text = plain_label(needs, box)
    font = text.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    text.setFont(font)
    inner.addWidget(caption)
    inner.addWidget(text)
    return box
