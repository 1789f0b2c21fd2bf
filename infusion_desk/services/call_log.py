"""The call log's operations: log a call (with what it answered, and a new person kept as a new
contact), and mark a promised follow-up as done."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from infusion_desk.core.deadlines import DeadlinePurpose
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Call, Contact, Question, QuestionStatus, RecordKind
from infusion_desk.services.changes import Change, Done, RecordRef, Undo
from infusion_desk.services.deadline_keeping import ProposalKeeper, kept_ids, undo_parts
from infusion_desk.services.deadlines import deadline_message
from infusion_desk.services.operation_base import Announce, Operations, started_from
from infusion_desk.storage.deadline_queries import DeadlineQueries
from infusion_desk.storage.store import Store


@dataclass(frozen=True)
class Answer:
    """A question answered during a call."""

    question_id: int
    answer: str
    version: int = 0  # of the question as the call sheet showed it (0: as it is now)


class CallLog(Operations):
    """Calls with the plan, the doctor's office, the pharmacy. A call whose words promise a
    call-back ("in 3 business days") gets a follow-up deadline (``services.deadline_keeping``)."""

    def __init__(self, store: Store, announce: Announce) -> None:
        super().__init__(store, announce)
        self._keeper = ProposalKeeper(store)
        self._deadlines = DeadlineQueries(store)

    def log_call(self, call: Call, answers: Sequence[Answer] = (), *,
                 keep_new_person: bool = True) -> Done[Call]:
        """Store a call and the answers given on it, in one go.

        With ``keep_new_person``, a person spoken to who is not a contact yet (the call names a
        person but no contact) becomes a new contact, with the call's organization and phone.
        Undo takes the call and that contact back and puts the questions as they were.
        """
        kinds = {RecordKind.CALL}
        before = self._store.get_many(Question, [a.question_id for a in answers])
        new_contact = None
        with self._store.writing() as s:
            if keep_new_person and call.contact_id is None and call.person.strip():
                new_contact = self._store.add(
                    Contact(name=call.person.strip(), organization=call.organization.strip(),
                            phone=call.phone.strip()), s)
                call = replace(call, contact_id=new_contact.id)
                kinds.add(RecordKind.CONTACT)
            saved = self._store.add(call, s)
            by_id = {q.id: q for q in before}
            for answer in answers:
                question = started_from(by_id[answer.question_id], answer.version)
                self._store.update(
                    replace(question, status=QuestionStatus.ANSWERED, answer=answer.answer,
                            answered_on=saved.called_at.date(), answered_call_id=saved.id), s)
                kinds.add(RecordKind.QUESTION)
            kept = self._keeper.keep(self._keeper.follow_up_for_call(saved), s)
        assert saved.id is not None
        added = [RecordRef(Call, saved.id)]
        if new_contact is not None and new_contact.id is not None:
            added.append(RecordRef(Contact, new_contact.id))
        _moved, new_deadlines = undo_parts([kept])
        added += new_deadlines
        message = translate("CallLog", "Saved the call.")
        if new_contact is not None:
            message = translate(
                "CallLog",
                "Saved the call, and added {name} to People to call.").format(
                    name=new_contact.name)
        if kept.after is not None:
            kinds.add(RecordKind.DEADLINE)
            message = f"{message} {deadline_message(kept)}"
        undo = Undo(translate("CallLog", "Log a call"), put_back=tuple(before), trash=tuple(added))
        return self._done(saved, Change.of(*kinds, ids=[saved.id, *kept_ids([kept])]),
                          message, undo)

    def follow_up_done(self, call_id: int, *, done: bool = True, version: int = 0
                       ) -> Done[Call]:
        """The follow-up promised on this call is done (or, with ``done=False``, not yet), and
        so is the call-back deadline its words made. ``version``: of the call the window
        showed (EditConflictError if saved since; 0: as it is now)."""
        old = started_from(self._store.get(Call, call_id), version)
        if old.follow_up_done == done:
            return Done(old, Change.of(RecordKind.CALL, ids=[call_id]))
        promised = [d for d in self._deadlines.linked_to(call_id=call_id)
                    if d.purpose is DeadlinePurpose.FOLLOW_UP and d.done != done]
        with self._store.writing() as s:
            saved = self._store.update(replace(old, follow_up_done=done), s)
            for deadline in promised:  # the call-back it promised is done with it
                self._store.update(replace(deadline, done=done), s)
        message = (translate("CallLog", "Marked the follow-up as done.") if done
                   else translate("CallLog", "The follow-up is to do again."))
        change = Change.of(RecordKind.CALL, ids=[call_id])
        if promised:
            change = change | Change.of(RecordKind.DEADLINE, ids=[d.id for d in promised])
        return self._done(saved, change, message,
                          Undo(translate("CallLog", "Follow-up done"), put_back=(old, *promised)))
