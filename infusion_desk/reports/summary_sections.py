"""The parts of a summary made for one meeting: the meeting's own sections (full width, every item
unless the page is full of them), the brief lists of everything else, and the line that says what
is left out and where it is in the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from reportlab.platypus import Flowable, Spacer

from infusion_desk.core.dates import format_short, relative_due
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.core.meeting import (
    CALLS_TAB,
    CONTACTS_TAB,
    OVERVIEW_TAB,
    QUESTIONS_TAB,
    REQUESTS_TAB,
    Item,
    Section,
)
from infusion_desk.core.records import (
    Call,
    Contact,
    Question,
    Request,
    RequestState,
    Step,
    StepStatus,
)
from infusion_desk.core.rules import approval_ends_soon, request_state
from infusion_desk.reports import words
from infusion_desk.reports.layout import heading
from infusion_desk.reports.summary_blocks import (
    Sheet,
    bullets,
    call_words,
    contact_words,
    ledger_block,
    question_entries,
    question_words,
    titled,
)
from infusion_desk.reports.summary_deadlines import with_folded
from infusion_desk.reports.summary_words import (
    counted,
    due_words,
    more_line,
    not_confirmed,
    not_written,
    overdue_lead,
    ref_no,
)

T = TypeVar("T")
TABS: dict[type, str] = {Request: REQUESTS_TAB, Call: CALLS_TAB, Step: OVERVIEW_TAB,
                         Contact: CONTACTS_TAB, Question: QUESTIONS_TAB}
ALSO_TITLE = QT_TRANSLATE_NOOP("SummarySections", "For other meetings, in brief")
_UNDER_WAY = frozenset({StepStatus.IN_PROGRESS, StepStatus.WAITING, StepStatus.NOT_STARTED})


def _only(items: Sequence[Item], kind: type[T]) -> list[T]:
    return [item for item in items if isinstance(item, kind)]


def section_block(sheet: Sheet, section: Section, shown: int, limit: int, width: float
                  ) -> list[Flowable]:
    """One of the meeting's sections with its first ``shown`` items."""
    items = section.items
    if section.key == "ledger":
        return ledger_block(sheet, _only(items, Request), shown, limit, width,
                            title=section.title, noun=section.noun, empty=section.empty,
                            tab=section.tab)
    if not items:
        return [sheet.para(translate("SummarySections", "<b>{title}:</b> {empty}").format(
            title=sheet.text.markup(section.title), empty=sheet.text.markup(section.empty)))]
    out = titled(sheet, section.title, width)
    if section.key == "calls":
        entries = [call_words(sheet, item, limit, brief=True)
                   for item in _only(items, Call)[:shown]]
    elif section.key == "questions":
        entries = question_entries(sheet, _only(items, Question)[:shown], limit)
    else:
        entries = [item_words(sheet, item, limit) for item in items[:shown]]
    out += bullets(sheet, entries)
    tabs = [TABS.get(type(item), section.tab) for item in items[shown:]]
    return out + more_line(sheet, len(items) - shown, section.noun, tabs)


def item_words(sheet: Sheet, item: Item, limit: int) -> str:
    """One record in a sentence, for the sections that mix requests, steps and calls."""
    if isinstance(item, Request):
        return request_line(sheet, item, limit)
    if isinstance(item, Step):
        return step_line(sheet, item, limit)
    if isinstance(item, Call):
        return follow_up_line(sheet, item, limit)
    if isinstance(item, Contact):
        return contact_words(sheet, item, limit, needs=True)
    return question_words(sheet, item, limit)


def follow_up_line(sheet: Sheet, call: Call, limit: int) -> str:
    """"Call Brightwater back (Sam Ortega) — 13 days overdue (was due Feb 26, 2026) — last call
    Feb 19, 2026, ref. no. BW-BILL-3307"."""
    short = max(24, limit // 2)
    who = sheet.cut(call.organization or call.phone or translate("SummarySections", "them"),
                    short)
    back = (translate("SummarySections", "<b>Call {who} back</b> ({person})").format(
        who=who, person=sheet.cut(call.person, short)) if call.person.strip()
        else translate("SummarySections", "<b>Call {who} back</b>").format(who=who))
    due = ""
    if call.follow_up_on is not None:
        when, day = relative_due(call.follow_up_on, sheet.today), format_short(call.follow_up_on)
        due = (translate("SummarySections", "{when} (was due {day})") if call.follow_up_on
               < sheet.today else translate("SummarySections", "{when} ({day})")).format(
            when=when, day=day)
    last = words.join(translate("SummarySections", "last call {day}").format(
                          day=format_short(call.called_at.date())),
                      ref_no(sheet.cut(call.reference_number, short))
                      if call.reference_number.strip() else "", sep=", ")
    return with_folded(sheet, words.join(back, due, last, sep=" — "), (Call, call.id))


def request_line(sheet: Sheet, request: Request, limit: int) -> str:
    """"OVERDUE — what — asked by X, due Mar 9 (2 days overdue)", or when it was sent."""
    short = max(24, limit // 2)
    state = request_state(request, sheet.today)
    what = sheet.cut(request.what or not_written(), limit)
    asked = (translate("SummarySections", "asked by {who}").format(
        who=sheet.cut(request.requested_by, short)) if request.requested_by else "")
    if request.submitted_on is None:
        due = due_words(request.due_on, sheet.today) if request.due_on else ""
        lead = overdue_lead(what) if state is RequestState.OVERDUE else what
        return words.join(lead, words.join(asked, due, sep=", "), sep=" — ")
    sent = sheet.cut(words.sent(request, format_short), limit)
    waiting = "" if request.confirmed_on else not_confirmed()
    return words.join(what, sent, waiting, sep=" — ")


def step_line(sheet: Sheet, step: Step, limit: int) -> str:
    """"Prior authorization — Approved — ref. # SPX-PA-4471 — Feb 5 – Mar 18, 2026, ENDS SOON…"
    (never "no.", which reads as a refusal at the end of a line), then the deadline the page
    folded into it ("— Renew by …")."""
    short = max(24, limit // 2)
    span, ends = words.short_period(step, sheet.today)
    waiting = (translate("SummarySections", "waiting on {whom}").format(
        whom=sheet.cut(step.waiting_on, limit))
               if step.waiting_on.strip() and step.status in _UNDER_WAY else "")
    status = "" if waiting and step.status is StepStatus.WAITING else step.status.label
    soon = bool(step.approved_to) and approval_ends_soon(step, sheet.today)
    return with_folded(sheet, words.join(
        f"<b>{sheet.cut(step.display_title, limit)}</b>", status, waiting,
        translate("SummarySections", "ref. # <b>{number}</b>").format(
            number=sheet.cut(step.reference_number, short))
        if step.reference_number.strip() else "",
        words.join(span, f"<b>{ends}</b>" if soon else ends, sep=", "), sep=" — "),
        (Step, step.id))


def brief_block(sheet: Sheet, title: str, entries: Sequence[str], width: float, *, hidden: int,
                noun: str, tab: str) -> list[Flowable]:
    """A short list for another meeting; nothing at all when none of it is shown."""
    if not entries:
        return []
    return [*titled(sheet, title, width), *bullets(sheet, entries),
            *more_line(sheet, hidden, noun, tab)]


def counted_list(sheet: Sheet, title: str, entries: Sequence[str], width: float, *,
                 count: int, hidden: int, noun: str, tab: str, empty: str) -> list[Flowable]:
    """A list of everything in brief: its title with the count its tab shows, its first lines,
    and how many more are on the tab."""
    out = titled(sheet, title, width, count)
    if not entries and not hidden:
        return [*out, sheet.para(empty)]
    return [*out, *bullets(sheet, entries), *more_line(sheet, hidden, noun, tab)]


def also_heading(sheet: Sheet, width: float) -> list[Flowable]:
    return [Spacer(1, 4), heading(words.said(ALSO_TITLE, "SummarySections"), sheet.styles, width),
            Spacer(1, 2)]


def rest_line(sheet: Sheet, left_out: Sequence[tuple[int, str, str]]) -> list[Flowable]:
    """"Also in the app, each on its tab: 7 open requests, 30 calls, 16 documents." for the
    lists of other meetings that had no room at all."""
    parts = [sheet.text.markup(counted(hidden, noun)) for hidden, noun, _tab in left_out
             if hidden > 0]
    if not parts:
        return []
    return [sheet.para(translate("SummarySections", "Also in the app, each on its tab: {lists}.")
                       .format(lists=", ".join(parts)), style="more")]
