"""A record's fields and values in plain words: what two versions of one record say, side by
side (the conflict view), and which fields a change touched (the audit view may use it too).

Plain Python: the words are marked for translation here and said in her language on use.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import date, datetime

from infusion_desk.core.dates import format_short, format_when
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.core.labelled import LabelledEnum
from infusion_desk.core.records import Profile, Record

_N = QT_TRANSLATE_NOOP
# The words for each field a person types or chooses (one context: a name means one thing).
FIELD_WORDS: dict[str, str] = {
    "patient_name": _N("FieldWords", "Name"),
    "date_of_birth": _N("FieldWords", "Date of birth"),
    "therapy": _N("FieldWords", "Therapy"),
    "treats": _N("FieldWords", "What it treats"),
    "allergies": _N("FieldWords", "Allergies"),
    "prescriber": _N("FieldWords", "Prescribing doctor"),
    "infusion_provider": _N("FieldWords", "Infusion provider"),
    "start_date": _N("FieldWords", "Start date"),
    "planned_duration": _N("FieldWords", "Planned length"),
    "planned_end": _N("FieldWords", "Planned last day"),
    "dosing_schedule": _N("FieldWords", "Dosing schedule"),
    "access_line": _N("FieldWords", "IV line"),
    "nursing_schedule": _N("FieldWords", "Nurse visits"),
    "next_appointment_on": _N("FieldWords", "Next appointment"),
    "next_appointment_with": _N("FieldWords", "Next appointment with"),
    "notes": _N("FieldWords", "Notes"),
    "payer": _N("FieldWords", "Insurance company"),
    "rank": _N("FieldWords", "Primary or secondary"),
    "plan_type": _N("FieldWords", "Type of plan"),
    "plan_name": _N("FieldWords", "Plan name"),
    "member_id": _N("FieldWords", "Member ID"),
    "group_number": _N("FieldWords", "Group number"),
    "member_phone": _N("FieldWords", "Member phone"),
    "pa_phone": _N("FieldWords", "Prior authorization phone"),
    "pa_fax": _N("FieldWords", "Prior authorization fax"),
    "policyholder": _N("FieldWords", "Policyholder"),
    "effective_from": _N("FieldWords", "Covered from"),
    "effective_to": _N("FieldWords", "Covered until"),
    "name": _N("FieldWords", "Name"),
    "role": _N("FieldWords", "Role"),
    "organization": _N("FieldWords", "Office or company"),
    "phone": _N("FieldWords", "Phone"),
    "fax": _N("FieldWords", "Fax"),
    "email": _N("FieldWords", "Email"),
    "hours": _N("FieldWords", "Hours"),
    "needs_from_us": _N("FieldWords", "What they need from us"),
    "kind": _N("FieldWords", "Kind"),
    "title": _N("FieldWords", "Title"),
    "status": _N("FieldWords", "Status"),
    "waiting_on": _N("FieldWords", "Waiting on"),
    "started_on": _N("FieldWords", "Started on"),
    "decided_on": _N("FieldWords", "Decided on"),
    "reference_number": _N("FieldWords", "Reference number"),
    "approved_from": _N("FieldWords", "Approved from"),
    "approved_to": _N("FieldWords", "Approved until"),
    "approved_quantity": _N("FieldWords", "Approved amount"),
    "plan_id": _N("FieldWords", "Plan"),
    "document_date": _N("FieldWords", "Date on the paper"),
    "received_on": _N("FieldWords", "Received on"),
    "sender": _N("FieldWords", "From"),
    "step_id": _N("FieldWords", "Step"),
    "called_at": _N("FieldWords", "When"),
    "direction": _N("FieldWords", "Who called"),
    "contact_id": _N("FieldWords", "Person in People to call"),
    "person": _N("FieldWords", "Spoke with"),
    "summary": _N("FieldWords", "What was said"),
    "outcome": _N("FieldWords", "Outcome"),
    "follow_up_on": _N("FieldWords", "Follow-up date"),
    "follow_up_done": _N("FieldWords", "Follow-up done"),
    "text": _N("FieldWords", "Text"),
    "ask_whom": _N("FieldWords", "Ask whom"),
    "answer": _N("FieldWords", "Answer"),
    "answered_on": _N("FieldWords", "Answered on"),
    "answered_call_id": _N("FieldWords", "Answered on a call"),
    "request_id": _N("FieldWords", "Request"),
    "what": _N("FieldWords", "What they asked for"),
    "requested_on": _N("FieldWords", "Asked on"),
    "requested_by": _N("FieldWords", "Asked by"),
    "due_on": _N("FieldWords", "Due"),
    "submitted_on": _N("FieldWords", "Sent on"),
    "submitted_by": _N("FieldWords", "Sent by"),
    "submitted_to": _N("FieldWords", "Sent to"),
    "method": _N("FieldWords", "Sent by way of"),
    "confirmation_number": _N("FieldWords", "Confirmation number"),
    "confirmed_on": _N("FieldWords", "They confirmed on"),
    "document_ids": _N("FieldWords", "Papers"),
    "purpose": _N("FieldWords", "For"),
    "source": _N("FieldWords", "Where the date came from"),
    "to_do": _N("FieldWords", "What to do"),
    "concerns": _N("FieldWords", "Whom it concerns"),
    "document_id": _N("FieldWords", "Letter"),
    "call_id": _N("FieldWords", "Call"),
    "done": _N("FieldWords", "Done"),
}
# Fields that are the folder's (or the reader's) own, not typed: never shown side by side.
NOT_SHOWN = frozenset({"id", "version", "sha256", "size", "media_type", "original_name",
                       "page_count", "preview_ok", "read_state", "text_source", "read_note",
                       "added_at", "rule_key", "edited"})


def field_label(name: str) -> str:
    """A field's words in her language (its own name when it has none: never expected)."""
    words = FIELD_WORDS.get(name)
    return translate("FieldWords", words) if words is not None else name


def value_words(value: object) -> str:
    """A stored value as she would read it; empty for nothing."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return translate("FieldWords", "Yes") if value else translate("FieldWords", "No")
    if isinstance(value, datetime):
        return format_when(value)
    if isinstance(value, date):
        return format_short(value)
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return translate("FieldWords", "{count} attached").format(count=len(value)) if value \
            else ""
    if isinstance(value, int):
        return translate("FieldWords", "No. {number}").format(number=value)
    return str(value)


@dataclass(frozen=True)
class SideBySide:
    """One row of two versions: the field's words, theirs and mine, and whether they differ."""

    name: str
    label: str
    theirs: str
    mine: str
    differs: bool


def side_by_side(theirs: Record | Profile, mine: Record | Profile) -> list[SideBySide]:
    """Every field she can see of two versions of one record, in the record's order; fields
    empty in both are left out."""
    rows = []
    for f in fields(mine):
        if f.name in NOT_SHOWN:
            continue
        their_value, my_value = getattr(theirs, f.name), getattr(mine, f.name)
        their_words, my_words = value_words(their_value), value_words(my_value)
        if their_words or my_words:
            rows.append(SideBySide(f.name, field_label(f.name), their_words, my_words,
                                   their_value != my_value))
    return rows
