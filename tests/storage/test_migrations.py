"""The schema comes only from the Alembic revisions; old files upgrade, foreign ones are refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import zipfile
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from infusion_desk.core.errors import (
    FolderDamagedError,
    FolderError,
    FolderMissingError,
    FolderTooNewError,
    NotAFolderError,
)
from infusion_desk.core.records import Call, Plan, Profile, Request
from infusion_desk.services import Folder
from infusion_desk.storage import schema
from infusion_desk.storage.tables import Base

FIXTURES = Path(__file__).parent.parent / "fixtures"
LEAN_PAGES = ["Golden lean consent for Cefazolin", "Golden lean page two"]  # make_golden_0005
GOLDEN = sorted(FIXTURES.glob("golden-*.infusiondesk"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_known_revisions_match_the_shipped_scripts() -> None:
    scripts = script_directory()
    ordered = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(ordered) == schema.REVISIONS
    assert scripts.get_current_head() == schema.HEAD


def test_tables_match_what_the_migrations_create(folder: Folder) -> None:
    with folder._store.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        diff = [
            d for d in compare_metadata(context, Base.metadata)
            if not (isinstance(d, tuple) and ("search_index" in str(d)
                                              or "page_bodies" in str(d)))
        ]
    assert diff == []


def test_there_is_a_golden_file_for_every_revision() -> None:
    revisions = set()
    for path in GOLDEN:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        revisions.add(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
        conn.close()
    assert revisions == set(schema.REVISIONS)


ESSENTIALS = "0003_patient_essentials"


def _essentials(profile: Profile) -> tuple[object, ...]:
    """The patient essentials 0003 added; each empty one as None."""
    return tuple(getattr(profile, name) or None for name in (
        "allergies", "planned_end", "next_appointment_on", "next_appointment_with"))


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.name)
def test_golden_file_upgrades_to_head_with_its_data(golden: Path, tmp_path: Path) -> None:
    path = tmp_path / "Old folder.infusiondesk"
    shutil.copy(golden, path)
    state = schema.inspect_file(path)
    with Folder.open(path) as folder:
        assert schema.inspect_file(path).revision == schema.HEAD
        assert folder.profile().patient_name == "Golden Patient"
        assert [p.member_id for p in folder.plans()] == ["5GD1-EN2-FL34"]
        assert [c.reference_number for c in folder.calls()] == ["GOLD-REF-1"]
        assert [r.what for r in folder.requests()] == ["Signed plan of care"]
        assert [h.kind.value for h in folder.search("GOLD-REF-1")] == ["call"]
        assert folder.check().ok
        essentials = _essentials(folder.profile())
        if schema.REVISIONS.index(state.revision or "") < schema.REVISIONS.index(ESSENTIALS):
            assert essentials == (None,) * 4  # added by the upgrade, empty
        else:
            assert essentials == ("Golden penicillin rash", date(2026, 12, 24),
                                  date(2026, 12, 3), "Dr. Golden")
            assert [h.kind.value for h in folder.search("penicillin")] == ["profile"]
        _documents_keep_their_text(golden, folder)
        if state.revision != schema.HEAD:
            assert folder.upgraded_backup is not None and folder.upgraded_backup.exists()
        else:
            assert folder.upgraded_backup is None


def _old_texts(golden: Path) -> dict[str, str]:
    """Each document's text as the golden file holds it (before 0004: ``documents.text``;
    from 0004 on: that, else its pages' text)."""
    conn = sqlite3.connect(f"file:{golden}?mode=ro&immutable=1", uri=True)
    try:
        texts = {}
        for document_id, title, text in conn.execute("SELECT id, title, text FROM documents"):
            pages = [p for (p,) in conn.execute(
                "SELECT text FROM document_pages WHERE document_id = ? ORDER BY page",
                (document_id,)) if p]
            texts[str(title)] = str(text) or "\n\n".join(pages)
        if texts.get("Golden lean statement") == "":  # (0005: kept in the PDF only)
            texts["Golden lean statement"] = "\n\n".join(LEAN_PAGES)
        return texts
    finally:
        conn.close()


def _documents_keep_their_text(golden: Path, folder: Folder) -> None:
    """Revision 0004 keeps a document's text once (in its pages when it is theirs): nothing is
    lost, each is found by its words, and a document with pages keeps no second copy."""
    old = _old_texts(golden)
    assert old["Golden letter"] == "approval letter"
    for document in folder.documents():
        assert document.id is not None
        assert folder.document_text(document.id) == old[document.title], document.title
        if folder.page_texts(document.id):
            assert document.text == ""  # kept in its pages only
    assert [h.title for h in folder.search("approval")] == ["Golden letter"]
    if "Golden scan" in old:
        assert [h.title for h in folder.search("PA-2026-011903")] == ["Golden scan"]
    if "Golden lean statement" in old:  # found by its PDF's own text, with a snippet from it
        hits = folder.search("lean page two")
        assert [(h.title, h.page) for h in hits] == [("Golden lean statement", 2)]
        assert hits[0].snippet == "Golden lean page two"
    with folder._store.raw() as conn:  # noqa: SLF001 - what the file keeps
        thumbnails = [bytes(t) for (t,) in conn.execute(
            "SELECT thumbnail FROM documents WHERE thumbnail IS NOT NULL")]
    assert all(t.startswith(b"\xff\xd8") for t in thumbnails)  # small JPEGs


def test_backup_before_upgrade_is_a_complete_copy(tmp_path: Path) -> None:
    path = tmp_path / "p.infusiondesk"
    shutil.copy(GOLDEN[0], path)
    copy = schema.backup_before_upgrade(path, "0001_initial")
    assert copy.parent == path.parent
    assert "before upgrade" in copy.name
    with Folder.open(copy) as folder:
        assert folder.profile().patient_name == "Golden Patient"


def _plain_sqlite(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


def _newer_file(tmp_path: Path) -> Path:
    path = tmp_path / "From the future.infusiondesk"
    shutil.copy(GOLDEN[0], path)
    _plain_sqlite(path, "UPDATE alembic_version SET version_num = '9999_from_the_future';")
    return path


def _other_app(tmp_path: Path) -> Path:
    path = tmp_path / "recipes.db"
    _plain_sqlite(path, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT);"
                        "INSERT INTO recipes VALUES (1, 'soup');")
    return path


def _zip(tmp_path: Path) -> Path:
    path = tmp_path / "folder.infusiondesk"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "hello")
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.infusiondesk"
    path.write_bytes(b"")
    return path


def _truncated(tmp_path: Path) -> Path:
    path = tmp_path / "cut.infusiondesk"
    path.write_bytes(GOLDEN[0].read_bytes()[:5000])
    return path


def _no_version(tmp_path: Path) -> Path:
    path = tmp_path / "noversion.infusiondesk"
    shutil.copy(GOLDEN[0], path)
    _plain_sqlite(path, "DROP TABLE alembic_version;")
    return path


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (_newer_file, FolderTooNewError),
        (_other_app, NotAFolderError),
        (_zip, NotAFolderError),
        (_empty, NotAFolderError),
        (_truncated, FolderError),
        (_no_version, FolderDamagedError),
    ],
    ids=["newer", "other-app", "zip", "empty", "truncated", "no-version"],
)
def test_refused_files_are_left_byte_for_byte_unchanged(
    tmp_path: Path, make: object, error: type[Exception]
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = digest(path)
    neighbours = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as caught:
        Folder.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == neighbours
    message = str(caught.value)
    assert path.name in message and "Traceback" not in message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(FolderMissingError):
        Folder.open(tmp_path / "nope.infusiondesk")
    with pytest.raises(NotAFolderError):
        Folder.open(tmp_path)


def test_create_never_leaves_a_half_made_file(tmp_path: Path) -> None:
    path = tmp_path / "New.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.add(Request(what="x"))
        folder.records.add(Plan(payer="p"))
        folder.records.add(Call())
    assert sorted(p.name for p in tmp_path.iterdir() if "creating" in p.name) == []
    assert schema.inspect_file(path).revision == schema.HEAD


def test_a_0002_file_keeps_its_profile_and_gains_empty_essentials(tmp_path: Path) -> None:
    """Every field the 0002 file had is still there after the upgrade, the new ones are empty,
    and the new ones can be filled, kept and searched."""
    path = tmp_path / "Old.infusiondesk"
    shutil.copy(FIXTURES / "golden-0002.infusiondesk", path)
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(profile)")]
    before = dict(zip(columns, conn.execute("SELECT * FROM profile").fetchone(), strict=True))
    conn.close()
    with Folder.open(path) as folder:
        profile = folder.profile()
        for name, value in before.items():
            if name not in {"id", "updated_at", "date_of_birth", "start_date"}:
                assert getattr(profile, name) == value, name
        assert profile.therapy == "Cefazolin 2 g IV"
        assert (profile.allergies, profile.planned_end) == ("", None)
        assert (profile.next_appointment_on, profile.next_appointment_with) == (None, "")
        profile.allergies = "Sulfa drugs: hives"
        profile.next_appointment_with = "Dr. Okafor"
        profile.next_appointment_on = date(2027, 1, 5)
        profile.planned_end = date(2027, 2, 1)
        folder.records.save_profile(profile)
    with Folder.open(path) as folder:
        assert folder.profile() == profile
        assert [h.kind.value for h in folder.search("sulfa")] == ["profile"]
        assert [h.kind.value for h in folder.search("Okafor")] == ["profile"]


def test_0004_keeps_text_once_and_makes_thumbnails_small(tmp_path: Path) -> None:
    """A 0003 folder: a document whose text is its pages' keeps it only there, one whose text is
    other than its pages' keeps it as it is, and a PNG thumbnail becomes a small JPEG."""
    import io

    from PIL import Image

    from tests.storage.test_search_triggers import build_at

    path = build_at("0003_patient_essentials", tmp_path / "Old.infusiondesk")
    picture = io.BytesIO()
    Image.new("RGB", (240, 310), "white").save(picture, format="PNG")
    stamp = "2026-11-27 09:00:00"
    conn = sqlite3.connect(path)
    with conn:
        sha = hashlib.sha256(b"\x00").hexdigest()
        conn.execute("INSERT INTO blobs VALUES (?, 1, x'00')", (sha,))
        for document_id, text, thumbnail in ((1, "page one\n\npage two", picture.getvalue()),
                                             (2, "a list of files", None)):
            conn.execute(
                "INSERT INTO documents (id, title, kind, sha256, text, thumbnail, created_at, "
                "updated_at) VALUES (?, ?, 'other', ?, ?, ?, ?, ?)",
                (document_id, f"Document {document_id}", sha, text, thumbnail, stamp, stamp))
        conn.executemany("INSERT INTO document_pages (document_id, page, text) VALUES (?, ?, ?)",
                         [(1, 1, "page one"), (1, 2, "page two"), (2, 1, "something else")])
    conn.close()
    with Folder.open(path) as folder:
        assert {d.id: d.text for d in folder.documents()} == {1: "", 2: "a list of files"}
        assert folder.document_text(1) == "page one\n\npage two"
        assert folder.document_text(2) == "a list of files"
        assert [h.record_id for h in folder.search("page two")] == [1]
        assert [h.record_id for h in folder.search("files")] == [2]
        assert folder.check().ok
    with closing(sqlite3.connect(path)) as conn:  # (0005 then keeps no thumbnail at all)
        assert conn.execute("SELECT count(thumbnail) FROM documents").fetchone() == (0,)


def test_0006_adds_deadlines_and_a_folder_key_made_once(tmp_path: Path) -> None:
    """An older folder gains an empty deadlines table and a random folder key, kept from then
    on; a 0006 folder keeps its key and its deadlines."""
    import uuid

    from infusion_desk.core.deadlines import DateSource, DeadlinePurpose

    path = tmp_path / "Old.infusiondesk"
    shutil.copy(FIXTURES / "golden-0005.infusiondesk", path)
    with Folder.open(path) as folder:
        key = folder.deadlines.folder_key()
        assert uuid.UUID(key).version == 4
        assert folder.deadlines.all() == []
        assert folder.deadlines.renewal_lead_days() == 14
    with Folder.open(path) as folder:
        assert folder.deadlines.folder_key() == key

    path = tmp_path / "Kept.infusiondesk"
    shutil.copy(FIXTURES / "golden-0006.infusiondesk", path)
    with Folder.open(path) as folder:
        assert folder.deadlines.folder_key() == "00000000-0000-4000-8000-00000000a006"
        found = [(d.purpose, d.due_on, d.source, d.edited) for d in folder.deadlines.all()]
        assert found == [
            (DeadlinePurpose.OTHER, date(2027, 1, 8), DateSource.TYPED, True),
            (DeadlinePurpose.RENEWAL, date(2027, 3, 17), DateSource.RULE, False)]
        assert folder.check().ok
