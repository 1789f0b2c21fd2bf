"""The rows and columns of the *Questions to ask* list: each question with what it is about and
the call it was answered on, open questions first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from infusion_desk.core import rules
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Call, Question, QuestionStatus, Request, Step
from infusion_desk.core.short_dates import format_day_short
from infusion_desk.core.text import one_line
from infusion_desk.ui.models.table import Column
from infusion_desk.ui.widgets.brushes import quiet_brush
from infusion_desk.ui.widgets.forms import plain_tip

QUESTION, ASK_WHOM, STATUS, ANSWER, ANSWERED_ON = range(5)


@dataclass(frozen=True)
class QuestionRow:
    """One question, with the request or step it is about and the call it was answered on."""

    question: Question
    position: int  # place in the reading order: open first
    about: Request | Step | None
    call: Call | None

    @property
    def id(self) -> int | None:
        return self.question.id

    @property
    def about_text(self) -> str:
        if isinstance(self.about, Request):
            return translate("QuestionList", "The request: {what}").format(what=self.about.what)
        if isinstance(self.about, Step):
            return translate("QuestionList", "The step: {title}").format(
                title=self.about.display_title)
        return ""

    @property
    def about_line(self) -> str:
        """The grey line under the question in the list: ``about: extension request``."""
        if isinstance(self.about, Request):
            return translate("QuestionList", "about: {what}").format(
                what=one_line(self.about.what, 80))
        if isinstance(self.about, Step):
            return translate("QuestionList", "about: {what}").format(
                what=one_line(self.about.display_title, 80))
        return ""


def build_rows(questions: Sequence[Question], requests: Sequence[Request],
               steps: Sequence[Step], calls: Sequence[Call]) -> list[QuestionRow]:
    by_request = {r.id: r for r in requests}
    by_step = {s.id: s for s in steps}
    by_call = {c.id: c for c in calls}
    rows = []
    for position, question in enumerate(sorted(questions, key=rules.question_order_key)):
        about: Request | Step | None = None
        if question.request_id is not None:
            about = by_request.get(question.request_id)
        elif question.step_id is not None:
            about = by_step.get(question.step_id)
        call = by_call.get(question.answered_call_id) if question.answered_call_id else None
        rows.append(QuestionRow(question, position, about, call))
    return rows


def status_icon(status: QuestionStatus) -> QIcon | None:
    style = QApplication.style()
    if status is QuestionStatus.OPEN:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
    if status is QuestionStatus.ANSWERED:
        return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
    return None


def question_columns(today: Callable[[], date]) -> list[Column]:
    def quiet(row: QuestionRow) -> QBrush | None:
        return quiet_brush() if row.question.status is QuestionStatus.NOT_NEEDED else None

    def question_tip(row: QuestionRow) -> str:
        about = f"\n{row.about_text}" if row.about_text else ""
        return plain_tip(row.question.text + about)

    return [
        Column(translate("QuestionList", "Question"), lambda r: r.question.text,
               sort_key=lambda r: r.position,
               tooltip=question_tip, foreground=quiet),
        Column(translate("QuestionList", "Ask whom"), lambda r: r.question.ask_whom,
               tooltip=lambda r: plain_tip(r.question.ask_whom), foreground=quiet),
        Column(translate("QuestionList", "Status"), lambda r: r.question.status.label,
               sort_key=lambda r: rules.question_order_key(r.question)[0],
               icon=lambda r: status_icon(r.question.status), foreground=quiet,
               bold=lambda r: r.question.status is QuestionStatus.OPEN,
               header_tooltip=translate(
                   "QuestionList", "Open: still to ask. Answered: you wrote down the answer. No "
                                   "longer needed: you do not need to ask it any more.")),
        Column(translate("QuestionList", "Answer"), lambda r: r.question.answer,
               tooltip=lambda r: plain_tip(r.question.answer), foreground=quiet),
        Column(translate("QuestionList", "Answered on"),
               lambda r: format_day_short(r.question.answered_on, today()),
               sort_key=lambda r: str(r.question.answered_on or ""), foreground=quiet),
    ]
