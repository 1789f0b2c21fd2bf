"""Scripted scenarios in one running window, with the lag probe on: opening the large folder,
searching as you type, scrolling 20,000 calls, printing the summary, backing up, importing.

Each scenario returns its own figures and the probe's (how late the 10 ms ticks fired)."""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from infusion_desk.ui.lag_probe import LagFigures, LagProbe
    from infusion_desk.ui.main_window import MainWindow

TIMEOUT_S = 600.0


def run_loop_until(done: Callable[[], bool], timeout_s: float = TIMEOUT_S,
                   step_ms: int = 5) -> bool:
    """Turn the event loop (as the app's own would) until ``done()``; False on time out."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, step_ms)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, step_ms)
    return True


def run_loop_for(ms: float) -> None:
    until = time.monotonic() + ms / 1000
    run_loop_until(lambda: time.monotonic() >= until)


@dataclass
class Scenarios:
    window: MainWindow
    probe: LagProbe
    stalls: dict[str, LagFigures] = field(default_factory=dict)
    figures: dict[str, Any] = field(default_factory=dict)
    began: float = field(default_factory=time.perf_counter)

    def _stall(self, name: str) -> None:
        self.stalls[name] = self.probe.figures()
        print(f"    {name}: done at {time.perf_counter() - self.began:.0f} s", file=sys.stderr)

    # ------------------------------------------------------------------ opening
    def open(self, path: Path, repeats: int) -> None:
        """Open the folder in the running window: to first rows, then the rest without a stall.
        Alternates with the floor (open the SQLite file, read the first rows)."""
        from floors import open_and_first_rows

        app_ms, floor_ms = [], []
        for n in range(repeats):
            started = time.perf_counter()
            open_and_first_rows(path)
            floor_ms.append((time.perf_counter() - started) * 1000)
            if self.window.ctx is not None:
                self.window.close_folder()
                run_loop_for(200)
            self.probe.reset()
            app_ms.append(self._open_once(path))
            run_loop_until(lambda: not self.window.jobs.busy(), 120)  # the rest arrives
            run_loop_for(300)
            if n == repeats - 1:
                self._stall("opening the large folder")
        self.figures["open"] = (statistics.median(app_ms), statistics.median(floor_ms))

    def _open_once(self, path: Path) -> float:
        """Milliseconds from asking to open to the folder's first rows shown and painted (the
        goal's "first rows"); what follows (the whole-file check in the background) is waited
        for after the clock stops, its stalls counted by the probe."""
        painted = _PaintCounter(self.window)
        ended: list[bool] = []
        self.window.opening_ended.connect(ended.append)
        try:
            started = time.perf_counter()
            self.window.open_folder(path)
            if not run_loop_until(lambda: _rows_shown(self.window), 120):
                raise RuntimeError("the window did not show the folder")
            shown_at = painted.count
            run_loop_until(lambda: painted.count > shown_at, 5)
            took = (time.perf_counter() - started) * 1000
            if not run_loop_until(lambda: bool(ended), 120) or not ended[0]:
                raise RuntimeError("the folder did not finish opening")
            return took
        finally:
            self.window.opening_ended.disconnect(ended.append)
            painted.detach()

    # ------------------------------------------------------------------ searching
    def search(self, words: list[str], key_ms: int = 90) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QLineEdit

        self.window.focus_search()
        run_loop_for(50)
        field_ = QApplication.focusWidget()
        if not isinstance(field_, QLineEdit):
            raise RuntimeError("the search field did not take the focus")
        self.probe.reset()
        for word in words:
            field_.selectAll()
            QTest.keyClick(field_, Qt.Key.Key_Backspace)
            for char in word:
                QTest.keyClicks(field_, char)
                run_loop_for(key_ms)
            run_loop_for(300)
        run_loop_until(lambda: not self.window.jobs.busy(), 60)
        self._stall("searching as you type")
        field_.clear()
        run_loop_for(200)

    # ------------------------------------------------------------------ scrolling
    def scroll_calls(self, step_ms: int = 16, pages_a_step: int = 3) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        view = self.window.view
        assert view is not None
        tabs = view.tabs
        index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Calls")
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)

        def table() -> QAbstractItemView | None:
            views = [v for v in page.findChildren(QAbstractItemView)
                     if v.isVisible() and v.model() is not None and v.model().rowCount() > 0]
            return max(views, key=lambda v: v.model().rowCount(), default=None)

        run_loop_until(lambda: table() is not None, 60)
        found = table()
        if found is None:
            raise RuntimeError("no calls were listed")
        bar = found.verticalScrollBar()
        self.probe.reset()
        steps = 0
        while bar.value() < bar.maximum() and steps < 5_000:
            bar.setValue(bar.value() + pages_a_step * max(1, bar.pageStep()))
            run_loop_for(step_ms)
            steps += 1
        run_loop_for(300)
        self._stall("scrolling 20,000 calls")
        self.figures["scrolled_rows"] = found.model().rowCount()

    # ------------------------------------------------------------------ printing
    def print_summary(self, repeats: int) -> None:
        from floors import reportlab_page

        app_ms, floor_ms = [], []
        reportlab_page()  # the floor's first run imports ReportLab here: not the app's stall
        self.probe.reset()
        for _ in range(repeats):
            started = time.perf_counter()
            reportlab_page()
            floor_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            dialog = self.window.print_summary()
            assert dialog is not None
            if not run_loop_until(lambda d=dialog: bool(getattr(d, "pdf", None)), 120):
                raise RuntimeError("the summary was never made")
            app_ms.append((time.perf_counter() - started) * 1000)
            dialog.close()
            run_loop_for(100)
        self._stall("printing the summary")
        self.figures["summary"] = (statistics.median(app_ms), statistics.median(floor_ms))

    # ------------------------------------------------------------------ backing up
    def back_up(self, path: Path) -> None:
        from infusion_desk.services.backup_policy import MANUAL
        from infusion_desk.ui.jobs import FOLDER

        store = self.window.backups_for(path)
        self.probe.reset()
        job = self.window.jobs.start(lambda _p: store.snapshot(path, MANUAL), lane=FOLDER,
                                     label="Backing up")
        ended: list[bool] = []
        job.ended.connect(lambda: ended.append(True))
        run_loop_until(lambda: bool(ended), TIMEOUT_S)
        run_loop_for(200)
        self._stall("backing up")

    # ------------------------------------------------------------------ importing
    def import_files(self, files: list[Path], folder_file: Path) -> None:
        """Import through the window's queue (the Documents tab's, as a drop would): the time
        until every file is listed (a row in the folder), and until every file has been read
        (text and thumbnails included: a PDF's are read in the background after its row)."""
        from floors import read_and_hash
        from PySide6.QtWidgets import QApplication

        from infusion_desk.ui.documents.import_queue import ImportBatch, import_queue_for

        started = time.perf_counter()
        read_and_hash(files)
        floor_s = time.perf_counter() - started
        ctx = self.window.ctx
        assert ctx is not None
        owner = getattr(self.window.view, "documents", None)  # the Documents tab's queue
        queue = (owner.queue if owner is not None
                 else import_queue_for(ctx, QApplication.instance()))
        count = _document_counter(folder_file)
        waiting = _document_counter(folder_file, "WHERE read_state = 'waiting'")
        before = count()
        finished: list[bool] = []
        queue.batch_finished.connect(lambda _r: finished.append(True))
        self.probe.reset()
        listed: list[float] = []
        started = time.perf_counter()
        queue.submit(ImportBatch(paths=tuple(files)))

        def check() -> bool:
            if not listed and count() - before >= len(files):
                listed.append(time.perf_counter() - started)
            return bool(finished) and waiting() == 0

        run_loop_until(check, TIMEOUT_S)
        all_done = time.perf_counter() - started
        if not listed:
            listed.append(all_done)
        run_loop_for(200)
        self._stall("importing letters")
        self.figures["import"] = (listed[0], floor_s, all_done)


class _PaintCounter:
    def __init__(self, window: MainWindow) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.count = 0
        counter = self

        class Spy(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return super().eventFilter(watched, event)

        self._window = window
        self._spy = Spy(window)
        window.installEventFilter(self._spy)

    def detach(self) -> None:
        self._window.removeEventFilter(self._spy)
        self._spy.deleteLater()


def _rows_shown(window: MainWindow) -> bool:
    """The folder is shown: its view is there and its title is in the window's."""
    return window.view is not None and window.ctx is not None


def _document_counter(path: Path, where: str = "") -> Callable[[], int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def count() -> int:
        return int(conn.execute(f"SELECT count(*) FROM documents {where}").fetchone()[0])

    return count
