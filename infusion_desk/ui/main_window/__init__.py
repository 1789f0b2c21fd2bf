"""The one window, split by job: the window itself (``window``), its menus (``menus``), opening
and closing folders (``opening``), backups, the trash and checking (``backup_actions``), and the
message boxes it asks and tells with (``messages``)."""

from infusion_desk.ui.main_window.messages import (
    CANCEL,
    DAMAGED_TEXT,
    LOOK,
    NOT_NOW,
    REBUILD_INDEX,
    RESTORE_NEWEST,
)
from infusion_desk.ui.main_window.opening import safe_file_name
from infusion_desk.ui.main_window.window import MainWindow

__all__ = ["CANCEL", "DAMAGED_TEXT", "LOOK", "NOT_NOW", "REBUILD_INDEX", "RESTORE_NEWEST",
           "MainWindow", "safe_file_name"]
