"""Waiting on a condition from another thread (a listener, the server), with a deadline and never
a fixed sleep. Generous, for a busy machine: how soon things happen is the benchmarks' to
measure (tests/benchmarks/live_latency.py)."""

from __future__ import annotations

import time
from collections.abc import Callable

WAIT_S = 15.0


def wait_for(condition: Callable[[], bool], seconds: float = WAIT_S) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.01)
