"""Two edits of one record (issue 17), as the window and the command line settle them.

An operation whose save finds that someone else saved the record first raises
``core.errors.EditConflictError`` (mine and theirs) and stores nothing. To keep hers, the same
operation runs again inside :func:`keeping_mine` ``(conflict.theirs)``: her save then goes over
the version she has now seen (and is told again if yet another save came in between). To keep
theirs, nothing is run: the folder already holds it.
"""

from __future__ import annotations

from infusion_desk.storage.record_versions import keeping_mine

__all__ = ["keeping_mine"]
