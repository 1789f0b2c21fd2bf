"""Filing a letter: each action is one operation that says what it stored and undoes exactly.

Each test runs on a folder file and on a folder shared on a PostgreSQL server (``place``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from folder_engines import FolderPlace

from infusion_desk.core.errors import InvalidValueError, ReadOnlyFolderError
from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.core.records import (
    Document,
    DocumentKind,
    Plan,
    Question,
    Request,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.services import Change, Folder
from infusion_desk.services.filing import document_kind_for, step_status_for


@pytest.fixture
def made(place: FolderPlace) -> FolderPlace:
    """The folder, on each engine: a file, and a folder shared on the server."""
    with place.create() as folder:
        plan = folder.records.add(Plan(payer="Silverpine Health Plans", member_id="SPX-1")).value
        other = folder.records.add(Plan(payer="Cedar Mutual", member_id="CM-2")).value
        folder.records.add(Step(kind=StepKind.BENEFITS_VERIFICATION, plan_id=plan.id,
                                status=StepStatus.APPROVED))
        folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, plan_id=plan.id,
                                status=StepStatus.WAITING, started_on=date(2026, 11, 3)))
        folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, plan_id=other.id,
                                status=StepStatus.APPROVED, reference_number="CM-PA-77"))
        folder.records.add_document(Document(title="Scan0001", original_name="Scan0001.pdf"),
                                    b"%PDF-letter")
    return place


@pytest.fixture
def folder(made: FolderPlace) -> Iterator[Folder]:
    with made.open() as opened:
        yield opened


def _ids(folder: Folder) -> tuple[int, int, int, int]:
    silverpine, cedar = (p.id for p in folder.plans())
    steps = [s for s in folder.steps() if s.kind is StepKind.PRIOR_AUTHORIZATION]
    waiting = next(s.id for s in steps if s.plan_id == silverpine)
    letter = folder.documents()[0].id
    assert silverpine and cedar and waiting and letter
    return silverpine, cedar, waiting, letter


def test_the_prior_authorization_step_a_letter_is_about(folder: Folder) -> None:
    silverpine, cedar, waiting, _letter = _ids(folder)
    filing = folder.filing

    step = filing.step_for_letter(plan_id=silverpine)
    assert step is not None and step.id == waiting
    by_number = filing.step_for_letter(plan_id=silverpine, number="cm pa 77")
    assert by_number is not None and by_number.plan_id == cedar  # the number wins
    cedar_step = filing.step_for_letter(plan_id=cedar)
    assert cedar_step is not None and cedar_step.reference_number == "CM-PA-77"
    assert filing.step_for_letter(plan_id=silverpine, by_number_only=True) is None  # a denial
    folder.records.add(Step(kind=StepKind.REAUTHORIZATION, plan_id=silverpine))
    assert filing.step_for_letter(plan_id=silverpine) is None  # two open steps: not guessed


def test_updating_the_step_from_an_approval_and_undoing_it(folder: Folder) -> None:
    _silverpine, _cedar, waiting, letter = _ids(folder)
    before_step = folder.get(Step, waiting)
    before_letter = folder.get(Document, letter)
    heard: list[Change] = []
    folder.subscribe(heard.append)

    done = folder.filing.update_step_from_letter(
        waiting, number="PA-2026-011903", approved_from=date(2026, 11, 20),
        approved_to=date(2027, 2, 18), quantity="42 doses", status=StepStatus.APPROVED,
        decided_on=date(2026, 11, 20), document_id=letter)

    step = folder.get(Step, waiting)
    assert (step.reference_number, step.approved_from, step.approved_to) == (
        "PA-2026-011903", date(2026, 11, 20), date(2027, 2, 18))
    assert step.approved_quantity == "42 doses"
    assert step.status is StepStatus.APPROVED and step.decided_on == date(2026, 11, 20)
    assert step.started_on == date(2026, 11, 3)  # what the letter does not say is kept
    assert folder.get(Document, letter).step_id == waiting  # the letter is kept with the step
    assert done.message == ("Updated the step “Prior authorization”: number PA-2026-011903, "
                            "approved Nov 20, 2026 to Feb 18, 2027, 42 doses, approved / done. "
                            "Added a deadline: renew the approval by Feb 4, 2027 (worked out "
                            "from the rules).")
    assert heard and waiting in heard[-1].ids
    assert done.undo is not None

    redo = folder.records.undo(done.undo).undo
    assert folder.get(Step, waiting) == before_step
    assert folder.get(Document, letter) == before_letter
    assert redo is not None
    folder.records.undo(redo)
    assert folder.get(Step, waiting).reference_number == "PA-2026-011903"


def test_a_letter_for_a_plan_without_a_step_adds_one(folder: Folder) -> None:
    silverpine, *_rest = _ids(folder)
    done = folder.filing.update_step_from_letter(None, plan_id=silverpine, number="X-9",
                                                 status=StepStatus.DENIED)
    assert done.value.kind is StepKind.PRIOR_AUTHORIZATION and done.value.plan_id == silverpine
    assert done.message.startswith("Added the step")
    assert done.undo is not None
    folder.records.undo(done.undo)
    assert all(s.reference_number != "X-9" for s in folder.steps())


def test_backwards_dates_are_refused(folder: Folder) -> None:
    *_rest, waiting, _letter = _ids(folder)
    with pytest.raises(InvalidValueError):
        folder.filing.update_step_from_letter(waiting, approved_from=date(2027, 2, 18),
                                              approved_to=date(2026, 11, 20))
    assert folder.get(Step, waiting).approved_from is None


def test_adding_a_request_from_a_letter(folder: Folder) -> None:
    *_rest, waiting, letter = _ids(folder)
    folder.filing.save_letter_details(letter, title="Request for more information",
                                      kind=DocumentKind.PLAN_LETTER,
                                      document_date=date(2026, 10, 16), sender="Silverpine")
    done = folder.filing.add_request_from_letter(
        what="Clinical notes that support the diagnosis", requested_by="Silverpine Health Plans",
        requested_on=date(2026, 10, 16), due_on=date(2026, 10, 30), step_id=waiting,
        document_id=letter)

    request = folder.get(Request, done.value.id or 0)
    assert (request.requested_by, request.due_on, request.step_id) == (
        "Silverpine Health Plans", date(2026, 10, 30), waiting)
    assert request.notes == ("Asked for in the letter “Request for more information” dated "
                             "Oct 16, 2026.")
    assert request.document_ids == ()  # the letter asks; it is not what we sent
    assert done.message == ("Added the request “Clinical notes that support the diagnosis”, "
                            "due Oct 30, 2026. It is on the Requests tab.")
    assert done.undo is not None
    folder.records.undo(done.undo)
    assert folder.requests() == []
    assert folder.get(Document, letter).step_id is None
    with pytest.raises(InvalidValueError):
        folder.filing.add_request_from_letter(what="  ")


def test_adding_a_question_from_a_letter(folder: Folder) -> None:
    done = folder.filing.add_question_from_letter(text="Is the pump covered under Part B?",
                                                  ask_whom="Silverpine")
    assert [q.text for q in folder.questions()] == ["Is the pump covered under Part B?"]
    assert done.undo is not None
    folder.records.undo(done.undo)
    assert folder.questions() == []
    assert [q.text for q in folder.trashed(Question)] == ["Is the pump covered under Part B?"]


def test_saving_the_letters_details(folder: Folder) -> None:
    *_rest, letter = _ids(folder)
    before = folder.get(Document, letter)
    done = folder.filing.save_letter_details(
        letter, title="Approval of ertapenem", kind=document_kind_for(LetterKind.APPROVAL),
        document_date=date(2026, 11, 20), sender="Silverpine Health Plans")
    saved = folder.get(Document, letter)
    assert (saved.title, saved.kind, saved.document_date, saved.sender) == (
        "Approval of ertapenem", DocumentKind.PA_DECISION, date(2026, 11, 20),
        "Silverpine Health Plans")
    assert done.message == "Saved the details of “Approval of ertapenem”."
    again = folder.filing.save_letter_details(
        letter, title="Approval of ertapenem", kind=DocumentKind.PA_DECISION,
        document_date=date(2026, 11, 20), sender="Silverpine Health Plans")
    assert again.undo is None
    assert done.undo is not None
    folder.records.undo(done.undo)
    assert folder.get(Document, letter) == before


def test_the_kinds_and_statuses_a_letter_gives() -> None:
    assert document_kind_for(LetterKind.EXPLANATION_OF_BENEFITS) is DocumentKind.EOB
    assert document_kind_for(LetterKind.BILL) is DocumentKind.BILL
    assert step_status_for(LetterKind.DENIAL) is StepStatus.DENIED
    assert step_status_for(LetterKind.REQUEST_FOR_INFORMATION) is None


def test_a_read_only_folder_refuses_filing(made: FolderPlace) -> None:
    with made.open(read_only=True) as folder:
        *_rest, waiting, letter = _ids(folder)
        with pytest.raises(ReadOnlyFolderError):
            folder.filing.update_step_from_letter(waiting, number="PA-1")
        with pytest.raises(ReadOnlyFolderError):
            folder.filing.add_request_from_letter(what="Notes")
        with pytest.raises(ReadOnlyFolderError):
            folder.filing.add_question_from_letter(text="Why?")
        with pytest.raises(ReadOnlyFolderError):
            folder.filing.save_letter_details(letter, title="T", kind=DocumentKind.OTHER,
                                              document_date=None, sender="")
