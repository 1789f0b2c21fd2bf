"""Definitions changed on disk are damage; the same error on a file as made is a bug."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from infusion_desk.core.errors import DamagedWhileOpenError, FolderError
from infusion_desk.core.records import Call
from infusion_desk.services import Folder
from infusion_desk.storage import schema
from infusion_desk.storage.schema_digest import (
    KNOWN,
    definitions_damaged,
    revision_of,
    schema_digest,
)
from infusion_desk.storage.trouble import known_trouble

FIXTURES = Path(__file__).parent.parent / "fixtures"
GOLDEN = sorted(FIXTURES.glob("golden-*.infusiondesk"))


def _digest_and_revision(path: Path) -> tuple[str | None, str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return revision_of(conn), schema_digest(conn)
    finally:
        conn.close()


def test_every_revision_has_its_digest() -> None:
    assert set(KNOWN) == set(schema.REVISIONS)


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.name)
def test_each_golden_file_has_its_revisions_digest(golden: Path, tmp_path: Path) -> None:
    revision, digest = _digest_and_revision(golden)
    assert revision is not None
    assert digest == KNOWN[revision]
    upgraded = tmp_path / golden.name
    shutil.copy(golden, upgraded)
    Folder.open(upgraded).close()
    assert _digest_and_revision(upgraded) == (schema.HEAD, KNOWN[schema.HEAD])


def test_a_new_folder_has_the_heads_digest(folder: Folder) -> None:
    path = folder.path
    folder.close()
    assert _digest_and_revision(path) == (schema.HEAD, KNOWN[schema.HEAD])
    assert not definitions_damaged(path)


def _scribble_view(path: Path) -> None:
    """What a changed byte did to a real file: the search view names a column nobody made."""
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_source'").fetchone()[0]
    assert "r.id" in sql
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'search_source'",
                 (sql.replace("r.id", "r.iq", 1),))
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.commit()
    conn.close()


def test_a_scribbled_view_is_told_as_damage_not_raised_as_a_bug(folder: Folder) -> None:
    folder.records.add(Call(reference_number="R-1", summary="Pump delivery Tuesday"))
    path = folder.path
    folder.close()
    _scribble_view(path)
    assert definitions_damaged(path)
    for read_only in (True, False):
        with Folder.open(path, read_only=read_only) as opened, pytest.raises(FolderError):
            opened.search("pump")


def test_the_same_error_on_a_file_as_made_stays_a_bug(folder: Folder) -> None:
    error = sqlite3.OperationalError("no such column: r.iq")
    with pytest.raises(sqlite3.OperationalError):
        known_trouble(error, folder.path, writing=False)
    folder.close()
    _scribble_view(folder.path)
    assert isinstance(known_trouble(error, folder.path, writing=False), DamagedWhileOpenError)
