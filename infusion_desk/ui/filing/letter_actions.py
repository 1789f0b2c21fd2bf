"""What the buttons of "File this letter" do: each reads its fields and makes one operation of
``folder.filing``, with the Undo beside the button (``FilingAction``).

Each starts from the versions of the letter and of the steps the form showed, and the next one
from those the last one stored (``letter_seen``, ``steps_seen``): her own clicks in a row never
meet each other, while a save by someone else in between goes to the conflict view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from infusion_desk.core.errors import FolderError, InputError
from infusion_desk.core.i18n import translate
from infusion_desk.core.letter_facts import LetterFacts, LetterKind
from infusion_desk.core.records import Document, Step, StepStatus
from infusion_desk.services import Done
from infusion_desk.services.filing import DOCUMENT_VERSION, document_kind_for
from infusion_desk.services.outbox import KeptForLaterError
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.filing.letter_parts import FilingAction
from infusion_desk.ui.widgets.date_field import DateField, read_date

T = TypeVar("T")

NEW_STEP = -1  # step combo: add a new prior-authorization step
NO_STEP = 0  # step combo: none chosen yet (the letter did not make it clear)


class LetterActions:
    """Mixed into the letter form (before ``QWidget``), which builds the fields named here."""

    _ctx: FolderContext
    document_id: int
    letter_seen: int  # the letter's version as the form last had it (0: as it is now)
    steps_seen: dict[int, int]  # each step's version as the form last had it
    facts: LetterFacts
    filed: Any  # the form's Signal(str)
    title_edit: QLineEdit
    kind_combo: QComboBox
    sender_edit: QLineEdit
    date_field: DateField
    step_combo: QComboBox
    number_edit: QLineEdit
    from_field: DateField
    to_field: DateField
    quantity_edit: QLineEdit
    status_combo: QComboBox
    what_edit: QPlainTextEdit
    asked_by_edit: QLineEdit
    due_field: DateField
    question_edit: QLineEdit
    ask_whom_edit: QLineEdit
    details_action: FilingAction
    step_action: FilingAction
    request_action: FilingAction
    question_action: FilingAction

    def _widget(self) -> QWidget | None:
        return self if isinstance(self, QWidget) else None

    def _letter_plan_id(self) -> int | None:
        return self.facts.member_plan_id or self.facts.sender_plan_id

    def _apply(self, action: FilingAction, operation: Callable[[], Done[T]]) -> bool:
        try:
            done = self._ctx.perform(operation, self._widget(), in_form=True)
        except KeptForLaterError as kept:  # the server is away: kept, as a form closes on it
            action.kept(kept.message)
            self.filed.emit(kept.message)  # (the form is not filled in again over it)
            return True
        except FolderError as exc:
            action.problem(exc.message)
            return False
        if done is None:
            return False
        self._seen(done)
        action.done(self._ctx, done.message)
        self.filed.emit(done.message)
        return True

    def _seen(self, done: Done[Any]) -> None:
        """The versions her action stored: the next action starts from them."""
        value = done.value
        if isinstance(value, Document):
            self.letter_seen = value.version
        elif isinstance(value, Step) and value.id is not None:
            self.steps_seen[value.id] = value.version
        moved = done.extra.get(DOCUMENT_VERSION)
        if isinstance(moved, int):
            self.letter_seen = moved

    def _on_taken_back(self) -> None:
        """Her own Undo put records back (as new versions): the next action starts from them,
        as they are now (``FilingAction.taken_back``)."""
        try:
            self.letter_seen = self._ctx.folder.get(Document, self.document_id).version
            self.steps_seen = {s.id: s.version for s in self._ctx.folder.steps()
                               if s.id is not None and s.id in self.steps_seen}
        except FolderError:
            self.letter_seen, self.steps_seen = 0, {}

    def _dates(self, action: FilingAction, *fields: tuple[DateField, str]
               ) -> list[date | None] | None:
        try:
            return [read_date(field, name) for field, name in fields]
        except InputError as exc:
            action.problem(str(exc))
            return None

    def save_details(self) -> bool:
        dated = translate("LetterForm", "Date on the letter")
        dates = self._dates(self.details_action, (self.date_field, dated))
        if dates is None:
            return False
        kind = LetterKind(self.kind_combo.currentData())
        title, sender = self.title_edit.text(), self.sender_edit.text()
        filing, seen = self._ctx.folder.filing, self.letter_seen
        return self._apply(self.details_action, lambda: filing.save_letter_details(
            self.document_id, title=title, kind=document_kind_for(kind), document_date=dates[0],
            sender=sender, letter_kind=kind, version=seen))

    def update_step(self) -> bool:
        dates = self._dates(self.step_action,
                            (self.from_field, translate("LetterForm", "Approved from")),
                            (self.to_field, translate("LetterForm", "Approved through")),
                            (self.date_field, translate("LetterForm", "Date on the letter")))
        if dates is None:
            return False
        step = self.step_combo.currentData()
        if step == NO_STEP:
            return False
        status_value = self.status_combo.currentData()
        status = StepStatus.parse(status_value) if status_value else None
        number, quantity = self.number_edit.text(), self.quantity_edit.text()
        plan_id, filing = self._letter_plan_id(), self._ctx.folder.filing
        step_id = None if step == NEW_STEP else int(step)
        step_seen = self.steps_seen.get(step_id, 0) if step_id is not None else 0
        letter_seen = self.letter_seen
        return self._apply(self.step_action, lambda: filing.update_step_from_letter(
            step_id, number=number, approved_from=dates[0],
            approved_to=dates[1], quantity=quantity, status=status,
            decided_on=dates[2] if status is not None else None, plan_id=plan_id,
            document_id=self.document_id, step_version=step_seen,
            document_version=letter_seen))

    def add_request(self) -> bool:
        dates = self._dates(self.request_action,
                            (self.due_field, translate("LetterForm", "Due by")),
                            (self.date_field, translate("LetterForm", "Date on the letter")))
        if dates is None:
            return False
        what = "; ".join(p.strip().lstrip("•").strip()
                         for p in self.what_edit.toPlainText().splitlines()
                         if p.strip().lstrip("•").strip())
        step = self.step_combo.currentData()
        step_id = int(step) if step not in (NO_STEP, NEW_STEP) else None
        asked_by, seen = self.asked_by_edit.text(), self.letter_seen
        return self._apply(self.request_action,
                           lambda: self._ctx.folder.filing.add_request_from_letter(
                               what=what, requested_by=asked_by, requested_on=dates[1],
                               due_on=dates[0], step_id=step_id, document_id=self.document_id,
                               document_version=seen))

    def add_question(self) -> bool:
        text, whom = self.question_edit.text(), self.ask_whom_edit.text()
        step = self.step_combo.currentData()
        step_id = int(step) if step not in (NO_STEP, NEW_STEP) else None
        return self._apply(self.question_action,
                           lambda: self._ctx.folder.filing.add_question_from_letter(
                               text=text, ask_whom=whom, step_id=step_id))
