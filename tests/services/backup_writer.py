"""A folder kept busy in another process while backups are taken, and the checks of each backup.

Run as a script (``python backup_writer.py FOLDER WORKDIR SEED MAX_KB``) it opens the folder for
changes and makes one change for each line ``go`` it reads, until ``stop`` (or the end of its
input): it imports three files at once through ``import_files`` (random bytes of up to ``MAX_KB``
kilobytes each, so that the write-ahead log fills and is folded into the folder file meanwhile),
logs a call, or adds or edits a request. After every committed change it prints ``state CALLS
DOCUMENTS REQUESTS`` with one ``write``, so a backup's counts can be checked against a moment the
folder really was in, and ``done`` when the change asked for is made. :class:`BusyFolder` asks
for change after change while a backup is being taken, and for none in between, so the folder
does not grow without end while the backups are checked.

Imported by ``tests/services/test_backups_under_writes.py`` and
``tests/benchmarks/backup_under_writes.py`` for :class:`BusyFolder` and :func:`check_backup`.
"""

from __future__ import annotations

import contextlib
import os
import queue
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from infusion_desk.core.records import Call, Document, Request
from infusion_desk.services import Folder
from infusion_desk.services.backups import BackupInfo, BackupStore
from infusion_desk.storage.snapshot import read_snapshot

State = tuple[int, int, int]  # calls, documents, requests (not in the trash)


# ---------------------------------------------------------------------- the writer (a process)
def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def write_when_asked(path: Path, workdir: Path, seed: int, max_kb: int) -> None:
    from infusion_desk.services.importing import ImportStatus, import_files

    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    with Folder.open(path) as folder:
        calls, documents, requests = (folder.count(Call), folder.count(Document),
                                      folder.count(Request))
        request_ids = [r.id for r in folder.requests() if r.id is not None]
        say(f"ready {calls} {documents} {requests}")
        for n, line in enumerate(sys.stdin):
            if line.strip() != "go":
                break
            roll = rng.random()
            if roll < 0.4:  # three files at once, as she drops them on the window
                files = []
                for k in range(3):
                    file = workdir / f"paper {seed}-{n}-{k}.bin"
                    file.write_bytes(rng.randbytes(rng.randint(1, max_kb) * 1024))
                    files.append(file)
                outcomes = import_files(folder, files, today=date(2026, 11, 27))
                for outcome, file in zip(outcomes, files, strict=True):
                    file.unlink()
                    if outcome.status is not ImportStatus.IMPORTED:
                        say(f"error import {outcome.message}")
                        return
                    documents += 1
                    say(f"state {calls} {documents} {requests}")
            elif roll < 0.75:
                folder.call_log.log_call(Call(organization="Sunrise Home Infusion",
                                              reference_number=f"R{seed}-{n}",
                                              summary="pump " * rng.randint(0, 400)))
                calls += 1
                say(f"state {calls} {documents} {requests}")
            elif len(request_ids) < 5:
                request = folder.records.add(Request(what=f"request {seed}-{n}")).value
                assert request.id is not None
                request_ids.append(request.id)
                requests += 1
                say(f"state {calls} {documents} {requests}")
            else:
                current = folder.get(Request, rng.choice(request_ids))
                folder.records.update(replace(current, notes=f"edited {n}"))
                say(f"state {calls} {documents} {requests}")
            say("done")
    say("stopped")


# ---------------------------------------------------------------------- driving it
@dataclass
class BusyFolder:
    """The writer above, running on ``path`` in another process."""

    path: Path
    workdir: Path
    seed: int = 1
    max_kb: int = 256
    states: list[State] = field(default_factory=list)
    changes_made: list[int] = field(default_factory=list)  # during each ``writing`` block

    def __post_init__(self) -> None:
        env = dict(os.environ)  # the writer runs the same app as this process
        root = str(Path(sys.modules["infusion_desk"].__file__ or "").resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen(
            [sys.executable, __file__, str(self.path), str(self.workdir), str(self.seed),
             str(self.max_kb)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1, env=env)
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        words = self._next("ready").split()
        self.states.append((int(words[1]), int(words[2]), int(words[3])))

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put("")  # the end of its output

    def _next(self, prefix: str, timeout: float = 300.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            if line.startswith("state "):
                words = line.split()
                self.states.append((int(words[1]), int(words[2]), int(words[3])))
            if line.startswith(prefix):
                return line
            if line == "" or line.startswith("error"):
                raise AssertionError(f"the writer stopped: {line or 'no more output'}")

    def _send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Keep the writer changing the folder, one change after another, while the ``with``
        block runs (at least one change is begun before it); return once the last is made."""
        busy = threading.Event()
        busy.set()
        changes = 0
        failed: list[BaseException] = []

        def keep_going() -> None:
            nonlocal changes
            try:
                while True:
                    self._send("go")
                    self._next("done")
                    changes += 1
                    if not busy.is_set():
                        return
            except BaseException as exc:  # noqa: BLE001 - told in the test's own thread
                failed.append(exc)

        pump = threading.Thread(target=keep_going, daemon=True)
        pump.start()
        try:
            yield
        finally:
            busy.clear()
            pump.join(timeout=300)
        if failed:
            raise failed[0]
        self.changes_made.append(changes)

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self._send("stop")
                self._next("stopped")
            finally:
                assert self.process.stdin is not None
                self.process.stdin.close()
                self.process.wait(timeout=60)


# ---------------------------------------------------------------------- checking one backup
def check_backup(store: BackupStore, info: BackupInfo, states: list[State], restore_to: Path | None
                 ) -> str:
    """What is wrong with one backup taken while the writer wrote ("" if nothing): it must pass
    its check, hold counts the folder really had at some moment, and (if ``restore_to``) put
    back a folder that passes the full check with those same counts."""
    try:
        contents = read_snapshot(info.path, check=True)
    except Exception as exc:  # noqa: BLE001 - any failure is what is being counted
        return f"unreadable: {exc!r}"
    if contents.problems:
        return f"failed its check: {contents.problems[:3]}"
    if info.damaged:
        return f"listed as damaged: {info.problem}"
    counts = (contents.counts.get("Call", -1), contents.counts.get("Document", -1),
              contents.counts.get("Request", -1))
    if counts not in states:
        return f"counts {counts} are no moment of the folder"
    if restore_to is None:
        return ""
    try:
        outcome = store.restore_into(info, restore_to)
        with Folder.open(restore_to, read_only=True) as restored:
            report = restored.check()
            again = (restored.count(Call), restored.count(Document), restored.count(Request))
    except Exception as exc:  # noqa: BLE001
        return f"could not be restored: {exc!r}"
    finally:
        for leftover in (restore_to, Path(f"{restore_to}-wal"), Path(f"{restore_to}-shm")):
            leftover.unlink(missing_ok=True)
    if outcome.missing_documents or not report.ok:
        return f"restored badly: {outcome.missing_documents} {report.integrity_problems[:3]}"
    if again != counts:
        return f"restored {again}, the backup said {counts}"
    return ""


def main() -> None:
    path, workdir, seed, max_kb = sys.argv[1:5]
    try:
        write_when_asked(Path(path), Path(workdir), int(seed), int(max_kb))
    except BaseException as exc:  # noqa: BLE001 - report anything, then end
        say(f"error {exc!r}")
        raise SystemExit(1) from exc


if __name__ == "__main__":
    main()
