"""*Who changed what* in a shared folder: the server's audit log, newest first, with each
record's kind and (when it is still in the folder) its title, and what happened in plain words.

Only a shared folder has an audit log (the server writes it; see ``storage.audit_log``). Row-level
security limits it to the folder open, so nothing here filters by folder.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import (
    RECORD_TYPES,
    Call,
    Contact,
    Deadline,
    Document,
    Plan,
    Profile,
    Question,
    Record,
    RecordKind,
    Request,
    Step,
)
from infusion_desk.services.audit_words import READING, TRASH, UNSAID, fields_said
from infusion_desk.storage.audit_log import AuditRow

if TYPE_CHECKING:
    from infusion_desk.services.reading import FolderReading

ADDED, CHANGED, DELETED = "added", "changed", "deleted"
SHOWN = 500  # the newest changes shown (the log keeps them all, on the server)
TITLE_CHARS = 80

TABLE_KINDS: dict[str, RecordKind] = {
    "plans": RecordKind.PLAN,
    "contacts": RecordKind.CONTACT,
    "steps": RecordKind.STEP,
    "documents": RecordKind.DOCUMENT,
    "calls": RecordKind.CALL,
    "questions": RecordKind.QUESTION,
    "requests": RecordKind.REQUEST,
    "deadlines": RecordKind.DEADLINE,
    "profile": RecordKind.PROFILE,
}

_TABLES: dict[type[Any], str] = {
    Profile: "profile", **{RECORD_TYPES[kind]: table for table, kind in TABLE_KINDS.items()
                           if kind is not RecordKind.PROFILE}}

_TITLES: dict[type[Any], Callable[[Any], str]] = {
    Plan: lambda r: " — ".join(t for t in (r.payer, r.plan_name) if t),
    Contact: lambda r: r.name or r.organization,
    Step: lambda r: r.display_title,
    Document: lambda r: r.title or r.original_name,
    Call: lambda r: " — ".join(t for t in (r.organization, r.person) if t),
    Question: lambda r: r.text,
    Request: lambda r: r.what,
    Deadline: lambda r: r.title,
}


def record_title(record: Record) -> str:
    """The few words a list shows for a record (its name, title or question), on one line."""
    title = _TITLES.get(type(record), lambda _r: "")(record)
    line = " ".join(str(title).split())
    return line if len(line) <= TITLE_CHARS else line[:TITLE_CHARS - 1].rstrip() + "…"


@dataclass(frozen=True)
class AuditLine:
    """One change in the folder: when, by whom, to what, and what happened."""

    at: datetime  # local time, as the clock on this computer shows it
    who: str  # the person's sign-in name on the server
    kind: RecordKind | None  # None: a part of the folder this version does not name
    table: str
    record_id: int | None
    title: str  # "" when the record is no longer in the folder (or has no title)
    still_there: bool
    action: str  # ADDED, CHANGED or DELETED
    fields: tuple[str, ...]  # the columns changed (never their values)
    id: int = 0  # the order the server wrote it in (one save's changes share one time)
    mine: bool = False  # made by the person signed in now

    def who_words(self) -> str:
        """Her sign-in name; ``maria (you)`` for the person signed in now."""
        return translate("AuditLog", "{name} (you)").format(name=self.who) if self.mine \
            else self.who

    def what_words(self) -> str:
        """``Request: Nursing notes``; ``Request (no longer in the folder)``."""
        kind = self.kind.label if self.kind is not None else self.table.replace("_", " ")
        if self.kind is RecordKind.PROFILE:
            return kind
        if self.title:
            return translate("AuditLog", "{kind}: {title}").format(kind=kind, title=self.title)
        if not self.still_there:
            return translate("AuditLog", "{kind} (no longer in the folder)").format(kind=kind)
        return kind

    def happened_words(self) -> str:
        """``Added``, ``Changed: the member ID, the notes``, ``Put in the trash``, ``Brought
        back from the trash``, ``Deleted for good``. (The server writes a move to the trash as
        deleted, with the trash's column among the fields; deleted for good has none.)"""
        if self.action == ADDED:
            return translate("AuditLog", "Added")
        if self.action == DELETED:
            if TRASH in self.fields:
                return translate("AuditLog", "Put in the trash")
            return translate("AuditLog", "Deleted for good")
        said = fields_said(self.fields)
        if not said and TRASH in self.fields:
            return translate("AuditLog", "Brought back from the trash")
        if not said and READING & set(self.fields):
            # Only what the app itself keeps changed: it read the letter's pages (a scan's
            # words, its state), on the computer of the person named.
            return translate("AuditLog", "Its pages were read by the app")
        if not said:
            return translate("AuditLog", "Changed")
        return translate("AuditLog", "Changed: {fields}").format(fields=", ".join(said))


def who_changed_what(folder: FolderReading, limit: int = SHOWN) -> list[AuditLine]:
    """The shared folder's newest changes first (at most ``limit``); a folder file keeps no
    audit log (it has one person): none."""
    rows = folder.audit_rows(limit)
    titles = _titles(folder, rows)
    return sorted((_line(row, titles) for row in rows), key=newest_first, reverse=True)


def newest_first(line: AuditLine) -> tuple[datetime, int]:
    """The order of the list, reversed: by the exact time (not the minute shown), then by the
    order the server wrote the changes in."""
    return line.at, line.id


def last_save_of(folder: FolderReading, record: Record | Profile) -> AuditLine | None:
    """Who last saved this record, and when (the conflict view's "Saved by …"): from the
    shared folder's audit log; None on a folder file (no log: another window or program), or
    when the log has no word of it."""
    table = _TABLES[type(record)]
    row = folder.last_audit_row(table, 1 if isinstance(record, Profile) else record.id or 0)
    return None if row is None else _line(row, {})


def _titles(folder: FolderReading, rows: list[AuditRow]) -> dict[tuple[str, int], str]:
    """The titles of the records still in the folder (in the trash too), by (table, id)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        if row.record_id is not None and row.table_name in TABLE_KINDS:
            wanted[row.table_name].add(row.record_id)
    titles: dict[tuple[str, int], str] = {}
    for table, ids in wanted.items():
        kind = TABLE_KINDS[table]
        if kind is RecordKind.PROFILE:  # one in every folder: said by its kind alone
            continue
        cls = RECORD_TYPES[kind]
        for record in folder.get_many(cls, sorted(ids), include_trashed=True,
                                     leave_out=_LONG_TEXT.get(cls, ())):
            if record.id is not None:
                titles[(table, record.id)] = record_title(record)
    return titles


# Long text a title never needs: not read.
_LONG_TEXT: dict[type[Any], tuple[str, ...]] = {
    Document: ("text", "notes", "read_note", "search_words"),
    Call: ("summary", "outcome"),
}


def _line(row: AuditRow, titles: dict[tuple[str, int], str]) -> AuditLine:
    key = (row.table_name, row.record_id if row.record_id is not None else -1)
    at = row.at.astimezone().replace(tzinfo=None) if row.at.tzinfo is not None else row.at
    return AuditLine(at=at, who=row.who, kind=TABLE_KINDS.get(row.table_name),
                     table=row.table_name, record_id=row.record_id, title=titles.get(key, ""),
                     still_there=key in titles, action=row.action,
                     fields=tuple(f for f in row.fields if f not in UNSAID or f == TRASH),
                     id=row.id, mine=row.mine)
