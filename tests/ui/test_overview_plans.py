"""The Overview's patient and plans, driven as a person would: the profile form, a plan added,
changed, deleted and brought back. (Split from ``test_overview_tab.py``, which was over 400
lines.)"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import (
    Plan,
    PlanType,
)
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.profile_dialogs import (
    PlanDialog,
    ProfileDialog,
    member_id_tip,
)
from infusion_desk.ui.tabs.overview import OverviewTab
from tests.ui.shown_windows import shown_window
from tests.ui.tab_helpers import show_tab

# The offscreen platform cannot pass size hints on, raise windows or grab the keyboard; it says so
# as warnings, which are about the test platform, not about this app.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> OverviewTab:
    return show_tab(OverviewTab(ctx), qtbot, tabs)


def test_editing_the_profile_saves_shows_and_undoes(ctx: FolderContext, folder: Folder,
                                                    tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    assert tab.profile_labels["patient_name"].text() == "—"
    qtbot.mouseClick(tab.edit_profile_button, Qt.MouseButton.LeftButton)
    dialog = shown_window(ProfileDialog)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Walter Brennan")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.therapy, "Ertapenem 1 g IV")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.start_date.edit, "10/24/2026")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.therapy, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    assert not dialog.isVisible()
    stored = folder.profile()
    assert (stored.patient_name, stored.therapy, stored.start_date) == (
        "Walter Brennan", "Ertapenem 1 g IV", date(2026, 10, 24))
    assert tab.profile_labels["patient_name"].text() == "Walter Brennan"
    assert tab.profile_labels["therapy"].text() == "Ertapenem 1 g IV"
    assert tab.profile_labels["start_date"].text() == "Sat, Oct 24, 2026 (34 days ago)"

    ctx.undo_stack.undo()
    assert folder.profile().patient_name == ""
    assert tab.profile_labels["patient_name"].text() == "—"
    ctx.undo_stack.redo()
    assert tab.profile_labels["patient_name"].text() == "Walter Brennan"


def test_a_bad_date_keeps_the_profile_form_open_with_what_was_typed(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = tab.edit_profile()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Walter")
    qtbot.keyClicks(dialog.date_of_birth.edit, "31/31/1947")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Date of birth:")
    assert dialog.name.text() == "Walter"
    assert folder.profile().patient_name == ""


def test_add_edit_delete_and_undo_a_plan(ctx: FolderContext, folder: Folder,
                                         tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    assert tab.plans_empty.isVisibleTo(tab)
    qtbot.mouseClick(tab.add_plan_button, Qt.MouseButton.LeftButton)
    dialog = shown_window(PlanDialog)
    qtbot.waitExposed(dialog)
    dialog.plan_type.setCurrentIndex(dialog.plan_type.findData(PlanType.PART_D.value))
    qtbot.keyClicks(dialog.payer, "Silverpine Health Plans")
    qtbot.keyClicks(dialog.member_id, "SPX448120457")
    qtbot.keyClicks(dialog.member_phone, "(888) 555-0143")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [plan] = folder.plans()
    assert (plan.payer, plan.member_id, plan.plan_type) == (
        "Silverpine Health Plans", "SPX448120457", PlanType.PART_D)
    assert plan.id is not None
    card = tab.plan_cards[plan.id]
    assert card.title.text() == "Primary: Silverpine Health Plans"
    assert card.values["Member ID"].text() == "SPX448120457"
    assert card.values["Member ID"].toolTip() == member_id_tip()
    assert card.values["Kind of plan"].text() == "Medicare drug plan (Part D)"
    assert not tab.plans_empty.isVisibleTo(tab)

    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown_window(PlanDialog)
    qtbot.waitExposed(dialog)
    dialog.member_id.clear()
    qtbot.keyClicks(dialog.member_id, "SPX-NEW-1")
    qtbot.keyClick(dialog.member_id, Qt.Key.Key_Return)
    assert folder.get(Plan, plan.id).member_id == "SPX-NEW-1"
    assert tab.plan_cards[plan.id].values["Member ID"].text() == "SPX-NEW-1"
    ctx.undo_stack.undo()
    assert folder.get(Plan, plan.id).member_id == "SPX448120457"
    assert tab.plan_cards[plan.id].values["Member ID"].text() == "SPX448120457"

    qtbot.mouseClick(tab.plan_cards[plan.id].delete_button, Qt.MouseButton.LeftButton)
    assert folder.plans() == []
    assert tab.plan_cards == {}
    assert tab.plans_empty.isVisibleTo(tab)
    ctx.undo_stack.undo()
    assert [p.id for p in folder.plans()] == [plan.id]
    assert tab.plan_cards[plan.id].values["Member ID"].text() == "SPX448120457"


def test_a_plan_needs_a_name_to_be_told_apart(ctx: FolderContext, folder: Folder,
                                              tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = tab.add_plan()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "insurance company" in dialog.error_label.text()
    assert folder.plans() == []
