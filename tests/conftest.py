"""Test-wide set-up: offscreen Qt, and a private home so no test touches the real one."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PgServer, pg_server_for_tests
from qt_free_run import NO_QT_PYTHON, QT_FREE_RUN, QT_FREE_TESTS, RUNNER, QtFreeRun

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The app speaks the system's language: the tests' system speaks English (a test in Spanish asks
# for it with the ``spanish`` fixture, or sets these for the process it starts).
os.environ["LANGUAGE"] = "en_US"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
_REAL_HOME = Path.home()
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="infusion-desk-tests-"))
os.environ["HOME"] = str(_PRIVATE_HOME)
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    os.environ.pop(_var, None)
os.environ.setdefault("XDG_RUNTIME_DIR", str(_PRIVATE_HOME / "runtime"))
(_PRIVATE_HOME / "runtime").mkdir(mode=0o700, exist_ok=True)
_APP_DIRS = [
    _REAL_HOME / ".config" / "InfusionDesk",
    _REAL_HOME / ".local" / "share" / "InfusionDesk",
    _REAL_HOME / ".cache" / "InfusionDesk",
]
_EXISTED_BEFORE = {p: p.exists() for p in _APP_DIRS}
_RUNS_QT_FREE = pytest.StashKey[bool]()


@pytest.fixture
def spanish(qapp: object) -> Iterator[None]:
    """The app in Spanish (its compiled words built first if the sources are newer), then back."""
    from built_words import ensure_built

    from infusion_desk.ui import language

    ensure_built()
    spoken = language.install(language.LANGUAGES[1])
    assert spoken.code == "es", "the Spanish words could not be loaded"
    yield
    language.reset()


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A command run in the test's own process puts the system's language in place for the whole
    process: after each test the words are English without Qt again, as at the start."""
    yield
    language = sys.modules.get("infusion_desk.ui.language")
    if language is not None:
        language.reset()
    else:
        from infusion_desk.core import i18n

        i18n.uninstall()


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own app home (settings, logs, demo folder, temp copies)."""
    home = tmp_path_factory.mktemp("app-home")
    monkeypatch.setenv("INFUSION_DESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server for the whole session (tests/pg_server.py): ``.admin_url``, and
    ``.new_database()`` for a database of a test's own. Skipped where no PostgreSQL is installed,
    but failed under CI (where .ci/run installs it)."""
    try:
        server = pg_server_for_tests()
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        pytest.fail(f"the test PostgreSQL server could not start: {exc}")
    if server is None:
        message = "PostgreSQL is not installed (apt-get install postgresql postgresql-contrib)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session", autouse=True)
def _never_touch_real_home() -> Iterator[None]:
    yield
    for path, existed in _EXISTED_BEFORE.items():
        assert path.exists() == existed, f"a test wrote to the real home directory: {path}"



@pytest.hookimpl(trylast=True)  # after -k and -m have deselected theirs
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The Qt-free tests run once: in .venv-noqt, when this run includes that run (test_qt_free.py)
    and it can happen; otherwise here, as usual. That run goes last, as it waits for the other.
    """
    runner = [item for item in items
              if isinstance(item, pytest.Function) and item.name == RUNNER]
    if not runner or not NO_QT_PYTHON.exists():
        return
    tests = Path(__file__).resolve().parent
    folders = [tests / name for name in QT_FREE_TESTS]
    elsewhere = {item for item in items
                 if any(item.path.is_relative_to(folder) for folder in folders)}
    if elsewhere:
        config.hook.pytest_deselected(items=[item for item in items if item in elsewhere])
    items[:] = [*(item for item in items if item not in elsewhere and item not in runner), *runner]
    config.stash[_RUNS_QT_FREE] = True


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> None:
    """Starts the Qt-free run in the background as this run's tests begin (see test_qt_free.py)."""
    config = session.config
    if (config.stash.get(_RUNS_QT_FREE, False) and not config.option.collectonly
            and not session.testsfailed and QT_FREE_RUN not in config.stash):
        config.stash[QT_FREE_RUN] = QtFreeRun(durations=config.option.durations)


def pytest_unconfigure(config: pytest.Config) -> None:
    run = config.stash.get(QT_FREE_RUN, None)
    if run is not None:
        run.clean_up()
