"""ZIP archives: kept whole, as the one file she added, with the names of the files inside as
its text; its PDFs and pictures are taken out one by one only when she asks (``services``)."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, BinaryIO

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.documents.reading import CHUNK_BYTES, MAX_DOCUMENT_BYTES, describe_size

MAX_LISTED = 200  # names shown in an archive's text; the rest are counted
NOTE_ARCHIVE_UNREADABLE = (
    QT_TRANSLATE_NOOP(
        "DocumentNotes",
        "This ZIP archive could not be read, so the files inside cannot be "
        "listed or taken out. It is saved in the folder, and you can still try "
        "to open it with another program.")
)
_ENCRYPTED = 0x1  # general purpose flag bit 0: the member is encrypted
_TROUBLE = (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError,
            ValueError, UnicodeDecodeError, OverflowError)


@dataclass(frozen=True)
class ArchiveListing:
    """The files inside an archive (folders left out), as their names are stored."""

    names: tuple[str, ...]

    @property
    def summary(self) -> str:
        """``ZIP archive, 3 files``: what the archive is, in the list and the preview."""
        count = len(self.names)
        if count == 0:
            return "ZIP archive, empty"
        return f"ZIP archive, {count} file" + ("" if count == 1 else "s")

    @property
    def text(self) -> str:
        """The summary, then the name of each file inside (searched like a letter's text)."""
        shown = list(self.names[:MAX_LISTED])
        if len(self.names) > MAX_LISTED:
            shown.append(f"… and {len(self.names) - MAX_LISTED} more")
        return "\n".join([self.summary, "", *shown]).strip()


def is_archive_text(text: str) -> bool:
    """Whether a stored document's text is an archive's listing (what the preview shows)."""
    return text.startswith("ZIP archive,")


def list_archive(file: BinaryIO) -> ArchiveListing | None:
    """The files inside the ZIP archive ``file``; None if it cannot be read as one."""
    try:
        with zipfile.ZipFile(file) as archive:
            return ArchiveListing(tuple(info.filename for info in archive.infolist()
                                        if not info.is_dir()))
    except _TROUBLE:
        return None


@dataclass(frozen=True)
class Member:
    """One file inside an archive: its bytes, or the plain reason they could not be taken out."""

    path: str  # as stored in the archive, folders and all
    data: bytes = b""
    refusal: str = ""

    @property
    def name(self) -> str:
        return PurePath(self.path.replace("\\", "/")).name or self.path


def archive_members(file: BinaryIO) -> Iterator[Member]:
    """Each file inside the archive, in the order it holds them, one at a time (a member is
    read only when it is reached, and never more than the largest file a folder keeps)."""
    with zipfile.ZipFile(file) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            yield _member(archive, info)


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Member:
    name = PurePath(info.filename.replace("\\", "/")).name or info.filename
    if info.flag_bits & _ENCRYPTED:
        return Member(info.filename, refusal=translate(
            "Archives",
            "{name} is protected with a password inside the archive, so it could "
            "not be taken out.").format(name=name))
    if info.file_size > MAX_DOCUMENT_BYTES:
        return Member(info.filename, refusal=translate(
            "Archives", "{name} is too large to keep ({size}); the largest file Infusion Desk "
                        "can keep is 500 MB.").format(
            name=name, size=describe_size(info.file_size)))
    try:
        with archive.open(info) as member:
            data = _read_at_most(member, MAX_DOCUMENT_BYTES + 1)  # whatever its header claims
    except _TROUBLE:
        return Member(info.filename, refusal=translate(
            "Archives",
            "{name} could not be taken out of the archive (the archive may be "
            "damaged).").format(name=name))
    if len(data) > MAX_DOCUMENT_BYTES:
        return Member(info.filename, refusal=translate(
            "Archives", "{name} is too large to keep; the largest file Infusion Desk can keep "
                        "is 500 MB.").format(name=name))
    return Member(info.filename, data)


def _read_at_most(member: IO[bytes], limit: int) -> bytes:
    """Up to ``limit`` bytes in chunks, gathered in one growing buffer (not twice in memory)."""
    buffer = io.BytesIO()
    while buffer.tell() < limit and (chunk := member.read(min(CHUNK_BYTES,
                                                              limit - buffer.tell()))):
        buffer.write(chunk)
    return buffer.getvalue()
