"""The Qt-free service layer shared by the window and the command line.

Its names load on first use (PEP 562): the window's first look at a folder
(``services.first_look``) needs none of them, nor SQLAlchemy under them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from infusion_desk.services.call_log import Answer
    from infusion_desk.services.changes import Change, Done, RecordRef, Undo
    from infusion_desk.services.folder import Folder
    from infusion_desk.services.reading import CheckReport

__all__ = ["Answer", "Change", "CheckReport", "Done", "Folder", "RecordRef", "Undo"]

_WHERE = {"Answer": "call_log", "Change": "changes", "Done": "changes", "RecordRef": "changes",
          "Undo": "changes", "Folder": "folder", "CheckReport": "reading"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
