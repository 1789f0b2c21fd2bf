"""The record sections of the folder packet: every record in full, in the app's reading order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from infusion_desk.core.dates import format_day, format_when
from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    Plan,
    Profile,
    Question,
    QuestionStatus,
    Request,
    RequestState,
    Step,
)
from infusion_desk.core.rules import request_state
from infusion_desk.reports import ranking, words
from infusion_desk.reports.data import SummaryData
from infusion_desk.reports.fonts import PrintableText
from infusion_desk.reports.layout import grid, heading
from infusion_desk.reports.styles import Styles

# A long table is cut into tables of this many rows: ReportLab re-measures what is left of a
# table at every page break, so one table of 10,000 rows would take minutes.
TABLE_CHUNK = 40
RECORD_GAP = 7.0


class Bookmark(Flowable):  # type: ignore[misc] # ReportLab is untyped
    """An invisible mark: an outline (bookmark) entry pointing at where it is drawn."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.width = self.height = 0
        self.keepWithNext = True  # so that it moves to the next page with its heading

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


@dataclass(frozen=True)
class PacketSheet:
    styles: Styles
    text: PrintableText
    today: date
    width: float

    def para(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, getattr(self.styles, style))

    def plain(self, value: str) -> str:
        return self.text.markup(value)

    def fields(self, rows: Iterable[tuple[str, str]]) -> Paragraph | None:
        """"Label: value" lines for the non-empty values; None if all are empty."""
        lines = [f"<b>{label}:</b> {self.text.markup(value, keep_lines=True)}"
                 for label, value in rows if value and value.strip()]
        return self.para("<br/>".join(lines), "details") if lines else None

    def section(self, key: str, title: str, count: int | None = None) -> list[Flowable]:
        shown = f"{title} ({count})" if count else title
        head = heading(self.text.markup(shown), self.styles, self.width)
        head.keepWithNext = True
        return [CondPageBreak(140), Bookmark(key, shown), head, Spacer(1, 6)]

    def record(self, title_markup: str, details: Paragraph | None) -> list[Flowable]:
        title = self.para(title_markup, "subheading")
        title.keepWithNext = details is not None
        out: list[Flowable] = [title]
        if details is not None:
            out.append(details)
        out.append(Spacer(1, RECORD_GAP))
        return out

    def empty(self, sentence: str) -> list[Flowable]:
        return [self.para(sentence), Spacer(1, RECORD_GAP)]


def record_sections(data: SummaryData, sheet: PacketSheet) -> list[Flowable]:
    """Profile, plans, contacts, steps, the request ledger, calls, questions, document index."""
    plans_by_id = {plan.id: plan for plan in data.plans if plan.id is not None}
    documents_by_id = {d.id: d for d in data.documents if d.id is not None}
    story: list[Flowable] = []
    story += _profile(data.profile, sheet)
    story += _plans(ranking.plans_in_order(data.plans), sheet)
    story += _contacts(data.contacts, sheet)
    story += _steps(data.steps, plans_by_id, sheet)
    story += _requests(ranking.ledger(data.requests, data.today), documents_by_id, sheet)
    story += _calls(ranking.newest_calls_first(data.calls), sheet)
    story += _questions(ranking.questions_in_order(data.questions), sheet)
    story += document_index(ranking.documents_newest_first(data.documents), sheet)
    return story


def _profile(profile: Profile, sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("profile", "Patient and therapy")
    details = sheet.fields([
        ("Patient", profile.patient_name),
        ("Date of birth", words.born(profile, sheet.today)),
        ("Therapy or drug", profile.therapy),
        ("What it treats", profile.treats),
        ("Dosing schedule", profile.dosing_schedule),
        ("Planned duration", profile.planned_duration),
        ("Start date", format_day(profile.start_date)),
        ("Access line", profile.access_line),
        ("Prescriber", profile.prescriber),
        ("Home infusion provider", profile.infusion_provider),
        ("Nurse visits", profile.nursing_schedule),
        ("Notes", profile.notes),
    ])
    return out + ([details, Spacer(1, RECORD_GAP)] if details is not None
                  else sheet.empty("Nothing written down about the patient and therapy yet."))


def _plans(plans: Sequence[Plan], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("plans", "Insurance plans", len(plans))
    if not plans:
        return out + sheet.empty("No insurance plans written down yet.")
    for plan in plans:
        effective = words.join(
            f"from {format_day(plan.effective_from)}" if plan.effective_from else "",
            f"to {format_day(plan.effective_to)}" if plan.effective_to else "", sep=" ")
        out += sheet.record(sheet.plain(words.plan_title(plan)), sheet.fields([
            ("Plan", plan.plan_name),
            ("Type", plan.plan_type.label),
            ("Member ID", plan.member_id),
            ("Group number", plan.group_number),
            ("Member services phone", plan.member_phone),
            ("Prior authorization phone", plan.pa_phone),
            ("Prior authorization fax", plan.pa_fax),
            ("Policyholder", plan.policyholder),
            ("In effect", effective),
            ("Notes", plan.notes),
        ]))
    return out


def _contacts(contacts: Sequence[Contact], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("contacts", "People to call", len(contacts))
    if not contacts:
        return out + sheet.empty("No contacts written down yet.")
    for contact in contacts:
        out += sheet.record(sheet.plain(contact.name or "Name not written down"), sheet.fields([
            ("Role", contact.role),
            ("Organization", contact.organization),
            ("Phone", contact.phone),
            ("Fax", contact.fax),
            ("Email", contact.email),
            ("Hours", contact.hours),
            ("What they need from us", contact.needs_from_us),
            ("Notes", contact.notes),
        ]))
    return out


def _steps(steps: Sequence[Step], plans: dict[int, Plan], sheet: PacketSheet
           ) -> list[Flowable]:
    out = sheet.section("steps", "Coverage steps", len(steps))
    if not steps:
        return out + sheet.empty("No coverage steps written down yet.")
    for step in steps:
        plan = plans.get(step.plan_id) if step.plan_id is not None else None
        out += sheet.record(
            f"{sheet.plain(step.display_title)}: {step.status.label}",
            sheet.fields([
                ("Kind", step.kind.label if step.title else ""),
                ("Status", step.status.label),
                ("Waiting on", step.waiting_on),
                ("Plan", words.plan_title(plan) if plan is not None else ""),
                ("Started", format_day(step.started_on)),
                ("Decided", format_day(step.decided_on)),
                ("Authorization / reference no.", step.reference_number),
                ("Approved period", words.approved_period(step, sheet.today)),
                ("Approved quantity", step.approved_quantity),
                ("Notes", step.notes),
            ]),
        )
    return out


_STATE_WORDS = {
    RequestState.OVERDUE: "OVERDUE",
    RequestState.OPEN: "Open",
    RequestState.SENT: "Sent",
    RequestState.CONFIRMED: "Confirmed received",
}


def _requests(requests: Sequence[Request], documents: dict[int, Document], sheet: PacketSheet
              ) -> list[Flowable]:
    out = sheet.section("requests", "Requests: what they asked for and what we sent",
                        len(requests))
    if not requests:
        return out + sheet.empty("No requests written down yet.")
    head = [sheet.para("What they asked for", "column_head"),
            sheet.para("What we sent", "column_head")]
    rows: list[list[Paragraph]] = []
    for request in requests:
        state = request_state(request, sheet.today)
        left = [f"<b>{_STATE_WORDS[state]}</b> — {sheet.plain(request.what or '(not written)')}",
                sheet.plain(words.asked(request, sheet.today))]
        if request.notes.strip():
            left.append(f"Notes: {sheet.text.markup(request.notes, keep_lines=True)}")
        attached = [documents[i].title or documents[i].original_name
                    for i in request.document_ids if i in documents]
        right = [f"<b>{words.NOTHING_SENT}</b>" if request.submitted_on is None
                 else sheet.plain(words.sent(request))]
        if attached:
            right.append("Documents: " + sheet.plain("; ".join(attached)))
        rows.append([sheet.para("<br/>".join(p for p in left if p)),
                     sheet.para("<br/>".join(right))])
    return out + chunked_table(head, rows, [sheet.width * 0.56, sheet.width * 0.44])


def _calls(calls: Sequence[Call], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("calls", "Calls", len(calls))
    if not calls:
        return out + sheet.empty("No calls logged yet.")
    for call in calls:
        follow_up = ""
        if call.follow_up_on is not None:
            follow_up = format_day(call.follow_up_on) + (" (done)" if call.follow_up_done else "")
        out += sheet.record(
            f"{format_when(call.called_at)} — {sheet.plain(words.call_who(call))}",
            sheet.fields([
                ("Phone", call.phone),
                ("Reference no.", call.reference_number),
                ("What we talked about", call.summary),
                ("Outcome", call.outcome),
                ("Follow up on", follow_up),
            ]),
        )
    return out


def _questions(questions: Sequence[Question], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("questions", "Questions to ask", len(questions))
    if not questions:
        return out + sheet.empty("No questions written down yet.")
    for question in questions:
        answered = question.status is QuestionStatus.ANSWERED
        out += sheet.record(sheet.plain(question.text or "(no text)"), sheet.fields([
            ("Ask", question.ask_whom),
            ("Status", question.status.label),
            ("Answer", question.answer if answered else ""),
            ("Answered on", format_day(question.answered_on) if answered else ""),
        ]))
    return out


def document_index(documents: Sequence[Document], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("documents", "Document index", len(documents))
    if not documents:
        return out + sheet.empty("No documents added yet.")
    head = [sheet.para(h, "column_head") for h in ("Title", "Kind", "Date", "From", "Pages")]
    rows = [
        [
            sheet.para(sheet.plain(d.title or d.original_name or "(untitled)")),
            sheet.para(d.kind.label),
            sheet.para(format_day(ranking.document_day(d)) or "—"),
            sheet.para(sheet.plain(d.sender) or "—"),
            sheet.para(str(d.page_count) if d.page_count else "—"),
        ]
        for d in documents
    ]
    widths = [sheet.width * f for f in (0.34, 0.2, 0.18, 0.19, 0.09)]
    return out + chunked_table(head, rows, widths)


def chunked_table(head: list[Paragraph], rows: Sequence[list[Paragraph]],
                  widths: Sequence[float]) -> list[Flowable]:
    """Rows as tables of TABLE_CHUNK rows, each with the column heads repeated on new pages."""
    tables: list[Flowable] = []
    for start in range(0, len(rows), TABLE_CHUNK):
        chunk = [head, *rows[start : start + TABLE_CHUNK]]
        tables.append(grid(chunk, widths, repeat_header=True))
    return [*tables, Spacer(1, RECORD_GAP)]
