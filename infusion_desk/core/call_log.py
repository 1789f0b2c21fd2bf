"""How a logged call reads in a list: who it was with, and where its follow-up stands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from infusion_desk.core.dates import format_day, relative_due
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Call
from infusion_desk.core.rules import follow_up_due


def who_text(call: Call) -> str:
    """``Silverpine Health Plans — Gregory Hale``; either side alone when the other is empty."""
    parts = [p.strip() for p in (call.organization, call.person) if p.strip()]
    return " — ".join(parts)


def follow_up_text(call: Call, today: date, *, between: str = " — ",
                   day_text: Callable[[date], str] = format_day) -> str:
    """``Tue, Nov 24, 2026 — 3 days overdue`` / ``— due today`` once due, ``— done`` when done.

    ``between`` joins the date and the word (a line break fits a narrow column); ``day_text``
    writes the date (a table passes a shorter form).
    """
    if call.follow_up_on is None:
        return ""
    day = day_text(call.follow_up_on)
    if call.follow_up_done:
        done = translate("CallLog", "done")
        return f"{day}{between}{done}"
    if follow_up_due(call, today):
        return f"{day}{between}{relative_due(call.follow_up_on, today)}"
    return day


def follow_up_overdue(call: Call, today: date) -> bool:
    """Due and the day has passed (not just today)."""
    return follow_up_due(call, today) and call.follow_up_on is not None and (
        call.follow_up_on < today
    )
