"""Backups taken while another process imports and edits: how many are good (issue 12, point 2).

1. A folder of ``--folder-mb`` (default 300 MB) gets ``--snapshots`` (default 50) snapshots while
   a writer in another process imports three files at a time and logs calls and edits requests
   (``tests/services/backup_writer.py``). Each snapshot must pass its check, hold counts the
   folder really had at some moment, and every ``--restore-every``-th is restored and checked.
2. ``infusion-desk backup`` beside ``infusion-desk import`` (three 8 MB files), ``--cli-tries``
   times (default 20), on the same folder afterwards: backups that failed, and tracebacks on
   either terminal (``--snapshots 0`` runs this part alone, on a folder of ``--folder-mb``).
3. The room a backup needs at the backup place, beyond its final files (the peak of the backup
   directory's size while the first snapshot is made, less what it holds afterwards).

Run: ``PYTHONPATH=. .venv/bin/python tests/benchmarks/backup_under_writes.py`` (``--folder-mb 30
--snapshots 10`` for a quick look). Prints a tally; exits 1 if any backup was bad.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

WRITER_FILE = Path(__file__).parents[1] / "services" / "backup_writer.py"


def load_writer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("backup_writer", WRITER_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["backup_writer"] = module
    spec.loader.exec_module(module)
    return module


def make_folder(path: Path, megabytes: int) -> None:
    from infusion_desk.core.records import Call, Document
    from infusion_desk.services import Folder

    rng = random.Random(7)
    with Folder.create(path) as folder:
        for n in range(200):
            folder.call_log.log_call(Call(reference_number=f"C-{n}", summary="called " * 50))
        made = 0
        n = 0
        while made < megabytes * 1024 * 1024:
            n += 1
            size = rng.randint(1, 8) * 1024 * 1024
            folder.records.add_document(Document(title=f"scan {n}"), rng.randbytes(size),
                                        pages=[f"page of scan {n}"])
            made += size


def snapshots_under_writes(args: argparse.Namespace, work: Path) -> int:
    from infusion_desk.services.backups import MANUAL, BackupStore

    writer_module = load_writer()
    path = work / "Walter Brennan.infusiondesk"
    store = BackupStore(path)
    writer = writer_module.BusyFolder(path, work / "incoming", max_kb=args.max_kb)
    failures: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    seconds: list[float] = []
    taken = []
    try:
        for number in range(args.snapshots):
            with writer.writing():  # the writer is at work while each snapshot is taken
                began = time.perf_counter()
                try:
                    info = store.snapshot(path, MANUAL, rotate=False)
                except Exception as exc:  # noqa: BLE001 - counted, with its words
                    failures[f"{type(exc).__name__}: {getattr(exc, 'detail', '') or exc}"] += 1
                    continue
                finally:
                    seconds.append(time.perf_counter() - began)
            taken.append((number, info))
    finally:
        writer.stop()
    print(f"writer: {len(writer.states) - 1} changes committed during the snapshots "
          f"(at least {min(writer.changes_made)} during each); folder now "
          f"{path.stat().st_size / 1e6:.0f} MB")
    restored = 0
    for number, info in taken:
        restore_to = None
        if args.restore_every and number % args.restore_every == 0:
            restore_to = work / f"restored {number}.infusiondesk"
            restored += 1
        problem = writer_module.check_backup(store, info, writer.states, restore_to)
        if problem:
            bad[problem[:160]] += 1
    good = len(taken) - sum(bad.values())
    print(f"snapshots: {args.snapshots} tried, {len(taken)} made, {good} good, "
          f"{sum(failures.values())} failed, {sum(bad.values())} bad "
          f"({restored} of them restored and checked)")
    if seconds:
        print(f"time per snapshot: median {statistics.median(seconds):.2f} s, "
              f"max {max(seconds):.2f} s")
    for words, count in (failures + bad).most_common():
        print(f"  {count} x {words}")
    return sum(failures.values()) + sum(bad.values())


def cli_beside_import(args: argparse.Namespace, work: Path) -> int:
    path = work / "Walter Brennan.infusiondesk"
    env = dict(os.environ)
    root = Path(sys.modules["infusion_desk"].__file__ or "").resolve().parents[1]
    env["PYTHONPATH"] = str(root)
    command = [sys.executable, "-m", "infusion_desk"]
    rng = random.Random(3)
    failed = tracebacks = 0
    words: Counter[str] = Counter()
    for attempt in range(args.cli_tries):
        files = []
        for k in range(3):
            file = work / f"cli {attempt}-{k}.bin"
            file.write_bytes(rng.randbytes(8 * 1024 * 1024))
            files.append(str(file))
        importing = subprocess.Popen([*command, "import", str(path), *files], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        backing_up = subprocess.Popen([*command, "backup", str(path)], env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _out, err = backing_up.communicate(timeout=600)
        _i_out, i_err = importing.communicate(timeout=600)
        for file in files:
            Path(file).unlink()
        if backing_up.returncode != 0:
            failed += 1
            words[(err.strip().splitlines() or ["(nothing said)"])[-1][:160]] += 1
        if "Traceback" in err or "Traceback" in i_err:
            tracebacks += 1
        if importing.returncode != 0:
            words["import: " + (i_err.strip().splitlines() or ["?"])[-1][:150]] += 1
    print(f"CLI backup beside an import: {args.cli_tries} tries, {failed} failed, "
          f"{tracebacks} with a traceback")
    for line, count in words.most_common():
        print(f"  {count} x {line}")
    return failed + tracebacks


def room_needed(work: Path) -> None:
    """The most the backup directory held while the first snapshot of a fresh folder was made,
    against what it holds once the snapshot is made."""
    from infusion_desk.services.backups import MANUAL, BackupStore

    path = work / "Room.infusiondesk"
    make_folder(path, 41)
    store = BackupStore(path, work / "stick")
    (work / "stick").mkdir()
    peak = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.wait(0.002):
            with contextlib.suppress(OSError):  # a file went away while it was measured
                peak = max(peak, store.size_on_disk())

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        store.snapshot(path, MANUAL)
    finally:
        done.set()
        watcher.join()
    final = store.size_on_disk()
    print(f"room: a {path.stat().st_size / 1e6:.0f} MB folder's first backup holds "
          f"{final / 1e6:.1f} MB; the backup place needed up to {peak / 1e6:.1f} MB meanwhile "
          f"({(peak - final) / 1e6:.1f} MB beyond the final files)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder-mb", type=int, default=300)
    parser.add_argument("--snapshots", type=int, default=50)
    parser.add_argument("--restore-every", type=int, default=10)
    parser.add_argument("--max-kb", type=int, default=1024,
                        help="largest file the writer imports (kilobytes)")
    parser.add_argument("--cli-tries", type=int, default=20)
    args = parser.parse_args()
    import infusion_desk

    logging.disable(logging.WARNING)  # the failures are counted below, not told one by one
    print(f"infusion_desk from {Path(infusion_desk.__file__).parent}")
    with tempfile.TemporaryDirectory(prefix="backup-under-writes-") as name:
        work = Path(name)
        path = work / "Walter Brennan.infusiondesk"
        started = time.perf_counter()
        make_folder(path, args.folder_mb)
        print(f"folder: {path.stat().st_size / 1e6:.0f} MB, made in "
              f"{time.perf_counter() - started:.0f} s")
        problems = snapshots_under_writes(args, work) if args.snapshots else 0
        if args.cli_tries:
            problems += cli_beside_import(args, work)
        room_needed(work)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
