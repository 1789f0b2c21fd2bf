"""A box is ticked by its words too: a paper's name in *Mark as sent*, a question's text in *Log
a call* (the box alone is a small target for a hand that shakes)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Document, Question, Request
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.call_sheet import LogCallDialog
from infusion_desk.ui.dialogs.request_dialogs import SentDialog


def _sent_dialog(ctx: FolderContext, qtbot: QtBot, papers: int) -> SentDialog:
    for number in range(papers):
        ctx.folder.records.add_document(Document(title=f"Lab results, week {number + 1}",
                                                 received_on=date(2026, 11, 1)), b"labs")
    request = ctx.folder.records.add(Request(what="Lab results", requested_by="Silverpine",
                                             requested_on=date(2026, 11, 20))).value
    dialog = SentDialog(ctx, request)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_click_on_a_papers_name_ticks_it_and_a_second_click_unticks_it(
        ctx: FolderContext, qtbot: QtBot) -> None:
    dialog = _sent_dialog(ctx, qtbot, 3)
    papers = dialog.documents
    item = papers.item(1)
    rect = papers.visualItemRect(item)
    name = QPoint(rect.center().x(), rect.top() + rect.height() // 3)  # on the title's words
    qtbot.mouseClick(papers.viewport(), Qt.MouseButton.LeftButton, pos=name)
    assert item.checkState() == Qt.CheckState.Checked
    assert dialog.checked_document_ids() == (item.data(Qt.ItemDataRole.UserRole),)
    qtbot.mouseClick(papers.viewport(), Qt.MouseButton.LeftButton, pos=name)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert dialog.checked_document_ids() == ()


def test_more_papers_show_at_once_without_scrolling(ctx: FolderContext, qtbot: QtBot) -> None:
    dialog = _sent_dialog(ctx, qtbot, 16)
    papers = dialog.documents
    shown = [n for n in range(papers.count())
             if papers.viewport().rect().contains(papers.visualItemRect(papers.item(n)))]
    assert len(shown) >= 6  # was 4 of 16


def test_a_click_on_a_questions_words_ticks_answered(
        ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> None:
    ctx.folder.records.add(Question(text="Did the fax arrive?", ask_whom="Silverpine"))
    dialog = LogCallDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.organization.setText("Silverpine")
    row = dialog.checklist.rows[0]
    assert not row.box.isChecked() and not row.answer.isEnabled()
    qtbot.mouseClick(row.asked, Qt.MouseButton.LeftButton)
    assert row.box.isChecked() and row.answer.isEnabled()
    qtbot.mouseClick(row.asked, Qt.MouseButton.LeftButton)
    assert not row.box.isChecked()
    QDialog.done(dialog, 0)  # (closing with typing in it would ask first)


def _shown_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_enter_on_a_call_or_a_person_opens_it(
        ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> None:
    from datetime import datetime

    from infusion_desk.core.records import Call, Contact
    from infusion_desk.ui.tabs.calls import CallsTab
    from infusion_desk.ui.tabs.contacts import ContactsTab

    ctx.folder.records.add(Call(called_at=datetime(2026, 11, 26, 9, 0), organization="Medicare",
                                reference_number="1-88"))
    ctx.folder.records.add(Contact(name="Gregory Hale", organization="Silverpine"))
    for tab_class in (CallsTab, ContactsTab):
        tab = tab_class(ctx)
        tabs.append(tab)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitExposed(tab)
        tab.table.setFocus()
        before = set(_shown_dialogs())
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
        opened = [d for d in _shown_dialogs() if d not in before]
        assert len(opened) == 1, tab_class.__name__
        QDialog.done(opened[0], 0)
