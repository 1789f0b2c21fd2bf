"""Run by test_printing: open *Print summary* and close it at once, while it still says
"Making the page…". Before the job runner this aborted the app (``QThread: Destroyed while thread
is still running``, exit 134). Exits 0 when the app kept running and its job ended on its own.

Usage: python close_summary_early.py FOLDER_FILE (with INFUSION_DESK_HOME set to a scratch place)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from infusion_desk.paths import app_paths
    from infusion_desk.ui.jobs import REPORTS
    from infusion_desk.ui.main_window import MainWindow
    from infusion_desk.ui.main_window.opening import wait_for_opening
    from infusion_desk.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths)
    window.show()
    # Read-only: no page made ahead, so the dialog makes its own and can be closed meanwhile.
    if not wait_for_opening(window, lambda: window.open_folder(folder, read_only=True)):
        print("the folder did not open", file=sys.stderr)
        return 2
    dialog = window.print_summary()
    assert dialog is not None
    if dialog.preview.text() != "Making the page…" or not window.jobs.busy(REPORTS):
        print("the page was made before the dialog could be closed", file=sys.stderr)
        return 3
    dialog.close()  # deletes itself (WA_DeleteOnClose) while its page is being made
    deadline = time.monotonic() + 60
    while window.jobs.busy(REPORTS) and time.monotonic() < deadline:
        app.processEvents()
        window.jobs.wait_until_idle(REPORTS, timeout=0.05)
    for _ in range(5):  # deliver what the job had to say (to no one)
        app.processEvents()
    if window.jobs.busy(REPORTS):
        print("the summary job never ended", file=sys.stderr)
        return 4
    window.close()
    print("still running after the dialog closed")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
