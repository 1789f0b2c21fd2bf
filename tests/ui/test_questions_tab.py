"""*Questions to ask*: write a question down, answer it, set it aside, and the "stuck" three."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import (
    Call,
    Question,
    QuestionStatus,
    RecordKind,
    Request,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.rules import STUCK_QUESTIONS
from infusion_desk.services import Answer
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.question_dialogs import (
    AnswerDialog,
    QuestionDialog,
    StuckQuestionsDialog,
)
from infusion_desk.ui.questions.question_list import (
    ANSWER,
    ANSWERED_ON,
    ASK_WHOM,
    QUESTION,
    STATUS,
)
from infusion_desk.ui.tabs.questions import QuestionsTab
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

TODAY = date(2026, 11, 27)
SILVERPINE = "Silverpine Health Plans"


def _tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> QuestionsTab:
    return show_tab(QuestionsTab(ctx), qtbot, tabs, add_widget=True)


def _column(tab: QuestionsTab, column: int) -> list[object]:
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def _click_row(qtbot: QtBot, tab: QuestionsTab, text: str) -> None:
    row = _column(tab, QUESTION).index(text)
    rect = tab.table.visualRect(tab.proxy.index(row, QUESTION))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.details.title.text() == text


def _dialog(tab: QWidget, cls: type) -> QWidget:
    found = [d for d in tab.findChildren(cls) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_empty_list_offers_to_add_a_question_and_undo_takes_it_back(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    tab = _tab(ctx, qtbot, tabs)
    assert tab.stack.currentIndex() == 1
    assert tab.empty_label.text().startswith("No questions yet.")
    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab, QuestionDialog)
    assert isinstance(dialog, QuestionDialog)
    assert dialog.focusWidget() is dialog.text
    qtbot.keyClicks(dialog.text, "Did you receive the fax from Dr. Okafor?")
    qtbot.keyClicks(dialog.ask_whom, SILVERPINE)
    qtbot.keyClick(dialog.ask_whom, Qt.Key.Key_Return)

    stored = ctx.folder.questions()
    assert [(q.text, q.ask_whom, q.status) for q in stored] == [
        ("Did you receive the fax from Dr. Okafor?", SILVERPINE, QuestionStatus.OPEN)]
    assert tab.stack.currentIndex() == 0
    assert _column(tab, QUESTION) == ["Did you receive the fax from Dr. Okafor?"]
    assert _column(tab, STATUS) == ["Open"]
    assert tab.details.title.text() == "Did you receive the fax from Dr. Okafor?"
    assert tab.counts.text() == "1 to ask, 0 answered"

    ctx.undo_stack.undo()
    assert ctx.folder.questions() == []
    assert tab.stack.currentIndex() == 1


def test_edit_and_delete_with_undo(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    request = ctx.folder.records.add(Request(what="Chart notes", requested_by=SILVERPINE)).value
    ctx.folder.records.add(Question(text="Is the form signed?", ask_whom="Dr. Okafor's office"))
    ctx.folder.records.add(Question(text="Which fax number?", ask_whom=SILVERPINE))
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, "Is the form signed?")
    qtbot.mouseClick(tab.details.edit_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab, QuestionDialog)
    assert isinstance(dialog, QuestionDialog)
    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "Is the prior-authorization form signed?")
    dialog.show_more()
    dialog.about.setCurrentIndex(dialog.about.findText("Request: Chart notes (open)"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    edited = next(q for q in ctx.folder.questions() if q.ask_whom == "Dr. Okafor's office")
    assert (edited.text, edited.request_id) == ("Is the prior-authorization form signed?",
                                                request.id)
    assert "Is the prior-authorization form signed?" in _column(tab, QUESTION)
    assert tab.details.about.text() == "The request: Chart notes"
    with qtbot.waitSignal(ctx.signals.show_record, timeout=1000) as opened:
        qtbot.mouseClick(tab.details.about_button, Qt.MouseButton.LeftButton)
    assert opened.args == [RecordKind.REQUEST, request.id]

    ctx.undo_stack.undo()
    assert "Is the form signed?" in _column(tab, QUESTION)
    assert ctx.folder.get(Question, edited.id or 0).request_id is None

    _click_row(qtbot, tab, "Which fax number?")
    qtbot.mouseClick(tab.details.delete_button, Qt.MouseButton.LeftButton)
    assert [q.text for q in ctx.folder.questions()] == ["Is the form signed?"]
    assert _column(tab, QUESTION) == ["Is the form signed?"]
    ctx.undo_stack.undo()
    assert len(_column(tab, QUESTION)) == 2


def test_answering_a_question_moves_it_below_the_open_ones(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    first = ctx.folder.records.add(
        Question(text="What exactly is missing?", ask_whom=SILVERPINE)).value
    ctx.folder.records.add(Question(text="Who needs to submit it?", ask_whom=SILVERPINE))
    tab = _tab(ctx, qtbot, tabs)
    assert _column(tab, QUESTION) == ["What exactly is missing?", "Who needs to submit it?"]
    _click_row(qtbot, tab, "What exactly is missing?")
    qtbot.mouseClick(tab.details.answer_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab, AnswerDialog)
    assert isinstance(dialog, AnswerDialog)
    assert dialog.focusWidget() is dialog.answer
    assert dialog.answered_on.value() == TODAY
    qtbot.keyClicks(dialog.answer, "The signed letter of medical necessity")
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)  # Enter saves here too
    assert not dialog.isVisible()

    answered = ctx.folder.get(Question, first.id or 0)
    assert answered.status is QuestionStatus.ANSWERED
    assert answered.answer == "The signed letter of medical necessity"
    assert answered.answered_on == TODAY
    assert _column(tab, QUESTION) == ["Who needs to submit it?", "What exactly is missing?"]
    assert _column(tab, STATUS) == ["Open", "Answered"]
    assert _column(tab, ANSWER)[1] == "The signed letter of medical necessity"
    assert _column(tab, ANSWERED_ON)[1] == "Fri Nov 27"
    assert tab.details.answer.text() == "The signed letter of medical necessity"  # still selected
    assert tab.details.answer_button.text() == "Change the ans&wer…"

    ctx.undo_stack.undo()
    assert ctx.folder.get(Question, first.id or 0).status is QuestionStatus.OPEN
    assert _column(tab, STATUS) == ["Open", "Open"]


def test_an_empty_answer_is_not_saved(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    question = ctx.folder.records.add(Question(text="Which fax number?")).value
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, "Which fax number?")
    dialog = tab.answer_question()
    assert dialog is not None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert ctx.folder.get(Question, question.id or 0).status is QuestionStatus.OPEN


def test_no_longer_needed_sets_a_question_aside_and_still_needed_brings_it_back(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    question = ctx.folder.records.add(Question(text="Is a home visit needed?")).value
    ctx.folder.records.add(Question(text="Which fax number?"))
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, "Is a home visit needed?")
    qtbot.mouseClick(tab.details.not_needed_button, Qt.MouseButton.LeftButton)
    assert ctx.folder.get(Question, question.id or 0).status is QuestionStatus.NOT_NEEDED
    assert _column(tab, STATUS) == ["Open", "No longer needed"]
    assert tab.details.not_needed_button.text() == "Still &needed"
    qtbot.mouseClick(tab.details.not_needed_button, Qt.MouseButton.LeftButton)
    assert ctx.folder.get(Question, question.id or 0).status is QuestionStatus.OPEN
    ctx.undo_stack.undo()
    assert ctx.folder.get(Question, question.id or 0).status is QuestionStatus.NOT_NEEDED


def test_the_three_stuck_questions_about_a_request_in_one_action(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    request = ctx.folder.records.add(Request(what="Chart notes", requested_by=SILVERPINE,
                                     due_on=date(2026, 11, 20))).value
    step = ctx.folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.WAITING,
                               waiting_on="Dr. Okafor's office")).value
    tab = _tab(ctx, qtbot, tabs)
    qtbot.mouseClick(tab.empty_stuck_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab, StuckQuestionsDialog)
    assert isinstance(dialog, StuckQuestionsDialog)
    choices = [dialog.about.itemText(n) for n in range(dialog.about.count())]
    assert choices == ["Request: Chart notes (overdue)",
                       "Step: Prior authorization (waiting on someone)",
                       "Nothing in particular"]
    dialog.about.setCurrentIndex(1)
    assert dialog.ask_whom.text() == "Dr. Okafor's office"  # whom the step waits on
    dialog.about.setCurrentIndex(0)
    assert dialog.ask_whom.text() == SILVERPINE  # whoever asked for the paper
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    added = ctx.folder.questions()
    assert [q.text for q in added] == list(STUCK_QUESTIONS)
    assert {(q.request_id, q.step_id, q.ask_whom) for q in added} == {
        (request.id, None, SILVERPINE)}
    assert _column(tab, QUESTION) == list(STUCK_QUESTIONS)
    assert _column(tab, ASK_WHOM) == [SILVERPINE] * 3

    ctx.undo_stack.undo()  # one Undo takes all three back
    assert ctx.folder.questions() == []

    # From a question about the step, the dialog starts on that step; a typed name is kept.
    ctx.folder.records.add(Question(text="Any news?", step_id=step.id))
    _click_row(qtbot, tab, "Any news?")
    second = tab.add_stuck_questions()
    assert second.about.currentText().startswith("Step: Prior authorization")
    second.ask_whom.clear()
    qtbot.keyClicks(second.ask_whom, "Gregory Hale")
    second.about.setCurrentIndex(0)
    assert second.ask_whom.text() == "Gregory Hale"
    second.about.setCurrentIndex(1)
    qtbot.keyClick(second.ask_whom, Qt.Key.Key_Return)
    stuck = [q for q in ctx.folder.questions() if q.text in STUCK_QUESTIONS]
    assert {(q.step_id, q.ask_whom) for q in stuck} == {(step.id, "Gregory Hale")}


def test_a_question_answered_on_a_call_shows_the_call_and_opens_it(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    question = ctx.folder.records.add(Question(text="How long does the review take?")).value
    call = ctx.folder.call_log.log_call(
        Call(called_at=datetime(2026, 11, 24, 14, 5), organization=SILVERPINE,
             person="Gregory", reference_number="SPX-CD-118204"),
        answers=[Answer(question.id or 0, "Up to 14 days.")]).value
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, "How long does the review take?")
    details = tab.details
    assert details.answer.text() == "Up to 14 days."
    assert details.answered_on.text() == "Tue, Nov 24, 2026"
    assert details.call_box.isVisible()
    assert details.call_text.text() == f"Tue, Nov 24, 2026, 2:05 PM\n{SILVERPINE} — Gregory"
    assert details.call_reference.text() == "Reference number: SPX-CD-118204"
    with qtbot.waitSignal(ctx.signals.show_record, timeout=1000) as opened:
        qtbot.mouseClick(details.call_button, Qt.MouseButton.LeftButton)
    assert opened.args == [RecordKind.CALL, call.id]


def test_markup_in_a_question_shows_as_typed(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    title = "<b>bold</b><img src=x>"
    ctx.folder.records.add(Question(text=title, ask_whom="<i>plan</i>", answer="<a href=x>y</a>",
                            status=QuestionStatus.ANSWERED))
    tab = _tab(ctx, qtbot, tabs)
    _click_row(qtbot, tab, title)
    assert _column(tab, QUESTION) == [title]
    assert _column(tab, ANSWER) == ["<a href=x>y</a>"]
    assert tab.details.title.textFormat() == Qt.TextFormat.PlainText
    assert tab.details.answer.text() == "<a href=x>y</a>"
    assert tab.details.answer.textFormat() == Qt.TextFormat.PlainText
    tip = str(tab.proxy.index(0, QUESTION).data(Qt.ItemDataRole.ToolTipRole))
    assert "&lt;img src=x&gt;" in tip


def test_the_questions_model_passes_qts_checks(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget], qtmodeltester: ModelTester
) -> None:
    ctx.folder.records.add(Question(text="Open one"))
    ctx.folder.records.add(
        Question(text="Answered one", status=QuestionStatus.ANSWERED, answer="Yes",
                            answered_on=date(2026, 11, 2)))
    ctx.folder.records.add(Question(text="Set aside", status=QuestionStatus.NOT_NEEDED))
    tab = _tab(ctx, qtbot, tabs)
    assert _column(tab, QUESTION) == ["Open one", "Answered one", "Set aside"]
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)


# ---------------------------------------------------------------------- fit at any text size
def _text_size(qapp: QApplication, percent: int) -> Iterator[None]:
    """View > Text size, as the main window sets it (from 11 pt)."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(11.0 * percent / 100)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.fixture(params=[100, 150, 200], ids=["text-100", "text-150", "text-200"])
def text_size(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[int]:
    for _ in _text_size(qapp, request.param):
        yield request.param


def test_the_list_never_scrolls_sideways_and_the_answer_columns_give_way(
    ctx: FolderContext, text_size: int, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    ctx.folder.records.add(Question(text="Which fax number does the plan use for appeals?",
                            ask_whom="Silverpine member services"))
    tab = _tab(ctx, qtbot, tabs)
    table = tab.table
    header = table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0
    assert table.isColumnHidden(ANSWER) and table.isColumnHidden(ANSWERED_ON)  # none answered
    bold = QFont(header.font())
    bold.setBold(True)
    whom = QFontMetrics(bold).horizontalAdvance("Ask whom")
    assert header.sectionSize(ASK_WHOM) > whom  # never "Ask who"
    assert table.iconSize().height() == table.fontMetrics().height()

    ctx.folder.records.add(Question(text="Old one", status=QuestionStatus.ANSWERED, answer="Yes",
                            answered_on=date(2026, 11, 2)))
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    if text_size == 100:  # room enough: the answers show in the list too
        assert not table.isColumnHidden(ANSWER) and not table.isColumnHidden(ANSWERED_ON)
        assert _column(tab, ANSWERED_ON)[1] == "Mon Nov 2"
    if text_size == 200:  # little room: the details beside the list show them
        assert table.isColumnHidden(ANSWERED_ON)


def test_each_question_says_what_it_is_about(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    request = ctx.folder.records.add(
        Request(what="Extension request", requested_by=SILVERPINE)).value
    step = ctx.folder.records.add(
        Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.WAITING)).value
    ctx.folder.question_list.add_stuck(ask_whom=SILVERPINE, request_id=request.id)
    ctx.folder.records.add(Question(text="Any news?", step_id=step.id))
    ctx.folder.records.add(Question(text="Loose question"))
    tab = _tab(ctx, qtbot, tabs)
    delegate = tab.about_delegate
    about = {str(tab.proxy.index(r, QUESTION).data()):
             delegate.subtitle(tab.proxy.index(r, QUESTION)) for r in range(tab.proxy.rowCount())}
    assert about["What exactly is missing?"] == "about: Extension request"
    assert about["Any news?"] == "about: Prior authorization"
    assert about["Loose question"] == ""
    tip = str(tab.proxy.index(0, QUESTION).data(Qt.ItemDataRole.ToolTipRole))
    assert "The request: Extension request" in tip
    assert tab.table.verticalHeader().defaultSectionSize() >= (
        3 * tab.table.fontMetrics().lineSpacing())  # two lines of question, one of "about"
    tab.table.grab()  # paints the grey line without trouble

    _click_row(qtbot, tab, "Any news?")
    assert tab.details.about_button.text() == "Show this coverage ste&p"
    _click_row(qtbot, tab, "What exactly is missing?")
    assert tab.details.about_button.text() == "Show this &request"


def test_buttons_say_what_they_do(
    ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]
) -> None:
    ctx.folder.records.add(Question(text="Which fax number?"))
    tab = _tab(ctx, qtbot, tabs)
    assert tab.stuck_button.text() == "Add the questions for when you’re &stuck…"
    assert tab.stuck_button.toolTip() == (
        "Adds three questions tied to a request or step: What exactly is missing? Who needs to "
        "submit it? What is the expected timeline once submitted?")
    details = tab.details
    assert details.not_needed_button.toolTip() == "Keeps it in the list as not needed"
    assert details.delete_button.text() == "Dele&te this question"
    assert details.delete_button.toolTip() == "Moves it to the trash. You can undo."
    assert details.delete_button.geometry().top() > details.edit_button.geometry().bottom() + 40
    dialog = tab.add_stuck_questions()
    assert dialog.windowTitle() == "Add the questions for when you’re stuck"
    dialog.reject()
