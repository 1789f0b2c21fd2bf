"""The sentences both reports print about a record, in the caregiver's words and language (plain
strings; the dates come from :mod:`infusion_desk.core.dates`, in the language in place)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from infusion_desk.core.dates import (
    format_day,
    format_short,
    relative_due,
    relative_end,
)
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from infusion_desk.core.records import (
    Call,
    CallDirection,
    Plan,
    PlanType,
    Profile,
    Request,
    Step,
)
from infusion_desk.core.rules import approval_ends_soon

# Marked here, translated where printed (translate("ReportWords", DISCLAIMER)).
DISCLAIMER = QT_TRANSLATE_NOOP(
    "ReportWords",
    "Personal organizer summary made with Infusion Desk — not coverage advice. "
    "Confirm details with the plan and the provider.")
NOTHING_SENT = QT_TRANSLATE_NOOP("ReportWords", "Nothing sent yet")

DayFormat = Callable[[date | None], str]


def said(text: str, context: str = "ReportWords") -> str:
    """Words marked with ``QT_TRANSLATE_NOOP(context, ...)`` where they are defined (a constant
    the tests also read in English), in the language in place."""
    return translate_marked(context, text)


def join(*parts: str, sep: str = " · ") -> str:
    """The non-empty parts, joined."""
    return sep.join(p.strip() for p in parts if p and p.strip())


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def born(profile: Profile, today: date) -> str:
    if profile.date_of_birth is None:
        return ""
    age = age_on(profile.date_of_birth, today)
    day = format_day(profile.date_of_birth)
    if not 0 <= age < 130:
        return day
    return translate("ReportWords", "{day} (age {age})").format(day=day, age=age)


def therapy(profile: Profile) -> str:
    if profile.therapy and profile.treats:
        return translate("ReportWords", "{therapy}, for {condition}").format(
            therapy=profile.therapy, condition=profile.treats)
    if profile.treats:
        return translate("ReportWords", "For {condition}").format(condition=profile.treats)
    return profile.therapy


def duration(profile: Profile, today: date) -> str:
    """"6 weeks, started Thu, Feb 5, 2026" — or "starts" when the day is still ahead."""
    length = profile.planned_duration
    if profile.start_date is None:
        return length
    day = format_day(profile.start_date)
    ahead = profile.start_date > today
    if length:
        text = (translate("ReportWords", "{length}, starts {day}") if ahead
                else translate("ReportWords", "{length}, started {day}"))
        return text.format(length=length, day=day)
    text = (translate("ReportWords", "Starts {day}") if ahead
            else translate("ReportWords", "Started {day}"))
    return text.format(day=day)


def plan_title(plan: Plan) -> str:
    return join(plan.rank.label, plan.payer or translate("ReportWords", "Plan"), sep=": ")


def plan_kind(plan: Plan) -> str:
    """The plan's own name ("Silverpine Rx Select (PDP)"), else its type; empty for "other"."""
    if plan.plan_name.strip():
        return plan.plan_name
    return "" if plan.plan_type is PlanType.OTHER else plan.plan_type.label


def open_ended() -> str:
    return translate("ReportWords", "open-ended")


def approved_period(step: Step, today: date, day: DayFormat = format_day) -> str:
    """"Thu, Feb 5, 2026 to Wed, Mar 18, 2026 (ENDS SOON: ends in 7 days)"; empty if none."""
    if step.approved_from is None and step.approved_to is None:
        return ""
    span = translate("ReportWords", "{start} to {end}").format(
        start=day(step.approved_from) or "?", end=day(step.approved_to) or open_ended())
    return join(span, approval_end(step, today), sep=" ")


def short_period(step: Step, today: date) -> tuple[str, str]:
    """("Feb 5, 2026 – Mar 18, 2026", "ENDS SOON: ends in 7 days"), for tight spaces."""
    first, last = step.approved_from, step.approved_to
    if first is None and last is None:
        return "", ""
    span = f"{format_short(first) or '?'} – {format_short(last) or open_ended()}"
    return span, approval_end(step, today).strip("()")


def approval_end(step: Step, today: date) -> str:
    """"(ENDS SOON: ends in 7 days)", "(ended 2 days ago)"; empty without an end date."""
    if step.approved_to is None:
        return ""
    when = relative_end(step.approved_to, today)
    if approval_ends_soon(step, today):
        return "(" + ends_soon(when) + ")"
    return f"({when})"


def ends_soon(when: str) -> str:
    """"ENDS SOON: ends in 7 days" (``when`` from :func:`relative_end`)."""
    return translate("ReportWords", "ENDS SOON: {when}").format(when=when)


def asked(request: Request, today: date, day: DayFormat = format_day) -> str:
    """"Asked Tue, Mar 3, 2026 by Renee · due Mon, Mar 9, 2026 (2 days overdue)"."""
    who = request.requested_by
    when = ""
    if request.requested_on and who:
        when = translate("ReportWords", "Asked {day} by {who}").format(
            day=day(request.requested_on), who=who)
    elif request.requested_on:
        when = translate("ReportWords", "Asked {day}").format(day=day(request.requested_on))
    elif who:
        when = translate("ReportWords", "Asked by {who}").format(who=who)
    due = ""
    if request.due_on is not None:
        relative = relative_due(request.due_on, today) if request.submitted_on is None else ""
        due = (translate("ReportWords", "due {day} ({when})") if relative
               else translate("ReportWords", "due {day}")).format(day=day(request.due_on),
                                                                   when=relative)
    return join(when, due)


def sent(request: Request, day: DayFormat = format_day) -> str:
    """"Sent Fri, Mar 6, 2026 by fax to Meadowbrook · by Dana · confirmation 123"."""
    if request.submitted_on is None:
        return said(NOTHING_SENT)
    when = day(request.submitted_on)
    how = request.method.label.lower() if request.method is not None else ""
    to = request.submitted_to
    if how and to:
        head = translate("ReportWords", "Sent {day} by {how} to {whom}")
    elif how:
        head = translate("ReportWords", "Sent {day} by {how}")
    elif to:
        head = translate("ReportWords", "Sent {day} to {whom}")
    else:
        head = translate("ReportWords", "Sent {day}")
    return join(
        head.format(day=when, how=how, whom=to),
        translate("ReportWords", "by {who}").format(who=request.submitted_by)
        if request.submitted_by else "",
        translate("ReportWords", "confirmation {number}").format(
            number=request.confirmation_number) if request.confirmation_number else "",
        translate("ReportWords", "they confirmed receipt {day}").format(
            day=day(request.confirmed_on)) if request.confirmed_on else "",
    )


def call_who(call: Call) -> str:
    """"We called Harborline Mutual, spoke with Lorraine" / "Meadowbrook called: Julia Park"."""
    place = call.organization or call.phone
    if call.direction is CallDirection.OUTGOING:
        if place and call.person:
            text = translate("ReportWords", "We called {place}, spoke with {person}")
        elif place:
            text = translate("ReportWords", "We called {place}")
        elif call.person:
            text = translate("ReportWords", "We called, spoke with {person}")
        else:
            text = translate("ReportWords", "We called")
        return text.format(place=place, person=call.person)
    if call.organization and call.person:
        return translate("ReportWords", "{caller} called: {person}").format(
            caller=call.organization, person=call.person)
    caller = call.organization or call.person
    if caller:
        return translate("ReportWords", "{caller} called").format(caller=caller)
    return translate("ReportWords", "Someone called")
