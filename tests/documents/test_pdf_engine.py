"""The PDF engine survives a worker that crashes, hangs, or is killed, and serves the next job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from document_samples import pa_letter, pdf_pages
from pdf_fault_worker import CRASH, HANG, HANG_FLAG, serve_with_faults

from infusion_desk.documents import PdfEngine, PdfStatus, prepare_bytes


def test_a_crashing_pdf_costs_one_job_only(today: date) -> None:
    with PdfEngine(worker=serve_with_faults) as engine:
        assert engine.inspect(pa_letter()).status is PdfStatus.OK
        first_pid = engine.worker_pid

        prepared = prepare_bytes(CRASH, "hostile.pdf", today=today, engine=engine)

        assert prepared.data == CRASH
        assert not prepared.document.preview_ok
        assert prepared.document.page_count == 0
        assert "could not be read" in prepared.note
        after = engine.inspect(pa_letter())
        assert after.status is PdfStatus.OK
        assert after.page_count == 1
        assert engine.worker_pid not in (None, first_pid)


def test_a_hanging_pdf_times_out_and_the_worker_is_replaced(today: date) -> None:
    with PdfEngine(worker=serve_with_faults, timeout=0.5) as engine:
        started = time.monotonic()
        prepared = prepare_bytes(HANG, "slow.pdf", today=today, engine=engine)

        assert time.monotonic() - started < 30  # stopped, not waited out (it hangs an hour)
        assert not prepared.document.preview_ok
        assert "too long" in prepared.note
        assert engine.worker_pid is None
        assert engine.inspect(pa_letter()).status is PdfStatus.OK


def test_the_real_worker_times_out_on_a_tiny_limit_then_recovers() -> None:
    long_pdf = pdf_pages([[f"Page {number} of the medical record"] for number in range(150)])
    with PdfEngine() as engine:
        engine.inspect(pa_letter())  # started and warm
        engine.timeout = 0.0005

        assert engine.inspect(long_pdf).status is PdfStatus.TIMED_OUT

        engine.timeout = 20.0
        info = engine.inspect(long_pdf)
        assert info.status is PdfStatus.OK
        assert info.page_count == 150


def test_a_worker_killed_between_jobs_is_restarted_without_failing_the_job() -> None:
    with PdfEngine() as engine:
        engine.inspect(pa_letter())
        pid = engine.worker_pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        engine.wait_for_worker_exit(5)  # joins the killed process; no polling

        info = engine.inspect(pa_letter())

        assert info.status is PdfStatus.OK
        assert engine.worker_pid not in (None, pid)


def test_jobs_from_several_threads_take_turns(engine: PdfEngine) -> None:
    letters = [pdf_pages([[f"Letter {number}"]]) for number in range(6)]
    results: dict[int, str] = {}

    def read(number: int) -> None:
        info = engine.inspect(letters[number])
        results[number] = info.pages[0] if info.pages else info.status.value

    threads = [threading.Thread(target=read, args=(number,)) for number in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert results == {number: f"Letter {number}" for number in range(6)}


def test_close_stops_the_worker_and_the_engine_refuses_more_work() -> None:
    engine = PdfEngine()
    with engine:
        engine.inspect(pa_letter())
        pid = engine.worker_pid
        assert pid is not None

    assert engine.worker_pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    with pytest.raises(RuntimeError):
        engine.inspect(pa_letter())
    engine.close()  # twice is fine


def test_the_app_process_never_loads_pdfium_or_qt() -> None:
    code = (
        "import sys, infusion_desk.documents;"
        "bad = [m for m in sys.modules if m.startswith(('pypdfium2', 'PySide6', 'shiboken6'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_closing_during_a_hung_job_ends_it_promptly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flag = tmp_path / "hanging"
    monkeypatch.setenv(HANG_FLAG, str(flag))
    engine = PdfEngine(worker=serve_with_faults, timeout=60)
    engine.inspect(pa_letter())
    outcome: list[PdfStatus] = []
    job = threading.Thread(target=lambda: outcome.append(engine.inspect(HANG).status))
    job.start()
    deadline = time.monotonic() + 60
    while not flag.exists():  # the worker is in the hung job (however busy the machine is)
        assert time.monotonic() < deadline, "the worker never started the job"
        job.join(0.01)

    started = time.monotonic()
    engine.close()
    job.join(30)

    assert time.monotonic() - started < 30  # ended, not waited out (it hangs an hour)
    assert outcome == [PdfStatus.CRASHED]
    assert engine.worker_pid is None
