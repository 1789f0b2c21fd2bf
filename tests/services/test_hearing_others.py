"""A folder hears other people's changes only when it is shared; what it hears comes as the same
``Change`` its own operations announce, with no Undo (it was not this window's doing)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from live_server import ThrowawayServer
from waiting import wait_for

from infusion_desk.core.records import RecordKind
from infusion_desk.services import Folder
from infusion_desk.services.changes import Change
from infusion_desk.services.remote_changes import EVERYTHING, change_of
from infusion_desk.storage.shared.listening import RemoteBatch, RemoteNotice


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    with Folder.create(tmp_path / "Walter Brennan.infusiondesk") as opened:
        yield opened


def test_a_folder_file_does_not_listen(folder: Folder) -> None:
    assert not folder.others.possible
    assert folder.others.start(lambda change: None) is False
    assert not folder.others.listening


def test_a_shared_folder_hears_a_change_by_someone_else(folder: Folder) -> None:
    server = ThrowawayServer()
    server.start()
    heard: list[Change] = []
    states: list[bool] = []
    lock = threading.Lock()

    def on_change(change: Change) -> None:
        with lock:
            heard.append(change)

    try:
        folder.others.listen_with(lambda: psycopg.connect(server.conninfo(), autocommit=True),
                                  "brennan", frozenset, channel="infusion_desk")
        assert folder.others.start(on_change, states.append)
        wait_for(lambda: states == [True])
        started = time.monotonic()
        with psycopg.connect(server.conninfo()) as other:
            other.execute("SELECT pg_notify('infusion_desk', %s)", [json.dumps(
                {"folder": "brennan", "table": "calls", "id": 12, "action": "added",
                 "pid": other.info.backend_pid})])
        wait_for(lambda: bool(heard))
        assert time.monotonic() - started < 2.0
        assert heard == [Change.of(RecordKind.CALL, ids=[12])]
        folder.close()  # stops the listener with the folder
        assert not folder.others.listening
    finally:
        server.remove()


def test_notices_become_the_change_every_view_refreshes_from() -> None:
    batch = RemoteBatch(frozenset({
        RemoteNotice("requests", 3, "changed"), RemoteNotice("document_pages", 90, "added"),
        RemoteNotice("search_entries", 5, "added")}))
    assert change_of(batch) == Change.of(RecordKind.REQUEST, RecordKind.DOCUMENT, ids=[3],
                                         trashed=True)
    assert change_of(RemoteBatch(frozenset({RemoteNotice("blobs", None, "added")}))) is None
    assert change_of(RemoteBatch(frozenset(), missed=True)) == EVERYTHING


def test_a_folder_file_loads_no_server_code(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from infusion_desk.services import Folder\n"
        f"with Folder.create(Path({str(tmp_path / 'f.infusiondesk')!r})) as folder:\n"
        "    assert folder.others.start(lambda change: None) is False\n"
        "print('psycopg' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "False"
