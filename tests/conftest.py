"""Test-wide set-up: offscreen Qt, and a private home so no test touches the real one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
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


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own app home (settings, logs, demo folder, temp copies)."""
    home = tmp_path_factory.mktemp("app-home")
    monkeypatch.setenv("INFUSION_DESK_HOME", str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def _never_touch_real_home() -> Iterator[None]:
    yield
    for path, existed in _EXISTED_BEFORE.items():
        assert path.exists() == existed, f"a test wrote to the real home directory: {path}"


@pytest.hookimpl(trylast=True)  # after -k and -m have deselected theirs
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The Qt-free tests run once: in .venv-noqt when this run runs them there (test_qt_free.py).

    Only when that run is part of this one and can happen; otherwise they run here as usual.
    """
    runner = next((item for item in items if isinstance(item, pytest.Function)
                   and item.name == "test_the_qt_free_tests_pass_without_qt"), None)
    if runner is None or not runner.module.runs_the_qt_free_tests():
        return
    tests = Path(__file__).resolve().parent
    folders = [tests / name for name in runner.module.QT_FREE_TESTS]
    elsewhere = [item for item in items
                 if any(item.path.is_relative_to(folder) for folder in folders)]
    if elsewhere:
        config.hook.pytest_deselected(items=elsewhere)
        left = set(items) - set(elsewhere)
        items[:] = [item for item in items if item in left]
