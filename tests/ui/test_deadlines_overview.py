"""The Overview's deadlines, driven as a person would: what she reads on each (the date with
the days left, "Overdue" in words, where the date came from and the rule's source), opening what
it came from, and adding, changing, marking done and removing one, each with Undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.appeal_rules import LETTER_FIRST
from infusion_desk.core.deadlines import DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.records import RecordKind, Step, StepKind, StepStatus
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.deadlines.deadline_card import DeadlineCard
from infusion_desk.ui.deadlines.deadline_dialog import DeadlineDialog
from infusion_desk.ui.overview.today_panel import ID_ROLE, KIND_ROLE
from infusion_desk.ui.tabs.overview import OverviewTab
from tests.ui.deadline_helpers import filed_denial, typed
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> OverviewTab:
    return show_tab(OverviewTab(ctx), qtbot, tabs)


def _card(tab: OverviewTab, title: str) -> DeadlineCard:
    [card] = [c for c in tab.deadlines.cards.values() if c.deadline.title == title]
    return card


def _dialog(tab: OverviewTab, qtbot: QtBot) -> DeadlineDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.findChildren(DeadlineDialog)))
    return next(d for d in tab.findChildren(DeadlineDialog) if d.isVisible())


def test_the_overview_lists_each_deadline_with_its_date_source_and_letter(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    letter, appeal = filed_denial(folder)
    typed(folder, "Send the infusion diary", date(2026, 11, 24))  # 3 days ago
    tab = _tab(ctx, qtbot, tabs)

    # The overdue one first, saying so in words (not by colour alone), then the appeal.
    titles = [c.deadline.title for c in tab.deadlines.cards.values()]
    assert titles == ["Send the infusion diary", appeal.title]
    late = _card(tab, "Send the infusion diary")
    assert late.overdue_label.isVisibleTo(late)
    assert late.overdue_label.text() == "⚠ Overdue: this date has passed"
    assert late.when_label.text() == "Due Tue, Nov 24, 2026 — 3 days overdue"
    assert "Whom it concerns: Dr. Okafor's office" in [label.text() for label in late.lines]
    assert "Where the date comes from: Typed by you" in [label.text() for label in late.lines]
    assert late.accessibleName().startswith("⚠ Overdue")

    card = _card(tab, appeal.title)
    assert not card.overdue_label.isVisibleTo(card)
    days = (appeal.due_on - date(2026, 11, 27)).days
    assert card.when_label.text().endswith(f"— due in {days} days")
    assert card.when_label.text().startswith("Appeal by ")
    words = [label.text() for label in card.lines]
    assert any(w.startswith("Where the date comes from: Worked out from the rules (42 CFR")
               for w in words)
    assert card.source_label is not None
    assert card.source_label.text().startswith("The rule: ")
    assert "Source: " in card.source_label.text()
    assert "https://" in card.source_label.text()
    assert card.source_label.text().endswith(LETTER_FIRST)
    assert card.source_label.textFormat() == Qt.TextFormat.PlainText

    # Its letter opens with a click.
    assert card.open_button.text() == "O&pen the letter “Denial from Silverpine” ›"
    with qtbot.waitSignal(ctx.signals.show_record) as asked:
        qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert asked.args == [RecordKind.DOCUMENT, letter.id]


def test_she_adds_changes_marks_done_and_removes_a_deadline_with_undo(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    assert tab.deadlines.empty.isVisibleTo(tab)

    qtbot.mouseClick(tab.deadlines.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab, qtbot)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(DeadlinePurpose.FOLLOW_UP.value))
    qtbot.keyClicks(dialog.title, "Hear back about the pump")
    qtbot.keyClicks(dialog.due.edit, "12/3/2026")
    qtbot.keyClicks(dialog.concerns, "Brightwater Infusion")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [stored] = folder.deadlines.all()
    assert (stored.title, stored.due_on, stored.purpose, stored.source, stored.concerns) == (
        "Hear back about the pump", date(2026, 12, 3), DeadlinePurpose.FOLLOW_UP,
        DateSource.TYPED, "Brightwater Infusion")
    card = _card(tab, "Hear back about the pump")
    assert card.when_label.text() == "Hear back by Thu, Dec 3, 2026 — due in 6 days"
    assert not tab.deadlines.empty.isVisibleTo(tab)

    # Change the date.
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab, qtbot)
    dialog.due.edit.clear()
    qtbot.keyClicks(dialog.due.edit, "12/1/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert folder.deadlines.get(stored.id or 0).due_on == date(2026, 12, 1)
    card = _card(tab, "Hear back about the pump")
    assert card.when_label.text() == "Hear back by Tue, Dec 1, 2026 — due in 4 days"

    # Done: it folds away under "Show the done ones"; Undo puts it back.
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    assert folder.deadlines.open() == []
    card = _card(tab, "Hear back about the pump")
    assert not card.isVisibleTo(tab)
    assert tab.deadlines.show_done_button.text() == "Show the done &ones (1)"
    qtbot.mouseClick(tab.deadlines.show_done_button, Qt.MouseButton.LeftButton)
    assert card.isVisibleTo(tab) and card.done_button.text() == "To do a&gain"
    assert card.when_label.text() == "Hear back by Tue, Dec 1, 2026 — done"
    ctx.undo_stack.undo()
    assert [d.title for d in folder.deadlines.open()] == ["Hear back about the pump"]

    # Remove: to the trash; Undo brings it back; Undo again takes the date back too.
    card = _card(tab, "Hear back about the pump")
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert folder.deadlines.all() == [] and tab.deadlines.cards == {}
    ctx.undo_stack.undo()
    assert [d.title for d in folder.deadlines.all()] == ["Hear back about the pump"]
    assert list(tab.deadlines.cards) == [stored.id]
    ctx.undo_stack.undo()
    assert folder.deadlines.get(stored.id or 0).due_on == date(2026, 12, 3)


def test_a_deadline_needs_words_and_a_date(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = tab.deadlines.add_deadline()
    qtbot.keyClicks(dialog.title, "Send the diary")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Give the date" in dialog.error_label.text()
    qtbot.keyClicks(dialog.due.edit, "+3")
    dialog.title.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "what the deadline is for" in dialog.error_label.text()
    assert folder.deadlines.all() == []
    dialog.close()


def test_a_today_line_for_a_deadline_opens_its_card(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    deadline = typed(folder, "Send the signed consent", date(2026, 11, 30))
    tab = _tab(ctx, qtbot, tabs)
    lines = tab.today_list
    [row] = [i for i in range(lines.count())
             if lines.item(i).data(KIND_ROLE) == RecordKind.DEADLINE.value]
    item = lines.item(row)
    assert item.data(ID_ROLE) == deadline.id
    assert "Send the signed consent" in item.text() and "due in 3 days" in item.text()

    rect = lines.visualItemRect(item)
    qtbot.mouseClick(lines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    card = _card(tab, "Send the signed consent")
    qtbot.waitUntil(lambda: card.chosen)
    assert card.hasFocus() or card.isAncestorOf(tab.focusWidget()) or tab.focusWidget() is card


def test_today_and_the_list_follow_a_new_deadline(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    done = ctx.perform(lambda: folder.deadlines.add(Deadline(
        DeadlinePurpose.OTHER, date(2026, 11, 28), DateSource.TYPED, "Refill the pump")))
    assert done is not None
    assert any("Refill the pump" in t for t in tab.today.texts())
    assert [c.deadline.title for c in tab.deadlines.cards.values()] == ["Refill the pump"]


def _approval(folder: Folder, ends: date) -> Step:
    return folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION,
                                   status=StepStatus.APPROVED, approved_to=ends)).value


def test_she_sets_how_long_before_an_approval_ends_to_renew_with_undo(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    theirs = _approval(folder, date(2027, 3, 31))  # renew by Mar 17: 14 days before
    hers = _approval(folder, date(2027, 5, 31))
    [her_renewal] = folder.deadlines.linked_to(step_id=hers.id)
    folder.deadlines.edit(her_renewal.id or 0, due_on=date(2027, 5, 3))  # she changed it
    tab = _tab(ctx, qtbot, tabs)
    row = tab.deadlines.lead_time
    box = row.days
    assert box.value() == 14 and box.isEnabled()
    assert (row.before.text(), row.after.text()) == ("Re&mind me to renew an approval",
                                                     "days before it ends")
    assert box.accessibleName() == "Days before an approval ends to renew it"
    assert (box.minimum(), box.maximum()) == (1, 90)

    def renew_by(step: Step) -> date:
        [renewal] = folder.deadlines.linked_to(step_id=step.id)
        return renewal.due_on

    def card_says(step: Step) -> str:
        [card] = [c for c in tab.deadlines.cards.values() if c.deadline.step_id == step.id]
        return card.when_label.text()

    # She types 30 and presses Enter: the app's renewal moves, hers stays.
    tab.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    qtbot.keyClicks(box, "30")
    assert folder.deadlines.renewal_lead_days() == 14  # not while she types
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert folder.deadlines.renewal_lead_days() == 30
    assert renew_by(theirs) == date(2027, 3, 1)
    assert card_says(theirs).startswith("Renew by Mon, Mar 1, 2027")
    assert renew_by(hers) == date(2027, 5, 3)
    assert ctx.undo_stack.undoText() == "Change when to renew an approval"

    # Undo puts back both the lead time and the date; Redo sets them again.
    ctx.undo_stack.undo()
    assert folder.deadlines.renewal_lead_days() == 14
    assert renew_by(theirs) == date(2027, 3, 17)
    assert card_says(theirs).startswith("Renew by Wed, Mar 17, 2027")
    qtbot.waitUntil(lambda: box.value() == 14)
    ctx.undo_stack.redo()
    assert folder.deadlines.renewal_lead_days() == 30 and box.value() == 30

    # Leaving the box applies it too; one day is said as one.
    box.selectAll()
    qtbot.keyClicks(box, "1")
    assert row.after.text() == "day before it ends"
    tab.deadlines.add_button.setFocus()  # she moves on
    qtbot.waitUntil(lambda: folder.deadlines.renewal_lead_days() == 1)
    assert renew_by(theirs) == date(2027, 3, 30)
    ctx.undo_stack.undo()
    assert folder.deadlines.renewal_lead_days() == 30 and box.value() == 30
