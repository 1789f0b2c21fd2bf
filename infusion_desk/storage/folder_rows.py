"""Every row of a folder, read from one database and written into another (a folder file or a
folder on a PostgreSQL server), in batches, with the links between records kept right.

The tables are those of :mod:`storage.tables` (the head revision; both ends are at it). What the
storage makes from the rows is not copied but made again on the target the way that engine keeps
it: the search indexes (SQLite's FTS5 tables and ``page_body_entries``; the server's
``search_entries`` and ``page_words``). The server's own columns (``folder``) are filled in by
the server.

Record ids are kept where the target lets them be: in a folder file always; on a server, whose
ids are shared by every folder there, each record gets the next id of its table's sequence, in
the same order (on a new server that is the same id), and every link is written with the new
ids (:class:`IdMaps`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, insert, inspect, select, text, update

from infusion_desk.core.copy_errors import CopyStoppedError
from infusion_desk.core.records import Record
from infusion_desk.storage.mapping import ROW_TYPES
from infusion_desk.storage.store import Store
from infusion_desk.storage.tables import Base

__all__ = ["Connection", "IdMaps", "RowsCopied", "copy_rows", "reading", "writing"]

log = logging.getLogger(__name__)

BATCH_ROWS = 500
BATCH_BYTES = 8 * 1024 * 1024  # document bytes written at once
MEGABYTE = 1024 * 1024

# One row each, made with the folder (its profile, its settings): written over, not added.
SINGLE_ROW_TABLES = ("profile", "folder_settings")
# Made from the rows on each engine, never copied.
DERIVED_TABLES = ("page_body_entries",)
# Columns only a server has, filled in by it.
SERVER_COLUMNS = frozenset({"folder"})

Step = Callable[[int, str], None]  # (units done since the last call, what is being copied)
Stop = Callable[[], bool]


def copied_tables() -> list[Table]:
    """The tables whose rows are copied as they are, parents before children."""
    skip = set(SINGLE_ROW_TABLES) | set(DERIVED_TABLES)
    return [t for t in Base.metadata.sorted_tables if t.name not in skip]


def _columns(table: Table, source: Connection | None = None) -> list[Any]:
    """The columns of ``table`` copied: the app's, less the server's own; from ``source``,
    those it has (a folder file of an older revision, read as it is, lacks the newest: the
    target gives them their defaults)."""
    found = [c for c in table.columns if c.name not in SERVER_COLUMNS]
    if source is None:
        return found
    present = {str(c["name"]) for c in inspect(source).get_columns(table.name)}
    return [c for c in found if c.name in present]


def _has_table(source: Connection, table: Any) -> bool:
    return bool(inspect(source).has_table(str(table.name)))


def _has_id(table: Table) -> bool:
    return "id" in table.columns and [c.name for c in table.primary_key] == ["id"]


@dataclass
class IdMaps:
    """The id each record has in the target, by table and source id."""

    by_table: dict[str, dict[int, int]] = field(default_factory=dict)

    def of(self, table: str, source_id: int) -> int | None:
        return self.by_table.get(table, {}).get(source_id)

    def kept(self) -> bool:
        """Every record kept its id."""
        return all(old == new for ids in self.by_table.values() for old, new in ids.items())


@dataclass
class RowsCopied:
    ids: IdMaps
    rows: int = 0
    blobs: int = 0
    damaged_in_source: list[str] = field(default_factory=list)  # blobs not matching their key


# ---------------------------------------------------------------------- connections
@contextmanager
def reading(store: Store) -> Iterator[Connection]:
    """One connection and one snapshot of a folder (on a server: others' changes meanwhile
    are not seen half-way)."""
    with store.reading() as session:
        options = ({"isolation_level": "REPEATABLE READ"}
                   if store.engine.dialect.name == "postgresql" else {})
        yield session.connection(execution_options=options)


@contextmanager
def writing(store: Store) -> Iterator[Connection]:
    """One transaction of a folder, as every change is (its trouble told as a change's)."""
    with store.writing() as session:
        yield session.connection()


# ---------------------------------------------------------------------- what there is
def amount(conn: Connection) -> int:
    """How much there is to copy, in the units ``Step`` counts: a row, or a blob and each
    megabyte of its bytes."""
    total = 0
    for table in copied_tables():
        if not _has_table(conn, table):
            continue
        if table.name == "blobs":
            count, size = conn.execute(select(func.count(), func.coalesce(
                func.sum(table.c.size), 0))).one()
            total += int(count) + int(size) // MEGABYTE
        else:
            total += int(conn.execute(select(func.count()).select_from(table)).scalar_one())
    return total + len(SINGLE_ROW_TABLES)


def holds_anything(conn: Connection) -> bool:
    """Whether a folder holds any record, document or link, or a profile ever saved. On a
    server, two copies into one new folder at once take turns here (a lock held until the
    copy's transaction ends): the second then finds the first's records and is refused."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('infusion_desk.copy:' || "
                          "current_setting('infusion_desk.folder')))"))
    for table in copied_tables():
        if conn.execute(select(1).select_from(table).limit(1)).first() is not None:
            return True
    profile = Base.metadata.tables["profile"]
    saved = conn.execute(select(profile.c.updated_at).where(profile.c.id == 1)).first()
    return saved is not None and saved[0] is not None


# ---------------------------------------------------------------------- copying
def copy_rows(source: Connection, target: Connection, *, step: Step, stop: Stop) -> RowsCopied:
    """Write every row of ``source`` into ``target`` (inside the caller's transaction)."""
    done = RowsCopied(IdMaps())
    for table in copied_tables():
        if stop():
            raise CopyStoppedError
        if not _has_table(source, table):  # a table newer than the folder file copied
            continue
        if _has_id(table):
            done.ids.by_table[table.name] = _target_ids(source, target, table)
        if table.name == "blobs":
            _copy_blobs(source, target, table, done, step=step, stop=stop)
        else:
            _copy_table(source, target, table, done, step=step, stop=stop)
    for name in SINGLE_ROW_TABLES:
        if _has_table(source, Base.metadata.tables[name]):
            _copy_single_row(source, target, Base.metadata.tables[name])
        step(1, name)
    return done


def _target_ids(source: Connection, target: Connection, table: Table) -> dict[int, int]:
    ids = [int(i) for i in source.execute(select(table.c.id).order_by(table.c.id)).scalars()]
    if target.dialect.name != "postgresql" or not ids:
        return {i: i for i in ids}
    sequence = target.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                              {"t": table.name}).scalar_one_or_none()
    if sequence is None:  # no sequence: ids as they are
        return {i: i for i in ids}
    new = sorted(int(n) for n in target.execute(
        text("SELECT nextval(CAST(:s AS regclass)) FROM generate_series(1, :n)"),
        {"s": sequence, "n": len(ids)}).scalars())
    return dict(zip(ids, new, strict=True))


def _links(table: Table) -> dict[str, str]:
    """Each column of ``table`` that holds the id of another record: the table it points to."""
    found = {}
    for column in table.columns:
        for key in column.foreign_keys:
            if key.column.name == "id":
                found[column.name] = key.column.table.name
    if _has_id(table):
        found["id"] = table.name
    return found


def _renumbered(row: dict[str, Any], links: dict[str, str], ids: IdMaps) -> dict[str, Any]:
    for name, points_to in links.items():
        value = row[name]
        if value is not None:
            new = ids.of(points_to, int(value))
            if new is None:
                log.warning("a link in %s pointed to a record that is not there", points_to)
            row[name] = new
    return row


def _stream(source: Connection, query: Any) -> Iterator[Any]:
    result = source.execution_options(stream_results=True, yield_per=BATCH_ROWS).execute(query)
    try:
        yield from result.mappings()
    finally:
        result.close()


def _copy_table(source: Connection, target: Connection, table: Table, done: RowsCopied, *,
                step: Step, stop: Stop) -> None:
    columns = _columns(table, source)
    links = {name: to for name, to in _links(table).items()
             if name in {c.name for c in columns}}
    order = list(table.primary_key.columns) or columns[:1]
    batch: list[dict[str, Any]] = []
    for row in _stream(source, select(*columns).order_by(*order)):
        batch.append(_renumbered(dict(row), links, done.ids))
        if len(batch) >= BATCH_ROWS:
            _write(target, table, batch, done, step=step, stop=stop)
            batch = []
    if batch:
        _write(target, table, batch, done, step=step, stop=stop)


def _write(target: Connection, table: Table, batch: list[dict[str, Any]], done: RowsCopied, *,
           step: Step, stop: Stop) -> None:
    if stop():
        raise CopyStoppedError
    target.execute(insert(table), batch)
    done.rows += len(batch)
    step(len(batch), table.name)


def _copy_blobs(source: Connection, target: Connection, table: Table, done: RowsCopied, *,
                step: Step, stop: Stop) -> None:
    """Document bytes one at a time (a scan may be large), written a few megabytes at once;
    each is checked against its fingerprint as it goes."""
    listed = [(str(s), int(n)) for s, n in source.execute(
        select(table.c.sha256, table.c.size).order_by(table.c.sha256))]
    batch: list[dict[str, Any]] = []
    held = units = 0
    for sha, size in listed:
        if stop():
            raise CopyStoppedError
        data = source.execute(select(table.c.data).where(table.c.sha256 == sha)).scalar_one()
        data = b"" if data is None else bytes(data)
        if hashlib.sha256(data).hexdigest() != sha or len(data) != size:
            done.damaged_in_source.append(sha)
        batch.append({"sha256": sha, "size": size, "data": data})
        held += len(data)
        units += 1 + size // MEGABYTE
        if held >= BATCH_BYTES or len(batch) >= BATCH_ROWS:
            target.execute(insert(table), batch)
            step(units, table.name)
            done.blobs += len(batch)
            batch, held, units = [], 0, 0
    if batch:
        target.execute(insert(table), batch)
        step(units, table.name)
        done.blobs += len(batch)


def _copy_single_row(source: Connection, target: Connection, table: Table) -> None:
    """The folder's one row of ``table``, written over the target's (or added if it has
    none)."""
    columns = [c for c in _columns(table, source) if c.name != "id"]
    row = source.execute(select(*columns).where(table.c.id == 1)).mappings().first()
    if row is None:
        return
    values = dict(row)
    written = target.execute(update(table).where(table.c.id == 1).values(**values))
    if written.rowcount == 0:
        target.execute(insert(table).values(id=1, **values))


# ---------------------------------------------------------------------- reading back
def document_hashes(conn: Connection) -> dict[int, str]:
    """Every document's fingerprint (trashed ones too), by id."""
    documents = Base.metadata.tables["documents"]
    return {int(i): str(s) for i, s in conn.execute(select(documents.c.id, documents.c.sha256))}


def document_titles(conn: Connection, hashes: set[str]) -> list[str]:
    documents = Base.metadata.tables["documents"]
    return [str(t) for t in conn.execute(select(documents.c.title).where(
        documents.c.sha256.in_(sorted(hashes))).order_by(documents.c.id)).scalars()]


def blobs_not_matching(conn: Connection) -> list[str]:
    """The fingerprints whose stored bytes no longer hash to them (read one at a time)."""
    blobs = Base.metadata.tables["blobs"]
    bad = []
    for sha in [str(s) for s in conn.execute(select(blobs.c.sha256)).scalars()]:
        data = conn.execute(select(blobs.c.data).where(blobs.c.sha256 == sha)).scalar_one()
        if data is None or hashlib.sha256(bytes(data)).hexdigest() != sha:
            bad.append(sha)
    return bad


def count_records(conn: Connection, cls: type[Record], *, trashed: bool) -> int:
    """How many records of a kind a folder holds, in the trash or not."""
    found = ROW_TYPES[cls].__table__
    if not _has_table(conn, found):  # a kind newer than an older folder file read as it is
        return 0
    deleted = found.c.deleted_at
    return int(conn.execute(select(func.count()).select_from(found).where(
        deleted.is_not(None) if trashed else deleted.is_(None))).scalar_one())
