"""``pip install .`` gives a working app: the wheel carries every file of the package, and the app
installed from it alone (not this checkout) writes, checks and prints a folder and passes its
self-test, window included.

Offline and quick: the wheel is built without build isolation (setuptools comes with the test
extra), installed with ``--no-deps`` into a fresh virtual environment without pip, and that
environment finds the dependencies in this one's site-packages through a ``.pth`` line.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from packaging_tools import ROOT, project_version, run

from infusion_desk import FILE_SUFFIX

PACKAGE = ROOT / "infusion_desk"
BIN = "Scripts" if os.name == "nt" else "bin"


def package_files() -> set[str]:
    """Every file of the package in this checkout, as wheel paths (no caches)."""
    return {
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the sources (so no build/ or egg-info lands here)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(PACKAGE, source / "infusion_desk",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    done = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                "--check-build-dependencies", "--disable-pip-version-check", "-q",
                "-w", work / "dist", source], cwd=work)
    assert done.returncode == 0, done.stdout
    (built,) = (work / "dist").glob("infusion_desk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its scripts folder."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    done = run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=venv.parent)
    assert done.returncode == 0, done.stdout
    python = venv / BIN / ("python.exe" if os.name == "nt" else "python")
    done = run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
                "--no-index", "--disable-pip-version-check", "-q", wheel], cwd=venv)
    assert done.returncode == 0, done.stdout
    # The dependencies: this environment's site-packages as a plain path entry. Its .pth files
    # (among them the editable install of this checkout) are not read that way.
    done = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=venv)
    site = Path(done.stdout.strip())
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "test-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    return venv / BIN


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONNOUSERSITE"] = "1"
    return env


def test_the_wheel_carries_every_file_of_the_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"infusion_desk-{project_version()}.dist-info/METADATA").decode()
        entry_points = archive.read(
            f"infusion_desk-{project_version()}.dist-info/entry_points.txt").decode()
    missing = package_files() - names
    assert not missing, f"not in the wheel: {sorted(missing)}"
    # The files Alembic, the reports and the window read at run time, named for the record.
    for needed in ("storage/migrations/env.py", "storage/migrations/script.py.mako",
                   "storage/migrations/versions/0001_initial.py",
                   "resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf",
                   "resources/icons/infusion-desk.svg", "resources/LICENSE.txt", "py.typed",
                   "resources/tessdata/eng.traineddata", "resources/tessdata/spa.traineddata",
                   "resources/tessdata/osd.traineddata"):
        assert f"infusion_desk/{needed}" in names
    assert "License-Expression: MIT" in metadata
    licences = {n.rsplit("/", 1)[-1] for n in names if "/licenses/" in n}
    assert {"LICENSE.txt", "LICENSE-DejaVu.txt", "LICENSE-tessdata.txt"} <= licences
    assert "infusion-desk = infusion_desk.cli:main" in entry_points
    assert not any(n.startswith(("tests/", "build/")) for n in names)


def test_the_installed_app_runs_from_the_wheel_alone(
    installed: Path, tmp_path: Path, clean_env: dict[str, str]
) -> None:
    python = installed / ("python.exe" if os.name == "nt" else "python")
    done = run([python, "-c", "import infusion_desk, importlib.metadata as m; "
                "print(infusion_desk.__file__); print(m.version('infusion-desk'))"],
               cwd=tmp_path, env=clean_env)
    assert done.returncode == 0, done.stdout
    where, version = done.stdout.split()
    assert Path(where).is_relative_to(installed.parent), "imported from the checkout, not the wheel"
    assert version == project_version()

    app = installed / "infusion-desk"
    folder = tmp_path / f"Walter Brennan{FILE_SUFFIX}"
    done = run([app, "demo", folder], cwd=tmp_path, env=clean_env)
    assert done.returncode == 0, done.stdout
    done = run([app, "check", folder], cwd=tmp_path, env=clean_env)
    assert done.returncode == 0 and "Everything is in order" in done.stdout, done.stdout
    summary = tmp_path / "summary.pdf"
    done = run([app, "summary", folder, "-o", summary], cwd=tmp_path, env=clean_env)
    assert done.returncode == 0, done.stdout
    assert summary.read_bytes().startswith(b"%PDF") and b"/Count 1" in summary.read_bytes()


def test_the_installed_app_passes_its_self_test(
    installed: Path, tmp_path: Path, clean_env: dict[str, str]
) -> None:
    done = run([installed / "infusion-desk", "--self-test"], cwd=tmp_path, env=clean_env)
    assert done.returncode == 0, done.stdout
    assert "Self-test passed" in done.stdout
    assert done.stdout.count("\nok ") == 7, done.stdout
