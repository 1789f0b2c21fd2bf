"""Everything below the window works without Qt: its tests pass in an environment without PySide6.

``bash packaging/setup-dev.sh test`` makes that environment in ``.venv-noqt`` (the app's
dependencies but Qt, plus pytest and hypothesis, all read from pyproject.toml). The import-linter
contracts already forbid Qt below the UI; this run proves it where it counts, including that the
command line imports the window only when asked to open it.

Those tests run once: when this run includes the run without Qt, tests/conftest.py leaves them out
of this run (``deselected``), and its short summary (skips, failures) is printed at the end. A run
without the no-Qt environment, or one that leaves the slow run out (``-m "not slow"``), or one of a
single folder (``pytest tests/storage``) runs them here as usual.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NO_QT_VENV = ROOT / ".venv-noqt"
NO_QT_PYTHON = NO_QT_VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")

QT_FREE_TESTS = ["core", "storage", "services", "documents", "reports", "demo", "cli"]
QT_TESTS = ["ui", "packaging", "benchmarks"]  # the window; the wheel and bundle; the benchmark


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


def runs_the_qt_free_tests() -> bool:
    """Whether test_the_qt_free_tests_pass_without_qt can run them (tests/conftest.py asks)."""
    return NO_QT_PYTHON.exists()


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
    """Prints the no-Qt run's own short summary at the end of this run (its skips, say)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        terminalreporter.write_sep("=", f"the Qt-free tests, run in {NO_QT_VENV.name}")
        for line in self.lines:
            terminalreporter.write_line(line)


def short_summary(stdout: str) -> list[str]:
    lines = stdout.rstrip().splitlines()
    starts = [n for n, line in enumerate(lines) if "short test summary info" in line]
    return lines[starts[-1] + 1:] if starts else lines[-1:]


@pytest.mark.slow
def test_the_qt_free_tests_pass_without_qt(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    python = no_qt_environment()
    command = [
        str(python), "-m", "pytest",
        "-c", str(qt_free_pytest_config(tmp_path)),
        "--rootdir", str(ROOT), "--confcutdir", str(ROOT),  # -c alone would move both to tmp
        "-p", "no:cacheprovider",  # the outer run owns .pytest_cache
        "-q", *(f"tests/{name}" for name in QT_FREE_TESTS),
    ]
    done = subprocess.run(
        command, cwd=ROOT, env=no_qt_env(), capture_output=True, text=True, check=False,
        timeout=1800,  # only against a hang: about 3 minutes here, more on a busy machine
    )
    assert done.returncode == 0, (
        f"{' '.join(command)}\n{done.stdout[-6000:]}\n{done.stderr[-3000:]}"
    )
    assert " passed" in done.stdout.splitlines()[-1]
    pytestconfig.pluginmanager.register(InnerSummary(short_summary(done.stdout)))
