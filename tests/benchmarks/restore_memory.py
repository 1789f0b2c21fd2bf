"""Peak memory of ``infusion-desk backup`` and ``infusion-desk restore`` of a folder that holds
one large document (issue 12, point 6: below the file size plus a fixed margin).

Each command runs in a process of its own and its peak resident size is read from the system
(``wait4``); ``restore --list`` on the same folder is the fixed margin (Python, the app, SQLite).

Run: ``PYTHONPATH=. .venv/bin/python tests/benchmarks/restore_memory.py [--mb 500]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

MAKE = """
import os, sys
from pathlib import Path
from infusion_desk.core.records import Document
from infusion_desk.services import Folder
with Folder.create(Path(sys.argv[1])) as folder:
    folder.records.add_document(Document(title="Statement"), os.urandom(int(sys.argv[2]) << 20))
"""


def peak_mb(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Peak resident megabytes of a command, and its exit code."""
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes elsewhere
    return usage.ru_maxrss * scale / 2**20, process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=500, help="size of the document (MB)")
    args = parser.parse_args()
    import infusion_desk

    root = Path(infusion_desk.__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(root))
    print(f"infusion_desk from {root}")
    command = [sys.executable, "-m", "infusion_desk"]
    with tempfile.TemporaryDirectory(prefix="restore-memory-") as name:
        where = Path(name)
        path = where / "Walter Brennan.infusiondesk"
        subprocess.run([sys.executable, "-c", MAKE, str(path), str(args.mb)], env=env,
                       check=True)
        size = path.stat().st_size / 2**20
        backup, code = peak_mb([*command, "backup", str(path)], env)
        assert code == 0, "the backup failed"
        margin, code = peak_mb([*command, "restore", str(path), "--list"], env)
        restore, code = peak_mb([*command, "restore", str(path), "--from", "1", "--into",
                                 str(where / "Restored.infusiondesk")], env)
        assert code == 0, "the restore failed"
        over, code = peak_mb([*command, "restore", str(path), "--from", "1"], env)
        assert code == 0, "the restore over the folder failed"
    print(f"folder file: {size:.0f} MB (one document of {args.mb} MB)")
    print(f"fixed margin (restore --list): {margin:.0f} MB")
    print(f"backup:                      peak {backup:.0f} MB")
    print(f"restore into a new file:     peak {restore:.0f} MB")
    print(f"restore over the folder:     peak {over:.0f} MB (with its snapshot first)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
