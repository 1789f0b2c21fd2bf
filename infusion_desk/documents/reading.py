"""Reading a file the caregiver picked: after checking it is a file worth keeping, whole (once, for
a preview) or in chunks (to fingerprint and store it), and never a file that changes meanwhile."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self

from infusion_desk.core.errors import FileChangedError
from infusion_desk.core.i18n import translate
from infusion_desk.documents.errors import DocumentRefusedError

MAX_DOCUMENT_BYTES = 500 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024


@dataclass(frozen=True)
class FileStamp:
    """What tells that a file is still the one that was opened, with the same bytes."""

    device: int
    inode: int
    size: int
    modified_ns: int

    @classmethod
    def of(cls, status: os.stat_result) -> FileStamp:
        return cls(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


class DocumentFile:
    """A file being added, open: read whole (the one copy in memory) or in chunks (never whole).

    Whichever way it is read, it is refused with :class:`FileChangedError` if it is not the same
    file with the same size and time of change at the end as when it was opened (or, with
    ``expected``, as when it was first read), or if more or fewer bytes came than it had: a scan
    still being written, a download still arriving. Other trouble is a
    :class:`DocumentRefusedError` with a plain reason. A context manager.
    """

    def __init__(self, path: Path, *, expected: FileStamp | None = None) -> None:
        refuse_unless_keepable(path, stat_for_keeping(path))
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            # O_NONBLOCK: if the file was swapped for a pipe since the check, opening must not hang.
            descriptor = os.open(path, flags)
        except OSError as exc:
            raise refusal_for_os_error(path, exc) from exc
        self.path = path
        self.file: BinaryIO = open(descriptor, "rb", closefd=True)  # noqa: SIM115 - see close()
        try:
            status = os.fstat(descriptor)
            refuse_unless_keepable(path, status)
        except OSError as exc:
            self.close()
            raise refusal_for_os_error(path, exc) from exc
        except DocumentRefusedError:
            self.close()
            raise
        self.stamp = FileStamp.of(status)
        if expected is not None and self.stamp != expected:
            self.close()
            raise FileChangedError(detail="changed between reading and storing")

    @property
    def name(self) -> str:
        return _name(self.path)

    @property
    def size(self) -> int:
        return self.stamp.size

    def head(self, count: int) -> bytes:
        """The first ``count`` bytes (to tell what the file is)."""
        self.file.seek(0)
        return self._read(count)

    def read_all(self) -> bytes:
        """Every byte, in one piece: the one copy of the file in memory."""
        self.file.seek(0)
        data = self._read(self.size + 1)  # one more than it had: a file that grew is found out
        self.check_unchanged(len(data))
        return data

    def chunks(self) -> Iterator[bytes]:
        """Every byte, ``CHUNK_BYTES`` at a time; FileChangedError (at the end, or as soon as
        more bytes come than the file had) if it changed meanwhile."""
        self.file.seek(0)
        total = 0
        while chunk := self._read(CHUNK_BYTES):
            total += len(chunk)
            if total > self.size:
                raise FileChangedError(detail="grew while it was read")
            yield chunk
        self.check_unchanged(total)

    def fingerprint(self) -> str:
        """The SHA-256 of the file, read in chunks."""
        digest = hashlib.sha256()
        for chunk in self.chunks():
            digest.update(chunk)
        return digest.hexdigest()

    def check_unchanged(self, read: int) -> None:
        """FileChangedError unless ``read`` bytes are all the file had and it has not changed."""
        try:
            now = FileStamp.of(os.fstat(self.file.fileno()))
        except OSError as exc:
            raise refusal_for_os_error(self.path, exc) from exc
        try:
            at_path: FileStamp | None = FileStamp.of(self.path.stat())
        except OSError:
            at_path = None  # moved or deleted meanwhile: what was read is still all of it
        replaced = at_path is not None and (at_path.device, at_path.inode) != (
            now.device, now.inode)
        if read != self.stamp.size or now != self.stamp or replaced:
            raise FileChangedError(detail=f"read {read} of {self.stamp.size} bytes")

    def _read(self, count: int) -> bytes:
        try:
            return self.file.read(count)
        except OSError as exc:
            raise refusal_for_os_error(self.path, exc) from exc

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def stat_for_keeping(path: Path) -> os.stat_result:
    """``path.stat()`` with any failure turned into a plain refusal."""
    try:
        return path.stat()
    except OSError as exc:
        raise refusal_for_os_error(path, exc) from exc


def refuse_unless_keepable(path: Path, status: os.stat_result) -> None:
    name = _name(path)
    if stat.S_ISDIR(status.st_mode):
        raise DocumentRefusedError(
            translate(
                "DocumentReading",
                "{name} is a folder, not a file; add the files inside it instead.").format(
                    name=name), detail=str(path)
        )
    if not stat.S_ISREG(status.st_mode):
        raise DocumentRefusedError(
            translate(
                "DocumentReading",
                "{name} is not an ordinary file (it may be a device or a pipe), so it "
                "cannot be kept.").format(name=name),
            detail=str(path),
        )
    check_size(status.st_size, name, detail=str(path))


def check_size(size: int, name: str, *, detail: str = "") -> None:
    name = name or translate("DocumentReading", "This file")
    if size == 0:
        raise DocumentRefusedError(
            translate(
                "DocumentReading",
                "{name} is empty (0 bytes), so there is nothing to keep.").format(
                    name=name), detail=detail
        )
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentRefusedError(
            translate(
                "DocumentReading",
                "{name} is too large to keep ({size}); the largest file Infusion Desk "
                "can keep is 500 MB.").format(name=name, size=describe_size(size)),
            detail=detail,
        )


def refusal_for_os_error(path: Path, exc: OSError) -> DocumentRefusedError:
    name = _name(path)
    detail = f"{path}: {exc}"
    if exc.errno == errno.ELOOP:
        message = translate(
            "DocumentReading",
            "{name} is a shortcut that leads back to itself, so there is no file "
            "to keep.").format(name=name)
    elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if _is_link(path):
            message = translate(
                "DocumentReading",
                "{name} is a shortcut to a file that is no longer there.").format(name=name)
        else:
            message = translate(
                "DocumentReading",
                "{name} could not be found; it may have been moved, renamed or deleted.").format(
                    name=name)
    elif exc.errno in (errno.EACCES, errno.EPERM):
        message = translate(
            "DocumentReading",
            "{name} could not be opened because this computer does not allow "
            "reading it.").format(name=name)
    elif exc.errno == errno.EISDIR:
        message = translate(
            "DocumentReading",
            "{name} is a folder, not a file; add the files inside it instead.").format(name=name)
    else:
        message = (
            translate(
                "DocumentReading",
                "{name} could not be read; check that the disk or USB stick is still "
                "plugged in and try again.").format(name=name)
        )
    return DocumentRefusedError(message, detail=detail)


def describe_size(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB"
    if size >= 1024**2:
        return f"{size / 1024**2:.0f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _name(path: Path) -> str:
    return path.name or str(path)


def _is_link(path: Path) -> bool:
    try:
        return path.is_symlink()
    except OSError:
        return False
