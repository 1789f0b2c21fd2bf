"""Forms for the questions to ask: a question, its answer, and the guide's "stuck" questions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from infusion_desk.core import rules
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Question, Request, RequestState, Step
from infusion_desk.core.text import one_line
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.request_dialogs import enter_saves, fit_width, with_people
from infusion_desk.ui.widgets.date_field import DateField, read_date
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import combo, line, notes_box, plain_label

NOTHING = ("", 0)  # combo data for "not about a particular request or step"


def stuck_guide() -> str:
    return translate("QuestionDialogs", "From the guide, for when you feel stuck: “What exactly "
                                        "is missing? Who needs to submit it? What is the expected "
                                        "timeline once submitted?” Then write the answers down "
                                        "here. General information, not coverage advice.")


def stuck_button_text() -> str:
    return translate("QuestionDialogs", "Add the questions for when you’re &stuck…")


def stuck_tip() -> str:
    return translate("QuestionDialogs", "Adds three questions tied to a request or step: What "
                                        "exactly is missing? Who needs to submit it? What is the "
                                        "expected timeline once submitted?")


def question_what(question: Question) -> str:
    return f"“{one_line(question.text, 50)}”"


def about_choices(ctx: FolderContext, *, only_unfinished: bool = False
                  ) -> list[tuple[str, tuple[str, int]]]:
    """Requests (the ledger's order) and steps a question can be about, as combo items."""
    today = ctx.today()
    requests = sorted(ctx.folder.requests(), key=lambda r: rules.ledger_order_key(r, today))
    items: list[tuple[str, tuple[str, int]]] = []
    for request in requests:
        state = rules.request_state(request, today)
        if only_unfinished and state is RequestState.CONFIRMED:
            continue
        if request.id is not None:
            items.append((translate("QuestionDialogs", "Request: {what} ({state})").format(
                what=one_line(request.what, 60), state=state.label.lower()),
                          ("request", request.id)))
    for step in ctx.folder.steps():
        if step.id is not None:
            items.append((translate("QuestionDialogs", "Step: {title} ({status})").format(
                title=one_line(step.display_title, 60), status=step.status.label.lower()),
                          ("step", step.id)))
    return items


def narrow(box: QComboBox, chars: int = 30) -> QComboBox:
    """Long entries must not make the form wider than the screen: they are cut with "…"."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


def set_about(box: QComboBox, request_id: int | None, step_id: int | None) -> None:
    wanted = ("request", request_id) if request_id else ("step", step_id) if step_id else NOTHING
    for number in range(box.count()):
        if tuple(box.itemData(number)) == wanted:
            box.setCurrentIndex(number)
            return
    box.setCurrentIndex(0)


def read_about(box: QComboBox) -> tuple[int | None, int | None]:
    """(request_id, step_id) chosen in an "about" combo."""
    kind, record_id = tuple(box.currentData() or NOTHING)
    if kind == "request":
        return int(record_id), None
    if kind == "step":
        return None, int(record_id)
    return None, None


def add_stuck_questions(ctx: FolderContext, *, ask_whom: str = "", request_id: int | None = None,
                        step_id: int | None = None, parent: QWidget | None = None
                        ) -> list[Question]:
    """Add the guide's three questions in one action, with one Undo that takes all three back."""
    done = ctx.perform(lambda: ctx.folder.question_list.add_stuck(
        ask_whom=ask_whom, request_id=request_id, step_id=step_id), parent, offer_undo=True)
    return [] if done is None else done.value


class QuestionDialog(FormDialog):
    """Add a question to ask, or edit one."""

    question_saved = Signal(object)  # Question

    def __init__(self, ctx: FolderContext, question: Question | None = None,
                 parent: QWidget | None = None, *, request_id: int | None = None,
                 step_id: int | None = None) -> None:
        super().__init__(translate("QuestionDialogs", "Edit the question") if question
                         else translate("QuestionDialogs",
                                        "Add a question"), parent)
        self._ctx = ctx
        self._old = question
        self.saved: Question | None = None
        current = question or Question(request_id=request_id, step_id=step_id)
        self.text = line(current.text, accessible_name=translate("QuestionDialogs", "The question"),
                         placeholder=translate(
                             "QuestionDialogs", "e.g. Did you receive the fax from Dr. Okafor?"),
                         parent=self)
        self.ask_whom = with_people(
            line(current.ask_whom, accessible_name=translate("QuestionDialogs", "Ask whom"),
                 placeholder=translate("QuestionDialogs",
                                       "A person, an office or the plan"), parent=self), ctx)
        self.form.addRow(translate("QuestionDialogs", "The question (required):"), self.text)
        self.form.addRow(translate("QuestionDialogs", "Ask whom:"), self.ask_whom)
        more = self.more_details()
        self.about = narrow(combo([(translate("QuestionDialogs",
                                        "Nothing in particular"), NOTHING), *about_choices(ctx)],
                                  self, accessible_name=translate("QuestionDialogs",
                                                                  "What the question is about")))
        set_about(self.about, current.request_id, current.step_id)
        more.addRow(translate("QuestionDialogs", "About:"), self.about)
        if request_id or step_id:
            self.show_more()
        fit_width(self)
        self.text.setFocus()

    def save(self) -> bool:
        text = self.text.text().strip()
        if not text:
            self.text.setFocus()
            self.show_problem(translate("QuestionDialogs", "Please write the question — a few "
                                                           "words are enough."))
            return False
        request_id, step_id = read_about(self.about)
        new = replace(self._old or Question(), text=text, ask_whom=self.ask_whom.text().strip(),
                      request_id=request_id, step_id=step_id)
        if self._old is None:
            saved = self._ctx.add(new, question_what(new), self, in_form=True)
        else:
            saved = self._ctx.update(self._old, new, question_what(new), self, in_form=True)
        if saved is None:
            return False
        self.saved = saved
        self.question_saved.emit(saved)
        return True


class AnswerDialog(FormDialog):
    """Write down the answer to a question; it then counts as answered."""

    question_saved = Signal(object)  # Question

    def __init__(self, ctx: FolderContext, question: Question,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("QuestionDialogs", "Write down the answer"), parent,
                         save_text=translate("QuestionDialogs",
                                             "&Save the answer"))
        self._ctx = ctx
        self._old = question
        self.saved: Question | None = None
        asked = plain_label(question.text, self)
        font = asked.font()
        font.setBold(True)
        asked.setFont(font)
        asked.setAccessibleName(translate("QuestionDialogs", "The question"))
        self.form.addRow(asked)
        self.answer = enter_saves(
            notes_box(question.answer, accessible_name=translate("QuestionDialogs",
                                                                 "The answer"), parent=self), self)
        self.answered_on = DateField(ctx.today, self, accessible_name=translate("QuestionDialogs",
                                                                                "Answered on"))
        self.answered_on.set_value(question.answered_on or ctx.today())
        self.form.addRow(translate("QuestionDialogs", "The answer:"), self.answer)
        self.form.addRow(translate("QuestionDialogs", "Answered on:"), self.answered_on)
        fit_width(self)
        self.answer.setFocus()

    def save(self) -> bool:
        answer = self.answer.toPlainText().strip()
        if not answer:
            self.answer.setFocus()
            self.show_problem(translate("QuestionDialogs", "Please write down the answer — a few "
                                                           "words are enough."))
            return False
        answered_on = read_date(self.answered_on, translate("QuestionDialogs", "Answered on"))
        question_id = self._old.id or 0
        done = self._ctx.perform(lambda: self._ctx.folder.question_list.answer(
            question_id, answer, on=answered_on, version=self._old.version), self,
            in_form=True)
        if done is None:
            return False
        saved = done.value
        self.saved = saved
        self.question_saved.emit(saved)
        return True


class StuckQuestionsDialog(FormDialog):
    """Add the guide's three "stuck" questions about one request or step, in one action."""

    questions_added = Signal(list)  # list[Question]

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None, *,
                 request_id: int | None = None, step_id: int | None = None) -> None:
        super().__init__(translate("QuestionDialogs", "Add the questions for when you’re stuck"),
                         parent,
                         save_text=translate("QuestionDialogs", "&Add the three questions"))
        self._ctx = ctx
        self.added: list[Question] = []
        self._requests: dict[int, Request] = {
            r.id: r for r in ctx.folder.requests() if r.id is not None}
        self._steps: dict[int, Step] = {s.id: s for s in ctx.folder.steps() if s.id is not None}
        intro = plain_label(
            translate("QuestionDialogs", "These three questions will be added to your list:\n")
            + "\n".join(f"•  {text}" for text in rules.stuck_questions()), self, wrap=False)
        intro.setAccessibleName(translate("QuestionDialogs", "The three questions"))
        intro.setToolTip(stuck_guide())
        self.body.insertWidget(0, intro)
        self.about = narrow(combo([*about_choices(ctx, only_unfinished=True),
                                   (translate("QuestionDialogs",
                                              "Nothing in particular"), NOTHING)], self,
                                  accessible_name=translate("QuestionDialogs",
                                                            "What you are stuck on")))
        self.ask_whom = with_people(
            line(accessible_name=translate("QuestionDialogs", "Ask whom"),
                 placeholder=translate("QuestionDialogs",
                                       "A person, an office or the plan"),
                 parent=self), ctx)
        self.form.addRow(translate("QuestionDialogs", "What you are stuck on:"), self.about)
        self.form.addRow(translate("QuestionDialogs", "Ask whom:"), self.ask_whom)
        note = plain_label(translate("QuestionDialogs", "General information from the guide, not "
                                                        "coverage advice."), self,
                           wrap=False)
        note.setEnabled(False)
        self.body.addWidget(note)
        self._typed_whom = False
        self.ask_whom.textEdited.connect(self._on_ask_whom_text_edited)
        self.about.currentIndexChanged.connect(self._on_about_current_index_changed)
        set_about(self.about, request_id, step_id)
        self._on_about_current_index_changed(self.about.currentIndex())
        fit_width(self)
        self.about.setFocus()

    def _on_ask_whom_text_edited(self, _text: str) -> None:
        self._typed_whom = True

    def _on_about_current_index_changed(self, _index: int) -> None:
        if self._typed_whom:
            return
        request_id, step_id = read_about(self.about)
        whom = ""
        if request_id is not None and request_id in self._requests:
            whom = self._requests[request_id].requested_by
        elif step_id is not None and step_id in self._steps:
            whom = self._steps[step_id].waiting_on
        self.ask_whom.setText(whom)

    def save(self) -> bool:
        request_id, step_id = read_about(self.about)
        added = add_stuck_questions(self._ctx, ask_whom=self.ask_whom.text().strip(),
                                    request_id=request_id, step_id=step_id, parent=self)
        if not added:
            return False
        self.added = added
        self.questions_added.emit(added)
        return True
