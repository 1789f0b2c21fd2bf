"""The window's part of shared folders: *File > Open shared folder…*, the shared folders in
*Open recent*, *Folder > Who changed what…* (only while a shared folder is open), and what the
window offers differently for one (its backups are the server's job: those entries are turned
off and say so). The code behind them loads when first used."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.ui.shared.places import is_shared, no_backups_here_words

if TYPE_CHECKING:
    from infusion_desk.services.addresses import ServerAddress
    from infusion_desk.ui.main_window.window import MainWindow
    from infusion_desk.ui.shared.audit_dialog import AuditDialog
    from infusion_desk.ui.shared.opening import SharedOpening

log = logging.getLogger(__name__)

OPEN_ACTION = "open_shared_action"
AUDIT_ACTION = "who_changed_what_action"
FOLDER_MENU = "shared_folder_menu"
SHORTCUT = "Ctrl+Shift+O"


def add_to_file_menu(window: MainWindow, file_menu: QMenu, owner: QObject) -> QAction:
    """*Open shared folder…* (Ctrl+Shift+O), after *Open folder…*."""
    action = QAction(translate("SharedActions", "Open &shared folder…"), owner)
    action.setObjectName(OPEN_ACTION)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setToolTip(translate("SharedActions", "Open a folder your care team shares on a "
                                                 "server"))
    action.triggered.connect(lambda _c=False: opening(window).start())
    file_menu.addAction(action)
    file_menu.setToolTipsVisible(True)  # (why the backup entries are off for a shared folder)
    return action


def add_folder_menu(window: MainWindow, menu_bar: QMenuBar, owner: QObject) -> QMenu:
    """*Folder > Who changed what…*; the menu shows only while a shared folder is open."""
    folder_menu = menu_bar.addMenu(translate("SharedActions", "F&older"))
    folder_menu.setObjectName(FOLDER_MENU)
    action = QAction(translate("SharedActions", "&Who changed what…"), owner)
    action.setObjectName(AUDIT_ACTION)
    action.setToolTip(translate("SharedActions", "Every change to this shared folder, and who "
                                                 "made it"))
    action.triggered.connect(lambda _c=False: show_audit(window))
    folder_menu.addAction(action)
    folder_menu.menuAction().setVisible(False)
    return folder_menu


def opening(window: MainWindow) -> SharedOpening:
    """The window's opening of shared folders (made when first used)."""
    from infusion_desk.ui.shared.opening import SharedOpening

    found = window.findChild(SharedOpening)
    return found if found is not None else SharedOpening(window)


def show_audit(window: MainWindow) -> AuditDialog | None:
    if window.ctx is None or not is_shared(window.ctx.folder):
        return None
    from infusion_desk.ui.shared.audit_dialog import AuditDialog

    dialog = AuditDialog(window.ctx.folder, window.jobs, window,
                         changed=window.ctx.signals.records_changed)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def recent_addresses(window: MainWindow) -> list[ServerAddress]:
    """The shared folders opened lately that still read as addresses."""
    texts = window.settings.recent_shared()
    if not texts:  # (no server code loaded for a menu of files)
        return []
    from infusion_desk.services.addresses import parse_server_address

    found = []
    for text in texts:
        try:
            found.append(parse_server_address(text))
        except FolderError:
            log.info("a recent shared folder's address no longer reads; left out")
    return found


def open_last_shared(window: MainWindow) -> bool:
    """At start: open the shared folder open when the app last closed (signed in with the
    remembered password, or asking for it); False if there was none."""
    text = window.settings.last_shared()
    return bool(text) and open_address(window, text, quiet=True)


def open_address(window: MainWindow, text: str, *, quiet: bool = False) -> bool:
    """Open the shared folder at ``text`` (an address given when the app starts, or handed
    over by a second start): signed in with the remembered password, or asking for it. An
    address that does not read is said (``quiet``: only logged); False then."""
    from infusion_desk.services.addresses import parse_server_address

    try:
        address = parse_server_address(text)
    except FolderError as exc:
        log.info("a shared folder's address does not read: %s", type(exc).__name__)
        if not quiet:
            window.show_error(exc)
        return False
    if window.ctx is not None and window.ctx.folder.shared_address == address:
        window.opening_ended.emit(True)  # open here already
        return True
    opening(window).open_recent(address)
    return True


def fill_recent(window: MainWindow, menu: QMenu, first_number: int) -> int:
    """The shared folders in *Open recent*, after the files (numbered on from
    ``first_number``); how many were added."""
    addresses = recent_addresses(window)
    if addresses and first_number > 1:
        menu.addSeparator()
    for number, address in enumerate(addresses, start=first_number):
        name = address.display().replace("&", "&&")
        action = menu.addAction(f"&{number} {name}" if number < 10 else name)
        action.setToolTip(address.text())
        action.triggered.connect(lambda _c=False, a=address: opening(window).open_recent(a))
    return len(addresses)


def update_actions(window: MainWindow) -> None:
    """What differs while a shared folder is open: its backups are the server's job; *Who
    changed what* is there."""
    shared = window.ctx is not None and is_shared(window.ctx.folder)
    for action in (window.restore_action, window.backup_location_action):
        if shared:
            action.setEnabled(False)
            action.setToolTip(no_backups_here_words())
        else:
            action.setToolTip("")
    if not shared:
        window.backup_location_action.setEnabled(True)
    folder_menu = window.findChild(QMenu, FOLDER_MENU)
    if folder_menu is not None:
        folder_menu.menuAction().setVisible(shared)
