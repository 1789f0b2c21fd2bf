"""A folder writer for test_crash_safety, to be killed at random moments.

It runs as a "zygote": it imports the app once, then for each line ``run MODE PATH SEED`` on stdin
forks a child that opens the folder and writes until it is killed, printing one line per committed
action (``saved call 17 R3-5``) with a single ``write`` so that a line is either whole or absent.
``wait PID`` reaps a killed child and prints ``reaped PID``. Forking saves re-importing the app
(about 0.7 s) for every kill.
"""

from __future__ import annotations

import os
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

from infusion_desk.core.records import Call, Document, Request
from infusion_desk.services import Folder
from infusion_desk.services.backups import BackupStore


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def write_forever(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    folder = Folder.open(path)
    request_ids = [r.id for r in folder.requests() if r.id is not None]
    say(f"ready {seed}")
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.35:
            ref = f"R{seed}-{n}"
            call = folder.call_log.log_call(
                Call(organization="Sunrise Home Infusion", reference_number=ref,
                                        summary="pump " * rng.randint(0, 800))).value
            say(f"saved call {call.id} {ref}")
        elif roll < 0.6:
            stamp = time.time_ns()
            if len(request_ids) < 8 or rng.random() < 0.2:
                request = folder.records.add(
                    Request(what=f"request {seed}-{n}", notes=str(stamp))).value
                assert request.id is not None
                request_ids.append(request.id)
            else:
                current = folder.get(Request, rng.choice(request_ids))
                request = folder.records.update(replace(current, notes=str(stamp))).value
            say(f"saved request {request.id} {stamp}")
        else:
            data = rng.randbytes(rng.randint(1, 300_000))
            document = folder.records.add_document(Document(title=f"scan {seed}-{n}"), data,
                                           pages=[f"page of scan {seed}-{n}"]).value
            say(f"saved document {document.id} {document.sha256}")


def back_up_forever(path: Path, seed: int) -> None:
    store = BackupStore(path)
    say(f"ready {seed}")
    while True:
        info = store.snapshot(path, "made by hand")
        say(f"saved backup {info.path.name}")


def main() -> None:
    modes = {"write": write_forever, "backup": back_up_forever}
    for line in sys.stdin:
        words = line.split(maxsplit=3)
        if words[0] == "wait":
            os.waitpid(int(words[1]), 0)
            say(f"reaped {words[1]}")
            continue
        _run, mode, seed, path = words
        pid = os.fork()
        if pid == 0:
            try:
                modes[mode](Path(path.rstrip("\n")), int(seed))
            except BaseException as exc:  # noqa: BLE001 - report anything, then die quietly
                say(f"error {exc!r}")
                os._exit(1)
            os._exit(0)
        say(f"child {pid}")


if __name__ == "__main__":
    main()
