"""An edit kept while the server was away, saved once it is back, finds that someone else saved
the same call meanwhile: the conflict view shows both, as for any save, and she chooses. (Two
Folder objects on one file stand for two members; the server's absence is a stand-in.)"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from two_writers import second_writer

from infusion_desk.core.errors import ServerUnreachableError
from infusion_desk.core.records import Call
from infusion_desk.services import Folder
from infusion_desk.services.changes import Done
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.conflict_dialog import ConflictDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


@pytest.fixture
def theirs(folder: Folder) -> Iterator[Folder]:
    with second_writer(folder.path) as other:
        yield other


@pytest.mark.parametrize("choice", ["save_these", "keep_theirs"])
def test_a_kept_edit_that_meets_someone_elses_goes_to_the_conflict_view(
        ctx: FolderContext, theirs: Folder, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        choice: str) -> None:
    folder = ctx.folder
    call = folder.records.add(Call(called_at=datetime(2026, 11, 20, 14, 5),
                                   organization="Silverpine", reference_number="1-88")).value
    assert call.id is not None
    away = [True]
    real_update = folder.records.update

    def update(record: Any) -> Done[Any]:
        if away[0]:
            raise ServerUnreachableError("db.example.org")
        return real_update(record)

    monkeypatch.setattr(folder.records, "update", update)
    shown: list[ConflictDialog] = []

    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(getattr(dialog, choice), Qt.MouseButton.LeftButton)
        dialog.hide()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)

    assert ctx.update(call, replace(call, reference_number="MINE"), "the call") is None
    assert ctx.outbox.waiting == 1
    their_call = theirs.get(Call, call.id)
    theirs.records.update(replace(their_call, reference_number="THEIRS"))
    away[0] = False
    ctx.outbox.try_now()
    qtbot.waitUntil(lambda: ctx.outbox.waiting == 0 and bool(shown), timeout=5000)
    stored = theirs.get(Call, call.id).reference_number
    if choice == "save_these":
        qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
        assert theirs.get(Call, call.id).reference_number == "MINE"
    else:
        assert stored == "THEIRS" and ctx.undo_stack.count() == 0
