"""The Overview with the keyboard only (issue 15): Tab goes through the page in reading order
(Today, the deadlines card by card, the steps, the patient, the plans), every button has a
keyboard letter (one of its own, but for the buttons each card repeats), in Spanish too, and
Enter or Space on a Today line opens it."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.deadlines import DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.records import Plan, PlanType, RecordKind
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.deadlines.deadline_card import DeadlineCard
from infusion_desk.ui.overview.plan_card import PlanCard
from infusion_desk.ui.tabs.overview import OverviewTab
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
MNEMONIC = re.compile(r"&([^&\s])")


def _filled(folder: Folder) -> None:
    folder.records.add(Plan(payer="Harborline Mutual Insurance",
                            plan_type=PlanType.MEDICARE_ADVANTAGE))
    for title, day in (("Send the signed form", date(2026, 11, 20)),
                       ("Call the pharmacy", date(2026, 11, 30))):
        folder.deadlines.add(Deadline(DeadlinePurpose.OTHER, day, DateSource.TYPED, title))


def _tab(ctx: FolderContext, folder: Folder, qtbot: QtBot, tabs: list[QWidget]) -> OverviewTab:
    _filled(folder)
    return show_tab(OverviewTab(ctx), qtbot, tabs, size=(1342, 594))


def _tab_stops(tab: OverviewTab) -> list[QWidget]:
    """Where Tab goes from the first Today line on, as Qt follows its focus chain."""
    stops: list[QWidget] = []
    widget = tab.today_list.nextInFocusChain()
    while widget is not tab.today_list and len(stops) < 500:
        if (widget.isVisibleTo(tab) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_tab_goes_through_the_page_in_reading_order(
        ctx: FolderContext, folder: Folder, qtbot: QtBot, tabs: list[QWidget]) -> None:
    tab = _tab(ctx, folder, qtbot, tabs)
    stops = _tab_stops(tab)
    [first, second] = tab.deadlines.cards.values()
    [plan] = tab.plan_cards.values()
    wanted = [tab.today.show_all_button if tab.today.show_all_button.isVisible() else None,
              tab.deadlines.lead_time.days, first, first.edit_button, first.done_button,
              first.remove_button, second, tab.deadlines.add_button, tab.step_track,
              tab.add_step_button, tab.edit_profile_button, plan.edit_button,
              plan.delete_button, tab.add_plan_button]
    wanted = [w for w in wanted if w is not None and w in stops]
    assert len(wanted) >= 12
    assert [stops.index(w) for w in wanted] == sorted(stops.index(w) for w in wanted)

    # A change makes the cards again: the order holds.
    folder_deadline = second.deadline
    assert folder_deadline.id is not None
    tab.deadlines.set_done(folder_deadline.id, True)
    qtbot.waitUntil(lambda: len([c for c in tab.deadlines.cards.values()
                                 if not c.deadline.done]) == 1)
    stops = _tab_stops(tab)
    [card] = [c for c in tab.deadlines.cards.values() if not c.deadline.done]
    order = [tab.deadlines.lead_time.days, card, card.remove_button, tab.deadlines.add_button,
             tab.deadlines.show_done_button, tab.add_step_button, tab.add_plan_button]
    assert [stops.index(w) for w in order] == sorted(stops.index(w) for w in order)

    # The real key: from the last button of the first card, Tab goes to the next card.
    window = tab.window()
    window.activateWindow()
    card.remove_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.remove_button.hasFocus)
    qtbot.keyClick(card.remove_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.deadlines.add_button


def _letters(tab: OverviewTab) -> tuple[list[str], list[str]]:
    """(the keyboard letters of the page's own buttons, the buttons that have none)."""
    letters, without = [], []
    for button in tab.findChildren(QAbstractButton):
        if not button.isVisibleTo(tab) or not button.text():
            continue
        found = MNEMONIC.search(button.text())
        if found is None:
            without.append(button.text())
        elif not isinstance(button.parentWidget(), (DeadlineCard, PlanCard)):
            letters.append(found.group(1).lower())
    return letters, without


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_button_has_a_keyboard_letter_of_its_own(
        request: pytest.FixtureRequest, ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget],
        language: str) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    tab = _tab(ctx, ctx.folder, qtbot, tabs)
    letters, without = _letters(tab)
    assert without == []
    assert len(letters) >= 5
    assert sorted(letters) == sorted(set(letters)), letters
    # The menu bar's letters (File, Edit, View, Help) are left to the menus.
    assert not set(letters) & set("fevh" if language == "en" else "")


def test_enter_or_space_on_a_today_line_opens_it(
        ctx: FolderContext, folder: Folder, qtbot: QtBot, tabs: list[QWidget]) -> None:
    tab = _tab(ctx, folder, qtbot, tabs)
    lines = tab.today_list
    assert lines.count() >= 2
    lines.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: lines.currentRow() == 0)  # ready for Enter
    for key, row in ((Qt.Key.Key_Return, 0), (Qt.Key.Key_Space, 1)):
        lines.setCurrentRow(row)
        with qtbot.waitSignal(ctx.signals.show_record) as shown:
            qtbot.keyClick(lines, key)
        assert shown.args[0] is RecordKind.DEADLINE
