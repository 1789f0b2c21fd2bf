"""The sentences both reports print about a record, in the caregiver's words (plain strings)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from infusion_desk.core.dates import (
    format_day,
    format_short,
    relative_due,
    relative_end,
)
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

DISCLAIMER = (
    "Personal organizer summary made with Infusion Desk — not coverage advice. "
    "Confirm details with the plan and the provider."
)
NOTHING_SENT = "Nothing sent yet"

DayFormat = Callable[[date | None], str]


def join(*parts: str, sep: str = " · ") -> str:
    """The non-empty parts, joined."""
    return sep.join(p.strip() for p in parts if p and p.strip())


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def born(profile: Profile, today: date) -> str:
    if profile.date_of_birth is None:
        return ""
    age = age_on(profile.date_of_birth, today)
    suffix = f" (age {age})" if 0 <= age < 130 else ""
    return format_day(profile.date_of_birth) + suffix


def therapy(profile: Profile) -> str:
    if profile.therapy and profile.treats:
        return f"{profile.therapy}, for {profile.treats}"
    return profile.therapy or (f"For {profile.treats}" if profile.treats else "")


def duration(profile: Profile, today: date) -> str:
    """"6 weeks, started Thu, Feb 5, 2026" — or "starts" when the day is still ahead."""
    start = ""
    if profile.start_date is not None:
        verb = "starts" if profile.start_date > today else "started"
        start = f"{verb} {format_day(profile.start_date)}"
    if profile.planned_duration and start:
        return f"{profile.planned_duration}, {start}"
    return profile.planned_duration or start[:1].upper() + start[1:]


def plan_title(plan: Plan) -> str:
    return join(plan.rank.label, plan.payer or "Plan", sep=": ")


def plan_kind(plan: Plan) -> str:
    """The plan's own name ("Silverpine Rx Select (PDP)"), else its type; empty for "other"."""
    if plan.plan_name.strip():
        return plan.plan_name
    return "" if plan.plan_type is PlanType.OTHER else plan.plan_type.label


def approved_period(step: Step, today: date, day: DayFormat = format_day) -> str:
    """"Thu, Feb 5, 2026 to Wed, Mar 18, 2026 (ENDS SOON: ends in 7 days)"; empty if none."""
    if step.approved_from is None and step.approved_to is None:
        return ""
    start = day(step.approved_from) or "?"
    end = day(step.approved_to) or "open-ended"
    return join(f"{start} to {end}", approval_end(step, today), sep=" ")


def short_period(step: Step, today: date) -> tuple[str, str]:
    """("Feb 5 – Mar 18, 2026", "ENDS SOON: ends in 7 days"), for tight spaces."""
    first, last = step.approved_from, step.approved_to
    if first is None and last is None:
        return "", ""
    if first is not None and last is not None and first.year == last.year:
        span = f"{first:%b} {first.day} – {format_short(last)}"
    else:
        span = f"{format_short(first) or '?'} – {format_short(last) or 'open-ended'}"
    return span, approval_end(step, today).strip("()")


def approval_end(step: Step, today: date) -> str:
    """"(ENDS SOON: ends in 7 days)", "(ended 2 days ago)"; empty without an end date."""
    if step.approved_to is None:
        return ""
    when = relative_end(step.approved_to, today)
    return f"(ENDS SOON: {when})" if approval_ends_soon(step, today) else f"({when})"


def asked(request: Request, today: date, day: DayFormat = format_day) -> str:
    """"Asked Tue, Mar 3, 2026 by Renee · due Mon, Mar 9, 2026 (2 days overdue)"."""
    who = f" by {request.requested_by}" if request.requested_by else ""
    when = f"Asked {day(request.requested_on)}{who}" if request.requested_on else (
        f"Asked{who}" if who else "")
    due = ""
    if request.due_on is not None:
        relative = relative_due(request.due_on, today) if request.submitted_on is None else ""
        due = f"due {day(request.due_on)}" + (f" ({relative})" if relative else "")
    return join(when, due)


def sent(request: Request, day: DayFormat = format_day) -> str:
    """"Sent Fri, Mar 6, 2026 by fax to Meadowbrook · by Dana · confirmation 123"."""
    if request.submitted_on is None:
        return NOTHING_SENT
    how = f" by {request.method.label.lower()}" if request.method is not None else ""
    to = f" to {request.submitted_to}" if request.submitted_to else ""
    return join(
        f"Sent {day(request.submitted_on)}{how}{to}",
        f"by {request.submitted_by}" if request.submitted_by else "",
        f"confirmation {request.confirmation_number}" if request.confirmation_number else "",
        f"they confirmed receipt {day(request.confirmed_on)}"
        if request.confirmed_on else "",
    )


def call_who(call: Call) -> str:
    """"We called Harborline Mutual, spoke with Lorraine" / "Meadowbrook called: Julia Park"."""
    place = call.organization or call.phone
    if call.direction is CallDirection.OUTGOING:
        head = f"We called {place}" if place else "We called"
        return f"{head}, spoke with {call.person}" if call.person else head
    caller = call.organization or call.person or "Someone"
    if call.organization and call.person:
        return f"{caller} called: {call.person}"
    return f"{caller} called"
