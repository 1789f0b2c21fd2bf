"""How a line of the *Today* list says when: "3 days overdue", "due today", "ends in 9 days"."""

from __future__ import annotations

from datetime import date

from infusion_desk.core.dates import relative_due, relative_end
from infusion_desk.core.records import RecordKind
from infusion_desk.core.rules import TodayItem


def when_text(item: TodayItem, today: date) -> str:
    """The item's date relative to ``today``; empty when it has none (an open question)."""
    if item.day is None:
        return ""
    if item.kind is RecordKind.STEP:
        return relative_end(item.day, today)
    return relative_due(item.day, today)
