"""A PDF's own words are kept only in the PDF (revision 0005) and read again through the folder's
PDF worker: never on the window's thread. A gated reader stands in for that read: while its gate
is shut, each screen that needs the words is already open and says it is reading; when the gate
opens it fills in. A letter gone meanwhile is said plainly; Cancel stops waiting at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import RecordNotFoundError
from infusion_desk.core.records import Document, Profile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.page_text_dialog import PageTextDialog
from infusion_desk.ui.documents.file_actions import new_printer
from infusion_desk.ui.jobs import TEXT
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.ui.document_drops import documents_tab, letter_pdf, store_document
from tests.ui.window_helpers import opened

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

APPROVAL = ["Silverpine Health Plans", "Prior authorization approval",
            "Date of this notice: November 20, 2026", "Authorization number: PA-2026-011903",
            "Approved from: 11/20/2026", "Approved through: 02/18/2027"]
WAIT_MS = 20_000


@dataclass
class GatedReader:
    """Stands in for the PDF worker's read of a PDF's words: waits for ``gate``, and notes
    whether each read ran on the window's (main) thread."""

    gate: threading.Event = field(default_factory=threading.Event)
    on_main_thread: list[bool] = field(default_factory=list)

    @property
    def reading(self) -> bool:
        return bool(self.on_main_thread)


@pytest.fixture
def reader(folder: Folder, monkeypatch: pytest.MonkeyPatch) -> Iterator[GatedReader]:
    storage = folder._documents  # noqa: SLF001 - where every PDF's words are read again
    real = storage._read  # noqa: SLF001
    assert real is not None
    gated = GatedReader()

    def read(data: bytes) -> Sequence[str] | None:
        gated.on_main_thread.append(threading.current_thread() is threading.main_thread())
        assert gated.gate.wait(WAIT_MS / 1000)
        return real(data)

    monkeypatch.setattr(storage, "_read", read)
    yield gated
    gated.gate.set()


def _letter(folder: Folder) -> Document:
    document = store_document(folder, letter_pdf([APPROVAL]), "Scan0001.pdf")
    assert document.id is not None
    return document


def _idle(ctx: FolderContext, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not ctx.jobs.busy(TEXT), timeout=WAIT_MS)


def test_file_this_letter_opens_at_once_and_fills_in_when_the_letter_is_read(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot,
        reader: GatedReader) -> None:
    letter = _letter(folder)
    tab = documents_tab(ctx, qtbot, tabs)

    dialog = tab.file_letters([letter.id or 0])

    assert dialog is not None and dialog.isVisible()
    assert dialog.form is None and dialog.note is not None
    assert dialog.note.text() == "Reading the letter…"
    qtbot.waitUntil(lambda: reader.reading, timeout=WAIT_MS)
    assert dialog.form is None  # the gate is shut: still reading, the window answering
    reader.gate.set()
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=WAIT_MS)
    assert dialog.form is not None and dialog.note is None
    assert dialog.form.number_edit.text() == "PA-2026-011903"
    assert reader.on_main_thread and not any(reader.on_main_thread)
    dialog.close()


def test_closing_file_this_letter_while_it_reads_leaves_at_once(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot,
        reader: GatedReader) -> None:
    letter = _letter(folder)
    tab = documents_tab(ctx, qtbot, tabs)
    dialog = tab.file_letters([letter.id or 0])
    assert dialog is not None
    qtbot.waitUntil(lambda: reader.reading, timeout=WAIT_MS)

    dialog.close_button.click()

    assert not dialog.isVisible() and dialog.reading is None  # the gate is still shut
    reader.gate.set()
    _idle(ctx, qtbot)
    assert dialog.form is None  # a closed dialog is not filled in
    assert not any(reader.on_main_thread)


def test_a_letter_gone_meanwhile_is_said_plainly_in_file_this_letter(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    letter = _letter(folder)
    tab = documents_tab(ctx, qtbot, tabs)

    def gone(document_id: int) -> list[str]:
        raise RecordNotFoundError("document", document_id)

    monkeypatch.setattr(folder, "page_texts", gone)
    dialog = tab.file_letters([letter.id or 0])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.note is not None and dialog.note.text().startswith(
        "That document is no longer in the folder"), timeout=WAIT_MS)
    assert dialog.form is None
    dialog.close()


def test_the_page_text_dialog_opens_at_once_and_fills_in_when_the_page_is_read(
        ctx: FolderContext, folder: Folder, qtbot: QtBot, reader: GatedReader) -> None:
    letter = _letter(folder)
    dialog = PageTextDialog(ctx, letter, 1)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.about.text() == "Reading the page…"
    assert not dialog.is_read and not dialog.save_button.isEnabled()
    assert not dialog.save()  # (Enter while reading stores nothing)
    qtbot.waitUntil(lambda: reader.reading, timeout=WAIT_MS)
    reader.gate.set()
    qtbot.waitUntil(lambda: dialog.is_read, timeout=WAIT_MS)
    assert "PA-2026-011903" in dialog.text.toPlainText()
    assert dialog.save_button.isEnabled()
    assert dialog.about.text() != "Reading the page…"
    assert not any(reader.on_main_thread)
    dialog.close()


def test_cancel_closes_the_page_text_dialog_while_it_reads(
        ctx: FolderContext, folder: Folder, qtbot: QtBot, reader: GatedReader) -> None:
    letter = _letter(folder)
    second = store_document(folder, letter_pdf([["Another letter"]]), "Scan0002.pdf")
    dialog = PageTextDialog(ctx, letter, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    waiting = PageTextDialog(ctx, second, 1)  # queued behind the first read
    qtbot.addWidget(waiting)
    waiting.show()
    qtbot.waitUntil(lambda: reader.reading, timeout=WAIT_MS)
    job = waiting.reading
    assert job is not None

    for shown in (waiting, dialog):
        shown.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        assert not shown.isVisible()  # at once, the gate still shut
    assert job.cancelled
    reader.gate.set()
    _idle(ctx, qtbot)
    assert len(reader.on_main_thread) == 1  # the page of the one cancelled before it ran was
    assert not dialog.is_read  # never read; nothing fills a closed dialog


def test_a_page_gone_meanwhile_is_said_plainly(
        ctx: FolderContext, folder: Folder, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    letter = _letter(folder)

    def gone(document_id: int) -> list[str]:
        raise RecordNotFoundError("document", document_id)

    monkeypatch.setattr(folder, "scan_pages", gone)
    dialog = PageTextDialog(ctx, letter, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.about.text().startswith(
        "That document is no longer in the folder"), timeout=WAIT_MS)
    assert not dialog.is_read and not dialog.save_button.isEnabled()
    dialog.close()


def test_print_asks_at_once_and_reads_the_file_in_its_job(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot, *,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    note = store_document(folder, b"Ask the plan about the pump.\n", "questions.txt")
    letter = _letter(folder)
    tab = documents_tab(ctx, qtbot, tabs)
    reads: list[bool] = []
    real_bytes, real_texts = folder.document_bytes, folder.page_texts

    def document_bytes(document_id: int) -> bytes:
        reads.append(threading.current_thread() is threading.main_thread())
        return real_bytes(document_id)

    def page_texts(document_id: int) -> list[str]:
        reads.append(threading.current_thread() is threading.main_thread())
        return real_texts(document_id)

    monkeypatch.setattr(folder, "document_bytes", document_bytes)
    monkeypatch.setattr(folder, "page_texts", page_texts)

    dialog = tab.files.print_document(letter)  # the printer's dialog, asked at once
    assert dialog is not None and not any(reads)
    dialog.reject()

    for document, pages in ((note, 1), (letter, 1)):
        printer = new_printer(document)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{document.original_name}.pdf"))
        printer.setResolution(72)
        with qtbot.waitSignal(tab.files.printed, timeout=WAIT_MS) as printed:
            tab.files.start_printing(printer, document)
        assert printed.args == [document.title, pages]
    assert len(reads) >= 3 and not any(reads)  # the note's bytes and text, the letter's bytes

    def gone(document_id: int) -> bytes:
        raise RecordNotFoundError("document", document_id)

    monkeypatch.setattr(folder, "document_bytes", gone)
    def said_gone(text: str, _undoable: bool) -> bool:
        return "no longer in the folder" in text

    with qtbot.waitSignal(ctx.signals.status_message, timeout=WAIT_MS,
                          check_params_cb=said_gone):
        tab.files.start_printing(new_printer(letter), letter)


def test_the_folders_pdf_worker_starts_ahead_once_the_folder_is_on_screen(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "Walter Brennan.infusiondesk"
    Folder.create(path, Profile(patient_name="Walter Brennan")).close()
    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths)
    qtbot.addWidget(window)
    window.show()
    try:
        assert opened(qtbot, window, path)
        assert window.ctx is not None
        blob_text = window.ctx.folder.blob_text
        qtbot.waitUntil(lambda: blob_text._engine is not None  # noqa: SLF001
                        and blob_text._engine.worker_pid is not None,  # noqa: SLF001
                        timeout=WAIT_MS)
    finally:
        window.close()
