"""Crash safety, proven: a writer killed with SIGKILL at random moments never loses what it said
it saved, never leaves half a document, and never leaves a file that fails SQLite's check.

The same folder file is used for every kill, so each run starts on what the last crash left
(including its lock file, which the next opener must take over).
"""

from __future__ import annotations

import hashlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder
from infusion_desk.services.backups import BackupStore
from infusion_desk.storage.lock_file import read_holder
from infusion_desk.storage.opening import lock_path

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 30
BACKUP_KILLS = 8

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


class Zygote:
    """The writer helper, driven line by line."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def expect(self, prefix: str, timeout: float = 20.0) -> tuple[str, list[str]]:
        """Wait for a line starting with ``prefix``; also return the lines before it."""
        before: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            if not line.endswith("\n"):
                continue  # cut off by the kill (cannot happen with one write, but be strict)
            if line.startswith("error"):
                pytest.fail(f"the writer failed: {line}")
            if line.startswith(prefix):
                return line.strip(), before
            before.append(line.strip())

    def run_and_kill(self, mode: str, path: Path, seed: int, delay: float, *,
                     after_first: str = "") -> tuple[int, list[str]]:
        """Start a writer, wait until it is ready (and, with ``after_first``, until it has
        reported its first line starting so), then kill it ``delay`` seconds later. Waiting for a
        first report keeps the test meaningful on a slow, busy machine, where a kill on time
        alone may always come before anything was finished."""
        self.send(f"run {mode} {seed} {path}")
        child, seen = self.expect("child ")  # the child may speak before the zygote does
        pid = int(child.split()[1])
        if f"ready {seed}" not in seen:
            _, more = self.expect(f"ready {seed}")
            seen += more
        if after_first and not any(line.startswith(after_first) for line in seen):
            first, more = self.expect(after_first, timeout=120.0)
            seen += [*more, first]
        time.sleep(delay)  # a random moment of its work: the point of the test, not a wait
        os.kill(pid, signal.SIGKILL)
        self.send(f"wait {pid}")
        _, lines = self.expect(f"reaped {pid}")
        return pid, seen + lines

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.fixture
def zygote() -> Iterator[Zygote]:
    helper = Zygote()
    yield helper
    helper.close()


@dataclass
class Saved:
    calls: dict[int, str] = field(default_factory=dict)
    requests: dict[int, int] = field(default_factory=dict)
    documents: dict[int, str] = field(default_factory=dict)

    def note(self, lines: list[str]) -> int:
        count = 0
        for line in lines:
            words = line.split()
            if words[:1] != ["saved"]:
                continue
            count += 1
            kind, record_id, value = words[1], int(words[2]), words[3]
            if kind == "call":
                self.calls[record_id] = value
            elif kind == "request":
                self.requests[record_id] = max(int(value), self.requests.get(record_id, 0))
            elif kind == "document":
                self.documents[record_id] = value
        return count


def verify(path: Path, saved: Saved) -> None:
    with Folder.open(path) as folder:  # takes over the dead writer's lock
        report = folder.check()  # integrity_check, foreign keys, every blob against its hash
        assert report.ok, (report.integrity_problems, report.damaged_documents)
        calls = {c.id: c.reference_number for c in folder.calls()}
        requests = {r.id: int(r.notes) for r in folder.requests()}
        documents = {d.id: d for d in folder.documents()}
    for call_id, ref in saved.calls.items():
        assert calls[call_id] == ref
    for request_id, stamp in saved.requests.items():
        # A later edit may have committed just before the kill, unreported: never older.
        assert requests[request_id] >= stamp
    for document_id, sha in saved.documents.items():
        assert documents[document_id].sha256 == sha
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT d.id, d.sha256, d.size, b.data FROM documents d "
            "LEFT JOIN blobs b ON b.sha256 = d.sha256"
        ).fetchall()
    finally:
        conn.close()
    assert len(rows) == len(documents)
    for document_id, sha, size, data in rows:  # each document whole, or not there at all
        assert data is not None, document_id
        assert len(data) == size and hashlib.sha256(data).hexdigest() == sha, document_id


def test_a_killed_writer_loses_nothing_it_reported_saved(zygote: Zygote, tmp_path: Path) -> None:
    path = tmp_path / "Crash test.infusiondesk"
    Folder.create(path).close()
    rng = random.Random(20261127)
    saved = Saved()
    actions = taken_over = 0
    for kill in range(KILLS):
        pid, lines = zygote.run_and_kill("write", path, kill, rng.uniform(0.02, 0.2),
                                         after_first="saved" if kill % 2 else "")
        actions += saved.note(lines)
        holder = read_holder(lock_path(path))
        if holder is not None and holder.pid == pid:
            taken_over += 1  # the crash left its lock behind; verify() must take it over
        verify(path, saved)
    assert not lock_path(path).exists()
    assert actions >= KILLS // 2  # the writer really was writing when it was killed
    assert taken_over > KILLS // 2
    assert saved.calls and saved.requests and saved.documents


def test_a_killed_backup_leaves_only_whole_snapshots(zygote: Zygote, tmp_path: Path) -> None:
    path = tmp_path / "Backed up.infusiondesk"
    with Folder.create(path) as folder:
        for n in range(12):
            folder.records.add_document(
                Document(title=f"scan {n}"), random.Random(n).randbytes(150_000))
        folder.records.add(Call(reference_number="KEEP-1"))
    rng = random.Random(7)
    store = BackupStore(path)
    reported: set[str] = set()
    for kill in range(BACKUP_KILLS):
        _pid, lines = zygote.run_and_kill("backup", path, kill, rng.uniform(0.02, 0.2),
                                          after_first="saved backup" if kill % 2 else "")
        reported |= {line.split(" ", 2)[2] for line in lines if line.startswith("saved backup")}
        backups = store.list_backups()  # the first kill may come before any is finished
        assert not [b for b in backups if b.damaged]  # never half a snapshot
        assert all(b.counts["Document"] == 12 for b in backups)
        assert reported <= {b.path.name for b in backups}  # every reported one is there
    assert reported
    store.snapshot(path, "made by hand")  # the killed backup's lock is taken over
    assert not list(store.scratch_dir.iterdir())
    restored = tmp_path / "Restored.infusiondesk"
    store.restore_into(store.list_backups()[-1], restored)
    with Folder.open(restored) as folder:
        assert folder.check().ok
        assert [c.reference_number for c in folder.calls()] == ["KEEP-1"]
