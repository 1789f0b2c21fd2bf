"""An OCR worker that crashes or hangs on cue, to prove the engine survives both.

The engine starts it in a fresh "spawn" process, which imports this module by name: that works
because pytest puts this folder on ``sys.path`` and the child inherits it.
"""

from __future__ import annotations

import os
import time
from multiprocessing.connection import Connection

from infusion_desk.documents.ocr_worker import Job, serve

CRASH = b"crash the OCR worker"
HANG = b"hang the OCR worker"


def _sabotage(job: Job) -> None:
    if job.data == CRASH:
        os._exit(139)  # dies mid-page like a Tesseract crash (and leaves no core file)
    if job.data == HANG:
        time.sleep(3600)


def serve_with_faults(conn: Connection) -> None:
    serve(conn, before_job=_sabotage)
