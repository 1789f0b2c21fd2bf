"""The window's figures: one running window, the lag probe on, the scenarios run in turn."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from figures import Figure, stall_figure

if TYPE_CHECKING:
    from figures import Run

IMPORT_FILES = 100
SEARCH_WORDS = ["authorization", "vancomycin denied", "Medicare appeal", "PA-2024"]


def measure_window(run: Run) -> None:
    from window_scenarios import Scenarios, run_loop_for

    from infusion_desk.app import make_application
    from infusion_desk.paths import app_paths
    from infusion_desk.ui.lag_probe import LagProbe
    from infusion_desk.ui.main_window import MainWindow
    from infusion_desk.ui.settings import AppSettings

    folder = run.copy
    files = _letters_to_import(run.work / "import", 3 if run.quick else IMPORT_FILES)
    paths = app_paths()
    app = make_application()
    window = MainWindow(AppSettings(paths.settings_file), paths)
    window.resize(1100, 750)
    window.show()
    probe = LagProbe(parent=app)
    probe.start()
    scenarios = Scenarios(window, probe)
    try:
        run_loop_for(300)
        scenarios.open(folder, run.repeats)
        app_ms, floor_ms = scenarios.figures["open"]
        run.figures.append(Figure("open_running", "open the large folder in a running window",
                                  "ms", app_ms, floor_ms, "≤ 300 ms to first rows",
                                  app_ms <= 300))
        scenarios.search(SEARCH_WORDS[:1] if run.quick else SEARCH_WORDS,
                         key_ms=30 if run.quick else 90)
        scenarios.scroll_calls()
        scenarios.print_summary(run.repeats)
        app_ms, floor_ms = scenarios.figures["summary"]
        run.figures.append(Figure("summary_window", "one-page summary, large, in the window",
                                  "ms", app_ms, floor_ms, "≤ 300 ms", app_ms <= 300,
                                  note="floor: one ReportLab page in this process"))
        scenarios.back_up(folder)
        scenarios.import_files(files, folder)
        listed_s, floor_s, all_s = scenarios.figures["import"]
        rate, floor_rate = len(files) / listed_s, len(files) / floor_s
        run.figures.append(Figure(
            "import_rate", f"import {len(files)} ten-page PDFs, to all rows listed", "files/s",
            rate, floor_rate, "≥ 50 files/s", rate >= 50, ratio_value=floor_rate / rate,
            note=f"all done (text, thumbnails) in {all_s:.1f} s"))
    finally:
        probe.stop()
        for what, figures in scenarios.stalls.items():
            run.figures.append(stall_figure(what, figures))
        window.jobs.cancel_all()
        window.close_folder()
        window.close()
        run_loop_for(200)


def _letters_to_import(where: Path, count: int) -> list[Path]:
    from large_folder import Letters

    where.mkdir(parents=True, exist_ok=True)
    letters = Letters(seed=99)
    files = []
    for number in range(count):
        path = where / f"letter {number:03d}.pdf"
        path.write_bytes(letters.pdf(800_000 + number, 10))
        files.append(path)
    return files
