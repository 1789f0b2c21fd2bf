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
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from infusion_desk.privacy import make_private_dir, open_private
from infusion_desk.storage.durable import fsync_directory, fsync_file, replace_durably

_SHA256 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1024 * 1024
PACK_LEVEL = 1  # zlib: text shrinks about as well as at 6, several times faster


class BlobMissingError(Exception):
    pass


class BlobDamagedError(Exception):
    pass


class _KeptFiles:
    """Files named by a fingerprint under ``root``, each written once: made in ``scratch``,
    flushed to the disk, then renamed into place. Inside :meth:`batch` the flushing waits until
    the batch ends, when every file written meanwhile is flushed, then renamed (a disk flushes
    many files at once far faster than one at a time; a crash before the end leaves nothing
    half-written in place, only leftovers in ``scratch``)."""

    def __init__(self, root: Path, scratch: Path) -> None:
        self.root = root
        self.scratch = scratch  # same disk as ``root``, for files being written
        self._pending: dict[Path, Path] | None = None  # target -> written, not yet flushed

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 fingerprint: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def fingerprints(self) -> Iterator[str]:
        yield from _fingerprints(self.root)

    def remove(self, sha256: str) -> None:
        _remove(self.path_for(sha256))

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        if self._pending is not None:
            yield
            return
        self._pending = {}
        try:
            yield
            self._flush(self._pending)
        finally:
            for partial in self._pending.values():
                partial.unlink(missing_ok=True)
            self._pending = None

    def _waiting(self, target: Path) -> bool:
        return self._pending is not None and target in self._pending

    def _partial(self, sha256: str) -> Path:
        make_private_dir(self.scratch)
        return self.scratch / f"{sha256}.{os.getpid()}.partial"

    def _write(self, partial: Path, data: Iterable[bytes]) -> tuple[str, int]:
        """Write ``partial`` (flushed to the disk unless in a batch); its SHA-256 and size."""
        digest, written = hashlib.sha256(), 0
        with open_private(partial) as handle:
            for chunk in data:
                digest.update(chunk)
                written += len(chunk)
                handle.write(chunk)
            handle.flush()
            if self._pending is None:
                os.fsync(handle.fileno())
        return digest.hexdigest(), written

    def _place(self, partial: Path, target: Path) -> None:
        """Rename a written ``partial`` into place now, or when the batch ends."""
        make_private_dir(target.parent)
        if self._pending is not None:
            self._pending[target] = partial
            return
        replace_durably(partial, target)
        fsync_directory(self.root)

    def _flush(self, pending: dict[Path, Path]) -> None:
        if not pending:
            return
        directories = {target.parent for target in pending} | {self.root, self.scratch}
        whole_disk = sys.platform.startswith("linux")  # where sync() waits until all is written
        if whole_disk:
            os.sync()  # one flush for every file: thousands of fsyncs cost minutes on a laptop
        else:
            for partial in pending.values():
                fsync_file(partial)
        for target, partial in list(pending.items()):
            os.replace(partial, target)
            del pending[target]
        if whole_disk:
            os.sync()
        else:
            for directory in sorted(directories):
                fsync_directory(directory)


class BlobStore(_KeptFiles):
    def __init__(self, root: Path, scratch: Path) -> None:
        super().__init__(root, scratch)
        self.packs = PackStore(root / "packs", scratch)  # the text packs kept beside

    def has(self, sha256: str, size: int) -> bool:
        """A file of the right size is there (its content is checked when it is read)."""
        return _size(self.root, sha256) == size

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
        if self._waiting(target) or (self.has(sha256, size) and self._matches(target, sha256)):
            return False
        partial = self._partial(sha256)
        try:
            digest, written = self._write(partial, chunks)
            if written != size or digest != sha256:
                raise ValueError(f"bytes do not match their fingerprint {sha256}")
            if not self._matches(partial, sha256):  # read back from the disk, not from memory
                raise OSError(f"the copy of {sha256} read back differently")
            self._place(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
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


class PackStore(_KeptFiles):
    """Packs of derived text, each kept once, compressed, under the SHA-256 of its uncompressed
    bytes (``packs/ab/abcdef…``); written once like the document bytes, checked when read."""

    def has(self, sha256: str) -> bool:
        return _size(self.root, sha256) > 0

    def put(self, sha256: str, data: bytes) -> int:
        """Keep ``data`` (uncompressed) under its fingerprint; return the bytes written (0 if it
        was kept already). Raises ValueError if ``data`` does not match the fingerprint."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"bytes do not match their fingerprint {sha256}")
        target = self.path_for(sha256)
        if self._waiting(target) or self.has(sha256):
            return 0
        packed = zlib.compress(data, PACK_LEVEL)
        partial = self._partial(sha256)
        try:
            self._write(partial, [packed])
            self._unpacked(partial, sha256)  # read back from the disk, not from memory
            self._place(partial, target)
        except (BlobDamagedError, BlobMissingError) as exc:
            partial.unlink(missing_ok=True)
            raise OSError(f"the pack {sha256} read back differently") from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return len(packed)

    def read(self, sha256: str) -> bytes:
        """The uncompressed pack, checked against its fingerprint: BlobMissingError if there is
        none, BlobDamagedError if it does not match."""
        return self._unpacked(self.path_for(sha256), sha256)

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


def _size(root: Path, sha256: str) -> int:
    """The size of the file kept under ``sha256`` (-1 if there is none). Asked for every
    document at every backup: plain strings, not paths, for speed."""
    if not _SHA256.fullmatch(sha256):
        return -1
    try:
        return os.stat(os.path.join(root, sha256[:2], sha256)).st_size
    except OSError:
        return -1


def _fingerprints(root: Path) -> Iterator[str]:
    try:
        shards = sorted(entry.name for entry in os.scandir(root)
                        if len(entry.name) == 2 and entry.is_dir())
    except OSError:
        return
    for shard in shards:
        with contextlib.suppress(OSError):
            names = sorted(entry.name for entry in os.scandir(os.path.join(root, shard)))
            yield from (name for name in names
                        if name.startswith(shard) and _SHA256.fullmatch(name))


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # other files are still in it
        path.parent.rmdir()
