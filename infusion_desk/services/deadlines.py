"""Deadlines that cannot be missed: her own changes (add, edit, done, remove), the app's
proposals made on request, the folder's lead time to renew, and the reads the Overview, Today,
the summary and the calendar file use. Each change is one operation with its undo.

Proposals are also made inside the operations that change the records they come from (filing a
letter, logging a call, an approval's end date): ``services.deadline_keeping``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from infusion_desk.core.dates import format_short
from infusion_desk.core.deadline_ranking import for_today, to_notify
from infusion_desk.core.deadlines import AppealProposal, DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.errors import InvalidValueError
from infusion_desk.core.i18n import translate
from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.core.records import Call, Document, RecordKind, Step
from infusion_desk.core.text import one_line
from infusion_desk.services.changes import Change, Done, RecordRef, Undo
from infusion_desk.services.deadline_keeping import ProposalKeeper, kept_ids, undo_parts
from infusion_desk.services.deadline_proposals import Notice
from infusion_desk.services.operation_base import Announce, Operations, started_from
from infusion_desk.storage.deadline_queries import DeadlineQueries, Kept
from infusion_desk.storage.store import Store

MAX_LEAD_DAYS = 120
_NOT_KEPT = "Nothing to change: the deadline is already there as proposed, or it is yours."

if TYPE_CHECKING:
    from infusion_desk.services.deadline_export import Exported

T = TypeVar("T")

_WHAT = {DeadlinePurpose.APPEAL: "appeal", DeadlinePurpose.RENEWAL: "renew the approval",
         DeadlinePurpose.FOLLOW_UP: "hear back from them"}


class Deadlines(Operations):
    """The deadlines of one folder."""

    def __init__(self, store: Store, announce: Announce) -> None:
        super().__init__(store, announce)
        self._queries = DeadlineQueries(store)
        self._keeper = ProposalKeeper(store)

    # ------------------------------------------------------------------ reads
    def all(self) -> list[Deadline]:
        """Every deadline not in the trash, done ones too, soonest first."""
        return self._queries.deadlines()

    def open(self) -> list[Deadline]:
        """Those not done yet, soonest first."""
        return self._queries.deadlines(include_done=False)

    def for_today(self, today: date) -> list[Deadline]:
        """Those *Today* lists, in its order (``core.deadline_ranking``)."""
        return for_today(self.open(), today)

    def to_notify(self, today: date, last_notified: date | None) -> list[Deadline]:
        """What the once-a-day desktop notice names: open deadlines within
        ``core.deadline_ranking.NOTICE_DAYS`` (overdue ones too), none if a notice was already
        shown on ``today`` (``last_notified``, kept by the window)."""
        return to_notify(self.open(), today, last_notified)

    def linked_to(self, *, document_id: int | None = None, step_id: int | None = None,
                  call_id: int | None = None, request_id: int | None = None
                  ) -> list[Deadline]:
        """Those that came from any of these records, soonest first."""
        return self._queries.linked_to(document_id=document_id, step_id=step_id,
                                       call_id=call_id, request_id=request_id)

    def get(self, deadline_id: int) -> Deadline:
        return self._store.get(Deadline, deadline_id)

    def folder_key(self) -> str:
        """The folder's own random key, for the calendar file's event UIDs."""
        return self._queries.folder_key()

    def renewal_lead_days(self) -> int:
        return self._queries.renewal_lead_days()

    def export_calendar(self, target: Path, *, today: date, now: datetime | None = None
                        ) -> Exported:
        """Write every deadline to an ``.ics`` file at ``target`` (``services.deadline_export``;
        ``.ics`` added when missing). Changes nothing in the folder: no undo."""
        from infusion_desk.services.deadline_export import export_calendar

        return export_calendar(self, target, today=today, now=now)

    # ------------------------------------------------------------------ her changes
    def add(self, deadline: Deadline) -> Done[Deadline]:
        """A deadline she typed: its date counts as typed by her unless she says where it came
        from, and no proposal ever writes over it. Undo moves it to the trash."""
        title = deadline.title.strip()
        if not title:
            raise InvalidValueError(translate(
                "DeadlineKeeping",
                "Say in a few words what the deadline is for, so it can be added."))
        new = replace(deadline, id=None, title=title, edited=True, to_do=deadline.to_do.strip(),
                      concerns=deadline.concerns.strip())
        saved = self._store.add(new)
        assert saved.id is not None
        return self._done(saved, Change.of(RecordKind.DEADLINE, ids=[saved.id]),
                          translate(
                              "DeadlineKeeping",
                              "Added the deadline “{title}”, {due_on}.").format(
                                  title=one_line(title, 60), due_on=format_short(saved.due_on)),
                          Undo(translate(
                              "DeadlineKeeping",
                              "Add a deadline"), trash=(RecordRef(Deadline, saved.id),)))

    def edit(self, deadline_id: int, *, due_on: date | None = None, title: str | None = None,
             to_do: str | None = None, concerns: str | None = None,
             source: DateSource | None = None, purpose: DeadlinePurpose | None = None,
             version: int = 0) -> Done[Deadline]:
        """Change what she says (``None`` keeps a value). A new date counts as typed by her
        unless ``source`` says otherwise. From then on no proposal writes over it. Undo puts
        the deadline back as it was. ``version``: of the deadline the form showed."""
        old = started_from(self._store.get(Deadline, deadline_id), version)
        if title is not None and not title.strip():
            raise InvalidValueError(translate(
                "DeadlineKeeping",
                "A deadline needs a few words saying what it is for, so it was not "
                "saved."))
        moved = due_on is not None and due_on != old.due_on
        new = replace(
            old,
            due_on=due_on or old.due_on,
            title=title.strip() if title is not None else old.title,
            to_do=to_do.strip() if to_do is not None else old.to_do,
            concerns=concerns.strip() if concerns is not None else old.concerns,
            source=source or (DateSource.TYPED if moved else old.source),
            purpose=purpose or old.purpose,
            rule_key="" if (moved and source is not DateSource.RULE) else old.rule_key,
        )
        change = Change.of(RecordKind.DEADLINE, ids=[deadline_id])
        if new == old:
            return Done(old, change, translate(
                "DeadlineKeeping", "The deadline was already saved like this."))
        saved = self._store.update(replace(new, edited=True))
        return self._done(saved, change, translate("DeadlineKeeping", "Saved the deadline."),
                          Undo(translate("DeadlineKeeping", "Edit a deadline"), put_back=(old,)))

    def set_done(self, deadline_id: int, done: bool = True, *, version: int = 0
                 ) -> Done[Deadline]:
        """Done (or, with ``done=False``, to do again). Undo puts it back. ``version``: of the
        deadline the window showed (0: as it is now)."""
        old = started_from(self._store.get(Deadline, deadline_id), version)
        change = Change.of(RecordKind.DEADLINE, ids=[deadline_id])
        if old.done == done:
            return Done(old, change)
        saved = self._store.update(replace(old, done=done))
        message = (translate("DeadlineKeeping", "Marked the deadline as done.") if done
                   else translate("DeadlineKeeping", "The deadline is to do again."))
        return self._done(saved, change, message,
                          Undo(translate(
                              "DeadlineKeeping",
                              "Deadline done") if done
                              else translate("DeadlineKeeping", "Deadline to do again"),
                               put_back=(old,)))

    def remove(self, deadline_id: int) -> Done[None]:
        """Move it to the trash; marked as hers, so that a proposal never brings it back.
        Undo takes it out again, as it was."""
        old = self._store.get(Deadline, deadline_id)
        with self._store.writing() as s:
            self._store.update(replace(old, edited=True), s)
            self._store.trash(Deadline, deadline_id, s)
        return self._done(None, Change.of(RecordKind.DEADLINE, ids=[deadline_id],
                                          trashed=True),
                          translate("DeadlineKeeping", "Moved the deadline to the trash."),
                          Undo(translate(
                              "DeadlineKeeping",
                              "Remove a deadline"), restore=(RecordRef(Deadline, deadline_id),),
                               put_back=(old,)))

    def set_renewal_lead_days(self, days: int) -> Done[int]:
        """How many days before an approval ends "renew before" falls, for this folder; the
        renewal deadlines the app proposed move with it (not those she changed). Undo puts
        back both the lead time and those deadlines."""
        if not 0 <= days <= MAX_LEAD_DAYS:
            raise InvalidValueError(translate(
                "DeadlineKeeping",
                "Give a number of days from 0 to {MAX_LEAD_DAYS}.").format(
                    MAX_LEAD_DAYS=MAX_LEAD_DAYS))
        was = self._queries.renewal_lead_days()
        if days == was:
            return Done(days, Change.of(RecordKind.DEADLINE),
                        translate(
                            "DeadlineKeeping",
                            "Renewals were already due {days} days before an approval "
                            "ends.").format(days=days))
        steps = [s for s in self._store.list_records(Step) if s.approved_to is not None]
        with self._store.writing() as s:
            self._queries.set_renewal_lead_days(days, s)
            kept = [self._keeper.keep(self._keeper.renewal_for_step(step, days), s)
                    for step in steps]
        put_back, trash = undo_parts(kept)
        change = Change.of(RecordKind.DEADLINE, ids=kept_ids(kept))
        return self._done(days, change, translate(
            "DeadlineKeeping",
            "Renewals are now due {days} days before an approval ends.").format(days=days),
                          Undo(translate(
                              "DeadlineKeeping",
                              "Change the renewal lead time"), put_back=put_back, trash=trash,
                               renewal_lead_days=was))

    # ------------------------------------------------------------------ proposals on request
    def propose_for_letter(self, document_id: int, *, letter_kind: LetterKind | None = None,
                           notice: Notice | None = None, letter_says: date | None = None,
                           today: date | None = None) -> Done[AppealProposal | None]:
        """Propose (store, or update) the appeal deadline for a letter (``Filing`` does this
        when a letter is filed). The result's message says the date and where it came from."""
        document = self._store.get(Document, document_id)
        step = self._store.get(Step, document.step_id) if document.step_id else None
        proposal = self._keeper.appeal_for_letter(
            document, letter_kind=letter_kind, notice=notice, letter_says=letter_says,
            step=step, today=today)
        with self._store.writing() as s:
            kept = self._keeper.keep(proposal.deadline if proposal else None, s)
        return self._kept(proposal, [kept], translate(
            "DeadlineKeeping", "Propose the appeal deadline"),
                          appeal_message(proposal, kept))

    def propose_renewal(self, step_id: int) -> Done[Deadline | None]:
        """Propose "renew before" for an approval with an end date."""
        proposed = self._keeper.renewal_for_step(self._store.get(Step, step_id))
        with self._store.writing() as s:
            kept = self._keeper.keep(proposed, s)
        return self._kept(kept.after, [kept], translate(
            "DeadlineKeeping", "Propose the renewal deadline"),
                          deadline_message(kept))

    def propose_follow_up(self, call_id: int) -> Done[Deadline | None]:
        """Propose the follow-up a call's words promise."""
        proposed = self._keeper.follow_up_for_call(self._store.get(Call, call_id))
        with self._store.writing() as s:
            kept = self._keeper.keep(proposed, s)
        return self._kept(kept.after, [kept], translate(
            "DeadlineKeeping", "Propose the follow-up deadline"),
                          deadline_message(kept))

    def _kept(self, value: T, kept: list[Kept], label: str, message: str) -> Done[T]:
        put_back, trash = undo_parts(kept)
        change = Change.of(RecordKind.DEADLINE, ids=kept_ids(kept))
        if not put_back and not trash:
            return Done(value, change, message)
        return self._done(value, change, message,
                          Undo(label, put_back=put_back, trash=trash))


def deadline_message(kept: Kept) -> str:
    """One sentence saying what keeping a proposal stored."""
    if kept.after is None:
        return _NOT_KEPT
    verb = translate(
        "DeadlineKeeping",
        "Added a deadline") if kept.added else translate("DeadlineKeeping", "Moved the deadline")
    what = _WHAT.get(kept.after.purpose, kept.after.purpose.label.lower())
    return (translate(
        "DeadlineKeeping",
        "{verb}: {what} by {due_on} ({value}).").format(
            verb=verb, what=what, due_on=format_short(kept.after.due_on),
            value=kept.after.source.label.lower()))


def appeal_message(proposal: AppealProposal | None, kept: Kept) -> str:
    """What was stored for a letter's appeal, with the words shown beside the date."""
    if proposal is None:
        return translate("DeadlineKeeping", "This letter starts no appeal clock the app knows of.")
    if proposal.deadline is None:
        return " ".join(proposal.words)
    return " ".join((deadline_message(kept), *proposal.words))
