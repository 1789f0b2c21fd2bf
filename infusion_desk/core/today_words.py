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

from infusion_desk.core.at_risk import Whom
from infusion_desk.core.dates import relative_due, relative_end
from infusion_desk.core.deadline_words import (
    LETTER_FIRST,
    by_what,
    from_appeal_rules,
    where_from,
)
from infusion_desk.core.records import Call, RecordKind
from infusion_desk.core.today import CONSEQUENCE_WORDS, Reason, TodayItem

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
    return CONSEQUENCE_WORDS[item.consequence]


def day_text(day: date, today: date) -> str:
    """``Sat, Nov 14``; the year only when it is not this year's."""
    text = f"{day:%a}, {day:%b} {day.day}"
    return text if day.year == today.year else f"{text}, {day.year}"


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
    was = "was due" if item.day < today else "on"
    return f"{when} ({was} {day_text(item.day, today)})"


def follow_up_words(call: Call, item: TodayItem, today: date) -> str:
    """``Call Brightwater back (Sam) — due today. Last time: Asked about supplies.``"""
    who = " ".join(call.organization.split())
    person = " ".join(call.person.split())
    if who and person:
        whom = f"{who} back ({person})"
    else:
        whom = f"{who or person} back" if who or person else "back"
    line = f"Call {whom} — {_due(item, today)}."
    summary = _flat(call.summary)
    if summary:
        line += f" Last time: {summary}"
        if summary[-1] not in ".!?…":
            line += "."
    return line


def _phone(whom: Whom) -> str:
    """``: (888) 555-0143.`` kept on one line; just ``.`` without a number."""
    number = "\N{NO-BREAK SPACE}".join(whom.phone.split())
    return f": {number}." if number else "."


def _call(whom: Whom, about: str) -> str:
    """``Call Silverpine Health Plans about renewing: (888) 555-0143.``"""
    return f"Call {_flat(whom.name) or 'the insurance plan'} {about}{_phone(whom)}"


def _waiting(whom: Whom) -> str:
    """`` Renee Castillo is waiting for it: (555) 555-0100.``; empty when nobody is known."""
    if not whom.name.strip():
        return ""
    return f" {_flat(whom.name)} is waiting for it{_phone(whom)}"


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
        where += "; " + LETTER_FIRST[:1].lower() + LETTER_FIRST[1:].rstrip(".")
    # A date already passed says so in words, not only by its day.
    late = (f", {relative_due(deadline.due_on, today)}"
            if deadline.due_on < today and deadline.due_on != item.day else "")
    return f" {by} {day_text(deadline.due_on, today)}{late} ({where})."


def _deadline_line(item: TodayItem, today: date) -> str:
    """``Appeal by Wed, Jan 6 — due in 31 days: Ask the plan … (Silverpine). Worked out from
    the rules (…); the date on your letter comes first; confirm with the plan.``"""
    deadline = item.deadline
    assert deadline is not None
    line = (f"{by_what(deadline)} {day_text(deadline.due_on, today)} — "
            f"{relative_due(deadline.due_on, today)}: {_flat(item.text)}")
    whom = _flat(deadline.concerns, 80)
    line += f" ({whom})." if whom and whom not in item.text else "."
    where = where_from(deadline)
    line += f" {where[:1].upper()}{where[1:]}"
    if from_appeal_rules(deadline):
        line += "; " + LETTER_FIRST[:1].lower() + LETTER_FIRST[1:]
    else:
        line += "."
    return line


def _step_line(item: TodayItem, today: date) -> str:
    title = _flat(item.text)
    if item.reason is Reason.DENIED:
        on = f" on {day_text(item.day, today)}" if item.day is not None else ""
        return (f"Denied{on}: {title}.{folded_words(item, today)} "
                f"{_call(item.whom, 'about the denial')}")
    assert item.day is not None
    line = (f"Approval {when_text(item, today)} ({day_text(item.day, today)}): {title}."
            f"{folded_words(item, today)}")
    if item.reason is Reason.RENEWAL_UNDER_WAY:
        return f"{line} The renewal is under way."
    return f"{line} {_call(item.whom, 'about renewing')}"


def today_line(item: TodayItem, today: date, call: Call | None = None) -> str:
    """The whole line for one Today item, said as what to do. A follow-up reads best with its
    ``call`` (who to call back and what was said last time); without it, the item's text."""
    if item.kind is RecordKind.CALL:
        if call is not None:
            return follow_up_words(call, item, today) + folded_words(item, today)
        return (f"Call back — {_due(item, today)}. Last time: {_flat(item.text)}"
                f"{folded_words(item, today)}")
    if item.kind is RecordKind.DEADLINE and item.deadline is not None:
        return _deadline_line(item, today)
    if item.kind is RecordKind.REQUEST:
        line = f"Send “{_flat(item.text)}” — {_due(item, today)}."
        return line + _waiting(item.whom) if item.can_stop_therapy else line
    if item.kind is RecordKind.STEP and (item.day is not None or item.reason is Reason.DENIED):
        return _step_line(item, today)
    if item.kind is RecordKind.QUESTION:
        return f"Ask: {_flat(item.text)}"
    return f"{item.reason}: {_flat(item.text)}"


def more_questions_line(count: int) -> str:
    """The last line when some open questions are left out of Today."""
    noun = "question" if count == 1 else "questions"
    return f"… and {count} more {noun} to ask (see them all under Questions to ask)"


def lines_to_show(total: int, *, show_all: bool, cap: int = TODAY_CAP, keep: int = 0) -> int:
    """How many of ``total`` lines Today shows: all when asked, or when only one would hide.
    The first ``keep`` lines (those that can stop the therapy) are never folded away."""
    cap = max(cap, keep)
    if show_all or total <= cap + 1:
        return total
    return cap
