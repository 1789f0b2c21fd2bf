"""The Calls tab and *Log a call*, driven from the keyboard the way she would on the phone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import SaveFailedError
from infusion_desk.core.records import (
    Call,
    Contact,
    Plan,
    PlanRank,
    Profile,
    Question,
    QuestionStatus,
    Request,
)
from infusion_desk.services import Answer, Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.call_sheet import LogCallDialog
from infusion_desk.ui.tabs.calls import (
    COL_FOLLOW_UP,
    COL_REFERENCE,
    COL_SAID,
    COL_WHEN,
    COL_WHO,
    CallsTab,
    empty_text,
)
from tests.ui.shown_windows import shown_window
from tests.ui.tab_helpers import show_tab

# The offscreen platform cannot raise windows, grab the keyboard for a completion list or pass size
# hints on; it says so as warnings, which are about the test platform, not about this app.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

TODAY = date(2026, 11, 27)
SILVERPINE = "Silverpine Health Plans"


@pytest.fixture
def story(folder: Folder) -> dict[str, Any]:
    """A small folder: the patient, two plans, two contacts, two open questions, a request."""
    folder.records.save_profile(
        Profile(patient_name="Walter Brennan", date_of_birth=date(1947, 3, 14)))
    folder.records.add(
        Plan(payer="Medicare", member_id="3HK7-XN2-RW58", member_phone="(800) 555-0100"))
    folder.records.add(Plan(payer=SILVERPINE, rank=PlanRank.OTHER, member_id="SPX448120457",
                    group_number="RXG-SP4471", member_phone="(888) 555-0143"))
    gregory = folder.records.add(Contact(name="Gregory Hale", organization=SILVERPINE,
                                 phone="(888) 555-0147")).value
    folder.records.add(Contact(name="Renee Castillo", organization="Brightwater Home Infusion"))
    doctor_q = folder.records.add(
        Question(text="Was the form signed?", ask_whom="Dr. Okafor's office")).value
    plan_q = folder.records.add(
        Question(text="What exactly is missing?", ask_whom="Silverpine")).value
    folder.records.add(Request(what="Chart notes", requested_on=date(2026, 11, 18),
                       requested_by=SILVERPINE, due_on=date(2026, 11, 25)))
    return {"gregory": gregory, "plan_q": plan_q, "doctor_q": doctor_q}


def _tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> CallsTab:
    return show_tab(CallsTab(ctx), qtbot, tabs, size=(1300, 700))


def _wait_for_form(dialog: QWidget, qtbot: QtBot) -> None:
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _open_log(tab: CallsTab, qtbot: QtBot) -> LogCallDialog:
    dialog = tab.log_call()
    _wait_for_form(dialog, qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.when_date.edit)
    return dialog


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    """A key as the keyboard delivers it: to an open completion list first, else the focus."""
    target = QApplication.activePopupWidget() or _focus()
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focus(), text)


def cell(tab: CallsTab, row: int, column: int) -> str:
    return str(tab.model.index(row, column).data())


def test_log_a_call_by_keyboard_alone(ctx: FolderContext, story: dict[str, Any],
        tabs: list[QWidget], qtbot: QtBot) -> None:
    folder = ctx.folder
    folder.records.add(Call(called_at=datetime(2026, 11, 20, 9, 0), organization="Medicare"))
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)

    for _ in range(3):  # day, time, "we called" keep their defaults
        press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.organization
    type_text(qtbot, SILVERPINE)
    press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.person
    type_text(qtbot, "Gregory Hale")
    press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.phone
    assert dialog.phone.text() == "(888) 555-0147"  # the contact's own number
    assert dialog.person_hint.text() == "Saved in People to call."
    press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.reference
    type_text(qtbot, "SPX-CD-118204")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "They still need the chart notes.")
    press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.outcome
    type_text(qtbot, "Fax the notes today")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "+3")
    press(qtbot, Qt.Key.Key_Tab)
    first = dialog.checklist.rows[0]
    assert first.question.id == story["plan_q"].id  # Silverpine's question comes first
    assert _focus() is first.box
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is first.answer
    type_text(qtbot, "Chart notes from the last two visits")
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    # visible: the new call at the top of the list, selected, with its details beside it
    assert cell(tab, 0, COL_WHO) == f"{SILVERPINE} — Gregory Hale"
    assert cell(tab, 0, COL_REFERENCE) == "SPX-CD-118204"
    assert cell(tab, 0, COL_SAID) == "They still need the chart notes."
    assert cell(tab, 0, COL_FOLLOW_UP) == "Mon Nov 30"  # short in the list: this year
    assert cell(tab, 0, COL_WHEN).startswith("Fri Nov 27, ")
    assert tab.table.currentIndex().row() == 0
    details = tab.details.text()
    assert "What exactly is missing?" in details
    assert "Chart notes from the last two visits" in details
    # stored: one call linked to Gregory, and the question answered on it
    call = folder.calls()[0]
    assert call.contact_id == story["gregory"].id
    assert call.follow_up_on == date(2026, 11, 30)
    assert call.called_at.date() == TODAY
    answered = folder.get(Question, story["plan_q"].id)
    assert answered.status is QuestionStatus.ANSWERED
    assert answered.answered_call_id == call.id
    assert answered.answer == "Chart notes from the last two visits"
    assert folder.get(Question, story["doctor_q"].id).status is QuestionStatus.OPEN
    assert len(folder.contacts()) == 2

    # Undo takes the whole call back, answer included; Redo puts it back
    ctx.undo_stack.undo()
    assert folder.count(Call) == 1
    assert folder.get(Question, story["plan_q"].id).status is QuestionStatus.OPEN
    assert cell(tab, 0, COL_WHO) == "Medicare"
    ctx.undo_stack.redo()
    assert folder.get(Question, story["plan_q"].id).answered_call_id == call.id
    assert cell(tab, 0, COL_REFERENCE) == "SPX-CD-118204"


def test_a_new_name_becomes_a_new_contact(ctx: FolderContext, story: dict[str, Any],
        tabs: list[QWidget], qtbot: QtBot) -> None:
    folder = ctx.folder
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    dialog.organization.setFocus()
    type_text(qtbot, "Silverpine")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Janelle Ortiz")
    assert dialog.person_hint.text() == "New person: saving adds them to People to call."
    assert dialog.phone.text() == "(888) 555-0143"  # the plan's member-services number
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    janelle = next(c for c in folder.contacts() if c.name == "Janelle Ortiz")
    assert janelle.organization == "Silverpine"
    assert janelle.phone == "(888) 555-0143"
    call = folder.calls()[0]
    assert call.contact_id == janelle.id
    assert call.person == "Janelle Ortiz"
    assert cell(tab, 0, COL_WHO) == "Silverpine — Janelle Ortiz"
    ctx.undo_stack.undo()
    assert [c.name for c in folder.contacts()] == ["Renee Castillo", "Gregory Hale"]


def test_the_call_sheet_follows_the_organization(ctx: FolderContext, story: dict[str, Any],
        tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    before = dialog.sheet.text()
    assert "Member ID: 3HK7-XN2-RW58" in before and "Member ID: SPX448120457" in before

    dialog.organization.setFocus()
    type_text(qtbot, "silverpine")
    sheet = dialog.sheet.text()
    assert "Patient: Walter Brennan" in sheet
    assert "Date of birth: Mar 14, 1947" in sheet  # no weekday on a birthday
    assert "Member ID: SPX448120457" in sheet
    assert "Group number: RXG-SP4471" in sheet
    assert "3HK7-XN2-RW58" not in sheet  # Medicare's number is not for this call
    checklist = dialog.checklist
    assert checklist.heading.text() == "1 question for silverpine"
    assert [r.question.text for r in checklist.mine()] == ["What exactly is missing?"]
    assert [r.question.text for r in checklist.others()] == ["Was the form signed?"]
    assert checklist.others_button.text() == "Other open questions (1)"
    assert not checklist.others()[0].widget.isVisibleTo(dialog)  # folded away
    assert "Overdue: Chart notes" in sheet
    assert "asked on Wed, Nov 18, 2026, due by Wed, Nov 25, 2026 (2 days overdue)" in sheet

    dialog.organization.selectAll()
    type_text(qtbot, "Brightwater")
    sheet = dialog.sheet.text()
    assert "No plan is from “Brightwater”, so every plan is here." in sheet
    assert "Member ID: 3HK7-XN2-RW58" in sheet
    assert "Nothing open with “Brightwater”." in sheet
    assert checklist.heading.text() == "No open question is marked for Brightwater."
    assert checklist.mine() == []
    assert checklist.others_button.text() == "Other open questions (2)"
    qtbot.mouseClick(checklist.others_button, Qt.MouseButton.LeftButton)
    asked = [r.asked.text() for r in checklist.others() if r.widget.isVisibleTo(dialog)]
    assert "Was the form signed?  (ask Dr. Okafor's office)" in asked


def test_a_failed_save_keeps_everything_typed(ctx: FolderContext, story: dict[str, Any],
        tabs: list[QWidget], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = ctx.folder
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    dialog.organization.setFocus()
    type_text(qtbot, "Medicare")
    dialog.reference.setFocus()
    type_text(qtbot, "1-88213-4410")
    dialog.summary.setFocus()
    type_text(qtbot, "Part B covers the nurse visits.")

    def fail(*_args: object, **_kwargs: object) -> Call:
        raise SaveFailedError("disk I/O error")

    monkeypatch.setattr(folder.call_log, "log_call", fail)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "could not be saved" in dialog.error_label.text()
    assert dialog.organization.text() == "Medicare"
    assert dialog.reference.text() == "1-88213-4410"
    assert dialog.summary.toPlainText() == "Part B covers the nurse visits."
    assert folder.count(Call) == 0

    monkeypatch.undo()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert folder.calls()[0].reference_number == "1-88213-4410"


def test_enter_in_what_was_said_starts_a_line_and_ctrl_enter_saves(ctx: FolderContext,
        folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    dialog.summary.setFocus()
    type_text(qtbot, "First line")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Second line")
    assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert folder.calls()[0].summary == "First line\nSecond line"


def test_an_empty_call_is_not_saved(ctx: FolderContext, folder: Folder, tabs: list[QWidget],
        qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Type who you spoke with" in dialog.error_label.text()
    assert folder.count(Call) == 0


def test_a_ticked_question_needs_its_answer(ctx: FolderContext, story: dict[str, Any],
        tabs: list[QWidget], qtbot: QtBot) -> None:
    folder = ctx.folder
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    dialog.organization.setText("Medicare")
    row = dialog.checklist.rows[0]
    assert not row.answer.isEnabled()
    row.box.setChecked(True)
    assert row.answer.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "or untick it" in dialog.error_label.text()
    assert folder.count(Call) == 0


def test_esc_asks_before_losing_a_typed_call(ctx: FolderContext, tabs: list[QWidget], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _tab(ctx, qtbot, tabs)
    asked: list[bool] = []

    dialog = _open_log(tab, qtbot)
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(True) or False)
    press(qtbot, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not dialog.isVisible() and asked == []

    dialog = _open_log(tab, qtbot)
    answers = iter([False, True])
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(True) or next(answers))
    dialog.organization.setFocus()
    type_text(qtbot, "Brightwater")
    if QApplication.activePopupWidget() is not None:
        press(qtbot, Qt.Key.Key_Escape)  # the first Esc closes the list of suggestions
        assert QApplication.activePopupWidget() is None and asked == []
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible()  # "Keep typing"
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == [True, True]
    assert not dialog.isVisible()  # "Discard"


def _bulk_calls(folder: Folder, count: int) -> None:
    """Many calls in one transaction, straight through the store (the UI never does this)."""
    from sqlalchemy import insert

    from infusion_desk.storage.mapping import to_values
    from infusion_desk.storage.tables import CallRow

    start = datetime(2026, 11, 1, 9, 0)
    stamp = datetime(2026, 11, 1)
    rows = [
        {**to_values(Call(called_at=start - timedelta(minutes=30 * n), organization=f"Org {n}",
                          reference_number=f"R{n}", summary=f"Call number {n}")),
         "created_at": stamp, "updated_at": stamp}
        for n in range(count)
    ]
    with folder._store.writing() as session:
        session.execute(insert(CallRow), rows)


def test_twenty_thousand_calls_open_at_once_and_load_as_she_scrolls(ctx: FolderContext,
        folder: Folder, tabs: list[QWidget], qtbot: QtBot, *, qtmodeltester: ModelTester,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _bulk_calls(folder, 20_000)
    tab = _tab(ctx, qtbot, tabs)
    model = tab.model
    assert model.total_count == 20_000
    assert model.rowCount() == 200
    assert model.canFetchMore()
    assert cell(tab, 0, COL_REFERENCE) == "R0"  # newest first
    assert cell(tab, 199, COL_REFERENCE) == "R199"

    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    assert cell(tab, 399, COL_REFERENCE) == "R399"

    # Pages fetched further down change no column width: the columns are not fitted again
    # (measuring them at every page made scrolling stutter).
    fits: list[int] = []
    fit = tab.fitter._fit  # noqa: SLF001
    monkeypatch.setattr(tab.fitter, "_fit", lambda: fits.append(1) or fit())
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 800
    assert fits == []

    old = folder.calls(limit=1, offset=1234)[0]
    assert old.id is not None
    tab.show_record(old.id)
    assert tab.selected_call() == old
    assert model.rowCount() == 1400
    assert "R1234" in tab.details.text()
    qtmodeltester.check(model, force_py=True)


def test_details_follow_up_done_edit_and_delete_with_undo(ctx: FolderContext, folder: Folder,
        tabs: list[QWidget], qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    tab = _tab(ctx, qtbot, tabs)
    assert tab.stack.currentIndex() == 0
    assert tab.empty_label.text() == empty_text()
    assert tab.empty_label.isVisible()

    call = folder.records.add(Call(called_at=datetime(2026, 11, 20, 14, 5), organization="Medicare",
                           person="Janelle", reference_number="1-88", summary="Part B <b>ok</b>",
                           follow_up_on=date(2026, 11, 24))).value
    assert tab.stack.currentIndex() == 1
    assert cell(tab, 0, COL_WHEN) == "Fri Nov 20, 2:05 PM"
    assert cell(tab, 0, COL_FOLLOW_UP) == "Tue Nov 24\n3 days overdue"
    assert cell(tab, 0, COL_SAID) == "Part B <b>ok</b>"
    header_tip = tab.model.headerData(COL_REFERENCE, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.ToolTipRole)
    assert "Ask for it before you hang up" in header_tip
    assert tab.selected_call() == call
    assert "Tue, Nov 24, 2026 — 3 days overdue" in tab.details.text()

    assert tab.details.done_button.isEnabled()
    qtbot.mouseClick(tab.details.done_button, Qt.MouseButton.LeftButton)
    assert folder.get(Call, call.id or 0).follow_up_done
    assert cell(tab, 0, COL_FOLLOW_UP) == "Tue Nov 24\ndone"
    assert not tab.details.done_button.isEnabled()
    ctx.undo_stack.undo()
    assert not folder.get(Call, call.id or 0).follow_up_done

    qtbot.mouseClick(tab.details.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown_window(LogCallDialog)
    _wait_for_form(dialog, qtbot)
    assert dialog.windowTitle() == "Edit the call"
    assert dialog.reference.text() == "1-88"
    assert not dialog.checklist.isVisibleTo(dialog)
    dialog.reference.setFocus()
    dialog.reference.selectAll()
    type_text(qtbot, "1-88213-4410")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    edited = folder.get(Call, call.id or 0)
    assert edited.reference_number == "1-88213-4410"
    assert edited.called_at == call.called_at and edited.person == "Janelle"
    assert cell(tab, 0, COL_REFERENCE) == "1-88213-4410"

    qtbot.mouseClick(tab.details.delete_button, Qt.MouseButton.LeftButton)
    assert folder.count(Call) == 0
    assert tab.stack.currentIndex() == 0
    ctx.undo_stack.undo()
    assert folder.count(Call) == 1
    assert cell(tab, 0, COL_REFERENCE) == "1-88213-4410"
    qtmodeltester.check(tab.model, force_py=True)


def test_show_record_selects_and_shows_answers(ctx: FolderContext, story: dict[str, Any],
        tabs: list[QWidget], qtbot: QtBot) -> None:
    folder = ctx.folder
    first = folder.call_log.log_call(
        Call(called_at=datetime(2026, 11, 2, 10), organization=SILVERPINE),
                            [Answer(story["plan_q"].id, "The signed form")]).value
    folder.records.add(Call(called_at=datetime(2026, 11, 3, 10), organization="Medicare"))
    tab = _tab(ctx, qtbot, tabs)
    selected = tab.selected_call()
    assert selected is not None and selected.organization == "Medicare"
    assert first.id is not None
    tab.show_record(first.id)
    assert tab.table.currentIndex().row() == 1
    text = tab.details.text()
    assert "What exactly is missing?" in text and "The signed form" in text


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


def _many_calls(folder: Folder) -> None:
    folder.records.add(Call(called_at=datetime(2026, 11, 21, 14, 45),
                    organization="Brightwater Home Infusion Pharmacy", person="Renee Castillo",
                    reference_number="SRX-CALL-671154", follow_up_on=date(2026, 11, 14),
                    summary="Told Renee that Dr. Okafor may extend by 2 weeks. " * 3))
    folder.records.add(Call(called_at=datetime(2025, 12, 30, 9, 5), organization="Medicare",
                    summary="An old call"))


def test_the_list_never_scrolls_sideways_and_keeps_the_key_columns(
        ctx: FolderContext, folder: Folder, text_size: int, tabs: list[QWidget],
        qtbot: QtBot) -> None:
    _many_calls(folder)
    tab = _tab(ctx, qtbot, tabs)
    tab.resize(1366, 768)
    table = tab.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    header = table.horizontalHeader()
    shown = [c for c in range(tab.model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    # which call it is (when, the reference number) and who: at every size; what was said and
    # the follow-up only where there is room (the details beside the list show them)
    for column in (COL_WHEN, COL_REFERENCE, COL_WHO):
        assert not table.isColumnHidden(column)
    if not table.isColumnHidden(COL_FOLLOW_UP):
        bold = QFont(table.font())
        bold.setBold(True)
        overdue = QFontMetrics(bold).horizontalAdvance("13 days overdue")
        assert header.sectionSize(COL_FOLLOW_UP) > overdue + table.iconSize().width()
    if not table.isColumnHidden(COL_SAID):
        said = QFontMetrics(header.font()).horizontalAdvance("What was said")
        assert header.sectionSize(COL_SAID) > said  # its header is never cut
    if text_size == 100:
        assert not table.isColumnHidden(COL_SAID) and not table.isColumnHidden(COL_FOLLOW_UP)
    metrics = table.fontMetrics()
    assert table.iconSize().height() == metrics.height()  # icons grow with the text
    assert table.verticalHeader().defaultSectionSize() >= 2 * metrics.lineSpacing()
    # short dates in the list: the year only when it is not this year
    assert cell(tab, 0, COL_WHEN) == "Sat Nov 21, 2:45 PM"
    assert cell(tab, 0, COL_FOLLOW_UP) == "Sat Nov 14\n13 days overdue"
    assert cell(tab, 1, COL_WHEN) == "Tue Dec 30, 2025, 9:05 AM"


def test_a_reference_number_is_never_broken_at_its_hyphens(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    _many_calls(folder)
    tab = _tab(ctx, qtbot, tabs)
    tab.resize(1366, 768)
    table = tab.table
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 0)
    # in the list: the column fits the longest one on one line
    needed = table.fontMetrics().horizontalAdvance("SRX-CALL-671154")
    assert table.columnWidth(COL_REFERENCE) > needed
    # beside the list: one line, a clear font, and Copy
    reference = tab.details.reference
    assert reference is not None
    assert reference.text() == "SRX-CALL-671154"
    assert not reference.label.wordWrap()
    assert reference.label.width() >= reference.label.fontMetrics().horizontalAdvance(
        "SRX-CALL-671154")
    qtbot.mouseClick(reference.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "SRX-CALL-671154"
    assert reference.copy_button.text() == "Copied"


def test_delete_is_apart_and_says_what_it_does(ctx: FolderContext, folder: Folder,
        tabs: list[QWidget], qtbot: QtBot) -> None:
    _many_calls(folder)
    tab = _tab(ctx, qtbot, tabs)
    details = tab.details
    assert details.delete_button.text() == "Dele&te this call"
    assert details.delete_button.accessibleName() == "Delete this call"
    assert details.delete_button.toolTip() == "Moves it to the trash. You can undo."
    done, delete = details.done_button.geometry(), details.delete_button.geometry()
    assert delete.top() > done.bottom() + 100  # at the bottom of the pane, not beside it
    assert "Delete" not in details.done_button.text()


# ---------------------------------------------------------------------- Log a call: the form
def test_organization_and_person_offer_what_the_folder_knows(ctx: FolderContext,
        story: dict[str, Any], tabs: list[QWidget], qtbot: QtBot) -> None:
    folder = ctx.folder
    folder.records.add(Call(called_at=datetime(2026, 11, 2, 9), organization="St. Brigid imaging"))
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    organizations = dialog.organization.names()
    for name in ("Medicare", SILVERPINE, "Brightwater Home Infusion", "St. Brigid imaging"):
        assert name in organizations  # plans, contacts and past calls
    assert dialog.organization.isEditable()  # a drop-down, and a new name can be typed

    dialog.organization.setFocus()
    type_text(qtbot, SILVERPINE)
    if QApplication.activePopupWidget() is not None:
        press(qtbot, Qt.Key.Key_Escape)
    assert dialog.person.names() == ["Gregory Hale"]  # the people of that organization
    dialog.person.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # picks the first name from the list
    assert dialog.person.text() == "Gregory Hale"
    assert dialog.phone.text() == "(888) 555-0147"  # the person's own number
    assert dialog.person_hint.text() == "Saved in People to call."

    dialog.person.selectAll()
    type_text(qtbot, "Someone New")  # someone new: just type the name
    assert dialog.person_hint.text() == "New person: saving adds them to People to call."
    assert dialog.phone.text() == "(888) 555-0143"  # back to the plan's number


def test_the_form_scrolls_as_one_and_nothing_is_cut(ctx: FolderContext, story: dict[str, Any],
        tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    scroll = dialog.scroll_area()
    assert scroll is not None
    assert dialog.findChildren(QScrollArea) == [scroll]  # one scroll bar, not two
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    hint = dialog.when_date.hint  # "Fri, Nov 27, 2026" is never cut to "Fı"
    assert hint.text() == "Fri, Nov 27, 2026"
    assert hint.width() >= hint.fontMetrics().horizontalAdvance(hint.text())
    assert not dialog.follow_up.visibleRegion().isEmpty()  # above the fold


def test_ids_on_the_call_sheet_stay_whole_and_can_be_copied(ctx: FolderContext,
        story: dict[str, Any], tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    fields = {field.text(): field for field in dialog.sheet.id_fields()}
    assert set(fields) == {"3HK7-XN2-RW58", "SPX448120457", "RXG-SP4471"}
    medicare = fields["3HK7-XN2-RW58"]
    assert not medicare.label.wordWrap()
    assert medicare.label.font().fixedPitch()  # 0 and O, 1 and l look different
    assert medicare.label.font().pointSizeF() > dialog.font().pointSizeF()
    assert medicare.label.width() >= medicare.label.fontMetrics().horizontalAdvance(
        "3HK7-XN2-RW58")
    qtbot.mouseClick(medicare.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "3HK7-XN2-RW58"


def test_questions_for_the_office_first_the_others_folded(ctx: FolderContext,
        story: dict[str, Any], tabs: list[QWidget], qtbot: QtBot) -> None:
    folder = ctx.folder
    chart = folder.requests()[0]
    folder.question_list.add_stuck(ask_whom="Silverpine coverage", request_id=chart.id)
    tab = _tab(ctx, qtbot, tabs)
    dialog = _open_log(tab, qtbot)
    checklist = dialog.checklist
    assert checklist.mine() == []
    assert checklist.others_button.text() == "Open questions (5)"
    assert not any(r.widget.isVisibleTo(dialog) for r in checklist.others())

    dialog.organization.setFocus()
    type_text(qtbot, "Silverpine")
    assert checklist.heading.text() == "4 questions for Silverpine"
    mine = checklist.mine()
    assert mine[0].question.text == "What exactly is missing?"
    assert all(r.widget.isVisibleTo(dialog) for r in mine)
    stuck = [r for r in mine if r.question.request_id == chart.id]
    assert len(stuck) == 3
    assert all("about: Chart notes" in r.asked.text() for r in stuck)  # what it is about
    assert checklist.others_button.text() == "Other open questions (1)"
    assert not checklist.others()[0].widget.isVisibleTo(dialog)

    # a ticked question under the fold with no answer: the fold opens at it
    if QApplication.activePopupWidget() is not None:
        press(qtbot, Qt.Key.Key_Escape)
    checklist.others()[0].box.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "or untick it" in dialog.error_label.text()
    assert checklist.others_shown()
    assert checklist.others()[0].answer.isVisibleTo(dialog)


def test_log_a_call_with_a_person_from_people_to_call(ctx: FolderContext,
        story: dict[str, Any], tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    gregory = story["gregory"]
    dialog = tab.log_call_with_contact(gregory.id)
    assert dialog is not None
    _wait_for_form(dialog, qtbot)
    assert (dialog.organization.text(), dialog.person.text(), dialog.phone.text()) == (
        SILVERPINE, "Gregory Hale", "(888) 555-0147")
    assert dialog.person_hint.text() == "Saved in People to call."
    assert dialog.checklist.heading.text() == f"1 question for {SILVERPINE}"
    dialog.reference.setFocus()
    type_text(qtbot, "SPX-77")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    call = ctx.folder.calls()[0]
    assert (call.contact_id, call.reference_number) == (gregory.id, "SPX-77")
    assert tab.log_call_with_contact(99999) is None  # gone (trashed): nothing opens
