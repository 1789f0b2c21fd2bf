"""Every count on the summary, the packet and the Overview is the count the matching tab shows:
read from the tabs' own widgets, from the summary's PDF and from the packet's data, on the demo
folder and on a folder with trashed, sent and received records."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdfium2
import pytest
from pytestqt.qtbot import QtBot

from infusion_desk.core.counts import OVERDUE, in_ledger_view
from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    Plan,
    Profile,
    Question,
    QuestionStatus,
    RecordKind,
    Request,
    Step,
)
from infusion_desk.demo import write_demo_folder
from infusion_desk.paths import app_paths
from infusion_desk.reports.data import gather_packet_data, gather_summary_data
from infusion_desk.reports.packet_records import section_counts
from infusion_desk.reports.summary import build_summary
from infusion_desk.services import Folder
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.ui.window_helpers import opened

TODAY = date(2026, 3, 11)
DAY = timedelta(days=1)


def demo(path: Path) -> Path:
    write_demo_folder(path, today=TODAY).close()
    return path


def trashed_sent_and_received(path: Path) -> Path:
    """Open, overdue, sent and confirmed requests and questions, some of each in the trash."""
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        add, trash = folder.records.add, folder.records.trash
        folder.records.add(Plan(payer="Medicare", member_id="3HK7-XN2-RW58"))
        gone_plan = add(Plan(payer="Old plan")).value
        requests = [
            Request(what="open", due_on=TODAY + 3 * DAY),
            Request(what="open, no date"),
            Request(what="overdue", due_on=TODAY - 2 * DAY),
            Request(what="sent", due_on=TODAY - 5 * DAY, submitted_on=TODAY - 6 * DAY),
            Request(what="received", submitted_on=TODAY - 9 * DAY, confirmed_on=TODAY - DAY),
            Request(what="received too", submitted_on=TODAY - 20 * DAY,
                    confirmed_on=TODAY - 10 * DAY),
        ]
        for request in requests:
            add(request)
        for what in ("trashed open", "trashed overdue"):
            trash(Request, add(Request(what=what, due_on=TODAY - DAY)).value.id or 0)
        trash(Request, add(Request(what="trashed sent", submitted_on=TODAY)).value.id or 0)
        for text, status in (("ask", QuestionStatus.OPEN), ("ask too", QuestionStatus.OPEN),
                             ("answered", QuestionStatus.ANSWERED),
                             ("no longer", QuestionStatus.NOT_NEEDED)):
            add(Question(text=text, status=status))
        trash(Question, add(Question(text="trashed question")).value.id or 0)
        trash(Plan, gone_plan.id or 0)
        add(Step(title="Prior authorization"))
        trash(Step, add(Step(title="trashed step")).value.id or 0)
        add(Contact(name="Renee"))
        trash(Contact, add(Contact(name="trashed contact")).value.id or 0)
        for hour in (9, 10):
            add(Call(called_at=datetime(2026, 3, 10, hour), organization="Medicare"))
        trash(Call, add(Call(called_at=datetime(2026, 3, 9, 9))).value.id or 0)
        folder.records.add_document(Document(title="Card"), b"card bytes")
        gone = folder.records.add_document(Document(title="Gone"), b"other bytes").value
        trash(Document, gone.id or 0)
    return path


def tab_counts(window: MainWindow) -> dict[str, object]:
    """What the window's tabs say, read from their widgets."""
    view = window.view
    assert view is not None
    ledger = {name: int(re.findall(r"\((\d+)\)", button.text())[0])
              for name, button in view.requests.filter_buttons.items()}
    return {
        "ledger": ledger,
        "questions": view.questions.counts.text(),
        "calls": view.calls.model.total_count,
        "contacts": view.contacts.model.total_count,
        "documents": view.documents.model.total_count,
        "steps": len(view.overview.step_track.steps()),
        "plans": len(view.overview.plan_cards),
    }


def titled(text: str, title: str) -> int:
    """The count in brackets after a heading of the summary ("Open requests (9)"); 0 if none."""
    found = re.search(re.escape(title) + r" \((\d+)\)", text)
    return int(found.group(1)) if found else 0


@pytest.mark.parametrize("make", [demo, trashed_sent_and_received])
def test_the_summary_the_packet_and_the_overview_count_as_the_tabs_do(
    qtbot: QtBot, tmp_path: Path, make: object,
) -> None:
    assert callable(make)
    path = make(tmp_path / "Counted.infusiondesk")
    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert opened(qtbot, window, path)
    qtbot.waitUntil(lambda: window.view is not None and window.view.documents.model.total_count
                    == window.view.documents.model.rowCount(), timeout=20000)
    tabs = tab_counts(window)
    ledger = tabs["ledger"]
    assert isinstance(ledger, dict)
    folder = window.ctx.folder if window.ctx is not None else None
    assert folder is not None

    pdf = build_summary(gather_summary_data(folder, TODAY))
    document = pypdfium2.PdfDocument(pdf)
    text = " ".join(document[0].get_textpage().get_text_range().split())
    document.close()
    assert titled(text, "Open requests") == ledger["Open"]
    questions = tabs["questions"]
    assert isinstance(questions, str)
    assert titled(text, "Questions to ask") == int(questions.split(" to ask")[0] or 0)
    assert titled(text, "Calls, newest first") == tabs["calls"]
    assert titled(text, "People to call") == tabs["contacts"]
    assert titled(text, "Documents") == tabs["documents"]
    assert titled(text, "Coverage steps") == tabs["steps"]
    assert titled(text, "Insurance plans") == tabs["plans"]

    packet = section_counts(gather_packet_data(folder, TODAY))
    assert packet["requests"] == ledger["All"]
    assert packet["questions"] == questions
    assert (packet["calls"], packet["contacts"], packet["documents"], packet["steps"],
            packet["plans"]) == (tabs["calls"], tabs["contacts"], tabs["documents"],
                                 tabs["steps"], tabs["plans"])

    today = folder.today(TODAY)  # what the Overview's Today list is made of
    overdue = {r.id for r in in_ledger_view(folder.requests(), OVERDUE, TODAY)}
    assert len(overdue) == ledger["Overdue"]
    assert overdue <= {i.record_id for i in today if i.kind is RecordKind.REQUEST}
    assert sum(1 for item in today if item.kind is RecordKind.QUESTION) == int(
        questions.split(" to ask")[0] or 0)
    if make is trashed_sent_and_received:
        assert ledger == {"All": 6, "Open": 3, "Overdue": 1, "Sent": 3}
        assert questions == "2 to ask, 1 answered"
        assert (tabs["calls"], tabs["contacts"], tabs["documents"], tabs["steps"],
                tabs["plans"]) == (2, 1, 1, 1, 1)
    window.close()
