"""A form shows a hint only for what was typed wrong (InputError); a ValueError from a bug goes
to the error handler (logged with its traceback), never into the form as if it were advice."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from infusion_desk.core.dates import parse_day
from infusion_desk.core.errors import InputError
from infusion_desk.core.records import Document
from infusion_desk.ui.dialogs.document_dialogs import DocumentDialog

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from infusion_desk.services import Folder
    from infusion_desk.ui.context import FolderContext

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _dialog(ctx: FolderContext, folder: Folder, qtbot: QtBot) -> tuple[DocumentDialog, int]:
    document = folder.records.add_document(Document(title="scan 0001"), b"scan bytes").value
    assert document.id is not None
    dialog = DocumentDialog(ctx, document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, document.id


def test_a_date_typed_wrong_is_a_hint_in_the_form(
        ctx: FolderContext, folder: Folder, qtbot: QtBot) -> None:
    dialog, document_id = _dialog(ctx, folder, qtbot)
    qtbot.keyClicks(dialog.document_date.edit, "13/45/2026")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text() == (
        "Date on the letter: “13/45/2026” is not a date on the calendar.")
    assert folder.get(Document, document_id).document_date is None


def test_a_bug_in_saving_goes_to_the_error_handler_not_into_the_form(
        ctx: FolderContext, folder: Folder, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog, document_id = _dialog(ctx, folder, qtbot)

    def broken(_record: object) -> object:
        raise ValueError("invalid literal for int() with base 10: 'x'")  # a bug, not her typing

    monkeypatch.setattr(folder.records, "update", broken)
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Approval letter")
    with qtbot.capture_exceptions() as caught:  # what reaches sys.excepthook from the slot
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    assert [kind for kind, _value, _tb in caught] == [ValueError]
    assert "invalid literal" in str(caught[0][1])
    assert dialog.error_label.isHidden()
    assert "invalid literal" not in dialog.error_label.text()
    assert folder.get(Document, document_id).title == "scan 0001"


def test_dates_typed_wrong_are_input_errors_and_still_value_errors() -> None:
    with pytest.raises(InputError, match="not a date this field understands"):
        parse_day("next blue moon", date(2026, 11, 27))
    assert issubclass(InputError, ValueError)
