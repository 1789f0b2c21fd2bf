"""The deadlines on the one-page summary (issue 16): for the meeting they concern, each with its
date, where the date came from, and, beside a date worked out from the rules, its source and
"the date on your letter comes first; confirm with the plan". They lead the meeting's sections
(a missed appeal window ends the appeal), and are never cut while another meeting's item shows.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from infusion_desk.core.appeal_rules import LETTER_FIRST, rule_by_key
from infusion_desk.core.dates import format_day, relative_due
from infusion_desk.core.deadline_record import DateSource, Deadline
from infusion_desk.core.deadline_words import by_what, from_appeal_rules, where_from
from infusion_desk.core.meeting import OVERVIEW_TAB
from infusion_desk.reports import words
from infusion_desk.reports.summary_blocks import Sheet, bullets, more_line, titled

TITLE = "Deadlines that cannot be missed"
NOUN = "deadlines"
EMPTY = "No deadline written down for this."
# Priorities of the 1st, 2nd, ... deadline on the page "everything, in brief" (above the steps').
BRIEF_PRIORITIES = (99.8, 96.5, 86, 72, 54, 38, 25, 15)


def source_words(sheet: Sheet, deadline: Deadline, limit: int) -> str:
    """Where the date came from, as markup: "date from the letter", "typed by you", "from the
    approval's end date", or the rule's regulation and the day it was checked, then
    :data:`LETTER_FIRST`."""
    if deadline.source is DateSource.LETTER:
        return "date from the letter"
    rule = rule_by_key(deadline.rule_key) if deadline.rule_key else None
    if not from_appeal_rules(deadline) or rule is None:
        return sheet.text.markup(where_from(deadline).replace("worked out ", ""))
    return (f"from the rules: {sheet.cut(rule.source_words, limit)}. "
            f"<b>{sheet.text.markup(LETTER_FIRST)}</b>")


def deadline_entry(sheet: Sheet, deadline: Deadline, limit: int) -> str:
    """"<b>Appeal by Wed, Jan 6, 2027</b> (in 31 days) — what — whom — where it came from"."""
    short = max(24, limit // 2)
    when = relative_due(deadline.due_on, sheet.today)
    return words.join(
        f"<b>{by_what(deadline)} {format_day(deadline.due_on)}</b> ({when})",
        sheet.cut(deadline.title, limit) if deadline.title.strip() else "",
        sheet.cut(deadline.concerns, short)
        if deadline.concerns.strip() and deadline.concerns not in deadline.title else "",
        source_words(sheet, deadline, limit), sep=" — ")


def deadlines_block(sheet: Sheet, deadlines: Sequence[Deadline], shown: int, limit: int,
                    width: float, *, empty: bool = False) -> list[Flowable]:
    """The first ``shown`` deadlines under their title, and how many more are in the app;
    with none, nothing (or, with ``empty``, one line saying so)."""
    if not deadlines:
        return [sheet.para(f"<b>{TITLE}:</b> {EMPTY}")] if empty else []
    entries = [deadline_entry(sheet, d, limit) for d in deadlines[:shown]]
    return [*titled(sheet, TITLE, width), *bullets(sheet, entries),
            *more_line(sheet, len(deadlines) - shown, NOUN, OVERVIEW_TAB)]
