"""The Qt-free service layer shared by the window and the command line."""

from infusion_desk.services.folder import Answer, Change, CheckReport, Folder

__all__ = ["Answer", "Change", "CheckReport", "Folder"]
