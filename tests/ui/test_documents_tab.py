"""The Documents tab, driven as a person would: the list, the preview, the details, adding."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Document, DocumentKind, RecordKind, Request
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.document_dialogs import DocumentDialog, kind_tooltip
from infusion_desk.ui.documents.document_list import (
    DATED,
    KIND,
    RECEIVED,
    SENDER,
    TITLE,
    empty_text,
)
from infusion_desk.ui.documents.import_summary import ImportSummary
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.ui.document_drops import shown_image
from tests.ui.shown_windows import shown_window
from tests.ui.tab_helpers import show_tab

# The offscreen platform cannot pass size hints on, raise windows or grab the keyboard; it says so
# as warnings, which are about the test platform, not about this app.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _png(colour: str = "white", size: tuple[int, int] = (120, 160)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def _tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> DocumentsTab:
    return show_tab(DocumentsTab(ctx), qtbot, tabs)


def _add(folder: Folder, title: str, *, thumbnail: bool = True, **fields: object) -> Document:
    data = _png()
    document = Document(title=title, media_type="image/png", page_count=1,
                        original_name=f"{title}.png", **fields)  # type: ignore[arg-type]
    return folder.records.add_document(document, data, thumbnail=data if thumbnail else None).value


def _rows(tab: DocumentsTab) -> list[list[str]]:
    proxy = tab.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def test_the_list_shows_every_document_newest_first_with_its_preview(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot,
        qtmodeltester: ModelTester) -> None:
    _add(folder, "Approval letter", kind=DocumentKind.PA_DECISION,
         document_date=date(2026, 10, 23), received_on=date(2026, 10, 27),
         sender="Silverpine Health Plans")
    eob = _add(folder, "Part D statement", kind=DocumentKind.EOB,
               document_date=date(2026, 11, 13), received_on=date(2026, 11, 18),
               sender="Silverpine Health Plans", thumbnail=False)
    tab = _tab(ctx, qtbot, tabs)

    assert tab.stack.currentIndex() == 1
    assert _rows(tab) == [
        ["Part D statement", "Explanation of benefits", "Nov 13, 2026", "Nov 18, 2026",
         "Silverpine Health Plans", "1"],
        ["Approval letter", "Prior-authorization decision", "Oct 23, 2026", "Oct 27, 2026",
         "Silverpine Health Plans", "1"],
    ]
    eob_tip = kind_tooltip(DocumentKind.EOB)
    assert tab.proxy.index(0, KIND).data(Qt.ItemDataRole.ToolTipRole) == eob_tip
    assert tab.proxy.index(0, RECEIVED).data(Qt.ItemDataRole.ToolTipRole) == "Wed, Nov 18, 2026"

    # Choosing a row shows its details, and the picture itself beside them.
    tab.table.selectRow(0)
    assert tab.selected_document() == eob
    assert tab.title_label.text() == "Part D statement"
    assert tab.fields["kind"].text() == "Explanation of benefits"
    assert tab.fields["kind"].toolTip() == kind_tooltip(DocumentKind.EOB)
    assert tab.fields["dated"].text() == "Fri, Nov 13, 2026"
    qtbot.waitUntil(lambda: tab.preview.document == eob)  # read in the background
    qtbot.waitUntil(lambda: shown_image(tab) is not None)

    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.table.visualRect(tab.proxy.index(1, TITLE)).center())
    assert tab.title_label.text() == "Approval letter"
    qtbot.waitUntil(lambda: shown_image(tab) is not None
                    and tab.preview.document is not None
                    and tab.preview.document.title == "Approval letter")
    # A small picture is shown at most twice its size to fill the width.
    assert tab.preview.controls.zoom_label.text() == "200 %"

    tab.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert [row[TITLE] for row in _rows(tab)] == ["Approval letter", "Part D statement"]
    tab.table.sortByColumn(DATED, Qt.SortOrder.DescendingOrder)
    assert [row[TITLE] for row in _rows(tab)] == ["Part D statement", "Approval letter"]
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)


def test_editing_a_document_updates_the_list_and_the_store_and_undoes(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    document = _add(folder, "scan 0001", received_on=date(2026, 11, 20))
    tab = _tab(ctx, qtbot, tabs)
    tab.show_record(document.id or 0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown_window(DocumentDialog)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.title
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Approval letter")
    dialog.kind.setCurrentIndex(dialog.kind.findData(DocumentKind.PA_DECISION.value))
    qtbot.keyClicks(dialog.document_date.edit, "10/23/2026")
    qtbot.keyClicks(dialog.from_whom, "Silverpine Health Plans")
    qtbot.keyClick(dialog.from_whom, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    stored = folder.get(Document, document.id or 0)
    assert (stored.title, stored.kind, stored.document_date, stored.sender) == (
        "Approval letter", DocumentKind.PA_DECISION, date(2026, 10, 23),
        "Silverpine Health Plans")
    assert _rows(tab)[0][TITLE] == "Approval letter"
    assert _rows(tab)[0][DATED] == "Oct 23, 2026"
    assert _rows(tab)[0][SENDER] == "Silverpine Health Plans"
    assert tab.title_label.text() == "Approval letter"
    assert tab.fields["sender"].text() == "Silverpine Health Plans"

    ctx.undo_stack.undo()
    assert folder.get(Document, document.id or 0).title == "scan 0001"
    assert _rows(tab)[0][TITLE] == "scan 0001"
    assert tab.title_label.text() == "scan 0001"


def test_a_document_keeps_a_title(ctx: FolderContext, folder: Folder, tabs: list[QWidget],
                                  qtbot: QtBot) -> None:
    document = _add(folder, "scan 0001")
    tab = _tab(ctx, qtbot, tabs)
    tab.show_record(document.id or 0)
    dialog = tab.edit_document()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.title.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "title" in dialog.error_label.text()
    assert folder.get(Document, document.id or 0).title == "scan 0001"


def test_delete_and_undo_and_the_empty_list_says_what_to_do(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    assert tab.stack.currentIndex() == 0
    assert tab.empty_label.text() == empty_text()
    assert tab.empty_add_button.isVisibleTo(tab)

    document = _add(folder, "Approval letter")
    assert tab.stack.currentIndex() == 1
    tab.show_record(document.id or 0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert folder.documents() == []
    assert tab.stack.currentIndex() == 0

    ctx.undo_stack.undo()
    assert [d.id for d in folder.documents()] == [document.id]
    assert tab.stack.currentIndex() == 1
    assert _rows(tab)[0][TITLE] == "Approval letter"


def test_the_requests_it_was_sent_for_open_from_here(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    document = _add(folder, "Visit notes")
    request = folder.records.add(Request(what="Chart notes from the week-4 visit")).value
    tab = _tab(ctx, qtbot, tabs)
    tab.show_record(document.id or 0)
    assert not tab.requests_list.isVisibleTo(tab)
    assert tab.no_requests.isVisibleTo(tab)

    folder.ledger.attach_papers(request.id or 0, [document.id or 0])
    assert tab.requests_list.count() == 1
    assert tab.requests_list.item(0).text().startswith("Chart notes from the week-4 visit")
    rect = tab.requests_list.visualItemRect(tab.requests_list.item(0))
    with qtbot.waitSignal(ctx.signals.show_record) as shown:
        qtbot.mouseClick(tab.requests_list.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert shown.args == [RecordKind.REQUEST, request.id]


def test_typed_markup_is_shown_as_typed(ctx: FolderContext, folder: Folder,
                                        tabs: list[QWidget], qtbot: QtBot) -> None:
    document = _add(folder, "<b>x</b>", sender="<i>y</i>")
    tab = _tab(ctx, qtbot, tabs)
    tab.show_record(document.id or 0)
    assert _rows(tab)[0][TITLE] == "<b>x</b>"
    assert tab.title_label.text() == "<b>x</b>"
    assert tab.title_label.textFormat() is Qt.TextFormat.PlainText
    assert tab.fields["sender"].text() == "<i>y</i>"
    assert tab.fields["sender"].textFormat() is Qt.TextFormat.PlainText


def test_adding_files_imports_them_and_says_how_it_went(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot,
        tmp_path: Path) -> None:
    pytest.importorskip("infusion_desk.services.importing")
    photo = tmp_path / "approval photo.png"
    photo.write_bytes(_png("lightgray", (300, 400)))
    note = tmp_path / "what the nurse said.txt"
    note.write_text("Dressing change on Monday; labs drawn the same visit.\n", encoding="utf-8")
    tab = _tab(ctx, qtbot, tabs)

    with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000) as finished:
        assert tab.import_files([photo, note]) is not None
    result = finished.args[0]
    assert not tab.queue.busy
    assert len(folder.documents()) == 2
    assert len(_rows(tab)) == 2
    summary = shown_window(ImportSummary)
    assert summary.text().startswith("2 added.")
    assert "approval photo.png" in summary.text()
    assert [o.status.value for o in result.outcomes] == ["imported", "imported"]
    first = result.outcomes[0].document
    assert first is not None
    assert tab.selected_document() is not None
    assert tab.selected_document().id == first.id  # type: ignore[union-attr]
    summary.close()

    # One file again: already there, and the status bar says so.
    with qtbot.waitSignal(ctx.signals.status_message, timeout=20000) as said:
        tab.import_files([photo])
    assert "already in the folder" in said.args[0]
    assert len(folder.documents()) == 2


def test_the_list_holds_no_document_text_and_the_chosen_one_is_read_whole(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    words = "The plan approved the infusion for twelve weeks. " * 400  # 20,000 characters
    for n in range(3):
        folder.records.add_document(
            Document(title=f"Letter {n}", media_type="text/plain", page_count=1,
                     received_on=date(2026, 11, 1 + n), original_name=f"letter {n}.txt",
                     text=f"{n} {words}"), f"letter {n}".encode(), pages=[f"{n} {words}"])
    tab = _tab(ctx, qtbot, tabs)
    assert [tab.model.row_object(r).text for r in range(tab.model.rowCount())] == ["", "", ""]
    tab.table.selectRow(1)
    chosen = tab.selected_document()
    assert chosen is not None and chosen.title == "Letter 1"
    assert chosen == folder.get(Document, chosen.id or 0)  # read whole, as stored
    # The text is kept once, in its pages; the details, the preview and the forms ask for it.
    assert folder.document_text(chosen.id or 0) == f"1 {words}"
