"""The chosen document's details, under the list: what it is, its dates, who sent it, the file,
the coverage step, the notes, and the requests it was sent with."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.dates import format_day
from infusion_desk.core.document_names import note_words
from infusion_desk.core.i18n import translate
from infusion_desk.core.ocr import ReadState, TextSource
from infusion_desk.core.records import Document, Request
from infusion_desk.core.rules import request_state
from infusion_desk.core.text import one_line
from infusion_desk.ui.dialogs.document_dialogs import kind_tooltip
from infusion_desk.ui.documents.document_list import being_read, size_text
from infusion_desk.ui.documents.page_area import Shape, shape_of
from infusion_desk.ui.editing import editing
from infusion_desk.ui.requests.action_flow import ActionFlow
from infusion_desk.ui.widgets.forms import heading, plain_label
from infusion_desk.ui.widgets.openable_list import OpenableList

REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentDetails(QScrollArea):
    """The chosen document's details (or a line saying to choose one), with *Edit details…* and
    *Delete*; the requests it was sent with open with a click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # (it wraps)
        panel = QWidget(self)
        self.setWidget(panel)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.setSpacing(10)
        self.nothing_chosen = plain_label(
            translate("DocumentDetails", "Choose a document in the list to see it here."), panel)
        layout.addWidget(self.nothing_chosen)

        self.body = QWidget(panel)
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        self.title_label = heading("", self.body, scale=1.15)
        inner.addWidget(self.title_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (("kind", translate("DocumentDetails", "What it is")),
                             ("dated", translate("DocumentDetails", "Date on the letter")),
                             ("received", translate("DocumentDetails", "Received")),
                             ("sender", translate("DocumentDetails", "From")),
                             ("file", translate("DocumentDetails", "File")),
                             ("step", translate("DocumentDetails", "Coverage step")),
                             ("notes", translate("DocumentDetails", "Notes"))):
            value = plain_label("", self.body)
            value.setAccessibleName(caption)
            form.addRow(plain_label(caption, self.body), value)
            self.fields[key] = value
        inner.addLayout(form)

        inner.addWidget(self._build_text_row())

        buttons = ActionFlow()
        self.edit_button = editing(QPushButton(
            translate("DocumentDetails", "Edit &details…"), self.body))
        self.edit_button.setAccessibleName(
            translate("DocumentDetails", "Edit the document's details"))
        self.edit_button.setToolTip(translate(
            "DocumentDetails", "Change the title, what it is, its dates, who sent it and your "
            "notes. The file itself never changes."))
        self.delete_button = editing(QPushButton(translate("DocumentDetails", "De&lete"),
                                                 self.body))
        self.delete_button.setAccessibleName(translate("DocumentDetails", "Delete the document"))
        self.delete_button.setToolTip(translate(
            "DocumentDetails", "Move this document to the trash. Undo brings it back."))
        self.file_button = editing(QPushButton(
            translate("DocumentDetails", "File this le&tter…"), self.body))
        self.file_button.setToolTip(translate(
            "DocumentDetails", "See the letter beside what it seems to say, and update the prior "
            "authorization or add a request from it."))
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.edit_button)
        buttons.add_apart(self.delete_button)  # apart, at the far end: never clicked for File
        inner.addLayout(buttons)

        inner.addWidget(heading(translate("DocumentDetails", "Sent with these requests"),
                                self.body, scale=1.0))
        self.requests_list = OpenableList(self.body)
        self.requests_list.setAccessibleName(
            translate("DocumentDetails", "Requests this document was sent for"))
        inner.addWidget(self.requests_list)
        self.no_requests = plain_label(translate(
            "DocumentDetails", "Not sent with any request yet. To note that you sent it, drag it "
            "onto the request on the Requests tab, or open the request and use “Mark as "
            "sent…”."), self.body)
        inner.addWidget(self.no_requests)
        layout.addWidget(self.body)
        layout.addStretch(1)


    def _build_text_row(self) -> QWidget:
        # Where its words came from, when they were read from its picture (or are waiting to be).
        self.text_row = QWidget(self.body)
        text_layout = QVBoxLayout(self.text_row)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_buttons = ActionFlow()
        self.text_source = plain_label("", self.text_row)
        self.text_source.setAccessibleName(
            translate("DocumentDetails", "Where the text came from"))
        self.show_text_button = QPushButton(translate("DocumentDetails", "Show the te&xt…"),
                                            self.text_row)
        self.show_text_button.setToolTip(
            translate("DocumentDetails", "See the words read from the picture."))
        self.correct_text_button = editing(QPushButton(
            translate("DocumentDetails", "&Correct the text…"), self.text_row))
        self.correct_text_button.setToolTip(translate(
            "DocumentDetails", "See the words read from the picture of this page and put right "
            "what was misread. Search then finds your words."))
        text_layout.addWidget(self.text_source)
        text_buttons.addWidget(self.show_text_button)
        text_buttons.addWidget(self.correct_text_button)
        text_layout.addLayout(text_buttons)
        return self.text_row

    def show_document(self, document: Document | None, *, step_title: str,
                      requests: list[Request], today: date, writable: bool) -> None:
        """Show ``document`` (None: the line saying to choose one)."""
        self.body.setVisible(document is not None)
        self.nothing_chosen.setVisible(document is None)
        if document is None:
            return
        self.title_label.setText(document.title or document.original_name
                                 or translate("DocumentDetails", "Untitled"))
        self.title_label.setAccessibleName(self.title_label.text())
        self.fields["kind"].setText(document.kind.label)
        self.fields["kind"].setToolTip(kind_tooltip(document.kind))
        self.fields["dated"].setText(format_day(document.document_date) or "—")
        self.fields["received"].setText(format_day(document.received_on) or "—")
        self.fields["sender"].setText(document.sender or "—")
        count = document.page_count
        pages = translate("DocumentDetails", "%n pages", None, count) if count else ""
        if shape_of(document) is Shape.ARCHIVE:  # "ZIP archive, 3 files"
            pages = document.text.partition("\n")[0]
        size = size_text(document.size) if document.size else ""
        self.fields["file"].setText(", ".join(p for p in (document.original_name, pages, size)
                                              if p) or "—")
        self.fields["step"].setText(step_title)
        self.fields["notes"].setText(document.notes or "—")
        self.edit_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        self.file_button.setEnabled(writable)
        self._show_text_source(document, writable)
        self._show_requests(requests, today)

    def text_source_line(self, document: Document) -> str:
        """One plain sentence on where the document's words came from; "" if from the file."""
        state, source = document.read_state, document.text_source
        if being_read(document):
            line = translate("DocumentDetails", "Being read: its pages and words come in a moment…")
        elif state is ReadState.WAITING:
            line = translate("DocumentDetails", "Waiting to be read…")
        elif source is TextSource.OCR:
            line = translate("DocumentDetails",
                             "Text read from the picture; check it against the letter")
        elif source is TextSource.TYPED:
            line = translate("DocumentDetails", "The text was typed or corrected by you.")
        elif state is ReadState.NO_TEXT:
            line = translate("DocumentDetails", "No words could be read on this picture.")
        elif state is ReadState.FAILED:
            line = translate("DocumentDetails",
                             "This scan could not be read; it is kept as it is.")
        elif document.read_note:  # a PDF found damaged or locked when it was opened
            return note_words(document.read_note)
        else:
            return ""
        if document.read_note and state is not ReadState.WAITING:
            line += "\n" + note_words(document.read_note)
        return line

    def _show_text_source(self, document: Document, writable: bool) -> None:
        line = self.text_source_line(document)
        self.text_row.setVisible(bool(line))
        self.text_source.setText(line)
        waiting = document.read_state is ReadState.WAITING
        self.correct_text_button.setEnabled(writable and not waiting)
        self.show_text_button.setVisible(not writable)
        self.show_text_button.setEnabled(not waiting)

    def _show_requests(self, requests: list[Request], today: date) -> None:
        self.requests_list.clear()
        for request in requests:
            sent = format_day(request.submitted_on)
            state = request_state(request, today).label
            what = one_line(request.what, 100)
            text = (translate("DocumentDetails", "{what} — {state}, {sent}").format(
                what=what, state=state, sent=sent) if sent else
                translate("DocumentDetails", "{what} — {state}").format(what=what, state=state))
            item = QListWidgetItem(text)
            item.setData(REQUEST_ROLE, request.id)
            item.setToolTip(translate("DocumentDetails",
                                      "Click or press Enter to open this request."))
            self.requests_list.addItem(item)
        self.requests_list.setVisible(bool(requests))
        self.requests_list.updateGeometry()
        self.no_requests.setVisible(not requests)
