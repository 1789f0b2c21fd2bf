"""Sixty letters dropped on the window: every row arrives in the list while the window answers,
put in place as they come (the list is not read again and reset each time)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Profile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.documents.import_queue import BatchResult
from infusion_desk.ui.lag_probe import LagProbe
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.ui.document_drops import drop_urls, file_urls, letter_pdf, use_shared_engine
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
LETTERS = 60
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "Walter Brennan.infusiondesk"
    Folder.create(path, Profile(patient_name="Walter Brennan")).close()
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert opened(qtbot, win, path)
    assert win.view is not None
    use_shared_engine(win.view.documents)
    win.view.documents.file_after_drop = False
    queue = win.view.documents.queue
    yield win
    queue.wait_until_idle()
    win.close()


def test_sixty_letters_are_listed_as_they_come_while_the_window_answers(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.view is not None and window.ctx is not None
    tab = window.view.documents
    window.view.tabs.setCurrentWidget(tab)
    files = []
    for number in range(LETTERS):
        path = tmp_path / "drop" / f"letter {number:03d}.pdf"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(letter_pdf([[f"Letter number {number}", "Silverpine Health Plans"]]))
        files.append(path)
    resets: list[int] = []
    inserted: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(tab.model.rowCount()))
    tab.model.rowsInserted.connect(lambda _p, first, last: inserted.append(last - first + 1))
    probe = LagProbe(parent=window)
    probe.start()
    with qtbot.waitSignal(tab.queue.batch_finished, timeout=120_000) as finished:
        assert drop_urls(window, file_urls(*files))
    probe.stop()
    result = finished.args[0]
    assert isinstance(result, BatchResult)
    assert len(result.outcomes) == LETTERS and not result.failed

    figures = probe.figures()  # the window went on answering (how late is the benchmark's)
    assert figures.count > 0 and figures.max >= 0
    assert tab.model.rowCount() == LETTERS
    assert sum(inserted) == LETTERS  # each row put in place as it came…
    assert not resets  # …never the whole list read again and reset
    listed = [tab.proxy.row_object(r).id for r in range(tab.proxy.rowCount())]
    tab.refresh()  # the list read afresh is the same, in the same order
    assert [tab.proxy.row_object(r).id for r in range(tab.proxy.rowCount())] == listed
    assert tab.selected_document() is not None
