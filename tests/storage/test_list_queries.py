"""The lists the tabs and the summary read: pages that start where the last one ended, through
the index that gives their order, and documents listed without their text. On a folder file and
on a folder shared on the test PostgreSQL server (``place``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from folder_engines import FolderPlace, folder_on
from sqlalchemy import event, insert

from infusion_desk.core.records import Call, Contact, Document
from infusion_desk.reports.ranking import documents_newest_first
from infusion_desk.services import Folder
from infusion_desk.storage.mapping import to_values
from infusion_desk.storage.tables import CallRow

START = datetime(2026, 11, 1, 9, 0)


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """On each engine: a folder file, and a folder shared on the test PostgreSQL server."""
    yield from folder_on(place)


@pytest.fixture
def folder_file(tmp_path: Path) -> Iterator[Folder]:
    with Folder.create(tmp_path / "Test patient.infusiondesk") as opened:
        yield opened


def _bulk_calls(folder: Folder, count: int, *, contact_id: int | None = None) -> None:
    """Many calls in one transaction; every third pair shares its time (ties to break)."""
    stamp = datetime(2026, 11, 1)
    rows = [{**to_values(Call(called_at=START - timedelta(minutes=30 * (n // 2 if n % 3 else n)),
                              organization=f"Org {n}", reference_number=f"R{n}",
                              contact_id=contact_id if n % 5 == 0 else None,
                              summary=f"Call number {n}")),
             "created_at": stamp, "updated_at": stamp} for n in range(count)]
    with folder._store.writing() as session:  # noqa: SLF001 - bulk set-up
        session.execute(insert(CallRow), rows)


def test_pages_after_the_last_call_are_the_pages_at_an_offset(folder: Folder) -> None:
    _bulk_calls(folder, 1_000)
    trashed = folder.calls(limit=1, offset=500)[0]
    assert trashed.id is not None
    folder.records.trash(Call, trashed.id)
    every = folder.calls()
    assert len(every) == 999
    pages: list[Call] = []
    while True:
        page = folder.calls(limit=97, after=pages[-1] if pages else None)
        if not page:
            break
        pages += page
    assert pages == every
    assert [c.id for c in every] == [c.id for c in sorted(
        every, key=lambda c: (-c.called_at.timestamp(), c.id or 0))]  # newest first, then by id
    assert folder.calls(limit=50, offset=300) == every[300:350]


# SQLite's own query planner (EXPLAIN QUERY PLAN): a folder file's alone.
def test_a_page_of_calls_is_read_through_the_time_index_without_sorting_them_all(
        folder_file: Folder) -> None:
    folder = folder_file
    _bulk_calls(folder, 50)
    last = folder.calls(limit=10)[-1]
    asked: list[tuple[str, object]] = []

    def seen(_conn: object, _cursor: object, statement: str, parameters: object,
             _context: object, _many: bool) -> None:
        if "FROM calls" in statement:
            asked.append((statement, parameters))

    engine = folder._store.engine  # noqa: SLF001 - asking SQLite how it reads the queries
    event.listen(engine, "before_cursor_execute", seen)
    try:
        folder.calls(limit=10)
        folder.calls(limit=10, after=last)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(asked) == 2
    with folder._store.raw() as conn:  # noqa: SLF001
        for statement, parameters in asked:
            plan = " | ".join(row[3] for row in conn.execute(
                f"EXPLAIN QUERY PLAN {statement}", parameters))  # type: ignore[arg-type]
            assert "ix_calls_called_at" in plan
            assert "ix_calls_deleted_at" not in plan
            assert "TEMP B-TREE FOR ORDER BY" not in plan  # (only ties are sorted: RIGHT PART)


def _documents(folder: Folder) -> list[Document]:
    added = []
    for n, (dated, received) in enumerate([(date(2026, 3, 1), date(2026, 3, 4)),
                                           (None, date(2026, 5, 1)), (None, None),
                                           (date(2026, 1, 9), None), (None, date(2026, 5, 1))]):
        added.append(folder.records.add_document(
            Document(title=f"Letter {n}", document_date=dated, received_on=received,
                     media_type="text/plain", original_name=f"letter {n}.txt",
                     text=f"The words of letter {n} " * 50),
            f"letter {n}".encode(), pages=[f"The words of letter {n}"]).value)
    return added


def test_documents_are_listed_without_their_text_and_read_whole_one_at_a_time(
        folder: Folder) -> None:
    _documents(folder)
    whole = folder.documents()
    listed = folder.documents_listed()
    assert [d.id for d in listed] == [d.id for d in whole]
    assert all(d.text == "" for d in listed)
    assert all(d.text for d in whole)
    assert listed == [Document(**{**vars(d), "text": ""}) for d in whole]
    some = [d.id for d in whole[1:3] if d.id is not None]
    assert sorted(d.id or 0 for d in folder.documents_listed_by_id(some)) == sorted(some)
    assert all(d.text == "" for d in folder.documents_listed_by_id(some))
    assert folder.get(Document, some[0]).text  # one document, whole


def test_the_newest_documents_are_those_the_summary_lists_first(folder: Folder) -> None:
    _documents(folder)
    expected = documents_newest_first(folder.documents_listed())
    for limit in (1, 3, 5, 10):
        assert folder.newest_documents(limit) == expected[:limit]


def test_follow_ups_to_do_and_when_each_contact_was_last_called(folder: Folder) -> None:
    contact = folder.records.add(Contact(name="Renee")).value
    assert contact.id is not None
    _bulk_calls(folder, 40, contact_id=contact.id)
    old = folder.records.add(Call(called_at=datetime(2020, 1, 1, 9), summary="long ago",
                                  follow_up_on=date(2020, 2, 1))).value
    folder.records.add(Call(called_at=datetime(2020, 1, 2, 9), follow_up_on=date(2020, 2, 1),
                            follow_up_done=True))
    later = folder.records.add(Call(called_at=datetime(2027, 1, 2, 9), contact_id=contact.id,
                                    follow_up_on=date(2027, 2, 1))).value
    assert [c.id for c in folder.calls_with_follow_up_to_do()] == [old.id, later.id]
    assert folder.last_call_with_each_contact() == {contact.id: later.called_at}
    assert later.id is not None
    folder.records.trash(Call, later.id)
    newest = max(c.called_at for c in folder.calls() if c.contact_id == contact.id)
    assert folder.last_call_with_each_contact() == {contact.id: newest}
