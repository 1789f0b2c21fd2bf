"""Saying how an import went: one plain line per file, in a box when it matters.

One file that went in fine is worth a line in the status bar; several files, or any file that
could not be added or cannot be previewed, get a box she can read at her own pace.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from infusion_desk.core.records import Document
from infusion_desk.services import Folder
from infusion_desk.services.importing import ImportStatus, summary_line
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents.import_queue import BatchResult

MAX_LINES = 12
TITLE = "Adding documents"
FAILED = ("Something went wrong while adding the documents. Nothing was lost: the files listed "
          "here are in the folder. The details were written to the app's log.")


def summary_lines(result: BatchResult) -> list[str]:
    lines = [o.message for o in result.outcomes]
    if result.stopped:
        lines.append(f"Stopped: {_files(result.stopped)} not added, because you pressed Cancel. "
                     "Drop them again to add them.")
    if result.dropped == 1:
        lines.append("The other drop that was waiting was not added either.")
    elif result.dropped:
        lines.append(f"The {result.dropped} other drops that were waiting were not added either.")
    return lines


def attached_count(result: BatchResult, folder: Folder) -> int:
    """Files now noted as sent for the batch's request (a copy found in the trash is not)."""
    if result.batch.request_id is None:
        return 0
    return sum(
        o.status is ImportStatus.IMPORTED
        or (o.status is ImportStatus.DUPLICATE and o.document is not None
            and o.document.id is not None and not folder.is_trashed(Document, o.document.id))
        for o in result.outcomes)


def headline(result: BatchResult, request_title: str = "", attached: int = 0) -> str:
    text = summary_line(result.outcomes) if result.outcomes else "Nothing was added."
    if request_title and attached:
        text += (f" {'It is' if attached == 1 else 'They are'} noted as sent for "
                 f"“{request_title}”.")
    if result.failed:
        text += "\n\n" + FAILED
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


def report(result: BatchResult, ctx: FolderContext, parent: QWidget,
           request_title: str = "") -> QMessageBox | None:
    """Show how it went; return the box when one was opened (it closes itself)."""
    attached = attached_count(result, ctx.folder)
    if not needs_a_box(result):
        message = result.outcomes[0].message
        if request_title and attached:
            message += f" Noted as sent for “{request_title}”."
        ctx.say(message)
        return None
    lines = summary_lines(result)
    text = headline(result, request_title, attached) + "\n\n" + "\n".join(lines[:MAX_LINES])
    if len(lines) > MAX_LINES:
        text += f"\n…and {len(lines) - MAX_LINES} more (see Show Details)."
    troubled = any(o.status is ImportStatus.REFUSED for o in result.outcomes) or result.failed
    icon = QMessageBox.Icon.Warning if troubled else QMessageBox.Icon.Information
    box = QMessageBox(icon, TITLE, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if len(lines) > MAX_LINES:
        box.setDetailedText("\n".join(lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _files(count: int) -> str:
    return "1 file was" if count == 1 else f"{count} files were"
