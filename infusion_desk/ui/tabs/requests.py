"""*Requests*: the two-column ledger. It reads like the paper note in the caregiver's notebook —
what they asked for on the left, what we sent (and when) on the right; an empty right side stands
out. The selected request is shown in full beside the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core import rules
from infusion_desk.core.dates import format_day, format_short, relative_due, relative_past
from infusion_desk.core.records import Document, RecordKind, Request, RequestState, Step
from infusion_desk.core.text import one_line
from infusion_desk.services import Change
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.question_dialogs import STUCK_GUIDE, add_stuck_questions
from infusion_desk.ui.dialogs.request_dialogs import (
    CONFIRMATION_TIP,
    RequestDialog,
    SentDialog,
    plain_tip,
    request_what,
)
from infusion_desk.ui.models.table import Column, Index, RecordFilterProxy, RecordTableModel
from infusion_desk.ui.widgets.forms import heading, plain_label

NOT_SENT = "— not sent yet —"
VIEWS = tuple(rules.LEDGER_VIEWS)  # "All", "Open", "Overdue", "Sent"
VIEW_TIPS = {
    "All": "Every request, sent or not.",
    "Open": "Requests we have not sent yet, overdue ones included.",
    "Overdue": "Requests we have not sent yet whose due date has passed.",
    "Sent": "Requests we sent, including those they confirmed they received.",
}
STATE_TIP = ("Open: not sent yet. Overdue: not sent, and the due date has passed. "
             "Sent: we sent it. Confirmed received: they told us they have it.")
WATCHED = frozenset({RecordKind.REQUEST, RecordKind.DOCUMENT, RecordKind.STEP})

# Column numbers: the state, then the two sides of the paper note.
STATE, ASKED_ON, ASKED_BY, WHAT, DUE_BY, SENT_ON, HOW, TO_WHOM, CONFIRMATION, PAPERS = range(10)


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger, with what it derives from the rest of the folder."""

    request: Request
    state: RequestState
    position: int  # place in the ledger's reading order
    due_text: str  # "due in 3 days", "2 days overdue" ("" once sent)
    documents: tuple[Document, ...]
    step_title: str
    state_tip: str  # "2 days overdue", "Sent 3 days ago; not confirmed yet."

    @property
    def id(self) -> int | None:
        return self.request.id

    @property
    def sent(self) -> bool:
        return self.request.submitted_on is not None


def build_rows(requests: Sequence[Request], documents: Sequence[Document],
               steps: Sequence[Step], today: date) -> list[LedgerRow]:
    """The ledger in its reading order: overdue, then open by due date, then newest sent."""
    by_id = {d.id: d for d in documents}
    step_titles = {s.id: s.display_title for s in steps}
    ordered = sorted(requests, key=lambda r: rules.ledger_order_key(r, today))
    rows = []
    for position, request in enumerate(ordered):
        state = rules.request_state(request, today)
        waiting = state in (RequestState.OPEN, RequestState.OVERDUE)
        due_text = relative_due(request.due_on, today) if waiting else ""
        rows.append(LedgerRow(
            request=request,
            state=state,
            position=position,
            due_text=due_text,
            documents=tuple(by_id[d] for d in request.document_ids if d in by_id),
            step_title=step_titles.get(request.step_id, "") if request.step_id else "",
            state_tip=state_words(request, state, due_text, today),
        ))
    return rows


def state_words(request: Request, state: RequestState, due_text: str, today: date) -> str:
    """Where a request stands, in a sentence: "2 days overdue", "Sent yesterday; …"."""
    if due_text:
        return due_text[:1].upper() + due_text[1:]
    if state is RequestState.OPEN:
        return "Not sent yet; no due date."
    if state is RequestState.OVERDUE:
        return "Overdue."
    if state is RequestState.SENT:
        return f"Sent {relative_past(request.submitted_on, today)}; not confirmed yet."
    return f"They confirmed they have it ({relative_past(request.confirmed_on, today)})."


# ---------------------------------------------------------------------- looks
def warning_brush() -> QBrush:
    """Red that stays readable on a light or a dark palette (always with a word and an icon)."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QBrush(QColor("#ff8a80" if dark else "#b3261e"))


def quiet_brush() -> QBrush:
    return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))


def state_icon(state: RequestState) -> QIcon | None:
    style = QApplication.style()
    if state is RequestState.OVERDUE:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if state is RequestState.CONFIRMED:
        return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
    return None


def table_day(day: date | None, today: date) -> str:
    """A date as the ledger's narrow columns show it: ``Nov 3`` this year, else ``Nov 3, 2025``.
    The full date (with the weekday) is in the tooltip and beside the list."""
    if day is None:
        return ""
    return f"{day:%b} {day.day}" if day.year == today.year else format_short(day)


def _papers_text(row: LedgerRow) -> str:
    titles = [one_line(d.title or d.original_name or "Untitled", 40) for d in row.documents]
    if len(titles) <= 1:
        return titles[0] if titles else ""
    return f"{len(titles)}: " + ", ".join(titles)


def _papers_tooltip(row: LedgerRow) -> str:
    return plain_tip("\n".join(d.title or d.original_name or "Untitled" for d in row.documents))


def ledger_columns(clock: Callable[[], date]) -> list[Column]:
    def _date_text(day: date | None) -> str:
        return table_day(day, clock())

    def red_if_overdue(row: LedgerRow) -> QBrush | None:
        return warning_brush() if row.state is RequestState.OVERDUE else None

    def due_text(row: LedgerRow) -> str:
        day = _date_text(row.request.due_on)
        return f"{day}\n{row.due_text}" if day and row.due_text else day

    return [
        Column("Status", lambda r: r.state.label, sort_key=lambda r: r.position,
               tooltip=lambda r: r.state_tip, icon=lambda r: state_icon(r.state),
               foreground=red_if_overdue, bold=lambda r: r.state is RequestState.OVERDUE,
               header_tooltip=STATE_TIP),
        Column("Asked on", lambda r: _date_text(r.request.requested_on),
               sort_key=lambda r: str(r.request.requested_on or ""),
               tooltip=lambda r: format_day(r.request.requested_on),
               header_tooltip="What they asked for: the day they asked."),
        Column("Asked by", lambda r: r.request.requested_by,
               tooltip=lambda r: plain_tip(r.request.requested_by),
               header_tooltip="What they asked for: who asked."),
        Column("What", lambda r: r.request.what, tooltip=lambda r: plain_tip(r.request.what),
               header_tooltip="What they asked for."),
        Column("Due by", due_text, sort_key=lambda r: str(r.request.due_on or "9999"),
               tooltip=lambda r: format_day(r.request.due_on), foreground=red_if_overdue,
               header_tooltip="What they asked for: the day they need it by."),
        Column("Sent on", lambda r: _date_text(r.request.submitted_on) if r.sent else NOT_SENT,
               sort_key=lambda r: str(r.request.submitted_on or ""),
               tooltip=lambda r: (format_day(r.request.submitted_on) if r.sent
                                  else "Nothing sent yet. Use “Mark as sent…” when you send it."),
               foreground=lambda r: None if r.sent else quiet_brush(),
               header_tooltip="What we sent: the day we sent it."),
        Column("How", lambda r: r.request.method.label if r.request.method else "",
               header_tooltip="What we sent: how (fax, online portal, mail…)."),
        Column("To whom", lambda r: r.request.submitted_to,
               tooltip=lambda r: plain_tip(r.request.submitted_to),
               header_tooltip="What we sent: to whom."),
        Column("Confirmation number", lambda r: r.request.confirmation_number,
               tooltip=lambda r: plain_tip(r.request.confirmation_number),
               header_tooltip=CONFIRMATION_TIP),
        Column("Papers", _papers_text, sort_key=lambda r: len(r.documents),
               tooltip=_papers_tooltip,
               header_tooltip="What we sent: the papers from the folder we included."),
    ]


class LedgerModel(RecordTableModel):
    """The ledger's table: the shared model, with "— not sent yet —" in italics."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.column() == SENT_ON and index.row() < self.loaded_count
                and not self.row_object(index.row()).sent):
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


class SideEdgeDelegate(QStyledItemDelegate):
    """Draws the line between *what they asked for* and *what we sent* down the table."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        painter.save()
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 3))
        rect = option.rect
        painter.drawLine(rect.left() + 1, rect.top(), rect.left() + 1, rect.bottom())
        painter.restore()


class ColumnGroupBand(QWidget):
    """Titles that span groups of a table's columns, kept in line as columns move or scroll —
    the top row of a two-row header."""

    def __init__(self, table: QTableView, groups: Sequence[tuple[str, int, int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._labels: list[tuple[QLabel, int, int]] = []
        for title, first, last, tip in groups:
            label = QLabel(title, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName("columnGroup")
            label.setToolTip(tip)
            label.setAccessibleName(title)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.setStyleSheet(
                "QLabel#columnGroup { font-weight: bold; padding: 4px 10px;"
                " background: palette(alternate-base); border: 1px solid palette(mid);"
                " border-bottom: 3px solid palette(mid); }"
            )
            self._labels.append((label, first, last))
        self._fit_height()
        header = table.horizontalHeader()
        header.sectionResized.connect(self._on_header_section_resized)
        header.geometriesChanged.connect(self.relayout)
        table.horizontalScrollBar().valueChanged.connect(self._on_scroll_value_changed)

    def _fit_height(self) -> None:
        self.setFixedHeight(max(label.sizeHint().height() for label, _f, _l in self._labels))

    def _on_header_section_resized(self, _section: int, _old: int, _new: int) -> None:
        self.relayout()

    def _on_scroll_value_changed(self, _value: int) -> None:
        self.relayout()

    def relayout(self) -> None:
        header = self._table.horizontalHeader()
        viewport = self._table.viewport()
        dx = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0))).x()
        for label, first, last in self._labels:
            left = header.sectionViewportPosition(first)
            right = header.sectionViewportPosition(last) + header.sectionSize(last)
            label.setGeometry(dx + left, 0, max(0, right - left - 2), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()
            self.relayout()


# ---------------------------------------------------------------------- the detail pane
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


class RequestDetails(QWidget):
    """The selected request in full: both sides, the papers sent, and what to do next."""

    document_opened = Signal(object)  # Document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: LedgerRow | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 0, 0, 0)
        self.placeholder = plain_label("Pick a request in the list to see it in full here.")
        self.placeholder.setEnabled(False)
        outer.addWidget(self.placeholder)

        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = heading("", self.body)
        self.title.setAccessibleName("What they asked for")
        state_line = QHBoxLayout()
        self.state_icon = QLabel(self.body)
        self.state = plain_label("", self.body)
        self.state.setAccessibleName("Where it stands")
        state_line.addWidget(self.state_icon)
        state_line.addWidget(self.state, 1)
        layout.addWidget(self.title)
        layout.addLayout(state_line)

        layout.addWidget(heading("What they asked for", self.body, scale=1.05))
        self.asked = QFormLayout()
        self.asked.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.asked.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.asked_on, self.asked_by, self.due_by, self.step, self.notes = (
            value_label() for _ in range(5))
        self.asked.addRow("Asked on:", self.asked_on)
        self.asked.addRow("Asked by:", self.asked_by)
        self.asked.addRow("Due by:", self.due_by)
        self.asked.addRow("Part of:", self.step)
        self.asked.addRow("Notes:", self.notes)
        layout.addLayout(self.asked)

        layout.addWidget(heading("What we sent", self.body, scale=1.05))
        self.not_sent = plain_label("Nothing sent yet.", self.body)
        italic = self.not_sent.font()
        italic.setItalic(True)
        self.not_sent.setFont(italic)
        self.not_sent.setEnabled(False)
        layout.addWidget(self.not_sent)
        self.sent = QFormLayout()
        self.sent.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sent.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        (self.sent_on, self.how, self.to_whom, self.sent_by, self.confirmation,
         self.received) = (value_label() for _ in range(6))
        confirmation_label = plain_label("Confirmation:", wrap=False)
        confirmation_label.setToolTip(f"Confirmation number: {CONFIRMATION_TIP[:1].lower()}"
                                      f"{CONFIRMATION_TIP[1:]}")
        self.sent.addRow("Sent on:", self.sent_on)
        self.sent.addRow("How:", self.how)
        self.sent.addRow("To whom:", self.to_whom)
        self.sent.addRow("Sent by:", self.sent_by)
        self.sent.addRow(confirmation_label, self.confirmation)
        self.sent.addRow("Received:", self.received)
        layout.addLayout(self.sent)
        self.papers_label = plain_label("Papers we sent (double-click one to open it):")
        self.papers = QListWidget(self.body)
        self.papers.setAccessibleName("Papers we sent")
        self.papers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.papers.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.papers.itemActivated.connect(self._on_papers_item_activated)
        layout.addWidget(self.papers_label)
        layout.addWidget(self.papers)

        self.mark_sent_button = QPushButton("Mark as sent…", self.body)
        self.mark_sent_button.setToolTip("Write down when, how and to whom you sent it.")
        self.received_button = QPushButton("Mark as received", self.body)
        self.received_button.setToolTip("They told us they have it: note today's date.")
        layout.addLayout(button_row(self.mark_sent_button))
        layout.addLayout(button_row(self.received_button))
        layout.addSpacing(8)
        self.edit_button = QPushButton("Edit…", self.body)
        self.edit_button.setToolTip("Change anything about this request.")
        self.delete_button = QPushButton("Delete", self.body)
        self.delete_button.setToolTip("Move this request to the trash (you can undo it).")
        layout.addLayout(button_row(self.edit_button, self.delete_button))
        self.stuck_button = QPushButton("Add the three “stuck” questions", self.body)
        self.stuck_button.setToolTip(STUCK_GUIDE)
        layout.addLayout(button_row(self.stuck_button))
        layout.addStretch(1)
        outer.addWidget(self.body, 1)
        self.show_row(None)

    def show_row(self, row: LedgerRow | None, today: date | None = None) -> None:
        self.row = row
        self.placeholder.setVisible(row is None)
        self.body.setVisible(row is not None)
        if row is None:
            return
        today = today or date.today()
        request = row.request
        self.title.setText(request.what)
        if row.state is RequestState.OVERDUE:
            words = (f"Overdue — it was due {relative_past(request.due_on, today)}, "
                     "and nothing is sent yet.")
        elif row.state is RequestState.OPEN:
            words = (f"Open — {row.due_text}; nothing sent yet." if row.due_text
                     else "Open — no due date; nothing sent yet.")
        elif row.state is RequestState.SENT:
            words = f"Sent {relative_past(request.submitted_on, today)}, not confirmed yet."
        else:
            words = f"Confirmed received {relative_past(request.confirmed_on, today)}."
        self.state.setText(words)
        palette = self.state.palette()
        default = self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText,
                         warning_brush().color() if row.state is RequestState.OVERDUE
                         else default)
        self.state.setPalette(palette)
        icon = state_icon(row.state)
        size = self.state.fontMetrics().height()
        self.state_icon.setPixmap(icon.pixmap(size, size) if icon else QIcon().pixmap(0, 0))
        self.state_icon.setVisible(icon is not None)

        due = format_day(request.due_on)
        self._put(self.asked, self.asked_on, format_day(request.requested_on))
        self._put(self.asked, self.asked_by, request.requested_by)
        self._put(self.asked, self.due_by, f"{due} ({row.due_text})" if row.due_text else due)
        self._put(self.asked, self.step, row.step_title)
        self._put(self.asked, self.notes, request.notes)

        self.not_sent.setVisible(not row.sent)
        self._put(self.sent, self.sent_on, format_day(request.submitted_on))
        self._put(self.sent, self.how, request.method.label if request.method else "")
        self._put(self.sent, self.to_whom, request.submitted_to)
        self._put(self.sent, self.sent_by, request.submitted_by)
        self._put(self.sent, self.confirmation, request.confirmation_number)
        received = (f"They confirmed they have it on {format_day(request.confirmed_on)}."
                    if request.confirmed_on else "Not confirmed yet." if row.sent else "")
        self._put(self.sent, self.received, received)
        self.papers.clear()
        for document in row.documents:
            item = QListWidgetItem(document.title or document.original_name or "Untitled")
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setToolTip(plain_tip(f"{document.title}\n{document.kind.label}"))
            self.papers.addItem(item)
        self.papers_label.setVisible(bool(row.documents))
        self.papers.setVisible(bool(row.documents))
        lines = max(1, min(4, len(row.documents)))
        self.papers.setFixedHeight((self.papers.fontMetrics().lineSpacing() + 6) * lines + 8)

        self.mark_sent_button.setText("Change what we sent…" if row.sent else "Mark as sent…")
        self.received_button.setVisible(row.state is RequestState.SENT)

    @staticmethod
    def _put(form: QFormLayout, label: QLabel, text: str) -> None:
        label.setText(text)
        form.setRowVisible(label, bool(text))

    def _on_papers_item_activated(self, item: QListWidgetItem) -> None:
        if self.row is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        for document in self.row.documents:
            if document.id == wanted:
                self.document_opened.emit(document)


# ---------------------------------------------------------------------- the tab
class RequestsTab(QWidget):
    """The request ledger with filters, the selected request beside it, and the forms."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = LedgerModel(ledger_columns(ctx.today), self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._view = "All"
        self._shown_for = ctx.today()
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
        self.add_button = QPushButton("Add a request…", self)
        self.add_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.add_button.setToolTip("Write down something someone asked you for: a paper, a form, "
                                   "a signature.")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(QLabel("Show:", self))
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        for name in VIEWS:
            button = QPushButton(name, self)
            button.setCheckable(True)
            button.setToolTip(VIEW_TIPS[name])
            button.setAccessibleName(f"Show {name.lower()} requests")
            if name == "Overdue":
                button.setIcon(self.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.filter_group.addButton(button)
            self.filter_buttons[name] = button
            bar.addWidget(button)
        self.filter_buttons["All"].setChecked(True)
        self.filter_group.buttonClicked.connect(self._on_filter_group_button_clicked)
        outer.addLayout(bar)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Requests: what they asked for, and what we sent")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag(
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextWordWrap)))
        self.table.viewport().installEventFilter(self)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for signal in (self.proxy.layoutChanged, self.proxy.modelReset, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self._on_proxy_layout_changed)
        self._edge = SideEdgeDelegate(self.table)
        self.table.setItemDelegateForColumn(SENT_ON, self._edge)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(
            self._on_selection_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._on_table_return,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self._on_table_return,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.band = ColumnGroupBand(self.table, [
            ("What they asked for", ASKED_ON, DUE_BY, "The left side of the note: the request."),
            ("What we sent", SENT_ON, PAPERS, "The right side of the note: what we sent, "
                                              "when, how and to whom."),
        ], self)
        ledger = QWidget(self)
        ledger_layout = QVBoxLayout(ledger)
        ledger_layout.setContentsMargins(0, 0, 0, 0)
        ledger_layout.setSpacing(0)
        ledger_layout.addWidget(self.band)
        ledger_layout.addWidget(self.table, 1)

        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_label = plain_label("", empty)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton("Add a request", empty)
        self.empty_button.clicked.connect(self._on_empty_button_clicked)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(ledger)
        self.stack.addWidget(empty)

        self.details = RequestDetails(self)
        self.details.document_opened.connect(self.ctx.open_record)
        self.details.mark_sent_button.clicked.connect(self._on_mark_sent_button_clicked)
        self.details.received_button.clicked.connect(self.mark_received)
        self.details.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.details.delete_button.clicked.connect(self.delete_selected)
        self.details.stuck_button.clicked.connect(self.add_stuck_questions)
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
        self.setTabOrder(self.add_button, self.filter_buttons["All"])
        self.setTabOrder(self.filter_buttons["Sent"], self.table)

    def _fit_to_font(self) -> None:
        """Rows of two lines (at least 28 px); a header tall enough for two-word titles."""
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(max(28, metrics.lineSpacing() * 2 + 12))
        header = self.table.horizontalHeader()
        header.setMinimumHeight(metrics.lineSpacing() * 2 + 10)
        header.setMinimumSectionSize(metrics.horizontalAdvance("How") + 20)
        total = sum(self.splitter.sizes())
        detail = max(300, metrics.averageCharWidth() * 36)
        if total:
            detail = min(detail, total * 2 // 5)
        self.splitter.setSizes([max(0, total - detail) or 1030, detail])
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Dates, states and numbers get what their words need; *What*, the names and the papers
        share the rest (*What* the most), wrapping onto their second line when it is tight."""
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        icon = self.table.iconSize().width() or metrics.height()
        fixed = {
            STATE: QFontMetrics(bold).horizontalAdvance("Overdue") + icon + 34,
            ASKED_ON: metrics.horizontalAdvance("Sep 30") + 20,
            DUE_BY: metrics.horizontalAdvance("12 days overdue") + 20,
            SENT_ON: metrics.horizontalAdvance("Sep 30") + 24,
            HOW: metrics.horizontalAdvance("Online") + 20,
            CONFIRMATION: metrics.horizontalAdvance("Confirmation") + 20,
        }
        shares = {WHAT: 0.4, ASKED_BY: 0.2, TO_WHOM: 0.2, PAPERS: 0.2}
        floor = metrics.horizontalAdvance("Silver") + 12
        left = max(0, self.table.viewport().width() - sum(fixed.values()) - 4)
        widths = {**fixed, **{c: max(floor, int(left * share)) for c, share in shares.items()}}
        widths[WHAT] = max(widths[WHAT], 2 * floor)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

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
        documents = folder.get_many(Document, linked) if linked else []
        rows = build_rows(requests, documents, folder.steps(), today)
        self.model.set_rows(rows)
        self.model.fetch_all()
        for name, button in self.filter_buttons.items():
            count = sum(1 for r in rows if r.state in rules.LEDGER_VIEWS[name])
            button.setText(f"{name} ({count})")
        self._show_stack(len(rows))
        if selected is not None and selected.id is not None and self._select_id(selected.id):
            return
        if self.proxy.rowCount() and keep_row >= 0 and selected is not None:
            self._select_proxy_row(min(keep_row, self.proxy.rowCount() - 1))
        else:
            self._show_details()

    def _update_spans(self) -> None:
        """An open request's right side is one empty stretch that says "not sent yet"."""
        self.table.clearSpans()
        for row in range(self.proxy.rowCount()):
            if not self.proxy.row_object(row).sent:
                self.table.setSpan(row, SENT_ON, 1, PAPERS - SENT_ON + 1)

    def _on_proxy_layout_changed(self, *_args: object) -> None:
        self._update_spans()

    def _show_stack(self, total: int) -> None:
        visible = self.proxy.rowCount()
        if visible:
            self.stack.setCurrentIndex(0)
            return
        if total == 0:
            self.empty_label.setText("No requests yet. When someone asks you for a paper or a "
                                     "form, write it down here.")
            self.empty_button.setText("Add a request")
        else:
            self.empty_label.setText(f"No {self._view.lower()} requests right now.")
            self.empty_button.setText("Show all requests")
        self.stack.setCurrentIndex(1)

    def _on_records_changed(self, change: Change) -> None:
        if change.kinds & WATCHED:
            self.refresh()

    def selected_row(self) -> LedgerRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.proxy.row_object(index.row())

    def selected_request(self) -> Request | None:
        row = self.selected_row()
        return row.request if row else None

    def _show_details(self) -> None:
        self.details.show_row(self.selected_row(), self.ctx.today())

    def _on_selection_current_row_changed(self, _current: QModelIndex,
                                          _previous: QModelIndex) -> None:
        self._show_details()

    def _on_selection_changed(self, *_args: object) -> None:
        self._show_details()

    # ------------------------------------------------------------------ selecting
    def show_record(self, record_id: int) -> None:
        """Select that request (showing every request if the filter hides it) and show it."""
        if not self._select_id(record_id) and self._view != "All":
            self.set_view("All")
            self._select_id(record_id)

    def _select_id(self, record_id: int) -> bool:
        source_row = self.model.row_of_id(record_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self._select_proxy_row(index.row())
        return True

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._show_details()

    # ------------------------------------------------------------------ filters
    def set_view(self, name: str) -> None:
        """Show all requests, or only the open, overdue or sent ones."""
        self._view = name
        self.filter_buttons[name].setChecked(True)
        views = rules.LEDGER_VIEWS[name]
        self.proxy.set_predicate(None if name == "All" else lambda r: r.state in views)
        self._show_stack(self.model.total_count)
        if self.selected_row() is None:
            self._show_details()

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
        dialog = RequestDialog(self.ctx, None, self)
        self._open(dialog)
        return dialog

    def edit_request(self) -> RequestDialog | None:
        request = self.selected_request()
        if request is None:
            return None
        dialog = RequestDialog(self.ctx, request, self)
        self._open(dialog)
        return dialog

    def mark_sent(self) -> SentDialog | None:
        """Open *Mark as sent* for the selected request; returns the (already opened) dialog."""
        request = self.selected_request()
        if request is None:
            return None
        dialog = SentDialog(self.ctx, request, parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: RequestDialog | SentDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.request_saved.connect(self._on_dialog_request_saved)
        dialog.open()

    def _on_dialog_request_saved(self, request: Request) -> None:
        if request.id is not None:
            self.show_record(request.id)

    def mark_received(self) -> None:
        """They confirmed they have it: note today's date (undoable)."""
        request = self.selected_request()
        if request is None or request.submitted_on is None:
            return
        new = replace(request, confirmed_on=self.ctx.today())
        self.ctx.update(request, new, request_what(request), self)

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

