"""A change kept because the server's answer to its commit never came back is not stored twice:
tried again, it first looks for what the dropped try added (a call is never logged twice); if
that was not stored, it is made again; an edit it stored is not taken for someone else's. On a
folder file and on the PostgreSQL server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from infusion_desk.core.errors import EditConflictError, ServerUnreachableError
from infusion_desk.core.records import Call, Contact, Question
from infusion_desk.services import Folder
from infusion_desk.services.call_log import Answer
from infusion_desk.services.changes import Done
from infusion_desk.services.outbox import Outbox
from tests.storage.shared_fixtures import make_person, server_db, shared_folder  # noqa: F401

_ = (make_person, server_db, shared_folder)  # the fixtures, used by name


class DroppedCommit:
    """The next commit's answer is lost: ``drop(stored=True)``: the server commits, and the
    connection drops as it answers; ``stored=False``: it drops before (nothing is stored)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._next: bool | None = None
        real = Session.commit

        def commit(session: Session) -> None:
            stored, self._next = self._next, None
            if stored is None:
                real(session)
                return
            if stored:
                real(session)
            raise ServerUnreachableError("db.example.org")

        monkeypatch.setattr(Session, "commit", commit)

    def drop(self, *, stored: bool) -> None:
        self._next = stored


@pytest.fixture(params=["file", "server"])
def folder(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Folder]:
    if request.param == "server":
        yield request.getfixturevalue("shared_folder")
        return
    with Folder.create(tmp_path / "Walter Brennan.infusiondesk") as opened:
        yield opened


def _kept(folder: Folder, operation: Callable[[], Done[Any]]) -> Outbox:
    """Try ``operation`` as the window does; it finds the server gone and is kept."""
    once = folder.sent_once(operation)
    with pytest.raises(ServerUnreachableError):
        once()
    outbox = Outbox()
    outbox.keep("Log a call", once)
    return outbox


def test_a_call_stored_before_the_connection_dropped_is_not_logged_again(
        folder: Folder, monkeypatch: pytest.MonkeyPatch) -> None:
    question = folder.records.add(Question(text="Is the PA on file?")).value
    assert question.id is not None
    dropped = DroppedCommit(monkeypatch)
    dropped.drop(stored=True)
    call = Call(organization="Silverpine Health Plans", person="Dana", summary="PA on file")
    outbox = _kept(folder, lambda: folder.call_log.log_call(
        call, [Answer(question.id or 0, "Yes")]))
    assert len(folder.calls()) == 1  # stored, though the window was told the server was gone

    changes: list[object] = []
    folder.subscribe(changes.append)
    sent = outbox.send()
    assert sent.saved == 1 and not outbox.waiting
    assert [c.summary for c in folder.calls()] == ["PA on file"]  # once
    assert [c.name for c in folder.contacts()] == ["Dana"]  # the new person, once
    assert changes  # the views are told, as for any change
    done = sent.sent[0].done
    assert done is not None and done.undo is not None
    folder.records.undo(done.undo)  # Undo takes back what the dropped try added
    assert folder.calls() == [] and folder.contacts() == []


def test_a_call_not_stored_when_the_connection_dropped_is_logged_when_it_is_back(
        folder: Folder, monkeypatch: pytest.MonkeyPatch) -> None:
    dropped = DroppedCommit(monkeypatch)
    dropped.drop(stored=False)
    outbox = _kept(folder, lambda: folder.call_log.log_call(Call(summary="Faxed the notes")))
    assert folder.calls() == []
    assert outbox.send().saved == 1
    assert [c.summary for c in folder.calls()] == ["Faxed the notes"]


def test_a_number_given_again_to_someone_elses_record_is_not_taken_for_hers(
        folder: Folder, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder file may hand a rolled-back record's number to the next one added: the record
    found must be hers in every field (on the server a number is never given twice)."""
    dropped = DroppedCommit(monkeypatch)
    dropped.drop(stored=False)
    outbox = _kept(folder, lambda: folder.records.add(Contact(name="Dana at Silverpine")))
    folder.records.add(Contact(name="Someone else"))
    assert outbox.send().saved == 1
    assert sorted(c.name for c in folder.contacts()) == ["Dana at Silverpine", "Someone else"]


def test_a_try_that_drops_again_is_looked_for_again(
        folder: Folder, monkeypatch: pytest.MonkeyPatch) -> None:
    dropped = DroppedCommit(monkeypatch)
    dropped.drop(stored=False)
    outbox = _kept(folder, lambda: folder.call_log.log_call(Call(summary="Left a message")))
    dropped.drop(stored=True)  # the second try is stored, and its answer lost too
    assert outbox.send().unreachable is not None and outbox.waiting
    assert len(folder.calls()) == 1
    assert outbox.send().saved == 1
    assert [c.summary for c in folder.calls()] == ["Left a message"]


def test_an_edit_stored_before_the_connection_dropped_is_not_taken_for_someone_elses(
        folder: Folder, monkeypatch: pytest.MonkeyPatch) -> None:
    contact = folder.records.add(Contact(name="Dana", phone="555-0100")).value
    dropped = DroppedCommit(monkeypatch)
    dropped.drop(stored=True)
    outbox = _kept(folder, lambda: folder.records.update(replace(contact, phone="555-0199")))
    sent = outbox.send()
    assert sent.saved == 1 and sent.sent[0].error is None  # no conflict with her own edit
    assert [(c.name, c.phone) for c in folder.contacts()] == [("Dana", "555-0199")]


def test_an_edit_that_meets_another_version_still_goes_to_the_conflict_view(
        folder: Folder, monkeypatch: pytest.MonkeyPatch) -> None:
    contact = folder.records.add(Contact(name="Dana", phone="555-0100")).value
    dropped = DroppedCommit(monkeypatch)
    dropped.drop(stored=False)
    outbox = _kept(folder, lambda: folder.records.update(replace(contact, phone="555-0199")))
    folder.records.update(replace(contact, phone="555-0142"))  # someone else's, meanwhile
    sent = outbox.send()
    assert isinstance(sent.sent[0].error, EditConflictError)
    assert [c.phone for c in folder.contacts()] == ["555-0142"]
