"""How a line of the *Today* list says when: "3 days overdue", "due today", "ends in 9 days"."""

from __future__ import annotations

from datetime import date

from infusion_desk.core.dates import format_day, relative_due, relative_end
from infusion_desk.core.records import RecordKind
from infusion_desk.core.rules import TodayItem


def when_text(item: TodayItem, today: date) -> str:
    """The item's date relative to ``today``; empty when it has none (an open question)."""
    if item.day is None:
        return ""
    if item.kind is RecordKind.STEP:
        return relative_end(item.day, today)
    return relative_due(item.day, today)


def headline(item: TodayItem, today: date) -> str:
    """The first words of a Today line: the reason, when, and the date.

    ``Overdue request — 3 days overdue (Tue, Nov 24, 2026)``, ``Follow-up due today (Fri, Nov
    27, 2026)``, ``Approval ending soon — ends in 7 days (Fri, Dec 4, 2026)``, ``Open question``.
    """
    when = when_text(item, today)
    if not when or item.day is None:
        return item.reason
    day = format_day(item.day)
    if item.reason.endswith(" due") and when.startswith("due "):
        return f"{item.reason} {when.removeprefix('due ')} ({day})"
    return f"{item.reason} — {when} ({day})"
