"""Peak memory of ``infusion-desk import`` adding one large file.

Makes a file of ``--size-mb`` megabytes (500 by default, the largest a folder keeps) in a scratch
directory, a new folder file beside it, and imports the file through the command line in a
subprocess. The subprocess reports its own peak resident memory (``ru_maxrss`` of itself) and
that of its PDF worker (``ru_maxrss`` of its children). Goal: the command's own peak stays below
the file's size plus a fixed margin (``--margin-mb``, 150 by default: Python, SQLAlchemy and the
rest of the app loaded, with nothing imported, take about 60 MB).

Kinds of file (``--kind``, several allowed; default all):

- ``bin``: random bytes with no preview (a phone video, say): streamed, never held whole.
- ``pdf``: a one-page PDF carrying a large stream (a scanned statement): held once, for PDFium.

Run: ``.venv/bin/python tests/benchmarks/import_memory.py [--size-mb 500] [--kind bin pdf]``.
Exits 1 if a goal is missed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024

_CHILD = """\
import resource, sys
from infusion_desk.cli import main
code = main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"PEAK-KB {own} {workers}", file=sys.stderr)
sys.exit(code)
"""


def write_random(path: Path, size: int) -> None:
    with path.open("wb") as out:
        left = size
        while left:
            step = min(left, 16 * MB)
            out.write(os.urandom(step))
            left -= step


def write_big_pdf(path: Path, size: int) -> None:
    """A valid one-page PDF (one line of text) that carries ``size`` bytes in an unused stream."""
    text = b"BT /F1 24 Tf 72 700 Td (A very large statement) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    with path.open("wb") as out:
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        padding = max(0, size - out.tell() - 400)
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n<< /Length %d >>\nstream\n" % (len(objects) + 1, padding))
        left = padding
        while left:
            step = min(left, 16 * MB)
            out.write(os.urandom(step))
            left -= step
        out.write(b"\nendstream\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(offsets) + 1, xref))


def measure(kind: str, size: int, scratch: Path) -> tuple[int, int, float, str]:
    """(own peak KB, worker peak KB, seconds, the command's output) for one import."""
    source = scratch / ("large recording.bin" if kind == "bin" else "large statement.pdf")
    (write_random if kind == "bin" else write_big_pdf)(source, size)
    folder = scratch / f"memory-{kind}.infusiondesk"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INFUSION_DESK_HOME": str(scratch / "home")}
    subprocess.run([sys.executable, "-c", "import sys; from infusion_desk.services import "
                    "Folder; Folder.create(__import__('pathlib').Path(sys.argv[1])).close()",
                    str(folder)], check=True, env=env)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, "import", str(folder), str(source)],
                          capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - started
    source.unlink()
    peak = next((line.split() for line in done.stderr.splitlines()
                 if line.startswith("PEAK-KB")), None)
    if done.returncode != 0 or peak is None:
        raise SystemExit(f"the import failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return int(peak[1]), int(peak[2]), seconds, done.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=500)
    parser.add_argument("--margin-mb", type=int, default=150)
    parser.add_argument("--kind", nargs="+", choices=["bin", "pdf"], default=["bin", "pdf"])
    parser.add_argument("--scratch", type=Path, default=None,
                        help="where to make the file and the folder (default: a temporary "
                             "directory; needs about three times the size free)")
    args = parser.parse_args()
    size = args.size_mb * MB
    missed = False
    with tempfile.TemporaryDirectory(prefix="infusion-desk-memory-", dir=args.scratch) as tmp:
        for kind in args.kind:
            own, workers, seconds, said = measure(kind, size, Path(tmp))
            goal = (size + args.margin_mb * MB) // 1024
            ok = own < goal
            missed |= not ok
            print(f"{kind}: {args.size_mb} MB imported in {seconds:.1f} s; the command's peak "
                  f"{own / 1024:.0f} MB (goal < {goal / 1024:.0f} MB: {'met' if ok else 'MISSED'})"
                  f", its PDF worker's peak {workers / 1024:.0f} MB")
            print(f"    {said}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
