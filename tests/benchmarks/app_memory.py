"""The app's peak memory with a folder open and every tab visited, in a process of its own.

``python app_memory.py FOLDER OUT.json``: the window as the app makes it, the folder opened, each
tab shown in turn (waiting for its work to end), then the peak resident memory written to OUT.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(folder: Path, out: Path) -> int:
    from floors import peak_mb
    from window_scenarios import run_loop_for, run_loop_until

    from infusion_desk.app import make_application
    from infusion_desk.paths import app_paths
    from infusion_desk.ui.main_window import MainWindow
    from infusion_desk.ui.main_window.opening import wait_for_opening
    from infusion_desk.ui.settings import AppSettings

    paths = app_paths()
    make_application()
    window = MainWindow(AppSettings(paths.settings_file), paths)
    window.resize(1100, 750)
    window.show()
    if not wait_for_opening(window, lambda: window.open_folder(folder)):
        return 1
    view = window.view
    assert view is not None
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        run_loop_until(lambda: not window.jobs.busy(), 120)
        run_loop_for(300)
    out.write_text(json.dumps({"peak_mb": peak_mb(), "tabs": view.tabs.count()}),
                   encoding="utf-8")
    window.jobs.cancel_all()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
