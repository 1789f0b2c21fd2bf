"""The patient essentials on the Overview and in the profile form: allergies that cannot be
missed, the diagnosis, the planned last day and the next appointment (with whom, when)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.essentials import ALLERGIES_NOT_FILLED
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.tabs.overview import OverviewTab
from tests.ui.tab_helpers import show_tab
from tests.ui.window_helpers import demo_opened

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _tab(ctx: FolderContext, qtbot: QtBot, tabs: list[QWidget]) -> OverviewTab:
    return show_tab(OverviewTab(ctx), qtbot, tabs)


def test_the_essentials_are_typed_saved_shown_and_undone(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    allergies = tab.profile.allergies
    assert allergies.text() == f"⚠ Allergies: {ALLERGIES_NOT_FILLED}"  # a blank is never "none"
    dialog = tab.edit_profile()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.treats, "Osteomyelitis of the left foot")
    qtbot.keyClicks(dialog.allergies, "Sulfa drugs (rash)")
    qtbot.keyClicks(dialog.start_date.edit, "10/24/2026")
    qtbot.keyClicks(dialog.planned_end.edit, "12/4/2026")
    qtbot.keyClicks(dialog.appointment_on.edit, "12/5/2026")
    qtbot.keyClicks(dialog.appointment_with, "Dr. Okafor, 10:15 a.m.")
    qtbot.keyClick(dialog.allergies, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    stored = folder.profile()
    assert (stored.treats, stored.allergies) == ("Osteomyelitis of the left foot",
                                                 "Sulfa drugs (rash)")
    assert (stored.planned_end, stored.next_appointment_on, stored.next_appointment_with) == (
        date(2026, 12, 4), date(2026, 12, 5), "Dr. Okafor, 10:15 a.m.")
    assert allergies.text() == "⚠ Allergies: Sulfa drugs (rash)"
    labels = tab.profile_labels
    assert labels["treats"].text() == "Osteomyelitis of the left foot"
    assert labels["next_appointment"].text() == (
        "Dr. Okafor, 10:15 a.m. — Sat, Dec 5, 2026 (in 8 days)")
    assert labels["planned_end"].text() == "Fri, Dec 4, 2026 (in 7 days)"

    ctx.undo_stack.undo()
    assert folder.profile().allergies == ""
    assert allergies.text() == f"⚠ Allergies: {ALLERGIES_NOT_FILLED}"
    assert labels["next_appointment"].text() == "—"


def test_the_allergies_come_first_larger_and_framed(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    profile = folder.profile()
    profile.allergies = "<b>Penicillin</b>"
    folder.records.save_profile(profile)
    tab = _tab(ctx, qtbot, tabs)
    line = tab.profile.allergies
    assert line.text() == "⚠ Allergies: <b>Penicillin</b>"  # typed text shown as typed
    assert line.textFormat() is Qt.TextFormat.PlainText
    assert line.font().bold()
    assert line.font().pointSizeF() > tab.profile_labels["patient_name"].font().pointSizeF()
    assert "border" in line.styleSheet()
    # Above every other line of the panel.
    assert all(line.geometry().bottom() < label.geometry().top()
               for key, label in tab.profile_labels.items() if key != "allergies")


@pytest.mark.parametrize("scale", [100, 150])
def test_every_line_of_the_panel_has_the_room_its_words_need(qtbot: QtBot, scale: int) -> None:
    """In the window, on the demo folder, every line wraps and none is cut off (a form layout
    under the allergies line once kept row heights for another width and cut the notes' last
    lines off)."""
    paths = app_paths()
    settings = AppSettings(paths.settings_file)
    settings.set_text_scale(scale)
    window = MainWindow(settings, paths)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert demo_opened(qtbot, window)
    assert window.view is not None
    panel = window.view.overview.profile
    labels = [panel.allergies, *panel.labels.values()]
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width()) > 0
                                for label in labels), timeout=3000)
    window.close()


def test_a_last_day_before_the_start_keeps_the_form_open(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    tab = _tab(ctx, qtbot, tabs)
    dialog = tab.edit_profile()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.allergies, "None known")
    qtbot.keyClicks(dialog.start_date.edit, "10/24/2026")
    qtbot.keyClicks(dialog.planned_end.edit, "10/20/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "before the start date" in dialog.error_label.text()
    assert dialog.allergies.text() == "None known"
    assert folder.profile().allergies == ""
    dialog.reject()
