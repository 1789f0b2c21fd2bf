"""The selected request in full, beside the ledger: what to do next at the top, then both sides
of the note and the papers sent. Everything wraps to the pane's width — never sideways scrolling,
at any text size."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.dates import format_day, relative_past
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import RequestState
from infusion_desk.ui.editing import editing
from infusion_desk.ui.requests.action_flow import ActionFlow
from infusion_desk.ui.requests.ledger_model import LedgerRow, state_icon
from infusion_desk.ui.requests.paper_list import fit_height, paper_item, paper_list, paper_title
from infusion_desk.ui.widgets.brushes import warning_brush
from infusion_desk.ui.widgets.detail_pane import button_row, placeholder_and_body
from infusion_desk.ui.widgets.forms import big_target, heading, plain_label, plain_tip

VALUE_CHARS = 12  # a value narrower than this goes under its label instead
MOST_PAPERS = 4  # shown at once in the pane; more scroll


def stuck_text() -> str:
    return translate("RequestDetails", "Add the &questions for when you're stuck")


def stuck_text_narrow() -> str:
    """The same words on two lines, for a narrow pane (large text)."""
    return translate("RequestDetails", "Add the &questions for\nwhen you're stuck")


def _stuck_tip() -> str:
    return translate(
        "RequestDetails", "Adds three questions to ask about this request: What exactly is "
                          "missing? Who needs to submit it? What is the expected timeline once "
                          "submitted?\nFrom the guide: general information, not coverage "
                          "advice.")


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = plain_label(text, wrap=False)
    label.setBuddy(buddy)
    return label


def value_label() -> QLabel:
    """A value beside its label: wraps, and is never squeezed to a word per line."""
    label = plain_label("")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setMinimumWidth(label.fontMetrics().averageCharWidth() * VALUE_CHARS)
    return label


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class RequestDetails(QWidget):
    """The selected request in full: what to do, both sides, and the papers sent."""

    document_opened = Signal(object)  # Document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: LedgerRow | None = None
        self.placeholder, self.body, layout = placeholder_and_body(
            self, translate("RequestDetails", "Pick a request in the list to see it in full "
                                              "here."), right_margin=4)
        self._build_title(layout)
        # What to do next, right under the title: always in view, wrapping when narrow.
        self._build_actions(layout)
        layout.addSpacing(4)
        self._build_asked(layout)
        self._build_sent(layout)
        layout.addSpacing(8)
        self._build_stuck_button(layout)
        layout.addStretch(1)
        self.setTabOrder(self.mark_sent_button, self.received_button)
        self.setTabOrder(self.received_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.papers.itemActivated.connect(self._on_papers_item_activated)
        self.show_row(None)

    # ------------------------------------------------------------------ layout
    def _build_title(self, layout: QVBoxLayout) -> None:
        """What they asked for, and where it stands with its icon."""
        self.title = heading("", self.body)
        self.title.setAccessibleName(translate("RequestDetails", "What they asked for"))
        state_line = QHBoxLayout()
        self.state_icon = QLabel(self.body)
        self.state = plain_label("", self.body)
        self.state.setAccessibleName(translate("RequestDetails", "Where it stands"))
        state_line.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        state_line.addWidget(self.state, 1)
        layout.addWidget(self.title)
        layout.addLayout(state_line)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        self.mark_sent_button = editing(QPushButton(
            translate("RequestDetails", "&Mark as sent…"), self.body))
        self.mark_sent_button.setToolTip(translate(
            "RequestDetails", "Write down when, how and to whom you sent it."))
        self.received_button = editing(QPushButton(
            translate("RequestDetails", "Mark as recei&ved"), self.body))
        self.received_button.setToolTip(translate(
            "RequestDetails", "They told us they have it: note today's date."))
        self.edit_button = editing(QPushButton(translate("RequestDetails", "Ed&it…"), self.body))
        self.edit_button.setToolTip(translate("RequestDetails",
                                              "Change anything about this request."))
        self.delete_button = editing(QPushButton(
            translate("RequestDetails", "&Delete this request"), self.body))
        self.delete_button.setToolTip(translate("RequestDetails",
                                                "Moves it to the trash. You can undo."))
        self.delete_button.setAccessibleName(translate("RequestDetails", "Delete this request"))
        self.delete_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        for button in (self.mark_sent_button, self.received_button, self.edit_button,
                       self.delete_button):
            big_target(button)
        self.action_flow = ActionFlow()
        for button in (self.mark_sent_button, self.received_button, self.edit_button):
            self.action_flow.addWidget(button)
        self.action_flow.add_apart(self.delete_button)
        layout.addLayout(self.action_flow)

    def _build_asked(self, layout: QVBoxLayout) -> None:
        """Their side of the note."""
        layout.addWidget(heading(translate("RequestDetails", "What they asked for"), self.body,
                                 scale=1.05))
        self.asked = _form()
        self.asked_on, self.asked_by, self.due_by, self.step, self.notes = (
            value_label() for _ in range(5))
        for caption, value in ((translate("RequestDetails", "Asked on:"), self.asked_on),
                               (translate("RequestDetails", "Asked by:"), self.asked_by),
                               (translate("RequestDetails", "Due by:"), self.due_by),
                               (translate("RequestDetails", "Part of:"), self.step),
                               (translate("RequestDetails", "Notes:"), self.notes)):
            self.asked.addRow(_caption(caption, value), value)
        layout.addLayout(self.asked)

    def _build_sent(self, layout: QVBoxLayout) -> None:
        """Our side of the note, and the papers we sent."""
        layout.addWidget(heading(translate("RequestDetails", "What we sent"), self.body,
                                 scale=1.05))
        self.not_sent = plain_label(translate("RequestDetails", "Nothing sent yet."), self.body)
        italic = self.not_sent.font()
        italic.setItalic(True)
        self.not_sent.setFont(italic)
        self.not_sent.setEnabled(False)
        layout.addWidget(self.not_sent)
        self.sent = _form()
        (self.sent_on, self.how, self.to_whom, self.sent_by, self.confirmation,
         self.received) = (value_label() for _ in range(6))
        confirmation_label = _caption(translate("RequestDetails", "Confirmation:"),
                                      self.confirmation)
        confirmation_label.setToolTip(translate(
            "RequestDetails", "Confirmation number: the number a fax machine, a website or a "
                              "person gives you to show that it arrived."))
        for caption, value in ((translate("RequestDetails", "Sent on:"), self.sent_on),
                               (translate("RequestDetails", "How:"), self.how),
                               (translate("RequestDetails", "To whom:"), self.to_whom),
                               (translate("RequestDetails", "Sent by:"), self.sent_by)):
            self.sent.addRow(_caption(caption, value), value)
        self.sent.addRow(confirmation_label, self.confirmation)
        self.sent.addRow(_caption(translate("RequestDetails", "Received:"), self.received),
                         self.received)
        layout.addLayout(self.sent)
        self.papers_label = plain_label(translate(
            "RequestDetails", "Papers we sent (double-click one to open it):"))
        self.papers = paper_list(self.body)
        self.papers.setAccessibleName(translate("RequestDetails", "Papers we sent"))
        self.papers_label.setBuddy(self.papers)
        layout.addWidget(self.papers_label)
        layout.addWidget(self.papers)

    def _build_stuck_button(self, layout: QVBoxLayout) -> None:
        self.stuck_button = editing(big_target(QPushButton(stuck_text(), self.body)))
        self.stuck_button.setToolTip(_stuck_tip())
        self.stuck_button.setAccessibleName(
            translate("RequestDetails", "Add the questions for when you're stuck"))
        self.stuck_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fit_to_font()
        layout.addLayout(button_row(self.stuck_button))

    # ------------------------------------------------------------------ filling
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
            words = translate("RequestDetails", "Overdue — it was due {when}, and nothing is "
                                                "sent yet.").format(
                when=relative_past(request.due_on, today))
        elif row.state is RequestState.OPEN:
            words = (translate("RequestDetails", "Open — {due}; nothing sent yet.").format(
                due=row.due_text) if row.due_text
                else translate("RequestDetails", "Open — no due date; nothing sent yet."))
        elif row.state is RequestState.SENT:
            words = translate("RequestDetails", "Sent {when}, not confirmed yet.").format(
                when=relative_past(request.submitted_on, today))
        else:
            words = translate("RequestDetails", "Confirmed received {when}.").format(
                when=relative_past(request.confirmed_on, today))
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
        self._put(self.asked, self.due_by, translate("RequestDetails", "{day} ({due})").format(
            day=due, due=row.due_text) if row.due_text else due)
        self._put(self.asked, self.step, row.step_title)
        self._put(self.asked, self.notes, request.notes)

        self.not_sent.setVisible(not row.sent)
        self._put(self.sent, self.sent_on, format_day(request.submitted_on))
        self._put(self.sent, self.how, request.method.label if request.method else "")
        self._put(self.sent, self.to_whom, request.submitted_to)
        self._put(self.sent, self.sent_by, request.submitted_by)
        self._put(self.sent, self.confirmation, request.confirmation_number)
        received = (translate("RequestDetails", "They confirmed they have it on {day}.").format(
            day=format_day(request.confirmed_on)) if request.confirmed_on
            else translate("RequestDetails", "Not confirmed yet.") if row.sent else "")
        self._put(self.sent, self.received, received)
        self.papers.clear()
        for document in row.documents:
            item = paper_item(document)
            item.setToolTip(plain_tip(f"{paper_title(document)}\n{document.kind.label}"))
            self.papers.addItem(item)
        # Papers can be kept with a request before it goes out (dropped on its row, "not yet").
        self.papers_label.setText(
            translate("RequestDetails", "Papers we sent (double-click one to open it):")
            if row.sent else translate("RequestDetails", "Papers kept with it, not sent yet "
                                                         "(double-click one to open it):"))
        self.papers_label.setVisible(bool(row.documents))
        self.papers.setVisible(bool(row.documents))
        fit_height(self.papers, MOST_PAPERS)

        self.mark_sent_button.setText(translate("RequestDetails", "&Change what we sent…")
                                      if row.sent
                                      else translate("RequestDetails", "&Mark as sent…"))
        self.received_button.setVisible(row.state is RequestState.SENT)

    @staticmethod
    def _put(form: QFormLayout, label: QLabel, text: str) -> None:
        label.setText(text)
        form.setRowVisible(label, bool(text))

    # ------------------------------------------------------------------ fitting
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_to_width(event.size().width())

    def _fit_to_width(self, width: int) -> None:
        """One line for the long button when it fits, two when the pane is narrow; the papers
        list as tall as its wrapped titles."""
        metrics = self.stuck_button.fontMetrics()
        room = width - 40 - metrics.averageCharWidth() * 4
        wide = stuck_text()
        text = wide if metrics.horizontalAdvance(wide.replace("&", "")) <= room else (
            stuck_text_narrow())
        if self.stuck_button.text() != text:
            self.stuck_button.setText(text)
        if self.papers.isVisibleTo(self):
            fit_height(self.papers, MOST_PAPERS)

    def _fit_to_font(self) -> None:
        """The long button may shrink to its two-line width, so the pane can be narrow."""
        metrics = self.stuck_button.fontMetrics()
        narrow = max(metrics.horizontalAdvance(part)
                     for part in stuck_text_narrow().replace("&", "").split("\n"))
        self.stuck_button.setMinimumWidth(narrow + 40)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
            self._fit_to_width(self.width())

    def _on_papers_item_activated(self, item: QListWidgetItem) -> None:
        if self.row is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        for document in self.row.documents:
            if document.id == wanted:
                self.document_opened.emit(document)


class DetailScroll(QScrollArea):
    """Scrolls the details up and down only: they wrap to the pane's width instead."""

    def __init__(self, details: RequestDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(details)
        # The pane shows through: no box of another shade around the details.
        details.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(widget.minimumSizeHint().width() + bar + 2, hint.height())
