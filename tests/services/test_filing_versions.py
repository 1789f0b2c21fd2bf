"""*File this letter* and the one-click actions never silently act over someone else's save
(issue 17): each starts from the version she saw; her own actions in a row go on from the version
the last one stored, so she never meets herself; a save by another member in between is refused
with both versions, and nothing of the action is stored."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from folder_engines import FolderPlace
from two_writers import second_writer

from infusion_desk.core.deadlines import DateSource, DeadlinePurpose
from infusion_desk.core.errors import EditConflictError
from infusion_desk.core.records import (
    Call,
    Deadline,
    Document,
    DocumentKind,
    Question,
    QuestionStatus,
    Request,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.services import Folder
from infusion_desk.services.filing import DOCUMENT_VERSION

DAY = date(2026, 11, 20)


@pytest.fixture
def two(place: FolderPlace) -> Iterator[tuple[Folder, Folder]]:
    """Her Folder and another's, on one folder (a file, or a folder on the server)."""
    with place.create() as mine:
        if place.shared:
            with place.open() as theirs:
                yield mine, theirs
        else:
            assert mine.path is not None
            with second_writer(mine.path) as theirs:
                yield mine, theirs


def _letter(folder: Folder) -> Document:
    return folder.records.add_document(Document(title="scan"), b"%PDF letter").value


def _step(folder: Folder) -> Step:
    return folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION,
                                   status=StepStatus.WAITING)).value


def test_her_filing_actions_in_a_row_never_meet_each_other(
        two: tuple[Folder, Folder]) -> None:
    mine, _theirs = two
    letter, step, other_step = _letter(mine), _step(mine), _step(mine)
    assert letter.id is not None and step.id is not None and other_step.id is not None
    seen = letter.version
    saved = mine.filing.save_letter_details(
        letter.id, title="Approval from Silverpine", kind=DocumentKind.PA_DECISION,
        document_date=DAY, sender="Silverpine", version=seen).value
    seen = saved.version
    assert seen == letter.version + 1
    done = mine.filing.update_step_from_letter(
        step.id, number="PA-1", status=StepStatus.APPROVED, decided_on=DAY,
        document_id=letter.id, step_version=step.version, document_version=seen)
    assert done.value.version == step.version + 1
    seen = done.extra[DOCUMENT_VERSION]  # type: ignore[assignment]
    assert seen == saved.version + 1  # (the letter moved to the step)
    again = mine.filing.update_step_from_letter(
        step.id, quantity="42 doses", document_id=letter.id,
        step_version=done.value.version, document_version=seen)
    assert DOCUMENT_VERSION not in again.extra  # already with the step: not written
    moved = mine.filing.add_request_from_letter(
        what="Chart notes", step_id=other_step.id, document_id=letter.id,
        document_version=seen)
    seen = moved.extra[DOCUMENT_VERSION]  # type: ignore[assignment]
    last = mine.filing.save_letter_details(
        letter.id, title="Approval, Silverpine", kind=DocumentKind.PA_DECISION,
        document_date=DAY, sender="Silverpine", version=seen).value
    assert last.title == "Approval, Silverpine"
    assert mine.get(Document, letter.id).step_id == other_step.id


def test_a_save_by_someone_else_in_between_is_told_and_nothing_is_stored(
        two: tuple[Folder, Folder]) -> None:
    mine, theirs = two
    letter, step = _letter(mine), _step(mine)
    assert letter.id is not None and step.id is not None
    theirs.records.update(replace(theirs.get(Document, letter.id), title="Their title"))
    with pytest.raises(EditConflictError) as told:
        mine.filing.save_letter_details(
            letter.id, title="My title", kind=DocumentKind.PA_DECISION, document_date=DAY,
            sender="Silverpine", version=letter.version)
    assert told.value.theirs.title == "Their title"  # type: ignore[union-attr]
    with pytest.raises(EditConflictError):  # moving the letter to the step: the same
        mine.filing.update_step_from_letter(step.id, number="PA-1", document_id=letter.id,
                                            document_version=letter.version)
    with pytest.raises(EditConflictError):
        mine.filing.add_request_from_letter(what="Chart notes", step_id=step.id,
                                            document_id=letter.id,
                                            document_version=letter.version)
    stored = mine.get(Document, letter.id)
    assert (stored.title, stored.step_id) == ("Their title", None)
    assert mine.get(Step, step.id).reference_number == ""  # nothing of it stored
    assert mine.requests() == []
    theirs.records.update(replace(theirs.get(Step, step.id), notes="Called them"))
    with pytest.raises(EditConflictError):
        mine.filing.update_step_from_letter(step.id, number="PA-1",
                                            step_version=step.version)
    assert mine.get(Step, step.id).reference_number == ""


def test_a_click_on_a_record_changed_meanwhile_is_told(two: tuple[Folder, Folder]) -> None:
    mine, theirs = two
    request = mine.records.add(Request(what="Chart notes", submitted_on=DAY)).value
    call = mine.records.add(Call(called_at=datetime(2026, 11, 20, 9, 0), organization="Plan",
                                 follow_up_on=DAY)).value
    question = mine.records.add(Question(text="Is the pump covered?")).value
    deadline = mine.deadlines.add(
        Deadline(DeadlinePurpose.OTHER, DAY, DateSource.TYPED, "Send the form")).value
    clicks = [
        (request, lambda v: mine.ledger.mark_received(request.id or 0, on=DAY, version=v)),
        (call, lambda v: mine.call_log.follow_up_done(call.id or 0, version=v)),
        (question, lambda v: mine.question_list.set_status(
            question.id or 0, QuestionStatus.NOT_NEEDED, version=v)),
        (deadline, lambda v: mine.deadlines.set_done(deadline.id or 0, True, version=v)),
    ]
    for record, click in clicks:
        assert record.id is not None
        shown = mine.get(type(record), record.id)
        stored = theirs.get(type(record), record.id)
        field = {Call: "summary", Question: "ask_whom", Deadline: "title"}.get(type(record),
                                                                               "notes")
        theirs.records.update(replace(stored, **{field: "theirs"}))
        with pytest.raises(EditConflictError):
            click(shown.version)
        now = mine.get(type(record), record.id)
        assert now == theirs.get(type(record), record.id)  # nothing of hers stored
        done = click(now.version)  # seen now: it is done
        assert done.value.version == now.version + 1
