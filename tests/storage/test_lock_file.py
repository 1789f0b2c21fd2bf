"""The lock file: one holder at a time, and a lock left by a crash is taken over safely."""

from __future__ import annotations

import gc
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from infusion_desk.storage import lock_file
from infusion_desk.storage.lock_file import (
    LockFile,
    LockHeldError,
    LockUnavailableError,
    read_holder,
)

HOLD = """
import sys, time
from pathlib import Path
from infusion_desk.storage.lock_file import LockFile
lock = LockFile(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
if sys.argv[2] == "crash":
    import os
    os._exit(0)  # no release: the lock file stays behind
time.sleep(60)
"""


def hold_in_other_process(path: Path, how: str) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(path), how],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def write_lock(path: Path, *, pid: int, host: str, marker: str | None = None) -> None:
    path.write_text(json.dumps({"pid": pid, "host": host, "app_started": "2026-11-27T09:00:00",
                                "taken": "2026-11-27T09:00:01", "token": "x",
                                "process_marker": marker}))


def make_old(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_acquire_writes_who_holds_it_and_release_removes_it(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    lock = LockFile(path)
    lock.acquire()
    holder = read_holder(path)
    assert holder is not None
    assert holder.pid == os.getpid() and holder.host == socket.gethostname()
    assert holder.this_computer and holder.app_started is not None and holder.taken is not None
    if sys.platform != "win32":  # it names this computer: hers alone, as the folder is
        assert path.stat().st_mode & 0o077 == 0
    lock.release()
    assert not path.exists()
    lock.release()  # twice is harmless


def test_a_second_holder_in_this_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    first = LockFile(path)
    first.acquire()
    with pytest.raises(LockHeldError) as caught:
        LockFile(path).acquire()
    assert caught.value.this_process
    first.release()
    again = LockFile(path)
    again.acquire()
    again.release()


def test_a_live_process_keeps_it_and_its_crash_frees_it(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    other = hold_in_other_process(path, "hold")
    try:
        with pytest.raises(LockHeldError) as caught:
            LockFile(path).acquire()
        assert not caught.value.this_process
        assert caught.value.holder is not None and caught.value.holder.pid == other.pid
    finally:
        other.send_signal(signal.SIGKILL)
        other.wait()
    assert path.exists()  # the crash left it behind...
    lock = LockFile(path)
    lock.acquire()  # ...and it is taken over
    holder = read_holder(path)
    assert holder is not None and holder.pid == os.getpid()
    lock.release()


def test_a_lock_left_by_an_exited_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    hold_in_other_process(path, "crash").wait()
    assert path.exists()
    lock = LockFile(path)
    lock.acquire()
    lock.release()


def test_a_forgotten_holder_lets_go_when_collected(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    LockFile(path).acquire()  # never released, and dropped at once
    gc.collect()
    lock = LockFile(path)
    lock.acquire()
    lock.release()


def test_an_empty_lock_is_young_being_written_or_old_and_left(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    path.write_bytes(b"")  # a crash between creating and writing it, or someone writing it now
    with pytest.raises(LockHeldError):
        LockFile(path).acquire()
    make_old(path, 60)
    lock = LockFile(path)
    lock.acquire()
    lock.release()


def test_release_leaves_a_lock_that_someone_else_took_over(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    mine = LockFile(path)
    mine.acquire()
    path.unlink()  # as a takeover would, on a system without flock after a long silence
    write_lock(path, pid=1, host="another-computer")
    mine.release()
    assert read_holder(path) is not None


def test_no_lock_can_be_made_in_a_place_that_is_not_there(tmp_path: Path) -> None:
    with pytest.raises(LockUnavailableError):
        LockFile(tmp_path / "gone" / "f.lock").acquire()


def test_refresh_touches_the_file(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    lock = LockFile(path)
    lock.acquire()
    make_old(path, 3600)
    lock.refresh()  # too soon after taking it: nothing to do
    assert time.time() - path.stat().st_mtime > 3000
    lock.refresh(force=True)
    assert time.time() - path.stat().st_mtime < 60
    lock.release()


# ---------------------------------------------------------------------- without flock
@pytest.fixture
def no_flock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system without flock (some network shares): process id and age decide."""
    monkeypatch.setattr(lock_file, "_try_flock", lambda _fd: None)


@pytest.mark.usefixtures("no_flock")
def test_without_flock_a_dead_process_on_this_computer_is_stale(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    write_lock(path, pid=int(gone.stdout), host=socket.gethostname())
    lock = LockFile(path)
    lock.acquire()
    lock.release()


@pytest.mark.usefixtures("no_flock")
def test_without_flock_a_live_process_holds_it_unless_its_id_was_reused(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        marker = lock_file._process_marker(other.pid)
        write_lock(path, pid=other.pid, host=socket.gethostname(), marker=marker)
        with pytest.raises(LockHeldError):
            LockFile(path).acquire()
        if marker is not None:  # Linux: that process id now belongs to another program
            write_lock(path, pid=other.pid, host=socket.gethostname(), marker="12345")
            lock = LockFile(path)
            lock.acquire()
            lock.release()
    finally:
        other.kill()
        other.wait()


@pytest.mark.usefixtures("no_flock")
def test_without_flock_another_computers_lock_holds_until_very_old(tmp_path: Path) -> None:
    path = tmp_path / "f.lock"
    write_lock(path, pid=4242, host="the-other-laptop")
    with pytest.raises(LockHeldError) as caught:
        LockFile(path).acquire()
    assert caught.value.holder is not None and not caught.value.holder.this_computer
    make_old(path, 25 * 3600)
    lock = LockFile(path)
    lock.acquire()
    lock.release()
