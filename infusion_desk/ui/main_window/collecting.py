"""What an open folder is made of (its views and records, some 100,000 objects in a big folder)
is kept out of Python's full garbage collections while it is open: a full collection of them
stalled the window 100 ms or more at some moment after opening.

Once the folder closes, they are collected at once, here, on the window's thread. Left to the
next full collection, they were freed by whatever thread happened to trigger it — a job's thread
drawing a page — and freeing Qt objects off the window's thread crashed the app (a segmentation
fault, seen in the UI tests after a folder was closed).
"""

from __future__ import annotations

import gc


def keep_out_of_collections() -> None:
    """The folder just opened: freeze what exists now."""
    gc.freeze()


def collect_closed_folder() -> None:
    """The folder just closed (its views deleted): make it collectable and collect it now, on
    this (the window's) thread."""
    gc.unfreeze()
    gc.collect()
