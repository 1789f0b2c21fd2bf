"""The words of one page as read from its picture, to check against the letter and correct.

Her correction is one operation (``folder.scans.correct_text``), undoable; from then on it is
what search finds. In a folder open for reading only the words can be read, not changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QWidget

from infusion_desk.core.ocr import TextSource
from infusion_desk.core.records import Document
from infusion_desk.core.scans import PageText
from infusion_desk.ui.context import FolderContext
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
        pages = {p.page: p for p in ctx.folder.scan_pages(document.id)}
        stored = pages.get(page, PageText(document.id, page, "", TextSource.NONE))
        self._old = stored.text
        count = max(1, document.page_count)
        self.setWindowTitle(self.tr("The text of page {0} of {1}").format(page, count)
                            if count > 1 else self.tr("The text of this document"))
        if stored.source is TextSource.OCR:
            about = self.tr("These words were read from the picture. Check them against the "
                            "letter and put right what was misread; search then finds your "
                            "words.")
        elif stored.source is TextSource.TYPED:
            about = self.tr("You typed or corrected these words.")
        else:
            about = self.tr("No words were read on this page. You can type what it says, so "
                            "that search finds it.")
        self.about = plain_label(about, self)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("The text of the page"))
        self.text.setPlainText(stored.text)
        self.text.setMinimumSize(self.fontMetrics().averageCharWidth() * 70,
                                 self.fontMetrics().height() * 18)
        self.body.insertWidget(0, self.about)
        self.body.addWidget(self.text, 1)
        if ctx.read_only:
            self.text.setReadOnly(True)
            self.save_button.hide()
            close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            close.setText(self.tr("Close"))
        else:
            self.save_button.setText(self.tr("Save the text"))
        self.text.setFocus()

    def save(self) -> bool:
        if self._ctx.read_only:
            return False
        text = self.text.toPlainText()
        if text.strip() == self._old.strip():
            return True  # nothing changed: nothing to store
        done = self._ctx.perform(
            lambda: self._ctx.folder.scans.correct_text(self.document_id, self.page, text),
            self, label=self.tr("Correct the text"), offer_undo=True)
        if done is None:
            return False
        self.saved = done.value
        return True
