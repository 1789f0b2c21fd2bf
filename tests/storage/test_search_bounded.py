"""Search takes bounded work whatever the folder holds and whatever is typed, and stops inside
the database when asked (issue 12: a pasted log of 100,000 "ERROR" froze the window for a minute):
in a folder file, and in a folder shared on the test PostgreSQL server (``place``).

Work is counted, never timed: the characters of stored text a search examines (its
``ScanBudget``) and, in a folder file, the SQLite steps it takes (its ``stop`` is asked every
``PROGRESS_OPS``). On the server ``stop`` is asked as time goes by, and a search stopped while a
query runs is cancelled there (``storage.shared.searching``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from folder_engines import FolderPlace, folder_on
from psycopg import errors as pg_errors
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from infusion_desk.core.errors import FolderError, SearchIndexDamagedError
from infusion_desk.core.records import Call, Document, RecordKind
from infusion_desk.core.search import (
    DOCUMENT_SCAN_CHARS,
    MAX_TERMS,
    SNIPPET_SCAN_CHARS,
    ScanBudget,
    SearchCancelledError,
)
from infusion_desk.services import Folder
from infusion_desk.storage.searching import PROGRESS_OPS
from infusion_desk.storage.shared.engine import psycopg_url

LOG = ("ERROR " * 100_000).strip()


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """On each engine: a folder file, and a folder shared on the test PostgreSQL server."""
    yield from folder_on(place)


class StepCounter:
    """A search's ``stop`` that never stops it and counts how often SQLite asked (once every
    ``PROGRESS_OPS`` steps)."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return False


def add_log(folder: Folder) -> int:
    document = folder.records.add_document(
        Document(title="log", original_name="log.txt", media_type="text/plain", text=LOG),
        LOG.encode(), pages=[LOG]).value
    assert document.id is not None
    return document.id


def test_a_word_repeated_100000_times_is_found_with_bounded_work(folder: Folder,
                                                                place: FolderPlace) -> None:
    log_id = add_log(folder)
    steps, budget = StepCounter(), ScanBudget()
    (hit,) = folder.search("error", stop=steps, budget=budget)

    assert (hit.kind, hit.record_id, hit.page) == (RecordKind.DOCUMENT, log_id, 1)
    assert hit.snippet.startswith("ERROR ERROR")
    assert len(hit.snippet) < 120
    assert [hit.snippet[a:b] for a, b in hit.highlights][:3] == ["ERROR"] * 3
    # The text examined: a part of the page, never the whole 600,000 letters, let alone
    # every pair of matches as FTS5's snippet() did.
    assert budget.used <= DOCUMENT_SCAN_CHARS + SNIPPET_SCAN_CHARS + 1
    assert budget.used < len(LOG) / 2
    if place.engine == "sqlite":  # (SQLite's steps: the server's work is not counted so)
        # SQLite's own work: a few thousand steps, whatever the number of repeats.
        assert steps.asked * PROGRESS_OPS <= 20_000


def test_the_work_does_not_grow_with_the_repeats(folder: Folder, place: FolderPlace) -> None:
    add_log(folder)
    big = ScanBudget()
    folder.search("error", budget=big)
    with place.another("Small").create() as small_folder:
        small_folder.records.add_document(Document(title="log", text="ERROR " * 1_000),
                                          b"small", pages=["ERROR " * 1_000])
        small = ScanBudget()
        small_folder.search("error", budget=small)
    assert big.used <= DOCUMENT_SCAN_CHARS + SNIPPET_SCAN_CHARS + 1
    assert small.used < big.used  # the small one was read whole; the big one only in part


def test_the_whole_search_has_one_budget(folder: Folder) -> None:
    for n in range(5):
        text = f"letter {n} " + "claim " * 40_000
        folder.records.add_document(Document(title=f"Statement {n}", text=text),
                                    f"s{n}".encode(), pages=[text])
    budget = ScanBudget(limit=300_000)
    hits = folder.search("claim", budget=budget)
    assert len(hits) == 5
    assert budget.used <= 300_000
    assert [h.page for h in hits].count(1) >= 1  # the first ones are placed on their page


def test_a_stopped_search_says_cancelled_not_an_error(folder: Folder) -> None:
    folder.records.add(Call(organization="Sunrise Home Infusion", summary="pump"))
    with pytest.raises(SearchCancelledError) as stopped:
        folder.search("pump", stop=lambda: True)
    assert not isinstance(stopped.value, FolderError)


@contextmanager
def index_held(place: FolderPlace) -> Iterator[None]:
    """On the server: the search entries locked by the database's owner meanwhile, so that a
    search's query waits there until it is cancelled (a query still running when the search is
    stopped, however fast the machine). Nothing in a folder file: SQLite stops by itself."""
    if place.team is None:
        yield
        return
    owner = create_engine(psycopg_url(place.team.admin_url))
    try:
        with owner.begin() as conn:
            conn.execute(text("SET LOCAL lock_timeout = '10s'"))  # (never a hang: a failure)
            conn.execute(text("LOCK TABLE search_entries IN ACCESS EXCLUSIVE MODE"))
            yield
    finally:
        owner.dispose()


def test_a_search_is_stopped_inside_the_database(folder: Folder, place: FolderPlace) -> None:
    add_log(folder)
    for n in range(200):
        folder.records.add(Call(organization=f"Plan {n}", summary="error on the claim"))
    with index_held(place), pytest.raises(SearchCancelledError) as stopped:
        # asked first after PROGRESS_OPS steps in SQLite; on the server, while its query waits
        folder.search("error", stop=lambda: True)
    cause = stopped.value.__cause__
    cause = cause.orig if isinstance(cause, DBAPIError) else cause
    if place.engine == "sqlite":
        assert isinstance(cause, sqlite3.OperationalError)
        assert "interrupt" in str(cause)
    else:
        assert isinstance(cause, pg_errors.QueryCanceled)
    assert len(folder.search("error")) == 50  # the folder reads as before


def test_a_search_stopped_between_hits_reads_no_further(folder: Folder) -> None:
    for n in range(30):
        folder.records.add(Call(organization=f"Plan {n}", summary="pump"))
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3

    budget = ScanBudget()
    with pytest.raises(SearchCancelledError):
        folder.search("pump", stop=stop, budget=budget)
    assert budget.used < 30 * 20  # a few hits' snippets, not thirty


def test_a_3000_letter_paste_searches_its_first_words(folder: Folder) -> None:
    call = folder.records.add(Call(organization="Valley Specialty Pharmacy",
                                   summary="prior authorization for the infusion pump")).value
    paste = ("prior authorization for the infusion pump " * 80)[:3000]
    hits = folder.search(paste)
    assert [(h.kind, h.record_id) for h in hits] == [(RecordKind.CALL, call.id)]
    words = " ".join(f"word{n}" for n in range(600))
    assert folder.search(words) == []
    steps = StepCounter()
    folder.search(words + " prior", stop=steps)
    assert steps.asked * PROGRESS_OPS <= 10_000
    assert MAX_TERMS <= 12


def test_a_one_letter_last_word_is_a_whole_word(folder: Folder) -> None:
    call = folder.records.add(Call(organization="Plan", summary="Error in vitamin E dosing")).value
    other = folder.records.add(Call(organization="Plan", summary="Everything is fine")).value
    assert [h.record_id for h in folder.search("e")] == [call.id]  # the word "E" alone
    assert {h.record_id for h in folder.search("ev")} == {other.id}
    assert {h.record_id for h in folder.search("er")} == {call.id}


# FTS5's own pages damaged in the file: a folder file's alone.
def test_a_damaged_search_index_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "Test patient.infusiondesk"
    with Folder.create(path) as folder:
        for n in range(50):
            folder.records.add(Call(organization="Sunrise", summary=f"pump delivered {n}"))
    with sqlite3.connect(path) as conn:
        for block_id, size in conn.execute(
                "SELECT id, length(block) FROM search_index_data WHERE id > 10").fetchall():
            conn.execute("UPDATE search_index_data SET block = ? WHERE id = ?",
                         (b"\xff" * size, block_id))
    conn.close()
    with Folder.open(path, read_only=True) as damaged:
        with pytest.raises(SearchIndexDamagedError) as failed:
            damaged.search("pump")
        assert "search index is damaged" in failed.value.message
        assert "pump" not in failed.value.detail  # (no typed words in what may be logged)
        with pytest.raises(SearchIndexDamagedError):
            damaged.search("pump", stop=lambda: False)  # stoppable, and still named so
