"""The record sections of the folder packet: every record in full, in the app's reading order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from infusion_desk.core import essentials
from infusion_desk.core.counts import ALL, question_counts
from infusion_desk.core.dates import format_day, format_when
from infusion_desk.core.document_names import document_heading
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
from infusion_desk.reports.data import SummaryData, summary_counts
from infusion_desk.reports.fonts import PrintableText
from infusion_desk.reports.layout import grid, heading
from infusion_desk.reports.page_refs import PageRef
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
        marked = getattr(self.canv, "marked_pages", None)
        if marked is not None:  # the packet's canvas: the contents list prints these pages
            marked[self.key] = self.canv.getPageNumber()


# The record sections in the order they are printed: (bookmark key, heading).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("profile", "Patient and therapy"),
    ("plans", "Insurance plans"),
    ("contacts", "People to call"),
    ("steps", "Coverage steps"),
    ("requests", "Requests: what they asked for and what we sent"),
    ("calls", "Calls"),
    ("questions", "Questions to ask"),
    ("documents", "Document index"),
)
SECTION_TITLES = dict(SECTIONS)


def section_counts(data: SummaryData) -> dict[str, int | str | None]:
    """What each section's heading counts (None: the profile, which is one): the count the
    matching tab shows, from the one definition in ``core.counts`` — all requests ("All"),
    the questions as "9 to ask, 13 answered"."""
    counts = summary_counts(data)
    return {"profile": None, "plans": counts.plans, "contacts": counts.contacts,
            "steps": counts.steps, "requests": counts.ledger[ALL], "calls": counts.calls,
            "questions": counts.questions.words, "documents": counts.documents}


def section_title(key: str, count: int | str | None) -> str:
    """"Calls (30)": the heading, its bookmark and its line in the contents say the same."""
    title = SECTION_TITLES[key]
    return f"{title} ({count})" if count else title


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

    def section(self, key: str, count: int | str | None = None) -> list[Flowable]:
        shown = section_title(key, count)
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


def record_sections(data: SummaryData, sheet: PacketSheet,
                    attached: Mapping[int, str] | None = None) -> list[Flowable]:
    """Profile, plans, contacts, steps, the request ledger, calls, questions, document index.

    ``attached``: the bookmark of each document appended after the records, by document id;
    the index then says the page each one starts on."""
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
    story += document_index(ranking.documents_newest_first(data.documents), sheet, attached)
    return story


def _profile(profile: Profile, sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("profile")
    details = sheet.fields([
        ("Patient", profile.patient_name),
        ("Date of birth", words.born(profile, sheet.today)),
        (essentials.ALLERGIES_CAPTION, essentials.allergies(profile)),
        (essentials.DIAGNOSIS_CAPTION, profile.treats),
        ("Therapy or drug", profile.therapy),
        ("Dosing schedule", profile.dosing_schedule),
        ("Planned duration", profile.planned_duration),
        ("Start date", format_day(profile.start_date)),
        (essentials.PLANNED_END_CAPTION, essentials.planned_end(profile, sheet.today)),
        ("Access line", profile.access_line),
        ("Prescriber", profile.prescriber),
        ("Home infusion provider", profile.infusion_provider),
        ("Nurse visits", profile.nursing_schedule),
        (essentials.NEXT_APPOINTMENT_CAPTION, essentials.next_appointment(profile, sheet.today)),
        ("Notes", profile.notes),
    ])
    return out + ([details, Spacer(1, RECORD_GAP)] if details is not None
                  else sheet.empty("Nothing written down about the patient and therapy yet."))


def _plans(plans: Sequence[Plan], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("plans", len(plans))
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
    out = sheet.section("contacts", len(contacts))
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
    out = sheet.section("steps", len(steps))
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


# The ledger's two columns, as on the Requests tab.
LEDGER_HEADS = ("What they asked for", "What we sent, and when")
_STATE_WORDS = {
    RequestState.OVERDUE: "OVERDUE",
    RequestState.OPEN: "Open",
    RequestState.SENT: "Sent",
    RequestState.CONFIRMED: "Confirmed received",
}


def _requests(requests: Sequence[Request], documents: dict[int, Document], sheet: PacketSheet
              ) -> list[Flowable]:
    out = sheet.section("requests", len(requests))
    if not requests:
        return out + sheet.empty("No requests written down yet.")
    head = [sheet.para(LEDGER_HEADS[0], "column_head"),
            sheet.para(LEDGER_HEADS[1], "column_head")]
    rows: list[list[Paragraph]] = []
    for request in requests:
        state = request_state(request, sheet.today)
        left = [f"<b>{_STATE_WORDS[state]}</b> — {sheet.plain(request.what or '(not written)')}",
                sheet.plain(words.asked(request, sheet.today))]
        if request.notes.strip():
            left.append(f"Notes: {sheet.text.markup(request.notes, keep_lines=True)}")
        attached = [document_heading(documents[i]) for i in request.document_ids
                    if i in documents]
        right = [f"<b>{words.NOTHING_SENT}</b>" if request.submitted_on is None
                 else sheet.plain(words.sent(request))]
        if attached:
            right.append("Documents: " + sheet.plain("; ".join(attached)))
        rows.append([sheet.para("<br/>".join(p for p in left if p)),
                     sheet.para("<br/>".join(right))])
    return out + chunked_table(head, rows, [sheet.width * 0.56, sheet.width * 0.44])


def _calls(calls: Sequence[Call], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("calls", len(calls))
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
    out = sheet.section("questions", question_counts(questions).words)
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


def document_index(documents: Sequence[Document], sheet: PacketSheet,
                   attached: Mapping[int, str] | None = None) -> list[Flowable]:
    out = sheet.section("documents", len(documents))
    if not documents:
        return out + sheet.empty("No documents added yet.")
    heads = ["Title", "Kind", "Date", "From", "Pages"]
    fractions = [0.34, 0.2, 0.18, 0.19, 0.09]
    if attached:
        heads.append("On page")
        fractions = [0.28, 0.21, 0.17, 0.17, 0.07, 0.1]
    rows: list[list[Flowable]] = []
    for d in documents:
        row: list[Flowable] = [
            sheet.para(sheet.plain(document_heading(d))),
            sheet.para(d.kind.label),
            sheet.para(format_day(ranking.document_day(d)) or "—"),
            sheet.para(sheet.plain(d.sender) or "—"),
            sheet.para(str(d.page_count) if d.page_count else "—"),
        ]
        if attached:
            key = attached.get(d.id) if d.id is not None else None
            row.append(PageRef(key) if key is not None else sheet.para("—"))
        rows.append(row)
    head = [sheet.para(h, "column_head") for h in heads]
    return out + chunked_table(head, rows, [sheet.width * f for f in fractions])


def chunked_table(head: Sequence[Flowable], rows: Sequence[Sequence[Flowable]],
                  widths: Sequence[float]) -> list[Flowable]:
    """Rows as tables of TABLE_CHUNK rows, each with the column heads repeated on new pages."""
    tables: list[Flowable] = []
    for start in range(0, len(rows), TABLE_CHUNK):
        chunk = [head, *rows[start : start + TABLE_CHUNK]]
        tables.append(grid(chunk, widths, repeat_header=True))
    return [*tables, Spacer(1, RECORD_GAP)]
