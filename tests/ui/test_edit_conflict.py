"""Two edits of one call (issue 17): the second save shows both versions side by side, and she
keeps hers or theirs. Two Folder objects on one file stand for two members of a care team."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from a11y_checks import (
    TEXT_SCALES,
    at_text_scale,
    english_left,
    on_screen,
    scrolls_sideways,
    small_targets,
    too_big_for_screen,
    unnamed_interactive,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from two_writers import second_writer

from infusion_desk.core.errors import EditConflictError
from infusion_desk.core.records import Call
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.call_sheet import LogCallDialog
from infusion_desk.ui.dialogs.conflict_dialog import Choice, ConflictDialog
from infusion_desk.ui.tabs.calls import COL_REFERENCE, CallsTab
from tests.ui.shown_windows import shown_window
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

SHOTS = Path("/tmp/h/shots")


@pytest.fixture
def theirs(folder: Folder) -> Iterator[Folder]:
    """The other member, on the same folder."""
    with second_writer(folder.path) as other:
        yield other


@pytest.fixture
def call(folder: Folder) -> Call:
    return folder.records.add(Call(
        called_at=datetime(2026, 11, 20, 14, 5), organization="Silverpine Health Plans",
        person="Janelle", reference_number="1-88", summary="They need the chart notes.",
        follow_up_on=date(2026, 11, 24))).value


Answer = Callable[[ConflictDialog], None]


@dataclass
class Scene:
    """Her window's context on the folder, the other member's Folder, and the call."""

    ctx: FolderContext
    theirs: Folder
    call: Call
    tabs: list[QWidget]

    @property
    def folder(self) -> Folder:
        return self.ctx.folder

    @property
    def call_id(self) -> int:
        assert self.call.id is not None
        return self.call.id


@pytest.fixture
def scene(ctx: FolderContext, theirs: Folder, call: Call, tabs: list[QWidget]) -> Scene:
    return Scene(ctx, theirs, call, tabs)


@pytest.fixture
def conflict_views(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[Answer]:
    """The conflict view, shown for real; each time it opens, the next answer acts on it (a
    click as she would make it). Its `exec` is replaced so that the test can act on it."""
    answers: list[Answer] = []

    def exec_(dialog: ConflictDialog) -> int:
        assert answers, "the conflict view opened, but the test expected none"
        dialog.show()
        qtbot.waitExposed(dialog)
        answers.pop(0)(dialog)
        dialog.hide()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return answers


def _click(button_name: str, qtbot: QtBot) -> Answer:
    def answer(dialog: ConflictDialog) -> None:
        qtbot.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)
    return answer


def _edit_reference_meanwhile(scene: Scene, qtbot: QtBot) -> LogCallDialog:
    """She opens the call to edit it; meanwhile the other member saves it; she types a new
    reference number and presses Enter."""
    tab = show_tab(CallsTab(scene.ctx), qtbot, scene.tabs, size=(1300, 700))
    qtbot.mouseClick(tab.details.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown_window(LogCallDialog)
    qtbot.waitExposed(dialog)
    their_call = scene.theirs.get(Call, scene.call_id)
    scene.theirs.records.update(Call(**{**vars(their_call), "outcome": "Fax sent to Dr. Okafor",
                                  "reference_number": "1-88-THEIRS"}))
    dialog.reference.setFocus()
    dialog.reference.selectAll()
    qtbot.keyClicks(dialog.reference, "1-88213-4410")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    return dialog


def test_keep_my_version_stores_mine_over_theirs(
        scene: Scene, qtbot: QtBot, conflict_views: list[Answer]) -> None:
    seen: list[list[tuple[str, str, str, str]]] = []

    def look_then_keep_mine(dialog: ConflictDialog) -> None:
        seen.append([(a.text(), b.text(), c.text(), d.text()) for a, b, c, d in dialog.cells])
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "conflict.png"))
        _click("keep_mine", qtbot)(dialog)

    conflict_views.append(look_then_keep_mine)
    dialog = _edit_reference_meanwhile(scene, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert conflict_views == []  # it was shown
    rows = {label: (mark, their, mine) for mark, label, their, mine in seen[0]}
    assert rows["Reference number"] == ("Different", "1-88-THEIRS", "1-88213-4410")
    assert rows["Outcome"] == ("Different", "Fax sent to Dr. Okafor", "(empty)")
    assert rows["Spoke with"] == ("Same", "Janelle", "Janelle")
    stored = scene.theirs.get(Call, scene.call_id)
    assert (stored.reference_number, stored.outcome, stored.version) == ("1-88213-4410", "", 3)
    tab = scene.tabs[-1]
    assert isinstance(tab, CallsTab)
    qtbot.waitUntil(lambda: tab.model.index(0, COL_REFERENCE).data() == "1-88213-4410")
    scene.ctx.undo_stack.undo()  # undo puts back what she wrote over: theirs
    assert scene.folder.get(Call, scene.call_id).reference_number == "1-88-THEIRS"


def test_keep_their_version_saves_nothing_and_shows_theirs(
        scene: Scene, qtbot: QtBot, conflict_views: list[Answer]) -> None:
    conflict_views.append(_click("keep_theirs", qtbot))
    dialog = _edit_reference_meanwhile(scene, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # her form closed: nothing saved
    stored = scene.folder.get(Call, scene.call_id)
    assert (stored.reference_number, stored.outcome, stored.version) == (
        "1-88-THEIRS", "Fax sent to Dr. Okafor", 2)
    tab = scene.tabs[-1]
    assert isinstance(tab, CallsTab)
    qtbot.waitUntil(lambda: tab.model.index(0, COL_REFERENCE).data() == "1-88-THEIRS")
    assert scene.ctx.undo_stack.count() == 0


def test_a_third_save_in_between_is_shown_again_before_mine_is_kept(
        scene: Scene, qtbot: QtBot, conflict_views: list[Answer]) -> None:
    def another_save_then_keep_mine(dialog: ConflictDialog) -> None:
        scene.theirs.records.update(Call(**{**vars(scene.theirs.get(Call, scene.call_id)),
                                            "summary": "Third"}))
        _click("keep_mine", qtbot)(dialog)

    conflict_views.extend([another_save_then_keep_mine, _click("keep_mine", qtbot)])
    dialog = _edit_reference_meanwhile(scene, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert conflict_views == []  # shown twice
    stored = scene.folder.get(Call, scene.call_id)
    assert (stored.reference_number, stored.summary, stored.version) == (
        "1-88213-4410", "They need the chart notes.", 4)


def _conflict() -> EditConflictError:
    mine = Call(called_at=datetime(2026, 11, 20, 14, 5), organization="Silverpine Health Plans",
                person="Janelle", reference_number="1-88213-4410", id=7, version=1,
                summary="They need the chart notes and the signed order. " * 3)
    return EditConflictError(mine, Call(**{**vars(mine), "reference_number": "1-88-THEIRS",
                                           "outcome": "Fax sent", "version": 2}))


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_the_conflict_view_is_named_big_enough_and_fits(qtbot: QtBot, scale: int) -> None:
    at_text_scale(scale)
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    on_screen(dialog)
    qtbot.waitExposed(dialog)
    assert unnamed_interactive(dialog) == []
    assert small_targets(dialog) == []
    assert too_big_for_screen(dialog) == []
    assert scrolls_sideways(dialog) == []
    assert english_left(dialog) != []  # (the check sees its words: English here)
    letters = [b.text().split("&")[1][0].lower() for b in (dialog.keep_mine, dialog.keep_theirs)]
    assert len(set(letters)) == 2
    for button in (dialog.keep_mine, dialog.keep_theirs):
        assert not button.autoDefault()  # Enter does not choose for her
    QApplication.processEvents()


@pytest.mark.xfail(reason="the lead fills the Spanish words (resources/translations)",
                   strict=True)
def test_the_conflict_view_in_spanish_has_no_english_left(
        qtbot: QtBot, spanish: None) -> None:
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    on_screen(dialog)
    allowed = ["Silverpine Health Plans", "Janelle", "1-88213-4410", "1-88-THEIRS", "Fax sent",
               "They need the chart notes and the signed order."]
    assert english_left(dialog, allow=allowed) == []


@pytest.mark.parametrize(("keys", "chosen"), [
    ((Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier), Choice.MINE),
    ((Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier), Choice.THEIRS),
    ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), Choice.NEITHER),
    ((Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier), Choice.NEITHER),  # never by chance
])
def test_the_conflict_view_by_keyboard(
        qtbot: QtBot, keys: tuple[Qt.Key, Qt.KeyboardModifier], chosen: Choice) -> None:
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, *keys)
    if chosen is Choice.NEITHER:
        QApplication.processEvents()
        assert not dialog.keep_mine.isDown() and not dialog.keep_theirs.isDown()  # none pressed
        assert dialog.choice is Choice.NEITHER
        assert dialog.isVisible() is (keys[0] == Qt.Key.Key_Return)
    else:  # (a button's letter presses it for a moment, as a click would)
        qtbot.waitUntil(lambda: dialog.choice is chosen)
        qtbot.waitUntil(lambda: not dialog.isVisible())
