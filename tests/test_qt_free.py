"""Everything below the window works without Qt: its tests pass in an environment without PySide6.

``bash packaging/setup-dev.sh test`` makes that environment in ``.venv-noqt`` (the app's
dependencies but Qt, plus pytest, hypothesis, cryptography, from pyproject.toml). The import-linter
contracts already forbid Qt below the UI; this run proves it where it counts, including that the
command line imports the window only when asked to open it.

Those tests run once. A run that includes the one without Qt leaves them out of its own run
(``deselected``) and starts theirs in the background at its beginning, on the second core; the last
test here waits for it, and its summary (skips, failures) is printed at the end (tests/conftest.py,
tests/qt_free_run.py). A run without ``.venv-noqt``, or one that leaves the slow test out
(``-m "not slow"``), or one of a single folder (``pytest tests/storage``) runs them as usual.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from qt_free_run import (
    NO_QT_PYTHON,
    NO_QT_VENV,
    QT_FREE_RUN,
    QT_FREE_TESTS,
    QT_TESTS,
    ROOT,
    QtFreeRun,
    no_qt_env,
    short_summary,
)


def test_every_test_folder_is_sorted_into_qt_free_or_qt() -> None:
    with_tests = {
        path.parent.relative_to(ROOT / "tests").parts[0]
        for path in (ROOT / "tests").rglob("test_*.py")
        if path.parent != ROOT / "tests"
    }
    assert with_tests == set(QT_FREE_TESTS) | set(QT_TESTS)


def no_qt_environment() -> Path:
    if NO_QT_PYTHON.exists():
        return NO_QT_PYTHON
    message = (f"{NO_QT_VENV.name} is missing: make it with `bash packaging/setup-dev.sh test`")
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def test_the_no_qt_environment_has_no_qt() -> None:
    python = no_qt_environment()
    done = subprocess.run(
        [str(python), "-c",
         "import importlib.util as u, infusion_desk;"
         "print(infusion_desk.__file__);"
         "print(*[m for m in ('PySide6', 'shiboken6', 'pytestqt') if u.find_spec(m)])"],
        cwd=ROOT, env=no_qt_env(), capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    package_file, importable_qt = done.stdout.splitlines()
    assert Path(package_file).is_relative_to(ROOT / "infusion_desk")
    assert importable_qt == "", f"{NO_QT_VENV.name} can import {importable_qt}"


class InnerSummary:
    """Prints the no-Qt run's own closing sections at the end of this run (its skips, say)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        terminalreporter.write_sep("=", f"the Qt-free tests, run in {NO_QT_VENV.name}")
        for line in self.lines:
            terminalreporter.write_line(line)


@pytest.mark.slow
def test_the_qt_free_tests_pass_without_qt(pytestconfig: pytest.Config) -> None:
    no_qt_environment()
    run = pytestconfig.stash.get(QT_FREE_RUN, None)
    if run is None:  # not started with the session (tests/conftest.py): now, then
        run = pytestconfig.stash[QT_FREE_RUN] = QtFreeRun()
    code, output = run.wait()
    assert code == 0, (
        f"{' '.join(run.command)}\n(whole output: {run.log})\n{output[-8000:]}"
    )
    assert " passed" in output.splitlines()[-1]
    pytestconfig.pluginmanager.register(InnerSummary(short_summary(output)))
