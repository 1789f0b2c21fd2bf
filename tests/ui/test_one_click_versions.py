"""A one-click action on a record someone else changed meanwhile (issue 17): the click acts on
the version the window showed, so it goes to the conflict view instead of silently acting over
their save. Two Folder objects on one file stand for two members."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from two_writers import second_writer

from infusion_desk.core.records import Call
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.conflict_dialog import ConflictDialog
from infusion_desk.ui.tabs.calls import CallsTab
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


@pytest.fixture
def theirs(folder: Folder) -> Iterator[Folder]:
    assert folder.path is not None
    with second_writer(folder.path) as other:
        yield other


@pytest.fixture(params=["keep_theirs", "save_these"])
def told(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
         ) -> tuple[str, list[dict[str, tuple[str, str]]]]:
    """Her answer in the conflict view, shown for real, and what each view showed."""
    answer: str = request.param
    shown: list[dict[str, tuple[str, str]]] = []

    def exec_(view: ConflictDialog) -> int:
        view.show()
        qtbot.waitExposed(view)
        shown.append({label.text(): (their.text(), mine.text())
                      for _mark, label, their, mine in view.cells})
        qtbot.mouseClick(getattr(view, answer), Qt.MouseButton.LeftButton)
        view.hide()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return answer, shown


def test_follow_up_done_on_a_call_changed_meanwhile_shows_both(
        ctx: FolderContext, theirs: Folder, tabs: list[QWidget], qtbot: QtBot,
        told: tuple[str, list[dict[str, tuple[str, str]]]]) -> None:
    answer, shown = told
    call = ctx.folder.records.add(Call(
        called_at=datetime(2026, 11, 20, 14, 5), organization="Silverpine Health Plans",
        person="Janelle", summary="They need the chart notes.",
        follow_up_on=date(2026, 11, 24))).value
    assert call.id is not None
    tab = show_tab(CallsTab(ctx), qtbot, tabs, size=(1300, 700))
    tab.show_record(call.id)
    qtbot.waitUntil(lambda: tab.details.call is not None and tab.details.done_button.isEnabled())
    theirs.records.update(replace(theirs.get(Call, call.id), summary="Sent them already."))

    qtbot.mouseClick(tab.details.done_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1  # told, with both
    stored = theirs.get(Call, call.id)
    assert stored.summary == "Sent them already."  # (their words: hers did not change them)
    assert stored.follow_up_done is (answer == "save_these")
