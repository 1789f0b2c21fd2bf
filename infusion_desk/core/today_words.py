"""How the *Today* list words each line: as something to do, with when it was due.

``Call Brightwater Home Infusion Pharmacy back (Sam) — 13 days overdue (was due Sat, Nov 14).
Last time: Followed up with Sam about the supply charges.``
"""

from __future__ import annotations

from datetime import date

from infusion_desk.core.dates import relative_due, relative_end
from infusion_desk.core.records import Call, RecordKind
from infusion_desk.core.rules import TodayItem

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
    return (item.kind in (RecordKind.REQUEST, RecordKind.CALL) and item.day is not None
            and item.day < today)


def needs_warning(item: TodayItem, today: date) -> bool:
    """Whether the line gets the warning sign: anything overdue, and an approval running out."""
    return is_overdue(item, today) or item.kind is RecordKind.STEP


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


def today_line(item: TodayItem, today: date, call: Call | None = None) -> str:
    """The whole line for one Today item, said as what to do. A follow-up reads best with its
    ``call`` (who to call back and what was said last time); without it, the item's text."""
    if item.kind is RecordKind.CALL:
        if call is not None:
            return follow_up_words(call, item, today)
        return f"Call back — {_due(item, today)}. Last time: {_flat(item.text)}"
    if item.kind is RecordKind.REQUEST:
        return f"Send “{_flat(item.text)}” — {_due(item, today)}."
    if item.kind is RecordKind.STEP and item.day is not None:
        return (f"Approval {when_text(item, today)} ({day_text(item.day, today)}): "
                f"{_flat(item.text)}. Ask the doctor's office about renewing it.")
    if item.kind is RecordKind.QUESTION:
        return f"Ask: {_flat(item.text)}"
    return f"{item.reason}: {_flat(item.text)}"


def more_questions_line(count: int) -> str:
    """The last line when some open questions are left out of Today."""
    noun = "question" if count == 1 else "questions"
    return f"… and {count} more {noun} to ask (see them all under Questions to ask)"


def lines_to_show(total: int, *, show_all: bool, cap: int = TODAY_CAP) -> int:
    """How many of ``total`` lines Today shows: all when asked, or when only one would hide."""
    if show_all or total <= cap + 1:
        return total
    return cap
