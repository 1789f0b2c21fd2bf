"""The Requests tab and *Mark as sent* for every caregiver (issue 15): in Spanish with no English of
the app's own left, at text 100/150/200 % in the room the tab has in a 1366×768 window, what was
asked and the day it was asked always in view, nothing scrolling sideways, every control named and
big enough; and the papers in *Mark as sent* ticked by a click on the name or by Space."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from a11y_checks import (
    at_text_scale,
    cut_columns,
    english_left,
    scrolls_sideways,
    small_targets,
    unnamed_interactive,
)
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.dates import format_day, relative_due, relative_past
from infusion_desk.core.ledger_words import sent_summary, short_day
from infusion_desk.core.records import (
    Document,
    DocumentKind,
    Request,
    RequestState,
    SendMethod,
)
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.request_dialogs import SentDialog
from infusion_desk.ui.requests.ledger_model import ASKED_ON, WHAT
from infusion_desk.ui.requests.paper_list import MIN_ROW, PaperChecklist, paper_detail
from infusion_desk.ui.tabs.requests import RequestsTab
from infusion_desk.ui.widgets import form_dialog
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

TODAY = date(2026, 11, 27)
# The room the tab has inside the window maximized on a 1366×768 screen (1366×728), measured in
# the window at each text size (its menus, tab bar and status line grow with the text).
TAB_AREA = {100: (1342, 594), 150: (1342, 562), 200: (1342, 525)}
WINDOW = QSize(1366, 728)
PAPERS = ("Week 4 lab results", "Letter of medical necessity", "Prior authorization form",
          "Insurance card, front and back", "Explanation of benefits, October", "Denial letter",
          "Appeal letter", "Nursing visit notes", "Pharmacy invoice",
          "Prescription from Dr. Okafor", "Home infusion order", "Pump rental agreement",
          "Clinical notes, week 3", "Plan approval letter", "Coordination of benefits form",
          "Signed delivery ticket")


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "es":
        request.getfixturevalue("spanish")
    return str(request.param)


@pytest.fixture(params=[100, 150, 200], ids=["text-100", "text-150", "text-200"])
def scale(request: pytest.FixtureRequest, qapp: QApplication) -> int:
    at_text_scale(request.param)  # (the autouse fixture puts the font back)
    return int(request.param)


@pytest.fixture
def ledger(folder: Folder) -> list[Request]:
    """Requests as she writes them (in English: her words stay as typed), in every state."""
    letter = folder.records.add_document(
        Document(title="Week 4 lab results", kind=DocumentKind.CLINICAL_NOTES,
                 received_on=date(2026, 11, 21)), b"labs").value
    made = [folder.records.add(Request(
        what="Other-coverage questionnaire (coordination of benefits), signed and dated, with "
             "a copy of the front and back of every insurance card",
        requested_by="Silverpine Health Plans (member services letter)",
        requested_on=date(2026, 11, 11), due_on=date(2026, 11, 24))).value]
    for number in range(6):
        made.append(folder.records.add(Request(
            what=f"Updated progress note from Dr. Okafor, visit {number}",
            requested_by="Renee Castillo (Brightwater Infusion intake)",
            requested_on=date(2026, 11, 21),
            due_on=date(2026, 11, 28) + timedelta(days=number))).value)
    made.append(folder.records.add(Request(
        what="Week-4 after-visit summary for the nurses", requested_by="Meadowbrook intake",
        requested_on=date(2026, 11, 21), due_on=date(2026, 11, 24),
        submitted_on=date(2026, 11, 22), method=SendMethod.FAX, submitted_to="Meadowbrook",
        confirmation_number="Fax OK", document_ids=(letter.id or 0,))).value)
    made.append(folder.records.add(Request(
        what="Signed delivery ticket", requested_by="Meadowbrook intake",
        requested_on=date(2026, 11, 2), submitted_on=date(2026, 11, 3),
        confirmed_on=date(2026, 11, 5))).value)
    return made


def _hers_and_elsewhere(requests: list[Request]) -> list[str]:
    """Texts left out of the check for English: what she typed, and the words the core layer
    makes (dates, "due in 3 days", the states' names, ways of sending), which are translated
    there (another part of issue 15), not here."""
    texts: list[str] = []
    for request in requests:
        texts += [request.what, request.requested_by, request.submitted_to,
                  request.confirmation_number, sent_summary(request, TODAY)]
        for day in (request.requested_on, request.due_on, request.submitted_on,
                    request.confirmed_on):
            due = relative_due(day, TODAY)
            texts += [format_day(day), short_day(day, TODAY), due, due[:1].upper() + due[1:],
                      relative_past(day, TODAY)]
    texts += [state.label for state in RequestState] + [m.label for m in SendMethod]
    texts += [kind.label for kind in DocumentKind] + list(PAPERS)
    return sorted({t for t in texts if t}, key=len, reverse=True)


def test_the_requests_tab_keeps_what_was_asked_and_when_in_her_language(
        ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], ledger: list[Request], *,
        language: str, scale: int) -> None:
    tab = show_tab(RequestsTab(ctx), qtbot, tabs, size=TAB_AREA[scale], add_widget=True)
    table = tab.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0 and tab.fit is not None)
    # Never wider than the window: the filters wrap, the details pane narrows.
    assert tab.minimumSizeHint().width() <= TAB_AREA[scale][0]
    assert tab.width() == TAB_AREA[scale][0]
    assert cut_columns(table, [ASKED_ON, WHAT]) == []
    assert scrolls_sideways(tab) == []
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    # Rows wrap (two lines at least) and as many as the room holds show: never fewer than three
    # whole rows, even with 200 % text.
    line = table.fontMetrics().lineSpacing()
    assert table.rowHeight(0) >= 2 * line
    room = table.viewport().rect()
    whole = [r for r in range(tab.proxy.rowCount())
             if room.contains(table.visualRect(tab.proxy.index(r, WHAT)))]
    assert len(whole) >= 3, (scale, table.viewport().height(), table.rowHeight(0))
    # Whatever steps aside is in the details beside the list.
    tab.show_record(ledger[-2].id or 0)
    assert tab.details.confirmation.text() == "Fax OK"
    assert tab.details.asked_by.text() == "Meadowbrook intake"
    assert unnamed_interactive(tab) == []
    assert small_targets(tab) == []
    if language == "es":
        left = english_left(tab, allow=_hers_and_elsewhere(ledger))
        assert left == [], "\n".join(left)
        band = [label.text() for label in tab.band.labels() if label.isVisible()]
        assert band == ["Lo que pidieron", "Lo que enviamos"]
        assert tab.filter_buttons["All"].text() == "✓ Todas (9)"


def _mark_as_sent(ctx: FolderContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                  tabs: list[QWidget]) -> SentDialog:
    """*Mark as sent* on a 1366×768 screen for a request, with sixteen papers in the folder."""
    monkeypatch.setattr(form_dialog, "screen_room", lambda _widget: WINDOW)
    documents = [ctx.folder.records.add_document(
        Document(title=title, kind=DocumentKind.CLINICAL_NOTES,
                 received_on=date(2026, 11, 1) + timedelta(days=n)), f"paper {n}".encode()).value
        for n, title in enumerate(PAPERS)]
    request = ctx.folder.records.add(Request(what="Week 4 labs",
                                             requested_by="Silverpine Health Plans")).value
    tab = show_tab(RequestsTab(ctx), qtbot, tabs, add_widget=True)
    assert len(documents) == 16
    dialog = tab.mark_sent()
    assert dialog is not None and dialog.saved is None
    qtbot.waitExposed(dialog)
    assert request.id is not None
    return dialog


def test_mark_as_sent_shows_every_paper_in_big_rows_in_her_language(
        ctx: FolderContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tabs: list[QWidget],
        language: str) -> None:
    at_text_scale(100)
    dialog = _mark_as_sent(ctx, qtbot, monkeypatch, tabs)
    papers = dialog.documents
    assert isinstance(papers, PaperChecklist)
    # Beside the fields, as tall as the window has room for: all sixteen at once.
    assert dialog.side_is_beside()
    assert dialog.height() <= WINDOW.height() - 64 and dialog.width() <= WINDOW.width() - 32
    qtbot.waitUntil(lambda: papers.shown_rows() == 16)
    assert papers.verticalScrollBar().maximum() == 0
    for row in range(papers.count()):
        assert papers.visualItemRect(papers.item(row)).height() >= MIN_ROW
    first = papers.item(0)
    assert first.data(Qt.ItemDataRole.AccessibleDescriptionRole) in {
        paper_detail(d) for d in ctx.folder.documents_listed()}
    assert unnamed_interactive(dialog) == []
    assert small_targets(dialog) == []
    assert scrolls_sideways(dialog) == []
    not_sent = "no enviado" if language == "es" else "not sent"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == f"{first.text()}: {not_sent}"
    if language == "es":
        allow = [*PAPERS, "Week 4 labs", "Silverpine Health Plans",
                 *(paper_detail(d) for d in ctx.folder.documents_listed()),
                 *(format_day(TODAY + timedelta(days=n)) for n in range(-1, 2))]
        found = english_left(dialog, allow=sorted(set(allow), key=len, reverse=True))
        # The dialog's own fields (its title, Sent on, How…) are the "records" part's words.
        mine = [f for f in found if "PaperChecklist" in f or "Guardar" in f or "Cancel" in f]
        assert mine == []


def test_a_click_on_a_papers_name_or_space_ticks_it(
        ctx: FolderContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tabs: list[QWidget]) -> None:
    dialog = _mark_as_sent(ctx, qtbot, monkeypatch, tabs)
    papers = dialog.documents
    assert isinstance(papers, PaperChecklist)
    item = papers.item(2)
    rect = papers.visualItemRect(item)
    # A click on the words of the title, well away from the box, ticks it...
    on_name = rect.center()
    on_name.setX(rect.left() + papers.fontMetrics().height() * 3)
    qtbot.mouseClick(papers.viewport(), Qt.MouseButton.LeftButton, pos=on_name)
    assert item.checkState() == Qt.CheckState.Checked
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"{item.text()}: sent"
    # ...and a second click unticks it.
    qtbot.mouseClick(papers.viewport(), Qt.MouseButton.LeftButton, pos=on_name)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"{item.text()}: not sent"
    # With the keyboard: down to the next paper, Space ticks it.
    papers.setFocus()
    papers.setCurrentRow(2)
    qtbot.keyClick(papers, Qt.Key.Key_Down)
    assert papers.currentRow() == 3
    qtbot.keyClick(papers, Qt.Key.Key_Space)
    assert papers.item(3).checkState() == Qt.CheckState.Checked
    assert papers.item(2).checkState() == Qt.CheckState.Unchecked
    # Saved: the request says it was sent with that paper.
    qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Return)
    assert dialog.saved is not None
    ticked = int(papers.item(3).data(Qt.ItemDataRole.UserRole))
    assert dialog.saved.document_ids == (ticked,)
