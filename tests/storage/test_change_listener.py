"""The listener of a shared folder hears other people's changes, only its folder's, not its own,
in one callback per burst; it says when the server drops and hears again once it is back."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from live_server import ThrowawayServer
from waiting import wait_for

from infusion_desk.storage.shared.listening import (
    ChangeListener,
    RemoteBatch,
    RemoteNotice,
    parse_notice,
)


@pytest.fixture(scope="module")
def server() -> Iterator[ThrowawayServer]:
    made = ThrowawayServer()
    made.start()
    yield made
    made.remove()



class Heard:
    def __init__(self) -> None:
        self.batches: list[RemoteBatch] = []
        self.states: list[bool] = []
        self.lock = threading.Lock()

    def change(self, batch: RemoteBatch) -> None:
        with self.lock:
            self.batches.append(batch)

    def state(self, connected: bool) -> None:
        with self.lock:
            self.states.append(connected)

    def notices(self) -> set[RemoteNotice]:
        with self.lock:
            return {n for b in self.batches for n in b.notices}


def notify(server: ThrowawayServer, *payloads: dict[str, Any]) -> int:
    """Send the payloads in one transaction (as one statement's triggers do); the sender's pid."""
    with psycopg.connect(server.conninfo()) as conn:
        pid = int(conn.info.backend_pid)
        for payload in payloads:
            conn.execute("SELECT pg_notify('infusion_desk', %s)", [json.dumps(payload)])
    return pid


def listener(server: ThrowawayServer, heard: Heard, own: set[int] | None = None
             ) -> ChangeListener:
    made = ChangeListener(lambda: psycopg.connect(server.conninfo(), autocommit=True),
                          "brennan", heard.change, heard.state,
                          own_pids=lambda: frozenset(own or ()),
                          channel="infusion_desk")  # (a bare server: a channel of the test's)
    made.start()
    wait_for(lambda: made.connected)
    return made


def test_a_change_in_its_folder_is_heard_within_two_seconds(server: ThrowawayServer) -> None:
    heard = Heard()
    listening = listener(server, heard)
    try:
        started = time.monotonic()
        notify(server, {"folder": "brennan", "table": "calls", "id": 7, "action": "added",
                        "pid": 1})
        wait_for(lambda: bool(heard.notices()))
        assert time.monotonic() - started < 2.0
        assert heard.notices() == {RemoteNotice("calls", 7, "added")}
        assert heard.states == [True]
    finally:
        assert listening.stop()


def test_other_folders_and_its_own_connections_are_not_heard(server: ThrowawayServer) -> None:
    heard = Heard()
    own: set[int] = set()
    listening = listener(server, heard, own)
    try:
        with psycopg.connect(server.conninfo()) as mine:
            own.add(int(mine.info.backend_pid))
            mine.execute("SELECT pg_notify('infusion_desk', %s)", [json.dumps(
                {"folder": "brennan", "table": "calls", "id": 1, "action": "added",
                 "pid": mine.info.backend_pid})])
        notify(server, {"folder": "okafor", "table": "calls", "id": 2, "action": "added",
                        "pid": 0})
        notify(server, {"folder": "brennan", "table": "plans", "id": 3, "action": "changed",
                        "pid": 0})  # sent last: once it is heard, the others would have been
        wait_for(lambda: bool(heard.notices()))
        assert heard.notices() == {RemoteNotice("plans", 3, "changed")}
    finally:
        assert listening.stop()


def test_a_burst_comes_as_one_callback(server: ThrowawayServer) -> None:
    heard = Heard()
    listening = listener(server, heard)
    try:
        notify(server, *({"folder": "brennan", "table": "documents", "id": i,
                          "action": "added", "pid": 0} for i in range(30)))
        wait_for(lambda: len(heard.notices()) == 30)
        assert len(heard.batches) == 1
    finally:
        assert listening.stop()


def test_it_stops_within_a_second(server: ThrowawayServer) -> None:
    heard = Heard()
    listening = listener(server, heard)
    started = time.monotonic()
    assert listening.stop(1.0)
    assert time.monotonic() - started < 1.0


def test_a_server_that_drops_is_said_and_heard_again_when_back() -> None:
    server = ThrowawayServer()
    server.start()
    heard = Heard()
    listening = listener(server, heard)
    try:
        server.stop()
        wait_for(lambda: heard.states[-1:] == [False], 10)
        server.start()
        wait_for(lambda: heard.states[-1:] == [True], 15)
        wait_for(lambda: any(b.missed for b in heard.batches))  # read everything again
        notify(server, {"folder": "brennan", "table": "questions", "id": 4, "action": "deleted",
                        "pid": 0})
        wait_for(lambda: RemoteNotice("questions", 4, "deleted") in heard.notices())
        assert heard.states == [True, False, True]
    finally:
        assert listening.stop()
        server.remove()


def test_payloads_that_are_not_its_own_shape_are_ignored() -> None:
    assert parse_notice("not json", "brennan", ()) is None
    assert parse_notice(json.dumps([1]), "brennan", ()) is None
    assert parse_notice(json.dumps({"folder": "brennan", "table": "calls", "action": "x"}),
                        "brennan", ()) is None
    assert parse_notice(json.dumps({"folder": "brennan", "table": "calls", "id": 1,
                                    "action": "added", "pid": 9}), "brennan", {9}) is None
