"""Two edits of one record never silently overwrite each other (issue 17): every record (and the
profile) carries the version it was read at; a save of an older version is refused with both,
stores nothing, and can be made again over theirs once she has seen them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from shared_fixtures import Person
from two_writers import second_writer

from infusion_desk.core.deadlines import DateSource, DeadlinePurpose
from infusion_desk.core.errors import EditConflictError, RecordNotFoundError
from infusion_desk.core.ocr import TextSource
from infusion_desk.core.records import (
    Call,
    Contact,
    Deadline,
    Document,
    Plan,
    Profile,
    Question,
    Request,
    SendMethod,
    Step,
)
from infusion_desk.services import Answer, Folder
from infusion_desk.storage.record_versions import keeping_mine
from infusion_desk.storage.shared.setup import give_folder

DAY = date(2026, 11, 20)


@pytest.fixture(params=["file", "server"])
def two(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Folder, Folder]]:
    """Her Folder and the other member's, on one folder: a file (a second writer beside the
    window's) or a folder on a PostgreSQL server (two people, each signed in as herself)."""
    profile = Profile(patient_name="Walter Brennan")
    if request.param == "file":
        made = tmp_path / "Walter Brennan.infusiondesk"
        with Folder.create(made, profile):
            pass
        with Folder.open(made) as mine, second_writer(made) as theirs:
            yield mine, theirs
        return
    make_person: Callable[[str], Person] = request.getfixturevalue("make_person")
    maria, ana = make_person("maria"), make_person("ana")
    with Folder.create_shared(maria.address("brennan"), maria.password, profile) as mine:
        give_folder(maria.admin_url, "brennan", ana.name)
        with Folder.open_shared(ana.address("brennan"), ana.password) as theirs:
            yield mine, theirs


RECORDS = [
    Plan(payer="Medicare", member_id="5GD1"),
    Contact(name="Dana", organization="Sunrise"),
    Step(title="Prior authorization"),
    Call(called_at=datetime(2026, 11, 3, 9, 30), organization="Sunrise"),
    Question(text="Is the pump covered?"),
    Request(what="Signed plan of care"),
    Deadline(DeadlinePurpose.OTHER, DAY, DateSource.TYPED, "Send the form"),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_the_later_save_of_one_record_is_told_with_both(
        two: tuple[Folder, Folder], record: object) -> None:
    mine_folder, their_folder = two
    added = mine_folder.records.add(record).value  # type: ignore[type-var]
    assert added.version == 1
    assert added.id is not None
    read_by_me = mine_folder.get(type(added), added.id)
    read_by_them = their_folder.get(type(added), added.id)
    assert read_by_me.version == read_by_them.version == 1
    field = "notes" if hasattr(added, "notes") else "summary" if isinstance(added, Call) \
        else "text" if isinstance(added, Question) else "title"
    theirs = their_folder.records.update(replace(read_by_them, **{field: "theirs"})).value
    assert theirs.version == 2

    mine = replace(read_by_me, **{field: "mine"})
    with pytest.raises(EditConflictError) as told:
        mine_folder.records.update(mine)
    assert told.value.mine == mine and told.value.mine.version == 1
    assert told.value.theirs == theirs and told.value.theirs.version == 2
    assert told.value.differing() == [field]
    stored = mine_folder.get(type(added), added.id)
    assert (getattr(stored, field), stored.version) == ("theirs", 2)  # nothing of mine stored

    with keeping_mine(told.value.theirs):  # "Keep my version": mine over theirs, seen
        kept = mine_folder.records.update(mine).value
    assert kept.version == 3
    stored = their_folder.get(type(added), added.id)
    assert (getattr(stored, field), stored.version) == ("mine", 3)
    with pytest.raises(EditConflictError):  # they, still at 2, are told in turn
        their_folder.records.update(replace(theirs, **{field: "again"}))


def test_the_profile_is_checked_too(two: tuple[Folder, Folder]) -> None:
    mine_folder, their_folder = two
    read_by_me, read_by_them = mine_folder.profile(), their_folder.profile()
    assert read_by_me.version >= 1
    their_folder.records.save_profile(replace(read_by_them, allergies="Penicillin"))
    with pytest.raises(EditConflictError) as told:
        mine_folder.records.save_profile(replace(read_by_me, therapy="Vancomycin"))
    assert told.value.differing() == ["therapy", "allergies"]
    assert mine_folder.profile().therapy == ""
    with keeping_mine(told.value.theirs):
        saved = mine_folder.records.save_profile(replace(read_by_me, therapy="Vancomycin"))
    assert saved.value.version == told.value.theirs.version + 1
    assert (their_folder.profile().therapy, their_folder.profile().allergies) == (
        "Vancomycin", "")  # mine, as she chose, whole


def test_a_record_trashed_meanwhile_is_said_to_be_gone_not_a_conflict(
        two: tuple[Folder, Folder]) -> None:
    mine_folder, their_folder = two
    call = mine_folder.records.add(Call(organization="Sunrise")).value
    assert call.id is not None
    their_folder.records.trash(Call, call.id)
    with pytest.raises(RecordNotFoundError):
        mine_folder.records.update(replace(call, summary="mine"))


def test_a_conflict_inside_an_operation_leaves_the_folder_unchanged(
        two: tuple[Folder, Folder]) -> None:
    """Logging a call that answers a question someone else changed meanwhile: neither the
    call, nor a new contact, nor the answer is stored."""
    mine_folder, their_folder = two
    question = mine_folder.records.add(Question(text="Is the pump covered?")).value
    assert question.id is not None
    before = mine_folder.counts()
    read_by_me = mine_folder.get(Question, question.id)
    their_folder.records.update(replace(question, ask_whom="Silverpine"))

    with pytest.raises(EditConflictError) as told:
        mine_folder.call_log.log_call(
            Call(called_at=datetime(2026, 11, 4, 10, 0), person="Dana"),
            [Answer(question.id, "Yes", read_by_me.version)])
    assert mine_folder.counts() == before
    assert mine_folder.get(Question, question.id).answer == ""
    assert told.value.differing() == ["status", "answer", "answered_on", "answered_call_id"]


def test_mark_as_sent_from_a_form_shown_before_their_save_is_told(
        two: tuple[Folder, Folder]) -> None:
    """Her form's sent details over the request as stored now: only what she set differs."""
    mine_folder, their_folder = two
    request = mine_folder.records.add(Request(what="Lab results")).value
    assert request.id is not None
    their_folder.ledger.mark_sent(request.id, on=DAY, method=SendMethod.PORTAL,
                                  version=request.version)
    with pytest.raises(EditConflictError) as told:
        mine_folder.ledger.mark_sent(request.id, on=DAY, method=SendMethod.FAX,
                                     version=request.version)
    assert told.value.differing() == ["method"]
    with keeping_mine(told.value.theirs):
        mine_folder.ledger.mark_sent(request.id, on=DAY, method=SendMethod.FAX,
                                     version=request.version)
    assert their_folder.get(Request, request.id).method is SendMethod.FAX


def test_operations_keep_the_version_they_read_and_never_conflict_with_themselves(
        two: tuple[Folder, Folder]) -> None:
    mine_folder, _ = two
    request = mine_folder.records.add(Request(what="Lab results")).value
    assert request.id is not None
    sent = mine_folder.ledger.mark_sent(request.id, on=DAY, method=SendMethod.FAX,
                                        version=request.version)
    assert sent.value.version == 2
    received = mine_folder.ledger.mark_received(request.id, on=DAY)
    assert received.value.version == 3
    call = mine_folder.records.add(Call(organization="Sunrise", follow_up_on=DAY)).value
    assert call.id is not None
    done = mine_folder.call_log.follow_up_done(call.id)
    assert done.value.version == 2


def test_undo_wins_and_redo_still_works(two: tuple[Folder, Folder]) -> None:
    """Undo puts back with version 0: a save since (hers or theirs) does not stop it."""
    mine_folder, their_folder = two
    call = mine_folder.records.add(Call(organization="Sunrise", summary="first")).value
    assert call.id is not None
    edited = mine_folder.records.update(replace(call, summary="second"))
    their_folder.records.update(replace(their_folder.get(Call, call.id), outcome="theirs"))
    assert edited.undo is not None
    undone = mine_folder.records.undo(edited.undo)
    back = mine_folder.get(Call, call.id)
    assert (back.summary, back.outcome, back.version) == ("first", "", 4)
    assert undone.undo is not None
    mine_folder.records.undo(undone.undo)  # redo
    again = mine_folder.get(Call, call.id)
    assert (again.summary, again.outcome, again.version) == ("second", "theirs", 5)
    profile = mine_folder.records.save_profile(replace(mine_folder.profile(), therapy="IV"))
    their_folder.records.save_profile(replace(their_folder.profile(), notes="theirs"))
    assert profile.undo is not None
    mine_folder.records.undo(profile.undo)
    assert (mine_folder.profile().therapy, mine_folder.profile().notes) == ("", "")


def test_a_record_read_by_a_first_look_or_made_anew_is_not_checked(
        two: tuple[Folder, Folder]) -> None:
    """Version 0 (not read from the folder) saves as before: the command line, the demo."""
    mine_folder, their_folder = two
    plan = mine_folder.records.add(Plan(payer="Medicare")).value
    their_folder.records.update(replace(plan, member_id="5GD1"))
    saved = mine_folder.records.update(replace(plan, version=0, payer="Medicare Part B")).value
    assert saved.version == 3


def test_a_documents_details_are_checked_but_reading_its_text_is_no_edit(
        two: tuple[Folder, Folder]) -> None:
    """Two people renaming one letter: told, with only what a save writes (its text and
    whether it was read are the reader's: test_read_later has a form opened before reading)."""
    mine_folder, their_folder = two
    added = mine_folder.records.add_document(Document(title="Letter"), b"letter bytes").value
    assert added.version == 1
    assert added.id is not None
    read_by_me = mine_folder.get(Document, added.id)
    their_folder.records.update(replace(their_folder.get(Document, added.id), sender="Plan"))
    with pytest.raises(EditConflictError) as told:
        mine_folder.records.update(replace(read_by_me, title="Appeal letter", text="stale",
                                           text_source=TextSource.TYPED))
    assert told.value.differing() == ["title", "sender"]
