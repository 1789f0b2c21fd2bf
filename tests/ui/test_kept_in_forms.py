"""A change saved in a form while the server is away is kept and the form is done with it, as
after saving: "File this letter"'s button says it is kept (not as a problem) and is off, so the
same change is never kept twice; a record's form closes. Once the server is back it is saved
once, even when the server stored it as the connection dropped. (The server's absence is a
stand-in: tests/ui/test_live_window.py has the real one.)"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from infusion_desk.core.errors import ServerUnreachableError
from infusion_desk.services import Folder
from infusion_desk.services.changes import Done
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.call_sheet import LogCallDialog
from infusion_desk.ui.dialogs.contact_dialogs import ContactDialog
from infusion_desk.ui.filing.dialog import FileLetterDialog
from infusion_desk.ui.filing.letter_form import LetterForm
from tests.ui.document_drops import letter_pdf, store_document

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

KEPT = ("The server cannot be reached. This change is kept and will be saved when it is back.")
RFI = [
    "Silverpine Health Plans",
    "Date of this notice: October 16, 2026",
    "Case number: CD-2026-48812",
    "Request for additional information",
    "To review the request, we need the following from the prescriber:",
    "1. The infectious disease consultation note.",
    "Please fax them by October 30, 2026.",
]


class Away:
    """While ``away``, the wrapped service call fails as a server out of reach does."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.away = True
        real = getattr(owner, name)

        def call(*args: Any, **kwargs: Any) -> Done[Any]:
            if self.away:
                raise ServerUnreachableError("db.example.org")
            return real(*args, **kwargs)  # type: ignore[no-any-return]

        monkeypatch.setattr(owner, name, call)


def _form(ctx: FolderContext, folder: Folder, qtbot: QtBot) -> tuple[FileLetterDialog, LetterForm]:
    document = store_document(folder, letter_pdf([RFI]), "Scan0002.pdf")
    assert document.id is not None
    dialog = FileLetterDialog(ctx, [document.id])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=10000)
    assert dialog.form is not None
    return dialog, dialog.form


def test_a_letters_request_kept_for_the_server_is_kept_once(
        ctx: FolderContext, folder: Folder, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    server = Away(monkeypatch, folder.filing, "add_request_from_letter")
    dialog, form = _form(ctx, folder, qtbot)
    action = form.request_action
    qtbot.mouseClick(action.button, Qt.MouseButton.LeftButton)
    assert action.result.text() == KEPT  # said as kept, not as a problem ("⚠")
    assert not action.button.isEnabled() and not action.undo_button.isVisible()
    assert ctx.outbox.waiting == 1
    qtbot.mouseClick(action.button, Qt.MouseButton.LeftButton)  # pressed again: nothing more
    assert ctx.outbox.waiting == 1

    server.away = False
    ctx.outbox.try_now()
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)  # saved, and undoable as usual
    assert len(folder.requests()) == 1 and ctx.outbox.waiting == 0
    assert dialog.form is form and not action.button.isEnabled()  # not filled in again
    dialog.close()


def test_a_record_form_closes_when_its_change_is_kept(
        ctx: FolderContext, folder: Folder, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tabs: list[QWidget]) -> None:
    server = Away(monkeypatch, folder.records, "add")
    dialog = ContactDialog(ctx)
    tabs.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Dana at Silverpine")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not dialog.error_label.isVisible() and ctx.outbox.waiting == 1
    server.away = False
    ctx.outbox.try_now()
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    assert [c.name for c in folder.contacts()] == ["Dana at Silverpine"]


def test_a_call_the_server_stored_as_the_connection_dropped_is_logged_once(
        ctx: FolderContext, folder: Folder, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tabs: list[QWidget]) -> None:
    """The server stores the call and the connection drops as it answers: the window cannot
    know, so the form closes as kept; tried again, the call is found, not logged a second time,
    and Undo takes it back."""
    real = Session.commit
    dropping = [True]

    def commit(session: Session) -> None:
        real(session)
        if dropping[0]:
            dropping[0] = False
            raise ServerUnreachableError("db.example.org")

    monkeypatch.setattr(Session, "commit", commit)
    dialog = LogCallDialog(ctx)
    tabs.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.organization, "Silverpine Health Plans")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ctx.outbox.waiting == 1 and len(folder.calls()) == 1  # stored, but not known

    ctx.outbox.try_now()
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    assert [c.organization for c in folder.calls()] == ["Silverpine Health Plans"]
    ctx.undo_stack.undo()
    assert folder.calls() == []
