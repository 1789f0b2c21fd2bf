"""A PDF worker that crashes or hangs on cue, to prove the engine survives both.

The engine starts it in a fresh "spawn" process, which imports this module by name: that works
because pytest puts this folder on ``sys.path`` and the child inherits it.
"""

from __future__ import annotations

import os
import time
from multiprocessing.connection import Connection

from infusion_desk.documents.pdf_worker import Job, serve

CRASH = b"%PDF-1.7\n% crash the worker\n"
HANG_FLAG = "INFUSION_DESK_TEST_HANG_FLAG"  # a file the worker makes when it starts to hang
HANG = b"%PDF-1.7\n% hang the worker\n"


def _sabotage(job: Job) -> None:
    if job.data == CRASH:
        os._exit(139)  # dies mid-job like a PDFium crash (and leaves no core file)
    if job.data == HANG:
        flag = os.environ.get(HANG_FLAG)
        if flag:
            open(flag, "wb").close()  # noqa: PTH123, SIM115
        time.sleep(3600)  # hangs, for the engine to stop


def serve_with_faults(conn: Connection) -> None:
    serve(conn, before_job=_sabotage)
