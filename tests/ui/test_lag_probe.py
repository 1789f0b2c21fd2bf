"""The lag probe: a stall of the window's event loop shows up as a tick that fired late."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from infusion_desk.ui.lag_probe import (
    PROBE_ENV,
    SHOWN_ENV,
    LagFigures,
    LagProbe,
    ShownMark,
    install,
    take_option,
)

BLOCK_MS = 250
SLACK_MS = 30


def _busy(ms: float) -> None:
    """Keep the UI thread busy (a stall), without sleeping."""
    until = time.perf_counter() + ms / 1000
    while time.perf_counter() < until:
        pass


def test_a_busy_block_on_the_ui_thread_shows_up_as_a_stall_of_about_its_length(
        qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    probe = LagProbe()
    probe.start()
    qtbot.waitUntil(lambda: len(probe.samples) >= 5)
    quiet = probe.figures()
    blocked: list[bool] = []
    QTimer.singleShot(0, lambda: (_busy(BLOCK_MS), blocked.append(True)))
    qtbot.waitUntil(lambda: bool(blocked))
    count = len(probe.samples)
    qtbot.waitUntil(lambda: len(probe.samples) >= count + 3)
    probe.stop()
    figures = probe.figures()
    print(f"quiet: {quiet}; with a {BLOCK_MS} ms block: {figures}")
    assert figures.max >= BLOCK_MS - SLACK_MS
    assert figures.count == len(probe.samples)
    probe.reset()
    assert probe.figures() == LagFigures(0, 0.0, 0.0, 0.0)


def test_figures_are_nearest_rank_percentiles() -> None:
    figures = LagFigures.of([float(n) for n in range(100, 0, -1)])
    assert figures == LagFigures(count=100, p50=50.0, p99=99.0, max=100.0)
    assert LagFigures.of([3.0]) == LagFigures(1, 3.0, 3.0, 3.0)


def test_the_probe_writes_its_figures(qtbot: QtBot, tmp_path: Path) -> None:
    probe = LagProbe()
    probe.start()
    qtbot.waitUntil(lambda: len(probe.samples) >= 3)
    probe.stop()
    out = tmp_path / "lag.json"
    probe.write(out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert set(written) == {"count", "p50", "p99", "max"}
    assert written["count"] >= 3


def test_off_unless_asked_for(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget

    monkeypatch.delenv(PROBE_ENV, raising=False)
    monkeypatch.delenv(SHOWN_ENV, raising=False)
    window = QWidget()
    qtbot.addWidget(window)
    assert install(window, "Infusion Desk") is None
    assert window.findChildren(ShownMark) == []


def test_on_when_the_environment_asks(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    monkeypatch.setenv(PROBE_ENV, str(tmp_path / "lag.json"))
    window = QWidget()
    qtbot.addWidget(window)
    probe = install(window, "Infusion Desk")
    assert probe is not None
    try:
        qtbot.waitUntil(lambda: len(probe.samples) >= 2)
    finally:
        probe.stop()
        probe.deleteLater()


def test_the_shown_mark_is_written_when_a_title_is_set_and_painted(
        qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("Infusion Desk")
    quits: list[bool] = []
    out = tmp_path / "shown.json"
    ShownMark(window, out, "Infusion Desk", quit_app=lambda: quits.append(True))
    window.show()
    qtbot.waitExposed(window)
    assert not out.exists()  # painted, but no folder shown yet
    window.setWindowTitle("Walter Brennan — Infusion Desk")
    qtbot.waitUntil(lambda: bool(quits))
    marks = json.loads(out.read_text(encoding="utf-8"))
    assert marks["painted"] <= marks["shown"]
    assert marks["titled"] <= marks["shown"]


def test_the_option_goes_into_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PROBE_ENV, raising=False)
    assert take_option(["folder.infusiondesk"]) == ["folder.infusiondesk"]
    assert take_option(["--lag-probe", "/tmp/x.json", "f.infusiondesk"]) == ["f.infusiondesk"]
    import os

    assert os.environ[PROBE_ENV] == "/tmp/x.json"
