"""Performance goals, measured (never asserted in the test suite, where a busy machine would make
them flaky). Run: ``.venv/bin/python tests/benchmarks/run.py`` — prints each figure beside its goal
and exits 1 if any goal is missed. ``--big-folder-mb 64`` makes the "stall while opening /
restoring a large folder" figures quick (the default measures a folder of about 1 GB). Search is
also measured on a folder that once froze it: a pasted log, a long statement, 5,000 letters
(``search_stall.py``, which runs alone too).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from infusion_desk.ui.context import FolderContext

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(work: Callable[[], object], repeat: int = 5) -> float:
    """Median milliseconds of ``work``."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def letter(number: int) -> bytes:
    from reportlab.lib.pagesizes import letter as page
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=page)
    for line in range(40):
        pdf.drawString(72, 740 - 16 * line, f"Letter {number}, line {line}: prior authorization")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


Results = list[tuple[str, float, float]]  # (what, measured ms, goal ms)


def main() -> int:
    parser = argparse.ArgumentParser(description="Infusion Desk's performance goals, measured.")
    parser.add_argument("--big-folder-mb", type=int, default=1024,
                        help="size of the folder opened and restored for the stall figures "
                             "(default 1024, about 1 GB; 0 leaves them out)")
    args = parser.parse_args()
    os.environ["INFUSION_DESK_HOME"] = tempfile.mkdtemp(prefix="infusion-desk-bench-")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    root = Path(os.environ["INFUSION_DESK_HOME"])
    results: Results = []
    measure_demo(root, results)
    measure_big_folder(root, app, results)
    sys.path.insert(0, str(Path(__file__).parent))
    import search_stall

    results.extend(search_stall.measure(root))
    if args.big_folder_mb > 0:
        from stall import measure

        results.extend(measure(root, args.big_folder_mb))

    missed = 0
    for what, measured, goal in results:
        ok = measured <= goal
        missed += not ok
        print(f"{'ok  ' if ok else 'SLOW'} {what:55} {measured:9.1f} ms   goal {goal:7.0f} ms")
    return 1 if missed else 0


def measure_demo(root: Path, results: Results) -> None:
    """Writing the demo folder, searching it and printing its summary."""
    from infusion_desk.demo import write_demo_folder
    from infusion_desk.reports.data import gather_summary_data
    from infusion_desk.reports.summary import build_summary
    from infusion_desk.services import Folder

    started = time.perf_counter()
    write_demo_folder(root / "demo.infusiondesk").close()
    results.append(("write the demo folder", (time.perf_counter() - started) * 1000, 5000))

    folder = Folder.open(root / "demo.infusiondesk")
    results.append(("search 'authorization'", timed(lambda: folder.search("authorization")), 50))
    results.append(("search a member ID", timed(lambda: folder.search("3HK7-XN2-RW58")), 50))
    today = date.today()
    results.append(("one-page summary (demo)",
                    timed(lambda: build_summary(gather_summary_data(folder, today))), 1000))
    folder.close()


def measure_big_folder(root: Path, app: QCoreApplication, results: Results) -> None:
    """A folder with 20,000 calls: the Calls tab, then importing letters in the background."""
    from sqlalchemy import insert

    from infusion_desk.core.records import Call
    from infusion_desk.services import Folder
    from infusion_desk.storage.mapping import to_values
    from infusion_desk.storage.tables import CallRow
    from infusion_desk.ui.context import FolderContext
    from infusion_desk.ui.tabs.calls import CallsTab

    big = Folder.create(root / "big.infusiondesk")
    start = datetime(2026, 11, 1, 9)
    stamp = datetime.now().replace(microsecond=0)
    rows = [{**to_values(Call(called_at=start - timedelta(minutes=30 * n), summary=f"call {n}",
                              reference_number=f"R{n}")), "created_at": stamp, "updated_at": stamp}
            for n in range(20_000)]
    with big._store.writing() as session:  # noqa: SLF001 - bulk set-up for the measurement
        session.execute(insert(CallRow), rows)
    ctx = FolderContext(big)
    results.append(("Calls tab with 20,000 calls: first rows",
                    timed(lambda: CallsTab(ctx).deleteLater(), repeat=3), 500))
    measure_import(root, app, ctx, results)
    ctx.close()
    big.close()


def measure_import(root: Path, app: QCoreApplication, ctx: FolderContext, results: Results) -> None:
    """Importing 20 letters in the background, and the longest the window stalls meanwhile."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from infusion_desk.ui.documents.import_queue import ImportBatch, import_queue_for

    files = []
    for number in range(20):
        path = root / f"scan_{number:02d}.pdf"
        path.write_bytes(letter(number))
        files.append(path)
    queue = import_queue_for(ctx, app)
    clock = QElapsedTimer()
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(clock.elapsed()))
    clock.start()
    heartbeat.start()
    loop = QEventLoop()
    queue.batch_finished.connect(lambda _result: loop.quit())
    queue.submit(ImportBatch(paths=tuple(files)))
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()  # the window's event loop runs (and beats) until the import has finished
    heartbeat.stop()
    total = clock.elapsed()
    stall = max((b - a for a, b in itertools.pairwise(beats)), default=total)
    results.append(("import 20 letters in the background", float(total), 10_000))
    results.append(("longest window stall during that import", float(stall), 250))


if __name__ == "__main__":
    sys.exit(main())
