"""The outbox keeps changes made while the server is away and saves them, in order, once it is
back; a change refused for another reason leaves it with its error; a round never runs twice at
once. (The same against a real server that is stopped and started: tests/ui/test_live_window.py.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from infusion_desk.core.errors import RecordNotFoundError, ServerUnreachableError
from infusion_desk.core.records import Call, Question
from infusion_desk.services import Folder
from infusion_desk.services.changes import Done
from infusion_desk.services.outbox import (
    KeptChangeFailedError,
    Outbox,
    saved_words,
    waiting_words,
)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    with Folder.create(tmp_path / "Walter Brennan.infusiondesk") as opened:
        yield opened


class Server:
    """Stands between the outbox and the folder: while ``away``, every call fails as a server
    out of reach does (nothing is stored)."""

    def __init__(self) -> None:
        self.away = True

    def through(self, operation: Callable[[], Done[Any]]) -> Callable[[], Done[Any]]:
        def call() -> Done[Any]:
            if self.away:
                raise ServerUnreachableError("db.example.org")
            return operation()
        return call


def test_changes_wait_while_the_server_is_away_and_are_saved_in_order(folder: Folder) -> None:
    server = Server()
    outbox = Outbox()
    first, second = Call(organization="Aetna", summary="first"), Call(summary="second")
    for call in (first, second):
        outbox.keep("Log a call", server.through(lambda c=call: folder.call_log.log_call(c)))
    assert len(outbox) == 2 and outbox.labels() == ["Log a call", "Log a call"]

    tried = outbox.send()
    assert tried.unreachable is not None and tried.still_waiting == 2 and tried.sent == ()
    assert folder.calls() == []

    server.away = False
    saved = outbox.send()
    assert saved.unreachable is None and saved.saved == 2 and saved.still_waiting == 0
    assert [s.done.value.summary for s in saved.sent if s.done] == ["first", "second"]
    assert sorted(c.summary for c in folder.calls()) == ["first", "second"]
    assert not outbox.waiting


def test_one_refused_leaves_with_its_error_and_those_behind_go_on(folder: Folder) -> None:
    outbox = Outbox()
    outbox.keep("Edit a question", lambda: folder.records.update(Question(text="x", id=999)))
    outbox.keep("Log a call", lambda: folder.call_log.log_call(Call(summary="kept")))
    done = outbox.send()
    assert isinstance(done.sent[0].error, RecordNotFoundError)
    assert done.sent[1].done is not None and done.saved == 1
    assert [c.summary for c in folder.calls()] == ["kept"]


def test_a_round_asked_for_while_one_runs_sends_nothing(folder: Folder) -> None:
    outbox = Outbox()
    inside, release = threading.Event(), threading.Event()

    def slow() -> Done[Any]:
        inside.set()
        release.wait(5)
        return folder.call_log.log_call(Call(summary="once"))

    outbox.keep("Log a call", slow)
    running = threading.Thread(target=outbox.send)
    running.start()
    assert inside.wait(5)
    assert outbox.send().sent == ()  # the other round is still saving it
    release.set()
    running.join(5)
    assert [c.summary for c in folder.calls()] == ["once"]


def test_the_words_count_what_waits() -> None:
    assert "One change is kept" in waiting_words(1)
    assert "2 changes are kept" in waiting_words(2)
    assert "3 kept changes are saved" in saved_words(3)
    outbox = Outbox()
    outbox.keep("a", lambda: Done(None, None))  # type: ignore[arg-type]
    assert outbox.forget() == 1 and not outbox.waiting


def test_a_kept_change_that_fails_by_a_fault_leaves_with_an_error(folder: Folder) -> None:
    outbox = Outbox()

    def faulty() -> Done[Any]:
        folder.call_log.log_call(Call(summary="stored, then a fault"))
        raise RuntimeError("a bug after the commit")

    outbox.keep("Log a call", faulty)
    done = outbox.send()
    assert isinstance(done.sent[0].error, KeptChangeFailedError)
    assert not outbox.waiting  # never sent again: it may have been stored
    assert len(folder.calls()) == 1
