"""The words of one page as read from its picture, to check against the letter and correct.

Her correction is one operation (``folder.scans.correct_text``), undoable; from then on it is
what search finds. In a folder open for reading only the words can be read, not changed.

The page's words are read in a job (a PDF's own words are kept only in the PDF and read again
through the folder's PDF worker): the dialog opens at once saying it is reading the page, and
fills in when it is read; Cancel stops the reading.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QWidget

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.ocr import TextSource
from infusion_desk.core.records import Document
from infusion_desk.core.scans import PageText
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.jobs import TEXT, JobHandle, Progress
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import plain_label


class PageTextDialog(FormDialog):
    """One page's text: shown as it was read, saved as she corrected it."""

    def __init__(self, ctx: FolderContext, document: Document, page: int,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        assert document.id is not None
        self._ctx = ctx
        self.document_id, self.page = document.id, page
        self.saved: PageText | None = None
        self._old = ""
        count = max(1, document.page_count)
        self.setWindowTitle(translate("PageTextDialog", "The text of page {0} of {1}").format(page,
                                                                                              count)
                            if count > 1 else translate("PageTextDialog",
                                                        "The text of this document"))
        self.about = plain_label(translate("PageTextDialog", "Reading the page…"), self)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(translate("PageTextDialog", "The text of the page"))
        self.text.setEnabled(False)  # until the page is read
        self.text.setMinimumSize(self.fontMetrics().averageCharWidth() * 70,
                                 self.fontMetrics().height() * 18)
        self.body.insertWidget(0, self.about)
        self.body.addWidget(self.text, 1)
        if ctx.read_only:
            self.text.setReadOnly(True)
            self.save_button.hide()
            close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            close.setText(translate("PageTextDialog", "&Close"))
        else:
            self.save_button.setText(translate("PageTextDialog", "&Save the text"))
        self.save_button.setEnabled(False)
        self.reading: JobHandle[PageText] | None = None
        self._read(ctx, document.id, page)

    @property
    def is_read(self) -> bool:
        """The page's words are shown (and can be corrected)."""
        return self.text.isEnabled()

    def _read(self, ctx: FolderContext, document_id: int, page: int) -> None:
        folder = ctx.folder

        def work(progress: Progress) -> PageText:
            pages = {p.page: p for p in folder.scan_pages(document_id)}
            progress.check()  # (closed meanwhile: nothing to fill in)
            return pages.get(page, PageText(document_id, page, "", TextSource.NONE))

        self.reading = job = ctx.jobs.start(work, lane=TEXT)
        job.finished.connect(self._on_reading_finished)
        job.failed.connect(self._on_reading_failed)

    def _on_reading_failed(self, error: FolderError) -> None:
        if self.sender() is not self.reading:
            return  # (closed meanwhile)
        self.reading = None
        self.about.setText(error.message)

    def _on_reading_finished(self, stored: PageText) -> None:
        if self.sender() is not self.reading:
            return
        self.reading = None
        self._old = stored.text
        if stored.source is TextSource.OCR:
            about = translate("PageTextDialog", "These words were read from the picture. Check "
                                                "them against the letter and put right what was "
                                                "misread; search then finds your words.")
        elif stored.source is TextSource.TYPED:
            about = translate("PageTextDialog", "You typed or corrected these words.")
        else:
            about = translate("PageTextDialog", "No words were read on this page. You can type "
                                                "what it says, so that search finds it.")
        self.about.setText(about)
        self.text.setPlainText(stored.text)
        self.text.setEnabled(True)
        self.save_button.setEnabled(not self._ctx.read_only)
        if self.isVisible():
            self.fit_to_contents()  # (the words about it may be longer than "Reading…")
        self.text.setFocus()

    def done(self, result: int) -> None:
        job, self.reading = self.reading, None
        if job is not None and shiboken6.isValid(job):
            job.cancel()  # (closed before the page was read: it is not read)
        super().done(result)

    def save(self) -> bool:
        if self._ctx.read_only or not self.is_read:
            return False
        text = self.text.toPlainText()
        if text.strip() == self._old.strip():
            return True  # nothing changed: nothing to store
        done = self._ctx.perform(
            lambda: self._ctx.folder.scans.correct_text(self.document_id, self.page, text),
            self, label=translate("PageTextDialog", "Correct the text"), offer_undo=True)
        if done is None:
            return False
        self.saved = done.value
        return True
