"""Folders with deadlines for the deadline tests: a Medicare Advantage plan, a denial letter
filed (its appeal deadline worked out from the rules) and her own deadlines."""

from __future__ import annotations

from datetime import date

from infusion_desk.core.deadlines import DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.core.records import Document, DocumentKind, Plan, PlanType
from infusion_desk.services import Folder

DENIAL = """Silverpine Health Plans
November 20, 2026
Re: Prior authorization PA-77
We have denied your request for coverage of ceftriaxone home infusion.
You may ask for a reconsideration.
"""


def add_plan(folder: Folder) -> None:
    folder.records.add(Plan(payer="Silverpine Health Plans",
                            plan_type=PlanType.MEDICARE_ADVANTAGE))


def store_denial(folder: Folder, text: str = DENIAL) -> Document:
    document = Document(title="Letter", kind=DocumentKind.PA_DECISION,
                        document_date=date(2026, 11, 20), media_type="text/plain")
    stored = folder.records.add_document(document, text.encode(), pages=[text]).value
    assert stored.id is not None
    return stored


def filed_denial(folder: Folder) -> tuple[Document, Deadline]:
    """A denial filed with its details: the appeal deadline comes from the rules."""
    add_plan(folder)
    letter = store_denial(folder)
    assert letter.id is not None
    folder.filing.save_letter_details(
        letter.id, title="Denial from Silverpine", kind=DocumentKind.PA_DECISION,
        document_date=date(2026, 11, 20), sender="Silverpine Health Plans",
        letter_kind=LetterKind.DENIAL)
    [deadline] = folder.deadlines.linked_to(document_id=letter.id)
    return letter, deadline


def typed(folder: Folder, title: str, day: date,
          purpose: DeadlinePurpose = DeadlinePurpose.OTHER) -> Deadline:
    return folder.deadlines.add(Deadline(purpose, day, DateSource.TYPED, title,
                                         concerns="Dr. Okafor's office")).value
