"""The Overview tab, driven as a person would: Today, the step track, the profile, the plans.

How Today marks what can stop the therapy, and how the steps are chosen and explained, are in
``test_today_look.py`` and ``test_step_view.py``; the profile and the plans in
``test_overview_plans.py``."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from infusion_desk.core.coverage import Mark
from infusion_desk.core.records import (
    Call,
    Plan,
    PlanType,
    Question,
    RecordKind,
    Request,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.profile_dialogs import (
    StepDialog,
)
from infusion_desk.ui.overview.today_panel import SIGN_ROLE
from infusion_desk.ui.tabs.overview import OverviewTab
from infusion_desk.ui.widgets.help_mark import HelpMark
from infusion_desk.ui.widgets.step_track import StepTrack
from tests.ui.shown_windows import shown_window
from tests.ui.tab_helpers import show_tab

# The offscreen platform cannot pass size hints on, raise windows or grab the keyboard; it says so
# as warnings, which are about the test platform, not about this app.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> OverviewTab:
    return show_tab(OverviewTab(ctx), qtbot, tabs)


def _today_texts(tab: OverviewTab) -> list[str]:
    return [tab.today_list.item(i).text() for i in range(tab.today_list.count())]


def _today_signs(tab: OverviewTab) -> list[str]:
    return [tab.today_list.item(i).data(SIGN_ROLE) for i in range(tab.today_list.count())]


def _click_item(qtbot: QtBot, tab: OverviewTab, row: int) -> None:
    rect = tab.today_list.visualItemRect(tab.today_list.item(row))
    qtbot.mouseClick(tab.today_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_today_lists_what_needs_her_and_opens_it(ctx: FolderContext, folder: Folder,
                                                 tabs: list[QWidget], qtbot: QtBot,
                                                 qtmodeltester: ModelTester) -> None:
    request = folder.records.add(
        Request(what="Visit notes from week 4", due_on=date(2026, 11, 24))).value
    call = folder.records.add(Call(called_at=datetime(2026, 11, 20, 10), organization="Brightwater",
                           summary="Asked about supplies", follow_up_on=date(2026, 11, 27))).value
    step = folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.APPROVED,
                           approved_from=date(2026, 11, 1), approved_to=date(2026, 12, 6))).value
    question = folder.records.add(Question(text="What exactly is missing?")).value
    tab = _tab(ctx, qtbot, tabs)

    # The approval can stop the therapy (no renewal is under way): it comes first.
    assert _today_texts(tab) == [
        "Approval ends in 9 days (Sun, Dec 6): Prior authorization. Renew by Fri, Nov 20, "
        "7 days overdue (worked out from the approval's end date). Call the insurance plan "
        "about renewing.",
        "Call Brightwater back — due today. Last time: Asked about supplies.",
        "Send “Visit notes from week 4” — 3 days overdue (was due Tue, Nov 24).",
        "Ask: What exactly is missing?",
    ]
    assert _today_signs(tab) == ["stop", "information", "warning", "question"]
    assert not tab.today_empty.isVisibleTo(tab)

    for row, kind, record_id in ((0, RecordKind.STEP, step.id),
                                 (1, RecordKind.CALL, call.id),
                                 (2, RecordKind.REQUEST, request.id)):
        with qtbot.waitSignal(ctx.signals.show_record) as shown:
            _click_item(qtbot, tab, row)
        assert shown.args == [kind, record_id]

    tab.today_list.setCurrentRow(3)
    with qtbot.waitSignal(ctx.signals.show_record) as shown:
        qtbot.keyClick(tab.today_list, Qt.Key.Key_Return)
    assert shown.args == [RecordKind.QUESTION, question.id]
    qtmodeltester.check(tab.today_list.model(), force_py=True)


def test_today_is_calm_when_empty_and_caps_the_questions(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    assert tab.today_empty.isVisibleTo(tab)
    assert tab.today_empty.text() == "Nothing needs you today."
    assert not tab.today_list.isVisibleTo(tab)

    questions = [folder.records.add(Question(text=f"Question {n}")).value for n in range(1, 9)]
    assert tab.today_list.isVisibleTo(tab)
    texts = _today_texts(tab)
    assert texts[:3] == ["Ask: Question 1", "Ask: Question 2", "Ask: Question 3"]
    assert texts[3].startswith("… and 5 more questions to ask")
    with qtbot.waitSignal(ctx.signals.show_record) as shown:
        _click_item(qtbot, tab, 3)
    assert shown.args == [RecordKind.QUESTION, questions[3].id]


def test_add_edit_delete_and_undo_a_step_and_the_track_follows(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    folder.records.add(Step(kind=StepKind.BENEFITS_VERIFICATION, status=StepStatus.APPROVED,
                    reference_number="BW-20931"))
    tab = _tab(ctx, qtbot, tabs)
    track = tab.step_track
    assert track.current_index() is None
    assert "All steps are done." in track.accessibleDescription()

    qtbot.mouseClick(tab.add_step_button, Qt.MouseButton.LeftButton)
    dialog = shown_window(StepDialog)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.kind
    dialog.kind.setCurrentIndex(dialog.kind.findData(StepKind.PRIOR_AUTHORIZATION.value))
    dialog.status.setCurrentIndex(dialog.status.findData(StepStatus.WAITING.value))
    qtbot.keyClicks(dialog.waiting_on, "the plan's pharmacy team")
    qtbot.keyClicks(dialog.reference, "SPX-PA-4471")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)

    steps = folder.steps()
    assert len(steps) == 2
    added = next(s for s in steps if s.kind is StepKind.PRIOR_AUTHORIZATION)
    assert (added.status, added.waiting_on, added.reference_number) == (
        StepStatus.WAITING, "the plan's pharmacy team", "SPX-PA-4471")
    # The picture: the approved step is done, the first unfinished one is current.
    assert track.current_index() == 1
    assert [m.mark for m in track.markers()] == [Mark.DONE, Mark.WAITING]
    assert [m.current for m in track.markers()] == [False, True]
    assert track.column_texts(0) == ["Benefits verification", "Checking what the plan covers",
                                     "Done", "Reference no. BW-20931"]
    assert track.column_texts(1) == ["Prior authorization", "Plan approval before treatment",
                                     "Waiting — current step",
                                     "Waiting on: the plan's pharmacy team",
                                     "Reference no. SPX-PA-4471"]
    description = track.accessibleDescription()
    assert "Step 1: Benefits verification, done." in description
    assert ("Step 2: Prior authorization, waiting (current step), waiting on the plan's "
            "pharmacy team.") in description
    assert tab.selected_step() == added

    # Edit the selected step: the approval came.
    qtbot.mouseClick(tab.edit_step_button, Qt.MouseButton.LeftButton)
    dialog = shown_window(StepDialog)
    qtbot.waitExposed(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(StepStatus.APPROVED.value))
    qtbot.keyClicks(dialog.approved_from.edit, "11/1/2026")
    qtbot.keyClicks(dialog.approved_to.edit, "12/6/2026")
    qtbot.keyClick(dialog.approved_to.edit, Qt.Key.Key_Return)
    assert folder.get(Step, added.id or 0).approved_to == date(2026, 12, 6)
    assert track.current_index() is None
    assert track.column_texts(1)[-1] == "Approved Nov 1 – Dec 6, 2026 (ends in 9 days)"
    assert any(t.startswith("Approval ends in") for t in _today_texts(tab))

    ctx.undo_stack.undo()
    assert folder.get(Step, added.id or 0).status is StepStatus.WAITING
    assert track.current_index() == 1
    assert not any(t.startswith("Approval ends in") for t in _today_texts(tab))

    tab.show_record(added.id or 0, RecordKind.STEP)
    qtbot.mouseClick(tab.delete_step_button, Qt.MouseButton.LeftButton)
    assert [s.kind for s in folder.steps()] == [StepKind.BENEFITS_VERIFICATION]
    assert len(track.steps()) == 1
    assert tab.selected_step() is None and not tab.delete_step_button.isEnabled()
    ctx.undo_stack.undo()
    assert len(folder.steps()) == 2
    assert len(track.steps()) == 2


def test_an_approval_cannot_end_before_it_starts(ctx: FolderContext, folder: Folder,
                                                 tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = tab.add_step()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.approved_from.edit, "12/6/2026")
    qtbot.keyClicks(dialog.approved_to.edit, "11/1/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "ends before it starts" in dialog.error_label.text()
    assert folder.steps() == []


def test_opening_a_step_or_plan_elsewhere_selects_it_here(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    plan = folder.records.add(Plan(payer="Medicare", plan_type=PlanType.MEDICARE_B)).value
    first = folder.records.add(Step(kind=StepKind.BENEFITS_VERIFICATION)).value
    second = folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION)).value
    assert plan.id == first.id  # ids of different kinds may be the same
    tab = _tab(ctx, qtbot, tabs)
    # Like the window: it hears the signal after the tab and passes only the id on.
    ctx.signals.show_record.connect(lambda _kind, record_id: tab.show_record(record_id))
    ctx.open_record(second)
    assert tab.selected_step() == second
    ctx.open_record(plan)  # never selects the step that happens to share its id
    assert tab.selected_step() == second
    tab.show_record(first.id or 0)
    assert tab.selected_step() == first
    assert tab.show_plan(plan.id or 0)
    # Clicking a step on the track chooses it.
    marker = tab.step_track.markers()[1]
    qtbot.mouseClick(tab.step_track, Qt.MouseButton.LeftButton,
                     pos=marker.geometry().center())
    assert tab.selected_step() == second


def test_typed_markup_is_shown_as_typed(ctx: FolderContext, folder: Folder,
                                        tabs: list[QWidget], qtbot: QtBot) -> None:
    profile = folder.profile()
    profile.patient_name = "<b>x</b>"
    folder.records.save_profile(profile)
    folder.records.add(Step(kind=StepKind.OTHER, title="<b>x</b>", waiting_on="<i>y</i>"))
    folder.records.add(Plan(payer="<b>x</b>", member_id="<i>1</i>"))
    tab = _tab(ctx, qtbot, tabs)
    label = tab.profile_labels["patient_name"]
    assert label.text() == "<b>x</b>"
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert tab.step_track.side_texts(0)[0] == "<b>x</b>"
    assert tab.step_track.side_texts(0)[2] == "Waiting on: <i>y</i>"
    [card] = tab.plan_cards.values()
    assert card.title.text() == "Primary: <b>x</b>"
    assert card.title.textFormat() is Qt.TextFormat.PlainText


def test_the_track_runs_down_the_page_when_the_words_do_not_fit(tabs: list[QWidget]) -> None:
    track = StepTrack()
    tabs.append(track)
    steps = [Step(kind=kind, id=n) for n, kind in enumerate(StepKind, start=1)]
    track.resize(1600, 300)
    track.set_steps(steps, date(2026, 11, 27))
    track.show()
    assert track.is_across()
    track.resize(320, 300)
    assert not track.is_across()
    assert track.current_index() == 0
    # Every journey step is on the line; the step of her own sits in the box beside it.
    assert len(track.markers()) == len(steps) - 1
    assert [s.kind for s in track.side_steps()] == [StepKind.OTHER]


def test_today_shows_five_lines_until_she_asks_for_all(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    for n in range(1, 9):
        folder.records.add(Request(what=f"Paper {n}", due_on=date(2026, 11, 10 + n)))
    tab = _tab(ctx, qtbot, tabs)
    button = tab.today.show_all_button
    assert len(_today_texts(tab)) == 5
    assert _today_texts(tab)[0].startswith("Send “Paper 1” — 16 days overdue")
    assert button.isVisibleTo(tab) and button.text() == "Sho&w all (8)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(_today_texts(tab)) == 8
    assert button.text() == "Sho&w fewer"
    folder.records.add(Request(what="Paper 9", due_on=date(2026, 11, 26)))  # stays unfolded
    assert len(_today_texts(tab)) == 9
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(_today_texts(tab)) == 5
    assert button.text() == "Sho&w all (9)"
    # Six lines show whole: hiding one line behind a button saves nothing.
    for request in folder.requests()[:3]:
        folder.records.trash(Request, request.id or 0)
    assert len(_today_texts(tab)) == 6
    assert not button.isVisibleTo(tab)


def test_an_overdue_follow_up_is_a_call_to_make_with_the_warning_sign(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    summary = ("Followed up with Sam about the supply charges. He will ask billing whether the "
               "pole and the pump are part of the per diem and call back with what they say.")
    folder.records.add(Call(called_at=datetime(2026, 11, 7, 10),
                    organization="Brightwater Home Infusion Pharmacy", person="Sam",
                    summary=summary, follow_up_on=date(2026, 11, 14)))
    folder.records.add(Request(what="Visit notes", due_on=date(2026, 11, 26)))
    tab = _tab(ctx, qtbot, tabs)
    tab.resize(700, 768)
    qtbot.waitUntil(lambda: len(_today_texts(tab)) == 2)
    # A promised call-back comes before a request nobody waits on for the therapy.
    [call_line, request_line] = _today_texts(tab)
    assert call_line == (f"Call Brightwater Home Infusion Pharmacy back (Sam) — 13 days overdue "
                         f"(was due Sat, Nov 14). Last time: {summary}")
    assert _today_signs(tab) == ["warning", "warning"]
    # Shown whole: the line wraps instead of being cut.
    item = tab.today_list.item(0)
    height = tab.today_list.visualItemRect(item).height()
    assert height >= 3 * tab.today_list.fontMetrics().height()
    assert tab.today_list.sizeHint().height() >= height
    # It says it can be opened.
    assert "Click to open" in item.toolTip()
    assert tab.today_list.viewport().cursor().shape() is Qt.CursorShape.PointingHandCursor
    assert request_line.startswith("Send “Visit notes”")


def test_each_step_says_in_plain_words_what_it_is(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    for kind in (StepKind.BENEFITS_VERIFICATION, StepKind.PRIOR_AUTHORIZATION,
                 StepKind.PROVIDER_COORDINATION, StepKind.REAUTHORIZATION, StepKind.APPEAL):
        folder.records.add(Step(kind=kind))
    tab = _tab(ctx, qtbot, tabs)
    track = tab.step_track
    subtitles = [track.column_texts(i)[1] for i in range(5)]
    assert subtitles == ["Checking what the plan covers", "Plan approval before treatment",
                         "Doctor's office paperwork", "Renewing the approval",
                         "Asking the plan to change a decision"]
    marks = [mark for mark in track.findChildren(HelpMark) if mark.isVisibleTo(track)]
    assert len(marks) == 5
    tip = track.tooltip_at(track.markers()[1].geometry().center())
    assert "the plan must approve the therapy before it pays for it" in tip
    assert "the plan must approve the therapy before it pays for it" in marks[1].explanation()


def test_a_denied_side_issue_sits_off_the_main_line(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    folder.records.add(Step(kind=StepKind.BENEFITS_VERIFICATION, status=StepStatus.APPROVED))
    folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.WAITING))
    side = folder.records.add(Step(kind=StepKind.OTHER, title="Who pays for the IV pole",
                           status=StepStatus.DENIED, reference_number="CD-1")).value
    tab = _tab(ctx, qtbot, tabs)
    track = tab.step_track
    assert [s.kind for s in track.main_steps()] == [StepKind.BENEFITS_VERIFICATION,
                                                    StepKind.PRIOR_AUTHORIZATION]
    assert [m.mark for m in track.markers()] == [Mark.DONE, Mark.WAITING]  # no ✗ at the end
    assert track.side_steps() == [side]
    assert track.side_texts(0) == ["Who pays for the IV pole", "Denied", "Reference no. CD-1"]
    box = track.side_box()
    assert box is not None and box.isVisibleTo(tab)
    assert track.side_is_beside()
    assert track.accessibleDescription().endswith(
        "Also open: Who pays for the IV pole, denied.")
    # Clicking it chooses it, like any step.
    row = box.findChildren(QWidget)[-1]
    centre = row.mapTo(track, row.rect().center())
    qtbot.mouseClick(track, Qt.MouseButton.LeftButton, pos=centre)
    assert tab.selected_step() == side
