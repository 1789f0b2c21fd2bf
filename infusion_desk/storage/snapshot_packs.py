"""Each document's large derived text, packed once for the backups.

A folder's records are small but for what is read out of its documents: the page texts and the
words found on them (``document_pages``), and the big text columns of the ``documents`` row. A
snapshot keeps none of that in its own file; each document's share is one pack (canonical bytes,
kept compressed in a :class:`PackStore` under the SHA-256 of the uncompressed bytes), so a
document unchanged since the last snapshot adds nothing to the next one.

Which columns are packed is read from the file at run time (another revision may add, rename or
drop them): the ``documents`` columns among :data:`LARGE_COLUMNS` or named like a text, and every
column of ``document_pages``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from infusion_desk.storage.snapshot import PACKS_TABLE, quoted, rows

__all__ = ["PACKS_TABLE", "Pack", "PackLayout", "decode", "encode", "layout", "pack_of", "packs",
           "put_back", "put_value", "take_value"]

DOCUMENTS = "documents"
PAGES = "document_pages"
PAGES_KEY = "document_id"
PACK_VERSION = 1
MAGIC = b"INFUSION DESK TEXT PACK\n"
# Columns of a documents row that may hold its large derived text, in whatever revision.
LARGE_COLUMNS = frozenset({"text", "search_words", "words", "ocr_text", "page_text",
                           "text_packed", "text_z", "compressed_text"})
_TEXT_LIKE = re.compile(r"(^|_)(text|words)(_|$)", re.IGNORECASE)
_LARGE_TYPES = frozenset({"", "TEXT", "BLOB", "CLOB"})


@dataclass(frozen=True)
class PackLayout:
    """What a document's pack holds, as read from one file."""

    document_columns: tuple[str, ...]  # large columns of the documents row, in file order
    not_null: frozenset[str]  # of those, which must hold a value (an empty one in a snapshot)
    page_columns: tuple[str, ...]  # every column of document_pages (none if it has no such table)
    page_order: tuple[str, ...]  # the order its rows are packed in

    @property
    def empty(self) -> bool:
        return not self.document_columns and not self.page_columns

    def blank(self, column: str) -> str:
        """The SQL of the empty value a snapshot keeps in a packed documents column."""
        return "''" if column in self.not_null else "NULL"


def layout(conn: sqlite3.Connection, schema: str = "main") -> PackLayout:
    documents = _table_info(conn, schema, DOCUMENTS)
    large = [(name, notnull) for name, kind, notnull, _pk in documents
             if name != "id" and (name in LARGE_COLUMNS
                                  or (_TEXT_LIKE.search(name) and kind in _LARGE_TYPES))]
    pages = _table_info(conn, schema, PAGES) if documents else []
    page_columns = tuple(name for name, *_rest in pages)
    if PAGES_KEY not in page_columns:
        page_columns = ()
    keys = sorted((pk, name) for name, _kind, _notnull, pk in pages if pk > 0)
    order = tuple(name for _pk, name in keys) or ("rowid",)
    return PackLayout(tuple(name for name, _ in large),
                      frozenset(name for name, notnull in large if notnull),
                      page_columns, (PAGES_KEY, *[c for c in order if c != PAGES_KEY]))


def _table_info(conn: sqlite3.Connection, schema: str, table: str
                ) -> list[tuple[str, str, bool, int]]:
    return [(str(r[1]), str(r[2]).upper().split("(")[0].strip(), bool(r[3]), int(r[5]))
            for r in conn.execute(f"PRAGMA {schema}.table_info({quoted(table)})")]


# ---------------------------------------------------------------------- making packs
def packs(conn: sqlite3.Connection, lay: PackLayout, schema: str = "main"
          ) -> Iterator[tuple[int, bytes]]:
    """Every document's pack (its id, the uncompressed bytes), in one pass over the two tables;
    a document with nothing to pack (empty columns, no pages) is left out."""
    if lay.empty:
        return
    documents = rows(conn, f"SELECT id{_columns(lay.document_columns)} "
                           f"FROM {schema}.{DOCUMENTS} ORDER BY id")
    pages = _page_rows(conn, lay, schema, where="")
    page = next(pages, None)
    for document in documents:
        document_id = int(document[0])
        own: list[tuple[Any, ...]] = []
        while page is not None and page[0] <= document_id:
            if page[0] == document_id:
                own.append(page[1:])
            page = next(pages, None)
        packed = encode(lay, document[1:], own)
        if packed is not None:
            yield document_id, packed


def pack_of(conn: sqlite3.Connection, lay: PackLayout, document_id: int,
            schema: str = "main") -> bytes | None:
    """One document's pack, exactly as :func:`packs` makes it."""
    values = conn.execute(f"SELECT id{_columns(lay.document_columns)} "
                          f"FROM {schema}.{DOCUMENTS} WHERE id = ?", (document_id,)).fetchone()
    if values is None:
        return None
    own = [page[1:] for page in _page_rows(conn, lay, schema, where=f"WHERE {PAGES_KEY} = ?",
                                           args=(document_id,))]
    return encode(lay, tuple(values[1:]), own)


def _page_rows(conn: sqlite3.Connection, lay: PackLayout, schema: str, *, where: str,
               args: tuple[object, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if not lay.page_columns:
        return iter(())
    order = ", ".join(quoted(c) if c != "rowid" else c for c in lay.page_order)
    return rows(conn, f"SELECT {quoted(PAGES_KEY)}{_columns(lay.page_columns)} "
                      f"FROM {schema}.{PAGES} {where} ORDER BY {order}", *args)


def _columns(names: tuple[str, ...]) -> str:
    return "".join(", " + quoted(name) for name in names)


def encode(lay: PackLayout, values: tuple[Any, ...], pages: list[tuple[Any, ...]]
           ) -> bytes | None:
    """The canonical bytes of one document's pack; None when there is nothing worth keeping
    (every column holds the empty value a snapshot keeps anyway, and there are no pages).

    A line of JSON names the columns and counts the pages; then each value follows as a tag and,
    for text and bytes, their length (text as UTF-8): quick to make for every document at every
    backup, where most of the time goes into reading the text and taking its fingerprint.
    """
    blank = [("" if c in lay.not_null else None) for c in lay.document_columns]
    if not pages and list(values) == blank:
        return None
    header = {"v": PACK_VERSION, "document": list(lay.document_columns),
              "page_columns": list(lay.page_columns), "pages": len(pages)}
    parts = [MAGIC, json.dumps(header).encode("ascii"), b"\n"]
    for value in values:
        put_value(parts, value)
    for page in pages:
        for value in page:
            put_value(parts, value)
    return b"".join(parts)


def put_value(parts: list[bytes], value: Any) -> None:
    if value is None:
        parts.append(b"N")
    elif isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        parts += (b"S%d:" % len(data), data)
    elif isinstance(value, int):
        parts.append(b"I%d;" % value)
    elif isinstance(value, float):
        parts.append(b"F" + repr(value).encode("ascii") + b";")
    else:
        data = bytes(value)
        parts += (b"B%d:" % len(data), data)


# ---------------------------------------------------------------------- putting packs back
@dataclass(frozen=True)
class Pack:
    document: dict[str, Any]
    page_columns: list[str]
    pages: list[list[Any]]


def decode(data: bytes) -> Pack:
    """A pack read back; ValueError if it is not one."""
    if not data.startswith(MAGIC):
        raise ValueError("not a text pack")
    try:
        line = data.index(b"\n", len(MAGIC))
        header = json.loads(data[len(MAGIC):line])
        columns = [str(c) for c in header["document"]]
        page_columns = [str(c) for c in header["page_columns"]]
        at, values = line + 1, []
        for _ in range(len(columns) + int(header["pages"]) * len(page_columns)):
            value, at = take_value(data, at)
            values.append(value)
    except (KeyError, TypeError, IndexError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a text pack: {exc}") from exc
    if at != len(data):
        raise ValueError("not a text pack: bytes left over")
    width = len(page_columns)
    pages = [values[i:i + width] for i in range(len(columns), len(values), width or 1)]
    return Pack(dict(zip(columns, values, strict=False)), page_columns, pages)


def take_value(data: bytes, at: int) -> tuple[Any, int]:
    tag = data[at:at + 1]
    at += 1
    if tag == b"N":
        return None, at
    if tag in (b"I", b"F"):
        end = data.index(b";", at)
        text = data[at:end].decode("ascii")
        return (int(text) if tag == b"I" else float(text)), end + 1
    if tag in (b"S", b"B"):
        colon = data.index(b":", at)
        start = colon + 1
        end = start + int(data[at:colon])
        if end > len(data):
            raise ValueError("not a text pack: cut short")
        raw = data[start:end]
        return (raw.decode("utf-8", "surrogatepass") if tag == b"S" else raw), end
    raise ValueError("not a text pack: unknown value")


def put_back(conn: sqlite3.Connection, document_id: int, pack: Pack) -> None:
    """Write one document's pack back into its row and its pages."""
    if pack.document:
        sets = ", ".join(f"{quoted(c)} = ?" for c in pack.document)
        conn.execute(f"UPDATE {DOCUMENTS} SET {sets} WHERE id = ?",
                     (*pack.document.values(), document_id))
    if pack.pages:
        marks = ", ".join("?" for _ in pack.page_columns)
        conn.executemany(
            f"INSERT INTO {PAGES} ({', '.join(map(quoted, pack.page_columns))}) "
            f"VALUES ({marks})", pack.pages)
