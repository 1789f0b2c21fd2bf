"""What a letter says, read from its text by plain rules (offline; no model, no cloud).

``LetterFacts`` is what the reader proposes for "File this letter"; every fact carries where it was
found, so the form can mark it "read from the letter" and she decides. The rules live in
``core.letter_reading``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class LetterKind(enum.StrEnum):
    APPROVAL = "approval"
    DENIAL = "denial"
    REQUEST_FOR_INFORMATION = "request_for_information"
    EXPLANATION_OF_BENEFITS = "explanation_of_benefits"
    MEDICARE_SUMMARY_NOTICE = "medicare_summary_notice"
    BILL = "bill"
    OTHER = "other"


class DateFrom(enum.StrEnum):
    LETTER = "letter"  # printed on the letter
    FILE_NAME = "file_name"  # a guess from the file's name
    NONE = "none"


@dataclass(frozen=True)
class Found:
    """One fact and the words of the letter it came from (shown beside the field)."""

    value: str
    evidence: str = ""


@dataclass(frozen=True)
class Deadline:
    """A date or a window the letter sets ("within 60 days", "by December 15")."""

    words: str  # as the letter says it
    on: date | None = None  # the date, when it can be worked out
    days: int | None = None  # the window, when the letter gives one


@dataclass(frozen=True)
class LetterFacts:
    kind: LetterKind = LetterKind.OTHER
    sender: Found | None = None  # who sent it, as printed
    sender_plan_id: int | None = None  # matched to one of the folder's plans
    sender_contact_id: int | None = None  # or to one of its contacts
    letter_date: date | None = None
    date_from: DateFrom = DateFrom.NONE
    reference_numbers: tuple[Found, ...] = ()  # reference / case / claim numbers
    authorization_number: Found | None = None
    member_id: Found | None = None
    member_plan_id: int | None = None  # the plan whose member ID it is
    approved_from: date | None = None
    approved_to: date | None = None
    approved_quantity: Found | None = None
    drug: Found | None = None
    asks_for: tuple[Found, ...] = ()  # what a request for information asks to be sent
    asked_of: Found | None = None  # who must send it, as printed ("your doctor")
    deadlines: tuple[Deadline, ...] = ()
    # The words the kind, the date and the approved period were read from (for the form's
    # "read from the letter" notes); empty when nothing was read.
    kind_evidence: str = ""
    date_evidence: str = ""
    period_evidence: str = ""
