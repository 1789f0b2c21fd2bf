"""Ways a folder file gets damaged on its disk, and fingerprints to show what changed after."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

SCRIBBLE = b"\x00\x07" * 60  # what a failing disk writes over the start of a page


def digest(path: Path) -> str:
    """The file's bytes, all of them."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def records_digest(path: Path) -> str:
    """Every row of every table but the search index's, sorted (a rebuild may renumber pages
    and VACUUM may move rows, but no record may change)."""
    found = hashlib.sha256()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        tables = [str(n) for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'search_index%' AND name NOT LIKE 'page_bod%' ORDER BY name")]
        for table in tables:
            rows = sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{table}"'))
            found.update(f"{table}:{len(rows)}\n".encode())
            for row in rows:
                found.update(row.encode("utf-8", "surrogatepass") + b"\n")
    return found.hexdigest()


def root_page(path: Path, name: str) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as conn:
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()
    assert row is not None, name
    assert size[0] == 4096
    return int(row[0])


def scribble_page(path: Path, name: str) -> None:
    """Write over the start of the first page of the table or index ``name``."""
    with path.open("r+b") as handle:
        handle.seek((root_page(path, name) - 1) * 4096)
        handle.write(SCRIBBLE)


def flip_header_byte(path: Path, offset: int) -> None:
    """Turn every bit of one byte of the file's header over."""
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def change_rows(path: Path, sql: str) -> None:
    """Change rows behind the app's back (as damage that still reads as a sound file would)."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(sql)
        conn.commit()
