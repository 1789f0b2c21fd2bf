"""How one deadline reads on the screen: when (with the days left in words), what for, where the
date came from (and the rule's source beside a date worked out from the rules), and the record it
came from. The sentences about a deadline come from ``core.deadline_words``; the screen's own
words go through the translation helper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from infusion_desk.core.dates import format_short
from infusion_desk.core.deadline_words import by_words, source_note, where_from
from infusion_desk.core.deadlines import Deadline, DeadlinePurpose, to_do_words
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Call, Document, Record, Request, Step
from infusion_desk.core.text import one_line
from infusion_desk.services import Folder


def is_overdue(deadline: Deadline, today: date) -> bool:
    return not deadline.done and deadline.due_on < today


def when_line(deadline: Deadline, today: date) -> str:
    """``Appeal by Tue, Jan 5, 2027 — due in 30 days`` (``— done`` once done)."""
    return translate("Deadlines", "{when} — {left}").format(
        when=by_words(deadline), left=_time_left(deadline, today))


def _time_left(deadline: Deadline, today: date) -> str:
    """``due in 30 days``, ``due today``, ``2 days overdue``, ``done``; without "due" after
    "Due Sun, Nov 29" (a deadline for something else), so that it is not said twice."""
    if deadline.done:
        return translate("Deadlines", "done")
    days = (deadline.due_on - today).days
    if days < 0:
        return translate("Deadlines", "%n days overdue", None, -days)
    if deadline.purpose is DeadlinePurpose.OTHER:
        if days == 0:
            return translate("Deadlines", "today")
        if days == 1:
            return translate("Deadlines", "tomorrow")
        return translate("Deadlines", "in %n days", None, days)
    if days == 0:
        return translate("Deadlines", "due today")
    if days == 1:
        return translate("Deadlines", "due tomorrow")
    return translate("Deadlines", "due in %n days", None, days)


def overdue_words(deadline: Deadline, today: date) -> str:
    """``Overdue: this date has passed`` for a deadline not done whose day is gone, else empty
    (the line below it says the date and how many days ago)."""
    if not is_overdue(deadline, today):
        return ""
    return translate("Deadlines", "Overdue: this date has passed")


def to_do_line(deadline: Deadline) -> str:
    words = deadline.to_do.strip() or to_do_words(deadline.purpose)
    return translate("Deadlines", "What to do: {0}").format(words) if words else ""


def concerns_line(deadline: Deadline) -> str:
    whom = " ".join(deadline.concerns.split())
    return translate("Deadlines", "Whom it concerns: {0}").format(whom) if whom else ""


def where_line(deadline: Deadline) -> str:
    """``Where the date comes from: Worked out from the rules (42 CFR 422.582(b))``."""
    where = where_from(deadline)
    return translate("Deadlines", "Where the date comes from: {0}").format(
        where[:1].upper() + where[1:])


def source_line(deadline: Deadline) -> str:
    """For a date from the rules: the rule's source (regulation, official page) and "The date
    on your letter comes first; confirm with the plan."; else empty."""
    return source_note(deadline)


@dataclass(frozen=True)
class CameFrom:
    """The record a deadline came from, and how the button that opens it reads (with its
    keyboard letter; an ``&`` of the record's own words is doubled)."""

    record: Record
    words: str


def came_from(folder: Folder, deadline: Deadline) -> CameFrom | None:
    """The letter, call, request or step the deadline came from (the first that is still
    there), with words to open it by."""
    links: list[tuple[type[Record], int | None]] = [
        (Document, deadline.document_id), (Call, deadline.call_id),
        (Request, deadline.request_id), (Step, deadline.step_id)]
    for kind, ident in links:
        if ident is None:
            continue
        try:
            record = folder.get(kind, ident)
        except FolderError:
            continue
        return CameFrom(record, _open_words(record))
    return None


def _typed(text: str) -> str:
    """Her words on a button: one line, not too long, an ``&`` shown as itself."""
    return one_line(text, 40).replace("&", "&&")


def _open_words(record: Record) -> str:
    if isinstance(record, Document):
        name = _typed(record.title or record.original_name)
        return (translate("Deadlines", "O&pen the letter “{0}”").format(name) if name
                else translate("Deadlines", "O&pen the letter"))
    if isinstance(record, Call):
        return translate("Deadlines", "O&pen the call of {0}").format(
            format_short(record.called_at.date()))
    if isinstance(record, Request):
        return translate("Deadlines", "O&pen the request “{0}”").format(_typed(record.what))
    if isinstance(record, Step):
        return translate("Deadlines", "O&pen the step “{0}”").format(
            _typed(record.display_title))
    return translate("Deadlines", "O&pen what it came from")


def notice_text(deadlines: list[Deadline], today: date) -> str:
    """The desktop notice: one line per deadline, soonest first."""
    lines = [translate("Deadlines", "{when}: {title}").format(
        when=when_line(d, today), title=one_line(d.title, 80)) for d in deadlines]
    return "\n".join(lines)
