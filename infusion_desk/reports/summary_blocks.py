"""The blocks of the one-page summary, each built for a given number of items and text length.

A block is a list of flowables. :mod:`infusion_desk.reports.summary` asks for each block in
several sizes while it chooses what fits the page, so a builder must be cheap, and honest about
what it left out: a cut list ends with a line saying how many more there are and on which tab of
the app ("3 more questions for the plan are on the “Questions to ask” tab"), a cut field with "…".
A count in a title is the count the matching tab shows (:mod:`infusion_desk.core.counts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from infusion_desk.core import essentials
from infusion_desk.core.dates import format_day, format_short
from infusion_desk.core.deadline_record import Deadline
from infusion_desk.core.i18n import translate
from infusion_desk.core.meeting import OVERVIEW_TAB
from infusion_desk.core.records import (
    Call,
    Contact,
    Plan,
    Profile,
    Question,
    Request,
    RequestState,
)
from infusion_desk.core.rules import request_state
from infusion_desk.core.text import one_line
from infusion_desk.reports import words
from infusion_desk.reports.fonts import BOLD, PrintableText
from infusion_desk.reports.layout import grid, heading
from infusion_desk.reports.styles import Styles, fit_line
from infusion_desk.reports.summary_words import (
    due_words,
    more_line,
    not_confirmed,
    not_written,
    overdue_lead,
    ref_no,
)

ITEM_GAP = 3.0
SHORT_QUESTION = 60  # a question this short, tied to a request, says which request
# The plan's name's share of what the IDs leave in the plans table, preferred first.
PLAN_NAME_SHARES = (0.52, 0.5, 0.55, 0.47)


@dataclass(frozen=True)
class Sheet:
    """What every block needs: the type, the text filter, the day the page is printed, and what
    a question is about (requests and steps by id), and the deadlines folded into lines."""

    styles: Styles
    text: PrintableText
    today: date
    about: Mapping[tuple[str, int], str] = field(default_factory=dict)
    made: dict[tuple[str, str], Paragraph] = field(default_factory=dict)
    # The deadline a record's line carries, by (type, id): set once the page's lines are known.
    folded: dict[tuple[type, int], Deadline] = field(default_factory=dict)

    def cut(self, value: str, limit: int) -> str:
        """``value`` on one line, at most ``limit`` characters (ending in "…"), as markup."""
        return self.text.markup(one_line(value, max(limit, 8)))

    def whole(self, value: str, limit: int) -> str:
        """Like :meth:`cut`, kept on one line where it fits (a phone number, an ID)."""
        return self.cut(value, limit).replace(" ", "\u00a0")

    def para(self, markup: str, *, style: str = "body") -> Paragraph:
        return Paragraph(markup, getattr(self.styles, style))

    def item(self, markup: str, *, style: str = "body") -> Paragraph:
        """Like :meth:`para`, made once per page and measured once per width: the fitting
        measures the same item in many sizes of its list. (Not for a table that could hold the
        same words in columns of two widths.)"""
        key = (markup, style)
        if key not in self.made:
            self.made[key] = _MeasuredOnce(markup, getattr(self.styles, style))
        return self.made[key]


class _MeasuredOnce(Paragraph):  # type: ignore[misc]  # ReportLab has no types
    """A paragraph that remembers how it wrapped at the last width it was given."""

    _wrapped: tuple[float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1], self._wrapped[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height)
        return width, height


def titled(sheet: Sheet, title: str, width: float, count: int | None = None) -> list[Flowable]:
    """A block's heading; ``count`` (the matching tab's count) in brackets when given."""
    shown = f" ({count})" if count else ""
    return [heading(sheet.text.markup(title) + shown, sheet.styles, width), Spacer(1, 2)]


def labelled(label: str, value_markup: str) -> str:
    return f"{label}: <b>{value_markup}</b>" if value_markup else ""


def lines(*parts: str) -> str:
    return "<br/>".join(p for p in parts if p)


def bullets(sheet: Sheet, entries: Sequence[str]) -> list[Flowable]:
    out: list[Flowable] = []
    for index, entry in enumerate(entries):
        if index:
            out.append(Spacer(1, ITEM_GAP))
        out.append(sheet.item(f"• {entry}", style="hanging"))
    return out


# ----------------------------------------------------------------------------- the page's top

def header(sheet: Sheet, profile: Profile, width: float, *, purpose: str, who: str
           ) -> list[Flowable]:
    """Patient name (one line, however long), date of birth; what the page is for, with whom,
    and the day it was printed."""
    styles = sheet.styles
    right_width = 230.0
    name = (sheet.text.plain(profile.patient_name)
            or translate("SummaryPage", "Patient name not filled in"))
    name = fit_line(name, BOLD, styles.title.fontSize, width - right_width - 6)
    born = words.born(profile, sheet.today)
    left: list[Flowable] = [Paragraph(sheet.text.markup(name), styles.title)]
    if born:
        left.append(Paragraph(translate("SummaryPage", "Date of birth: <b>{day}</b>").format(
            day=sheet.cut(born, 60)), styles.subtitle))
    right = lines(f"<b>{sheet.text.markup(purpose)}</b>",
                  sheet.cut(who, 70) if who else "",
                  translate("SummaryPage", "Printed on {day}").format(
                      day=format_day(sheet.today)))
    table = Table([[left, Paragraph(right, styles.right)]],
                  colWidths=[width - right_width, right_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 1.6, "black"),
    ]))
    return [table]


def essentials_block(sheet: Sheet, profile: Profile, limit: int, width: float, *,
                     nursing: bool = False, appointment: bool = True) -> list[Flowable]:
    """The patient and therapy essentials, allergies always (never blank, never cut short)."""
    today = sheet.today
    started = words.duration(profile, today)
    fields = [
        (translate("SummaryPage", "Drug and dose"), profile.therapy),
        (translate("SummaryPage", "Schedule"), profile.dosing_schedule),
        (translate("SummaryPage", "Access line"), profile.access_line),
        (translate("SummaryPage", "Therapy"), words.join(
            started, translate("SummaryPage", "last day {day}").format(
                day=essentials.planned_end(profile, today)) if profile.planned_end else "",
            sep="; ")),
        (essentials.caption_words(essentials.DIAGNOSIS_CAPTION), profile.treats),
        (translate("SummaryPage", "Prescriber"), profile.prescriber),
        (translate("SummaryPage", "Home infusion"), profile.infusion_provider),
    ]
    if appointment:
        fields.append((essentials.caption_words(essentials.NEXT_APPOINTMENT_CAPTION),
                       essentials.next_appointment(profile, today)))
    if nursing:
        fields.append((translate("SummaryPage", "Nursing visits"), profile.nursing_schedule))
    cells = [sheet.para(f"<b>{label}:</b> {sheet.cut(value, limit)}", style="hanging")
             for label, value in fields if value.strip()]
    allergy = sheet.cut(essentials.allergies(profile), max(limit, 160))
    caption = essentials.caption_words(essentials.ALLERGIES_CAPTION)
    cells.insert(0, sheet.para(f"<b>{caption}: {allergy}</b>", style="hanging"))
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    return [grid(rows, [width / 2] * 2, header=False, shade=False)]


def plans_block(sheet: Sheet, plans: Sequence[Plan], shown: int, limit: int, width: float, *,
                compact: bool = False, phones: bool = False) -> list[Flowable]:
    """Every plan's IDs and phone numbers (the meeting's plan first); ``compact``: a line each,
    the member ID and group number (and with ``phones`` the member services number)."""
    out = titled(sheet, translate("SummaryPage", "Insurance plans"), width, len(plans))
    if not plans:
        return [*out, sheet.para(translate("SummaryPage", "No insurance plans written down yet."))]
    short = max(24, limit // 2)
    if compact:
        out += bullets(sheet, [plan_line(sheet, plan, short, phones=phones)
                               for plan in plans[:shown]])
        return [*out, *more_line(sheet, len(plans) - shown, translate("SummaryLists", "plans"),
                                OVERVIEW_TAB)]
    head = [translate("SummaryPage", "Plan"), translate("SummaryPage", "Member ID and group"),
            translate("SummaryPage", "Phone numbers")]
    rows: list[list[Paragraph]] = [[sheet.para(h, style="column_head") for h in head]]
    for plan in plans[:shown]:
        rank = plan.rank.label.lower()
        rows.append([
            sheet.para(lines(translate("SummaryPage", "<b>{payer}</b> ({rank})").format(
                payer=sheet.cut(plan.payer or translate("SummaryPage", "Plan"), limit),
                rank=rank),
                             sheet.cut(words.plan_kind(plan), limit))),
            sheet.para(lines(labelled(translate("SummaryPage", "ID"),
                                      sheet.whole(plan.member_id, short)),
                             labelled(translate("SummaryPage", "Group"),
                                      sheet.whole(plan.group_number, short)))
                       or "—"),
            sheet.para(lines(labelled(translate("SummaryPage", "Member services"),
                                      sheet.whole(plan.member_phone, short)),
                             _prior_auth(sheet, plan, short)) or "—"),
        ])
    table = [_plans_table(sheet, rows, plans[:shown], width)] if shown else []
    return [*out, *table, *more_line(sheet, len(plans) - shown, translate("SummaryLists", "plans"),
                                OVERVIEW_TAB)]


def _plans_table(sheet: Sheet, rows: list[list[Paragraph]], plans: Sequence[Plan],
                 width: float) -> Table:
    """The plans table, its IDs' column as wide as its longest ID or group number (kept on one
    line; a quarter of the width at least, 30 % at most), the rest shared by the plan's name
    and its phone numbers as makes the table shortest (names and numbers wrap differently on
    Letter and A4)."""
    size = sheet.styles.body.fontSize
    longest = max((stringWidth(f"{label}: ", sheet.styles.body.fontName, size)
                   + stringWidth(sheet.text.plain(value), BOLD, size)
                   for plan in plans for label, value in (
                       (translate("SummaryPage", "ID"), plan.member_id),
                       (translate("SummaryPage", "Group"), plan.group_number))),
                  default=0.0)
    ids = min(max(longest + 8, width * 0.25), width * 0.30)
    rest = width - ids
    best: tuple[float, Table] | None = None
    for share in PLAN_NAME_SHARES:
        table = grid(rows, [rest * share, ids, rest * (1 - share)])
        height = table.wrap(width, 10_000)[1]
        if best is None or height < best[0] - 0.1:
            best = (height, table)
    assert best is not None
    return best[1]


def plan_line(sheet: Sheet, plan: Plan, limit: int, *, phones: bool = False) -> str:
    """"Primary: Medicare — ID 3HK7-XN2-RW58" (and the group number, and with ``phones`` the
    member services number)."""
    phone = (translate("SummaryPage", "member services {phone}").format(
        phone=sheet.whole(plan.member_phone, limit))
             if phones and plan.member_phone.strip() else "")
    return words.join(
        f"<b>{sheet.cut(words.plan_title(plan), limit)}</b>",
        words.join(labelled(translate("SummaryPage", "ID"), sheet.whole(plan.member_id, limit)),
                   labelled(translate("SummaryPage", "group"),
                            sheet.whole(plan.group_number, limit)), sep=", "),
        phone, sep=" — ")


def _prior_auth(sheet: Sheet, plan: Plan, limit: int) -> str:
    numbers = words.join(f"{sheet.whole(plan.pa_phone, limit)}" if plan.pa_phone else "",
                         translate("SummaryPage", "fax {number}").format(
                             number=sheet.whole(plan.pa_fax, limit)) if plan.pa_fax else "",
                         sep=", ")
    return (translate("SummaryPage", "Prior authorization: {numbers}").format(numbers=numbers)
            if numbers else "")


# ----------------------------------------------------------------------------- full width

def asked_words(sheet: Sheet, request: Request, limit: int) -> str:
    """"OVERDUE — what" over "Asked Mar 3 by Renee Castillo"."""
    overdue = request_state(request, sheet.today) is RequestState.OVERDUE
    what = sheet.cut(request.what or not_written(), limit)
    asked = words.join(
        translate("SummaryPage", "Asked {day}").format(day=format_short(request.requested_on))
        if request.requested_on else "",
        translate("SummaryPage", "by {who}").format(who=sheet.cut(request.requested_by, 48))
        if request.requested_by else "",
        sep=" ",
    )
    return lines(overdue_lead(what) if overdue else what, asked)


def sent_words(sheet: Sheet, request: Request, limit: int) -> str:
    """"Nothing sent yet — due Mar 9 (2 days overdue)", or when and how it was sent, its
    confirmation number, and whether they confirmed they received it."""
    if request.submitted_on is None:
        due = due_words(request.due_on, sheet.today) if request.due_on else ""
        return words.join(f"<b>{words.said(words.NOTHING_SENT)}</b>", due, sep=" — ")
    sent = sheet.cut(words.sent(request, format_short), limit)
    if request.confirmed_on is None:
        sent += " — " + not_confirmed()
    return sent


def ledger_block(sheet: Sheet, requests: Sequence[Request], shown: int, limit: int,
                 width: float, *, title: str, noun: str, tab: str, empty: str,
                 count: int | None = None) -> list[Flowable]:
    """Requests as the ledger reads: what they asked for | what we sent and when."""
    out = titled(sheet, title, width, count)
    if not requests:
        return [*out, sheet.para(empty)]
    rows: list[list[Paragraph]] = [
        [sheet.para(translate("SummaryPage", "What they asked for"), style="column_head"),
         sheet.para(translate("SummaryPage", "What we sent, and when"), style="column_head")]]
    for request in requests[:shown]:
        rows.append([sheet.item(asked_words(sheet, request, limit)),
                     sheet.item(sent_words(sheet, request, limit))])
    table = [grid(rows, [width * 0.56, width * 0.44])] if shown else []
    return [*out, *table, *more_line(sheet, len(requests) - shown, noun, tab)]


# ----------------------------------------------------------------------------- lists

def question_words(sheet: Sheet, question: Question, limit: int, *, about: bool = True) -> str:
    whom = (" " + translate("SummaryPage", "(ask {whom})").format(
        whom=sheet.cut(question.ask_whom, limit // 2)) if question.ask_whom.strip() else "")
    # The guide's short "stuck" questions ("Who needs to submit it?") say what they are about.
    subject = sheet.about.get(("request", question.request_id or 0), "") if about else ""
    about_words = (" — " + translate("SummaryPage", "about: {subject}").format(
        subject=sheet.cut(subject, limit // 2))
                   if subject and len(question.text) < SHORT_QUESTION else "")
    return f"{sheet.cut(question.text, limit)}{whom}{about_words}"


def question_entries(sheet: Sheet, questions: Sequence[Question], limit: int) -> list[str]:
    """Each question in words; of several in a row about the same request, the first says
    which request."""
    entries, previous = [], None
    for question in questions:
        entries.append(question_words(sheet, question, limit,
                                      about=question.request_id != previous))
        previous = question.request_id
    return entries


def contact_words(sheet: Sheet, contact: Contact, limit: int, *, needs: bool = False) -> str:
    """Name — phone, then role and organization; ``needs``: the role only (the section names
    the organization), then what they need from us."""
    short = max(24, limit // 2)
    who = contact.role if needs else words.join(contact.role, contact.organization, sep=", ")
    phone = f"<b>{sheet.whole(contact.phone, short)}</b>" if contact.phone.strip() else ""
    name = sheet.cut(contact.name or translate("SummaryPage", "Name not written down"), short)
    wanted = (translate("SummaryPage", "Needs from us: {needs}").format(
        needs=sheet.cut(contact.needs_from_us, limit))
              if needs and contact.needs_from_us.strip() else "")
    return lines(words.join(name, phone, sep=" — "), sheet.cut(who, limit), wanted)


def call_words(sheet: Sheet, call: Call, limit: int, *, brief: bool = False) -> str:
    """"Mar 6, 2026 — We called Silverpine, spoke with Gregory Hale · Ref. no.: SRX-…";
    ``brief``: "Mar 6, 2026 — Silverpine (Gregory Hale) — ref. no. SRX-…"."""
    short = max(24, limit // 2)
    day = f"<b>{format_short(call.called_at.date())}</b>"
    if brief:
        who = call.organization or call.phone
        who = f"{who} ({call.person})" if who and call.person else who or call.person
        return words.join(day, sheet.cut(who, limit),
                          ref_no(sheet.cut(call.reference_number, short))
                          if call.reference_number.strip() else "", sep=" — ")
    reference = labelled(translate("SummaryPage", "Ref. no."),
                         sheet.cut(call.reference_number, short))
    return words.join(words.join(day, sheet.cut(words.call_who(call), limit), sep=" — "),
                      reference)



