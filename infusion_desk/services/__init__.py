"""The Qt-free service layer shared by the window and the command line."""

from infusion_desk.services.call_log import Answer
from infusion_desk.services.changes import Change, Done, RecordRef, Undo
from infusion_desk.services.folder import Folder
from infusion_desk.services.reading import CheckReport

__all__ = ["Answer", "Change", "CheckReport", "Done", "Folder", "RecordRef", "Undo"]
