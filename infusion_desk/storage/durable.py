"""Writing files so that a crash or a pulled plug leaves either the old file or the new one.

A file is written under a temporary name, flushed to the disk, then renamed over its final name,
and the directory that holds it is flushed too (on systems that allow it), so the rename itself
survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Make sure every byte of ``path`` is on the disk, not only in the system's cache."""
    # Windows flushes only a handle opened for writing.
    mode = os.O_RDWR if sys.platform == "win32" else os.O_RDONLY
    fd = os.open(path, mode | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(path: Path) -> None:
    """Make a rename or a new file inside ``path`` durable (a no-op where it cannot be done)."""
    if sys.platform == "win32":  # NTFS journals renames itself; a directory cannot be opened
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems (and FUSE mounts) refuse this
            os.fsync(fd)
    finally:
        os.close(fd)


def replace_durably(partial: Path, target: Path) -> None:
    """Move a finished, already flushed ``partial`` over ``target`` in one step, durably."""
    os.replace(partial, target)
    fsync_directory(target.parent)
    if partial.parent != target.parent:
        fsync_directory(partial.parent)
