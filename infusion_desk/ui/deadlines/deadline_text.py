"""How one deadline reads on the screen: when (with the days left in words), what for, where the
date came from (and the rule's source beside a date worked out from the rules), and the record it
came from. The sentences about a deadline come from ``core.deadline_words``; the screen's own
words go through the translation helper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from infusion_desk.core.dates import format_short, relative_due
from infusion_desk.core.deadline_words import by_words, source_note, where_from
from infusion_desk.core.deadlines import TO_DO, Deadline, DeadlinePurpose
from infusion_desk.core.errors import FolderError
from infusion_desk.core.records import Call, Document, Record, Request, Step
from infusion_desk.core.text import one_line
from infusion_desk.services import Folder


def _tr(text: str) -> str:
    return QCoreApplication.translate("Deadlines", text)


def is_overdue(deadline: Deadline, today: date) -> bool:
    return not deadline.done and deadline.due_on < today


def when_line(deadline: Deadline, today: date) -> str:
    """``Appeal by Tue, Jan 5, 2027 — due in 30 days`` (``— done`` once done)."""
    left = _tr("done") if deadline.done else relative_due(deadline.due_on, today)
    if deadline.purpose is DeadlinePurpose.OTHER:  # "Due Sun, Nov 29 — in 2 days", not "due" twice
        left = left.removeprefix("due ")
    return f"{by_words(deadline)} — {left}"


def overdue_words(deadline: Deadline, today: date) -> str:
    """``Overdue: this date has passed`` for a deadline not done whose day is gone, else empty
    (the line below it says the date and how many days ago)."""
    if not is_overdue(deadline, today):
        return ""
    return _tr("Overdue: this date has passed")


def to_do_line(deadline: Deadline) -> str:
    words = deadline.to_do.strip() or TO_DO[deadline.purpose]
    return _tr("What to do: {0}").format(words) if words else ""


def concerns_line(deadline: Deadline) -> str:
    whom = " ".join(deadline.concerns.split())
    return _tr("Whom it concerns: {0}").format(whom) if whom else ""


def where_line(deadline: Deadline) -> str:
    """``Where the date comes from: Worked out from the rules (42 CFR 422.582(b))``."""
    where = where_from(deadline)
    return _tr("Where the date comes from: {0}").format(where[:1].upper() + where[1:])


def source_line(deadline: Deadline) -> str:
    """For a date from the rules: the rule's source (regulation, official page) and "The date
    on your letter comes first; confirm with the plan."; else empty."""
    return source_note(deadline)


@dataclass(frozen=True)
class CameFrom:
    """The record a deadline came from, and how the button that opens it reads."""

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


def _open_words(record: Record) -> str:
    if isinstance(record, Document):
        name = one_line(record.title or record.original_name, 40)
        return _tr("Open the letter “{0}”").format(name) if name else _tr("Open the letter")
    if isinstance(record, Call):
        return _tr("Open the call of {0}").format(format_short(record.called_at.date()))
    if isinstance(record, Request):
        return _tr("Open the request “{0}”").format(one_line(record.what, 40))
    if isinstance(record, Step):
        return _tr("Open the step “{0}”").format(one_line(record.display_title, 40))
    return _tr("Open what it came from")


def notice_text(deadlines: list[Deadline], today: date) -> str:
    """The desktop notice: one line per deadline, soonest first."""
    lines = [f"{when_line(d, today)}: {one_line(d.title, 80)}" for d in deadlines]
    return "\n".join(lines)
