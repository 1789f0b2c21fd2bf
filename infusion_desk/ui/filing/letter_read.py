"""What a letter says, read for "File this letter" off the window's thread.

A PDF's own words are kept only in the PDF (revision 0005): reading them goes through the
folder's PDF worker (its first read in a folder starts the worker, about 0.3 s), so it is a job
in the ``TEXT`` lane, never a call on the window's thread. Meanwhile the form's place says that
the letter is being read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.core.letter_facts import LetterFacts
from infusion_desk.core.letter_reading import read_letter
from infusion_desk.core.records import Document
from infusion_desk.ui.jobs import Progress
from infusion_desk.ui.widgets.forms import plain_label

if TYPE_CHECKING:
    from infusion_desk.services import Folder


@dataclass(frozen=True)
class LetterRead:
    """A letter's text and what was read from it."""

    document: Document
    text: str
    facts: LetterFacts


def read_for_filing(folder: Folder, document: Document, today: date, progress: Progress, *,
                    only_with_text: bool = False) -> LetterRead | None:
    """The job: the letter's pages' text (read again from its PDF) and its facts. With
    ``only_with_text``, None when it still has no text (the form stays as it is)."""
    assert document.id is not None
    text = "\n".join(folder.page_texts(document.id))
    progress.check()
    if only_with_text and not text.strip():
        return None
    facts = read_letter(text, plans=folder.plans(), contacts=folder.contacts(),
                        file_name=document.original_name, today=today)
    return LetterRead(document, text, facts)


def reading_note(parent: QWidget | None = None) -> QLabel:
    """What the form's place says while the letter is read."""
    label = plain_label(translate("FileLetterDialog", "Reading the letter…"),
                        parent)
    label.setAccessibleName(translate("FileLetterDialog", "About the letter"))
    label.setMargin(12)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
