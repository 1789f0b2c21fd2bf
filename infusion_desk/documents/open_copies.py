"""Private copies of stored documents, written so another program (a PDF or photo viewer) can
open them. No Qt.

The copies hold health information, so they live in a folder only this user may enter (0700),
each file readable only by this user (0600). Every running app keeps its copies in its own
session folder; the session folder is removed when the app quits, and folders left behind by an
app that did not quit properly are removed the next time one starts.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import logging
import os
import re
import secrets
import shutil
import stat
import sys
import time
from pathlib import Path

from infusion_desk.core.i18n import translate
from infusion_desk.documents.errors import DocumentRefusedError

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
SESSION_PREFIX = "session-"
# Where a process cannot be asked whether it still runs (Windows), a session folder this old is
# taken to be left over.
STALE_AFTER_SECONDS = 24 * 3600

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
    "image/webp": ".webp",
    "image/avif": ".avif",
    "image/heic": ".heic",
    "image/heif": ".heif",
    "message/rfc822": ".eml",
    "text/plain": ".txt",
}


def copy_name(original_name: str, title: str, media_type: str) -> str:
    """A file name that is safe on every system and ends the way the viewer expects."""
    name = _UNSAFE.sub(" ", original_name or "").strip(" .")
    if not name:
        name = _UNSAFE.sub(" ", title or "").strip(" .")[:80] or "Document"
    extension = _EXTENSIONS.get(media_type, "")
    if extension and not name.lower().endswith(extension) and "." not in name[-6:]:
        name += extension
    stem, dot, suffix = name.rpartition(".")
    if dot and len(name) > 120:
        name = stem[: 120 - len(suffix) - 1] + "." + suffix
    return name[:120]


class OpenCopies:
    """This app's private folder of copies handed to other programs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._session: Path | None = None

    # ------------------------------------------------------------------ writing
    def write(self, data: bytes, name: str) -> Path:
        """Write ``data`` as ``name`` in a fresh private folder; return the file's path."""
        try:
            session = self._ensure_session()
            holder = session / secrets.token_hex(4)
            holder.mkdir(mode=FOLDER_MODE)
            os.chmod(holder, FOLDER_MODE)
            path = holder / name
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            flags |= getattr(os, "O_NOFOLLOW", 0)
            descriptor = os.open(path, flags, FILE_MODE)
            with open(descriptor, "wb", closefd=True) as file:
                file.write(data)
            os.chmod(path, FILE_MODE)
        except OSError as exc:
            raise DocumentRefusedError(
                translate(
                    "OpenCopies",
                    "A copy for the other program could not be written. Check that the "
                    "disk is not full, then try again."),
                detail=f"{self.root}: {exc}",
            ) from exc
        return path

    @property
    def session(self) -> Path | None:
        """This app's own folder of copies, once one was written."""
        return self._session

    def _ensure_session(self) -> Path:
        if self._session is not None and self._session.is_dir():
            return self._session
        _private_folder(self.root)
        session = self.root / f"{SESSION_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        session.mkdir(mode=FOLDER_MODE)
        os.chmod(session, FOLDER_MODE)
        self._session = session
        atexit.register(self.remove_session)
        return session

    # ------------------------------------------------------------------ cleaning
    def remove_session(self) -> None:
        """Remove this app's copies (at quit). The viewer may still hold one open: fine."""
        session, self._session = self._session, None
        if session is not None:
            _remove(session)

    def remove_stale(self) -> int:
        """Remove session folders of apps that are no longer running. Returns how many."""
        try:
            entries = list(os.scandir(self.root))
        except OSError:
            return 0
        removed = 0
        for entry in entries:
            if not entry.name.startswith(SESSION_PREFIX):
                continue
            if self._session is not None and entry.path == str(self._session):
                continue
            if _is_stale(entry):
                _remove(Path(entry.path))
                removed += 1
        return removed


def _private_folder(root: Path) -> None:
    """Make ``root`` (and missing parents) and make sure only this user may enter it."""
    root.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    status = os.lstat(root)
    if stat.S_ISLNK(status.st_mode) or not stat.S_ISDIR(status.st_mode):
        raise OSError(errno.ENOTDIR, "the folder for copies is not a plain folder", str(root))
    if hasattr(os, "getuid") and status.st_uid != os.getuid():
        raise OSError(errno.EPERM, "the folder for copies belongs to someone else", str(root))
    if stat.S_IMODE(status.st_mode) != FOLDER_MODE:
        os.chmod(root, FOLDER_MODE)


def _is_stale(entry: os.DirEntry[str]) -> bool:
    pid = entry.name[len(SESSION_PREFIX):].partition("-")[0]
    if sys.platform != "win32" and pid.isdigit():
        return not _process_runs(int(pid))
    try:
        age = time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    return age > STALE_AFTER_SECONDS


def _process_runs(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # POSIX only: signal 0 asks "are you there?" and sends nothing
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process has that id now: leave the folder alone
    except OSError:
        return True
    return True


def _remove(path: Path) -> None:
    try:
        if path.is_symlink() or not path.is_dir():
            path.unlink(missing_ok=True)
        else:
            shutil.rmtree(path, ignore_errors=True)
    except OSError as exc:
        log.info("a copy could not be removed yet: %s", type(exc).__name__)
    with contextlib.suppress(OSError):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
