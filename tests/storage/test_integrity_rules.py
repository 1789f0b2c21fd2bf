"""Foreign keys, trash and restore, one transaction per action, documents stored once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from folder_engines import FolderPlace, folder_on

from infusion_desk.core.errors import InvalidValueError, RecordNotFoundError
from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    Question,
    QuestionStatus,
    Request,
    SendMethod,
)
from infusion_desk.services import Answer, Change, Folder


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """On each engine: a folder file, and a folder shared on the test PostgreSQL server."""
    yield from folder_on(place)


def test_foreign_keys_are_enforced(folder: Folder) -> None:
    with pytest.raises(InvalidValueError):
        folder.records.add(Call(contact_id=999))
    assert folder.count(Call) == 0


def test_trash_and_restore(folder: Folder) -> None:
    contact = folder.records.add(Contact(name="Maria Lopez")).value
    assert contact.id is not None
    folder.records.trash(Contact, contact.id)
    assert folder.contacts() == []
    assert [c.name for c in folder.trashed(Contact)] == ["Maria Lopez"]
    with pytest.raises(RecordNotFoundError):
        folder.get(Contact, contact.id)
    with pytest.raises(RecordNotFoundError):
        folder.records.update(replace(contact, name="edited while trashed"))
    folder.records.restore(Contact, contact.id)
    assert [c.name for c in folder.contacts()] == ["Maria Lopez"]
    with pytest.raises(RecordNotFoundError):
        folder.records.restore(Contact, contact.id)


def test_empty_trash_purges_records_and_orphan_bytes(folder: Folder) -> None:
    kept = folder.records.add_document(Document(title="kept"), b"k").value
    gone = folder.records.add_document(Document(title="gone"), b"g").value
    assert gone.id is not None and kept.id is not None
    folder.records.trash(Document, gone.id)
    assert folder.records.empty_trash().value == 1
    assert folder.count(Document, trashed=True) == 0
    assert folder.document_bytes(kept.id) == b"k"
    with pytest.raises(RecordNotFoundError):
        folder.document_bytes(gone.id)
    assert folder.check().ok


def test_same_bytes_are_stored_once(folder: Folder) -> None:
    first = folder.records.add_document(Document(title="a"), b"zz").value
    second = folder.records.add_document(Document(title="b"), b"zz").value
    store = folder._store
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM blobs").scalar() == 1
    assert first.id != second.id


def test_log_call_answers_questions_in_one_action(folder: Folder) -> None:
    changes: list[Change] = []
    folder.subscribe(changes.append)
    question = folder.records.add(Question(text="Is the pump covered?", ask_whom="Plan")).value
    assert question.id is not None
    call = folder.call_log.log_call(
        Call(called_at=datetime(2026, 11, 3, 10, 30), organization="Plan", person="Ken",
             reference_number="R-1"),
        [Answer(question.id, "Yes, under Part B")],
    ).value
    answered = folder.get(Question, question.id)
    assert answered.status is QuestionStatus.ANSWERED
    assert answered.answer == "Yes, under Part B"
    assert answered.answered_call_id == call.id
    assert answered.answered_on == date(2026, 11, 3)
    assert call.contact_id is not None
    assert folder.get(Contact, call.contact_id).name == "Ken"
    assert {k.value for k in changes[-1].kinds} == {"call", "question", "contact"}


def test_a_failed_action_changes_nothing(folder: Folder) -> None:
    question = folder.records.add(Question(text="q")).value
    assert question.id is not None
    with pytest.raises(InvalidValueError):
        folder.call_log.log_call(Call(contact_id=12345), [Answer(question.id, "a")])
    assert folder.count(Call) == 0
    assert folder.get(Question, question.id).status is QuestionStatus.OPEN


def test_stuck_questions_added_for_a_request(folder: Folder) -> None:
    request = folder.records.add(Request(what="Letter of medical necessity")).value
    added = folder.question_list.add_stuck(ask_whom="Plan", request_id=request.id).value
    assert [q.text for q in added] == [q.text for q in folder.questions()]
    assert len(added) == 3
    assert all(q.request_id == request.id for q in added)


def test_mark_sent_fills_the_right_side(folder: Folder) -> None:
    doc = folder.records.add_document(Document(title="notes"), b"n").value
    assert doc.id is not None
    request = folder.records.add(Request(what="Clinical notes", due_on=date(2026, 11, 1))).value
    assert request.id is not None
    sent = folder.ledger.mark_sent(request.id, on=date(2026, 11, 2), method=SendMethod.FAX,
                                   submitted_to="Plan PA dept", confirmation_number="FX-1",
                                   papers=[doc.id]).value
    again = folder.get(Request, request.id)
    assert again == sent
    assert again.document_ids == (doc.id,)
    assert again.method is SendMethod.FAX
