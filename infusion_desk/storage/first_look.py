"""The first look at a folder: its first screen read with plain ``sqlite3`` (issue 14).

Opening a folder through the services needs SQLAlchemy, which takes longer to load than the
whole window takes to show. So the window first shows what this reads: the patient, the plans,
the steps and Today (made by the same core rule, ``core.today.today_items``, from the same
records, built by the same field rules, ``storage.record_values``), and the services load behind
it. Read only (``query_only``, never folding a log into the file: ``sqlite_files``); anything
unexpected (a damaged file, an older or newer layout) gives ``None`` and the ordinary opening,
with its checks, decides what to say.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from infusion_desk.core.records import (
    Call,
    Contact,
    Deadline,
    Plan,
    Profile,
    Question,
    QuestionStatus,
    Record,
    Request,
    Step,
)
from infusion_desk.storage.record_values import COLUMN_FIELDS, from_stored
from infusion_desk.storage.sqlite_files import FILE_APPLICATION_ID, connect_reading

if TYPE_CHECKING:  # Today's rules load when Today is read (after the patient's name is shown)
    from infusion_desk.core.today import TodayItem

log = logging.getLogger(__name__)

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class FirstScreen:
    """The Overview's first screen, read at once: Today (with its follow-up calls by id), the
    steps, the patient and the plans, as they were on ``today``."""

    today: date
    items: list[TodayItem]
    calls: dict[int, Call]
    steps: list[Step]
    profile: Profile
    plans: list[Plan]


# The lists in the order ``storage.queries.FolderQueries`` reads them (records in the trash left
# out; the id last, as ``Store.list_records`` does).
_TABLES: dict[type[Any], str] = {Plan: "plans", Contact: "contacts", Step: "steps",
                                 Call: "calls", Question: "questions", Request: "requests",
                                 Deadline: "deadlines"}
_ORDER: dict[type[Any], str] = {
    Plan: "rank != 'primary', rank",
    Contact: "organization, name",
    Step: "started_on IS NULL, started_on",
    Question: "status != 'open'",
    Request: "requested_on IS NULL, requested_on DESC",
    Call: "follow_up_on",
    Deadline: "due_on",
}


def _columns(cls: type[Any]) -> str:
    return ", ".join(f'"{name}"' for name in COLUMN_FIELDS[cls])


def _rows(conn: sqlite3.Connection, sql: str, *args: object) -> list[Mapping[str, Any]]:
    cursor = conn.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _records(conn: sqlite3.Connection, cls: type[R], where: str = "", *args: object) -> list[R]:
    """The records of ``cls`` not in the trash (and meeting ``where``). A request's documents
    are left out: Today never reads them, and the first screen holds no request."""
    sql = (f"SELECT id, {_columns(cls)} FROM {_TABLES[cls]} WHERE deleted_at IS NULL {where} "
           f"ORDER BY {_ORDER[cls]}, id")
    return [from_stored(cls, row) for row in _rows(conn, sql, *args)]


# Only the records Today can use, chosen in SQL (a large folder holds thousands it cannot):
# the requests that may be overdue (``rules.request_state``), those that show a step's renewal
# is under way (``AtRisk``: sent and tied to a step), the questions still to ask and the calls
# whose follow-up is due. Dates are kept as ISO text, so they compare as text.
_TODAY_REQUESTS = ("AND ((confirmed_on IS NULL AND submitted_on IS NULL AND due_on IS NOT NULL "
                   "AND substr(due_on, 1, 10) < ?) "
                   "OR (step_id IS NOT NULL AND submitted_on IS NOT NULL))")
_OPEN_QUESTIONS = "AND status = ?"
_CALLS_DUE = ("AND follow_up_on IS NOT NULL AND substr(follow_up_on, 1, 10) <= ? "
              "AND follow_up_done IS 0")


def read_first_screen(conn: sqlite3.Connection, today: date) -> FirstScreen:
    """The first screen from an open connection (one read transaction)."""
    from infusion_desk.core.today import today_items

    conn.execute("BEGIN")
    try:
        profile = from_stored(Profile, _rows(
            conn, f"SELECT {_columns(Profile)} FROM profile WHERE id = 1")[0])
        plans, steps = _records(conn, Plan), _records(conn, Step)
        day = today.isoformat()
        calls = _records(conn, Call, _CALLS_DUE, day)
        items = today_items(requests=_records(conn, Request, _TODAY_REQUESTS, day), calls=calls,
                            questions=_records(conn, Question, _OPEN_QUESTIONS,
                                               QuestionStatus.OPEN.value),
                            steps=steps, plans=plans, contacts=_records(conn, Contact),
                            deadlines=_open_deadlines(conn), today=today)
    finally:
        conn.rollback()
    return FirstScreen(today, items, {c.id: c for c in calls if c.id is not None}, steps,
                       profile, plans)


def _open_deadlines(conn: sqlite3.Connection) -> list[Deadline]:
    """The deadlines not done yet; none in a folder from before revision 0006 (not upgraded
    yet: the opening upgrades it after this first look)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deadlines'"
                    ).fetchone() is None:
        return []
    return _records(conn, Deadline, "AND done IS 0")


def _reading(path: Path) -> sqlite3.Connection | None:
    """A reading connection to a folder file, or None if it is not one (or cannot be read)."""
    try:
        conn = connect_reading(path, fold_in_log=False)
    except (sqlite3.Error, OSError):
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] == FILE_APPLICATION_ID:
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return None


def first_profile(path: Path) -> Profile | None:
    """The patient of the folder at ``path`` (a blink: the window's title and heading come
    first, Today after the first paint), or None if a plain read cannot tell it."""
    conn = _reading(path)
    if conn is None:
        return None
    try:
        return from_stored(Profile, _rows(
            conn, f"SELECT {_columns(Profile)} FROM profile WHERE id = 1")[0])
    except (sqlite3.Error, ValueError, KeyError, IndexError, TypeError):
        log.info("no first look at the folder: it is left to the opening")
        return None
    finally:
        conn.close()


def first_look(path: Path, today: date) -> FirstScreen | None:
    """The first screen of the folder at ``path``, or None if a plain read cannot tell it."""
    conn = _reading(path)
    if conn is None:
        return None
    try:
        return read_first_screen(conn, today)
    except (sqlite3.Error, ValueError, KeyError, IndexError, TypeError):
        log.info("no first look at the folder: it is left to the opening")
        return None
    finally:
        conn.close()
