"""Filing a letter: what "File this letter" applies, one click at a time, each undoable.

The form proposes what the letter says (``core.letter_reading``); she checks it and chooses what
to do. Each operation here is one transaction and returns a ``Done`` whose message says, in her
words, exactly what was stored. The one rule that lives here is which coverage step a letter
about a prior authorization belongs to (:meth:`Filing.step_for_letter`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from infusion_desk.core.dates import format_short
from infusion_desk.core.errors import InvalidValueError
from infusion_desk.core.i18n import translate
from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.core.records import (
    Deadline,
    Document,
    DocumentKind,
    Question,
    RecordKind,
    Request,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.text import one_line
from infusion_desk.services.changes import Change, Done, RecordRef, Undo
from infusion_desk.services.deadline_keeping import (
    ProposalKeeper,
    kept_ids,
    restore_parts,
    undo_parts,
)
from infusion_desk.services.deadlines import appeal_message, deadline_message
from infusion_desk.services.operation_base import Announce, Operations, started_from
from infusion_desk.storage.deadline_queries import Kept
from infusion_desk.storage.store import Store

AUTHORIZATION_STEPS = (StepKind.PRIOR_AUTHORIZATION, StepKind.REAUTHORIZATION)
DECIDED = (StepStatus.APPROVED, StepStatus.DENIED)

DOCUMENT_KIND: dict[LetterKind, DocumentKind] = {
    LetterKind.APPROVAL: DocumentKind.PA_DECISION,
    LetterKind.DENIAL: DocumentKind.PA_DECISION,
    LetterKind.REQUEST_FOR_INFORMATION: DocumentKind.PLAN_LETTER,
    LetterKind.EXPLANATION_OF_BENEFITS: DocumentKind.EOB,
    LetterKind.MEDICARE_SUMMARY_NOTICE: DocumentKind.PLAN_LETTER,
    LetterKind.BILL: DocumentKind.BILL,
    LetterKind.OTHER: DocumentKind.OTHER,
}
"""What the documents list calls a letter of each kind."""

def document_kind_for(kind: LetterKind) -> DocumentKind:
    return DOCUMENT_KIND.get(kind, DocumentKind.OTHER)


DOCUMENT_VERSION = "document_version"
"""``Done.extra`` key: the letter's version after an operation that moved it to a step (the
form's next action starts from it, so she never meets her own save as someone else's)."""


def _with_letter(done: Done[Any], letter: Document | None) -> Done[Any]:
    if letter is not None:
        done.extra[DOCUMENT_VERSION] = letter.version
    return done


def step_status_for(kind: LetterKind) -> StepStatus | None:
    """The status a letter of this kind gives the prior-authorization step, if any."""
    return {LetterKind.APPROVAL: StepStatus.APPROVED,
            LetterKind.DENIAL: StepStatus.DENIED}.get(kind)


class Filing(Operations):
    """What a letter calls for: update the prior authorization, add a request or a question,
    and keep what the letter is (title, kind, date, sender) on the document. The deadlines a
    letter starts are kept by the same operations (``services.deadline_keeping``)."""

    def __init__(self, store: Store, announce: Announce) -> None:
        super().__init__(store, announce)
        self._keeper = ProposalKeeper(store)

    # ------------------------------------------------------------------ the rule
    def step_for_letter(self, *, plan_id: int | None, number: str = "",
                        by_number_only: bool = False) -> Step | None:
        """The prior-authorization step a letter is about, or None when there is none or it is
        not clear which.

        A step whose reference number is the letter's number wins. Otherwise the authorization
        steps of the letter's plan (or, when the letter names no plan, all of them) are
        considered: the one still waiting for a decision, if there is exactly one; else the only
        one there is. ``by_number_only`` (a denial: it may be about something else than the step
        waiting, and one click would mark that step denied): only the number decides.
        """
        from infusion_desk.core.letter_text import compact_id  # the letter reader loads on use

        steps = [s for s in self._store.list_records(Step) if s.kind in AUTHORIZATION_STEPS]
        wanted = compact_id(number)
        if wanted:
            same = [s for s in steps if compact_id(s.reference_number) == wanted]
            if len(same) == 1:
                return same[0]
        if by_number_only:
            return None
        if plan_id is not None:
            steps = [s for s in steps if s.plan_id in (plan_id, None)]
        open_steps = [s for s in steps if s.status not in DECIDED]
        if len(open_steps) == 1:
            return open_steps[0]
        if len(steps) == 1:
            return steps[0]
        return None

    # ------------------------------------------------------------------ operations
    def update_step_from_letter(
        self,
        step_id: int | None,
        *,
        number: str = "",
        approved_from: date | None = None,
        approved_to: date | None = None,
        quantity: str = "",
        status: StepStatus | None = None,
        decided_on: date | None = None,
        plan_id: int | None = None,
        document_id: int | None = None,
        step_version: int = 0,
        document_version: int = 0,
    ) -> Done[Step]:
        """Write what the letter says on the prior-authorization step: its number, the approved
        dates and quantity, the decision and its date. An empty value keeps what the step has.
        With no ``step_id`` a new prior-authorization step is added (for ``plan_id``). The
        letter (``document_id``) is kept with the step. Undo puts both back as they were.
        ``step_version``, ``document_version``: as the form last had them (0: as they are now;
        EditConflictError if saved since: see :data:`DOCUMENT_VERSION`)."""
        if approved_from and approved_to and approved_from > approved_to:
            raise InvalidValueError(translate(
                "Filing",
                "The approval ends before it starts. Check the two dates against the "
                "letter."))
        with self._store.writing() as s:
            old = (started_from(self._store.get(Step, step_id), step_version)
                   if step_id is not None else None)
            base = old or Step(kind=StepKind.PRIOR_AUTHORIZATION, plan_id=plan_id,
                               status=StepStatus.IN_PROGRESS)
            new = replace(
                base,
                reference_number=number.strip() or base.reference_number,
                approved_from=approved_from or base.approved_from,
                approved_to=approved_to or base.approved_to,
                approved_quantity=quantity.strip() or base.approved_quantity,
                status=status or base.status,
                decided_on=decided_on or base.decided_on,
            )
            saved = self._store.update(new, s) if old is not None else self._store.add(new, s)
            assert saved.id is not None
            old_document = self._letter_away_from(document_id, saved.id, document_version)
            moved_letter = (self._store.update(replace(old_document, step_id=saved.id), s)
                            if old_document is not None else None)
            kept = self._deadlines_for_step(saved, old_document, document_id, s)
        moved, added = undo_parts(kept)
        put_back: tuple[Step | Document | Deadline, ...] = tuple(
            r for r in (old, old_document) if r is not None) + moved
        trash = (() if old is not None else (RecordRef(Step, saved.id),)) + added
        undo = Undo(translate(
            "Filing", "Update the prior authorization"), put_back=put_back, trash=trash,
                    restore=restore_parts(kept))
        change = Change.of(RecordKind.STEP, RecordKind.DOCUMENT,
                           ids=[saved.id, document_id])
        if kept_ids(kept):
            change = change | Change.of(RecordKind.DEADLINE, ids=kept_ids(kept))
        message = " ".join([self._step_message(saved, added=old is None),
                            *(deadline_message(k) for k in kept if k.changed)])
        return _with_letter(self._done(saved, change, message, undo), moved_letter)

    def add_request_from_letter(
        self,
        *,
        what: str,
        requested_by: str = "",
        requested_on: date | None = None,
        due_on: date | None = None,
        step_id: int | None = None,
        document_id: int | None = None,
        document_version: int = 0,
    ) -> Done[Request]:
        """Add what the letter asks to be sent to the requests, due when the letter says. The
        note on the request names the letter; the letter is kept with the request's step
        (``document_version``: as the form last had it; 0: as it is now)."""
        text = what.strip()
        if not text:
            raise InvalidValueError(translate(
                "Filing",
                "Say in a few words what the letter asks for, so the request can be "
                "added."))
        with self._store.writing() as s:
            note = self._letter_note(document_id)
            saved = self._store.add(
                Request(what=text, requested_by=requested_by.strip(), requested_on=requested_on,
                        due_on=due_on, step_id=step_id, notes=note), s)
            assert saved.id is not None
            old_document = (self._letter_away_from(document_id, step_id, document_version)
                            if step_id is not None else None)
            moved_letter = (self._store.update(replace(old_document, step_id=step_id), s)
                            if old_document is not None else None)
        undo = Undo(translate(
            "Filing", "Add a request from the letter"), trash=(RecordRef(Request, saved.id),),
                    put_back=(old_document,) if old_document is not None else ())
        due = f", due {format_short(due_on)}" if due_on else ""
        change = Change.of(RecordKind.REQUEST, RecordKind.DOCUMENT, ids=[saved.id, document_id])
        return _with_letter(self._done(
            saved, change, translate(
                "Filing", "Added the request “{text}”{due}. It is on the Requests tab.").format(
                    text=one_line(text, 60), due=due), undo), moved_letter)

    def add_question_from_letter(
        self,
        *,
        text: str,
        ask_whom: str = "",
        step_id: int | None = None,
        request_id: int | None = None,
    ) -> Done[Question]:
        """Add a question the letter raises to the questions to ask."""
        words = text.strip()
        if not words:
            raise InvalidValueError(translate(
                "Filing", "Write the question in a few words, so it can be added."))
        saved = self._store.add(Question(text=words, ask_whom=ask_whom.strip(), step_id=step_id,
                                         request_id=request_id))
        assert saved.id is not None
        undo = Undo(translate(
            "Filing", "Add a question from the letter"), trash=(RecordRef(Question, saved.id),))
        return self._done(saved, Change.of(RecordKind.QUESTION, ids=[saved.id]),
                          translate(
                              "Filing",
                              "Added the question “{words}”. It is on the Questions tab.").format(
                                  words=one_line(words, 60)), undo)

    def save_letter_details(
        self,
        document_id: int,
        *,
        title: str,
        kind: DocumentKind,
        document_date: date | None,
        sender: str,
        received_on: date | None = None,
        notes: str | None = None,
        letter_kind: LetterKind | None = None,
        letter_says: date | None = None,
        version: int = 0,
    ) -> Done[Document]:
        """Keep what the letter is on the document: its title, kind, date and sender (and the
        date it came, and notes, when given). A letter that starts an appeal clock (a denial,
        a Medicare Summary Notice, an explanation of benefits with a denied line, a decision
        on an appeal: ``letter_kind``, else its words say so) gets its appeal deadline
        (``letter_says``: the date the letter gives, else the first date its words set). Undo
        puts the old details back and takes the deadline back. ``version``: of the document as
        the form last had it (0: as it is now; EditConflictError if saved since)."""
        name = title.strip()
        if not name:
            raise InvalidValueError(translate(
                "Filing", "Give the letter a title, so you can find it again."))
        old = started_from(self._store.get(Document, document_id), version)
        new = replace(old, title=name, kind=kind, document_date=document_date,
                      sender=sender.strip(),
                      received_on=received_on if received_on is not None else old.received_on,
                      notes=notes.strip() if notes is not None else old.notes)
        change = Change.of(RecordKind.DOCUMENT, ids=[document_id])
        step = self._store.get(Step, new.step_id) if new.step_id is not None else None
        proposal = self._keeper.appeal_for_letter(new, letter_kind=letter_kind,
                                                  letter_says=letter_says, step=step)
        if new == old and proposal is None:
            return Done(old, change, translate(
                "Filing", "The letter's details were already saved."))
        with self._store.writing() as s:
            saved = self._store.update(new, s) if new != old else old
            kept = self._keeper.keep(proposal.deadline if proposal else None, s)
        moved, added = undo_parts([kept])
        if kept.after is not None:
            change = change | Change.of(RecordKind.DEADLINE, ids=[kept.after.id])
        message = translate(
            "Filing",
            "Saved the details of “{name}”.").format(name=one_line(name, 60))
        if proposal is not None:
            message = f"{message} {appeal_message(proposal, kept)}"
        put_back: tuple[Document | Deadline, ...] = ((old,) if new != old else ()) + moved
        if not put_back and not added:
            return Done(saved, change, message)
        return self._done(saved, change, message,
                          Undo(translate(
                              "Filing",
                              "Save the letter's details"), put_back=put_back, trash=added))

    # ------------------------------------------------------------------ helpers
    def _deadlines_for_step(self, step: Step, letter: Document | None,
                            document_id: int | None, session: Any) -> list[Kept]:
        """A denied step's letter gets its appeal deadline; an approval with an end date its
        "renew before", and a step no longer one loses the one the app proposed (kept in the
        caller's transaction)."""
        kept = []
        if step.status is StepStatus.DENIED and document_id is not None:
            document = letter or self._store.get(Document, document_id)
            proposal = self._keeper.appeal_for_letter(
                replace(document, step_id=step.id), letter_kind=LetterKind.DENIAL, step=step)
            kept.append(self._keeper.keep(proposal.deadline if proposal else None, session))
        kept.append(self._keeper.keep_for(step, session))  # renew before, or no longer
        return kept

    def _letter_away_from(self, document_id: int | None, step_id: int,
                          version: int = 0) -> Document | None:
        """The letter as it is (as of ``version``: the form's), when it is not kept with the
        step yet (to move it there, and to put back on undo)."""
        if document_id is None:
            return None
        old = started_from(self._store.get(Document, document_id), version)
        return None if old.step_id == step_id else old

    def _letter_note(self, document_id: int | None) -> str:
        if document_id is None:
            return ""
        letter = self._store.get(Document, document_id)
        name = one_line(letter.title or letter.original_name
                        or translate("Filing", "a letter"), 80)
        if letter.document_date:
            return translate("Filing", "Asked for in the letter “{name}” dated {day}.").format(
                name=name, day=format_short(letter.document_date))
        return translate("Filing", "Asked for in the letter “{name}”.").format(name=name)

    @staticmethod
    def _step_message(step: Step, *, added: bool) -> str:
        parts = []
        if step.reference_number:
            parts.append(translate("Filing", "number {number}").format(
                number=step.reference_number))
        if step.approved_from and step.approved_to:
            parts.append(translate("Filing", "approved {start} to {end}").format(
                start=format_short(step.approved_from), end=format_short(step.approved_to)))
        if step.approved_quantity:
            parts.append(step.approved_quantity)
        parts.append(step.status.label.lower())
        title, said = one_line(step.display_title, 40), ", ".join(parts)
        if added:
            return translate("Filing", "Added the step “{title}”: {said}.").format(
                title=title, said=said)
        return translate("Filing", "Updated the step “{title}”: {said}.").format(
            title=title, said=said)
