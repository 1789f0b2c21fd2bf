"""How a deadline is said, alike on *Today*, the summary, the command line and the calendar:
what to do by when, and where its date came from. Qt-free; ``today`` is always passed in.

A date worked out from the rules always comes with its source and the words "The date on your
letter comes first; confirm with the plan." (``LETTER_FIRST``); a date the letter gives says so.
"""

from __future__ import annotations

from datetime import date

from infusion_desk.core.appeal_rules import LETTER_FIRST, letter_first, rule_by_key
from infusion_desk.core.dates import format_day, relative_due
from infusion_desk.core.deadline_record import DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.i18n import translate

__all__ = ["LETTER_FIRST", "by_what", "by_words", "deadline_line", "from_appeal_rules",
           "source_note", "where_from"]

def by_what(deadline: Deadline) -> str:
    """``Appeal by``, ``Renew by``, ``Hear back by``, ``Due``: what to have done by the date."""
    if deadline.purpose is DeadlinePurpose.APPEAL:
        return translate("DeadlineWords", "Appeal by")
    if deadline.purpose is DeadlinePurpose.RENEWAL:
        return translate("DeadlineWords", "Renew by")
    if deadline.purpose is DeadlinePurpose.FOLLOW_UP:
        return translate("DeadlineWords", "Hear back by")
    return translate("DeadlineWords", "Due")


def by_words(deadline: Deadline) -> str:
    """``Appeal by Tue, Jan 5, 2027``."""
    return translate("DeadlineWords", "{by} {day}").format(
        by=by_what(deadline), day=format_day(deadline.due_on))


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
        return translate("DeadlineWords", "worked out from the rules ({rule})").format(
            rule=rule.regulation)
    if deadline.source is DateSource.RULE and deadline.purpose is DeadlinePurpose.RENEWAL:
        return translate("DeadlineWords", "worked out from the approval's end date")
    words = deadline.source.label
    return words[:1].lower() + words[1:]


def source_note(deadline: Deadline) -> str:
    """What is said beside a date from the rules: its official page, how the rule counts
    (why this date) and ``LETTER_FIRST``; empty for a date the letter gives or she typed."""
    rule = rule_by_key(deadline.rule_key) if deadline.rule_key else None
    if not from_appeal_rules(deadline) or rule is None:
        return ""
    return translate("DeadlineWords",
                     "The rule: {counted}. Source: {source}, {url}. {first}").format(
        counted=rule.figure_words, source=rule.source_words, url=rule.source_url,
        first=letter_first())


def deadline_line(deadline: Deadline, today: date, *, with_source: bool = True) -> str:
    """One deadline in plain words: ``Appeal by Tue, Jan 5, 2027 — due in 30 days: Ask the
    plan for a reconsideration (Silverpine Health Plans). Worked out from the rules (…).``"""
    title = " ".join(deadline.title.split())
    whom = " ".join(deadline.concerns.split())
    when = translate("DeadlineWords", "done") if deadline.done else relative_due(
        deadline.due_on, today)
    if title:
        line = translate("DeadlineWords", "{by} — {when}: {what}").format(
            by=by_words(deadline), when=when, what=title)
    else:
        line = translate("DeadlineWords", "{by} — {when}").format(by=by_words(deadline), when=when)
    line += f" ({whom})." if whom and whom not in title else "."
    where = where_from(deadline)
    line += f" {where[:1].upper()}{where[1:]}."
    if with_source and from_appeal_rules(deadline):
        line += f" {letter_first()}"
    return line
