"""A second writer on a folder file, as a second member of a care team is on a shared folder:
its own engine and store, without the lock (which keeps one window per file), so that two
edits of one record can be made from two places in a test."""

from __future__ import annotations

from pathlib import Path

from infusion_desk.services import Folder
from infusion_desk.storage import schema
from infusion_desk.storage.opening import OpenedFile
from infusion_desk.storage.store import Store


def second_writer(path: Path) -> Folder:
    """Another Folder on the file at ``path`` (close it when done)."""
    return Folder(OpenedFile(store=Store(schema.make_engine(path), path), lock=None))
