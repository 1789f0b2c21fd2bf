"""The People to call tab: add, edit and delete people by keyboard and mouse, with Undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Call, Contact
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.contact_dialogs import ContactDialog
from infusion_desk.ui.tabs.contacts import (
    COL_HOURS,
    COL_NAME,
    COL_NEEDS,
    COL_ORGANIZATION,
    COL_PHONE,
    COL_ROLE,
    ContactsTab,
    empty_text,
)
from tests.ui.shown_windows import shown_window
from tests.ui.tab_helpers import show_tab

# The offscreen platform cannot raise windows, grab the keyboard for a completion list or pass size
# hints on; it says so as warnings, which are about the test platform, not about this app.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> ContactsTab:
    return show_tab(ContactsTab(ctx), qtbot, tabs, size=(1300, 700))


def _form(qtbot: QtBot) -> ContactDialog:
    dialog = shown_window(ContactDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    return dialog


def press(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def type_text(qtbot: QtBot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def cells(tab: ContactsTab, row: int) -> list[str]:
    return [str(tab.proxy.index(row, c).data()) for c in range(tab.proxy.columnCount())]


def test_add_a_person_by_keyboard_then_edit_delete_and_undo(
        ctx: FolderContext, tabs: list[QWidget], qtbot: QtBot,
        qtmodeltester: ModelTester) -> None:
    folder = ctx.folder
    tab = _tab(ctx, qtbot, tabs)
    assert tab.stack.currentIndex() == 0
    assert tab.empty_label.text() == empty_text() and tab.empty_label.isVisible()

    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    dialog = _form(qtbot)
    type_text(qtbot, "Gregory Hale")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Member services")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Silverpine Health Plans")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.phone
    type_text(qtbot, "(888) 555-0147")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Mon-Fri 8-8")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Member ID on every call")
    press(qtbot, Qt.Key.Key_Tab)  # out of the multi-line box, then Enter saves
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    stored = folder.contacts()
    assert [(c.name, c.role, c.organization, c.phone, c.hours, c.needs_from_us)
            for c in stored] == [("Gregory Hale", "Member services", "Silverpine Health Plans",
                                  "(888) 555-0147", "Mon-Fri 8-8", "Member ID on every call")]
    assert tab.stack.currentIndex() == 1
    row = cells(tab, 0)
    assert row[COL_NAME] == "Gregory Hale" and row[COL_ROLE] == "Member services"
    assert row[COL_ORGANIZATION] == "Silverpine Health Plans"
    assert row[COL_NEEDS] == "Member ID on every call"
    assert tab.selected_contact() == stored[0]
    assert "No calls logged with them yet." in tab.details.text()
    header_tip = tab.model.headerData(COL_NEEDS, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.ToolTipRole)
    assert "asked us to send" in header_tip

    # edit: More details holds the fax
    qtbot.mouseClick(tab.details.edit_button, Qt.MouseButton.LeftButton)
    dialog = _form(qtbot)
    assert dialog.windowTitle() == "Edit the person"
    dialog.phone.setFocus()
    dialog.phone.selectAll()
    type_text(qtbot, "(888) 555-0199")
    dialog.show_more()
    dialog.fax.setFocus()
    type_text(qtbot, "(888) 555-0148")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    edited = folder.contacts()[0]
    assert (edited.phone, edited.fax) == ("(888) 555-0199", "(888) 555-0148")
    assert cells(tab, 0)[COL_PHONE] == "(888) 555-0199"
    assert "Fax:\n(888) 555-0148" in tab.details.text()
    ctx.undo_stack.undo()
    assert folder.contacts()[0].phone == "(888) 555-0147"
    assert cells(tab, 0)[COL_PHONE] == "(888) 555-0147"

    # delete goes to the trash with Undo, no question asked
    qtbot.mouseClick(tab.details.delete_button, Qt.MouseButton.LeftButton)
    assert folder.contacts() == []
    assert tab.stack.currentIndex() == 0
    ctx.undo_stack.undo()
    assert [c.name for c in folder.contacts()] == ["Gregory Hale"]
    assert cells(tab, 0)[COL_NAME] == "Gregory Hale"
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)


def test_a_person_needs_a_name(ctx: FolderContext, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    tab.add_contact()
    dialog = _form(qtbot)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Nurse")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "type the person's name" in dialog.error_label.text()
    assert dialog.role.currentText() == "Nurse"
    assert ctx.folder.contacts() == []


def test_details_show_every_field_and_the_last_five_calls(
        ctx: FolderContext, tabs: list[QWidget], qtbot: QtBot) -> None:
    folder = ctx.folder
    renee = folder.records.add(Contact(name="Renee Castillo", role="Intake coordinator",
                               organization="Brightwater", phone="(614) 555-0121",
                               fax="(614) 555-0122", email="intake@brightwater.example",
                               hours="Mon–Fri 8–4:30", needs_from_us="Insurance cards",
                               notes="Patient number BW-20931 <b>")).value
    folder.records.add(Contact(name="Tonya Reyes", organization="Riverside"))
    for day in range(1, 8):
        folder.records.add(Call(called_at=datetime(2026, 11, day, 10, 30), contact_id=renee.id,
                        reference_number=f"BW-{day}"))
    tab = _tab(ctx, qtbot, tabs)
    assert renee.id is not None
    tab.show_record(renee.id)
    text = tab.details.text()
    for part in ("Renee Castillo", "Intake coordinator", "(614) 555-0122",
                 "intake@brightwater.example", "Mon–Fri 8–4:30", "Insurance cards",
                 "Patient number BW-20931 <b>"):
        assert part in text
    assert "Sat, Nov 7, 2026, 10:30 AM — reference number BW-7" in text
    assert "BW-3" in text and "Mon, Nov 2, 2026" not in text  # only the last five
    # a new call with her shows up at once
    folder.records.add(Call(called_at=datetime(2026, 11, 20, 9, 0), contact_id=renee.id,
                    reference_number="BW-20"))
    assert "reference number BW-20" in tab.details.text()
    assert "Tue, Nov 3, 2026" not in tab.details.text()


def test_sorted_by_organization_and_clicking_a_header_sorts(
        ctx: FolderContext, tabs: list[QWidget], qtbot: QtBot) -> None:
    folder = ctx.folder
    folder.records.add(Contact(name="Zed", organization="Acme"))
    folder.records.add(Contact(name="Amy", organization="Zenith"))
    folder.records.add(Contact(name="Bob", organization=""))
    tab = _tab(ctx, qtbot, tabs)
    assert [cells(tab, r)[COL_NAME] for r in range(3)] == ["Zed", "Amy", "Bob"]
    tab.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [cells(tab, r)[COL_NAME] for r in range(3)] == ["Amy", "Bob", "Zed"]


# ---------------------------------------------------------------------- fit at any text size
def _text_size(qapp: QApplication, percent: int) -> Iterator[None]:
    """View > Text size, as the main window sets it (from 11 pt)."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(11.0 * percent / 100)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.fixture(params=[100, 150, 200], ids=["text-100", "text-150", "text-200"])
def text_size(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[int]:
    for _ in _text_size(qapp, request.param):
        yield request.param


MARCUS = Contact(name="Marcus Webb, PharmD", role="Infusion pharmacist",
                 organization="Brightwater Home Infusion Pharmacy", phone="(614) 555-0123",
                 hours="Mon–Sat 8 a.m.–6 p.m.; on-call pharmacist at night on the same number",
                 needs_from_us="Weekly lab results (CBC, BMP, ESR, CRP) by Tuesday. Call right "
                               "away about a rash, diarrhea, fever or a line that will not flush.")


def test_the_list_never_scrolls_sideways_and_keeps_hours_and_needs(
        ctx: FolderContext, text_size: int, tabs: list[QWidget], qtbot: QtBot) -> None:
    ctx.folder.records.add(MARCUS)
    tab = _tab(ctx, qtbot, tabs)
    tab.resize(1366, 768)
    table = tab.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    header = table.horizontalHeader()
    needs = QFontMetrics(header.font()).horizontalAdvance("What they need from us")
    assert header.sectionSize(COL_NEEDS) > needs  # the header is never cut mid-word
    assert not table.isColumnHidden(COL_NAME) and not table.isColumnHidden(COL_PHONE)
    if text_size <= 150:
        assert not table.isColumnHidden(COL_HOURS)
    if text_size == 100:
        assert not any(table.isColumnHidden(c) for c in range(tab.proxy.columnCount()))
    assert table.verticalHeader().defaultSectionSize() >= 2 * table.fontMetrics().lineSpacing()


def test_what_they_need_comes_first_and_a_call_can_be_logged_from_here(
        ctx: FolderContext, tabs: list[QWidget], qtbot: QtBot) -> None:
    marcus = ctx.folder.records.add(MARCUS).value
    tab = _tab(ctx, qtbot, tabs)
    details = tab.details
    lines = details.text().split("\n")
    assert lines[0] == "Marcus Webb, PharmD"
    assert lines[1] == "Infusion pharmacist, Brightwater Home Infusion Pharmacy"
    assert lines[2] == "What they need from us"  # before phone, hours and the rest
    assert lines[3].endswith("Call right away about a rash, diarrhea, fever or a line that "
                             "will not flush.")
    assert lines.index("Phone:") > 3

    assert details.log_call_button.text() == "Log a &call with this person…"
    with qtbot.waitSignal(tab.log_call_requested, timeout=1000) as asked:
        qtbot.mouseClick(details.log_call_button, Qt.MouseButton.LeftButton)
    assert asked.args == [marcus.id]

    assert details.delete_button.text() == "Dele&te this person"
    assert details.delete_button.toolTip() == "Moves it to the trash. You can undo."
    assert details.delete_button.geometry().top() > details.log_call_button.geometry().bottom()
