"""The benchmark command runs (on a tiny folder) and reports every figure: that it ran, not its
times (a busy machine would make those flaky)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from figures import KEYS  # noqa: E402


def test_a_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = {**os.environ, "INFUSION_DESK_BENCH_CACHE": str(tmp_path / "cache"),
           "PYTHONPATH": str(HERE.parents[1])}
    done = subprocess.run(
        [sys.executable, str(HERE / "run.py"), "--scale", "tiny", "--repeats", "1",
         "--json", str(out)],
        env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode in {0, 1}, done.stderr[-2000:]  # 1: a goal missed, which is fine here
    report = json.loads(out.read_text(encoding="utf-8"))
    figures = {f["key"]: f for f in report["figures"]}
    assert set(figures) == set(KEYS), done.stderr[-2000:]
    not_measured = [key for key, f in figures.items() if f["app"] is None]
    assert not not_measured, f"{not_measured}: {done.stderr[-2000:]}"
    assert all(isinstance(f["ok"], bool) for f in figures.values())
    assert "longest stall" in figures["start_demo"]["note"]  # the app's probe wrote its figures
    for line in ("figure", "ratio", "goal"):
        assert line in done.stdout
