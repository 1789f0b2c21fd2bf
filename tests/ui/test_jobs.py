"""The one job runner: progress, Cancel, failures told apart, deleted receivers, shutting down."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import FolderError, SaveFailedError
from infusion_desk.ui.job_strip import JobStrip
from infusion_desk.ui.jobs import (
    FOLDER,
    PREVIEW,
    REPORTS,
    JobBugError,
    JobRunner,
    Progress,
)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    jobs.shutdown(10)
    jobs.wait_until_idle(timeout=10)
    jobs.deleteLater()


def gate_job(gate: threading.Event, started: threading.Event | None = None,
             result: object = "done") -> object:
    def work(progress: Progress) -> object:
        if started is not None:
            started.set()
        while not gate.wait(0.01):
            progress.check()
        progress.check()
        return result
    return work


def test_a_job_runs_off_the_ui_thread_and_reports_progress_then_its_result(
        qtbot: QtBot, runner: JobRunner) -> None:
    ran_on: list[QThread | None] = []

    def work(progress: Progress) -> int:
        ran_on.append(QThread.currentThread())
        for step in range(3):
            progress.report(step + 1, 3, f"step {step + 1}")
        return 42

    steps: list[tuple[int, int, str]] = []
    handle = runner.start(work, label="Counting…")
    handle.progressed.connect(lambda *args: steps.append(args))
    with qtbot.waitSignal(handle.finished, timeout=10000) as finished:
        pass
    assert finished.args == [42]
    assert steps == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert ran_on and ran_on[0] is not QThread.currentThread()


def test_known_trouble_arrives_as_it_was_raised(qtbot: QtBot, runner: JobRunner) -> None:
    trouble = SaveFailedError("disk said no")

    def work(_progress: Progress) -> None:
        raise trouble

    handle = runner.start(work)
    with qtbot.waitSignal(handle.failed, timeout=10000) as failed:
        pass
    assert failed.args == [trouble]


def test_a_bug_is_logged_and_reported_as_a_bug(
        qtbot: QtBot, runner: JobRunner, caplog: pytest.LogCaptureFixture) -> None:
    def work(_progress: Progress) -> None:
        raise ZeroDivisionError("oops")

    handle = runner.start(work)
    with qtbot.waitSignal(handle.failed, timeout=10000) as failed:
        pass
    error = failed.args[0]
    assert isinstance(error, JobBugError) and isinstance(error, FolderError)
    assert isinstance(error.cause, ZeroDivisionError)
    assert "Nothing was lost" in error.message
    assert any(record.exc_info and record.exc_info[0] is ZeroDivisionError
               for record in caplog.records)


def test_cancel_stops_a_running_job_and_the_ones_waiting_never_start(
        qtbot: QtBot, runner: JobRunner) -> None:
    gate, started = threading.Event(), threading.Event()
    first = runner.start(gate_job(gate, started), lane=FOLDER)
    ran_second: list[bool] = []
    second = runner.start(lambda _p: ran_second.append(True), lane=FOLDER)
    assert started.wait(10)
    assert runner.busy(FOLDER)
    finished: list[object] = []
    first.finished.connect(finished.append)
    with qtbot.waitSignals([first.stopped, second.stopped], timeout=10000):
        second.cancel()
        first.cancel()
    assert not finished and not ran_second
    qtbot.waitUntil(lambda: not runner.busy(FOLDER), timeout=10000)


def test_a_latest_only_lane_runs_the_newest_wish_only(qtbot: QtBot, runner: JobRunner) -> None:
    gate, started = threading.Event(), threading.Event()
    runner.start(gate_job(gate, started, "first"), lane=PREVIEW)
    assert started.wait(10)
    older = runner.start(lambda _p: "older", lane=PREVIEW)
    newest = runner.start(lambda _p: "newest", lane=PREVIEW)
    results: list[object] = []
    older.finished.connect(results.append)
    newest.finished.connect(results.append)
    with qtbot.waitSignals([older.stopped, newest.finished], timeout=10000):
        gate.set()
    assert results == ["newest"]


def test_a_deleted_receiver_is_simply_not_told(qtbot: QtBot, runner: JobRunner) -> None:
    """The Print summary bug: a dialog that deletes itself while its job runs."""
    told: list[object] = []

    class Receiver(QDialog):
        @Slot(object)
        def on_finished(self, result: object) -> None:
            told.append(result)

    receiver = Receiver()
    gate, started = threading.Event(), threading.Event()
    handle = runner.start(gate_job(gate, started, "page"), lane=REPORTS)
    handle.finished.connect(receiver.on_finished)
    assert started.wait(10)
    with qtbot.waitSignal(receiver.destroyed, timeout=10000):
        receiver.deleteLater()
    with qtbot.waitSignal(handle.ended, timeout=10000):
        gate.set()
    assert told == []


def test_shutdown_while_running_cancels_and_waits_for_writing_jobs(
        qtbot: QtBot, runner: JobRunner) -> None:
    gate, started = threading.Event(), threading.Event()
    wrote: list[str] = []

    def write(progress: Progress) -> None:
        started.set()
        while not gate.wait(0.01):
            if progress.cancelled:
                wrote.append("finished the file it was on")
                return

    handle = runner.start(write, lane=FOLDER)
    waiting = runner.start(lambda _p: wrote.append("never"), lane=FOLDER)
    assert started.wait(10)
    assert runner.shutdown(10)
    assert wrote == ["finished the file it was on"]
    assert not runner.busy()
    with qtbot.waitSignals([handle.ended, waiting.stopped], timeout=10000):
        pass
    late = runner.start(lambda _p: wrote.append("after shutdown"))
    with qtbot.waitSignal(late.stopped, timeout=10000):
        pass
    assert wrote == ["finished the file it was on"]


def test_the_runner_can_go_away_while_a_job_runs(qtbot: QtBot) -> None:
    owner = QObject()
    runner = JobRunner(owner)
    gate, started = threading.Event(), threading.Event()
    ended: list[str] = []

    def work(progress: Progress) -> None:
        started.set()
        gate.wait(10)
        ended.append("ran to its end")

    runner.start(work, lane=REPORTS)
    assert started.wait(10)
    lane = next(t for t in threading.enumerate() if t.name == "infusion-desk-reports")
    with qtbot.waitSignal(owner.destroyed, timeout=10000):
        owner.deleteLater()
    gate.set()
    lane.join(10)
    assert not lane.is_alive()
    assert ended == ["ran to its end"]


def test_the_strip_shows_a_long_job_and_its_cancel_button_stops_it(
        qtbot: QtBot, runner: JobRunner) -> None:
    strip = JobStrip(runner)
    qtbot.addWidget(strip)
    gate, started = threading.Event(), threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        progress.report(1, 4, "Copying the folder…")
        while not gate.wait(0.01):
            progress.check()

    with qtbot.waitSignal(runner.start(lambda _p: None).ended, timeout=10000):
        assert strip.isHidden()  # no label: a quiet job
    handle = runner.start(work, label="Restoring the backup…")
    assert not strip.isHidden()
    assert strip.label.text() == "Restoring the backup…"
    qtbot.waitUntil(lambda: strip.bar.maximum() == 4 and strip.bar.value() == 1, timeout=10000)
    assert strip.label.text() == "Copying the folder…"
    with qtbot.waitSignal(handle.stopped, timeout=10000):
        strip.cancel_button.click()
        assert strip.label.text() == "Stopping…"
    qtbot.waitUntil(strip.isHidden, timeout=10000)
