"""The search index: checking it against the records, and rebuilding it from them.

The index is an FTS5 table (``search_index``) that triggers keep in step with the records. It is
made *from* the records, so when it is damaged the records are not, and it can be rebuilt from
them without touching them. From revision 0004 on it keeps no copy of the text: it reads the
records through the view its definition names (``content=``, FTS5's "external content"), so a
rebuild is FTS5's own ``rebuild`` and FTS5's check compares it with the records itself. In files
of older revisions it kept its own copy; what it holds for each table is then read from that
table's own insert trigger in the file, so a rebuild writes exactly what those triggers write.

Checking never writes to the folder file: FTS5's ``integrity-check`` command is an INSERT, which a
read-only connection refuses, so it runs on a copy of the index's tables in the connection's
temporary database.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

from infusion_desk.storage import page_bodies

log = logging.getLogger(__name__)

SEARCH_TABLE = "search_index"
_SHADOWS = ("data", "idx", "content", "docsize", "config")
SEARCH_TABLES = frozenset({SEARCH_TABLE, *(f"{SEARCH_TABLE}_{s}" for s in _SHADOWS)})
_COPY = "search_index_check"  # the copy checked in the temporary database
_COPY_SOURCE = "search_index_check_source"  # what the copy reads the records through
# How the index ranks what it finds (kept in its own configuration, made again on a rebuild):
# the title weighs 8, the text 1; kind and record id are not searched.
RANK = "bm25(0.0, 0.0, 8.0, 1.0)"
_CONTENT = re.compile(r"\bcontent\s*=\s*(?P<q>['\"]?)(?P<name>\w+)(?P=q)", re.IGNORECASE)

_CREATE = re.compile(r"^\s*CREATE\s+VIRTUAL\s+TABLE\s+\"?search_index\"?\s+USING\s+",
                     re.IGNORECASE)
_TRIGGER_INSERT = re.compile(
    r"BEGIN\s+(?P<insert>INSERT\s+INTO\s+search_index\s*\([^)]*\))\s+SELECT\s+(?P<columns>.*?)"
    r"(?P<where>\s+WHERE\s+.*?)?\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL,
)
_NEW = re.compile(r"\bnew\.", re.IGNORECASE)


def is_search_table(name: str) -> bool:
    """Whether ``name`` is the search index or one of the tables FTS5 keeps it in (the index
    of PDF pages' text too: both are made again from what the folder holds)."""
    return name in SEARCH_TABLES or page_bodies.is_body_table(name)


class SearchIndexUnknownError(Exception):
    """The file's triggers do not say how the index is made (a bug, or a damaged schema)."""


@dataclass(frozen=True)
class Filling:
    """How the search index is filled from one table: ``insert`` + ``select`` + ``source``."""

    table: str
    insert: str  # INSERT INTO search_index(rowid, kind, record_id, title, body)
    select: str  # SELECT <rowid>, <kind>, <record id>, <title>, <body> FROM <table> [WHERE …]

    @property
    def sql(self) -> str:
        return f"{self.insert} {self.select}"


def fillings(conn: sqlite3.Connection) -> list[Filling]:
    """How each searchable table fills the index, from its AFTER INSERT trigger in the file."""
    rows = conn.execute(
        "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name = tbl_name || '_search_ai' ORDER BY tbl_name").fetchall()
    found: list[Filling] = []
    for table, sql in rows:
        match = _TRIGGER_INSERT.search(str(sql))
        if match is None:
            raise SearchIndexUnknownError(f"the search trigger of {table} cannot be read")
        quoted = '"' + str(table).replace('"', '""') + '"'
        columns = _NEW.sub(f"{quoted}.", match["columns"])
        where = _NEW.sub(f"{quoted}.", match["where"] or "")
        found.append(Filling(str(table), match["insert"],
                             f"SELECT {columns} FROM {quoted}{where}"))
    if not found:
        raise SearchIndexUnknownError("the file has no search triggers")
    return found


def _external(create: str) -> str | None:
    """The table or view an index of this definition reads the records through; None when it
    keeps its own copy of the text."""
    found = _CONTENT.search(create)
    return found["name"] if found and found["name"] else None


def _create_sql(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (SEARCH_TABLE,)).fetchone()
    if row is None or not _CREATE.match(str(row[0])):
        raise SearchIndexUnknownError("the search index's definition cannot be read")
    return str(row[0])


# ---------------------------------------------------------------------- checking
def index_problems(conn: sqlite3.Connection, *, against_records: bool = True) -> list[str]:
    """What is wrong with the search index ([] if nothing): FTS5's own integrity check, and
    (``against_records``, when the records read well) every record against its entry in the
    index. Reads only; raises sqlite3 errors that are not about the index (a folder file SQLite
    cannot read at all)."""
    with _one_moment(conn):
        return _problems(conn, against_records=against_records)


@contextmanager
def _one_moment(conn: sqlite3.Connection) -> Iterator[None]:
    """Every read of the check in one read transaction, so that the index and the records are
    seen at the same moment: a write made meanwhile (a scan being read, an import) must never
    make them seem to disagree. Nothing is written to the folder; the transaction is ended
    without keeping anything (only the temporary copy was written)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _problems(conn: sqlite3.Connection, *, against_records: bool) -> list[str]:
    problems: list[str] = []
    try:
        external = _external(_create_sql(conn)) is not None
        _fts_integrity_check(conn, against_records=against_records)
    except sqlite3.DatabaseError as exc:
        problems.append(f"FTS5 integrity check: {exc}")
        external = False
    problems += _body_problems(conn)
    if not against_records or external:  # (FTS5 compared it with the records itself)
        return problems
    try:
        problems += _entries_against_records(conn)
    except sqlite3.DatabaseError as exc:
        problems.append(f"the index could not be read: {exc}")
    return problems


def _body_problems(conn: sqlite3.Connection) -> list[str]:
    """What is wrong with the index of PDF pages' text (``storage.page_bodies``)."""
    try:
        with _writing_temp(conn):
            return page_bodies.problems(conn)
    except sqlite3.DatabaseError as exc:
        return [f"the index of PDF pages' text could not be read: {exc}"]


def _fts_integrity_check(conn: sqlite3.Connection, *, against_records: bool = True) -> None:
    original = _create_sql(conn)
    create = _CREATE.sub(f"CREATE VIRTUAL TABLE temp.{_COPY} USING ", original, count=1)
    source = _external(original)
    if source is not None:  # the copy reads the records through a view of its own
        create = _CONTENT.sub(f"content = '{_COPY_SOURCE}'", create, count=1)
    with _writing_temp(conn):
        conn.execute(f"DROP TABLE IF EXISTS temp.{_COPY}")
        conn.execute(f"DROP VIEW IF EXISTS temp.{_COPY_SOURCE}")
        if source is not None:
            conn.execute(f"CREATE TEMP VIEW {_COPY_SOURCE} AS "  # noqa: S608
                         f"SELECT * FROM main.\"{source}\"")
        try:
            conn.execute(create)
            _check_copy(conn, against_records=against_records or source is None)
        finally:
            conn.execute(f"DROP VIEW IF EXISTS temp.{_COPY_SOURCE}")


@contextmanager
def _writing_temp(conn: sqlite3.Connection) -> Iterator[None]:
    """Let a reading connection (``PRAGMA query_only``) write its temporary database for as long
    as the copy is checked there; the folder file is only read meanwhile."""
    kept = int(conn.execute("PRAGMA query_only").fetchone()[0])
    conn.execute("PRAGMA query_only = OFF")
    try:
        yield
    finally:
        if kept:
            conn.execute("PRAGMA query_only = ON")


def _check_copy(conn: sqlite3.Connection, *, against_records: bool) -> None:
    try:
        have = {str(r[0]) for r in conn.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'table' AND name LIKE ?",
            (f"{_COPY}_%",))}
        for shadow in _SHADOWS:
            if f"{_COPY}_{shadow}" not in have:
                continue  # (an index reading the records keeps no copy of the text)
            conn.execute(f"DELETE FROM temp.{_COPY}_{shadow}")
            conn.execute(f"INSERT INTO temp.{_COPY}_{shadow} "
                         f"SELECT * FROM main.{SEARCH_TABLE}_{shadow}")
        # rank 1: check the index against the text it was made from, not only against itself
        conn.execute(f"INSERT INTO temp.{_COPY}({_COPY}, rank) "
                     f"VALUES ('integrity-check', {1 if against_records else 0})")
    finally:
        conn.execute(f"DROP TABLE IF EXISTS temp.{_COPY}")


def _entries_against_records(conn: sqlite3.Connection) -> list[str]:
    expected: dict[int, bytes] = {}
    for filling in fillings(conn):
        for row in conn.execute(filling.select):
            expected[int(row[0])] = _entry_digest(row[1:])
    missing = dict(expected)
    extra = differ = 0
    for row in conn.execute(
            f"SELECT rowid, kind, record_id, title, body FROM {SEARCH_TABLE}"):  # noqa: S608
        want = missing.pop(int(row[0]), None)
        if want is None:
            extra += 1
        elif want != _entry_digest(row[1:]):
            differ += 1
    problems = []
    if missing:
        problems.append(f"{len(missing)} record(s) missing from the index")
    if extra:
        problems.append(f"{extra} entr(ies) in the index belong to no record")
    if differ:
        problems.append(f"{differ} entr(ies) in the index differ from their records")
    return problems


def _entry_digest(values: tuple[object, ...]) -> bytes:
    """An entry's kind, record id, title and body, with runs of spaces as one (the index finds
    words, so an entry made by an older trigger with a space more is the same entry)."""
    words = tuple(" ".join(str(v).split()) for v in values)
    return hashlib.sha256(repr(words).encode("utf-8", "surrogatepass")).digest()


# ---------------------------------------------------------------------- rebuilding
Connect = Callable[[], AbstractContextManager[sqlite3.Connection]]


def rebuild(connect: Connect) -> int:
    """Make the search index again from the records; return how many entries it holds.

    ``connect`` gives a new connection that may write the folder file (the caller holds the
    folder's lock). Only the index's own tables change. First the index is dropped and made
    again in one transaction. When it is too damaged even to be dropped (SQLite cannot read its
    pages), its tables are taken out of the schema instead, in the same transaction as the new
    index is made, and VACUUM then writes the file afresh without their pages.
    """
    with connect() as conn:
        create = _create_sql(conn)
        fills = [] if _external(create) is not None else fillings(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"DROP TABLE {SEARCH_TABLE}")
        except sqlite3.DatabaseError:
            conn.execute("ROLLBACK")
            log.info("the search index cannot be dropped; taking it out of the schema")
        else:
            return _fill_and_commit(conn, create, fills)
    with connect() as conn:  # a connection that never loaded the damaged index
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("PRAGMA writable_schema = ON")
        marks = ", ".join("?" for _ in SEARCH_TABLES)
        conn.execute(f"DELETE FROM sqlite_master WHERE tbl_name IN ({marks})",  # noqa: S608
                     sorted(SEARCH_TABLES))
        conn.execute("PRAGMA writable_schema = RESET")
        count = _fill_and_commit(conn, create, fills)
    with connect() as conn:
        conn.execute("VACUUM")  # the old index's pages belong to nothing now: leave them out
    return count


def _fill_and_commit(conn: sqlite3.Connection, create: str, fills: list[Filling]) -> int:
    try:
        conn.execute(create)
        if _external(create) is not None:
            conn.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rank) VALUES ('rank', ?)",
                         (RANK,))
            conn.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")
        for filling in fills:
            conn.execute(filling.sql)
        count = int(conn.execute(f"SELECT count(*) FROM {SEARCH_TABLE}").fetchone()[0])
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return count
