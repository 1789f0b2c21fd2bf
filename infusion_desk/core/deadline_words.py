"""How a deadline is said, alike on *Today*, the summary, the command line and the calendar:
what to do by when, and where its date came from. Qt-free; ``today`` is always passed in.

A date worked out from the rules always comes with its source and the words "The date on your
letter comes first; confirm with the plan." (``LETTER_FIRST``); a date the letter gives says so.
"""

from __future__ import annotations

from datetime import date

from infusion_desk.core.appeal_rules import LETTER_FIRST, rule_by_key
from infusion_desk.core.dates import format_day, relative_due
from infusion_desk.core.deadline_record import DateSource, Deadline, DeadlinePurpose

__all__ = ["LETTER_FIRST", "by_what", "by_words", "deadline_line", "from_appeal_rules",
           "source_note", "where_from"]

# "Appeal by …": what to have done by the date, for each purpose.
_BY = {
    DeadlinePurpose.APPEAL: "Appeal by",
    DeadlinePurpose.RENEWAL: "Renew by",
    DeadlinePurpose.FOLLOW_UP: "Hear back by",
    DeadlinePurpose.OTHER: "Due",
}


def by_what(deadline: Deadline) -> str:
    """``Appeal by``, ``Renew by``, ``Hear back by``, ``Due``."""
    return _BY.get(deadline.purpose, "Due")


def by_words(deadline: Deadline) -> str:
    """``Appeal by Tue, Jan 5, 2027``."""
    return f"{by_what(deadline)} {format_day(deadline.due_on)}"


def from_appeal_rules(deadline: Deadline) -> bool:
    """Its date was worked out from a row of the appeal rules (then ``LETTER_FIRST`` is said
    beside it)."""
    return (deadline.source is DateSource.RULE and bool(deadline.rule_key)
            and rule_by_key(deadline.rule_key) is not None)


def where_from(deadline: Deadline) -> str:
    """``the letter says so``, ``worked out from the rules (42 CFR 422.582 …)``, ``worked out
    from the approval's end date``, ``typed by you``."""
    rule = rule_by_key(deadline.rule_key) if deadline.rule_key else None
    if deadline.source is DateSource.RULE and rule is not None:
        return f"worked out from the rules ({rule.regulation})"
    if deadline.source is DateSource.RULE and deadline.purpose is DeadlinePurpose.RENEWAL:
        return "worked out from the approval's end date"
    words = deadline.source.label
    return words[:1].lower() + words[1:]


def source_note(deadline: Deadline) -> str:
    """What is said beside a date from the rules: its official page, how the rule counts
    (why this date) and ``LETTER_FIRST``; empty for a date the letter gives or she typed."""
    rule = rule_by_key(deadline.rule_key) if deadline.rule_key else None
    if not from_appeal_rules(deadline) or rule is None:
        return ""
    counted = rule.figure_words
    return (f"The rule: {counted}. Source: {rule.source_words}, {rule.source_url}. "
            f"{LETTER_FIRST}")


def deadline_line(deadline: Deadline, today: date, *, with_source: bool = True) -> str:
    """One deadline in plain words: ``Appeal by Tue, Jan 5, 2027 — due in 30 days: Ask the
    plan for a reconsideration (Silverpine Health Plans). Worked out from the rules (…).``"""
    title = " ".join(deadline.title.split())
    whom = " ".join(deadline.concerns.split())
    when = "done" if deadline.done else relative_due(deadline.due_on, today)
    line = f"{by_words(deadline)} — {when}"
    line += f": {title}" if title else ""
    line += f" ({whom})." if whom and whom not in title else "."
    where = where_from(deadline)
    line += f" {where[:1].upper()}{where[1:]}."
    if with_source and from_appeal_rules(deadline):
        line += f" {LETTER_FIRST}"
    return line
