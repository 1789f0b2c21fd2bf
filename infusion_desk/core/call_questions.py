"""Which open questions to ask on a call: those for the organization called, then the others.

The *Log a call* form lists the organization's own questions first, under a heading like
"3 questions for Brightwater", and folds every other open question away below.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from infusion_desk.core.i18n import translate
from infusion_desk.core.organizations import same_organization
from infusion_desk.core.records import Question, QuestionStatus, Request, Step
from infusion_desk.core.text import one_line


@dataclass(frozen=True)
class CallQuestions:
    """The open questions split for one call: ``for_them`` (the organization's) and ``others``."""

    organization: str
    for_them: tuple[Question, ...]
    others: tuple[Question, ...]

    @property
    def heading(self) -> str:
        """``3 questions for Brightwater``; what to do when nothing matches (yet)."""
        name = one_line(self.organization, 40)
        if not name:
            return translate("CallQuestions",
                             "Type the organization to see the questions for them first.")
        if not self.for_them:
            return translate("CallQuestions", "No open question is marked for {name}.").format(
                name=name)
        count = len(self.for_them)
        return translate("CallQuestions", "%n questions for {name}", None, count).format(
            name=name)

    @property
    def others_heading(self) -> str:
        """``Other open questions (6)``, or ``Open questions (6)`` before an organization."""
        count = len(self.others)
        if self.organization:
            return translate("CallQuestions", "Other open questions ({count})").format(count=count)
        return translate("CallQuestions", "Open questions ({count})").format(count=count)


def questions_for_organization(questions: Iterable[Question],
                               organization: str) -> CallQuestions:
    """The open questions, split: meant for ``organization`` first; each group keeps its order."""
    name = " ".join(organization.split())
    open_ = [q for q in questions if q.status is QuestionStatus.OPEN]
    mine = [q for q in open_ if name and same_organization(q.ask_whom, name)]
    return CallQuestions(name, tuple(mine), tuple(q for q in open_ if q not in mine))


def what_about(question: Question, requests: Iterable[Request], steps: Iterable[Step]) -> str:
    """What a question is about: its request's "what" or its step's title ("" if neither).

    "What exactly is missing?" means little alone; "about: Extension request" says for what.
    """
    if question.request_id is not None:
        return next((r.what for r in requests if r.id == question.request_id), "")
    if question.step_id is not None:
        return next((s.display_title for s in steps if s.id == question.step_id), "")
    return ""
