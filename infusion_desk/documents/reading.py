"""Reading a file the caregiver picked: once, after checking it is a file worth keeping."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from infusion_desk.documents.errors import DocumentRefusedError

MAX_DOCUMENT_BYTES = 500 * 1024 * 1024


def read_document_file(path: Path) -> bytes:
    """The whole file, read once. Raises :class:`DocumentRefusedError` with a plain reason."""
    refuse_unless_keepable(path, stat_for_keeping(path))
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        # O_NONBLOCK: if the file was swapped for a pipe since the check, opening must not hang.
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise refusal_for_os_error(path, exc) from exc
    with open(descriptor, "rb", closefd=True) as file:
        try:
            refuse_unless_keepable(path, os.fstat(file.fileno()))
            data = file.read(MAX_DOCUMENT_BYTES + 1)
        except OSError as exc:
            raise refusal_for_os_error(path, exc) from exc
    check_size(len(data), _name(path), detail=str(path))
    return data


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
            f"{name} is a folder, not a file; add the files inside it instead.", detail=str(path)
        )
    if not stat.S_ISREG(status.st_mode):
        raise DocumentRefusedError(
            f"{name} is not an ordinary file (it may be a device or a pipe), so it cannot be kept.",
            detail=str(path),
        )
    check_size(status.st_size, name, detail=str(path))


def check_size(size: int, name: str, *, detail: str = "") -> None:
    name = name or "This file"
    if size == 0:
        raise DocumentRefusedError(
            f"{name} is empty (0 bytes), so there is nothing to keep.", detail=detail
        )
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentRefusedError(
            f"{name} is too large to keep ({describe_size(size)}); the largest file Infusion Desk "
            "can keep is 500 MB.",
            detail=detail,
        )


def refusal_for_os_error(path: Path, exc: OSError) -> DocumentRefusedError:
    name = _name(path)
    detail = f"{path}: {exc}"
    if exc.errno == errno.ELOOP:
        message = f"{name} is a shortcut that leads back to itself, so there is no file to keep."
    elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if _is_link(path):
            message = f"{name} is a shortcut to a file that is no longer there."
        else:
            message = f"{name} could not be found; it may have been moved, renamed or deleted."
    elif exc.errno in (errno.EACCES, errno.EPERM):
        message = f"{name} could not be opened because this computer does not allow reading it."
    elif exc.errno == errno.EISDIR:
        message = f"{name} is a folder, not a file; add the files inside it instead."
    else:
        message = (
            f"{name} could not be read; check that the disk or USB stick is still plugged in "
            "and try again."
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
