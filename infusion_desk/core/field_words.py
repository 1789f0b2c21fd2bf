"""A record's fields and values in plain words: what two versions of one record say, side by
side (the conflict view), and which fields a change touched (the audit view may use it too).

Plain Python: the words are marked for translation here and said in her language on use.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import date, datetime

from infusion_desk.core.dates import format_short, format_when
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from infusion_desk.core.labelled import LabelledEnum
from infusion_desk.core.records import Profile, Record

# The words for each field a person types or chooses (one context: a name means one thing).
FIELD_WORDS: dict[str, str] = {
    "patient_name": QT_TRANSLATE_NOOP("FieldWords", "Name"),
    "date_of_birth": QT_TRANSLATE_NOOP("FieldWords", "Date of birth"),
    "therapy": QT_TRANSLATE_NOOP("FieldWords", "Therapy"),
    "treats": QT_TRANSLATE_NOOP("FieldWords", "What it treats"),
    "allergies": QT_TRANSLATE_NOOP("FieldWords", "Allergies"),
    "prescriber": QT_TRANSLATE_NOOP("FieldWords", "Prescribing doctor"),
    "infusion_provider": QT_TRANSLATE_NOOP("FieldWords", "Infusion provider"),
    "start_date": QT_TRANSLATE_NOOP("FieldWords", "Start date"),
    "planned_duration": QT_TRANSLATE_NOOP("FieldWords", "Planned length"),
    "planned_end": QT_TRANSLATE_NOOP("FieldWords", "Planned last day"),
    "dosing_schedule": QT_TRANSLATE_NOOP("FieldWords", "Dosing schedule"),
    "access_line": QT_TRANSLATE_NOOP("FieldWords", "IV line"),
    "nursing_schedule": QT_TRANSLATE_NOOP("FieldWords", "Nurse visits"),
    "next_appointment_on": QT_TRANSLATE_NOOP("FieldWords", "Next appointment"),
    "next_appointment_with": QT_TRANSLATE_NOOP("FieldWords", "Next appointment with"),
    "notes": QT_TRANSLATE_NOOP("FieldWords", "Notes"),
    "payer": QT_TRANSLATE_NOOP("FieldWords", "Insurance company"),
    "rank": QT_TRANSLATE_NOOP("FieldWords", "Primary or secondary"),
    "plan_type": QT_TRANSLATE_NOOP("FieldWords", "Type of plan"),
    "plan_name": QT_TRANSLATE_NOOP("FieldWords", "Plan name"),
    "member_id": QT_TRANSLATE_NOOP("FieldWords", "Member ID"),
    "group_number": QT_TRANSLATE_NOOP("FieldWords", "Group number"),
    "member_phone": QT_TRANSLATE_NOOP("FieldWords", "Member phone"),
    "pa_phone": QT_TRANSLATE_NOOP("FieldWords", "Prior authorization phone"),
    "pa_fax": QT_TRANSLATE_NOOP("FieldWords", "Prior authorization fax"),
    "policyholder": QT_TRANSLATE_NOOP("FieldWords", "Policyholder"),
    "effective_from": QT_TRANSLATE_NOOP("FieldWords", "Covered from"),
    "effective_to": QT_TRANSLATE_NOOP("FieldWords", "Covered until"),
    "name": QT_TRANSLATE_NOOP("FieldWords", "Name"),
    "role": QT_TRANSLATE_NOOP("FieldWords", "Role"),
    "organization": QT_TRANSLATE_NOOP("FieldWords", "Office or company"),
    "phone": QT_TRANSLATE_NOOP("FieldWords", "Phone"),
    "fax": QT_TRANSLATE_NOOP("FieldWords", "Fax"),
    "email": QT_TRANSLATE_NOOP("FieldWords", "Email"),
    "hours": QT_TRANSLATE_NOOP("FieldWords", "Hours"),
    "needs_from_us": QT_TRANSLATE_NOOP("FieldWords", "What they need from us"),
    "kind": QT_TRANSLATE_NOOP("FieldWords", "Kind"),
    "title": QT_TRANSLATE_NOOP("FieldWords", "Title"),
    "status": QT_TRANSLATE_NOOP("FieldWords", "Status"),
    "waiting_on": QT_TRANSLATE_NOOP("FieldWords", "Waiting on"),
    "started_on": QT_TRANSLATE_NOOP("FieldWords", "Started on"),
    "decided_on": QT_TRANSLATE_NOOP("FieldWords", "Decided on"),
    "reference_number": QT_TRANSLATE_NOOP("FieldWords", "Reference number"),
    "approved_from": QT_TRANSLATE_NOOP("FieldWords", "Approved from"),
    "approved_to": QT_TRANSLATE_NOOP("FieldWords", "Approved until"),
    "approved_quantity": QT_TRANSLATE_NOOP("FieldWords", "Approved amount"),
    "plan_id": QT_TRANSLATE_NOOP("FieldWords", "Plan"),
    "document_date": QT_TRANSLATE_NOOP("FieldWords", "Date on the paper"),
    "received_on": QT_TRANSLATE_NOOP("FieldWords", "Received on"),
    "sender": QT_TRANSLATE_NOOP("FieldWords", "From"),
    "step_id": QT_TRANSLATE_NOOP("FieldWords", "Step"),
    "called_at": QT_TRANSLATE_NOOP("FieldWords", "When"),
    "direction": QT_TRANSLATE_NOOP("FieldWords", "Who called"),
    "contact_id": QT_TRANSLATE_NOOP("FieldWords", "Person in People to call"),
    "person": QT_TRANSLATE_NOOP("FieldWords", "Spoke with"),
    "summary": QT_TRANSLATE_NOOP("FieldWords", "What was said"),
    "outcome": QT_TRANSLATE_NOOP("FieldWords", "Outcome"),
    "follow_up_on": QT_TRANSLATE_NOOP("FieldWords", "Follow-up date"),
    "follow_up_done": QT_TRANSLATE_NOOP("FieldWords", "Follow-up done"),
    "text": QT_TRANSLATE_NOOP("FieldWords", "Text"),
    "ask_whom": QT_TRANSLATE_NOOP("FieldWords", "Ask whom"),
    "answer": QT_TRANSLATE_NOOP("FieldWords", "Answer"),
    "answered_on": QT_TRANSLATE_NOOP("FieldWords", "Answered on"),
    "answered_call_id": QT_TRANSLATE_NOOP("FieldWords", "Answered on a call"),
    "request_id": QT_TRANSLATE_NOOP("FieldWords", "Request"),
    "what": QT_TRANSLATE_NOOP("FieldWords", "What they asked for"),
    "requested_on": QT_TRANSLATE_NOOP("FieldWords", "Asked on"),
    "requested_by": QT_TRANSLATE_NOOP("FieldWords", "Asked by"),
    "due_on": QT_TRANSLATE_NOOP("FieldWords", "Due"),
    "submitted_on": QT_TRANSLATE_NOOP("FieldWords", "Sent on"),
    "submitted_by": QT_TRANSLATE_NOOP("FieldWords", "Sent by"),
    "submitted_to": QT_TRANSLATE_NOOP("FieldWords", "Sent to"),
    "method": QT_TRANSLATE_NOOP("FieldWords", "Sent by way of"),
    "confirmation_number": QT_TRANSLATE_NOOP("FieldWords", "Confirmation number"),
    "confirmed_on": QT_TRANSLATE_NOOP("FieldWords", "They confirmed on"),
    "document_ids": QT_TRANSLATE_NOOP("FieldWords", "Papers"),
    "purpose": QT_TRANSLATE_NOOP("FieldWords", "For"),
    "source": QT_TRANSLATE_NOOP("FieldWords", "Where the date came from"),
    "to_do": QT_TRANSLATE_NOOP("FieldWords", "What to do"),
    "concerns": QT_TRANSLATE_NOOP("FieldWords", "Whom it concerns"),
    "document_id": QT_TRANSLATE_NOOP("FieldWords", "Letter"),
    "call_id": QT_TRANSLATE_NOOP("FieldWords", "Call"),
    "done": QT_TRANSLATE_NOOP("FieldWords", "Done"),
}
# Fields that are the folder's (or the reader's) own, not typed: never shown side by side.
NOT_SHOWN = frozenset({"id", "version", "sha256", "size", "media_type", "original_name",
                       "page_count", "preview_ok", "read_state", "text_source", "read_note",
                       "added_at", "rule_key", "edited"})


def field_label(name: str) -> str:
    """A field's words in her language (its own name when it has none: never expected)."""
    words = FIELD_WORDS.get(name)
    return translate_marked("FieldWords", words) if words is not None else name


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
