"""Two edits of one call (issue 17): the second save shows both versions side by side; for each
row that differs she chooses theirs or hers and saves them, or keeps theirs whole. Two Folder
objects on one file stand for two members of a care team."""

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

from infusion_desk.core.dates import format_when
from infusion_desk.core.errors import EditConflictError
from infusion_desk.core.records import Call
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.call_sheet import LogCallDialog
from infusion_desk.ui.dialogs.conflict_dialog import Choice, ConflictDialog, saved_by_words
from infusion_desk.ui.tabs.calls import COL_REFERENCE, CallsTab
from tests.ui.shown_windows import shown_window
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

SHOTS = Path("/tmp/h/shots")
SAVED_AT = datetime(2026, 11, 27, 14, 5)


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


def test_save_these_keeps_her_reference_and_their_outcome(
        scene: Scene, qtbot: QtBot, conflict_views: list[Answer]) -> None:
    seen: list[list[tuple[str, str, str, str]]] = []
    heads: list[list[str]] = []
    first: list[dict[str, tuple[bool, bool]]] = []

    def look_then_save_these(dialog: ConflictDialog) -> None:
        seen.append([(a.text(), b.text(), c.text(), d.text()) for a, b, c, d in dialog.cells])
        heads.append([label.text() for label in dialog.headers])
        first.append({name: (theirs.isChecked(), yours.isChecked())
                      for name, (theirs, yours) in dialog.choosers.items()})
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "conflict2.png"))
        _click("save_these", qtbot)(dialog)

    conflict_views.append(look_then_save_these)
    dialog = _edit_reference_meanwhile(scene, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert conflict_views == []  # it was shown
    rows = {label: (mark, their, mine) for mark, label, their, mine in seen[0]}
    assert rows["Reference number"] == ("Different", "1-88-THEIRS", "1-88213-4410")
    assert rows["Outcome"] == ("Different", "Fax sent to Dr. Okafor", "(empty)")
    assert rows["Spoke with"] == ("Same", "Janelle", "Janelle")
    # (a folder file keeps no log of who: another window or program)
    assert heads[0][2:] == ["Saved by someone else", "Yours (not saved yet)"]
    # Hers where she wrote something, theirs where hers is empty; a choice only where they differ
    assert first[0] == {"reference_number": (False, True), "outcome": (True, False)}
    stored = scene.theirs.get(Call, scene.call_id)
    assert (stored.reference_number, stored.outcome, stored.version) == (
        "1-88213-4410", "Fax sent to Dr. Okafor", 3)
    tab = scene.tabs[-1]
    assert isinstance(tab, CallsTab)
    qtbot.waitUntil(lambda: tab.model.index(0, COL_REFERENCE).data() == "1-88213-4410")
    scene.ctx.undo_stack.undo()  # undo puts back what she wrote over: theirs
    undone = scene.folder.get(Call, scene.call_id)
    assert (undone.reference_number, undone.outcome) == ("1-88-THEIRS", "Fax sent to Dr. Okafor")


def test_each_row_is_her_choice(
        scene: Scene, qtbot: QtBot, conflict_views: list[Answer]) -> None:
    def choose_the_other_way_then_save(dialog: ConflictDialog) -> None:
        their_reference = dialog.choosers["reference_number"][0]
        my_outcome = dialog.choosers["outcome"][1]
        for button in (their_reference, my_outcome):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.take_theirs() == {"reference_number"}
        _click("save_these", qtbot)(dialog)

    conflict_views.append(choose_the_other_way_then_save)
    dialog = _edit_reference_meanwhile(scene, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert conflict_views == []
    stored = scene.theirs.get(Call, scene.call_id)
    assert (stored.reference_number, stored.outcome, stored.person, stored.version) == (
        "1-88-THEIRS", "", "Janelle", 3)


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
    second: list[dict[str, str]] = []

    def another_save_then_save_these(dialog: ConflictDialog) -> None:
        scene.theirs.records.update(Call(**{**vars(scene.theirs.get(Call, scene.call_id)),
                                            "summary": "Third"}))
        _click("save_these", qtbot)(dialog)

    def look_then_save_these(dialog: ConflictDialog) -> None:
        second.append({b.text(): a.text() for a, b, _c, _d in dialog.cells})
        _click("save_these", qtbot)(dialog)

    conflict_views.extend([another_save_then_save_these, look_then_save_these])
    dialog = _edit_reference_meanwhile(scene, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert conflict_views == []  # shown twice
    # The second view shows hers as she chose it the first time (their outcome taken)
    assert second[0]["Outcome"] == "Same" and second[0]["What was said"] == "Different"
    stored = scene.folder.get(Call, scene.call_id)
    assert (stored.reference_number, stored.summary, stored.outcome, stored.version) == (
        "1-88213-4410", "They need the chart notes.", "Fax sent to Dr. Okafor", 4)


def _conflict() -> EditConflictError:
    mine = Call(called_at=datetime(2026, 11, 20, 14, 5), organization="Silverpine Health Plans",
                person="Janelle", reference_number="1-88213-4410", id=7, version=1,
                summary="They need the chart notes and the signed order. " * 3)
    return EditConflictError(mine, Call(**{**vars(mine), "reference_number": "1-88-THEIRS",
                                           "outcome": "Fax sent", "version": 2}))


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_the_conflict_view_is_named_big_enough_and_fits(qtbot: QtBot, scale: int) -> None:
    at_text_scale(scale)
    dialog = ConflictDialog(_conflict(), saved_by=saved_by_words("dana", SAVED_AT))
    qtbot.addWidget(dialog)
    on_screen(dialog)
    qtbot.waitExposed(dialog)
    assert unnamed_interactive(dialog) == []
    assert small_targets(dialog) == []
    assert too_big_for_screen(dialog) == []
    assert scrolls_sideways(dialog) == []
    assert english_left(dialog) != []  # (the check sees its words: English here)
    letters = [b.text().split("&")[1][0].lower() for b in (dialog.save_these, dialog.keep_theirs)]
    assert len(set(letters)) == 2
    assert [label.text() for label in dialog.headers[2:]] == [
        f"Saved by dana at {format_when(SAVED_AT)}", "Yours (not saved yet)"]
    for button in (dialog.save_these, dialog.keep_theirs):
        assert not button.autoDefault()  # Enter does not choose for her
    QApplication.processEvents()


def test_the_conflict_view_in_spanish_has_no_english_left(
        qtbot: QtBot, spanish: None) -> None:
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    on_screen(dialog)
    allowed = ["Silverpine Health Plans", "Janelle", "1-88213-4410", "1-88-THEIRS", "Fax sent",
               "They need the chart notes and the signed order."]
    assert english_left(dialog, allow=allowed) == []


@pytest.mark.parametrize(("keys", "chosen"), [
    ((Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier), Choice.SAVE),
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
        assert not dialog.save_these.isDown() and not dialog.keep_theirs.isDown()  # none pressed
        assert dialog.choice is Choice.NEITHER
        assert dialog.isVisible() is (keys[0] == Qt.Key.Key_Return)
    else:  # (a button's letter presses it for a moment, as a click would)
        qtbot.waitUntil(lambda: dialog.choice is chosen)
        qtbot.waitUntil(lambda: not dialog.isVisible())
