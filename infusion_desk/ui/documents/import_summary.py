"""Saying how an import went: one plain line per file, in a box when it matters.

One file that went in fine is worth a line in the status bar; several files, or any file that
could not be added or cannot be previewed, get a box she can read at her own pace.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document
from infusion_desk.services import Folder
from infusion_desk.services.importing import ImportStatus, summary_line
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents.import_queue import BatchResult
from infusion_desk.ui.documents.targets import big_targets
from infusion_desk.ui.widgets.forms import heading

MAX_LINES = 10  # lines shown before the list scrolls


def failed_text() -> str:
    return translate("ImportSummary", "Something went wrong while adding the documents. Nothing "
                     "was lost: the files listed here are in the folder. The details were written "
                     "to the app's log.")


def summary_lines(result: BatchResult) -> list[str]:
    lines = [o.message for o in result.outcomes]
    stopped, dropped = result.stopped, result.dropped  # (lupdate reads a plain name as a count)
    if stopped:
        lines.append(translate("ImportSummary", "Stopped: %n files were not added, because you "
                               "pressed Cancel. Drop them again to add them.", None,
                               stopped))
    if dropped:
        lines.append(translate("ImportSummary", "The %n other drops that were waiting were not "
                               "added either.", None, dropped))
    return lines


def attached_count(result: BatchResult, folder: Folder) -> int:
    """Files now kept with the batch's request (a copy found in the trash is not)."""
    if result.batch.request_id is None:
        return 0
    return sum(
        o.status is ImportStatus.IMPORTED
        or (o.status is ImportStatus.DUPLICATE and o.document is not None
            and o.document.id is not None and not folder.is_trashed(Document, o.document.id))
        for o in result.outcomes)


def headline(result: BatchResult, request_title: str = "", attached: int = 0) -> str:
    text = (summary_line(result.outcomes) if result.outcomes
            else translate("ImportSummary", "Nothing was added."))
    if request_title and attached:
        text = translate("ImportSummary", "{summary} %n files are saved with the request "
                         "“{request}”.", None, attached).format(summary=text, request=request_title)
    if result.failed:
        text += "\n\n" + failed_text()
    return text


def needs_a_box(result: BatchResult) -> bool:
    """A box for several files or for any trouble; the status bar for one file that went in."""
    if len(result.outcomes) != 1 or result.stopped or result.dropped or result.failed:
        return True
    outcome = result.outcomes[0]
    if outcome.status is ImportStatus.REFUSED:
        return True
    return outcome.status is ImportStatus.IMPORTED and outcome.document is not None \
        and not outcome.document.preview_ok


class ImportSummary(QDialog):
    """The end of an import, one line per file, with a word and an icon for how each went."""

    def __init__(self, headline_text: str, result: BatchResult, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportSummary", "Adding documents"))
        self._headline = headline_text
        self._lines = summary_lines(result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        self.headline = heading(headline_text, self, scale=1.1)
        layout.addWidget(self.headline)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ImportSummary", "How each file went"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter goes to OK
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        style = self.style()
        icons = {
            ImportStatus.IMPORTED: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            ImportStatus.DUPLICATE: style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxInformation),
            ImportStatus.REFUSED: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        warning = icons[ImportStatus.REFUSED]
        statuses = [o.status for o in result.outcomes]
        for index, line in enumerate(self._lines):
            item = QListWidgetItem(line)
            status = statuses[index] if index < len(statuses) else ImportStatus.REFUSED
            document = result.outcomes[index].document if index < len(statuses) else None
            noted = (status is ImportStatus.IMPORTED and document is not None
                     and not document.preview_ok)
            item.setIcon(warning if noted else icons[status])
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        big_targets(self)
        metrics = self.fontMetrics()
        rows = min(len(self._lines), MAX_LINES)
        self.resize(metrics.averageCharWidth() * 72,
                    metrics.lineSpacing() * (2 * rows + 8) + 60)

    def text(self) -> str:
        """Everything the box says, as plain text: the headline, then a line a file (read it back
        as one reads a QMessageBox's text())."""
        return self._headline + "\n\n" + "\n".join(self._lines)


def report(result: BatchResult, ctx: FolderContext, parent: QWidget,
           request_title: str = "") -> ImportSummary | None:
    """Show how it went; return the box when one was opened (it closes itself)."""
    attached = attached_count(result, ctx.folder)
    if not needs_a_box(result):
        message = result.outcomes[0].message
        if request_title and attached:
            message = translate("ImportSummary", "{summary} Saved with the request “{request}”."
                                ).format(summary=message, request=request_title)
        ctx.say(message)
        return None
    box = ImportSummary(headline(result, request_title, attached), result, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
