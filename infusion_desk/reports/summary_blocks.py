"""The blocks of the one-page summary, each built for a given number of items and text length.

A block is a list of flowables. :mod:`infusion_desk.reports.summary` asks for each block in
several sizes while it chooses what fits the page, so a builder must be cheap, and honest about
what it left out: every cut list ends with a "+ N more" line, every cut field with "…".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from infusion_desk.core.dates import format_day, format_short, relative_due
from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    Plan,
    Profile,
    Question,
    Request,
    RequestState,
    Step,
    StepStatus,
)
from infusion_desk.core.rules import request_state
from infusion_desk.core.text import one_line
from infusion_desk.reports import words
from infusion_desk.reports.fonts import BOLD, PrintableText
from infusion_desk.reports.layout import grid, heading
from infusion_desk.reports.ranking import document_day
from infusion_desk.reports.styles import Styles, fit_line

ITEM_GAP = 3.0
_UNDER_WAY = frozenset({StepStatus.IN_PROGRESS, StepStatus.WAITING, StepStatus.NOT_STARTED})


@dataclass(frozen=True)
class Sheet:
    """What every block needs: the type, the text filter and the day the page is printed."""

    styles: Styles
    text: PrintableText
    today: date

    def cut(self, value: str, limit: int) -> str:
        """``value`` on one line, at most ``limit`` characters (ending in "…"), as markup."""
        return self.text.markup(one_line(value, max(limit, 8)))

    def whole(self, value: str, limit: int) -> str:
        """Like :meth:`cut`, kept on one line where it fits (a phone number, an ID)."""
        return self.cut(value, limit).replace(" ", "\u00a0")

    def para(self, markup: str, *, style: str = "body") -> Paragraph:
        return Paragraph(markup, getattr(self.styles, style))


def _more(sheet: Sheet, hidden: int, what: str) -> list[Flowable]:
    if hidden <= 0:
        return []
    return [sheet.para(f"+ {hidden} more {what} in the folder", style="more")]


def _titled(sheet: Sheet, title: str, total: int, width: float) -> list[Flowable]:
    count = f" ({total})" if total > 1 else ""
    return [heading(sheet.text.markup(title) + count, sheet.styles, width), Spacer(1, 2)]


def _labelled(label: str, value_markup: str) -> str:
    return f"{label}: <b>{value_markup}</b>" if value_markup else ""


def _lines(*parts: str) -> str:
    return "<br/>".join(p for p in parts if p)


# ----------------------------------------------------------------------------- the page's top

def header(sheet: Sheet, profile: Profile, width: float) -> list[Flowable]:
    """Patient name (one line, however long), date of birth, and the day it was printed."""
    styles = sheet.styles
    right_width = 190.0
    name = sheet.text.plain(profile.patient_name) or "Patient name not filled in"
    name = fit_line(name, BOLD, styles.title.fontSize, width - right_width - 6)
    born = words.born(profile, sheet.today)
    left: list[Flowable] = [Paragraph(sheet.text.markup(name), styles.title)]
    if born:
        left.append(Paragraph(f"Date of birth: <b>{sheet.cut(born, 60)}</b>", styles.subtitle))
    table = Table(
        [[left, Paragraph(f"Appointment summary<br/>Printed on {format_day(sheet.today)}",
                          styles.right)]],
        colWidths=[width - right_width, right_width],
    )
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 1.6, "black"),
    ]))
    return [table]


def profile_block(sheet: Sheet, profile: Profile, limit: int, width: float) -> list[Flowable]:
    fields = [
        ("Therapy", words.therapy(profile)),
        ("Dosing", profile.dosing_schedule),
        ("Duration", words.duration(profile, sheet.today)),
        ("Access line", profile.access_line),
        ("Prescriber", profile.prescriber),
        ("Home infusion", profile.infusion_provider),
    ]
    shown = [(label, value) for label, value in fields if value.strip()]
    if not shown:
        return [sheet.para("Nothing written down about the therapy yet.")]
    cells = [sheet.para(f"<b>{label}:</b> {sheet.cut(value, limit)}", style="hanging")
             for label, value in shown]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    return [grid(rows, [width / 2] * 2, header=False, shade=False)]


# ----------------------------------------------------------------------------- full width

def plans_block(sheet: Sheet, plans: Sequence[Plan], shown: int, limit: int, width: float
                ) -> list[Flowable]:
    out = _titled(sheet, "Insurance plans", len(plans), width)
    if not plans:
        return [*out, sheet.para("No insurance plans written down yet.")]
    short = max(24, limit // 2)
    head = ["Plan", "Member ID / group", "Member phone", "Prior authorization"]
    rows: list[list[Paragraph]] = [[sheet.para(h, style="column_head") for h in head]]
    for plan in plans[:shown]:
        rows.append([
            sheet.para(_lines(f"<b>{sheet.cut(words.plan_title(plan), short)}</b>",
                              sheet.cut(words.plan_kind(plan), limit))),
            sheet.para(_lines(_labelled("ID", sheet.cut(plan.member_id, short)),
                              _labelled("Group", sheet.cut(plan.group_number, short)))
                       or "—"),
            sheet.para(f"<b>{sheet.whole(plan.member_phone, short)}</b>"
                       if plan.member_phone.strip() else "—"),
            sheet.para(_prior_auth(sheet, plan, short) or "—"),
        ])
    table = grid(rows, [width * f for f in (0.36, 0.24, 0.17, 0.23)])
    return [*out, table, *_more(sheet, len(plans) - shown, "plans")]


def steps_block(sheet: Sheet, steps: Sequence[Step], shown: int, limit: int, width: float
                ) -> list[Flowable]:
    out = _titled(sheet, "Coverage steps", len(steps), width)
    if not steps:
        return [*out, sheet.para("No coverage steps written down yet.")]
    head = ["Step", "Status", "Authorization no.", "Approved period"]
    rows: list[list[Paragraph]] = [[sheet.para(h, style="column_head") for h in head]]
    short = max(24, limit // 2)
    for step in steps[:shown]:
        waiting = (f"Waiting on: {sheet.cut(step.waiting_on, limit)}"
                   if step.waiting_on.strip() and step.status in _UNDER_WAY else "")
        span, ends = words.short_period(step, sheet.today)
        period = _lines(sheet.cut(span, limit), f"<b>{ends}</b>" if "SOON" in ends else ends)
        quantity = sheet.cut(step.approved_quantity, short) if step.approved_quantity else ""
        rows.append([
            sheet.para(_lines(f"<b>{sheet.cut(step.display_title, limit)}</b>", waiting)),
            sheet.para(step.status.label),
            sheet.para(f"<b>{sheet.cut(step.reference_number, short)}</b>"
                       if step.reference_number.strip() else "—"),
            sheet.para(_lines(period, quantity) or "—"),
        ])
    table = grid(rows, [width * f for f in (0.37, 0.155, 0.2, 0.275)])
    return [*out, table, *_more(sheet, len(steps) - shown, "steps")]


def requests_block(sheet: Sheet, requests: Sequence[Request], shown: int, limit: int,
                   width: float, *, ledger_size: int) -> list[Flowable]:
    out = _titled(sheet, "Open requests", len(requests), width)
    if not requests:
        return [*out, sheet.para(
            "No open requests: everything asked for was sent and received." if ledger_size
            else "No requests written down yet.")]
    rows: list[list[Paragraph]] = [[sheet.para("What they asked for", style="column_head"),
                                    sheet.para("What we sent", style="column_head")]]
    for request in requests[:shown]:
        overdue = request_state(request, sheet.today) is RequestState.OVERDUE
        what = sheet.cut(request.what or "(not written down)", limit)
        asked = words.join(
            f"Asked {format_short(request.requested_on)}" if request.requested_on else "",
            f"by {sheet.cut(request.requested_by, 40)}" if request.requested_by else "",
            sep=" ",
        )
        if request.submitted_on is None:
            due = (f"due {format_short(request.due_on)} "
                   f"({relative_due(request.due_on, sheet.today)})" if request.due_on else "")
            sent = words.join(f"<b>{words.NOTHING_SENT}</b>", due, sep=" — ")
        else:
            sent = sheet.cut(words.sent(request, format_short), limit)
        rows.append([
            sheet.para(_lines(f"<b>OVERDUE</b> — {what}" if overdue else what, asked)),
            sheet.para(sent),
        ])
    table = grid(rows, [width * 0.58, width * 0.42])
    return [*out, table, *_more(sheet, len(requests) - shown, "open requests")]


def _prior_auth(sheet: Sheet, plan: Plan, limit: int) -> str:
    return words.join(f"phone {sheet.whole(plan.pa_phone, limit)}" if plan.pa_phone else "",
                      f"fax {sheet.whole(plan.pa_fax, limit)}" if plan.pa_fax else "", sep=", ")


# ----------------------------------------------------------------------------- two columns

def questions_block(sheet: Sheet, questions: Sequence[Question], shown: int, limit: int,
                    width: float) -> list[Flowable]:
    out = _titled(sheet, "Questions to ask", len(questions), width)
    if not questions:
        return [*out, sheet.para("No open questions.")]
    for index, question in enumerate(questions[:shown]):
        if index:
            out.append(Spacer(1, ITEM_GAP))
        whom = (f" (ask {sheet.cut(question.ask_whom, limit // 2)})"
                if question.ask_whom.strip() else "")
        out.append(sheet.para(f"• {sheet.cut(question.text, limit)}{whom}", style="hanging"))
    return out + _more(sheet, len(questions) - shown, "open questions")


def contacts_block(sheet: Sheet, contacts: Sequence[Contact], shown: int, limit: int,
                   width: float) -> list[Flowable]:
    out = _titled(sheet, "People to call", len(contacts), width)
    if not contacts:
        return [*out, sheet.para("No contacts written down yet.")]
    short = max(24, limit // 2)
    for index, contact in enumerate(contacts[:shown]):
        if index:
            out.append(Spacer(1, ITEM_GAP))
        who = words.join(contact.role, contact.organization, sep=", ")
        phone = f"<b>{sheet.whole(contact.phone, short)}</b>" if contact.phone.strip() else ""
        name = sheet.cut(contact.name or "Name not written down", short)
        out.append(sheet.para(_lines(words.join(name, phone, sep=" — "),
                                     sheet.cut(who, limit))))
    return out + _more(sheet, len(contacts) - shown, "contacts")


def calls_block(sheet: Sheet, calls: Sequence[Call], shown: int, limit: int, width: float,
                *, total: int) -> list[Flowable]:
    out = _titled(sheet, "Latest calls", total, width)
    if not calls:
        return [*out, sheet.para("No calls logged yet.")]
    for index, call in enumerate(calls[:shown]):
        if index:
            out.append(Spacer(1, ITEM_GAP))
        reference = _labelled("Ref. no.", sheet.cut(call.reference_number, max(24, limit // 2)))
        out.append(sheet.para(words.join(
            words.join(f"<b>{format_short(call.called_at.date())}</b>",
                       sheet.cut(words.call_who(call), limit), sep=" — "),
            reference,
        )))
    return out + _more(sheet, total - shown, "calls")


def documents_block(sheet: Sheet, documents: Sequence[Document], shown: int, limit: int,
                    width: float) -> list[Flowable]:
    out = _titled(sheet, "Documents in the folder", len(documents), width)
    if not documents:
        return [*out, sheet.para("No documents added yet.")]
    rows: list[list[Paragraph]] = []
    for document in documents[:shown]:
        title = sheet.cut(document.title or document.original_name or "(untitled)", limit)
        rows.append([
            sheet.para(f"{title} ({document.kind.label.lower()})"),
            sheet.para(format_short(document_day(document)) or "—"),
        ])
    table = [grid(rows, [width - 76, 76], header=False)] if rows else []
    return [*out, *table, *_more(sheet, len(documents) - shown, "documents")]
