"""How long the window freezes: a precise timer that records how late each of its ticks fires.

A tick due every 10 ms that fires 180 ms after the one before means the event loop was busy
170 ms: nothing was drawn and no click was answered meanwhile. Off unless asked for, so it costs
nothing: ``INFUSION_DESK_LAG_PROBE=/path/out.json`` (or ``infusion-desk --lag-probe PATH ...``)
switches it on, and the figures (count, p50, p99, max of the lateness in ms) are written to that
file when the app quits. A benchmark can also make a :class:`LagProbe` in its own process and read
:meth:`LagProbe.figures` after each scenario.

``INFUSION_DESK_SHOWN_MARK=/path/mark.json`` is the benchmark's other hook: the app writes the
wall-clock times when the window was first painted and when a folder was first shown (its title
set, and the window painted after that), then quits.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

PROBE_ENV = "INFUSION_DESK_LAG_PROBE"
SHOWN_ENV = "INFUSION_DESK_SHOWN_MARK"
INTERVAL_MS = 10


@dataclass(frozen=True)
class LagFigures:
    """How late the ticks fired, in milliseconds."""

    count: int
    p50: float
    p99: float
    max: float

    @classmethod
    def of(cls, samples: Sequence[float]) -> LagFigures:
        if not samples:
            return cls(0, 0.0, 0.0, 0.0)
        ordered = sorted(samples)
        return cls(len(ordered), _percentile(ordered, 50), _percentile(ordered, 99), ordered[-1])


def _percentile(ordered: Sequence[float], percent: float) -> float:
    """The nearest-rank percentile of sorted samples."""
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


class LagProbe(QObject):
    """A precise timer ticking every ``interval_ms`` on the thread it lives on (the window's)."""

    def __init__(self, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._clock = QElapsedTimer()
        self._last_ns = 0
        self._samples: list[float] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._last_ns = self._clock.nsecsElapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def reset(self) -> None:
        """Forget the samples so far (between a benchmark's scenarios); keeps ticking."""
        self._samples.clear()
        self._last_ns = self._clock.nsecsElapsed()

    @property
    def samples(self) -> list[float]:
        return list(self._samples)

    def figures(self) -> LagFigures:
        return LagFigures.of(self._samples)

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self.figures())), encoding="utf-8")

    def _tick(self) -> None:
        now_ns = self._clock.nsecsElapsed()
        late = (now_ns - self._last_ns) / 1e6 - self.interval_ms
        self._last_ns = now_ns
        self._samples.append(max(0.0, late))


class ShownMark(QObject):
    """Writes when the window was first painted and when a folder was first shown, then quits."""

    def __init__(self, window: QWidget, path: Path, empty_title: str,
                 quit_app: Callable[[], None] = QCoreApplication.quit) -> None:
        super().__init__(window)
        self._quit = quit_app
        self._window = window
        self._path = path
        self._empty_title = empty_title
        self._marks: dict[str, float] = {}
        window.installEventFilter(self)
        window.windowTitleChanged.connect(self._title_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._marks.setdefault("painted", time.time())
            if "titled" in self._marks and "shown" not in self._marks:
                self._marks["shown"] = time.time()
                self._path.write_text(json.dumps(self._marks), encoding="utf-8")
                QTimer.singleShot(0, self._quit)
        return super().eventFilter(watched, event)

    def _title_changed(self, title: str) -> None:
        if title != self._empty_title and "titled" not in self._marks:
            self._marks["titled"] = time.time()
            self._window.update()  # a paint follows, even if nothing else asked for one


def install(window: QWidget, empty_title: str) -> LagProbe | None:
    """The probe and the shown mark the environment asks for (nothing when it asks for none)."""
    app = QCoreApplication.instance()
    probe_path = os.environ.get(PROBE_ENV)
    probe = None
    if probe_path and app is not None:
        probe = LagProbe(parent=app)
        out = Path(probe_path)
        app.aboutToQuit.connect(lambda: _write_quietly(probe, out))
        probe.start()
    shown_path = os.environ.get(SHOWN_ENV)
    if shown_path:
        ShownMark(window, Path(shown_path), empty_title)
    return probe


def _write_quietly(probe: LagProbe, path: Path) -> None:
    try:
        probe.write(path)
    except OSError:
        log.warning("the lag probe's figures could not be written")


def take_option(args: list[str]) -> list[str]:
    """``--lag-probe PATH`` taken out of the command line, into the environment."""
    if "--lag-probe" not in args:
        return args
    at = args.index("--lag-probe")
    if at + 1 < len(args):
        os.environ[PROBE_ENV] = args[at + 1]
    return args[:at] + args[at + 2:]
