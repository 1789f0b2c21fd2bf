"""What the window says and offers about where the open folder is: a file on this computer, or a
folder shared on a server (``Folder.is_shared``). Every place the window used ``folder.path``
asks here instead, so that a shared folder is never taken for a file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from infusion_desk import APP_NAME
from infusion_desk.core.i18n import translate

if TYPE_CHECKING:
    from infusion_desk.services import Folder
    from infusion_desk.services.addresses import ServerAddress
    from infusion_desk.ui.settings import AppSettings


def is_shared(folder: Folder | None) -> bool:
    return folder is not None and folder.is_shared


def shared_address(folder: Folder | None) -> ServerAddress | None:
    return folder.shared_address if folder is not None and folder.is_shared else None


def folder_file(folder: Folder | None) -> Path | None:
    """The open folder's file; None when none is open or it is on a server."""
    return None if folder is None or folder.is_shared else folder.path


def folder_name(folder: Folder) -> str:
    """A name for the folder when its patient has none yet: the file's or the shared folder's."""
    address = shared_address(folder)
    return address.folder if address is not None else folder.path.stem


def save_place(folder: Folder) -> Path:
    """Where a file made from the folder (a summary, a packet, a calendar) is first offered:
    beside the folder file, or, for a shared folder, in her Documents folder."""
    if folder.is_shared:
        from infusion_desk.paths import app_paths

        return app_paths().documents
    return folder.path.parent


def window_title(patient: str, folder: Folder) -> str:
    """``Walter Brennan — Infusion Desk``; a shared folder adds where it is:
    ``Walter Brennan — brennan — db.example.org — Infusion Desk``."""
    address = shared_address(folder)
    if address is None:
        return f"{patient} — {APP_NAME}"
    return f"{patient} — {address.display()} — {APP_NAME}"


def no_backups_here_words() -> str:
    return translate("SharedFolder", "Backups of a shared folder are made on the server, by "
                                     "whoever looks after it.")


def remember_where(settings: AppSettings, folder: Folder | None) -> None:
    """The open folder is the last one, and the newest recent one: a file by its path, a shared
    folder by its address (never a password). None: the next start is on the welcome page."""
    address = shared_address(folder)
    settings.set_last_shared(address.text() if address is not None else "")
    if address is not None:
        settings.set_last_folder(None)
        settings.add_recent_shared(address.text())
    elif folder is not None:
        settings.set_last_folder(folder.path)
        settings.add_recent_folder(folder.path)
    else:
        settings.set_last_folder(None)
