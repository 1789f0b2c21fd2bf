"""The project's own rules, run as tests: lint and strict typing (layers: test_import_contracts)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed: install the test extra (pip install -e '.[test]')")
    return found


def test_ruff() -> None:
    done = run(tool("ruff"), "check", "infusion_desk", "tests", "packaging")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy() -> None:
    done = run(tool("mypy"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_packaged_icons_match_their_masters() -> None:
    masters = sorted((ROOT / "resources" / "icons").glob("*.svg"))
    assert "infusion-desk.svg" in [m.name for m in masters]
    for master in masters:
        shipped = ROOT / "infusion_desk" / "resources" / "icons" / master.name
        assert shipped.read_bytes() == master.read_bytes(), master.name
