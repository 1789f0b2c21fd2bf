"""Infusion Desk against its floors: the one benchmark command (issue 14).

    .venv/bin/python tests/benchmarks/run.py [--scale full|tiny|0.2] [--repeats N] [--json OUT]

Builds the large folder once (5,000 documents, 20,000 calls…; cached between runs, see
``large_folder.py``), then measures each figure of the goal table and, beside it in the same run
(alternating, several repeats, medians), its floor: the same work done as plainly as possible
(a bare PySide6 window with 6 table tabs, the plain SQLite file, a raw FTS5 query, one ReportLab
page, reading and hashing the files, SQLite's backup API). Prints one table (figure, app, floor,
ratio, goal, ok), writes it as JSON with ``--json``, and exits 1 when a goal is missed. The stall
figures come from the window's lag probe (``infusion_desk/ui/lag_probe.py``) while scripted
scenarios run in one window. About 6–9 minutes on the 2-core reference machine once the folder is
built (building it takes about 8 minutes more, once). ``--scale tiny`` runs everything on a
folder of 25 documents in well under a minute (the test suite does, to keep it from rotting; its
figures mean nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import Figure, Run  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Infusion Desk's goals, measured beside floors.")
    parser.add_argument("--scale", default="full",
                        help="the large folder's size: 'full' (default), 'tiny', or a fraction")
    parser.add_argument("--repeats", type=int, default=3,
                        help="repeats of each figure and its floor, alternating (default 3)")
    parser.add_argument("--json", type=Path, help="also write the table here as JSON")
    parser.add_argument("--only", nargs="*", default=None,
                        help="measure only these parts: start memory search services window")
    args = parser.parse_args(argv)

    from large_folder import large_folder, parse_scale

    scale = parse_scale(args.scale)
    began = time.perf_counter()
    cached = large_folder(scale)
    work = Path(tempfile.mkdtemp(prefix="infusion-desk-bench-"))
    os.environ["INFUSION_DESK_HOME"] = str(work / "home")
    try:
        run = Run(work=work, cached=cached, scale=scale, repeats=max(1, args.repeats))
        parts = args.only or ["services", "start", "memory", "search", "window"]
        run.measure(parts)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    seconds = time.perf_counter() - began
    print_table(run.figures, seconds, cached)
    if args.json is not None:
        args.json.write_text(json.dumps({
            "date": time.strftime("%Y-%m-%d %H:%M"), "scale": scale, "repeats": run.repeats,
            "seconds": round(seconds, 1), "folder": cached.name,
            "figures": [f.as_json() for f in run.figures]}, indent=2), encoding="utf-8")
    return 0 if all(f.ok for f in run.figures) else 1


def print_table(figures: list[Figure], seconds: float, cached: Path) -> None:
    print(f"\nInfusion Desk against its floors — {cached.name}, {seconds:.0f} s")
    print(f"{'figure':58} {'app':>12} {'floor':>12} {'ratio':>7}  {'goal':26} ok")
    for f in figures:
        ratio = f"{f.ratio:.1f}×" if f.ratio is not None else ""
        print(f"{f.what:58} {f.shown(f.app):>12} {f.shown(f.floor):>12} {ratio:>7}  "
              f"{f.goal:26} {'ok' if f.ok else 'MISSED'}")
        if f.note:
            print(f"{'':60}{f.note}")


if __name__ == "__main__":
    sys.exit(main())
