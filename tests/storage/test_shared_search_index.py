"""A shared folder's search indexes on the server (``storage.shared.search_sql``): kept in step
by the triggers through every change, checked against the records, made again from them, never
seen from another folder, and a search stopped on the server when a newer one is wanted."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import errors as pg_errors
from search_set import PDF_PAGES, fill, found, pdf_of
from shared_fixtures import Person
from sqlalchemy import Connection, create_engine, make_url, text

from infusion_desk.core.records import Call, Document, RecordKind
from infusion_desk.core.search import (
    DOCUMENT_SCAN_CHARS,
    SNIPPET_SCAN_CHARS,
    ScanBudget,
    SearchCancelledError,
)
from infusion_desk.services import Folder
from infusion_desk.storage.shared.engine import libpq_url, psycopg_url
from infusion_desk.storage.shared.searching import ServerSearchReads, server_searching


@contextmanager
def as_owner(person: Person) -> Iterator[Connection]:
    """The database's owner (a superuser here: row-level security does not hold it back), to
    look at every folder's entries and to damage them."""
    engine = create_engine(psycopg_url(person.admin_url))
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def _count(person: Person, table: str, folder: str) -> int:
    with as_owner(person) as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table} "  # noqa: S608
                                     "WHERE folder = :f"), {"f": folder}).scalar_one())


def _problems(folder: Folder) -> list[str]:
    return folder.check().search_index_problems


@pytest.fixture
def maria(make_person: Callable[[str], Person]) -> Person:
    return make_person("maria")


def test_every_change_keeps_the_index_in_step(maria: Person) -> None:
    with Folder.create_shared(maria.address("steps"), maria.password) as folder:
        fill(folder)
        assert _problems(folder) == []
        live_pdf_pages = sum(len(p) for p in PDF_PAGES[:-1])
        trashed_pdf_pages = len(PDF_PAGES[-1])
        assert _count(maria, "page_words", "steps") == live_pdf_pages + trashed_pdf_pages

        # A PDF page she corrects keeps her words (stored), not the PDF's (no longer indexed).
        (pdf,) = [d for d in folder.documents() if d.title == "PDF 1"]
        assert pdf.id is not None
        folder.scans.correct_text(pdf.id, 1, "Corrected: lymphedema sleeve")
        assert _count(maria, "page_words", "steps") == live_pdf_pages + trashed_pdf_pages - 1
        assert [(h.title, h.page) for h in folder.search("lymphedema")] == [("PDF 1", 1)]
        assert found(folder, "medically necessary") == []
        assert _problems(folder) == []

        # Emptying the trash takes the trashed PDF's pages out of the index.
        folder.records.empty_trash(backup_first=False)
        assert _count(maria, "page_words", "steps") == live_pdf_pages - 1
        assert _problems(folder) == []

        # A record trashed is found no more; put back, it is found again.
        call = folder.records.add(Call(organization="Valley", summary="catheter kink")).value
        assert call.id is not None
        assert [h.record_id for h in folder.search("catheter")] == [call.id]
        folder.records.trash(Call, call.id)
        assert folder.search("catheter") == []
        folder.records.restore(Call, call.id)
        assert [h.record_id for h in folder.search("kink")] == [call.id]
        assert _problems(folder) == []


def test_damage_is_found_and_a_rebuild_mends_it(maria: Person) -> None:
    texts = ("pump", "REF-88231", "medically necessary", "appeal jose", "PA-2026-011903")
    with Folder.create_shared(maria.address("mended"), maria.password) as folder:
        fill(folder)
        before = {t: found(folder, t) for t in texts}
        with as_owner(maria) as conn:
            f = {"f": "mended"}
            conn.execute(text("DELETE FROM search_entries WHERE folder = :f AND kind = 7"), f)
            conn.execute(text("UPDATE search_entries SET words = to_tsvector('simple', 'x') "
                              "WHERE folder = :f AND kind = 5"), f)
            conn.execute(text("INSERT INTO search_entries (folder, kind, record_id, words) "
                              "VALUES (:f, 6, 999999, to_tsvector('simple', 'stray'))"), f)
            conn.execute(text("DELETE FROM page_words WHERE folder = :f AND page = 2"), f)
            conn.execute(text("INSERT INTO page_words (folder, document_id, page, words) "
                              "VALUES (:f, 999999, 1, to_tsvector('simple', 'stray'))"), f)
        problems = _problems(folder)
        assert [p.split(" ", 1)[1] for p in problems] == [
            "record(s) missing from the index",
            "entr(ies) in the index belong to no record",
            "entr(ies) in the index differ from their records",
            "page(s) of PDF text missing from the index",
            "entr(ies) of PDF text belong to no page kept in its PDF"]
        assert found(folder, "stray") == []  # (an entry of no record leads nowhere)

        done = folder.upkeep.rebuild_search_index()
        assert done.value == _count(maria, "search_entries", "mended")
        assert _problems(folder) == []
        assert {t: found(folder, t) for t in texts} == before


def test_one_folders_index_is_never_seen_from_another(
        maria: Person, make_person: Callable[[str], Person]) -> None:
    bob = make_person("bob")
    with Folder.create_shared(maria.address("lee"), maria.password) as lee, \
            Folder.create_shared(bob.address("park"), bob.password) as park:
        fill(lee)
        mine = park.records.add(Call(organization="Park pharmacy", summary="pump alarm")).value
        park.records.add_document(Document(title="Park PDF", media_type="application/pdf",
                                           page_count=2), pdf_of(PDF_PAGES[0]),
                                  pages=list(PDF_PAGES[0]))
        assert [(h.kind, h.record_id) for h in park.search("pump")] == [
            (RecordKind.CALL, mine.id)]
        assert [h.title for h in park.search("approved ivig")] == ["Park PDF"]
        assert {h.title for h in lee.search("approved ivig")} == {"PDF 0"}
        lee_entries = _count(maria, "search_entries", "lee")
        park_entries = _count(maria, "search_entries", "park")
        park_pages = _count(maria, "page_words", "park")

        lee.upkeep.rebuild_search_index()
        assert _count(maria, "search_entries", "lee") == lee_entries
        assert (_count(maria, "search_entries", "park"), _count(maria, "page_words", "park")
                ) == (park_entries, park_pages)
        assert _problems(park) == [] and _problems(lee) == []


def test_a_search_is_stopped_on_the_server(maria: Person) -> None:
    with Folder.create_shared(maria.address("stopped"), maria.password) as folder:
        folder.records.add(Call(organization="Sunrise Home Infusion", summary="pump"))
        with pytest.raises(SearchCancelledError):
            folder.search("pump", stop=lambda: True)

        store = folder._store  # noqa: SLF001 - the store's own search, with a slow query
        asked_at = time.monotonic()
        with pytest.raises(SearchCancelledError) as stopped, \
                server_searching(store, lambda: time.monotonic() - asked_at > 0.2) as reads:
            reads._conn.execute("SELECT pg_sleep(30)")  # noqa: SLF001
        assert time.monotonic() - asked_at < 10
        assert isinstance(stopped.value.__cause__, pg_errors.QueryCanceled)
        assert [h.title for h in folder.search("pump")] == ["Sunrise Home Infusion"]


def test_a_stop_said_between_two_queries_cancels_the_next_one(
        maria: Person, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cancel that reaches the server while none of the search's queries runs (between two)
    cancels nothing there: it is sent again until the search ends."""
    sent = threading.Event()
    cancel = psycopg.Connection.cancel_safe

    def cancel_noted(conn: psycopg.Connection[object], *args: object, **kwargs: object) -> None:
        cancel(conn, *args, **kwargs)  # type: ignore[arg-type]
        sent.set()

    monkeypatch.setattr(psycopg.Connection, "cancel_safe", cancel_noted)
    with Folder.create_shared(maria.address("between"), maria.password) as folder:
        store = folder._store  # noqa: SLF001 - the store's own search, with a slow query

        def slow_query_after_the_first_cancel(reads: ServerSearchReads) -> None:
            assert sent.wait(10)  # (sent while no query ran)
            reads._conn.execute("SELECT pg_sleep(30)")  # noqa: SLF001

        started = time.monotonic()
        with pytest.raises(SearchCancelledError) as stopped, \
                server_searching(store, lambda: True) as reads:
            slow_query_after_the_first_cancel(reads)
        assert time.monotonic() - started < 10
        assert isinstance(stopped.value.__cause__, pg_errors.QueryCanceled)


def test_another_person_reads_and_writes_none_of_a_folders_index(
        maria: Person, make_person: Callable[[str], Person]) -> None:
    """Even naming Maria's folder on a connection of his own, Tom finds nothing of its index:
    not its entries, not its PDF pages' words, not its records through the search's view; and
    he can neither add entries to it nor have its documents indexed again."""
    tom = make_person("tom")
    with Folder.create_shared(maria.address("lee"), maria.password) as lee:
        fill(lee)
        (pdf,) = [d for d in lee.documents() if d.title == "PDF 0"]
    entries = _count(maria, "search_entries", "lee")
    url = make_url(tom.admin_url).set(username=tom.name, password=tom.password)
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute("SELECT set_config('infusion_desk.folder', 'lee', false)")
        for table in ("search_entries", "page_words", "search_source"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO search_entries (folder, kind, record_id, words) "
                         "VALUES ('lee', 5, 1, to_tsvector('simple', 'planted'))")
        conn.execute("SELECT infusion_desk_search_documents_again(ARRAY['lee'], ARRAY[%s])",
                     (pdf.id,))
    assert _count(maria, "search_entries", "lee") == entries
    with Folder.open_shared(maria.address("lee"), maria.password) as lee:
        assert found(lee, "planted") == []
        assert _problems(lee) == []


def test_texts_too_big_for_one_tsvector_are_saved_and_found(maria: Person) -> None:
    """A word repeated 100,000 times is found with bounded work, as in a folder file; a text of
    more words than one tsvector holds (1 MB) is still saved, found by its start."""
    log = ("ERROR " * 100_000).strip()
    many = " ".join(f"w{n}x" for n in range(250_000))
    with Folder.create_shared(maria.address("big"), maria.password) as folder:
        folder.records.add_document(Document(title="log", media_type="text/plain", text=log),
                                    log.encode(), pages=[log])
        folder.records.add_document(Document(title="words", media_type="text/plain",
                                             text=many), many.encode(), pages=[many])
        budget = ScanBudget()
        (hit,) = folder.search("error", budget=budget)
        assert (hit.title, hit.page) == ("log", 1)
        assert budget.used <= DOCUMENT_SCAN_CHARS + SNIPPET_SCAN_CHARS + 1
        assert [h.title for h in folder.search("w1x")] == ["words"]
        assert folder.search("w249999x") == []  # (past what one tsvector holds: see search_sql)
        # Past the 16,383rd word a tsvector keeps no places: a phrase is still found there.
        handbook = " ".join(f"filler{n % 5000}" for n in range(20_000)) + \
            " Member ID 7QW2-HJ4-XK19 ends here"
        folder.records.add_document(Document(title="handbook", media_type="text/plain",
                                             text=handbook), handbook.encode(), pages=[handbook])
        folder.records.add(Call(organization="Plan", summary="xk19 and hj4 and 7qw2"))
        assert [h.title for h in folder.search("7QW2-HJ4-XK19")] == ["handbook"]
        assert [h.title for h in folder.search("ends here")] == ["handbook"]
        assert _problems(folder) == []
        assert _problems(folder) == []


def test_a_page_stored_while_she_changes_its_document_waits_and_never_deadlocks(
        maria: Person) -> None:
    """One window stores a page of a letter (then changes the letter's row, as reading a page
    does) while another changes the letter's title: the second waits for the first, and both
    are saved; neither is refused as a deadlock."""
    with Folder.create_shared(maria.address("both"), maria.password) as folder:
        letter = folder.records.add_document(Document(title="Letter"), b"letter",
                                             pages=["first page"]).value
    url = make_url(maria.admin_url).set(username=maria.name, password=maria.password)

    def connect() -> psycopg.Connection[tuple[object, ...]]:
        conn = psycopg.connect(libpq_url(url))
        conn.execute("SELECT set_config('infusion_desk.folder', 'both', false)")
        conn.commit()
        return conn

    failed: list[BaseException] = []
    with connect() as reading, connect() as editing:
        reading.execute("INSERT INTO document_pages (document_id, page, text, source) "
                        "VALUES (%s, 2, 'second page', 'ocr')", (letter.id,))
        editing_pid = editing.info.backend_pid

        def edit() -> None:
            try:
                editing.execute("UPDATE documents SET title = 'Denial letter' WHERE id = %s",
                                (letter.id,))
                editing.commit()
            except psycopg.Error as exc:
                failed.append(exc)

        thread = threading.Thread(target=edit)
        thread.start()
        deadline = time.monotonic() + 10
        with as_owner(maria) as owner:
            while owner.execute(text("SELECT wait_event_type FROM pg_stat_activity "
                                     "WHERE pid = :p"), {"p": editing_pid}
                                ).scalar_one_or_none() != "Lock":
                assert time.monotonic() < deadline, "the title's change never waited"
                time.sleep(0.01)
        reading.execute("UPDATE documents SET read_state = 'read' WHERE id = %s", (letter.id,))
        reading.commit()
        thread.join(10)
    assert failed == []
    with Folder.open_shared(maria.address("both"), maria.password) as folder:
        assert [(h.title, h.page) for h in folder.search("second page")] == [
            ("Denial letter", 2)]
        assert _problems(folder) == []
