""""File this letter" and another member's save (issue 17): her own clicks in a row never meet
each other, while a save of the letter by someone else while the form is open is shown side by
side when she saves the form. Two Folder objects on one file stand for two members."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from two_writers import second_writer

from infusion_desk.core.records import Document, Step
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.conflict_dialog import ConflictDialog
from infusion_desk.ui.filing.dialog import FileLetterDialog
from infusion_desk.ui.filing.letter_form import LetterForm
from tests.ui.document_drops import documents_tab
from tests.ui.test_file_this_letter import APPROVAL, _letter, _plan_and_step

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

Answer = Callable[[ConflictDialog], None]


@pytest.fixture
def theirs(folder: Folder) -> Iterator[Folder]:
    """The other member, on the same folder."""
    assert folder.path is not None
    with second_writer(folder.path) as other:
        yield other


@dataclass
class Scene:
    """Her window's context on the folder, and the other member's Folder."""

    ctx: FolderContext
    folder: Folder
    theirs: Folder
    tabs: list[QWidget]


@pytest.fixture
def scene(ctx: FolderContext, folder: Folder, theirs: Folder, tabs: list[QWidget]) -> Scene:
    return Scene(ctx, folder, theirs, tabs)


@pytest.fixture
def conflict_views(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[Answer]:
    """The conflict view, shown for real; each time it opens the next answer acts on it."""
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


def _open_form(ctx: FolderContext, letter: int, qtbot: QtBot, tabs: list[QWidget]
               ) -> tuple[FileLetterDialog, LetterForm]:
    tab = documents_tab(ctx, qtbot, tabs)
    tab.show_record(letter)
    tab.details.file_button.click()
    qtbot.waitUntil(lambda: bool(tab.findChildren(FileLetterDialog)), timeout=10000)
    dialog = tab.findChildren(FileLetterDialog)[0]
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=10000)
    assert dialog.form is not None
    return dialog, dialog.form


def test_her_clicks_in_a_row_then_their_save_goes_to_the_conflict_view(
        scene: Scene, qtbot: QtBot, conflict_views: list[Answer]) -> None:
    ctx, folder, theirs, tabs = scene.ctx, scene.folder, scene.theirs, scene.tabs
    _plan_id, step_id = _plan_and_step(folder)
    letter = _letter(folder, APPROVAL, "Scan0001.pdf")
    dialog, form = _open_form(ctx, letter, qtbot, tabs)
    assert form.step_combo.currentData() == step_id

    # Her own clicks, one after the other: the letter moves to the step, then its details are
    # saved, then the step again: none meets the one before (no conflict view: it would fail).
    form.step_action.button.click()
    assert form.step_action.result.text().startswith("✓")
    form.details_action.button.click()
    assert form.details_action.result.text().startswith("✓")
    form.quantity_edit.setText("40 doses")
    form.step_action.button.click()
    assert folder.get(Step, step_id).approved_quantity == "40 doses"

    # Meanwhile the other member renames the letter; she saves the form with her title.
    theirs.records.update(replace(theirs.get(Document, letter), title="Their title"))
    seen: list[dict[str, tuple[str, str]]] = []

    def look_then_save_these(view: ConflictDialog) -> None:
        seen.append({label.text(): (their.text(), mine.text())
                     for _mark, label, their, mine in view.cells})
        qtbot.mouseClick(view.save_these, Qt.MouseButton.LeftButton)

    conflict_views.append(look_then_save_these)
    form.title_edit.setText("My title")
    form.details_action.button.click()
    assert conflict_views == []  # it was shown
    assert seen[0]["Title"] == ("Their title", "My title")
    assert folder.get(Document, letter).title == "My title"  # she chose hers
    assert form.details_action.result.text().startswith("✓")

    # Having seen theirs, her next click goes on from there.
    form.title_edit.setText("My title, checked")
    form.details_action.button.click()
    assert theirs.get(Document, letter).title == "My title, checked"
    dialog.close()


def test_keep_theirs_stores_nothing_of_the_form(
        scene: Scene, qtbot: QtBot, conflict_views: list[Answer]) -> None:
    ctx, folder, theirs, tabs = scene.ctx, scene.folder, scene.theirs, scene.tabs
    letter = _letter(folder, APPROVAL, "Scan0001.pdf")
    dialog, form = _open_form(ctx, letter, qtbot, tabs)
    theirs.records.update(replace(theirs.get(Document, letter), title="Their title"))
    conflict_views.append(lambda view: qtbot.mouseClick(view.keep_theirs,
                                                        Qt.MouseButton.LeftButton))
    form.title_edit.setText("My title")
    form.details_action.button.click()
    assert conflict_views == []
    assert folder.get(Document, letter).title == "Their title"
    assert not form.details_action.result.text().startswith("✓")
    dialog.close()


def test_after_her_undo_her_next_click_is_no_conflict(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot,
        conflict_views: list[Answer]) -> None:
    _plan_id, step_id = _plan_and_step(folder)
    letter = _letter(folder, APPROVAL, "Scan0001.pdf")
    dialog, form = _open_form(ctx, letter, qtbot, tabs)
    form.step_action.button.click()
    form.step_action.undo_button.click()  # (puts the step and the letter back: her own)
    form.details_action.button.click()
    form.details_action.undo_button.click()
    form.step_action.button.click()
    form.details_action.button.click()
    assert form.step_action.result.text().startswith("✓")
    assert form.details_action.result.text().startswith("✓")
    assert folder.get(Document, letter).step_id == step_id
    dialog.close()
