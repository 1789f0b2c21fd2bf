"""A document kind written by a newer version shows as such and survives an edit of another
field; choosing a real kind in the form is a real change."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from infusion_desk.core.records import UNKNOWN_LABEL, Document, DocumentKind
from infusion_desk.ui.dialogs.document_dialogs import DocumentDialog
from infusion_desk.ui.documents.document_list import KIND, TITLE
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.ui.shown_windows import shown_window
from tests.ui.tab_helpers import show_tab

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from infusion_desk.services import Folder
    from infusion_desk.ui.context import FolderContext

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

NEWER = "lab_result"


def _stored_kind(folder: Folder, document_id: int) -> str:
    conn = sqlite3.connect(f"file:{folder.path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT kind FROM documents WHERE id = ?",
                                (document_id,)).fetchone()[0])
    finally:
        conn.close()


def _open_dialog(tab: DocumentsTab, document_id: int, qtbot: QtBot) -> DocumentDialog:
    tab.show_record(document_id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown_window(DocumentDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_newer_kind_is_shown_and_kept_when_the_title_is_edited(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    document = folder.records.add_document(
        Document(title="scan 0007", kind=DocumentKind.parse(NEWER)), b"lab bytes").value
    assert document.id is not None
    tab = show_tab(DocumentsTab(ctx), qtbot, tabs)
    assert tab.proxy.index(0, KIND).data() == UNKNOWN_LABEL
    tab.show_record(document.id)
    assert tab.fields["kind"].text() == UNKNOWN_LABEL

    dialog = _open_dialog(tab, document.id, qtbot)
    assert dialog.kind.currentText() == UNKNOWN_LABEL
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())].count(UNKNOWN_LABEL) == 1
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Blood test results")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert folder.get(Document, document.id).title == "Blood test results"
    assert _stored_kind(folder, document.id) == NEWER
    assert tab.proxy.index(0, TITLE).data() == "Blood test results"
    assert tab.proxy.index(0, KIND).data() == UNKNOWN_LABEL


def test_choosing_a_real_kind_changes_it(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    document = folder.records.add_document(
        Document(title="scan 0008", kind=DocumentKind.parse(NEWER)), b"lab bytes").value
    assert document.id is not None
    tab = show_tab(DocumentsTab(ctx), qtbot, tabs)
    dialog = _open_dialog(tab, document.id, qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DocumentKind.CLINICAL_NOTES.value))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert folder.get(Document, document.id).kind is DocumentKind.CLINICAL_NOTES
    assert _stored_kind(folder, document.id) == DocumentKind.CLINICAL_NOTES.value
