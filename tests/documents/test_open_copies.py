"""Private copies handed to other programs: only this user can read them, and none outlive the
app for long."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from infusion_desk.documents.open_copies import OpenCopies, copy_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_copy_is_private_and_exact(tmp_path: Path) -> None:
    root = tmp_path / "cache" / "open-copies"
    copies = OpenCopies(root)
    old = os.umask(0)  # even with a careless umask
    try:
        path = copies.write(b"%PDF-1.7 letter", "approval.pdf")
    finally:
        os.umask(old)
    assert path.read_bytes() == b"%PDF-1.7 letter"
    assert path.name == "approval.pdf"
    assert _mode(path) == 0o600
    assert _mode(root) == 0o700
    for folder in path.parents:
        if folder == root:
            break
        assert _mode(folder) == 0o700
    # The same name twice: two files, neither overwritten.
    again = copies.write(b"second", "approval.pdf")
    assert again != path
    assert path.read_bytes() == b"%PDF-1.7 letter"


def test_a_loose_folder_is_tightened(tmp_path: Path) -> None:
    root = tmp_path / "open-copies"
    root.mkdir(mode=0o755)
    os.chmod(root, 0o755)
    OpenCopies(root).write(b"x", "a.txt")
    assert _mode(root) == 0o700


def test_the_session_goes_at_quit_and_leftovers_at_the_next_start(tmp_path: Path) -> None:
    root = tmp_path / "open-copies"
    copies = OpenCopies(root)
    path = copies.write(b"x", "a.png")
    assert copies.session is not None and path.is_relative_to(copies.session)

    # A copy left by an app that crashed (its process is gone) and one by an app still running.
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = root / f"session-{int(gone.stdout)}-abcd"
    dead.mkdir()
    (dead / "old.pdf").write_bytes(b"x")
    alive = root / f"session-{os.getppid()}-ef01"
    alive.mkdir()
    other = OpenCopies(root)
    assert other.remove_stale() == 1
    assert not dead.exists()
    assert alive.exists()
    assert path.exists()  # a session of this very app is never stale

    copies.remove_session()
    assert not path.exists()
    assert copies.session is None


@pytest.mark.parametrize(("original", "title", "media", "expected"), [
    ("approval.pdf", "", "application/pdf", "approval.pdf"),
    ("scan", "", "application/pdf", "scan.pdf"),
    ("", "Letter: from/the plan?", "image/png", "Letter  from the plan.png"),
    ("../../etc/passwd", "", "text/plain", "etc passwd.txt"),
    ("", "", "application/octet-stream", "Document"),
])
def test_copy_names_are_safe_everywhere(original: str, title: str, media: str,
                                        expected: str) -> None:
    assert copy_name(original, title, media) == expected
