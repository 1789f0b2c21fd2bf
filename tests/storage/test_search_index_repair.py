"""A damaged search index is found by the check, named as such ("your records are fine"), and
rebuilt from the records on request without changing a record."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from infusion_desk.cli import main
from infusion_desk.core.errors import FolderFailedCheckError, SearchIndexDamagedError
from infusion_desk.core.records import Call, Contact, Document
from infusion_desk.services import Folder
from tests.storage.damage import change_rows, digest, records_digest, scribble_page

ENTRIES = 1 + 30 + 5 + 3  # the profile, the calls, the contacts, the documents


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / "Index.infusiondesk"
    with Folder.create(path) as folder:
        for n in range(30):
            folder.records.add(Call(organization="Sunrise Home Infusion", reference_number=f"R-{n}",
                                    summary="Pump delivery moved to Friday " * 20))
        for n in range(5):
            folder.records.add(Contact(name=f"Nurse {n}", notes="Tuesdays and Fridays"))
        for n in range(3):
            text = f"prior authorization PA-{n}7712 approved " * 200
            folder.records.add_document(Document(title=f"Letter {n}", text=text),
                                        f"bytes {n}".encode())
    return path


def damaged_index_pages(path: Path) -> None:
    scribble_page(path, "search_index_data")


def damaged_term_pages(path: Path) -> None:
    scribble_page(path, "search_index_idx")


def damaged_size_pages(path: Path) -> None:
    scribble_page(path, "search_index_docsize")


def scrambled_structure(path: Path) -> None:
    change_rows(path, "UPDATE search_index_data SET block = x'0102030405' WHERE id = 10")


def lost_index_rows(path: Path) -> None:
    change_rows(path, "DELETE FROM search_index_data WHERE id > 10")


_CALLS = "SELECT rid, kind, record_id, title, body FROM search_source WHERE kind = 'call'"


def text_changed_under_the_index(path: Path) -> None:
    """Four calls indexed with other text than theirs (the index keeps no copy of the text:
    its entries are taken out with what they were made of, and made again of other words)."""
    change_rows(path, "INSERT INTO search_index(search_index, rowid, kind, record_id, title, "
                      f"body) SELECT 'delete', * FROM ({_CALLS} AND record_id <= 4)")
    change_rows(path, "INSERT INTO search_index(rowid, kind, record_id, title, body) "
                      f"SELECT rid, kind, record_id, title, 'zebra giraffe' "
                      f"FROM ({_CALLS} AND record_id <= 4)")


def record_left_out(path: Path) -> None:
    change_rows(path, "INSERT INTO search_index(search_index, rowid, kind, record_id, title, "
                      f"body) SELECT 'delete', * FROM ({_CALLS} AND record_id = 7)")


DAMAGE: list[Callable[[Path], None]] = [
    damaged_index_pages, damaged_term_pages, damaged_size_pages, scrambled_structure,
    lost_index_rows, text_changed_under_the_index, record_left_out,
]
# Damage SQLite's quick check sees when the folder is opened (its pages, not their meaning).
PAGE_DAMAGE = {damaged_index_pages, damaged_term_pages, damaged_size_pages}


def damaged_copy(sound: Path, where: Path, damage: Callable[[Path], None]) -> Path:
    path = where / "Index.infusiondesk"
    shutil.copy(sound, path)
    damage(path)
    return path


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda d: d.__name__)
def test_the_check_names_a_damaged_index_and_the_rebuild_repairs_it(
    damage: Callable[[Path], None], sound: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = damaged_copy(sound, tmp_path, damage)
    records = records_digest(sound)
    before = digest(path)
    with Folder.open(path, read_only=True) as folder:
        report = folder.check()
    assert not report.ok and report.search_index_only, report
    assert report.search_index_problems and not report.integrity_problems
    assert not report.damaged_parts and not report.damaged_documents
    assert report.counts["Call"] == 30 and report.counts["Document"] == 3

    assert main(["check", str(path)]) == 1
    said = capsys.readouterr()
    assert "  The search index is damaged; your records are fine.\n" in said.err
    assert (f'Rebuild the search index with: infusion-desk check "{path}" --rebuild-index\n'
            in said.err)
    assert "Traceback" not in said.err
    assert digest(path) == before  # checking changed nothing

    assert main(["check", str(path), "--rebuild-index"]) == 0
    said = capsys.readouterr()
    assert (f"Rebuilt the search index: {ENTRIES} records and documents can be found again.\n"
            in said.out)
    assert "Everything is in order" in said.out and said.err == ""
    assert records_digest(path) == records  # not a record changed
    with Folder.open(path) as folder:
        assert folder.check().ok
        assert [h.record_id for h in folder.search("R-7")] == [8]  # ids start at 1
        assert len(folder.search("authorization")) == 3


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda d: d.__name__)
def test_the_rebuild_is_one_operation_that_changes_no_record(
    damage: Callable[[Path], None], sound: Path, tmp_path: Path
) -> None:
    path = damaged_copy(sound, tmp_path, damage)
    if damage in PAGE_DAMAGE:
        with pytest.raises(FolderFailedCheckError) as caught:
            Folder.open(path)
        assert caught.value.search_index_only
        opened = Folder.open(path, search_index_damage_ok=True)
    else:
        opened = Folder.open(path)
    with opened as folder:
        assert not folder.read_only
        done = folder.upkeep.rebuild_search_index()
        assert done.value == ENTRIES and done.undo is None
        assert folder.check().ok
    assert records_digest(path) == records_digest(sound)


@pytest.mark.parametrize("damage", [d for d in DAMAGE if d not in
                                    (text_changed_under_the_index, record_left_out)],
                         ids=lambda d: d.__name__)
def test_a_search_in_a_damaged_index_says_so(
    damage: Callable[[Path], None], sound: Path, tmp_path: Path
) -> None:
    path = damaged_copy(sound, tmp_path, damage)
    before = digest(path)
    with Folder.open(path, read_only=True) as folder, \
            pytest.raises(SearchIndexDamagedError) as caught:
        folder.search("pump")
    assert str(caught.value) == ("The search index is damaged; your records are fine. "
                                 "Rebuilding the search index from the records repairs it.")
    assert digest(path) == before


def test_damage_in_the_records_is_not_called_damage_in_the_index(
    sound: Path, tmp_path: Path
) -> None:
    path = tmp_path / "Calls.infusiondesk"
    shutil.copy(sound, path)
    scribble_page(path, "calls")
    with pytest.raises(FolderFailedCheckError) as caught:
        Folder.open(path)
    assert not caught.value.search_index_only
    with Folder.open(path, read_only=True) as folder:
        report = folder.check()
    assert report.damaged_parts == [("calls", "")]
    assert not report.search_index_only and not report.search_index_problems


def test_a_write_during_the_check_is_not_taken_for_damage(
        sound: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window checks while scans are read and files added: the index and the records are
    read at one moment, so a record written between the check's reads is not a disagreement."""
    import sqlite3

    from infusion_desk.storage import search_index

    path = tmp_path / "Busy.infusiondesk"
    shutil.copyfile(sound, path)
    real_check = search_index._check_copy  # noqa: SLF001
    writes: list[int] = []

    def a_write_then_the_check(conn: sqlite3.Connection, *, against_records: bool) -> None:
        # the check's transaction has begun (its copy of the index is made): a write comes in
        other = sqlite3.connect(path)
        try:
            other.execute("PRAGMA busy_timeout = 5000")
            with other:
                other.execute(
                    "INSERT INTO calls (called_at, direction, organization, summary, "
                    "reference_number, created_at, updated_at) VALUES ('2026-12-01 10:00:00',"
                    " 'outgoing', 'Sunrise Home Infusion', 'written meanwhile', 'W-1', "
                    "'2026-12-01 10:00:00', '2026-12-01 10:00:00')")
            writes.append(1)
        finally:
            other.close()
        real_check(conn, against_records=against_records)

    monkeypatch.setattr(search_index, "_check_copy", a_write_then_the_check)
    with Folder.open(path, read_only=True) as folder:
        report = folder.check()
    assert writes == [1]
    assert report.ok and report.search_index_problems == []
