"""The questions-to-ask list's operations: answer one, take one off the list (or put it back),
and add the guide's three "when you feel stuck" questions in one go."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from infusion_desk.core import rules
from infusion_desk.core.errors import InvalidValueError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Question, QuestionStatus, RecordKind
from infusion_desk.services.changes import Change, Done, RecordRef, Undo
from infusion_desk.services.operation_base import Operations, started_from


class QuestionList(Operations):
    """Questions to get answered."""

    def answer(self, question_id: int, answer: str, *, on: date | None,
               call_id: int | None = None, version: int = 0) -> Done[Question]:
        """Write down the answer; the question then counts as answered. ``version``: of the
        question the form showed (EditConflictError if someone saved it since)."""
        text = answer.strip()
        if not text:
            raise InvalidValueError(translate(
                "QuestionList", "An answer needs a few words, so it was not saved."))
        old = started_from(self._store.get(Question, question_id), version)
        new = replace(old, status=QuestionStatus.ANSWERED, answer=text, answered_on=on,
                      answered_call_id=call_id if call_id is not None else old.answered_call_id)
        saved = self._store.update(new)
        return self._done(saved, Change.of(RecordKind.QUESTION, ids=[question_id]),
                          translate(
                              "QuestionList",
                              "Saved the answer."),
                          Undo(translate("QuestionList", "Answer a question"), put_back=(old,)))

    def set_status(self, question_id: int, status: QuestionStatus, *, version: int = 0
                   ) -> Done[Question]:
        """Open, answered, or no longer needed. Taking an answered question back to open keeps
        its answer (she may want to read it again); the status says which counts.
        ``version``: of the question the window showed (0: as it is now)."""
        old = started_from(self._store.get(Question, question_id), version)
        if old.status == status:
            return Done(old, Change.of(RecordKind.QUESTION, ids=[question_id]))
        saved = self._store.update(replace(old, status=status))
        message = {
            QuestionStatus.NOT_NEEDED: "Took the question off the list (no longer needed).",
            QuestionStatus.OPEN: "The question is on the list again.",
        }.get(status, "Saved.")
        return self._done(saved, Change.of(RecordKind.QUESTION, ids=[question_id]), message,
                          Undo(translate("QuestionList", "Change a question"), put_back=(old,)))

    def add_stuck(self, *, ask_whom: str = "", request_id: int | None = None,
                  step_id: int | None = None) -> Done[list[Question]]:
        """Add the guide's three "when you feel stuck" questions, tied to a request or a step."""
        added: list[Question] = []
        with self._store.writing() as s:
            for text in rules.stuck_questions():
                added.append(self._store.add(
                    Question(text=text, ask_whom=ask_whom.strip(), request_id=request_id,
                             step_id=step_id), s))
        ids = [q.id for q in added if q.id is not None]
        undo = Undo(translate("QuestionList", "Add the questions for when you’re stuck"),
                    trash=tuple(RecordRef(Question, i) for i in ids))
        return self._done(added, Change.of(RecordKind.QUESTION, ids=ids),
                          translate(
                              "QuestionList",
                              "Added three questions to ask. They are on the Questions tab."), undo)
