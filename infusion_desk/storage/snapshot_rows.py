"""The records of a snapshot, kept in packs of rows, so that a later snapshot adds only the
packs that changed.

Each table is cut by rowid into runs of :data:`CHUNK_ROWS` (rowids 0–511, 512–1023, …); each run
is one pack (a line naming the table and its columns, then the rows, each its rowid and values,
as JSON in plain ASCII, which Python writes at C speed; bytes as ``{"b64": …}``), kept
compressed in the :class:`PackStore` under the SHA-256 of its bytes. The snapshot file lists the
packs (:data:`ROWS_TABLE`) and keeps the tables themselves empty; a call logged today changes
one pack of calls, not the 20,000 calls before it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from infusion_desk.storage.snapshot import ROWS_TABLE, quoted, rows

__all__ = ["CHUNK_ROWS", "ROWS_TABLE", "RowPack", "chunks", "decode", "put_back"]

CHUNK_ROWS = 512
MAGIC = b"INFUSION DESK ROW PACK\n"  # then a line of JSON: the table, its columns
RowPack = tuple[str, int, str, int]  # table, chunk number, fingerprint, size


def chunks(conn: sqlite3.Connection, schema: str, table: str, columns: list[str], *,
           picked: list[str], keep: Callable[[str, bytes], None]) -> Iterator[RowPack]:
    """Every run of rows of ``table`` (``picked`` are the SQL of the values kept for
    ``columns``), each handed to ``keep`` with its fingerprint unless the caller has it."""
    header = MAGIC + json.dumps({"table": table, "columns": columns}).encode("ascii") + b"\n"
    current: int | None = None
    found: list[tuple[Any, ...]] = []
    for row in rows(conn, f"SELECT rowid, {', '.join(picked)} FROM {schema}.{quoted(table)} "
                          "ORDER BY rowid"):
        chunk = int(row[0]) // CHUNK_ROWS
        if chunk != current and current is not None:
            yield _done(table, current, header, found, keep)
            found = []
        current = chunk
        found.append(row)
    if current is not None:
        yield _done(table, current, header, found, keep)


def _done(table: str, chunk: int, header: bytes, found: list[tuple[Any, ...]],
          keep: Callable[[str, bytes], None]) -> RowPack:
    data = header + json.dumps(found, separators=(",", ":"), default=_bytes).encode("ascii")
    sha = hashlib.sha256(data).hexdigest()
    keep(sha, data)
    return table, chunk, sha, len(data)


def _bytes(value: object) -> dict[str, str]:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b64": base64.b64encode(value).decode("ascii")}
    raise TypeError(f"a value of type {type(value).__name__} in a row")


def _unbytes(found: dict[str, Any]) -> Any:
    return base64.b64decode(found["b64"]) if found.keys() == {"b64"} else found


def decode(data: bytes) -> tuple[str, list[str], list[list[Any]]]:
    """A row pack read back: its table, columns and rows (rowid first); ValueError if not one."""
    if not data.startswith(MAGIC):
        raise ValueError("not a row pack")
    try:
        line = data.index(b"\n", len(MAGIC))
        header = json.loads(data[len(MAGIC):line])
        table, columns = str(header["table"]), [str(c) for c in header["columns"]]
        found = json.loads(data[line + 1:], object_hook=_unbytes)
        if not isinstance(found, list) or any(
                not isinstance(row, list) or len(row) != len(columns) + 1 for row in found):
            raise ValueError("not a row pack: uneven rows")
    except (KeyError, TypeError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a row pack: {exc}") from exc
    return table, columns, found


def put_back(conn: sqlite3.Connection, table: str, data: bytes) -> None:
    """Insert the rows of one pack (which must belong to ``table``)."""
    found, columns, values = decode(data)
    if found != table:
        raise ValueError("a row pack of another table")
    names = ", ".join(["rowid", *map(quoted, columns)])
    marks = ", ".join("?" for _ in range(len(columns) + 1))
    conn.executemany(f"INSERT INTO main.{quoted(table)} ({names}) VALUES ({marks})", values)
