"""The coverage steps on the Overview: shown once, by their own names, chosen on the track with
the mouse or the keys, and explained by "?" marks that open on click and on the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Request, Step, StepKind, StepStatus
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.profile_dialogs import StepDialog
from infusion_desk.ui.tabs.overview import OverviewTab
from infusion_desk.ui.widgets.help_mark import MIN_TARGET, HelpBox, HelpMark
from infusion_desk.ui.widgets.step_track import StepTrack
from tests.ui.shown_windows import shown_windows
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

TITLES = ("Benefits check by Brightwater (Part D, Medicare, Medigap)",
          "Prior authorization — ertapenem (Silverpine Part D)",
          "Home health plan of care signature")


def _steps(folder: Folder) -> list[Step]:
    kinds = (StepKind.BENEFITS_VERIFICATION, StepKind.PRIOR_AUTHORIZATION,
             StepKind.PROVIDER_COORDINATION)
    statuses = (StepStatus.APPROVED, StepStatus.APPROVED, StepStatus.WAITING)
    made = [folder.records.add(Step(kind=kind, title=title, status=status)).value
            for kind, title, status in zip(kinds, TITLES, statuses, strict=True)]
    made.append(folder.records.add(Step(kind=StepKind.OTHER, title="Who pays for the pole",
                                        status=StepStatus.APPROVED)).value)
    return made


def _dialog_of(tab: OverviewTab) -> StepDialog:
    """The step form this tab opened (a form another test left open is not ours)."""
    [dialog] = [d for d in shown_windows(StepDialog) if d.parent() is tab]
    return dialog


def _open_boxes() -> list[HelpBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, HelpBox) and w.isVisible()]


def test_the_steps_are_shown_once_by_their_own_names(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    steps = _steps(folder)
    tab = show_tab(OverviewTab(ctx), qtbot, tabs)
    track = tab.step_track
    assert [track.column_texts(i)[0] for i in range(3)] == list(TITLES)
    # A side issue that is done is still there to be chosen, under "Done".
    assert track.side_steps() == [steps[3]]
    assert track.side_texts(0)[:2] == ["Who pays for the pole", "Done"]
    # No second view of the same steps: no table, and each name is shown once.
    assert [v for v in tab.findChildren(QAbstractItemView) if v.isVisibleTo(tab)] == []
    shown = [label.text() for label in tab.findChildren(QLabel) if label.isVisibleTo(tab)]
    for title in (*TITLES, "Who pays for the pole"):
        assert shown.count(title) == 1, title
    # At 200 % text every name is still there, whole: no label is shorter than its words.
    font = QApplication.font()
    font.setPointSizeF(max(font.pointSizeF(), 11.0) * 2)
    QApplication.setFont(font)  # as View > Text size does (the view is built again)
    big = show_tab(OverviewTab(ctx), qtbot, tabs)
    assert [big.step_track.column_texts(i)[0] for i in range(3)] == list(TITLES)
    names = [label for label in big.step_track.findChildren(QLabel) if label.text() in TITLES]
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width())
                                for label in names))


def test_a_step_is_chosen_with_the_mouse_or_the_keys_and_changed_with_enter(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    steps = _steps(folder)
    tab = show_tab(OverviewTab(ctx), qtbot, tabs)
    track = tab.step_track
    assert tab.selected_step() is None
    assert not tab.edit_step_button.isEnabled()
    assert tab.chosen_note.text() == "Click a step above to choose it."

    qtbot.mouseClick(track, Qt.MouseButton.LeftButton,
                     pos=track.markers()[0].geometry().center())
    assert tab.selected_step() == steps[0]
    assert tab.edit_step_button.isEnabled() and tab.delete_step_button.isEnabled()
    assert tab.chosen_note.text() == f"Chosen: {TITLES[0]}"
    assert TITLES[0] in track.accessibleName()

    assert tab.focusWidget() is track
    qtbot.keyClick(track, Qt.Key.Key_Right)
    assert tab.selected_step() == steps[1]
    qtbot.keyClick(track, Qt.Key.Key_End)  # the side issue in the box is the last
    assert tab.selected_step() == steps[3]
    qtbot.keyClick(track, Qt.Key.Key_Left)
    assert tab.selected_step() == steps[2]

    qtbot.keyClick(track, Qt.Key.Key_Return)
    dialog = _dialog_of(tab)
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == TITLES[2]  # type: ignore[attr-defined]
    dialog.reject()

    # A double-click opens the step under the pointer for changing.
    centre = track.markers()[1].geometry().center()
    qtbot.mouseDClick(track, Qt.MouseButton.LeftButton, pos=centre)
    dialog = _dialog_of(tab)
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == TITLES[1]  # type: ignore[attr-defined]
    dialog.reject()

    # The choice survives a change to the folder, and goes when the step does.
    folder.records.add(Step(kind=StepKind.APPEAL, title="Appeal"))
    assert tab.selected_step() == steps[1]
    folder.records.trash(Step, steps[1].id or 0)
    assert tab.selected_step() is None
    assert not tab.edit_step_button.isEnabled()


def test_help_marks_open_on_click_and_on_the_keyboard(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    _steps(folder)
    tab = show_tab(OverviewTab(ctx), qtbot, tabs)
    track = tab.step_track
    marks = track.findChildren(HelpMark)
    assert len(marks) == 3  # the side issue is her own: no kind to explain
    mark = marks[1]
    assert mark.accessibleName() == "What “Prior authorization” means"
    assert mark.width() >= MIN_TARGET and mark.height() >= MIN_TARGET

    # A click opens the explanation and does not choose the step.
    with qtbot.assertNotEmitted(track.step_chosen):
        qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    box = mark.help_box()
    assert box is not None and box.isVisible()
    assert "the plan must approve the therapy before it pays for it" in box.text()
    assert _open_boxes() == [box]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: mark.help_box() is None)

    # The keyboard reaches it with Tab from the track, and Enter or Space opens it.
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    track.setFocus()
    qtbot.waitUntil(track.hasFocus)
    qtbot.keyClick(track, Qt.Key.Key_Tab)
    assert marks[0].hasFocus()
    qtbot.keyClick(marks[0], Qt.Key.Key_Tab)
    assert mark.hasFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        qtbot.keyClick(mark, key)
        qtbot.waitUntil(lambda: mark.help_box() is not None)
        opened = mark.help_box()
        assert opened is not None
        assert "Prior authorization" in opened.text()
        opened.close()
        qtbot.waitUntil(lambda: mark.help_box() is None)
    # Hovering still shows the same words.
    assert "the plan must approve" in mark.toolTip()


def test_the_chosen_step_is_brought_into_sight(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    steps = _steps(folder)
    for n in range(1, 7):  # a long Today pushes the steps below the fold
        folder.records.add(Request(what=f"Paper {n}, signed and dated, with a copy of the "
                                        "card, front and back", due_on=date(2026, 11, 1)))
    tab = show_tab(OverviewTab(ctx), qtbot, tabs, size=(420, 200))
    viewport = tab.page_scroll.viewport()
    track = tab.step_track

    def in_sight() -> bool:
        rect = track.chosen_rect()
        return rect is not None and viewport.rect().contains(
            QRect(track.mapTo(viewport, rect.topLeft()), rect.size()))

    qtbot.waitUntil(lambda: track.mapTo(viewport, QPoint(0, 0)).y() > viewport.height())
    assert not track.is_across() and track.height() > viewport.height()  # the box is far down
    for step in (steps[0], steps[3], steps[1]):
        assert tab.show_step(step.id or 0)
        assert tab.selected_step() == step
        qtbot.waitUntil(in_sight)
    assert tab.focusWidget() is tab.step_track
    assert not tab.show_step(9999)
    assert tab.selected_step() == steps[1]


def _whole(labels: list[QLabel]) -> bool:
    """Every label as tall as its wrapped words need: no line cut off."""
    return all(label.height() >= label.heightForWidth(label.width()) for label in labels)


def test_every_word_of_the_track_is_whole_in_each_of_its_shapes(
        tabs: list[QWidget], qtbot: QtBot) -> None:
    steps = [Step(kind=kind, title=title, id=n, status=StepStatus.WAITING,
                  waiting_on="Dr. Okafor's office (Tonya Reyes) to sign and fax back")
             for n, (kind, title) in enumerate(zip(
                 (StepKind.BENEFITS_VERIFICATION, StepKind.PRIOR_AUTHORIZATION,
                  StepKind.PROVIDER_COORDINATION, StepKind.APPEAL, StepKind.REAUTHORIZATION),
                 (*TITLES, "Medicare redetermination — walker claim denied",
                  "Extension past 6 weeks, if Dr. Okafor orders it"), strict=True), start=1)]
    steps.append(Step(kind=StepKind.OTHER, id=9, status=StepStatus.DENIED,
                      title="Who pays for the IV supplies and pole (per diem)"))
    track = StepTrack()
    tabs.append(track)
    track.set_steps(steps, date(2026, 11, 27))
    track.resize(2400, 600)
    track.show()
    qtbot.waitExposed(track)
    shapes = set()
    for width in range(2400, 300, -40):
        track.resize(width, 900)
        QApplication.processEvents()
        shape = (track.is_across(), track.side_is_beside())
        if shape in shapes:
            continue
        shapes.add(shape)
        track.resize(width, track.sizeHint().height())
        QApplication.processEvents()
        labels = [label for label in track.findChildren(QLabel) if label.isVisibleTo(track)]
        assert any(label.text() == steps[-1].title for label in labels)
        qtbot.waitUntil(lambda labels=labels: _whole(labels))  # type: ignore[misc]
    # Beside the line, under it, and down the page: all three were met.
    assert shapes == {(True, True), (True, False), (False, False)}
