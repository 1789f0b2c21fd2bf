"""Files read a few ahead of the one being stored, in one helper thread, so that reading a file
(a PDF's text and thumbnail come from the PDF worker process) and storing the one before it go
on at the same time."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Generic, Protocol, TypeVar

AHEAD_FILES = 4  # files read ahead of the one being taken, at most
AHEAD_BYTES = 64 * 1024 * 1024  # their bytes at most (the one being taken counted)

T = TypeVar("T")


class ReadAhead(Generic[T]):
    """``read(file)`` for each of ``files``, in a helper thread (or ``readers`` of them, reading
    files side by side), a few files ahead of the one taken; taken in order. A file is not
    started once ``stop()`` says so; leaving (it is a context manager) waits for those being
    read. An exception ``read`` raises comes out of
    :meth:`take` for that file."""

    def __init__(self, files: Sequence[Path], read: Callable[[Path], T],
                 stop: Callable[[], bool], *, readers: int = 1) -> None:
        self._files = files
        self._read = read
        self._stop = stop
        self._pool = ThreadPoolExecutor(max_workers=readers,
                                        thread_name_prefix="import-read-ahead")
        self._futures: dict[int, Future[T | None]] = {}
        self._sizes: dict[int, int] = {}
        self._next = 0

    def ready(self, index: int, timeout: float | None) -> bool:
        """Whether file ``index`` has been read, waiting for it at most ``timeout`` seconds
        (None: not at all)."""
        self._fill(index)
        if timeout is None:
            return self._futures[index].done()
        done, _ = wait([self._futures[index]], timeout=timeout)
        return bool(done)

    def take(self, index: int) -> T | None:
        """File ``index`` read, once it is (None if it was not started because of ``stop()``).
        Files are taken in order, each once."""
        self._fill(index)
        future = self._futures.pop(index)
        self._sizes.pop(index, None)
        return future.result()

    def _fill(self, index: int) -> None:
        while self._next < len(self._files) and (
                self._next <= index or (self._next - index <= AHEAD_FILES
                                            and sum(self._sizes.values()) < AHEAD_BYTES)):
            number, path = self._next, self._files[self._next]
            self._sizes[number] = _size(path)
            self._futures[number] = self._pool.submit(self._read_unless_stopped, path)
            self._next += 1

    def _read_unless_stopped(self, path: Path) -> T | None:
        return None if self._stop() else self._read(path)

    def __enter__(self) -> ReadAhead[T]:
        return self

    def __exit__(self, *_exc: object) -> None:
        for future in self._futures.values():
            future.cancel()
        self._pool.shutdown(wait=True)


class _Closable(Protocol):
    def close(self) -> None: ...


C = TypeVar("C", bound=_Closable)


class PerReader(Generic[C]):
    """One of a thing for each reading thread (a PDF engine each): the n-th thread to ask gets
    ``makers[n][0]()``, made once; those whose ``makers[n][1]`` is True are closed by
    :meth:`close`."""

    def __init__(self, makers: Sequence[tuple[Callable[[], C], bool]]) -> None:
        self._makers = list(makers)
        self._lock = threading.Lock()
        self._local = threading.local()
        self._to_close: list[C] = []
        self.readers = len(self._makers)

    def mine(self) -> C:
        """The thing of the thread asking."""
        made: C | None = getattr(self._local, "made", None)
        if made is None:
            with self._lock:
                make, owned = self._makers.pop(0)
            made = make()
            if owned:
                with self._lock:
                    self._to_close.append(made)
            self._local.made = made
        return made

    def close(self) -> None:
        with self._lock:
            to_close, self._to_close = self._to_close, []
        for made in to_close:
            made.close()

    def __enter__(self) -> PerReader[C]:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
