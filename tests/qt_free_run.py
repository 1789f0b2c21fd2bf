"""The run of the Qt-free tests in ``.venv-noqt``, an environment without PySide6.

``bash packaging/setup-dev.sh test`` makes that environment (the app's dependencies but Qt, plus
pytest, hypothesis, cryptography: from pyproject.toml). tests/test_qt_free.py asserts the run
passes; tests/conftest.py starts it in the background as soon as a run that includes it begins, so
that it uses the second core while the window's tests use the first, and leaves the Qt-free tests
out of that run, so that nothing runs twice.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NO_QT_VENV = ROOT / ".venv-noqt"
NO_QT_PYTHON = NO_QT_VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")

QT_FREE_TESTS = ["core", "storage", "services", "documents", "reports", "demo", "cli"]
QT_TESTS = ["ui", "packaging", "benchmarks", "translations"]  # the window; the wheel and bundle;
# the benchmark; the translations (Qt's lupdate and lrelease)

RUNNER = "test_the_qt_free_tests_pass_without_qt"  # in tests/test_qt_free.py
TIME_LIMIT_S = 1800  # only against a hang: about 3 minutes here, more on a busy machine


def qt_free_pytest_config(folder: Path) -> Path:
    """The project's pytest settings (pyproject.toml) without pytest-qt's own ``qt_*`` keys.

    Without pytest-qt installed those keys are unknown and ``--strict-config`` (kept on) refuses
    them, so the run gets this copy of the settings instead; everything else stays the same.
    """
    with (ROOT / "pyproject.toml").open("rb") as file:
        settings = tomllib.load(file)["tool"]["pytest"]["ini_options"]
    lines = ["[pytest]"]
    for key, value in settings.items():
        if key.startswith("qt_"):
            continue
        if isinstance(value, list):
            lines += [f"{key} =", *(f"    {item}" for item in value)]
        elif isinstance(value, bool):
            lines.append(f"{key} = {str(value).lower()}")
        else:
            lines.append(f"{key} = {value}")
    config = folder / "pytest.ini"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def no_qt_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["PYTHONNOUSERSITE"] = "1"
    return env


def short_summary(output: str) -> list[str]:
    """The run's closing sections: its slowest tests (if asked for), skips, failures, counts."""
    lines = output.rstrip().splitlines()
    starts = [n for n, line in enumerate(lines)
              if line.startswith("=") and ("slowest" in line or "short test summary" in line)]
    return lines[starts[0]:] if starts else lines[-1:]


class QtFreeRun:
    """The Qt-free tests running in .venv-noqt, in a process of their own, output to a file."""

    def __init__(self, durations: int | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="infusion-desk-qt-free-"))
        self.log = self.folder / "qt-free-tests.log"
        self.command = [
            str(NO_QT_PYTHON), "-m", "pytest",
            "-c", str(qt_free_pytest_config(self.folder)),
            "--rootdir", str(ROOT), "--confcutdir", str(ROOT),  # -c alone would move both
            "-p", "no:cacheprovider",  # the outer run owns .pytest_cache
            "-q", *([f"--durations={durations}"] if durations is not None else []),
            *(f"tests/{name}" for name in QT_FREE_TESTS),
        ]
        self.started = time.monotonic()
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                self.command, cwd=ROOT, env=no_qt_env(), stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT, start_new_session=sys.platform != "win32")
        self.failed = False  # set once it has ended: then its folder (and log) is kept

    def wait(self) -> tuple[int, str]:
        """Its exit status and its output, once it has ended (killed at the time limit)."""
        left = TIME_LIMIT_S - (time.monotonic() - self.started)
        try:
            code = self.process.wait(timeout=max(0.0, left))
        except subprocess.TimeoutExpired:
            self.stop()
            code = self.process.wait()
        self.failed = code != 0
        return code, self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Ends the run and whatever it started (the PDF and OCR workers), if still running."""
        if self.process.poll() is None:
            if sys.platform == "win32":
                self.process.kill()
            else:
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def clean_up(self) -> None:
        """Stops it, and removes its folder unless it failed (its log stays to be read)."""
        self.stop()
        if not self.failed:
            shutil.rmtree(self.folder, ignore_errors=True)


QT_FREE_RUN = pytest.StashKey[QtFreeRun]()
