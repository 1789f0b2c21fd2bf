"""The request ledger, driven the way she would use it: add, mark as sent, filter, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import (
    Contact,
    Document,
    DocumentKind,
    QuestionStatus,
    RecordKind,
    Request,
    SendMethod,
)
from infusion_desk.core.rules import STUCK_QUESTIONS
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.request_dialogs import RequestDialog, SentDialog
from infusion_desk.ui.requests.ledger_model import (
    ASKED_BY,
    ASKED_ON,
    CONFIRMATION,
    DUE_BY,
    HOW,
    NOT_SENT,
    PAPERS,
    SENT,
    SENT_ON,
    STATE,
    TO_WHOM,
    WHAT,
)
from infusion_desk.ui.requests.paper_list import DETAIL_ROLE
from infusion_desk.ui.tabs.requests import RequestsTab
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

TODAY = date(2026, 11, 27)
SILVERPINE = "Silverpine Health Plans"


def _tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> RequestsTab:
    return show_tab(RequestsTab(ctx), qtbot, tabs, add_widget=True)


def _cell(tab: RequestsTab, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole
          ) -> object:
    return tab.proxy.index(row, column).data(role)


def _column(tab: RequestsTab, column: int) -> list[object]:
    return [_cell(tab, row, column) for row in range(tab.proxy.rowCount())]


def _click_row(qtbot: QtBot, tab: RequestsTab, row: int) -> None:
    rect = tab.table.visualRect(tab.proxy.index(row, WHAT))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.table.currentIndex().row() == row


def _row_of(tab: RequestsTab, what: str) -> int:
    return _column(tab, WHAT).index(what)


def _dialog(tab: QWidget, cls: type) -> QWidget:
    found = [d for d in tab.findChildren(cls) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _retype(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


# ---------------------------------------------------------------------- empty, add, undo
def test_empty_ledger_says_what_belongs_there_and_adds_the_first_request(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    assert tab.stack.currentIndex() == 1
    assert tab.empty_label.text().startswith("No requests yet. When someone asks you for a paper")
    assert tab.filter_buttons["All"].text() == "✓ All (0)"

    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab, RequestDialog)
    assert isinstance(dialog, RequestDialog)
    assert dialog.focusWidget() is dialog.what  # the cursor waits in the first field
    qtbot.keyClicks(dialog.what, "Letter of medical necessity")
    qtbot.keyClicks(dialog.asked_by, SILVERPINE)
    qtbot.keyClicks(dialog.due_on.edit, "12/4/2026")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)  # Enter saves

    stored = ctx.folder.requests()
    assert [(r.what, r.requested_by, r.requested_on, r.due_on) for r in stored] == [
        ("Letter of medical necessity", SILVERPINE, TODAY, date(2026, 12, 4))]
    assert tab.stack.currentIndex() == 0
    assert _column(tab, WHAT) == ["Letter of medical necessity"]
    assert _cell(tab, 0, STATE) == "Open"
    assert _cell(tab, 0, DUE_BY) == "Dec 4\ndue in 7 days"
    assert _cell(tab, 0, SENT_ON) == NOT_SENT
    first = tab.first_sent_column()  # *Sent*, or *Sent on* with room to spare
    assert first in (SENT, SENT_ON)
    assert tab.table.columnSpan(0, first) == PAPERS - first + 1  # one empty right side
    assert tab.details.title.text() == "Letter of medical necessity"  # the new one is selected
    assert tab.filter_buttons["Open"].text() == "Open (1)"

    ctx.undo_stack.undo()
    assert ctx.folder.requests() == []
    assert tab.stack.currentIndex() == 1
    ctx.undo_stack.redo()
    assert _column(tab, WHAT) == ["Letter of medical necessity"]


def test_a_request_needs_to_say_what_they_asked_for(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = tab.add_request()
    qtbot.keyClicks(dialog.asked_by, "Dr. Okafor's office")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "what they asked for" in dialog.error_label.text()
    assert dialog.asked_by.text() == "Dr. Okafor's office"  # what was typed stays
    assert ctx.folder.requests() == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_edit_and_delete_are_undoable(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    ctx.folder.records.add(Request(what="Chart notes", requested_by=SILVERPINE,
                           requested_on=date(2026, 11, 18), due_on=date(2026, 12, 1)))
    ctx.folder.records.add(Request(what="Insurance card copy", requested_on=date(2026, 11, 20)))
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, _row_of(tab, "Chart notes"))
    assert tab.details.title.text() == "Chart notes"
    assert tab.details.asked_by.text() == SILVERPINE

    qtbot.mouseClick(tab.details.edit_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab, RequestDialog)
    assert isinstance(dialog, RequestDialog)
    assert dialog.windowTitle() == "Edit the request"
    _retype(qtbot, dialog.what, "Chart notes from the last two visits")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    whats = sorted(r.what for r in ctx.folder.requests())
    assert whats == ["Chart notes from the last two visits", "Insurance card copy"]
    assert "Chart notes from the last two visits" in _column(tab, WHAT)
    assert tab.details.title.text() == "Chart notes from the last two visits"

    ctx.undo_stack.undo()
    assert sorted(r.what for r in ctx.folder.requests()) == ["Chart notes", "Insurance card copy"]
    assert "Chart notes" in _column(tab, WHAT)

    _click_row(qtbot, tab, _row_of(tab, "Insurance card copy"))
    qtbot.mouseClick(tab.details.delete_button, Qt.MouseButton.LeftButton)
    assert [r.what for r in ctx.folder.requests()] == ["Chart notes"]
    assert _column(tab, WHAT) == ["Chart notes"]
    ctx.undo_stack.undo()
    assert sorted(map(str, _column(tab, WHAT))) == ["Chart notes", "Insurance card copy"]


# ---------------------------------------------------------------------- open -> overdue -> sent
def test_an_open_request_becomes_overdue_then_is_marked_as_sent(
    folder: Folder, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    days = [date(2026, 11, 19)]
    ctx = FolderContext(folder, clock=lambda: days[-1])
    letter = ctx.folder.records.add_document(
        Document(title="Letter of medical necessity", kind=DocumentKind.CLINICAL_NOTES,
                 received_on=date(2026, 11, 25)), b"signed letter").value
    ctx.folder.records.add_document(Document(title="Insurance card", received_on=date(2026, 11, 1)),
                            b"card")
    request = ctx.folder.records.add(
        Request(what="Letter of medical necessity", requested_by=SILVERPINE,
                requested_on=date(2026, 11, 13), due_on=date(2026, 11, 20))).value
    tab = _tab(ctx, qtbot, tabs)
    assert _cell(tab, 0, STATE) == "Open"
    assert _cell(tab, 0, DUE_BY) == "Nov 20\ndue tomorrow"
    assert tab.filter_buttons["Overdue"].text() == "Overdue (0)"

    days.append(TODAY)  # a week later, she comes back to the tab
    tab.hide()
    tab.show()

    # Overdue: a word first, an icon, red second; the tooltip says how late.
    assert _cell(tab, 0, STATE) == "Overdue"
    assert _cell(tab, 0, STATE, Qt.ItemDataRole.ToolTipRole) == "7 days overdue"
    assert _cell(tab, 0, STATE, Qt.ItemDataRole.DecorationRole) is not None
    assert _cell(tab, 0, STATE, Qt.ItemDataRole.ForegroundRole) is not None
    assert _cell(tab, 0, DUE_BY) == "Nov 20\n7 days overdue"
    assert _cell(tab, 0, SENT_ON) == NOT_SENT
    assert _cell(tab, 0, SENT_ON, Qt.ItemDataRole.FontRole).italic()
    assert tab.filter_buttons["Overdue"].text() == "Overdue (1)"

    _click_row(qtbot, tab, 0)
    assert tab.details.state.text().startswith("Overdue")
    assert tab.details.not_sent.isVisible()
    qtbot.mouseClick(tab.details.mark_sent_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab, SentDialog)
    assert isinstance(dialog, SentDialog)
    assert dialog.sent_on.value() == TODAY  # defaults to today
    assert dialog.sent_to.text() == SILVERPINE  # sent back to whoever asked, unless changed
    dialog.method.setFocus()
    qtbot.keyClicks(dialog.method, "Fax")
    assert dialog.method.currentText() == "Fax"
    _retype(qtbot, dialog.sent_to, "Silverpine prior authorization fax")
    qtbot.keyClicks(dialog.confirmation, "FAX-7781 OK")
    titles = [dialog.documents.item(n).text() for n in range(dialog.documents.count())]
    assert titles[0] == "Letter of medical necessity"  # the whole title; kind and date below
    assert dialog.documents.item(0).data(DETAIL_ROLE) == "Clinical notes · Nov 25, 2026"
    dialog.documents.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    stored = ctx.folder.get(Request, request.id or 0)
    assert stored.submitted_on == TODAY
    assert stored.method is SendMethod.FAX
    assert stored.submitted_to == "Silverpine prior authorization fax"
    assert stored.confirmation_number == "FAX-7781 OK"
    assert stored.document_ids == (letter.id,)
    assert stored.confirmed_on is None

    assert _cell(tab, 0, STATE) == "Sent"
    assert _cell(tab, 0, DUE_BY) == "Nov 20"
    assert _cell(tab, 0, SENT_ON) == "Nov 27"
    assert _cell(tab, 0, HOW) == "Fax"
    assert _cell(tab, 0, TO_WHOM) == "Silverpine prior authorization fax"
    assert _cell(tab, 0, CONFIRMATION) == "FAX-7781 OK"
    assert _cell(tab, 0, PAPERS) == "Letter of medical necessity"
    assert _cell(tab, 0, SENT) == "Nov 27 · Fax · to Silverpine prior authorization fax"
    assert tab.table.columnSpan(0, SENT) == 1
    assert tab.table.columnSpan(0, SENT_ON) == 1
    assert tab.details.sent_on.text() == "Fri, Nov 27, 2026"
    assert tab.details.confirmation.text() == "FAX-7781 OK"
    assert not tab.details.not_sent.isVisible()
    assert tab.filter_buttons["Sent"].text() == "Sent (1)"

    # They confirm they have it.
    qtbot.mouseClick(tab.details.received_button, Qt.MouseButton.LeftButton)
    assert ctx.folder.get(Request, request.id or 0).confirmed_on == TODAY
    assert _cell(tab, 0, STATE) == "Confirmed received"
    assert not tab.details.received_button.isVisible()

    ctx.undo_stack.undo()  # not received after all
    assert ctx.folder.get(Request, request.id or 0).confirmed_on is None
    ctx.undo_stack.undo()  # not sent after all: the right side is empty again
    stored = ctx.folder.get(Request, request.id or 0)
    assert (stored.submitted_on, stored.method, stored.document_ids) == (None, None, ())
    assert _cell(tab, 0, STATE) == "Overdue"
    assert _cell(tab, 0, SENT_ON) == NOT_SENT
    ctx.close()


def test_the_papers_sent_open_in_their_own_tab(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    letter = ctx.folder.records.add_document(Document(title="Lab results, week 4"), b"labs").value
    ctx.folder.records.add(Request(what="Week 4 labs", submitted_on=date(2026, 11, 20),
                           document_ids=(letter.id or 0,)))
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, 0)
    papers = tab.details.papers
    assert papers.isVisible()
    assert papers.item(0).text() == "Lab results, week 4"
    rect = papers.visualItemRect(papers.item(0))
    with qtbot.waitSignal(ctx.signals.show_record, timeout=1000) as opened:
        qtbot.mouseClick(papers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(papers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [RecordKind.DOCUMENT, letter.id]
    with qtbot.waitSignal(ctx.signals.show_record, timeout=1000) as opened:
        qtbot.keyClick(papers, Qt.Key.Key_Return)
    assert opened.args == [RecordKind.DOCUMENT, letter.id]


# ---------------------------------------------------------------------- order and filters
@pytest.fixture
def four_states(folder: Folder) -> None:
    folder.records.add(Request(what="Sent a week ago", submitted_on=date(2026, 11, 20)))
    folder.records.add(Request(what="Open, due soon", due_on=date(2026, 11, 30)))
    folder.records.add(Request(what="Confirmed", submitted_on=date(2026, 11, 25),
                       confirmed_on=date(2026, 11, 26)))
    folder.records.add(Request(what="Overdue", due_on=date(2026, 11, 20)))
    folder.records.add(Request(what="Open, no due date"))


def test_the_ledger_reads_overdue_first_then_open_by_due_date_then_newest_sent(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], four_states: None
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    assert _column(tab, WHAT) == ["Overdue", "Open, due soon", "Open, no due date", "Confirmed",
                                  "Sent a week ago"]
    assert _column(tab, STATE) == ["Overdue", "Open", "Open", "Confirmed received", "Sent"]


def test_filters_show_the_right_rows_with_counts(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], four_states: None
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    buttons = tab.filter_buttons
    assert [buttons[name].text() for name in ("All", "Open", "Overdue", "Sent")] == [
        "✓ All (5)", "Open (3)", "Overdue (1)", "Sent (2)"]

    qtbot.mouseClick(buttons["Overdue"], Qt.MouseButton.LeftButton)
    assert _column(tab, WHAT) == ["Overdue"]
    qtbot.mouseClick(buttons["Open"], Qt.MouseButton.LeftButton)  # overdue ones are open too
    assert _column(tab, WHAT) == ["Overdue", "Open, due soon", "Open, no due date"]
    qtbot.mouseClick(buttons["Sent"], Qt.MouseButton.LeftButton)  # includes confirmed
    assert _column(tab, WHAT) == ["Confirmed", "Sent a week ago"]
    assert buttons["Sent"].isChecked() and not buttons["All"].isChecked()
    qtbot.mouseClick(buttons["All"], Qt.MouseButton.LeftButton)
    assert len(_column(tab, WHAT)) == 5

    # Asked to show one the filter hides (e.g. from Today), the ledger shows everything again.
    overdue = next(r for r in ctx.folder.requests() if r.what == "Overdue")
    qtbot.mouseClick(buttons["Sent"], Qt.MouseButton.LeftButton)
    tab.show_record(overdue.id or 0)
    assert buttons["All"].isChecked()
    assert tab.details.title.text() == "Overdue"


def test_an_empty_filter_says_so_and_offers_everything(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    ctx.folder.records.add(Request(what="Already sent", submitted_on=date(2026, 11, 20)))
    tab = _tab(ctx, qtbot, tabs)
    qtbot.mouseClick(tab.filter_buttons["Overdue"], Qt.MouseButton.LeftButton)
    assert tab.stack.currentIndex() == 1
    assert tab.empty_label.text() == "No overdue requests right now."
    assert tab.empty_button.text() == "&Show all requests"
    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    assert tab.filter_buttons["All"].isChecked()
    assert _column(tab, WHAT) == ["Already sent"]


# ---------------------------------------------------------------------- stuck questions
def test_the_three_stuck_questions_are_added_in_one_action_and_undone_in_one(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    request = ctx.folder.records.add(Request(what="Chart notes", requested_by=SILVERPINE,
                                     due_on=date(2026, 11, 20))).value
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, 0)
    button = tab.details.stuck_button
    assert button.accessibleName() == "Add the questions for when you're stuck"
    assert " ".join(button.text().split()) == "Add the &questions for when you're stuck"
    assert button.toolTip().startswith(
        "Adds three questions to ask about this request: What exactly is missing? "
        "Who needs to submit it? What is the expected timeline once submitted?")
    qtbot.mouseClick(tab.details.stuck_button, Qt.MouseButton.LeftButton)
    questions = ctx.folder.questions()
    assert [q.text for q in questions] == list(STUCK_QUESTIONS)
    assert {(q.request_id, q.ask_whom, q.status) for q in questions} == {
        (request.id, SILVERPINE, QuestionStatus.OPEN)}
    ctx.undo_stack.undo()
    assert ctx.folder.questions() == []


# ---------------------------------------------------------------------- plain text, models
def test_markup_in_a_request_shows_as_typed(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    title = "<b>bold</b><img src=x>"
    ctx.folder.records.add(Request(what=title, requested_by="<i>me</i>"))
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, 0)
    assert _cell(tab, 0, WHAT) == title
    assert _cell(tab, 0, ASKED_BY) == "<i>me</i>"
    tip = str(_cell(tab, 0, WHAT, Qt.ItemDataRole.ToolTipRole))
    assert "&lt;b&gt;bold&lt;/b&gt;&lt;img src=x&gt;" in tip  # escaped: no markup runs
    assert tab.details.title.text() == title
    assert tab.details.title.textFormat() == Qt.TextFormat.PlainText
    assert tab.details.asked_by.textFormat() == Qt.TextFormat.PlainText


def test_the_ledger_model_passes_qts_checks(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], four_states: None,
    qtmodeltester: ModelTester,
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)
    assert not tab.model.index(0, 0).parent().isValid()
    assert tab.model.rowCount(QModelIndex()) == 5


def test_editing_a_sent_request_can_take_back_the_sending(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    request = ctx.folder.records.add(Request(what="Chart notes", due_on=date(2026, 12, 3),
                                     submitted_on=date(2026, 11, 26), method=SendMethod.MAIL,
                                     confirmation_number="7022")).value
    tab = _tab(ctx, qtbot, tabs)
    dialog = tab.edit_request()
    assert dialog is not None and dialog.sent_on is not None
    assert dialog.method.currentText() == "Mail"
    dialog.show_more()
    dialog.sent_on.edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ctx.folder.get(Request, request.id or 0).submitted_on is None
    assert _cell(tab, 0, STATE) == "Open"
    assert _cell(tab, 0, SENT_ON) == NOT_SENT


# ---------------------------------------------------------------------- fitting the screen
LONG_WHAT = ("Other-coverage questionnaire (coordination of benefits), signed and dated, "
             "with a copy of the front and back of every insurance card")


@pytest.fixture
def busy_ledger(folder: Folder) -> None:
    """A ledger like the demo's: long names, long requests, some sent, most not."""
    letter = folder.records.add_document(
        Document(title="Week 4 lab results — CBC, CMP and vancomycin trough, with the nurse's "
                       "chart notes", kind=DocumentKind.CLINICAL_NOTES,
                 received_on=date(2026, 11, 21)), b"labs").value
    folder.records.add(
        Request(what=LONG_WHAT, requested_by="Silverpine Health Plans (member services "
                       "letter)", requested_on=date(2026, 11, 11), due_on=date(2026, 11, 24),
                       notes="Form is in the kitchen drawer, half filled in."))
    for number in range(8):
        folder.records.add(Request(what=f"Updated progress note from Dr. Okafor, visit {number}",
                           requested_by="Renee Castillo (Brightwater Infusion intake)",
                           requested_on=date(2026, 11, 21),
                           due_on=date(2026, 11, 28) + timedelta(days=number)))
    folder.records.add(Request(what="Week-4 after-visit summary for the nurses",
                       requested_by="Priya Natarajan (Meadowbrook intake)",
                       requested_on=date(2026, 11, 21), due_on=date(2026, 11, 24),
                       submitted_on=date(2026, 11, 22), method=SendMethod.FAX,
                       submitted_to="Meadowbrook, fax (614) 555-0144",
                       confirmation_number="Fax OK, 2 pages", document_ids=(letter.id or 0,)))


def _text_size(qapp: QApplication, percent: int) -> Iterator[None]:
    """View > Text size, as the main window sets it (from 11 pt: other tests may leave the
    application's font larger)."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(11.0 * percent / 100)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    yield from _text_size(qapp, 150)


@pytest.fixture
def normal_text(qapp: QApplication) -> Iterator[None]:
    yield from _text_size(qapp, 100)


@pytest.fixture(params=[100, 150, 200], ids=["text-100", "text-150", "text-200"])
def text_size(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[int]:
    for _ in _text_size(qapp, request.param):
        yield request.param


def _inside(widget: QWidget, area: QWidget) -> bool:
    """Whether ``widget`` is drawn wholly inside ``area`` (not cut off, not scrolled out)."""
    top_left = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(top_left, widget.size()))


def test_the_ledger_never_scrolls_sideways_at_1366_pixels(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], busy_ledger: None, text_size: int
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    table = tab.table
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    # Room is short at this width: "What we sent" folds into *Sent*; what they asked for and
    # the day they asked are always there; the secondary columns step aside into the details.
    assert tab.fit is not None and tab.fit.short
    assert {ASKED_ON, WHAT, SENT} <= set(shown)
    assert not {SENT_ON, HOW, TO_WHOM} & set(shown)
    if text_size == 100:
        assert {STATE, ASKED_BY, DUE_BY, CONFIRMATION, PAPERS} <= set(shown)
    assert max(shown, key=header.sectionSize) == WHAT
    assert table.wordWrap()
    lines = table.rowHeight(0) // table.fontMetrics().lineSpacing()
    assert 2 <= lines <= 3
    # Both sides are still there, and an open request's right side is one empty stretch.
    band = [label.text() for label in tab.band.labels() if label.isVisible()]
    assert band == ["What they asked for", "What we sent"]
    row = _row_of(tab, LONG_WHAT)
    assert _cell(tab, row, SENT) == NOT_SENT
    assert table.columnSpan(row, SENT) == PAPERS - SENT + 1
    sent_row = _row_of(tab, "Week-4 after-visit summary for the nurses")
    assert _cell(tab, sent_row, SENT) == "Nov 22 · Fax · to Meadowbrook, fax (614) 555-0144"


def test_with_room_to_spare_what_we_sent_has_its_own_columns(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], busy_ledger: None, normal_text: None
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    tab.resize(2560, 1000)
    qtbot.waitUntil(lambda: tab.fit is not None and not tab.fit.short)
    assert tab.first_sent_column() == SENT_ON
    assert tab.table.isColumnHidden(SENT)
    assert not any(tab.table.isColumnHidden(c) for c in (SENT_ON, HOW, TO_WHOM))
    row = _row_of(tab, LONG_WHAT)
    assert tab.table.columnSpan(row, SENT_ON) == PAPERS - SENT_ON + 1
    assert tab.table.horizontalScrollBar().maximum() == 0


def test_the_details_wrap_to_the_pane_and_keep_the_actions_in_view_at_large_text(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], busy_ledger: None,
    large_text: None,
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, _row_of(tab, LONG_WHAT))
    details, scroll = tab.details, tab.detail_scroll
    qtbot.waitUntil(lambda: details.width() <= scroll.viewport().width())
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.widgetResizable()
    for label in (details.title, details.state, details.asked_by, details.notes):
        assert label.wordWrap()
        # Whole across (wrapped, never cut at the side); the pane scrolls up and down.
        left = label.mapTo(scroll.viewport(), QPoint(0, 0)).x()
        assert left >= 0 and left + label.width() <= scroll.viewport().width()
    assert details.title.text() == LONG_WHAT  # whole, wrapped: no "…", nothing cut off
    # What to do is at the top, under the title, in view.
    for button in (details.mark_sent_button, details.edit_button, details.delete_button):
        assert button.isVisible()
        assert _inside(button, scroll.viewport()), button.text()
    assert details.mark_sent_button.y() < details.asked_by.mapTo(details.body, QPoint()).y()


def test_the_filter_in_use_is_marked_in_words_not_only_by_shade(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], four_states: None
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    buttons = tab.filter_buttons

    def marked() -> list[str]:
        return [name for name, b in buttons.items() if b.text().startswith("✓ ")]

    assert marked() == ["All"]
    assert buttons["All"].font().bold() and not buttons["Open"].font().bold()
    width = buttons["Open"].width()
    qtbot.mouseClick(buttons["Open"], Qt.MouseButton.LeftButton)
    assert marked() == ["Open"]
    assert buttons["Open"].text() == "✓ Open (3)"
    assert buttons["All"].text() == "All (5)"
    assert buttons["Open"].font().bold() and not buttons["All"].font().bold()
    assert buttons["Open"].width() == width  # room kept for the mark: nothing jumps
    tab.show_record(next(r.id or 0 for r in ctx.folder.requests() if r.what == "Confirmed"))
    assert marked() == ["All"]  # showing a hidden one shows everything, and says so


def test_delete_is_set_apart_and_says_what_it_does(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    ctx.folder.records.add(Request(what="Chart notes"))
    tab = _tab(ctx, qtbot, tabs)
    details = tab.details
    assert details.delete_button.text() == "&Delete this request"
    assert details.delete_button.accessibleName() == "Delete this request"
    assert details.delete_button.toolTip() == "Moves it to the trash. You can undo."
    edit, delete = details.edit_button.geometry(), details.delete_button.geometry()
    assert delete.left() - edit.right() >= 24 or delete.top() > edit.bottom()
    assert delete.right() >= max(b.geometry().right() for b in (
        details.edit_button, details.mark_sent_button))  # at the right end


def test_asked_by_offers_the_people_and_organizations_already_known(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    ctx.folder.records.add(Contact(name="Renee Castillo", organization="Brightwater Infusion"))
    ctx.folder.records.add(Request(what="Older one", requested_by="St. Brigid imaging scheduling"))
    tab = _tab(ctx, qtbot, tabs)
    dialog = tab.add_request()
    completer = dialog.asked_by.completer()
    assert completer is not None
    offered = completer.model().stringList()  # type: ignore[attr-defined]
    assert offered == ["Brightwater Infusion", "Renee Castillo (Brightwater Infusion)",
                       "St. Brigid imaging scheduling"]
    assert len(dialog.what.placeholderText()) <= 40  # not cut off in the field
    qtbot.keyClicks(dialog.what, "Signed delivery ticket")
    qtbot.keyClicks(dialog.asked_by, "castillo")
    assert completer.currentCompletion() == "Renee Castillo (Brightwater Infusion)"
    dialog.asked_by.setText(completer.currentCompletion())  # she picks it
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    stored = next(r for r in ctx.folder.requests() if r.what == "Signed delivery ticket")
    assert stored.requested_by == "Renee Castillo (Brightwater Infusion)"


def test_mark_as_sent_shows_whole_paper_titles_and_a_ready_how(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], large_text: None
) -> None:
    title = ("Week 4 lab results — CBC, CMP and vancomycin trough, with the nurse's chart "
             "notes from the home visit")
    ctx.folder.records.add_document(Document(title=title, kind=DocumentKind.CLINICAL_NOTES,
                                     received_on=date(2026, 11, 21)), b"labs")
    request = ctx.folder.records.add(Request(what="Week 4 labs", requested_by=SILVERPINE)).value
    tab = _tab(ctx, qtbot, tabs)
    dialog = tab.mark_sent()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    papers = dialog.documents
    item = papers.item(0)
    assert item.text() == title  # whole, not cut in the middle
    assert item.data(DETAIL_ROLE) == "Clinical notes · Nov 21, 2026"
    assert papers.wordWrap()
    assert papers.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    lines = papers.visualItemRect(item).height() // papers.fontMetrics().lineSpacing()
    assert lines >= 3  # the title wraps onto two lines or more, then the grey line
    # "How" shows a real choice in normal text, not grey placeholder text.
    assert dialog.method.currentText() == "Choose how…"
    assert dialog.method.currentIndex() == 0
    assert dialog.method.isEnabled()
    qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Return)
    stored = ctx.folder.get(Request, request.id or 0)
    assert stored.submitted_on == TODAY and stored.method is None  # "how" left unsaid


# ---------------------------------------------------------------------- a long ledger
def test_a_long_ledger_fits_the_rows_in_view_and_the_others_as_she_scrolls_to_them(
    ctx: FolderContext, folder: Folder, qtbot: QtBot, tabs: list[QWidget], normal_text: None,
) -> None:
    long_what = "Week-by-week nursing visit notes with the dressing changes and the pump " \
                "settings, signed by the nurse, for the whole course of the therapy"
    for n in range(300):  # the same long words in every row: each row needs three lines
        folder.records.add(Request(what=f"{long_what} ({n})", requested_by=SILVERPINE,
                                   requested_on=TODAY - timedelta(days=n)))
    tab = _tab(ctx, qtbot, tabs)
    tab.resize(1366, 700)
    table = tab.table
    line = table.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: table.rowHeight(0) >= 3 * line)
    assert table.rowHeight(tab.proxy.rowCount() - 1) < 3 * line  # far below: not measured yet
    table.scrollToBottom()
    last = tab.proxy.rowCount() - 1
    qtbot.waitUntil(lambda: table.rowHeight(last) >= 3 * line)
    assert table.rowHeight(150) < 3 * line  # scrolled past it: never measured
