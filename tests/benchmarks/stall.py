"""How long the window stops answering while it opens, and restores, a large folder.

A 10 ms heartbeat timer runs on the UI thread; the longest gap between two beats is the longest
stall a person would feel. Run alone (``python tests/benchmarks/stall.py --size-mb 1024``; no
longer part of ``run.py``, whose large folder is issue 14's). The big folder is made in a
scratch directory: the demo plus large documents (random bytes, which do not compress).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHUNK_MB = 16


def make_big_folder(path: Path, size_mb: int) -> None:
    """The demo folder, grown to about ``size_mb`` megabytes with stored documents."""
    from infusion_desk.core.records import Document
    from infusion_desk.demo import write_demo_folder

    folder = write_demo_folder(path)
    try:
        left, number = size_mb, 0
        while left > 0:
            size = min(CHUNK_MB, left)
            number += 1
            folder.records.add_document(Document(title=f"Scan batch {number}",
                                         original_name=f"scan batch {number}.bin",
                                         media_type="application/octet-stream"),
                                os.urandom(size * 1024 * 1024))
            left -= size
    finally:
        folder.close()


def longest_stall(work: Callable[[Callable[[], None]], None], timeout_s: float = 600) -> tuple[
        float, float]:
    """Run ``work(done)`` with the event loop turning until ``done()`` is called; return (the
    longest gap between heartbeats, the whole time), in milliseconds."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    clock = QElapsedTimer()
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(clock.elapsed()))
    finished: list[bool] = []
    loop = QEventLoop()

    def done() -> None:
        finished.append(True)
        loop.quit()

    clock.start()
    heartbeat.start()
    beats.append(0)
    work(done)
    if not finished:  # the event loop runs (and beats) until the work says it is done
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
    heartbeat.stop()
    beats.append(clock.elapsed())
    if not finished:
        raise RuntimeError("the work did not finish in time")
    return float(max(b - a for a, b in itertools.pairwise(beats))), float(clock.elapsed())


def measure(root: Path, size_mb: int) -> list[tuple[str, float, float]]:
    """(what, measured ms, goal ms) for opening and restoring a folder of about ``size_mb``."""
    from infusion_desk.paths import app_paths
    from infusion_desk.services.backups import BackupStore
    from infusion_desk.ui.main_window import MainWindow
    from infusion_desk.ui.settings import AppSettings

    (root / "stall").mkdir(exist_ok=True)
    path = root / "stall" / "Large folder.infusiondesk"
    started = time.perf_counter()
    make_big_folder(path, size_mb)
    made_s = time.perf_counter() - started
    real_mb = path.stat().st_size / 1024 / 1024
    print(f"made a {real_mb:.0f} MB folder in {made_s:.1f} s", file=sys.stderr)

    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths)
    window.show()
    opened: list[bool] = []

    def open_it(done: Callable[[], None]) -> None:
        def ended(ok: bool) -> None:
            opened.append(ok)
            done()
        window.opening_ended.connect(ended)
        window.open_folder(path)

    open_stall, open_total = longest_stall(open_it)
    if not opened or not opened[0]:
        raise RuntimeError("the big folder did not open")

    def backed_up(done: Callable[[], None]) -> None:  # the day's backup, made after opening
        job = window.backup_job
        if job is None or job.done:
            done()
        else:
            job.ended.connect(done)

    longest_stall(backed_up)
    backup = BackupStore(path).newest_good()
    if backup is None:
        raise RuntimeError("no backup of the big folder was made")
    window.ask = lambda *_a, **_k: True  # type: ignore[method-assign]  # "Restore this backup"

    def restore_it(done: Callable[[], None]) -> None:
        window.backup.restore_then(backup, path, lambda _ok: done())

    restore_stall, restore_total = longest_stall(restore_it)
    window.close()
    label = f"{real_mb:.0f} MB folder"
    return [
        (f"open a {label}", open_total, 30_000),
        (f"longest window stall while opening a {label}", open_stall, 250),
        (f"restore a {label}", restore_total, 60_000),
        (f"longest window stall while restoring a {label}", restore_stall, 250),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024,
                        help="how large the folder is made (default: 1024, about 1 GB)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="infusion-desk-stall-") as scratch:
        os.environ["INFUSION_DESK_HOME"] = str(Path(scratch) / "home")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        results = measure(Path(scratch), args.size_mb)
        del app
    missed = 0
    for what, measured, goal in results:
        ok = measured <= goal
        missed += not ok
        print(f"{'ok  ' if ok else 'SLOW'} {what:55} {measured:9.1f} ms   goal {goal:7.0f} ms")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
