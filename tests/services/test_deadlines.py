"""Deadlines as records: her changes with their undo, and the proposals made where the records
change (a letter filed, an approval's end date, a call's promised call-back), never duplicated
and never written over what she typed. Each test runs on a folder file and on a folder shared on a
PostgreSQL server (``place``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from folder_engines import FolderPlace

from infusion_desk.core.appeal_rules import LETTER_FIRST, NoticeKind
from infusion_desk.core.deadlines import DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.errors import InvalidValueError
from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.core.records import (
    Call,
    Document,
    DocumentKind,
    Plan,
    PlanType,
    RecordKind,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.services import Folder
from infusion_desk.services.deadline_proposals import Notice

DENIAL = """Silverpine Health Plans
November 2, 2026
Re: Prior authorization PA-77
We have denied your request for coverage of ceftriaxone home infusion.
You may ask for a reconsideration.
"""
DENIAL_WITH_DATE = DENIAL + "Your appeal must be received by January 15, 2027.\n"


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """A folder on each engine: a file, and a folder shared on the server."""
    with place.create() as opened:
        opened.records.add(Plan(payer="Silverpine Health Plans",
                                plan_type=PlanType.MEDICARE_ADVANTAGE))
        yield opened


def _letter(folder: Folder, text: str = DENIAL, **details: object) -> Document:
    document = Document(title="Letter", kind=DocumentKind.PA_DECISION,
                        document_date=date(2026, 11, 2), media_type="text/plain",
                        **details)  # type: ignore[arg-type]
    return folder.records.add_document(document, text.encode(), pages=[text]).value


def _typed(day: date = date(2026, 12, 1)) -> Deadline:
    return Deadline(DeadlinePurpose.OTHER, day, DateSource.TYPED, "Send the diary")


def test_her_deadline_added_edited_done_removed_and_undone(folder: Folder) -> None:
    added = folder.deadlines.add(_typed())
    deadline = added.value
    assert deadline.id is not None and deadline.edited
    assert RecordKind.DEADLINE in added.change.kinds
    assert [d.title for d in folder.deadlines.all()] == ["Send the diary"]

    edited = folder.deadlines.edit(deadline.id, due_on=date(2026, 12, 3), title="Send it")
    assert (edited.value.due_on, edited.value.source) == (date(2026, 12, 3), DateSource.TYPED)
    assert edited.undo is not None
    folder.records.undo(edited.undo)
    assert folder.deadlines.get(deadline.id).due_on == date(2026, 12, 1)

    done = folder.deadlines.set_done(deadline.id)
    assert folder.deadlines.open() == [] and folder.deadlines.all()[0].done
    assert done.undo is not None
    folder.records.undo(done.undo)
    assert not folder.deadlines.get(deadline.id).done

    removed = folder.deadlines.remove(deadline.id)
    assert folder.deadlines.all() == []
    assert removed.undo is not None
    redo = folder.records.undo(removed.undo)
    assert [d.id for d in folder.deadlines.all()] == [deadline.id]
    assert redo.undo is not None
    folder.records.undo(redo.undo)
    assert folder.deadlines.all() == []

    assert added.undo is not None
    with pytest.raises(InvalidValueError):
        folder.deadlines.add(_typed().__class__(DeadlinePurpose.OTHER, date(2026, 12, 1),
                                                DateSource.TYPED, "  "))


def test_a_denial_filed_gets_its_appeal_deadline_from_the_rules(folder: Folder) -> None:
    letter = _letter(folder)
    assert letter.id is not None
    done = folder.filing.save_letter_details(
        letter.id, title="Denial", kind=DocumentKind.PA_DECISION,
        document_date=date(2026, 11, 2), sender="Silverpine", letter_kind=LetterKind.DENIAL)
    [deadline] = folder.deadlines.all()
    # Medicare Advantage reconsideration: 65 days from the date on the notice
    assert deadline.purpose is DeadlinePurpose.APPEAL
    assert deadline.source is DateSource.RULE
    assert deadline.rule_key == "medicare_advantage.reconsideration"
    assert deadline.document_id == letter.id
    assert LETTER_FIRST in done.message and "Source:" in done.message
    assert RecordKind.DEADLINE in done.change.kinds

    # Filing it again updates, never duplicates; undo takes the deadline back.
    again = folder.filing.save_letter_details(
        letter.id, title="Denial letter", kind=DocumentKind.PA_DECISION,
        document_date=date(2026, 11, 2), sender="Silverpine", letter_kind=LetterKind.DENIAL)
    assert [d.id for d in folder.deadlines.all()] == [deadline.id]
    assert again.undo is not None and done.undo is not None
    folder.records.undo(again.undo)
    folder.records.undo(done.undo)
    assert folder.deadlines.all() == []
    # Taken back by an undo (not removed by her): filing it again proposes it again.
    folder.deadlines.propose_for_letter(letter.id, letter_kind=LetterKind.DENIAL)
    assert [d.due_on for d in folder.deadlines.all()] == [deadline.due_on]


def test_the_date_the_letter_gives_wins_and_its_kind_is_read_from_its_words(
        folder: Folder) -> None:
    letter = _letter(folder, DENIAL_WITH_DATE)
    assert letter.id is not None
    folder.filing.save_letter_details(letter.id, title="Denial", kind=DocumentKind.PA_DECISION,
                                      document_date=date(2026, 11, 2), sender="Silverpine")
    [deadline] = folder.deadlines.all()
    assert (deadline.due_on, deadline.source) == (date(2027, 1, 15), DateSource.LETTER)


def test_a_proposal_never_writes_over_what_she_changed_or_removed(folder: Folder) -> None:
    letter = _letter(folder)
    assert letter.id is not None
    first = folder.deadlines.propose_for_letter(letter.id, letter_kind=LetterKind.DENIAL)
    assert first.value is not None and first.value.deadline is not None
    [deadline] = folder.deadlines.all()
    assert deadline.id is not None
    folder.deadlines.edit(deadline.id, due_on=date(2026, 12, 20))
    folder.deadlines.propose_for_letter(letter.id, letter_kind=LetterKind.DENIAL,
                                        letter_says=date(2027, 2, 1))
    [kept] = folder.deadlines.all()
    assert (kept.due_on, kept.source, kept.edited) == (date(2026, 12, 20), DateSource.TYPED,
                                                        True)
    folder.deadlines.remove(deadline.id)
    folder.deadlines.propose_for_letter(letter.id, letter_kind=LetterKind.DENIAL)
    assert folder.deadlines.all() == []


def test_an_approval_with_an_end_date_gets_renew_before(folder: Folder) -> None:
    step = folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION,
                                   status=StepStatus.APPROVED,
                                   approved_to=date(2027, 3, 31))).value
    [renewal] = folder.deadlines.all()
    assert renewal.purpose is DeadlinePurpose.RENEWAL and renewal.step_id == step.id
    assert renewal.due_on == date(2027, 3, 17)  # 14 days before, a Wednesday
    assert renewal.concerns == "Silverpine Health Plans"

    moved = folder.records.update(Step(kind=StepKind.PRIOR_AUTHORIZATION, id=step.id,
                                       status=StepStatus.APPROVED,
                                       approved_to=date(2027, 4, 30)))
    assert [d.due_on for d in folder.deadlines.all()] == [date(2027, 4, 16)]
    assert moved.undo is not None
    folder.records.undo(moved.undo)
    assert [d.due_on for d in folder.deadlines.all()] == [date(2027, 3, 17)]

    lead = folder.deadlines.set_renewal_lead_days(30)
    assert folder.deadlines.renewal_lead_days() == 30
    assert [d.due_on for d in folder.deadlines.all()] == [date(2027, 3, 1)]
    assert lead.undo is not None
    with pytest.raises(InvalidValueError):
        folder.deadlines.set_renewal_lead_days(-1)


def test_undo_puts_back_the_lead_time_and_the_renewals_it_moved(folder: Folder) -> None:
    approval = Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.APPROVED,
                    approved_to=date(2027, 3, 31))
    folder.records.add(approval)
    mine = folder.records.add(replace(approval, approved_to=date(2027, 5, 31))).value
    [theirs_id] = [d.id for d in folder.deadlines.all() if d.step_id != mine.id]
    [her_id] = [d.id for d in folder.deadlines.all() if d.step_id == mine.id]
    assert theirs_id is not None and her_id is not None
    folder.deadlines.edit(her_id, due_on=date(2027, 5, 1))  # hers from now on

    lead = folder.deadlines.set_renewal_lead_days(30)
    assert lead.message == "Renewals are now due 30 days before an approval ends."
    assert folder.deadlines.get(theirs_id).due_on == date(2027, 3, 1)
    assert folder.deadlines.get(her_id).due_on == date(2027, 5, 1)  # hers stays

    assert lead.undo is not None
    redo = folder.records.undo(lead.undo)
    assert folder.deadlines.renewal_lead_days() == 14
    assert folder.deadlines.get(theirs_id).due_on == date(2027, 3, 17)
    assert folder.deadlines.get(her_id).due_on == date(2027, 5, 1)
    assert RecordKind.DEADLINE in redo.change.kinds

    assert redo.undo is not None
    folder.records.undo(redo.undo)  # redo: both again
    assert folder.deadlines.renewal_lead_days() == 30
    assert folder.deadlines.get(theirs_id).due_on == date(2027, 3, 1)

    same = folder.deadlines.set_renewal_lead_days(30)  # nothing to change, nothing to undo
    assert same.undo is None


def test_undo_of_the_lead_time_without_any_approval_still_puts_it_back(
        folder: Folder) -> None:
    lead = folder.deadlines.set_renewal_lead_days(7)
    assert lead.undo is not None and RecordKind.DEADLINE in lead.undo.change.kinds
    folder.records.undo(lead.undo)
    assert folder.deadlines.renewal_lead_days() == 14


def test_filing_an_approval_and_a_denial_on_the_step(folder: Folder) -> None:
    letter = _letter(folder)
    assert letter.id is not None
    done = folder.filing.update_step_from_letter(
        None, number="PA-77", status=StepStatus.DENIED, decided_on=date(2026, 11, 2),
        document_id=letter.id)
    [appeal] = folder.deadlines.all()
    assert appeal.purpose is DeadlinePurpose.APPEAL and appeal.step_id == done.value.id
    assert done.undo is not None
    folder.records.undo(done.undo)
    assert folder.deadlines.all() == []

    approved = folder.filing.update_step_from_letter(
        None, number="PA-78", status=StepStatus.APPROVED, approved_from=date(2026, 11, 1),
        approved_to=date(2027, 1, 31))
    assert [d.purpose for d in folder.deadlines.all()] == [DeadlinePurpose.RENEWAL]
    assert "renew the approval by Jan 15, 2027" in approved.message


def test_a_call_with_a_promised_call_back(folder: Folder) -> None:
    done = folder.call_log.log_call(Call(
        called_at=datetime(2026, 12, 23, 10, 0), organization="Silverpine",
        outcome="They'll call back in 3 business days."))
    [follow_up] = folder.deadlines.all()
    # Thu Dec 24, (Fri Dec 25 is Christmas), Mon Dec 28, Tue Dec 29
    assert (follow_up.purpose, follow_up.due_on) == (DeadlinePurpose.FOLLOW_UP,
                                                      date(2026, 12, 29))
    assert follow_up.call_id == done.value.id
    assert RecordKind.DEADLINE in done.change.kinds
    assert done.value.id is not None
    heard = folder.call_log.follow_up_done(done.value.id)
    assert [d.done for d in folder.deadlines.all()] == [True]
    assert RecordKind.DEADLINE in heard.change.kinds and heard.undo is not None
    folder.records.undo(heard.undo)
    assert [d.done for d in folder.deadlines.all()] == [False]
    assert done.undo is not None
    folder.records.undo(done.undo)
    assert folder.deadlines.all() == []
    folder.call_log.log_call(Call(called_at=datetime(2026, 12, 23, 10), summary="All fine."))
    assert folder.deadlines.all() == []


def test_an_explanation_of_benefits_needs_a_denied_line(folder: Folder) -> None:
    paid = _letter(folder, "Explanation of benefits\nAmount paid $120.00\n")
    assert paid.id is not None
    nothing = folder.deadlines.propose_for_letter(
        paid.id, letter_kind=LetterKind.EXPLANATION_OF_BENEFITS)
    assert nothing.value is None and folder.deadlines.all() == []
    folder.deadlines.propose_for_letter(paid.id, notice=Notice(NoticeKind.EOB_DENIED_LINE),
                                        letter_kind=LetterKind.EXPLANATION_OF_BENEFITS)
    assert [d.purpose for d in folder.deadlines.all()] == [DeadlinePurpose.APPEAL]


def test_the_folder_key_is_made_once_and_kept(place: FolderPlace) -> None:
    with place.create() as folder:
        key = folder.deadlines.folder_key()
    with place.open(read_only=True) as folder:
        assert folder.deadlines.folder_key() == key
    with place.another().create() as other:
        assert other.deadlines.folder_key() != key


def test_today_holds_the_deadlines_and_the_first_look_agrees(folder: Folder,
                                                             place: FolderPlace) -> None:
    from infusion_desk.storage.first_look import first_look

    today = date(2026, 12, 28)
    folder.deadlines.add(Deadline(DeadlinePurpose.OTHER, date(2026, 12, 30), DateSource.TYPED,
                                  "Send the infusion diary"))
    folder.deadlines.add(Deadline(DeadlinePurpose.OTHER, date(2027, 3, 1), DateSource.TYPED,
                                  "Far away"))
    step = folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.DENIED,
                                   decided_on=date(2026, 12, 20))).value
    letter = _letter(folder, step_id=step.id)
    assert letter.id is not None
    folder.deadlines.propose_for_letter(letter.id, letter_kind=LetterKind.DENIAL)
    items = folder.today(today)
    assert [(i.kind, i.reason.value) for i in items] == [
        (RecordKind.STEP, "Denied"), (RecordKind.DEADLINE, "Deadline")]
    assert items[0].deadline is not None and items[0].deadline.document_id == letter.id
    if place.shared:  # the first look reads a folder file before the app is loaded
        return
    seen = first_look(folder.path, today)
    assert seen is not None and seen.items == items


def test_a_step_no_longer_approved_loses_the_renewal_the_app_proposed(folder: Folder) -> None:
    step = folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION,
                                   status=StepStatus.APPROVED,
                                   approved_to=date(2027, 3, 31))).value
    assert step.id is not None
    corrected = folder.records.update(Step(kind=StepKind.PRIOR_AUTHORIZATION, id=step.id,
                                           status=StepStatus.DENIED))
    assert folder.deadlines.all() == []
    assert RecordKind.DEADLINE in corrected.change.kinds and corrected.undo is not None
    folder.records.undo(corrected.undo)
    assert [d.purpose for d in folder.deadlines.all()] == [DeadlinePurpose.RENEWAL]

    [renewal] = folder.deadlines.all()
    assert renewal.id is not None
    folder.deadlines.edit(renewal.id, title="My own reminder")  # hers now: never withdrawn
    folder.records.update(Step(kind=StepKind.PRIOR_AUTHORIZATION, id=step.id,
                               status=StepStatus.DENIED))
    assert [d.title for d in folder.deadlines.all()] == ["My own reminder"]


def test_an_approval_or_a_bill_filed_starts_no_appeal_clock(folder: Folder) -> None:
    letter = _letter(folder)  # its words say "denied", but she filed it as an approval
    assert letter.id is not None
    for kind in (LetterKind.APPROVAL, LetterKind.BILL):
        done = folder.filing.save_letter_details(
            letter.id, title=f"Letter {kind}", kind=DocumentKind.PA_DECISION,
            document_date=date(2026, 11, 2), sender="Silverpine", letter_kind=kind)
        assert RecordKind.DEADLINE not in done.change.kinds
    assert folder.deadlines.all() == []


def test_the_daily_notice_names_the_close_deadlines_once_a_day(folder: Folder) -> None:
    today = date(2026, 12, 28)
    for day, title in ((date(2026, 12, 31), "Close"), (date(2027, 1, 20), "Far")):
        folder.deadlines.add(Deadline(DeadlinePurpose.OTHER, day, DateSource.TYPED, title))
    assert [d.title for d in folder.deadlines.to_notify(today, None)] == ["Close"]
    assert [d.title for d in folder.deadlines.to_notify(today, date(2026, 12, 27))] == ["Close"]
    assert folder.deadlines.to_notify(today, today) == []
