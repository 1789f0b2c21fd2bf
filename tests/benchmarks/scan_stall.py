"""Importing 20 scans in the window: how long until every one is read, and the window's longest
stall meanwhile (a 10 ms heartbeat; goal: no stall over 100 ms).

Run: ``.venv/bin/python tests/benchmarks/scan_stall.py``. Uses the real OCR engine.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SCANS = 20
GOAL_MS = 100


def make_scans(where: Path) -> list[Path]:
    from PIL import Image, ImageDraw, ImageFont

    font_file = Path(__file__).parents[2] / "infusion_desk/resources/fonts/DejaVuSans.ttf"
    font = ImageFont.truetype(str(font_file), 40)
    files = []
    for number in range(SCANS):
        page = Image.new("L", (2550, 3300), 255)  # Letter at 300 dpi
        draw = ImageDraw.Draw(page)
        for line in range(25):
            draw.text((200, 200 + line * 110), f"Line {line} of letter {number}: authorization "
                      f"PA-2026-{number:02d}{line:04d} approved", font=font, fill=30)
        path = where / f"scan{number:02d}.png"
        page.save(path)
        files.append(path)
    return files


def wait_until_read(folder: object) -> None:
    """Run the event loop until every scan is in the folder and none is waiting to be read."""
    from PySide6.QtCore import QEventLoop, QTimer

    from infusion_desk.core.ocr import ReadState

    loop = QEventLoop()

    def all_read() -> None:
        documents = folder.documents()  # type: ignore[attr-defined]
        if len(documents) == SCANS and all(d.read_state is not ReadState.WAITING
                                           for d in documents):
            loop.quit()
        else:
            QTimer.singleShot(100, all_read)

    QTimer.singleShot(100, all_read)
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["INFUSION_DESK_HOME"] = tempfile.mkdtemp(prefix="infusion-desk-bench-")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from infusion_desk.core.ocr import ReadState
    from infusion_desk.core.records import Profile
    from infusion_desk.paths import app_paths
    from infusion_desk.services import Folder
    from infusion_desk.ui.main_window import MainWindow
    from infusion_desk.ui.main_window.opening import wait_for_opening
    from infusion_desk.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    where = Path(tempfile.mkdtemp(prefix="infusion-desk-scans-"))
    folder_file = where / "Scans.infusiondesk"
    Folder.create(folder_file, Profile(patient_name="Walter Brennan")).close()
    files = make_scans(where)
    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: date(2026, 12, 5))
    window.resize(1366, 768)
    window.show()
    if not wait_for_opening(window, lambda: window.open_folder(folder_file)):
        print("the folder did not open")
        return 1
    assert window.view is not None and window.ctx is not None
    folder = window.ctx.folder
    window.view.tabs.setCurrentWidget(window.view.documents)

    clock = QElapsedTimer()
    clock.start()
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(clock.elapsed()))
    heartbeat.start()
    started = time.monotonic()
    window.view.documents.import_files(files)
    wait_until_read(folder)
    heartbeat.stop()
    seconds = time.monotonic() - started
    read = sum(d.read_state is ReadState.READ for d in folder.documents())
    stall = max((b - a for a, b in itertools.pairwise(beats)), default=0)
    ok = stall <= GOAL_MS and read == SCANS
    print(f"{'ok  ' if ok else 'SLOW'} {SCANS} scans imported and read: {read} read in "
          f"{seconds:.1f} s; longest window stall {stall} ms (goal {GOAL_MS} ms)")
    window.close()
    app.processEvents()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
