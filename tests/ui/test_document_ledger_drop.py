"""Files dropped on a request in the ledger go into the folder (if new) and are saved with it; she
is asked whether it went out today with them, and only a yes records the sent date. The request
then lists them, and each opens in the Documents tab."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Profile, RecordKind, Request
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.dialogs.request_dialogs import SentDialog
from infusion_desk.ui.documents.import_summary import ImportSummary
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.tabs.requests import RequestsTab
from tests.ui.document_drops import (
    drop_urls,
    file_urls,
    letter_pdf,
    png,
    use_shared_engine,
    use_shared_engine_for,
)
from tests.ui.shown_windows import shown_window, shown_windows
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        folder.records.add(Request(what="Signed plan of care", requested_by="Sunrise Home Infusion",
                           due_on=date(2026, 12, 4)))
        folder.records.add(Request(what="Infusion log for weeks 1-4", requested_by="Silverpine",
                           due_on=date(2026, 12, 10)))
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert opened(qtbot, win, path)
    assert win.view is not None
    use_shared_engine(win.view.documents)
    queue = win.view.requests.ledger_drop.queue
    use_shared_engine_for(queue)
    yield win
    queue.wait_until_idle()
    win.close()


def _ledger(window: MainWindow) -> RequestsTab:
    assert window.view is not None
    window.view.tabs.setCurrentWidget(window.view.requests)
    return window.view.requests


def _row_point(tab: RequestsTab, what: str) -> QPoint:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.row_object(row).request.what == what:
            return tab.table.visualRect(tab.proxy.index(row, 3)).center()
    raise AssertionError(what)


def _request(window: MainWindow, what: str) -> Request:
    assert window.ctx is not None
    return next(r for r in window.ctx.folder.requests() if r.what == what)


def test_dropping_on_a_request_adds_and_attaches_and_lists_the_papers(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.ctx is not None
    folder = window.ctx.folder
    ledger = _ledger(window)
    plan = tmp_path / "plan of care signed.pdf"
    plan.write_bytes(letter_pdf([["Plan of care", "Signed by Dr. Okafor"]]))
    photo = tmp_path / "signature page.png"
    photo.write_bytes(png("white"))

    with qtbot.waitSignal(ledger.ledger_drop.queue.batch_finished, timeout=20000):
        accepted = drop_urls(ledger.table.viewport(), file_urls(plan, photo),
                             _row_point(ledger, "Signed plan of care"))
    assert accepted
    assert window.view is not None
    assert window.view.tabs.currentWidget() is ledger  # she stays where she dropped them
    box = shown_window(ImportSummary)
    assert box.text().startswith(
        "2 added. 2 files are saved with the request “Signed plan of care”.")
    box.close()
    # Asked, not assumed: the request is not sent until she says so.
    question = shown_window(QMessageBox)
    assert question.text() == (
        "Did you send “Signed plan of care” today, with what you just added?")
    assert {b.text().replace("&", "") for b in question.buttons() if b.isVisible()} == {
        "Yes, I sent it today", "I sent it another day…", "Not sent yet"}
    assert _request(window, "Signed plan of care").submitted_on is None
    # Until then the pane says the papers are kept with it, not that they were sent.
    assert ledger.details.papers_label.text().startswith("Papers kept with it, not sent yet")
    yes = next(b for b in question.buttons() if b.text() == "&Yes, I sent it today")
    yes.click()
    request = _request(window, "Signed plan of care")
    assert request.submitted_on == TODAY
    assert window.status_label.text() == (
        "Marked “Signed plan of care” as sent on Nov 27, 2026 with 2 papers.")
    # Undo takes back the sent date the yes recorded, and keeps the papers with the request.
    window.undo()
    assert _request(window, "Signed plan of care").submitted_on is None
    window.redo()
    assert _request(window, "Signed plan of care").submitted_on == TODAY

    stored = {d.id: d for d in folder.documents()}
    assert {stored[i].original_name for i in request.document_ids} == {
        "plan of care signed.pdf", "signature page.png"}
    assert _request(window, "Infusion log for weeks 1-4").document_ids == ()

    # The request is selected and its detail pane lists what we sent.
    assert ledger.details.papers_label.text().startswith("Papers we sent")
    assert ledger.selected_request() is not None
    assert ledger.selected_request().id == request.id  # type: ignore[union-attr]
    papers = ledger.details.papers
    assert papers.count() == 2
    # A paper opens in the Documents tab, selected.
    item = papers.item(0)
    with qtbot.waitSignal(window.ctx.signals.show_record) as shown:
        papers.itemActivated.emit(item)
    kind, document_id = shown.args
    assert kind is RecordKind.DOCUMENT
    assert window.view.tabs.currentWidget() is window.view.documents
    chosen = window.view.documents.selected_document()
    assert chosen is not None and chosen.id == document_id



def test_a_paper_already_in_the_folder_is_kept_with_another_request_not_yet_sent(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.ctx is not None
    folder = window.ctx.folder
    plan = tmp_path / "plan of care signed.pdf"
    plan.write_bytes(letter_pdf([["Plan of care", "Signed by Dr. Okafor"]]))
    ledger = _ledger(window)
    for where in ("Signed plan of care", "Infusion log for weeks 1-4"):
        with qtbot.waitSignal(ledger.ledger_drop.queue.batch_finished, timeout=20000):
            drop_urls(ledger.table.viewport(), file_urls(plan), _row_point(ledger, where))
        question = shown_window(QMessageBox)
        assert question.text().endswith("with what you just added?")
        not_yet = next(b for b in question.buttons() if b.text() == "&Not sent yet")
        not_yet.click()
    assert window.status_label.text() == (
        "Saved with “Infusion log for weeks 1-4”. It is not marked as sent yet.")
    stored = {d.id: d for d in folder.documents()}
    assert len(stored) == 1
    for where in ("Signed plan of care", "Infusion log for weeks 1-4"):
        request = _request(window, where)
        assert request.submitted_on is None
        assert [stored[i].original_name for i in request.document_ids] == [
            "plan of care signed.pdf"]


def test_papers_sent_on_another_day_open_the_sent_form_with_them_ticked(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.ctx is not None
    ticket = tmp_path / "delivery ticket.pdf"
    ticket.write_bytes(letter_pdf([["Delivery ticket", "Signed"]]))
    ledger = _ledger(window)
    with qtbot.waitSignal(ledger.ledger_drop.queue.batch_finished, timeout=20000):
        drop_urls(ledger.table.viewport(), file_urls(ticket),
                  _row_point(ledger, "Signed plan of care"))
    question = shown_window(QMessageBox)
    next(b for b in question.buttons() if b.text() == "I sent it &another day…").click()
    form = shown_window(SentDialog)
    assert form.checked_document_ids() == _request(window, "Signed plan of care").document_ids
    form.sent_on.edit.setText("11/25/2026")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    request = _request(window, "Signed plan of care")
    assert request.submitted_on == date(2026, 11, 25)
    assert len(request.document_ids) == 1


def test_a_drop_beside_the_rows_just_adds_the_files(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.ctx is not None and window.view is not None
    ledger = _ledger(window)
    note = tmp_path / "nurse visit.txt"
    note.write_text("Visit on Tuesday", encoding="utf-8")
    viewport = ledger.table.viewport()
    below_rows = QPoint(viewport.width() // 2, viewport.height() - 5)
    assert not ledger.table.indexAt(below_rows).isValid()
    documents = window.view.documents
    with qtbot.waitSignal(documents.queue.batch_finished, timeout=20000):
        drop_urls(viewport, [*file_urls(note), QUrl("https://example.com/x.pdf")], below_rows)
    assert [d.original_name for d in window.ctx.folder.documents()] == ["nurse visit.txt"]
    assert all(r.document_ids == () for r in window.ctx.folder.requests())
    assert window.view.tabs.currentWidget() is documents
    qtbot.waitUntil(lambda: bool(shown_windows(ImportSummary)))
    summary = shown_window(ImportSummary)
    assert "x.pdf: only files on this computer can be added." in summary.text()
    summary.close()


def test_the_window_is_told_which_request_dragged_files_are_over(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """For the window's drop area ("… and attach them to this request"): the request under a
    point of the screen, and a signal while files are dragged over a request's row."""
    ledger = _ledger(window)
    drop = ledger.ledger_drop
    viewport = ledger.table.viewport()
    on_row = _row_point(ledger, "Infusion log for weeks 1-4")
    found = drop.request_under(viewport.mapToGlobal(on_row))
    assert found is not None and found.what == "Infusion log for weeks 1-4"
    below_rows = QPoint(viewport.width() // 2, viewport.height() - 5)
    assert drop.request_under(viewport.mapToGlobal(below_rows)) is None
    assert drop.request_under(viewport.mapToGlobal(QPoint(-50, -50))) is None

    told: list[Request | None] = []
    drop.drag_over_request.connect(told.append)
    note = tmp_path / "log.txt"
    note.write_text("Week 1 to 4", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls(file_urls(note))
    actions = Qt.DropAction.CopyAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(on_row, actions, mime, left, none))
    QApplication.sendEvent(viewport, QDragMoveEvent(below_rows, actions, mime, left, none))
    QApplication.sendEvent(viewport, QDragLeaveEvent())
    assert [r.what if r is not None else None for r in told] == [
        "Infusion log for weeks 1-4", None, None]
