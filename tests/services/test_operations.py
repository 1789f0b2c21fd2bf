"""Every change a person makes is one operation: it says what it stored, announces what changed,
and hands back an undo that puts the folder back exactly (and whose own undo redoes it).

A folder open for reading only refuses every operation before a byte of the file is touched.
Each test runs on a folder file and on a folder shared on a PostgreSQL server (``place``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from folder_engines import FolderPlace

from infusion_desk.core.errors import InvalidValueError, ReadOnlyFolderError
from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    Plan,
    Profile,
    Question,
    QuestionStatus,
    Request,
    SendMethod,
)
from infusion_desk.services import Answer, Change, Done, Folder

DAY = date(2026, 11, 20)


@pytest.fixture
def made(place: FolderPlace) -> FolderPlace:
    """The folder, on each engine: a file, and a folder shared on the server."""
    with place.create(Profile(patient_name="Walter Brennan")) as folder:
        paper = folder.records.add_document(Document(title="Plan of care"), b"plan").value
        folder.records.add_document(Document(title="Infusion log"), b"log")
        folder.records.add(Request(what="Signed plan of care", requested_by="Sunrise",
                                   due_on=date(2026, 11, 25), document_ids=(paper.id or 0,)))
        folder.records.add(Request(what="Lab results", requested_by="Silverpine",
                                   submitted_on=date(2026, 11, 2)))
        folder.records.add(Question(text="Is the pump covered?", ask_whom="Silverpine"))
        folder.records.add(Call(called_at=datetime(2026, 11, 3, 9, 30), organization="Sunrise",
                                follow_up_on=date(2026, 11, 10)))
        folder.records.add(Plan(payer="Medicare", member_id="5GD1"))
    return place


@pytest.fixture
def folder(made: FolderPlace) -> Iterator[Folder]:
    with made.open() as opened:
        yield opened


def state(folder: Folder) -> tuple[object, ...]:
    """Everything a person can see in the folder, to compare before and after (what an undone
    addition leaves in the trash is not seen: undoing an addition moves it there)."""
    counts = {k: v for k, v in folder.counts().items() if k != "In the trash"}
    return (folder.profile(), folder.plans(), folder.contacts(), folder.requests(),
            folder.questions(), folder.calls(), folder.documents(), counts)


def _request(folder: Folder, what: str) -> Request:
    return next(r for r in folder.requests() if r.what == what)


def _ids(records: list[Document]) -> list[int]:
    return [d.id or 0 for d in records]


Operation = Callable[[Folder], Done[object]]

OPERATIONS: dict[str, Operation] = {
    "add": lambda f: f.records.add(Contact(name="Maria Lopez")),
    "update": lambda f: f.records.update(
        Plan(payer="Medicare Part B", member_id="5GD1", id=f.plans()[0].id)),
    "trash": lambda f: f.records.trash(Plan, f.plans()[0].id or 0),
    "save_profile": lambda f: f.records.save_profile(Profile(patient_name="W. Brennan")),
    "add_document": lambda f: f.records.add_document(Document(title="Card"), b"card"),
    "mark_sent": lambda f: f.ledger.mark_sent(
        _request(f, "Signed plan of care").id or 0, on=DAY, method=SendMethod.FAX,
        submitted_to="Sunrise intake", confirmation_number="FX-1",
        papers=_ids(f.documents())),
    "note_sent_with_papers": lambda f: f.ledger.note_sent_with_papers(
        _request(f, "Signed plan of care").id or 0, _ids(f.documents()), on=DAY),
    "mark_received": lambda f: f.ledger.mark_received(
        _request(f, "Lab results").id or 0, on=DAY),
    "attach_papers": lambda f: f.ledger.attach_papers(
        _request(f, "Lab results").id or 0, _ids(f.documents())),
    "log_call": lambda f: f.call_log.log_call(
        Call(called_at=datetime(2026, 11, 21, 14, 0), organization="Silverpine",
             person="Ken Ito", phone="555-0142", reference_number="R-88"),
        [Answer(f.questions()[0].id or 0, "Yes, under Part B")]),
    "follow_up_done": lambda f: f.call_log.follow_up_done(f.calls()[0].id or 0),
    "answer": lambda f: f.question_list.answer(f.questions()[0].id or 0, "Yes", on=DAY),
    "set_status": lambda f: f.question_list.set_status(
        f.questions()[0].id or 0, QuestionStatus.NOT_NEEDED),
    "add_stuck": lambda f: f.question_list.add_stuck(
        ask_whom="Silverpine", request_id=_request(f, "Lab results").id),
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_each_operation_announces_says_and_undoes_exactly(folder: Folder, name: str) -> None:
    heard: list[Change] = []
    folder.subscribe(heard.append)
    before = state(folder)
    done = OPERATIONS[name](folder)
    after = state(folder)
    assert after != before, "the operation changed nothing"
    assert heard == [done.change] and done.change.kinds
    assert done.message.strip()
    assert done.undo is not None and done.undo.label
    undone = folder.records.undo(done.undo)
    assert state(folder) == before
    assert heard[-1] == undone.change
    assert undone.undo is not None
    folder.records.undo(undone.undo)  # redo
    assert state(folder) == after


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_a_read_only_folder_refuses_every_operation_untouched(made: FolderPlace,
                                                              name: str) -> None:
    before = made.fingerprint()
    with made.open(read_only=True) as folder:
        seen = state(folder)
        with pytest.raises(ReadOnlyFolderError) as caught:
            OPERATIONS[name](folder)
        assert "reading only" in caught.value.message
        assert state(folder) == seen
    assert made.fingerprint() == before


def test_mark_sent_is_one_rule_the_papers_sent_are_exactly_those_given(folder: Folder) -> None:
    plan_of_care, log = sorted(folder.documents(), key=lambda d: d.title, reverse=True)
    request = _request(folder, "Signed plan of care")
    assert request.document_ids == (plan_of_care.id,)
    done = folder.ledger.mark_sent(request.id or 0, on=DAY, method=SendMethod.PORTAL,
                                   papers=[log.id or 0])
    assert done.value.document_ids == (log.id,)
    assert done.message == "Marked “Signed plan of care” as sent on Nov 20, 2026 with 1 paper."
    kept = folder.ledger.mark_sent(request.id or 0, on=DAY, method=None)
    assert kept.value.document_ids == (log.id,)  # None keeps the papers as they are


def test_papers_dropped_on_a_row_are_added_and_the_sent_date_kept(folder: Folder) -> None:
    plan_of_care, log = sorted(folder.documents(), key=lambda d: d.title, reverse=True)
    request = _request(folder, "Lab results")
    done = folder.ledger.note_sent_with_papers(request.id or 0, [log.id or 0],
                                               on=date(2026, 12, 1))
    assert done.value.submitted_on == date(2026, 11, 2)  # it was sent already: that day stays
    assert done.value.document_ids == (log.id,)
    again = folder.ledger.note_sent_with_papers(request.id or 0, [plan_of_care.id or 0], on=DAY)
    assert again.value.document_ids == (log.id, plan_of_care.id)
    assert again.message == "Marked “Lab results” as sent on Nov 2, 2026 with 2 papers."


def test_a_request_not_sent_cannot_be_marked_received(folder: Folder) -> None:
    with pytest.raises(InvalidValueError):
        folder.ledger.mark_received(_request(folder, "Signed plan of care").id or 0, on=DAY)


def test_a_new_person_on_a_call_becomes_a_contact_and_undo_takes_both_back(
        folder: Folder) -> None:
    question = folder.questions()[0]
    done = OPERATIONS["log_call"](folder)
    call = done.value
    assert isinstance(call, Call) and call.contact_id is not None
    contact = folder.get(Contact, call.contact_id)
    assert (contact.name, contact.organization, contact.phone) == (
        "Ken Ito", "Silverpine", "555-0142")
    assert done.message == "Saved the call, and added Ken Ito to People to call."
    answered = folder.get(Question, question.id or 0)
    assert answered.status is QuestionStatus.ANSWERED and answered.answered_call_id == call.id
    assert done.undo is not None
    folder.records.undo(done.undo)
    assert folder.contacts() == [] and folder.get(Question, question.id or 0) == question
    # A person already in People to call is not added twice.
    known = folder.records.add(Contact(name="Ken Ito")).value
    again = folder.call_log.log_call(Call(person="Ken Ito", contact_id=known.id))
    assert again.value.contact_id == known.id and len(folder.contacts()) == 1
