"""Filing a denial in "File this letter": the appeal deadline the app works out is shown beside
the letter, with its date, where the date came from, the rule's source and "the date on your
letter comes first; confirm with the plan"; Undo takes it back."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from pytestqt.qtbot import QtBot

from infusion_desk.core.appeal_rules import LETTER_FIRST
from infusion_desk.core.deadlines import DateSource, DeadlinePurpose
from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.filing.dialog import FileLetterDialog
from infusion_desk.ui.filing.letter_form import LetterForm
from tests.ui.deadline_helpers import add_plan
from tests.ui.document_drops import letter_pdf, store_document

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

DENIAL = ["Silverpine Health Plans", "November 20, 2026", "Member ID: SPX-4471-0923",
          "Dear Walter Brennan,",
          "Your request for coverage of ceftriaxone home infusion has been denied.",
          "You may ask for a reconsideration."]
UNCLEAR = ["Silverpine Health Plans", "November 20, 2026", "About your request.",
           "Please see the enclosed notice."]


def _form(ctx: FolderContext, folder: Folder, qtbot: QtBot, lines: Sequence[str]
          ) -> tuple[FileLetterDialog, LetterForm, int]:
    add_plan(folder)
    letter = store_document(folder, letter_pdf([lines]), "Scan0007.pdf")
    assert letter.id is not None
    dialog = FileLetterDialog(ctx, [letter.id])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=10000)  # read in a job
    assert dialog.form is not None
    return dialog, dialog.form, letter.id


def test_a_denial_filed_shows_its_appeal_deadline_with_the_rules_source(
        ctx: FolderContext, folder: Folder, qtbot: QtBot) -> None:
    dialog, form, letter_id = _form(ctx, folder, qtbot, DENIAL)
    assert form.kind_combo.currentData() == LetterKind.DENIAL.value
    assert not form.deadline_note.isVisibleTo(form)  # nothing is stored before her click

    form.details_action.button.click()

    [deadline] = folder.deadlines.linked_to(document_id=letter_id)
    assert (deadline.purpose, deadline.source) == (DeadlinePurpose.APPEAL, DateSource.RULE)
    note = form.deadline_note
    assert note.isVisibleTo(form)
    words = note.words.text()
    assert words.startswith("Appeal by ")
    assert f"{deadline.due_on:%b} {deadline.due_on.day}, {deadline.due_on.year}" in words
    assert "Where the date comes from: Worked out from the rules (42 CFR" in words
    assert "Source: " in words and "https://" in words
    assert words.endswith(LETTER_FIRST)
    assert "Source: " in form.details_action.result.text()  # the service's own words, too

    form.details_action.undo_button.click()
    assert folder.deadlines.all() == []
    assert not note.isVisibleTo(form)
    dialog.close()


def test_the_kind_she_chooses_decides_whether_an_appeal_clock_starts(
        ctx: FolderContext, folder: Folder, qtbot: QtBot) -> None:
    dialog, form, letter_id = _form(ctx, folder, qtbot, UNCLEAR)
    assert form.kind_combo.currentData() != LetterKind.DENIAL.value
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(LetterKind.DENIAL.value))
    form.title_edit.setText("Denial from Silverpine")

    form.details_action.button.click()

    [deadline] = folder.deadlines.linked_to(document_id=letter_id)
    assert deadline.purpose is DeadlinePurpose.APPEAL
    assert form.deadline_note.isVisibleTo(form)
    dialog.close()
