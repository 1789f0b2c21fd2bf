"""The audit log's column names in plain words (``Who changed what``): "the member ID", not
``member_id``. Columns that only the app keeps (when a record was last changed, its version) are
left out of what is said."""

from __future__ import annotations

from collections.abc import Callable

from infusion_desk.core.i18n import translate

# Kept by the app, never typed by her: not worth saying.
UNSAID = frozenset({"updated_at", "created_at", "version", "folder", "search_words", "thumbnail",
                    "text_source", "read_state", "preview_ok", "page_count", "size",
                    "media_type", "sha256", "added_at", "rule_key", "edited", "text_in_blob"})
TRASH = "deleted_at"
# What the app changes when it reads a letter's pages (a scan's words): said as such.
READING = frozenset({"read_state", "search_words", "text_source", "text", "read_note"})

_WORDS: dict[str, Callable[[], str]] = {
    "patient_name": lambda: translate("AuditWords", "the patient's name"),
    "date_of_birth": lambda: translate("AuditWords", "the date of birth"),
    "therapy": lambda: translate("AuditWords", "the therapy"),
    "treats": lambda: translate("AuditWords", "what it treats"),
    "allergies": lambda: translate("AuditWords", "the allergies"),
    "prescriber": lambda: translate("AuditWords", "the prescriber"),
    "infusion_provider": lambda: translate("AuditWords", "the infusion provider"),
    "start_date": lambda: translate("AuditWords", "the start date"),
    "planned_duration": lambda: translate("AuditWords", "how long it is planned for"),
    "planned_end": lambda: translate("AuditWords", "the planned end"),
    "dosing_schedule": lambda: translate("AuditWords", "the dosing schedule"),
    "access_line": lambda: translate("AuditWords", "the access line"),
    "nursing_schedule": lambda: translate("AuditWords", "the nursing schedule"),
    "next_appointment_on": lambda: translate("AuditWords", "the next appointment"),
    "next_appointment_with": lambda: translate("AuditWords", "who the next appointment is with"),
    "notes": lambda: translate("AuditWords", "the notes"),
    "payer": lambda: translate("AuditWords", "the insurance company"),
    "rank": lambda: translate("AuditWords", "primary or secondary"),
    "plan_type": lambda: translate("AuditWords", "the kind of plan"),
    "plan_name": lambda: translate("AuditWords", "the plan's name"),
    "member_id": lambda: translate("AuditWords", "the member ID"),
    "group_number": lambda: translate("AuditWords", "the group number"),
    "member_phone": lambda: translate("AuditWords", "the member phone"),
    "pa_phone": lambda: translate("AuditWords", "the prior authorization phone"),
    "pa_fax": lambda: translate("AuditWords", "the prior authorization fax"),
    "policyholder": lambda: translate("AuditWords", "the policyholder"),
    "effective_from": lambda: translate("AuditWords", "when the plan starts"),
    "effective_to": lambda: translate("AuditWords", "when the plan ends"),
    "name": lambda: translate("AuditWords", "the name"),
    "role": lambda: translate("AuditWords", "the role"),
    "organization": lambda: translate("AuditWords", "the organization"),
    "phone": lambda: translate("AuditWords", "the phone"),
    "fax": lambda: translate("AuditWords", "the fax"),
    "email": lambda: translate("AuditWords", "the email"),
    "hours": lambda: translate("AuditWords", "the hours"),
    "needs_from_us": lambda: translate("AuditWords", "what they need from us"),
    "kind": lambda: translate("AuditWords", "the kind"),
    "title": lambda: translate("AuditWords", "the title"),
    "status": lambda: translate("AuditWords", "the status"),
    "waiting_on": lambda: translate("AuditWords", "who it is waiting on"),
    "started_on": lambda: translate("AuditWords", "the start date"),
    "decided_on": lambda: translate("AuditWords", "the decision date"),
    "reference_number": lambda: translate("AuditWords", "the reference number"),
    "approved_from": lambda: translate("AuditWords", "the approved dates"),
    "approved_to": lambda: translate("AuditWords", "the approved dates"),
    "approved_quantity": lambda: translate("AuditWords", "the approved quantity"),
    "plan_id": lambda: translate("AuditWords", "the plan"),
    "document_date": lambda: translate("AuditWords", "the letter's date"),
    "received_on": lambda: translate("AuditWords", "the day it came"),
    "sender": lambda: translate("AuditWords", "who sent it"),
    "original_name": lambda: translate("AuditWords", "the file name"),
    "text": lambda: translate("AuditWords", "the words"),
    "read_note": lambda: translate("AuditWords", "the words"),
    "step_id": lambda: translate("AuditWords", "the step it belongs to"),
    "called_at": lambda: translate("AuditWords", "when the call was"),
    "direction": lambda: translate("AuditWords", "who called whom"),
    "contact_id": lambda: translate("AuditWords", "the contact"),
    "person": lambda: translate("AuditWords", "the person spoken to"),
    "summary": lambda: translate("AuditWords", "what was said"),
    "outcome": lambda: translate("AuditWords", "the outcome"),
    "follow_up_on": lambda: translate("AuditWords", "the follow-up date"),
    "follow_up_done": lambda: translate("AuditWords", "whether the follow-up is done"),
    "what": lambda: translate("AuditWords", "what was asked for"),
    "requested_on": lambda: translate("AuditWords", "when it was asked for"),
    "requested_by": lambda: translate("AuditWords", "who asked for it"),
    "due_on": lambda: translate("AuditWords", "the due date"),
    "submitted_on": lambda: translate("AuditWords", "when it was sent"),
    "submitted_by": lambda: translate("AuditWords", "who sent it"),
    "submitted_to": lambda: translate("AuditWords", "where it was sent"),
    "method": lambda: translate("AuditWords", "how it was sent"),
    "confirmation_number": lambda: translate("AuditWords", "the confirmation number"),
    "confirmed_on": lambda: translate("AuditWords", "when it was confirmed"),
    "ask_whom": lambda: translate("AuditWords", "whom to ask"),
    "answer": lambda: translate("AuditWords", "the answer"),
    "answered_on": lambda: translate("AuditWords", "when it was answered"),
    "answered_call_id": lambda: translate("AuditWords", "the call that answered it"),
    "request_id": lambda: translate("AuditWords", "the request"),
    "purpose": lambda: translate("AuditWords", "what the deadline is for"),
    "source": lambda: translate("AuditWords", "where the date came from"),
    "to_do": lambda: translate("AuditWords", "what to do"),
    "concerns": lambda: translate("AuditWords", "what it concerns"),
    "document_id": lambda: translate("AuditWords", "the letter"),
    "call_id": lambda: translate("AuditWords", "the call"),
    "done": lambda: translate("AuditWords", "whether it is done"),
    "renewal_lead_days": lambda: translate("AuditWords", "how early renewals are shown"),
    "page": lambda: translate("AuditWords", "a page"),
}


def field_words(column: str) -> str:
    """One column in plain words (a column this version does not know: its name, spaced)."""
    words = _WORDS.get(column)
    return words() if words is not None else column.replace("_", " ")


def fields_said(columns: tuple[str, ...]) -> list[str]:
    """The columns worth saying, in plain words, each once, in the order given."""
    said = [field_words(c) for c in columns if c not in UNSAID and c != TRASH]
    return list(dict.fromkeys(said))
