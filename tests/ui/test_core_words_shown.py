"""The words the core keeps in English (stored or compared so) are shown in her language: a step's
explanation and subtitle, a deadline's "what to do", "the date on your letter comes first", the
essentials' captions on paper, a document's reading note and why a folder is read-only."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pypdfium2
import pytest

from infusion_desk.core import coverage, essentials
from infusion_desk.core.appeal_rules import NoticeKind, letter_first
from infusion_desk.core.deadlines import (
    Deadline,
    DeadlinePurpose,
    propose_appeal_deadline,
    to_do_words,
)
from infusion_desk.core.document_names import note_words
from infusion_desk.core.meeting import Audience, Meeting
from infusion_desk.core.records import Document, PlanType, Step, StepKind
from infusion_desk.demo import write_demo_folder
from infusion_desk.documents.prepare import NOTE_PDF_PASSWORD
from infusion_desk.reports.calendar_file import calendar_file
from infusion_desk.reports.data import gather_packet_data, gather_summary_data
from infusion_desk.reports.packet import build_packet
from infusion_desk.reports.summary import build_summary
from infusion_desk.services.folder import Folder
from infusion_desk.storage import opening
from infusion_desk.ui.deadlines.deadline_text import to_do_line
from infusion_desk.ui.documents.document_details import DocumentDetails
from infusion_desk.ui.widgets.step_words import SUBTITLE, help_mark, step_lines, step_tooltip

TODAY = date(2026, 11, 27)


@pytest.fixture
def in_spanish(spanish: None) -> None:
    # The words must really differ, or the checks below would prove nothing.
    assert coverage.step_subtitle(StepKind.APPEAL) != coverage.STEP_SUBTITLES[StepKind.APPEAL]
    assert letter_first() != "The date on your letter comes first; confirm with the plan."


def _appeal_deadline() -> Deadline:
    proposal = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.MEDICARE_ADVANTAGE,
                                       notice_date=date(2026, 11, 2), title="Apelar",
                                       concerns="Silverpine", document_id=12)
    assert proposal.deadline is not None
    return proposal.deadline


def test_a_steps_words_are_in_her_language(in_spanish: None, qtbot: object) -> None:
    step = Step(kind=StepKind.PRIOR_AUTHORIZATION, title="Autorización previa — ertapenem")
    lines = {look: text for text, look in step_lines(step, False, TODAY)}
    assert lines[SUBTITLE] == coverage.step_subtitle(StepKind.PRIOR_AUTHORIZATION)
    assert coverage.STEP_SUBTITLES[StepKind.PRIOR_AUTHORIZATION] not in lines.values()
    explanation = coverage.step_explanation(StepKind.PRIOR_AUTHORIZATION)
    assert explanation in step_tooltip(step)
    assert coverage.STEP_EXPLANATIONS[StepKind.PRIOR_AUTHORIZATION] not in step_tooltip(step)
    mark = help_mark(step, None)  # type: ignore[arg-type]
    assert explanation in mark.accessibleDescription() + mark.toolTip()


def test_a_deadlines_to_do_and_calendar_are_in_her_language(in_spanish: None) -> None:
    deadline = _appeal_deadline()
    blank = Deadline(deadline.purpose, deadline.due_on, deadline.source, deadline.title,
                           rule_key=deadline.rule_key, document_id=12)
    assert to_do_words(DeadlinePurpose.APPEAL) in to_do_line(blank)
    ics = calendar_file([blank], folder_key="f", stamp=datetime(2026, 12, 6, 15, 30, tzinfo=UTC),
                        today=TODAY)
    event = next(c for c in icalendar.Calendar.from_ical(ics).walk("VEVENT"))
    description = str(event.get("description"))
    assert to_do_words(DeadlinePurpose.APPEAL) in description
    assert letter_first() in description
    assert "Send the appeal" not in description
    assert "comes first" not in description


def _pdf_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split())
                        for page in document)
    finally:
        document.close()


def test_the_printouts_captions_and_letter_first_are_in_her_language(
        in_spanish: None, tmp_path: Path) -> None:
    folder = write_demo_folder(tmp_path / "demo.infusiondesk", today=TODAY)
    try:
        packet = _pdf_text(build_packet(gather_packet_data(folder, TODAY), with_documents=False))
        summary = _pdf_text(build_summary(gather_summary_data(folder, TODAY),
                                          meeting=Meeting(Audience.ALL)))
    finally:
        folder.close()
    english = (essentials.DIAGNOSIS_CAPTION, essentials.ALLERGIES_CAPTION,
               essentials.PLANNED_END_CAPTION, essentials.NEXT_APPOINTMENT_CAPTION)
    for caption in english:
        assert caption not in packet
        assert caption not in summary
    assert essentials.caption_words(essentials.DIAGNOSIS_CAPTION) in packet
    assert essentials.caption_words(essentials.DIAGNOSIS_CAPTION) in summary
    assert "comes first; confirm with the plan" not in summary + packet
    assert letter_first() in summary  # the demo's denial carries its appeal deadline


def test_a_documents_reading_note_is_in_her_language(in_spanish: None, qtbot: object) -> None:
    details = DocumentDetails()
    document = Document(title="Carta", media_type="application/pdf", read_note=NOTE_PDF_PASSWORD)
    shown = details.text_source_line(document)
    assert shown == note_words(NOTE_PDF_PASSWORD) != NOTE_PDF_PASSWORD
    details.deleteLater()


def test_a_read_only_reason_is_said_in_the_language_in_place_now(
        in_spanish: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window made again in another language says why the folder is read-only in that one."""
    from infusion_desk.ui import language

    path = tmp_path / "demo.infusiondesk"
    write_demo_folder(path, today=TODAY).close()
    real = os.access

    def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(target)) == path:
            return False
        return real(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(opening.os, "access", access)
    with Folder.open(path) as folder:
        assert folder.read_only
        assert folder.read_only_reason == opening.reason_words(opening.FILE_READ_ONLY)
        assert folder.read_only_reason != opening.FILE_READ_ONLY
        language.reset()
        assert folder.read_only_reason == opening.FILE_READ_ONLY
