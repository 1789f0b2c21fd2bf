"""Document bytes kept once per fingerprint in plain files: ``blobs/ab/abcdef…``.

The backups keep every document's bytes here, so that a hundred snapshots of a folder with a
gigabyte of scans still hold each scan once. A file is named by the SHA-256 of its bytes, written
once (temporary name, flushed, read back and checked, then renamed), and never changed after.

Beside them, ``blobs/packs/ab/abcdef…`` (:class:`PackStore`) keeps each document's large derived
text (its page texts and words) compressed, named by the SHA-256 of the uncompressed pack, so an
unchanged document adds nothing to a later snapshot.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from infusion_desk.privacy import make_private_dir, open_private
from infusion_desk.storage.durable import fsync_directory, replace_durably

_SHA256 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1024 * 1024


class BlobMissingError(Exception):
    pass


class BlobDamagedError(Exception):
    pass


class BlobStore:
    def __init__(self, root: Path, scratch: Path) -> None:
        self.root = root
        self.scratch = scratch  # same disk as ``root``, for files being written

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 fingerprint: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str, size: int) -> bool:
        """A file of the right size is there (its content is checked when it is read)."""
        try:
            return self.path_for(sha256).stat().st_size == size
        except (OSError, ValueError):
            return False

    def put(self, sha256: str, data: bytes) -> bool:
        """Keep ``data`` under its fingerprint; return True if a file was written.

        Raises ValueError if the bytes do not match the fingerprint (they are then not kept).
        """
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"bytes do not match their fingerprint {sha256}")
        return self.put_chunks(sha256, len(data), [data])

    def put_chunks(self, sha256: str, size: int, chunks: Iterable[bytes]) -> bool:
        """Keep the bytes that ``chunks`` yields under their fingerprint, never holding more than
        one chunk in memory; return True if a file was written.

        Raises ValueError if they do not match the fingerprint and ``size`` (nothing is kept).
        """
        target = self.path_for(sha256)
        if self.has(sha256, size) and self._matches(target, sha256):
            return False
        make_private_dir(target.parent)
        make_private_dir(self.scratch)
        partial = self.scratch / f"{sha256}.{os.getpid()}.partial"
        try:
            digest, written = hashlib.sha256(), 0
            with open_private(partial) as handle:
                for chunk in chunks:
                    digest.update(chunk)
                    written += len(chunk)
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            if written != size or digest.hexdigest() != sha256:
                raise ValueError(f"bytes do not match their fingerprint {sha256}")
            if not self._matches(partial, sha256):  # read back from the disk, not from memory
                raise OSError(f"the copy of {sha256} read back differently")
            replace_durably(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        fsync_directory(self.root)
        return True

    def read(self, sha256: str, size: int) -> bytes:
        """The bytes kept under ``sha256``, checked against it (and against ``size``)."""
        return b"".join(self.chunks(sha256, size))

    def chunks(self, sha256: str, size: int) -> Iterator[bytes]:
        """The bytes kept under ``sha256`` a piece at a time. Raises BlobMissingError at once if
        there are none; BlobDamagedError once the last piece shows they do not match ``sha256``
        and ``size`` (so whatever was made of the pieces must then be thrown away)."""
        path = self.path_for(sha256)
        try:
            handle = path.open("rb")
        except FileNotFoundError as exc:
            raise BlobMissingError(sha256) from exc
        return self._checked_chunks(handle, sha256, size)

    @staticmethod
    def _checked_chunks(handle: BinaryIO, sha256: str, size: int) -> Iterator[bytes]:
        digest, seen = hashlib.sha256(), 0
        with handle:
            while chunk := handle.read(_CHUNK):
                seen += len(chunk)
                if seen > size:
                    raise BlobDamagedError(sha256)
                digest.update(chunk)
                yield chunk
        if seen != size or digest.hexdigest() != sha256:
            raise BlobDamagedError(sha256)

    def fingerprints(self) -> Iterator[str]:
        yield from _fingerprints(self.root)

    def remove(self, sha256: str) -> None:
        _remove(self.path_for(sha256))

    @property
    def packs(self) -> PackStore:
        """The compressed text packs kept beside the document bytes."""
        return PackStore(self.root / "packs", self.scratch)

    def size_on_disk(self) -> int:
        return sum(self.path_for(sha).stat().st_size for sha in self.fingerprints())

    @staticmethod
    def _matches(path: Path, sha256: str) -> bool:
        digest = hashlib.sha256()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
        except OSError:
            return False
        return digest.hexdigest() == sha256


class PackStore:
    """Packs of derived text, each kept once, compressed, under the SHA-256 of its uncompressed
    bytes (``packs/ab/abcdef…``); written once like the document bytes, checked when read."""

    def __init__(self, root: Path, scratch: Path) -> None:
        self.root = root
        self.scratch = scratch

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 fingerprint: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        try:
            return self.path_for(sha256).stat().st_size > 0
        except (OSError, ValueError):
            return False

    def put(self, sha256: str, data: bytes) -> int:
        """Keep ``data`` (uncompressed) under its fingerprint; return the bytes written (0 if it
        was kept already). Raises ValueError if ``data`` does not match the fingerprint."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"bytes do not match their fingerprint {sha256}")
        target = self.path_for(sha256)
        if self.has(sha256):
            return 0
        packed = zlib.compress(data, 6)
        make_private_dir(target.parent)
        make_private_dir(self.scratch)
        partial = self.scratch / f"{sha256}.{os.getpid()}.pack"
        try:
            with open_private(partial) as handle:
                handle.write(packed)
                handle.flush()
                os.fsync(handle.fileno())
            self._unpacked(partial, sha256)  # read back from the disk, not from memory
            replace_durably(partial, target)
        except (BlobDamagedError, BlobMissingError) as exc:
            raise OSError(f"the pack {sha256} read back differently") from exc
        finally:
            partial.unlink(missing_ok=True)
        return len(packed)

    def read(self, sha256: str) -> bytes:
        """The uncompressed pack, checked against its fingerprint: BlobMissingError if there is
        none, BlobDamagedError if it does not match."""
        return self._unpacked(self.path_for(sha256), sha256)

    def fingerprints(self) -> Iterator[str]:
        yield from _fingerprints(self.root)

    def remove(self, sha256: str) -> None:
        _remove(self.path_for(sha256))

    @staticmethod
    def _unpacked(path: Path, sha256: str) -> bytes:
        try:
            packed = path.read_bytes()
        except FileNotFoundError as exc:
            raise BlobMissingError(sha256) from exc
        try:
            data = zlib.decompress(packed)
        except zlib.error as exc:
            raise BlobDamagedError(sha256) from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobDamagedError(sha256)
        return data


def _fingerprints(root: Path) -> Iterator[str]:
    if not root.is_dir():
        return
    for shard in sorted(root.iterdir()):
        if shard.is_dir() and len(shard.name) == 2:
            for file in sorted(shard.iterdir()):
                if _SHA256.fullmatch(file.name) and file.name.startswith(shard.name):
                    yield file.name


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # other files are still in it
        path.parent.rmdir()
