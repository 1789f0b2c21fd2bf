"""A whole folder copied into a new one: a folder file to a file, to a server and back, with every
record, document and link the same, and the comparison saying so (or saying what differs)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from infusion_desk.core.copy_errors import CopyStoppedError, TargetNotEmptyError
from infusion_desk.core.errors import FolderExistsError
from infusion_desk.core.records import (
    RECORD_TYPES,
    Call,
    Deadline,
    Document,
    Plan,
    Question,
    RecordKind,
)
from infusion_desk.demo import write_demo_folder
from infusion_desk.services import Folder
from infusion_desk.services.addresses import ServerAddress
from infusion_desk.services.copy_words import comparison_lines, tally_lines
from infusion_desk.services.folder_copy import copy_folder, copy_to_file, copy_to_server, tally
from infusion_desk.storage import folder_rows
from infusion_desk.storage.tables import Base
from tests.services.folder_copy_checks import differences

DEMO_DAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo folder, with a few records in the trash (written once for the module)."""
    path = tmp_path_factory.mktemp("demo") / "Walter Brennan.infusiondesk"
    with write_demo_folder(path, today=DEMO_DAY) as folder:
        for cls in (Call, Question, Document, Deadline):
            first = folder.get_many(cls, [r.id for r in folder._store.list_records(cls)])[0]
            folder.records.trash(cls, first.id)
    conn = sqlite3.connect(path)  # records saved again and again: their versions are kept
    with conn:
        conn.execute("UPDATE plans SET version = 7 WHERE id = (SELECT min(id) FROM plans)")
        conn.execute("UPDATE calls SET version = 3 WHERE deleted_at IS NOT NULL")
        conn.execute("UPDATE profile SET version = 5")
    conn.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Folder]:
    path = tmp_path / demo_file.name
    shutil.copyfile(demo_file, path)
    with Folder.open(path) as folder:
        yield folder


def test_every_table_is_copied_or_made_again_on_the_target() -> None:
    copied = {t.name for t in folder_rows.copied_tables()}
    others = set(folder_rows.SINGLE_ROW_TABLES) | set(folder_rows.DERIVED_TABLES)
    assert copied | others == set(Base.metadata.tables)
    assert not copied & others


def test_a_demo_folder_copied_to_a_file_is_the_same_row_for_row(
        demo: Folder, tmp_path: Path) -> None:
    target = tmp_path / "copy" / "Copy.infusiondesk"
    target.parent.mkdir()
    told: list[tuple[int, int]] = []
    comparison = copy_to_file(demo, target, progress=lambda done, of: told.append((done, of)))
    assert comparison.same and comparison.ids_kept, comparison_lines(comparison)
    assert comparison.copy.kinds[RecordKind.CALL].trashed == 1
    assert comparison.copy.bytes_checked and not comparison.copy.not_matching
    assert told and told[-1][0] == told[-1][1]  # the progress ends full
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert sorted(target.parent.iterdir()) == [target]  # nothing left beside it
    with Folder.open(target) as copy:
        assert differences(demo, copy) == []
        assert copy.check().ok
        # PDF pages' own text was indexed again from the PDFs: the same hits.
        for words in ("Brennan", "appeal", "authorization", "fax"):
            assert _hits(copy, words) == _hits(demo, words), words
        assert tally_lines(tally(copy)) == tally_lines(tally(demo))


def _hits(folder: Folder, words: str) -> list[tuple[str, int, int]]:
    return sorted((h.kind.value, h.record_id, h.page or 0) for h in folder.search(words, limit=200))


def test_the_copy_keeps_each_document_once_per_fingerprint(tmp_path: Path) -> None:
    with Folder.create(tmp_path / "A.infusiondesk") as source:
        source.records.add_document(Document(title="Letter"), b"%PDF-1.4 same bytes")
        source.records.add_document(Document(title="Same letter again"), b"%PDF-1.4 same bytes")
        comparison = copy_to_file(source, tmp_path / "B.infusiondesk")
    assert comparison.same
    conn = sqlite3.connect(tmp_path / "B.infusiondesk")
    assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    conn.close()


def test_a_folder_that_holds_anything_is_refused_and_left_as_it_was(
        demo: Folder, tmp_path: Path) -> None:
    with Folder.create(tmp_path / "Busy.infusiondesk") as target:
        target.records.add(Plan(payer="Aetna"))
        with pytest.raises(TargetNotEmptyError) as refused:
            copy_folder(demo, target)
        assert "already holds records" in refused.value.message
        assert [p.payer for p in target.plans()] == ["Aetna"]
    with pytest.raises(FolderExistsError):
        copy_to_file(demo, tmp_path / "Busy.infusiondesk")


def test_a_stopped_copy_leaves_nothing(demo: Folder, tmp_path: Path) -> None:
    target = tmp_path / "Stopped.infusiondesk"
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(CopyStoppedError):
        copy_to_file(demo, target, cancel=cancel)
    assert not any(p.name.startswith("Stopped") for p in tmp_path.iterdir())


def test_the_comparison_names_what_differs(demo: Folder, tmp_path: Path) -> None:
    target = tmp_path / "Copy.infusiondesk"
    copy_to_file(demo, target)
    conn = sqlite3.connect(target)
    conn.execute("DELETE FROM calls WHERE id = (SELECT max(id) FROM calls)")
    conn.execute("UPDATE blobs SET data = CAST('tampered' AS BLOB) WHERE sha256 = "
                 "(SELECT sha256 FROM documents WHERE deleted_at IS NULL ORDER BY id LIMIT 1)")
    title = conn.execute("SELECT title FROM documents WHERE deleted_at IS NULL "
                         "ORDER BY id LIMIT 1").fetchone()[0]
    conn.commit()
    conn.close()
    from infusion_desk.services.folder_copy import compare

    with Folder.open(target, read_only=True) as copy:
        ids = folder_rows.IdMaps({"documents": {i: i for i in tally(demo).documents}})
        comparison = compare(tally(demo, read_bytes=False), tally(copy), ids)
    assert not comparison.same
    assert [kind for kind, _a, _b in comparison.counts_differ] == [RecordKind.CALL]
    assert comparison.documents_differ  # (fingerprints: the titles come with copy_folder)
    lines = comparison_lines(comparison)
    assert "The copy is not the same as the folder" in lines[0]
    assert any(line.startswith(f"{RecordKind.CALL.label}: ") and "in the copy" in line
               for line in lines)
    assert title


# ---------------------------------------------------------------------- to a server and back
PASSWORD = "tests-only-password"  # a throwaway server on loopback


@pytest.fixture(scope="module")
def team(pg_server: object) -> tuple[str, str]:
    """A database set up for shared folders, and a person who signs in to it."""
    from infusion_desk.storage.shared.setup import add_person

    url = pg_server.new_database()  # type: ignore[attr-defined]
    person = pg_server.unique_name("copier")  # type: ignore[attr-defined]
    add_person(url, person, PASSWORD)
    return url, person


def shared_address(team: tuple[str, str], folder: str) -> ServerAddress:
    from sqlalchemy.engine import make_url

    url = make_url(team[0])
    return ServerAddress(user=team[1], host=url.host or "", port=url.port or 5432,
                         database=url.database or "", folder=folder, sslmode="disable")


def test_a_demo_folder_goes_to_a_server_and_back_the_same(
        demo: Folder, tmp_path: Path, team: tuple[str, str]) -> None:
    address = shared_address(team, "brennan")
    comparison = copy_to_server(demo, address, PASSWORD)
    assert comparison.same, comparison_lines(comparison)
    back = tmp_path / "Back.infusiondesk"
    with Folder.open_shared(address, PASSWORD) as shared:
        assert differences(demo, shared) == []
        for words in ("Brennan", "appeal", "authorization", "fax"):
            assert _hits(shared, words) == _hits(demo, words), words
        returned = copy_to_file(shared, back)
    assert returned.same, comparison_lines(returned)
    with Folder.open(back) as copy:
        assert differences(demo, copy) == []
        assert copy.check().ok
        assert tally_lines(tally(copy)) == tally_lines(tally(demo))
        for words in ("Brennan", "appeal", "authorization", "fax"):
            assert _hits(copy, words) == _hits(demo, words), words


def test_a_second_folder_on_the_server_is_numbered_anew_with_its_links_right(
        demo: Folder, team: tuple[str, str]) -> None:
    first, second = shared_address(team, "first"), shared_address(team, "second")
    assert copy_to_server(demo, first, PASSWORD).same
    comparison = copy_to_server(demo, second, PASSWORD)
    assert comparison.same and not comparison.ids_kept  # the first folder has those ids
    assert any("new numbers" in line for line in comparison_lines(comparison))
    with Folder.open_shared(second, PASSWORD) as shared:
        assert differences(demo, shared) == []  # every link points to its own record
        with pytest.raises(TargetNotEmptyError):
            copy_folder(demo, shared)  # and a folder holding records is refused


@pytest.mark.parametrize("revision", ["0001", "0004", "0005", "0006"])
def test_an_older_folder_file_read_as_it_is_copies_whole(revision: str, tmp_path: Path) -> None:
    """A folder file of an older revision, opened for reading only (not upgraded), is copied
    whole: the newer columns and tables take their defaults in the copy."""
    source = tmp_path / f"golden-{revision}.infusiondesk"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / source.name, source)
    before = source.read_bytes()
    with Folder.open(source, read_only=True) as folder:
        comparison = copy_to_file(folder, tmp_path / "Copy.infusiondesk")
    assert comparison.same, comparison_lines(comparison)
    assert source.read_bytes() == before  # the folder copied was not changed
    with Folder.open(tmp_path / "Copy.infusiondesk") as copy:
        assert copy.check().ok
        assert tally_lines(tally(copy)) == comparison_lines(comparison)[-len(RECORD_TYPES):]


def test_two_copies_into_one_new_server_folder_at_once_one_is_refused(
        demo: Folder, team: tuple[str, str]) -> None:
    import threading

    address = shared_address(team, "twice")
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def copy() -> None:
        start.wait()
        try:
            outcomes.append(copy_to_server(demo, address, PASSWORD).same)
        except TargetNotEmptyError as refused:
            outcomes.append(refused)

    threads = [threading.Thread(target=copy) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert sorted(map(type, outcomes), key=str) == sorted([bool, TargetNotEmptyError], key=str)
    assert True in outcomes
    with Folder.open_shared(address, PASSWORD) as shared:
        assert differences(demo, shared) == []  # one copy's records, not two
