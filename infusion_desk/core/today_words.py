"""How the *Today* list words each line: as something to do, with when it was due.

``Call Brightwater Home Infusion Pharmacy back (Sam) — 13 days overdue (was due Sat, Nov 14).
Last time: Followed up with Sam about the supply charges.``

A line that can stop the therapy ends with the one next action and whom to call, with their
number when the folder has it: ``… Call Silverpine Health Plans about renewing: (888) 555-0143.``
It says what is due and whom to call, never what the plan will do.
"""

from __future__ import annotations

import enum
from datetime import date

from infusion_desk.core.appeal_rules import letter_first
from infusion_desk.core.at_risk import Whom
from infusion_desk.core.date_names import month_short, weekday_short
from infusion_desk.core.dates import format_day, relative_due, relative_end
from infusion_desk.core.deadline_words import (
    by_what,
    from_appeal_rules,
    where_from,
)
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Call, RecordKind
from infusion_desk.core.today import Consequence, Reason, TodayItem

# Today shows this many lines until she asks for all of them, so that "Where things stand" stays
# in sight; one more line than this is shown rather than hidden behind a button.
TODAY_CAP = 5
# Typed notes are shown in full up to this length; longer ones end with "…" (the tooltip and the
# record itself hold all of it).
LONGEST_NOTE = 240


def when_text(item: TodayItem, today: date) -> str:
    """The item's date relative to ``today``; empty when it has none (an open question)."""
    if item.day is None:
        return ""
    if item.kind is RecordKind.STEP:
        return relative_end(item.day, today)
    return relative_due(item.day, today)


def is_overdue(item: TodayItem, today: date) -> bool:
    """A request or a follow-up call whose day has passed."""
    return (item.kind in (RecordKind.REQUEST, RecordKind.CALL, RecordKind.DEADLINE)
            and item.day is not None and item.day < today)


def needs_warning(item: TodayItem, today: date) -> bool:
    """Whether the line gets the warning sign: anything overdue, and an approval running out."""
    return is_overdue(item, today) or item.kind is RecordKind.STEP


class Sign(enum.Enum):
    """The sign beside a line; never the only thing that tells the lines apart."""

    CAN_STOP_THERAPY = "stop"  # its own sign, and the words "Can stop the therapy"
    WARNING = "warning"
    QUESTION = "question"
    INFORMATION = "information"


def sign_of(item: TodayItem, today: date) -> Sign:
    if item.can_stop_therapy:
        return Sign.CAN_STOP_THERAPY
    if needs_warning(item, today):
        return Sign.WARNING
    return Sign.QUESTION if item.kind is RecordKind.QUESTION else Sign.INFORMATION


def tag_of(item: TodayItem) -> str:
    """``Can stop the therapy`` for a line of the first kind; empty for the others."""
    if item.consequence is Consequence.CAN_STOP_THERAPY:
        return translate("TodayWords", "Can stop the therapy")
    return ""


def reason_words(reason: Reason) -> str:
    """Why a record is on Today, in her words (``Approval ending soon``)."""
    return {
        Reason.APPROVAL_ENDING: translate("TodayWords", "Approval ending soon"),
        Reason.DENIED: translate("TodayWords", "Denied"),
        Reason.OVERDUE_REQUEST: translate("TodayWords", "Overdue request"),
        Reason.FOLLOW_UP_DUE: translate("TodayWords", "Follow-up due"),
        Reason.RENEWAL_UNDER_WAY: translate("TodayWords", "Approval ending, renewal under way"),
        Reason.OPEN_QUESTION: translate("TodayWords", "Open question"),
        Reason.RENEW_BY: translate("TodayWords", "Renew before"),
        Reason.APPEAL_BY: translate("TodayWords", "Appeal deadline"),
        Reason.CALL_BACK_BY: translate("TodayWords", "Promised call-back"),
        Reason.DEADLINE: translate("TodayWords", "Deadline"),
    }[reason]


def day_text(day: date, today: date) -> str:
    """``Sat, Nov 14``; the year only when it is not this year's."""
    if day.year != today.year:
        return format_day(day)
    return translate("Dates", "{weekday}, {month} {day}").format(
        weekday=weekday_short(day), month=month_short(day), day=day.day)


def _flat(text: str, longest: int = LONGEST_NOTE) -> str:
    """Typed text on one line, whole unless it is very long."""
    flat = " ".join(text.split())
    if len(flat) <= longest:
        return flat
    return flat[: longest - 1].rstrip() + "…"


def _due(item: TodayItem, today: date) -> str:
    """``13 days overdue (was due Sat, Nov 14)``, ``due today``, ``due tomorrow (Sat, Nov 28)``."""
    if item.day is None:
        return ""
    when = relative_due(item.day, today)
    if item.day == today:
        return when
    if item.day < today:
        return translate("TodayWords", "{when} (was due {day})").format(
            when=when, day=day_text(item.day, today))
    return translate("TodayWords", "{when} (on {day})").format(
        when=when, day=day_text(item.day, today))


def follow_up_words(call: Call, item: TodayItem, today: date) -> str:
    """``Call Brightwater back (Sam) — due today. Last time: Asked about supplies.``"""
    who = " ".join(call.organization.split())
    person = " ".join(call.person.split())
    due = _due(item, today)
    if who and person:
        line = translate("TodayWords", "Call {who} back ({person}) — {due}.").format(
            who=who, person=person, due=due)
    elif who or person:
        line = translate("TodayWords", "Call {who} back — {due}.").format(
            who=who or person, due=due)
    else:
        line = translate("TodayWords", "Call back — {due}.").format(due=due)
    summary = _flat(call.summary)
    if summary:
        line += " " + translate("TodayWords", "Last time: {summary}").format(summary=summary)
        if summary[-1] not in ".!?…":
            line += "."
    return line


def _phone(whom: Whom) -> str:
    """``: (888) 555-0143.`` kept on one line; just ``.`` without a number."""
    number = "\N{NO-BREAK SPACE}".join(whom.phone.split())
    return f": {number}." if number else "."


def _call(whom: Whom, *, denial: bool) -> str:
    """``Call Silverpine Health Plans about renewing: (888) 555-0143.`` (or about the denial)."""
    name = _flat(whom.name) or translate("TodayWords", "the insurance plan")
    if denial:
        words = translate("TodayWords", "Call {name} about the denial").format(name=name)
    else:
        words = translate("TodayWords", "Call {name} about renewing").format(name=name)
    return words + _phone(whom)


def _waiting(whom: Whom) -> str:
    """`` Renee Castillo is waiting for it: (555) 555-0100.``; empty when nobody is known."""
    if not whom.name.strip():
        return ""
    return " " + translate("TodayWords", "{name} is waiting for it").format(
        name=_flat(whom.name)) + _phone(whom)


def folded_words(item: TodayItem, today: date) -> str:
    """`` Appeal by Wed, Jan 6 (worked out from the rules (42 CFR 422.582(b)); the date on
    your letter comes first; confirm with the plan).`` for a line with a deadline folded into
    it; empty for one without. A date already passed says how long ago: `` Renew by Fri,
    Nov 20, 7 days overdue (worked out from the approval's end date).``"""
    deadline = item.deadline
    if deadline is None or item.kind is RecordKind.DEADLINE:
        return ""
    by = by_what(deadline)
    where = where_from(deadline)
    if from_appeal_rules(deadline):
        first = letter_first()
        where += "; " + first[:1].lower() + first[1:].rstrip(".")
    # A date already passed says so in words, not only by its day.
    day = day_text(deadline.due_on, today)
    if deadline.due_on < today and deadline.due_on != item.day:
        return " " + translate("TodayWords", "{by} {day}, {late} ({where}).").format(
            by=by, day=day, late=relative_due(deadline.due_on, today), where=where)
    return " " + translate("TodayWords", "{by} {day} ({where}).").format(
        by=by, day=day, where=where)


def _deadline_line(item: TodayItem, today: date) -> str:
    """``Appeal by Wed, Jan 6 — due in 31 days: Ask the plan … (Silverpine). Worked out from
    the rules (…); the date on your letter comes first; confirm with the plan.``"""
    deadline = item.deadline
    assert deadline is not None
    line = translate("TodayWords", "{by} {day} — {when}: {what}").format(
        by=by_what(deadline), day=day_text(deadline.due_on, today),
        when=relative_due(deadline.due_on, today), what=_flat(item.text))
    whom = _flat(deadline.concerns, 80)
    line += f" ({whom})." if whom and whom not in item.text else "."
    where = where_from(deadline)
    line += f" {where[:1].upper()}{where[1:]}"
    if from_appeal_rules(deadline):
        first = letter_first()
        line += "; " + first[:1].lower() + first[1:]
    else:
        line += "."
    return line


def _step_line(item: TodayItem, today: date) -> str:
    title = _flat(item.text)
    if item.reason is Reason.DENIED:
        if item.day is not None:
            denied = translate("TodayWords", "Denied on {day}: {title}.").format(
                day=day_text(item.day, today), title=title)
        else:
            denied = translate("TodayWords", "Denied: {title}.").format(title=title)
        return f"{denied}{folded_words(item, today)} {_call(item.whom, denial=True)}"
    assert item.day is not None
    line = translate("TodayWords", "Approval {when} ({day}): {title}.").format(
        when=when_text(item, today), day=day_text(item.day, today), title=title)
    line += folded_words(item, today)
    if item.reason is Reason.RENEWAL_UNDER_WAY:
        return line + " " + translate("TodayWords", "The renewal is under way.")
    return f"{line} {_call(item.whom, denial=False)}"


def today_line(item: TodayItem, today: date, call: Call | None = None) -> str:
    """The whole line for one Today item, said as what to do. A follow-up reads best with its
    ``call`` (who to call back and what was said last time); without it, the item's text."""
    if item.kind is RecordKind.CALL:
        if call is not None:
            return follow_up_words(call, item, today) + folded_words(item, today)
        return translate("TodayWords", "Call back — {due}. Last time: {summary}").format(
            due=_due(item, today), summary=_flat(item.text)) + folded_words(item, today)
    if item.kind is RecordKind.DEADLINE and item.deadline is not None:
        return _deadline_line(item, today)
    if item.kind is RecordKind.REQUEST:
        line = translate("TodayWords", "Send “{what}” — {due}.").format(
            what=_flat(item.text), due=_due(item, today))
        return line + _waiting(item.whom) if item.can_stop_therapy else line
    if item.kind is RecordKind.STEP and (item.day is not None or item.reason is Reason.DENIED):
        return _step_line(item, today)
    if item.kind is RecordKind.QUESTION:
        return translate("TodayWords", "Ask: {question}").format(question=_flat(item.text))
    return translate("TodayWords", "{reason}: {text}").format(
        reason=reason_words(item.reason), text=_flat(item.text))


def more_questions_line(count: int) -> str:
    """The last line when some open questions are left out of Today."""
    return translate("TodayWords", "… and %n more questions to ask (see them all under "
                                   "Questions to ask)", None, count)


def lines_to_show(total: int, *, show_all: bool, cap: int = TODAY_CAP, keep: int = 0) -> int:
    """How many of ``total`` lines Today shows: all when asked, or when only one would hide.
    The first ``keep`` lines (those that can stop the therapy) are never folded away."""
    cap = max(cap, keep)
    if show_all or total <= cap + 1:
        return total
    return cap
