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
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
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
    ("profile", QT_TRANSLATE_NOOP("PacketRecords", "Patient and therapy")),
    ("plans", QT_TRANSLATE_NOOP("PacketRecords", "Insurance plans")),
    ("contacts", QT_TRANSLATE_NOOP("PacketRecords", "People to call")),
    ("steps", QT_TRANSLATE_NOOP("PacketRecords", "Coverage steps")),
    ("requests", QT_TRANSLATE_NOOP("PacketRecords",
                                   "Requests: what they asked for and what we sent")),
    ("calls", QT_TRANSLATE_NOOP("PacketRecords", "Calls")),
    ("questions", QT_TRANSLATE_NOOP("PacketRecords", "Questions to ask")),
    ("documents", QT_TRANSLATE_NOOP("PacketRecords", "Document index")),
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
    title = words.said(SECTION_TITLES[key], "PacketRecords")
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
        (translate("PacketRecords", "Patient"), profile.patient_name),
        (translate("PacketRecords", "Date of birth"), words.born(profile, sheet.today)),
        (essentials.caption_words(essentials.ALLERGIES_CAPTION), essentials.allergies(profile)),
        (essentials.caption_words(essentials.DIAGNOSIS_CAPTION), profile.treats),
        (translate("PacketRecords", "Therapy or drug"), profile.therapy),
        (translate("PacketRecords", "Dosing schedule"), profile.dosing_schedule),
        (translate("PacketRecords", "Planned duration"), profile.planned_duration),
        (translate("PacketRecords", "Start date"), format_day(profile.start_date)),
        (essentials.caption_words(essentials.PLANNED_END_CAPTION),
         essentials.planned_end(profile, sheet.today)),
        (translate("PacketRecords", "Access line"), profile.access_line),
        (translate("PacketRecords", "Prescriber"), profile.prescriber),
        (translate("PacketRecords", "Home infusion provider"), profile.infusion_provider),
        (translate("PacketRecords", "Nurse visits"), profile.nursing_schedule),
        (essentials.caption_words(essentials.NEXT_APPOINTMENT_CAPTION),
         essentials.next_appointment(profile, sheet.today)),
        (translate("PacketRecords", "Notes"), profile.notes),
    ])
    return out + ([details, Spacer(1, RECORD_GAP)] if details is not None
                  else sheet.empty(translate(
                      "PacketRecords", "Nothing written down about the patient and therapy yet.")))


def _plans(plans: Sequence[Plan], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("plans", len(plans))
    if not plans:
        return out + sheet.empty(translate("PacketRecords", "No insurance plans written down yet."))
    for plan in plans:
        effective = words.join(
            translate("PacketRecords", "from {day}").format(day=format_day(plan.effective_from))
            if plan.effective_from else "",
            translate("PacketRecords", "to {day}").format(day=format_day(plan.effective_to))
            if plan.effective_to else "", sep=" ")
        out += sheet.record(sheet.plain(words.plan_title(plan)), sheet.fields([
            (translate("PacketRecords", "Plan"), plan.plan_name),
            (translate("PacketRecords", "Type"), plan.plan_type.label),
            (translate("PacketRecords", "Member ID"), plan.member_id),
            (translate("PacketRecords", "Group number"), plan.group_number),
            (translate("PacketRecords", "Member services phone"), plan.member_phone),
            (translate("PacketRecords", "Prior authorization phone"), plan.pa_phone),
            (translate("PacketRecords", "Prior authorization fax"), plan.pa_fax),
            (translate("PacketRecords", "Policyholder"), plan.policyholder),
            (translate("PacketRecords", "In effect"), effective),
            (translate("PacketRecords", "Notes"), plan.notes),
        ]))
    return out


def _contacts(contacts: Sequence[Contact], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("contacts", len(contacts))
    if not contacts:
        return out + sheet.empty(translate("PacketRecords", "No contacts written down yet."))
    for contact in contacts:
        name = contact.name or translate("PacketRecords", "Name not written down")
        out += sheet.record(sheet.plain(name), sheet.fields([
            (translate("PacketRecords", "Role"), contact.role),
            (translate("PacketRecords", "Organization"), contact.organization),
            (translate("PacketRecords", "Phone"), contact.phone),
            (translate("PacketRecords", "Fax"), contact.fax),
            (translate("PacketRecords", "Email"), contact.email),
            (translate("PacketRecords", "Hours"), contact.hours),
            (translate("PacketRecords", "What they need from us"), contact.needs_from_us),
            (translate("PacketRecords", "Notes"), contact.notes),
        ]))
    return out


def _steps(steps: Sequence[Step], plans: dict[int, Plan], sheet: PacketSheet
           ) -> list[Flowable]:
    out = sheet.section("steps", len(steps))
    if not steps:
        return out + sheet.empty(translate("PacketRecords", "No coverage steps written down yet."))
    for step in steps:
        plan = plans.get(step.plan_id) if step.plan_id is not None else None
        out += sheet.record(
            f"{sheet.plain(step.display_title)}: {step.status.label}",
            sheet.fields([
                (translate("PacketRecords", "Kind"), step.kind.label if step.title else ""),
                (translate("PacketRecords", "Status"), step.status.label),
                (translate("PacketRecords", "Waiting on"), step.waiting_on),
                (translate("PacketRecords", "Plan"),
                 words.plan_title(plan) if plan is not None else ""),
                (translate("PacketRecords", "Started"), format_day(step.started_on)),
                (translate("PacketRecords", "Decided"), format_day(step.decided_on)),
                (translate("PacketRecords", "Authorization / reference no."),
                 step.reference_number),
                (translate("PacketRecords", "Approved period"),
                 words.approved_period(step, sheet.today)),
                (translate("PacketRecords", "Approved quantity"), step.approved_quantity),
                (translate("PacketRecords", "Notes"), step.notes),
            ]),
        )
    return out


# The ledger's two columns, as on the Requests tab.
LEDGER_HEADS = (QT_TRANSLATE_NOOP("PacketRecords", "What they asked for"),
                QT_TRANSLATE_NOOP("PacketRecords", "What we sent, and when"))
_STATE_WORDS = {
    RequestState.OVERDUE: QT_TRANSLATE_NOOP("PacketRecords", "OVERDUE"),
    RequestState.OPEN: QT_TRANSLATE_NOOP("PacketRecords", "Open"),
    RequestState.SENT: QT_TRANSLATE_NOOP("PacketRecords", "Sent"),
    RequestState.CONFIRMED: QT_TRANSLATE_NOOP("PacketRecords", "Confirmed received"),
}


def _requests(requests: Sequence[Request], documents: dict[int, Document], sheet: PacketSheet
              ) -> list[Flowable]:
    out = sheet.section("requests", len(requests))
    if not requests:
        return out + sheet.empty(translate("PacketRecords", "No requests written down yet."))
    head = [sheet.para(words.said(h, "PacketRecords"), "column_head") for h in LEDGER_HEADS]
    rows: list[list[Paragraph]] = []
    for request in requests:
        state = request_state(request, sheet.today)
        what = request.what or translate("PacketRecords", "(not written)")
        left = [f"<b>{words.said(_STATE_WORDS[state], 'PacketRecords')}</b> — {sheet.plain(what)}",
                sheet.plain(words.asked(request, sheet.today))]
        if request.notes.strip():
            left.append(translate("PacketRecords", "Notes: {notes}").format(
                notes=sheet.text.markup(request.notes, keep_lines=True)))
        attached = [document_heading(documents[i]) for i in request.document_ids
                    if i in documents]
        right = [f"<b>{words.said(words.NOTHING_SENT)}</b>" if request.submitted_on is None
                 else sheet.plain(words.sent(request))]
        if attached:
            right.append(translate("PacketRecords", "Documents: {documents}").format(
                documents=sheet.plain("; ".join(attached))))
        rows.append([sheet.para("<br/>".join(p for p in left if p)),
                     sheet.para("<br/>".join(right))])
    return out + chunked_table(head, rows, [sheet.width * 0.56, sheet.width * 0.44])


def _calls(calls: Sequence[Call], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("calls", len(calls))
    if not calls:
        return out + sheet.empty(translate("PacketRecords", "No calls logged yet."))
    for call in calls:
        follow_up = ""
        if call.follow_up_on is not None:
            follow_up = (translate("PacketRecords", "{day} (done)") if call.follow_up_done
                         else "{day}").format(day=format_day(call.follow_up_on))
        out += sheet.record(
            f"{format_when(call.called_at)} — {sheet.plain(words.call_who(call))}",
            sheet.fields([
                (translate("PacketRecords", "Phone"), call.phone),
                (translate("PacketRecords", "Reference no."), call.reference_number),
                (translate("PacketRecords", "What we talked about"), call.summary),
                (translate("PacketRecords", "Outcome"), call.outcome),
                (translate("PacketRecords", "Follow up on"), follow_up),
            ]),
        )
    return out


def _questions(questions: Sequence[Question], sheet: PacketSheet) -> list[Flowable]:
    out = sheet.section("questions", question_counts(questions).words)
    if not questions:
        return out + sheet.empty(translate("PacketRecords", "No questions written down yet."))
    for question in questions:
        answered = question.status is QuestionStatus.ANSWERED
        text = question.text or translate("PacketRecords", "(no text)")
        out += sheet.record(sheet.plain(text), sheet.fields([
            (translate("PacketRecords", "Ask"), question.ask_whom),
            (translate("PacketRecords", "Status"), question.status.label),
            (translate("PacketRecords", "Answer"), question.answer if answered else ""),
            (translate("PacketRecords", "Answered on"),
             format_day(question.answered_on) if answered else ""),
        ]))
    return out


def document_index(documents: Sequence[Document], sheet: PacketSheet,
                   attached: Mapping[int, str] | None = None) -> list[Flowable]:
    out = sheet.section("documents", len(documents))
    if not documents:
        return out + sheet.empty(translate("PacketRecords", "No documents added yet."))
    heads = [translate("PacketRecords", "Title"), translate("PacketRecords", "Kind"),
             translate("PacketRecords", "Date"), translate("PacketRecords", "From"),
             translate("PacketRecords", "Pages")]
    fractions = [0.34, 0.2, 0.18, 0.19, 0.09]
    if attached:
        heads.append(translate("PacketRecords", "On page"))
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
