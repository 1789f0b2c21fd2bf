"""The deadlines on the one-page summary (issue 16): for the meeting they concern, each with its
date, where the date came from, and, beside a date worked out from the rules, its source and
"the date on your letter comes first; confirm with the plan". They lead the meeting's sections
(a missed appeal window ends the appeal), and are never cut while another meeting's item shows.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from infusion_desk.core.appeal_rules import letter_first, rule_by_key
from infusion_desk.core.dates import format_day, format_short, relative_due
from infusion_desk.core.deadline_record import DateSource, Deadline
from infusion_desk.core.deadline_words import by_what, from_appeal_rules, where_from
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.core.meeting import OVERVIEW_TAB
from infusion_desk.reports import words
from infusion_desk.reports.summary_blocks import Sheet, bullets, titled
from infusion_desk.reports.summary_words import more_line, where

TITLE = QT_TRANSLATE_NOOP("SummaryDeadlines", "Deadlines that cannot be missed")
NOUN = QT_TRANSLATE_NOOP("SummaryDeadlines", "deadlines")
EMPTY = QT_TRANSLATE_NOOP("SummaryDeadlines", "No deadline written down for this.")
# A deadline with no line of its own on a meeting's page.
ALSO_LEAD = QT_TRANSLATE_NOOP("SummaryDeadlines", "Also not to miss:")


def _said(text: str) -> str:
    return words.said(text, "SummaryDeadlines")
# Priorities of the 1st, 2nd, ... deadline with no line of its own on the page "everything, in
# brief": below the first item of every list (fitting.ITEM_PRIORITIES), so that they give way
# first; an appeal or a renewal is said in its step's line, which is kept.
BRIEF_PRIORITIES = (88.5, 79, 69, 53, 37, 24, 14, 7)


def source_words(sheet: Sheet, deadline: Deadline, limit: int) -> str:
    """Where the date came from, as markup: "date from the letter", "typed by you", "from the
    approval's end date", or the rule's regulation and the day it was checked, then
    :func:`letter_first`."""
    if deadline.source is DateSource.LETTER:
        return translate("SummaryDeadlines", "date from the letter")
    rule = rule_by_key(deadline.rule_key) if deadline.rule_key else None
    if not from_appeal_rules(deadline) or rule is None:
        return sheet.text.markup(where_from(deadline).replace("worked out ", ""))
    return translate("SummaryDeadlines", "from the rules: {source}. <b>{letter_first}</b>").format(
        source=sheet.cut(rule.source_words, limit), letter_first=sheet.text.markup(letter_first()))


def folded_words(sheet: Sheet, deadline: Deadline) -> str:
    """A deadline said inside its record's line, whole: "<b>Appeal by Fri, Jan 8, 2027</b>
    (in 33 days), worked out from the rules: 42 CFR 423.582(b), checked Dec 6, 2026. <b>The
    date on your letter comes first; confirm with the plan.</b>"; "<b>Renew by …</b> (9 days
    overdue), worked out from the approval's end date"."""
    when = relative_due(deadline.due_on, sheet.today)
    when = when.removeprefix("due ") if when.startswith("due in ") else when
    head = _head(deadline, when)
    if deadline.source is DateSource.LETTER:
        return translate("SummaryDeadlines", "{deadline}, date from the letter").format(
            deadline=head)
    rule = rule_by_key(deadline.rule_key) if deadline.rule_key else None
    if not from_appeal_rules(deadline) or rule is None:
        return f"{head}, {sheet.text.markup(where_from(deadline))}"
    return translate("SummaryDeadlines", "{deadline}, worked out from the rules: {regulation}, "
                     "checked {day}. <b>{letter_first}</b>").format(
        deadline=head, regulation=sheet.text.markup(rule.regulation),
        day=format_short(rule.as_of), letter_first=sheet.text.markup(letter_first()))


def _head(deadline: Deadline, when: str) -> str:
    """"<b>Appeal by Fri, Jan 8, 2027</b> (in 33 days)"."""
    return translate("SummaryDeadlines", "<b>{what} {day}</b> ({when})").format(
        what=by_what(deadline), day=format_day(deadline.due_on), when=when)


def with_folded(sheet: Sheet, line: str, host: tuple[type, int | None]) -> str:
    """``line`` with the deadline its record carries on the page, if any, after " — "."""
    kind, ident = host
    deadline = sheet.folded.get((kind, ident)) if ident is not None else None
    return f"{line} — {folded_words(sheet, deadline)}" if deadline is not None else line


def deadline_entry(sheet: Sheet, deadline: Deadline, limit: int) -> str:
    """"<b>Appeal by Wed, Jan 6, 2027</b> (in 31 days) — what — whom — where it came from"."""
    short = max(24, limit // 2)
    when = relative_due(deadline.due_on, sheet.today)
    return words.join(
        _head(deadline, when),
        sheet.cut(deadline.title, limit) if deadline.title.strip() else "",
        sheet.cut(deadline.concerns, short)
        if deadline.concerns.strip() and deadline.concerns not in deadline.title else "",
        source_words(sheet, deadline, limit), sep=" — ")


def deadlines_block(sheet: Sheet, deadlines: Sequence[Deadline], shown: int, limit: int,
                    width: float, *, empty: bool = False, also: Sequence[Deadline] = (),
                    quiet: bool = False, told_below: bool = False) -> list[Flowable]:
    """The first ``shown`` deadlines under their title (then ``also``: those whose own line
    had no room), and how many more are in the app; with none, nothing (or, with ``empty``,
    one line saying so). ``quiet``: a line each under no heading (they are the few with no
    line of their own on the page, and give way first); with none shown, one line saying
    how many are in the app, or nothing when ``told_below`` (the page's last line says it)."""
    if not deadlines and not also:
        return [sheet.para(f"<b>{_said(TITLE)}:</b> {_said(EMPTY)}")] if empty else []
    entries = [deadline_entry(sheet, d, limit) for d in (*also, *deadlines[:shown])]
    if quiet:
        lead = f"<b>{sheet.text.markup(_said(ALSO_LEAD))}</b> "
        lines = [sheet.item(lead + entry, style="hanging") for entry in entries]
        if not entries and told_below:
            return []
        hidden = len(deadlines) - shown
        if not entries:
            told = translate("SummaryDeadlines", "%n deadlines are {where} of the app.", None,
                             hidden).format(where=where([OVERVIEW_TAB]))
            return [sheet.para(lead + told, style="more")]
        return [*lines, *more_line(sheet, hidden, _said(NOUN), OVERVIEW_TAB)]
    return [*titled(sheet, _said(TITLE), width), *bullets(sheet, entries),
            *more_line(sheet, len(deadlines) - shown, _said(NOUN), OVERVIEW_TAB)]
