""""File this letter": the letter's picture on the left, never covered, and the form on the right.

Opened for one letter ("File this letter…" beside a document) or for the letters of a drop, one
at a time with *Next letter*. What the letter says is read when the letter is shown (its page
texts: the PDF's own text, or the text read from the picture once that has been read), in a job
(``letter_read``): the dialog opens at once saying it is reading the letter, and the form comes
when it is read; when the folder later gets that text, the form is filled in again unless she
has started on it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document, RecordKind
from infusion_desk.services import Change
from infusion_desk.services.importing import ImportOutcome, ImportStatus
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents.page_area import Shape, shape_of
from infusion_desk.ui.documents.page_renderer import PageRenderer
from infusion_desk.ui.documents.preview import DocumentPreview
from infusion_desk.ui.documents.targets import big_targets, name_clear_buttons
from infusion_desk.ui.filing.letter_form import LetterForm
from infusion_desk.ui.filing.letter_read import LetterRead, read_for_filing, reading_note
from infusion_desk.ui.jobs import TEXT, JobHandle
from infusion_desk.ui.widgets.forms import heading, plain_label

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 1300, 700  # a page and the form side by side, inside a 1366×768 screen
PICTURE_LEAST = 260  # px: the narrowest the letter's picture gets, for a wide form
PICTURE_SHARE = 0.48  # of the width: at 1300 px a letter's 10 pt print is about 10 px high



class FileLetterDialog(QDialog):
    """One letter at a time: its picture beside what it says and what to do about it."""

    def __init__(self, ctx: FolderContext, document_ids: Sequence[int], *,
                 renderer: PageRenderer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FileLetterDialog", "File this letter"))
        self.setModal(False)
        self._ctx = ctx
        self.document_ids = list(dict.fromkeys(document_ids))
        self.index = 0
        self.form: LetterForm | None = None  # None while the letter is being read
        self.note: QLabel | None = None  # says so meanwhile (or why it could not be read)
        self.reading: JobHandle[LetterRead | None] | None = None
        self._had_text = False
        self._touched = False
        self._sized = False
        if renderer is None:
            renderer = PageRenderer(ctx.jobs, self)
            own = renderer
            self.destroyed.connect(lambda *_a: own.close())
        self.renderer = renderer

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.title_label = heading("", self, scale=1.25)
        top.addWidget(self.title_label, 1)
        self.position_label = plain_label("", self, wrap=False)
        top.addWidget(self.position_label)
        outer.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.preview = DocumentPreview(self.renderer, self.splitter)
        self.preview.setAccessibleName(translate("FileLetterDialog", "The letter"))
        self.preview.setMinimumWidth(420)
        self.splitter.addWidget(self.preview)
        self.form_area = QScrollArea(self.splitter)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.form_area.setMinimumWidth(480)
        self.splitter.addWidget(self.form_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([624, 676])
        outer.addWidget(self.splitter, 1)

        outer.addLayout(self._build_bottom())
        big_targets(self)
        self.resize(WIDTH, HEIGHT)
        ctx.signals.records_changed.connect(self._on_records_changed)
        self.show_letter(0)

    def _build_bottom(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.previous_button = QPushButton(translate("FileLetterDialog", "◀ P&revious letter"),
                                           self)
        self.previous_button.clicked.connect(self.previous_letter)
        self.next_button = QPushButton(translate("FileLetterDialog", "Ne&xt letter ▶"), self)
        self.next_button.clicked.connect(self.next_letter)
        self.close_button = QPushButton(translate("FileLetterDialog", "&Close"), self)
        self.close_button.setToolTip(translate("FileLetterDialog", "Close. What you filed is "
                                                                   "saved; what you did not click "
                                                                   "is not."))
        self.close_button.clicked.connect(self.accept)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        return bottom

    # ------------------------------------------------------------------ letters
    def show_letter(self, index: int) -> None:
        if not self.document_ids:
            return
        self.index = max(0, min(index, len(self.document_ids) - 1))
        document_id = self.document_ids[self.index]
        try:
            document = self._ctx.folder.get(Document, document_id)
        except FolderError as exc:
            self._ctx.say(exc.message)
            return
        count = len(self.document_ids)
        self.position_label.setText(
            translate("FileLetterDialog", "Letter {0} of {1}").format(self.index + 1, count)
            if count > 1 else "")
        self.previous_button.setVisible(count > 1)
        self.next_button.setVisible(count > 1)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)
        name = document.original_name or document.title
        self.title_label.setText(
            translate("FileLetterDialog", "File this letter: {0}").format(name) if name
            else translate("FileLetterDialog", "File this letter"))
        self._load_preview(document)
        self._fill(document)

    def _fill(self, document: Document, *, only_with_text: bool = False) -> None:
        """Read what the letter says in a job; the form comes when it is read. Unless
        ``only_with_text`` (the text arrived later), the form's place says it is reading."""
        self._stop_reading()
        if not only_with_text:
            self._put(reading_note(self.form_area))
            self._had_text = self._touched = False
        folder, today = self._ctx.folder, self._ctx.today()
        job = self._ctx.jobs.start(lambda progress: read_for_filing(
            folder, document, today, progress, only_with_text=only_with_text), lane=TEXT)
        self.reading = job
        job.finished.connect(self._on_reading_finished)
        job.failed.connect(self._on_reading_failed)

    def _on_reading_finished(self, read: LetterRead | None) -> None:
        if self.sender() is not self.reading:
            return  # (for a letter no longer shown)
        self.reading = None
        if read is None or (self.form is not None and self._touched):
            return
        assert read.document.id is not None
        self._had_text = bool(read.text.strip())
        log.info("filing document %s: read as %s", read.document.id, read.facts.kind.value)
        form = LetterForm(self._ctx, read.document, read.facts, has_text=self._had_text,
                          parent=self.form_area)
        form.filed.connect(self._on_form_filed)
        big_targets(form)
        name_clear_buttons(form)
        self._put(form)
        self._make_room(form)
        self._touched = False

    def _on_reading_failed(self, error: FolderError) -> None:
        if self.sender() is not self.reading:
            return
        self.reading = None
        if self.form is None:  # (a form already shown stays; the text did not change it)
            self._put(plain_label(error.message, self.form_area))

    def _put(self, shown: LetterForm | QLabel) -> None:
        """The form, or a note in its place."""
        old = self.form_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form_area.setWidget(shown)
        self.form = shown if isinstance(shown, LetterForm) else None
        self.note = shown if isinstance(shown, QLabel) else None

    def _stop_reading(self) -> None:
        job, self.reading = self.reading, None
        if job is not None and shiboken6.isValid(job):
            job.cancel()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # the window has its size now: the picture about half, so that its
            self._sized = True  # words can be read while she checks the form against them
            total = sum(self.splitter.sizes()) or WIDTH
            left = max(self.preview.minimumWidth(), round(total * PICTURE_SHARE))
            self.splitter.setSizes([left, total - left])
            if self.form is not None:
                self._make_room(self.form)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(WIDTH, HEIGHT)  # (the size it opens at; the form takes what it needs)

    def _make_room(self, form: LetterForm) -> None:
        """At large text sizes the form needs more width: the picture gives it, down to a
        readable minimum, so that nothing is cut off or scrolls sideways."""
        need = (form.minimumSizeHint().width()
                + self.form_area.verticalScrollBar().sizeHint().width() + 4)
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total and sizes[1] < need:
            # the picture gives way down to a narrow strip (it zooms), the form never scrolls
            self.preview.setMinimumWidth(min(self.preview.minimumWidth(),
                                             max(PICTURE_LEAST, total - need)))
            left = max(total - need, self.preview.minimumWidth())
            self.splitter.setSizes([left, total - left])

    def _load_preview(self, document: Document) -> None:
        assert document.id is not None
        folder, document_id = self._ctx.folder, document.id
        with_texts = shape_of(document) is Shape.TEXT
        self.preview.load(document, lambda: (folder.document_bytes(document_id),
                                             folder.page_texts(document_id) if with_texts else []),
                          self._ctx.say)

    def next_letter(self) -> None:
        self.show_letter(self.index + 1)

    def previous_letter(self) -> None:
        self.show_letter(self.index - 1)

    # ------------------------------------------------------------------ changes
    def _on_form_filed(self, _message: str) -> None:
        self._touched = True

    def _on_records_changed(self, change: Change) -> None:
        """The letter's text arrived (read from the picture, or a dropped PDF opened): fill the
        form in, unless she has already filed something from it."""
        if (self._had_text or self._touched or RecordKind.DOCUMENT not in change.kinds
                or not self.document_ids):
            return
        document_id = self.document_ids[self.index]
        if change.ids and document_id not in change.ids:
            return
        try:
            document = self._ctx.folder.get(Document, document_id)
        except FolderError:
            return
        if max(1, document.page_count) != self.preview.page_count:  # a PDF just opened
            self._load_preview(document)
        # (read in a job; a form shown already is filled in again only if there is text now)
        self._fill(document, only_with_text=self.form is not None)

    def done(self, result: int) -> None:
        self._stop_reading()
        self._ctx.signals.records_changed.disconnect(self._on_records_changed)
        super().done(result)


def new_letters(outcomes: Sequence[ImportOutcome]) -> list[int]:
    """The documents a drop added that are letters (PDFs and pictures, not emails or text)."""
    ids: list[int] = []
    for outcome in outcomes:
        if outcome.status is not ImportStatus.IMPORTED:
            continue
        document = outcome.document
        if document is None or document.id is None:
            continue
        if shape_of(document) in (Shape.PAGES, Shape.PICTURE):
            ids.append(document.id)
    return ids
