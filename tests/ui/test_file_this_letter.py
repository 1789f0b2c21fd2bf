""""File this letter", driven as a person would: a letter dropped or chosen, its picture beside
the form filled in from what it says, one click per action, and Undo."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.core.records import Plan, Step, StepKind, StepStatus
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.filing.dialog import FileLetterDialog
from infusion_desk.ui.filing.letter_form import LetterForm, note_of
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.ui.conftest import TODAY
from tests.ui.document_drops import documents_tab, letter_pdf, store_document

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

APPROVAL = [
    "Silverpine Health Plans",
    "Pharmacy Coverage Determinations, P.O. Box 4471, Harlow Springs, OH 43996",
    "",
    "Prior authorization approval",
    "Date of this notice: November 20, 2026",
    "Member ID: SPX-4471-0923",
    "Authorization number: PA-2026-011903",
    "Drug: Ertapenem 1 g vial for IV infusion",
    "Approved from: 11/20/2026",
    "Approved through: 02/18/2027",
    "Quantity approved: 42 doses",
    "Your request has been approved.",
]
RFI = [
    "Silverpine Health Plans",
    "Date of this notice: October 16, 2026",
    "Case number: CD-2026-48812",
    "Request for additional information",
    "To review the request, we need the following from the prescriber:",
    "1. The infectious disease consultation note.",
    "2. The culture results with susceptibilities.",
    "Please fax them by October 30, 2026.",
]


def _plan_and_step(folder: Folder) -> tuple[int, int]:
    plan = folder.records.add(Plan(payer="Silverpine Health Plans",
                                   member_id="SPX-4471-0923")).value
    step = folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, plan_id=plan.id,
                                   status=StepStatus.WAITING)).value
    assert plan.id is not None and step.id is not None
    return plan.id, step.id


def _letter(folder: Folder, lines: Sequence[str], name: str) -> int:
    document = store_document(folder, letter_pdf([lines]), name)
    assert document.id is not None
    return document.id


def _opened(tab: DocumentsTab, qtbot: QtBot) -> FileLetterDialog:
    qtbot.waitUntil(lambda: bool(tab.findChildren(FileLetterDialog)), timeout=10000)
    dialog = tab.findChildren(FileLetterDialog)[0]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _form(dialog: FileLetterDialog, qtbot: QtBot) -> LetterForm:
    """The form, once the letter has been read (in a job, never on the window's thread)."""
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=10000)
    assert dialog.form is not None
    return dialog.form


def test_a_dropped_approval_is_filed_on_the_prior_authorization_step_and_undone(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot,
        tmp_path: Path) -> None:
    plan_id, step_id = _plan_and_step(folder)
    path = tmp_path / "2026-11-21 Scan0001.pdf"
    path.write_bytes(letter_pdf([APPROVAL]))
    tab = documents_tab(ctx, qtbot, tabs)

    with qtbot.waitSignal(tab.queue.batch_finished, timeout=20000):
        tab.import_files([path])
    dialog = _opened(tab, qtbot)
    # The dropped PDF is opened in the background: the form fills in once its words are in.
    qtbot.waitUntil(lambda: dialog.form is not None
                    and dialog.form.kind_combo.currentData() == LetterKind.APPROVAL.value,
                    timeout=10000)
    form = _form(dialog, qtbot)

    # The picture beside the form, never under it.
    assert dialog.preview.isVisible() and form.isVisible()
    assert dialog.preview.geometry().right() < dialog.form_area.geometry().left()
    assert form.kind_combo.currentData() == LetterKind.APPROVAL.value
    assert form.kind_combo.currentText() == "Approval"
    assert form.sender_edit.text() == "Silverpine Health Plans"
    assert form.facts.sender_plan_id == plan_id
    assert form.date_field.value() == date(2026, 11, 20)  # the letter's, not the file name's
    assert form.number_edit.text() == "PA-2026-011903"
    assert form.from_field.value() == date(2026, 11, 20)
    assert form.to_field.value() == date(2027, 2, 18)
    assert form.quantity_edit.text() == "42 doses"
    assert form.step_combo.currentData() == step_id
    note = note_of(form.number_edit)
    assert note is not None and note.text() == "read from the letter"
    assert "Authorization number: PA-2026-011903" in note.toolTip()
    assert "Member ID on the letter: SPX-4471-0923" in form.facts_label.text()
    assert "The approval ends on Thu, Feb 18, 2027" in form.facts_label.text()
    assert not form.request_box.isVisibleTo(form)  # an approval asks for nothing
    assert folder.get(Step, step_id).reference_number == ""  # nothing applied without a click

    form.step_action.button.click()

    step = folder.get(Step, step_id)
    assert (step.reference_number, step.approved_from, step.approved_to) == (
        "PA-2026-011903", date(2026, 11, 20), date(2027, 2, 18))
    assert step.status is StepStatus.APPROVED and step.approved_quantity == "42 doses"
    assert form.step_action.result.text().startswith("✓ Updated the step")
    assert form.step_action.undo_button.isVisible()

    form.step_action.undo_button.click()

    step = folder.get(Step, step_id)
    assert (step.reference_number, step.approved_from, step.status) == (
        "", None, StepStatus.WAITING)
    assert form.step_action.result.text().startswith("Taken back")
    dialog.close()


def test_a_request_for_information_adds_a_request_due_when_the_letter_says(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    _plan_and_step(folder)
    letter = _letter(folder, RFI, "Scan0002.pdf")
    tab = documents_tab(ctx, qtbot, tabs)
    tab.show_record(letter)
    assert tab.details.file_button.isEnabled()

    tab.details.file_button.click()
    dialog = _opened(tab, qtbot)
    form = _form(dialog, qtbot)

    assert form.kind_combo.currentData() == LetterKind.REQUEST_FOR_INFORMATION.value
    assert form.headline.text() == ("This letter asks for something to be sent, "
                                    "from the prescriber.")
    assert form.request_box.isVisibleTo(form)
    assert form.what_edit.toPlainText() == ("• The infectious disease consultation note\n"
                                            "• The culture results with susceptibilities")
    assert form.due_field.value() == date(2026, 10, 30)
    assert form.asked_by_edit.text() == "Silverpine Health Plans"
    assert not form.step_box.isVisibleTo(form)  # folded away under "Also:"

    form.request_action.button.click()

    [request] = folder.requests()
    assert request.what == ("The infectious disease consultation note; "
                            "The culture results with susceptibilities")
    assert (request.due_on, request.requested_on) == (date(2026, 10, 30), date(2026, 10, 16))
    assert request.requested_by == "Silverpine Health Plans"
    assert ctx.undo_stack.canUndo()
    ctx.undo_stack.undo()
    assert folder.requests() == []
    dialog.close()


def test_the_letters_details_and_a_question_each_take_one_click(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    _plan_and_step(folder)
    letter = _letter(folder, RFI, "Scan0003.pdf")
    tab = documents_tab(ctx, qtbot, tabs)
    dialog = tab.file_letters([letter])
    assert dialog is not None
    form = _form(dialog, qtbot)
    form.title_edit.setText("Silverpine asks for notes")
    form.details_action.button.click()
    stored = folder.documents()[0]
    assert (stored.title, stored.sender, stored.document_date) == (
        "Silverpine asks for notes", "Silverpine Health Plans", date(2026, 10, 16))

    form.more_buttons[form.question_box].click()
    assert form.question_box.isVisibleTo(form)
    form.question_edit.setText("Did you get the fax?")
    form.question_action.button.click()
    assert [q.text for q in folder.questions()] == ["Did you get the fax?"]

    form.question_edit.setText("")
    form.question_action.button.click()  # nothing to add: said beside the button, nothing stored
    assert form.question_action.result.text().startswith("⚠ ")
    assert len(folder.questions()) == 1
    dialog.close()


def test_a_scan_with_no_text_yet_says_so_and_fills_nothing(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    from tests.ui.document_drops import png

    document = store_document(folder, png(), "IMG 4471.png")
    assert document.id is not None
    tab = documents_tab(ctx, qtbot, tabs)
    dialog = tab.file_letters([document.id])
    assert dialog is not None
    form = _form(dialog, qtbot)
    assert form.intro.text().startswith("No text has been read from this letter yet")
    assert form.number_edit.text() == "" and form.facts.kind is LetterKind.OTHER
    assert note_of(form.number_edit) is not None
    assert not note_of(form.number_edit).isVisibleTo(form)  # type: ignore[union-attr]
    dialog.close()


def test_in_a_read_only_folder_nothing_can_be_filed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path) as folder:
        _plan_and_step(folder)
        letter = _letter(folder, APPROVAL, "Scan0001.pdf")
    with Folder.open(path, read_only=True) as folder:
        ctx = FolderContext(folder, clock=lambda: TODAY)
        dialog = FileLetterDialog(ctx, [letter])
        qtbot.addWidget(dialog)
        dialog.show()
        form = _form(dialog, qtbot)
        assert form.number_edit.text() == "PA-2026-011903"  # she can still read what it says
        for action in form.actions_list():
            assert not action.button.isEnabled()
        assert "reading only" in form.read_only_note.text()
        dialog.close()
        ctx.close()


SUPPLIES_DENIAL = [
    "Silverpine Health Plans", "November 24, 2026", "Member ID: SPX-4471-0923",
    "Dear Walter Brennan,",
    "Your request for coverage of home infusion supplies (tubing, flushes, dressing kits)",
    "has been denied. The drug itself remains approved.",
    "You may appeal within 60 days of the date of this notice.",
]


def test_a_denial_that_names_no_step_does_not_offer_to_mark_the_approval_denied(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    _plan_and_step(folder)
    letter = _letter(folder, SUPPLIES_DENIAL, "Scan0009.pdf")
    tab = documents_tab(ctx, qtbot, tabs)
    dialog = tab.file_letters([letter])
    form = _form(dialog, qtbot)
    assert form.kind_combo.currentData() == LetterKind.DENIAL.value
    assert form.headline.text().startswith("⚠")
    # The medicine's approval step is folded away under "Also", not offered first.
    assert not form.step_box.isVisibleTo(form)
    assert form.question_box.isVisibleTo(form)
    assert "Date to watch, from the letter: " in form.facts_label.text()
    dialog.close()
