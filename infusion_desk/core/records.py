"""The records a folder holds, as plain dataclasses.

These are what the service layer hands out and takes in. They carry no database state but two:
an ``id`` of ``None`` means "not stored yet", and ``version`` is the stored version the record
was read at (0: not read from the folder), which a save checks so that two edits of one record
never silently overwrite each other (``core.errors.EditConflictError``); two records that say
the same are equal whatever their versions. Field names match the storage columns one to one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from infusion_desk.core.deadline_record import Deadline
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP
from infusion_desk.core.labelled import UNKNOWN_LABEL, ByMember, LabelledEnum
from infusion_desk.core.ocr import ReadState, TextSource

# LabelledEnum, ByMember and Deadline live in modules of their own and are read from here too.
__all__ = [
    "RECORD_TYPES",
    "UNKNOWN_LABEL",
    "ByMember",
    "Call",
    "CallDirection",
    "Contact",
    "Deadline",
    "Document",
    "DocumentKind",
    "LabelledEnum",
    "Plan",
    "PlanRank",
    "PlanType",
    "Profile",
    "Question",
    "QuestionStatus",
    "Record",
    "RecordKind",
    "Request",
    "RequestState",
    "SendMethod",
    "Step",
    "StepKind",
    "StepStatus",
    "kind_of",
    "kind_of_type",
]


class PlanRank(LabelledEnum):
    PRIMARY = "primary", QT_TRANSLATE_NOOP("PlanRank", "Primary")
    SECONDARY = "secondary", QT_TRANSLATE_NOOP("PlanRank", "Secondary")
    OTHER = "other", QT_TRANSLATE_NOOP("PlanRank", "Other")


class PlanType(LabelledEnum):
    MEDICARE_B = "medicare_b", QT_TRANSLATE_NOOP("PlanType", "Original Medicare (Part B)")
    PART_D = "part_d", QT_TRANSLATE_NOOP("PlanType", "Medicare drug plan (Part D)")
    MEDICARE_ADVANTAGE = "medicare_advantage", QT_TRANSLATE_NOOP("PlanType", "Medicare Advantage")
    MEDICAID = "medicaid", QT_TRANSLATE_NOOP("PlanType", "Medicaid")
    EMPLOYER = "employer", QT_TRANSLATE_NOOP("PlanType", "Employer or commercial plan")
    MARKETPLACE = "marketplace", QT_TRANSLATE_NOOP("PlanType", "Marketplace plan")
    OTHER = "other", QT_TRANSLATE_NOOP("PlanType", "Other")


class StepKind(LabelledEnum):
    BENEFITS_VERIFICATION = "benefits_verification", QT_TRANSLATE_NOOP(
        "StepKind", "Benefits verification")
    PRIOR_AUTHORIZATION = "prior_authorization", QT_TRANSLATE_NOOP(
        "StepKind", "Prior authorization")
    PROVIDER_COORDINATION = "provider_coordination", QT_TRANSLATE_NOOP(
        "StepKind", "Provider coordination")
    REAUTHORIZATION = "reauthorization", QT_TRANSLATE_NOOP("StepKind", "Reauthorization")
    APPEAL = "appeal", QT_TRANSLATE_NOOP("StepKind", "Appeal")
    OTHER = "other", QT_TRANSLATE_NOOP("StepKind", "Other step")


class StepStatus(LabelledEnum):
    NOT_STARTED = "not_started", QT_TRANSLATE_NOOP("StepStatus", "Not started")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP("StepStatus", "In progress")
    WAITING = "waiting", QT_TRANSLATE_NOOP("StepStatus", "Waiting on someone")
    APPROVED = "approved", QT_TRANSLATE_NOOP("StepStatus", "Approved / done")
    DENIED = "denied", QT_TRANSLATE_NOOP("StepStatus", "Denied")


class DocumentKind(LabelledEnum):
    PRESCRIPTION = "prescription", QT_TRANSLATE_NOOP("DocumentKind", "Prescription or referral")
    PLAN_DOCUMENT = "plan_document", QT_TRANSLATE_NOOP(
        "DocumentKind", "Insurance card or plan document")
    PLAN_LETTER = "plan_letter", QT_TRANSLATE_NOOP("DocumentKind", "Letter from the plan")
    EOB = "eob", QT_TRANSLATE_NOOP("DocumentKind", "Explanation of benefits")
    PA_DECISION = "pa_decision", QT_TRANSLATE_NOOP("DocumentKind", "Prior-authorization decision")
    CLINICAL_NOTES = "clinical_notes", QT_TRANSLATE_NOOP("DocumentKind", "Clinical notes")
    EMAIL = "email", QT_TRANSLATE_NOOP("DocumentKind", "Email")
    BILL = "bill", QT_TRANSLATE_NOOP("DocumentKind", "Bill")
    OTHER = "other", QT_TRANSLATE_NOOP("DocumentKind", "Other")


class CallDirection(LabelledEnum):
    OUTGOING = "out", QT_TRANSLATE_NOOP("CallDirection", "We called")
    INCOMING = "in", QT_TRANSLATE_NOOP("CallDirection", "They called")


class QuestionStatus(LabelledEnum):
    OPEN = "open", QT_TRANSLATE_NOOP("QuestionStatus", "Open")
    ANSWERED = "answered", QT_TRANSLATE_NOOP("QuestionStatus", "Answered")
    NOT_NEEDED = "not_needed", QT_TRANSLATE_NOOP("QuestionStatus", "No longer needed")


class SendMethod(LabelledEnum):
    FAX = "fax", QT_TRANSLATE_NOOP("SendMethod", "Fax")
    PORTAL = "portal", QT_TRANSLATE_NOOP("SendMethod", "Online portal")
    MAIL = "mail", QT_TRANSLATE_NOOP("SendMethod", "Mail")
    PHONE = "phone", QT_TRANSLATE_NOOP("SendMethod", "Phone")
    EMAIL = "email", QT_TRANSLATE_NOOP("SendMethod", "Email")
    IN_PERSON = "in_person", QT_TRANSLATE_NOOP("SendMethod", "In person")


class RequestState(LabelledEnum):
    """Derived, never stored: see :func:`infusion_desk.core.rules.request_state`."""

    OPEN = "open", QT_TRANSLATE_NOOP("RequestState", "Open")
    OVERDUE = "overdue", QT_TRANSLATE_NOOP("RequestState", "Overdue")
    SENT = "sent", QT_TRANSLATE_NOOP("RequestState", "Sent")
    CONFIRMED = "confirmed", QT_TRANSLATE_NOOP("RequestState", "Confirmed received")


@dataclass
class Profile:
    """The patient and the therapy basics. A folder has exactly one.

    ``treats`` is the diagnosis (what the therapy treats); ``planned_duration`` is the length as
    typed ("6 weeks") and ``planned_end`` the planned last day of therapy.
    """

    patient_name: str = ""
    date_of_birth: date | None = None
    therapy: str = ""
    treats: str = ""
    allergies: str = ""
    prescriber: str = ""
    infusion_provider: str = ""
    start_date: date | None = None
    planned_duration: str = ""
    planned_end: date | None = None
    dosing_schedule: str = ""
    access_line: str = ""
    nursing_schedule: str = ""
    next_appointment_on: date | None = None
    next_appointment_with: str = ""
    notes: str = ""
    version: int = field(default=0, compare=False)  # see the module notes


@dataclass
class Plan:
    payer: str = ""
    rank: PlanRank = PlanRank.PRIMARY
    plan_type: PlanType = PlanType.OTHER
    plan_name: str = ""
    member_id: str = ""
    group_number: str = ""
    member_phone: str = ""
    pa_phone: str = ""
    pa_fax: str = ""
    policyholder: str = ""
    effective_from: date | None = None
    effective_to: date | None = None
    notes: str = ""
    id: int | None = None
    version: int = field(default=0, compare=False)  # see the module notes


@dataclass
class Contact:
    name: str = ""
    role: str = ""
    organization: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    hours: str = ""
    needs_from_us: str = ""
    notes: str = ""
    id: int | None = None
    version: int = field(default=0, compare=False)  # see the module notes


@dataclass
class Step:
    kind: StepKind = StepKind.OTHER
    title: str = ""
    status: StepStatus = StepStatus.NOT_STARTED
    waiting_on: str = ""
    started_on: date | None = None
    decided_on: date | None = None
    reference_number: str = ""
    approved_from: date | None = None
    approved_to: date | None = None
    approved_quantity: str = ""
    plan_id: int | None = None
    notes: str = ""
    id: int | None = None
    version: int = field(default=0, compare=False)  # see the module notes

    @property
    def display_title(self) -> str:
        return self.title or self.kind.label


@dataclass
class Document:
    title: str = ""
    kind: DocumentKind = DocumentKind.OTHER
    document_date: date | None = None
    received_on: date | None = None
    sender: str = ""
    notes: str = ""
    original_name: str = ""
    media_type: str = "application/octet-stream"
    sha256: str = ""
    size: int = 0
    page_count: int = 0
    preview_ok: bool = True
    text: str = ""
    step_id: int | None = None
    added_at: datetime | None = None
    id: int | None = None
    version: int = field(default=0, compare=False)  # see the module notes
    # Whether its pictures have been read, and where its text came from (``services.scans``
    # owns these three and ``text``: editing the details never changes them).
    read_state: ReadState = ReadState.NOT_NEEDED
    text_source: TextSource = TextSource.NONE
    read_note: str = ""  # a plain sentence from the reader when something was off


@dataclass
class Call:
    called_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    direction: CallDirection = CallDirection.OUTGOING
    organization: str = ""
    contact_id: int | None = None
    person: str = ""
    phone: str = ""
    reference_number: str = ""
    summary: str = ""
    outcome: str = ""
    follow_up_on: date | None = None
    follow_up_done: bool = False
    step_id: int | None = None
    id: int | None = None
    version: int = field(default=0, compare=False)  # see the module notes


@dataclass
class Question:
    text: str = ""
    ask_whom: str = ""
    status: QuestionStatus = QuestionStatus.OPEN
    answer: str = ""
    answered_on: date | None = None
    answered_call_id: int | None = None
    request_id: int | None = None
    step_id: int | None = None
    id: int | None = None
    version: int = field(default=0, compare=False)  # see the module notes


@dataclass
class Request:
    what: str = ""
    requested_on: date | None = None
    requested_by: str = ""
    due_on: date | None = None
    submitted_on: date | None = None
    submitted_by: str = ""
    submitted_to: str = ""
    method: SendMethod | None = None
    confirmation_number: str = ""
    confirmed_on: date | None = None
    step_id: int | None = None
    notes: str = ""
    document_ids: tuple[int, ...] = ()
    id: int | None = None
    version: int = field(default=0, compare=False)  # see the module notes


Record = Plan | Contact | Step | Document | Call | Question | Request | Deadline


class RecordKind(LabelledEnum):
    """Every kind of record that can be listed, trashed and searched."""

    PLAN = "plan", QT_TRANSLATE_NOOP("RecordKind", "Plan")
    CONTACT = "contact", QT_TRANSLATE_NOOP("RecordKind", "Contact")
    STEP = "step", QT_TRANSLATE_NOOP("RecordKind", "Step")
    DOCUMENT = "document", QT_TRANSLATE_NOOP("RecordKind", "Document")
    CALL = "call", QT_TRANSLATE_NOOP("RecordKind", "Call")
    QUESTION = "question", QT_TRANSLATE_NOOP("RecordKind", "Question")
    REQUEST = "request", QT_TRANSLATE_NOOP("RecordKind", "Request")
    DEADLINE = "deadline", QT_TRANSLATE_NOOP("RecordKind", "Deadline")
    PROFILE = "profile", QT_TRANSLATE_NOOP("RecordKind", "Patient and therapy")


RECORD_TYPES: dict[RecordKind, type[Record]] = {
    RecordKind.PLAN: Plan,
    RecordKind.CONTACT: Contact,
    RecordKind.STEP: Step,
    RecordKind.DOCUMENT: Document,
    RecordKind.CALL: Call,
    RecordKind.QUESTION: Question,
    RecordKind.REQUEST: Request,
    RecordKind.DEADLINE: Deadline,
}


def kind_of(record: Record) -> RecordKind:
    return kind_of_type(type(record))


def kind_of_type(record_type: type[Record]) -> RecordKind:
    for kind, cls in RECORD_TYPES.items():
        if issubclass(record_type, cls):
            return kind
    raise TypeError(f"not a record type: {record_type.__name__}")
