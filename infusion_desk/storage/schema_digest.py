"""Whether the folder file's schema is the one its revision made: a digest of the definitions.

An error such as "no such column" is a bug in the app's own SQL, except when the definitions
kept in the file were changed on disk: a scribbled byte inside a view's text can still leave a
view SQLite accepts, one that names a column nobody made. Only when such an error has happened
are the file's definitions compared with :data:`KNOWN`, the digest of what each revision makes
(a test makes a fresh folder and upgrades every golden file to check these figures). A file whose
definitions differ from its revision's is damaged; one whose definitions are as made has met a
bug, which goes on as a bug.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from infusion_desk.storage.sqlite_files import connect_reading

# The digest of the definitions each revision makes (``schema_digest`` of a file at it).
KNOWN: dict[str, str] = {
    "0001_initial":
        "38ce191e22738c4158d06e788e2ef222e40eefd6dbdd17bce4d791015571d556",
    "0002_read_pictures":
        "8d4f5fc3e09f3358ea9fbbcd0f32f51a99499585627ffdaa9cfc429b30c42056",
    "0003_patient_essentials":
        "553582530e203261649cff98ac73b1d1769b3bb0ad502951db916f465ab351a2",
    "0004_compact_text":
        "7153b024423d093e91677caaf8ef97074a01dc20fe0f57571994c1b96e2d816a",
    "0005_lean_text":
        "d729f01bd96c56dc76dc440c1fe497ca1a7fc4760f532bcb1c315fdb25a810fe",
    "0006_deadlines":
        "cfb63ccbbee056989f2e56478d095d82f7f9094433929dea4b7469d6b203c3cb",
    "0007_shared":
        "d4b43cbb356b782c8d6687cba2fb12ed4e0b236f3e2ca052bf2d03cf71b5c10a",
}

_DEFINITIONS = ("SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE name NOT LIKE 'sqlite%' ORDER BY type, name")


def schema_digest(conn: sqlite3.Connection) -> str:
    """A digest of every definition in the file but SQLite's own, runs of spaces as one."""
    digest = hashlib.sha256()
    for row in conn.execute(_DEFINITIONS):
        words = [" ".join(str(value).split()) for value in row]
        digest.update(repr(words).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def revision_of(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def definitions_damaged(path: Path) -> bool:
    """Whether the definitions kept in ``path`` differ from those its revision makes. False
    when the file or its revision cannot be read to tell: the error that led here is then
    judged as it is."""
    if not path.is_file():
        return False
    try:
        conn = connect_reading(path, fold_in_log=False)
    except (sqlite3.Error, OSError):
        return False
    try:
        expected = KNOWN.get(revision_of(conn) or "")
        return expected is not None and schema_digest(conn) != expected
    except (sqlite3.Error, UnicodeDecodeError):
        return True  # definitions SQLite cannot even list
    finally:
        conn.close()
