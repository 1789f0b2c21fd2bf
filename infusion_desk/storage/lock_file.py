"""One writer at a time: a small lock file beside the thing it protects.

The file is created with ``O_EXCL`` (so two programs can never both create it) and says who holds
it: process id, computer name, when the app started and when the lock was taken. While held, the
file stays open; on Linux and macOS it also carries an ``flock``, which the system drops the moment
the holding process dies, however it dies. That is how a lock left by a crashed app is told apart
from a live one, even when the process id has since been reused. Where ``flock`` is not available
the process id, its start time and the lock's age decide instead. On Windows an open lock file
cannot be deleted, so a lock that can be deleted was not held by anyone.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import sys
import time
import uuid
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

APP_STARTED = datetime.now().replace(microsecond=0)  # roughly when this app started
_FLOCK_UNSUPPORTED = {errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOSYS}


@dataclass(frozen=True)
class LockHolder:
    """What a lock file says about whoever holds it."""

    pid: int
    host: str
    app_started: datetime | None
    taken: datetime | None
    token: str
    process_marker: str | None = None  # the system's own start time of that process, if known

    @property
    def this_computer(self) -> bool:
        return self.host == socket.gethostname()


class LockHeldError(Exception):
    """Someone alive holds the lock."""

    def __init__(self, path: Path, holder: LockHolder | None, *, this_process: bool) -> None:
        where = f" (process {holder.pid} on {holder.host})" if holder is not None else ""
        super().__init__(f"the lock {path.name} is held{where}")
        self.holder = holder
        self.this_process = this_process


class LockUnavailableError(Exception):
    """The lock file cannot be made here at all (a read-only disk or folder, a full disk);
    ``errno`` says which, when the system said."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.errno = error.errno


class LockFile:
    """A lock file at ``path``. ``acquire()`` takes it or raises; ``release()`` gives it back."""

    def __init__(
        self,
        path: Path,
        *,
        foreign_stale_after: timedelta = timedelta(hours=24),
        unreadable_stale_after: timedelta = timedelta(seconds=10),
        refresh_every: timedelta = timedelta(minutes=1),
        what: str = "folder",
    ) -> None:
        self.path = path
        self.what = what  # what the lock guards ("folder", "backups"), for the log
        self.taken_over = False  # the last acquire() took over a lock left behind
        self.foreign_stale_after = foreign_stale_after
        self.unreadable_stale_after = unreadable_stale_after
        self.refresh_every = refresh_every
        self._fd: int | None = None
        self._token = ""
        self._refreshed = 0.0
        self._finalizer: weakref.finalize[[int], LockFile] | None = None

    # ------------------------------------------------------------------ taking and giving back
    def acquire(self) -> None:
        if self._fd is not None:
            return
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_RDWR
                             | getattr(os, "O_BINARY", 0), 0o600)
            except FileExistsError:
                self._remove_if_stale()
                continue
            except OSError as exc:  # no permission, read-only media, missing directory
                raise LockUnavailableError(exc) from exc
            try:
                _flock(fd)  # before anything is written: an empty, young lock counts as taken
                token = uuid.uuid4().hex
                os.write(fd, _payload(token))
                os.fsync(fd)
            except OSError as exc:
                os.close(fd)
                with contextlib.suppress(OSError):
                    self.path.unlink()
                raise LockUnavailableError(exc) from exc
            self._fd, self._token = fd, token
            self._refreshed = time.monotonic()
            # A holder dropped without release() (a crash, a forgotten close) lets go of the
            # system lock when it is collected, so the next opener can take over.
            self._finalizer = weakref.finalize(self, _close_quietly, fd)
            return
        raise LockHeldError(self.path, read_holder(self.path), this_process=False)

    def release(self) -> None:
        fd = self._fd
        if fd is None:
            return
        self._fd = None
        if self._finalizer is not None:
            self._finalizer.detach()
        try:
            if sys.platform == "win32":
                os.close(fd)  # an open file cannot be deleted on Windows
                holder = read_holder(self.path)
                if holder is not None and holder.token == self._token:
                    self.path.unlink(missing_ok=True)
            else:
                # Unlink while still holding the flock: nobody can judge it stale meanwhile.
                if _same_file(fd, self.path):
                    self.path.unlink(missing_ok=True)
                os.close(fd)
        except OSError:
            log.warning("could not remove a lock file", exc_info=True)

    def refresh(self, *, force: bool = False) -> None:
        """Show the lock is still in use (its age matters where ``flock`` cannot be used)."""
        if self._fd is None:
            return
        now = time.monotonic()
        if not force and now - self._refreshed < self.refresh_every.total_seconds():
            return
        self._refreshed = now
        with contextlib.suppress(OSError):
            os.utime(self.path)

    # ------------------------------------------------------------------ a lock someone left
    def _remove_if_stale(self) -> None:
        """Remove the lock at ``path`` if its holder is gone; raise LockHeldError if not."""
        holder = read_holder(self.path)
        age = _age(self.path)
        if age is None:
            return  # it went away meanwhile: try again
        if sys.platform == "win32":
            # A holder keeps its lock file open, and an open file cannot be deleted there.
            if _deletable(self.path):
                self._took_over(holder)
                return
            raise LockHeldError(self.path, holder, this_process=_is_this_process(holder))
        try:
            fd = os.open(self.path, os.O_RDWR)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise LockUnavailableError(exc) from exc
        try:
            got = _try_flock(fd)
            if got is None:  # this file system has no flock: judge by the process and age
                stale = self._judged_without_flock(holder, age)
            else:
                stale = got and (holder is not None or age > self.unreadable_stale_after)
            if not stale:
                raise LockHeldError(self.path, holder, this_process=_is_this_process(holder))
            if _same_file(fd, self.path):
                self.path.unlink()
                self._took_over(holder)
        finally:
            os.close(fd)

    def _took_over(self, holder: LockHolder | None) -> None:
        """Say (in the log, with ``lock_taken_over`` on the record) that a lock left behind by a
        program that stopped was taken over; the command line turns that into one plain line."""
        self.taken_over = True
        log.warning("took over a lock left behind (pid %s)", holder.pid if holder else "?",
                    extra={"lock_taken_over": self.what})

    def _judged_without_flock(self, holder: LockHolder | None, age: timedelta) -> bool:
        if holder is None:
            return age > self.unreadable_stale_after
        if holder.this_computer:
            if _is_this_process(holder):
                return False  # this very process holds it (a second window on one folder)
            return not _process_alive(holder.pid, holder.process_marker)
        return age > self.foreign_stale_after


def read_holder(path: Path) -> LockHolder | None:
    """Who holds the lock at ``path``, or None if it is gone, empty or unreadable."""
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
        return LockHolder(
            pid=int(raw["pid"]),
            host=str(raw["host"]),
            app_started=_parse_time(raw.get("app_started")),
            taken=_parse_time(raw.get("taken")),
            token=str(raw.get("token", "")),
            process_marker=raw.get("process_marker"),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


# ---------------------------------------------------------------------- helpers
def _payload(token: str) -> bytes:
    return json.dumps(
        {
            "app": "Infusion Desk",
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "app_started": APP_STARTED.isoformat(),
            "taken": datetime.now().replace(microsecond=0).isoformat(),
            "token": token,
            "process_marker": _process_marker(os.getpid()),
        },
        indent=1,
    ).encode("utf-8")


def _parse_time(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _age(path: Path) -> timedelta | None:
    try:
        return timedelta(seconds=max(0.0, time.time() - path.stat().st_mtime))
    except OSError:
        return None


def _is_this_process(holder: LockHolder | None) -> bool:
    return (
        holder is not None
        and holder.this_computer
        and holder.pid == os.getpid()
        and holder.process_marker == _process_marker(os.getpid())
    )


def _close_quietly(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _deletable(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


if sys.platform != "win32":
    import fcntl

    def _flock(fd: int) -> None:
        """Take the system lock on a file we just created (fine if the system has none).

        Someone judging whether the lock is stale holds it for a moment: wait for them.
        """
        for _ in range(200):
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                time.sleep(0.005)
                continue
            except OSError as exc:
                if exc.errno not in _FLOCK_UNSUPPORTED:
                    raise
            return
        raise BlockingIOError(errno.EAGAIN, "lock file held by someone else")

    def _try_flock(fd: int) -> bool | None:
        """True: got it (nobody holds it). False: held. None: this file system has no flock."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in _FLOCK_UNSUPPORTED:
                return None
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _process_alive(pid: int, marker: str | None) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass  # alive, owned by someone else
        current = _process_marker(pid)
        return marker is None or current is None or current == marker

    def _process_marker(pid: int) -> str | None:
        """When the system started process ``pid`` (Linux), to tell a reused process id."""
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
            return stat.rsplit(")", 1)[1].split()[19]
        except (OSError, IndexError):
            return None

else:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    _STILL_ACTIVE = 259
    _QUERY = 0x1000  # PROCESS_QUERY_LIMITED_INFORMATION

    def _flock(_fd: int) -> None:
        """On Windows the open handle itself keeps others from deleting the lock file."""

    def _try_flock(_fd: int) -> bool | None:
        return None

    def _process_alive(pid: int, marker: str | None) -> bool:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(_QUERY, False, pid)
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            if code.value != _STILL_ACTIVE:
                return False
            current = _process_marker(pid)
            return marker is None or current is None or current == marker
        finally:
            kernel32.CloseHandle(handle)

    def _process_marker(pid: int) -> str | None:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(_QUERY, False, pid)
        if not handle:
            return None
        try:
            times = [wintypes.FILETIME() for _ in range(4)]
            if not kernel32.GetProcessTimes(handle, *[ctypes.byref(t) for t in times]):
                return None
            created = times[0]
            return str((created.dwHighDateTime << 32) | created.dwLowDateTime)
        finally:
            kernel32.CloseHandle(handle)
