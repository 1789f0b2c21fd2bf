"""Typing into Find: results appear when ready, the newest search wins and the older one is
stopped, and a search that fails says so in one calm line in the panel (never a message box)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import SearchIndexDamagedError
from infusion_desk.core.records import Call, Document
from infusion_desk.core.search import SearchCancelledError, SearchHit
from infusion_desk.services import Folder
from infusion_desk.ui.jobs import SEARCH, JobRunner
from infusion_desk.ui.search_panel import SearchField, SearchResults

Search = Callable[..., list[SearchHit]]


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    jobs.shutdown(10)
    jobs.wait_until_idle(timeout=10)
    jobs.deleteLater()


@pytest.fixture
def panel(qtbot: QtBot, folder: Folder, runner: JobRunner) -> SearchResults:
    field = SearchField()
    results = SearchResults(field, runner)
    qtbot.addWidget(field)
    qtbot.addWidget(results)
    folder.records.add(Call(organization="Sunrise Home Infusion", reference_number="SR-99017",
                            summary="The pump arrives Friday"))
    folder.records.add(Call(organization="Valley Pharmacy", summary="Vancomycin refill"))
    results.set_folder(folder)
    return results


def labels(panel: SearchResults) -> list[str]:
    return [panel.list.item(n).text() for n in range(panel.list.count())]


def no_message_box() -> bool:
    return not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]


def test_typing_shows_the_results_when_they_are_ready(qtbot: QtBot, panel: SearchResults,
                                                      folder: Folder) -> None:
    ran_on: list[QThread] = []
    search: Search = folder.search

    def searched(text: str, **kwargs: object) -> list[SearchHit]:
        ran_on.append(QThread.currentThread())
        return search(text, **kwargs)  # type: ignore[arg-type]

    folder.search = searched  # type: ignore[method-assign]
    qtbot.keyClicks(panel.field, "pump fri")
    qtbot.waitUntil(lambda: panel.list.count() == 1 and not panel.searching)
    assert panel.isVisible()
    assert labels(panel)[0].startswith("Call: Sunrise Home Infusion")
    assert "pump arrives Friday" in labels(panel)[0]
    assert panel.title.text() == "1 found for “pump fri”"
    assert ran_on and QApplication.instance().thread() not in ran_on  # never the UI thread

    panel.field.clear()
    qtbot.waitUntil(lambda: not panel.isVisible())


def test_a_newer_search_stops_the_older_one(qtbot: QtBot, panel: SearchResults,
                                            folder: Folder) -> None:
    search: Search = folder.search
    started, stopped = threading.Event(), threading.Event()

    def searched(text: str, *, stop: Callable[[], bool], **kwargs: object) -> list[SearchHit]:
        if text == "pump":  # a slow one: runs until it is told to stop
            started.set()
            while not stop():
                stopped.wait(0.01)
            stopped.set()
            raise SearchCancelledError
        return search(text, stop=stop, **kwargs)  # type: ignore[arg-type]

    folder.search = searched  # type: ignore[method-assign]
    panel.field.setText("pump")
    panel.refresh()
    qtbot.waitUntil(started.is_set)
    old = panel.job
    panel.field.setText("vancomycin")
    with qtbot.waitSignal(panel.shown, timeout=10000):
        panel.refresh()
    assert stopped.is_set()  # the old one was told to stop and did
    assert old is not panel.job
    assert labels(panel)[0].startswith("Call: Valley Pharmacy")
    assert panel.title.text() == "1 found for “vancomycin”"  # no error for the stopped one
    assert no_message_box()


def test_fast_typing_over_a_pasted_log_shows_only_the_last_results(
        qtbot: QtBot, panel: SearchResults, folder: Folder, runner: JobRunner) -> None:
    text = "ERROR " * 100_000
    folder.records.add_document(Document(title="log", text=text), b"log", pages=[text])
    for typed in ("er", "err", "erro", "er", "err", "erro") * 3:  # each stopped by the next
        panel.field.setText(typed)
        panel.refresh()
    panel.field.setText("error")
    with qtbot.waitSignal(panel.shown, timeout=20000):
        panel.refresh()
    qtbot.waitUntil(lambda: not runner.busy(SEARCH))
    assert labels(panel)[0].startswith("Document · page 1: log\nERROR ERROR")
    assert panel.title.text() == "1 found for “error”"
    assert no_message_box()


def test_a_failing_search_says_so_in_one_line(qtbot: QtBot, panel: SearchResults,
                                             folder: Folder) -> None:
    def damaged(text: str, **_kwargs: object) -> list[SearchHit]:
        raise SearchIndexDamagedError("database disk image is malformed")

    folder.search = damaged  # type: ignore[method-assign]
    told: list[object] = []
    panel.failed.connect(told.append)  # (the window offers to rebuild the index, once)
    for typed in ("p", "pu", "pum", "pump"):  # every keystroke: still one line, no box
        panel.field.setText(typed)
        with qtbot.waitSignal(panel.shown, timeout=10000):
            panel.refresh()
        assert no_message_box()
    assert panel.isVisible()
    assert panel.list.count() == 0
    assert panel.title.text() == (
        "The search index is damaged; your records are fine. Rebuilding the search index from "
        "the records repairs it.")
    assert [type(e) for e in told] == [SearchIndexDamagedError] * 4


def test_enter_before_the_results_opens_the_first_one(qtbot: QtBot, panel: SearchResults
                                                      ) -> None:
    chosen: list[SearchHit] = []
    panel.hit_chosen.connect(chosen.append)
    qtbot.keyClicks(panel.field, "SR-99017")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)  # the search may not even have started
    qtbot.waitUntil(lambda: len(chosen) == 1)
    assert chosen[0].title == "Sunrise Home Infusion"



def test_hits_on_a_pdfs_own_pages_show_first_then_their_snippets(
        qtbot: QtBot, panel: SearchResults, folder: Folder) -> None:
    """The hits at once (no PDF read); the snippets read from the PDFs follow (revision 0005
    keeps a PDF page's own text only in the PDF)."""
    from io import BytesIO

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for text in ("A first page", "Authorization QZ-7731 approved"):
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    pages = ["A first page", "Authorization QZ-7731 approved"]
    folder.records.add_document(
        Document(title="Approval", media_type="application/pdf", page_count=2,
                 text="\n\n".join(pages)), buffer.getvalue(), pages=pages)
    qtbot.keyClicks(panel.field, "QZ-7731")
    qtbot.waitUntil(lambda: panel.list.count() == 1 and not panel.searching)
    assert labels(panel)[0].startswith("Document · page 2: Approval")
    qtbot.waitUntil(lambda: panel.snippets_job is None and "approved" in labels(panel)[0],
                    timeout=20_000)
    assert labels(panel) == ["Document · page 2: Approval\nAuthorization QZ-7731 approved"]
