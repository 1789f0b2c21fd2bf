"""The window's menus: File, Edit, View and Help. Actions that change the open folder are
declared with :func:`editing`, so a read-only folder turns them off whatever their words.

The menus are made again in the new language when she changes it (:func:`rebuild_menus`): their
actions belong to one holder object, dropped with the old menu bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from infusion_desk import APP_NAME
from infusion_desk.core.i18n import translate
from infusion_desk.ui.editing import editing, edits_folder
from infusion_desk.ui.guide import add_guide_action
from infusion_desk.ui.main_window import deadline_actions, kept_changes, language_actions
from infusion_desk.ui.settings import TEXT_SCALES
from infusion_desk.ui.shared import actions as shared_actions
from infusion_desk.ui.shared import copy_actions

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | None
HOLDER = "menu_actions"


def _action(owner: QObject, menu: QMenu, text: str, slot: Callable[[], object],
            shortcut: Shortcut = None) -> QAction:
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def text_size_words(percent: int) -> str:
    """A text size in the View menu, with a keyboard letter of its own."""
    return {
        100: lambda: translate("Menus", "&100 %"),
        125: lambda: translate("Menus", "1&25 %"),
        150: lambda: translate("Menus", "1&50 %"),
        200: lambda: translate("Menus", "2&00 %"),
    }.get(percent, lambda: f"{percent} %")()


def rebuild_menus(w: MainWindow) -> None:
    """Make the menus again (in the language now in place); the old ones are let go at once."""
    old = w.findChild(QObject, HOLDER)
    if old is not None:
        old.setParent(None)
        old.deleteLater()
    w.setMenuBar(QMenuBar(w))  # the old bar is deleted by the window
    build_menus(w)
    update_actions(w)


def build_menus(w: MainWindow) -> None:
    """Make the menus and keep their actions on the window (``w.open_action`` …)."""
    owner = QObject(w)
    owner.setObjectName(HOLDER)
    menu = w.menuBar()
    menu.setAccessibleName(translate("Menus", "Menus"))
    file_menu = menu.addMenu(translate("Menus", "&File"))
    w.new_action = _action(owner, file_menu, translate("Menus", "&New folder…"), w.new_folder,
                           QKeySequence.StandardKey.New)
    w.open_action = _action(owner, file_menu, translate("Menus", "&Open folder…"),
                            w.choose_folder, QKeySequence.StandardKey.Open)
    shared_actions.add_to_file_menu(w, file_menu, owner)
    w.recent_menu = file_menu.addMenu(translate("Menus", "Open &recent"))
    w.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(w))
    w.demo_action = _action(owner, file_menu, translate("Menus", "Open the &demo folder"),
                            w.open_demo)
    file_menu.addSeparator()
    w.print_action = _action(owner, file_menu, translate("Menus", "&Print summary…"),
                             w.print_summary, QKeySequence.StandardKey.Print)
    w.print_action.setToolTip(translate("Menus", "One page to bring to an appointment"))
    w.packet_action = _action(owner, file_menu, translate("Menus", "&Export folder packet…"),
                              w.export_packet)
    deadline_actions.add_to(w, file_menu, owner)
    file_menu.addSeparator()
    w.restore_action = editing(_action(owner, file_menu,
                                       translate("Menus", "Restore from &backup…"),
                                       w.show_restore_dialog))
    w.backup_location_action = _action(owner, file_menu,
                                       translate("Menus", "Backup &location…"),
                                       w.choose_backup_location)
    copy_actions.add_to(w, file_menu, owner)  # to a shared server, or as a file
    file_menu.addSeparator()
    w.close_action = _action(owner, file_menu, translate("Menus", "&Close folder"),
                             lambda: kept_changes.close_for_good(w),
                             QKeySequence.StandardKey.Close)
    file_menu.addSeparator()
    w.quit_action = _action(owner, file_menu, translate("Menus", "&Quit"), w.close,
                            QKeySequence.StandardKey.Quit)

    edit_menu = menu.addMenu(translate("Menus", "&Edit"))
    w.undo_action = editing(_action(owner, edit_menu, translate("Menus", "&Undo"), w.undo,
                                    QKeySequence.StandardKey.Undo))
    w.redo_action = editing(_action(owner, edit_menu, translate("Menus", "&Redo"), w.redo,
                                    QKeySequence.StandardKey.Redo))
    edit_menu.addSeparator()
    w.find_action = _action(owner, edit_menu, translate("Menus", "&Find…"), w.focus_search,
                            QKeySequence.StandardKey.Find)
    w.log_call_action = editing(_action(owner, edit_menu, translate("Menus", "&Log a call…"),
                                        w.log_call, QKeySequence("Ctrl+L")))
    w.read_scans_action = editing(_action(
        owner, edit_menu, translate("Menus", "Read &scans that have no text yet"),
        w.read_scans_again))
    w.read_scans_action.setToolTip(translate(
        "Menus", "Read again the scanned letters and photos whose words could not be read, so "
                 "that search finds what they say."))
    edit_menu.addSeparator()
    w.empty_trash_action = editing(_action(owner, edit_menu,
                                           translate("Menus", "&Empty the trash…"),
                                           w.empty_trash))

    shared_actions.add_folder_menu(w, menu, owner)

    view_menu = menu.addMenu(translate("Menus", "&View"))
    size_menu = view_menu.addMenu(translate("Menus", "&Text size"))
    w.text_size_actions = {}
    group = QActionGroup(owner)
    for percent in TEXT_SCALES:
        action = QAction(text_size_words(percent), owner, checkable=True)
        action.triggered.connect(lambda _c=False, p=percent: w.set_text_scale(p))
        group.addAction(action)
        size_menu.addAction(action)
        w.text_size_actions[percent] = action
    size_menu.addSeparator()
    _action(owner, size_menu, translate("Menus", "&Larger text"), lambda: w.step_text_scale(+1),
            QKeySequence.StandardKey.ZoomIn)
    _action(owner, size_menu, translate("Menus", "&Smaller text"),
            lambda: w.step_text_scale(-1), QKeySequence.StandardKey.ZoomOut)
    language_actions.add_menu(w, view_menu, owner)

    _build_help_menu(w, menu, owner)


def _build_help_menu(w: MainWindow, menu: QMenuBar, owner: QObject) -> None:
    help_menu = menu.addMenu(translate("Menus", "&Help"))
    w.guide_action = add_guide_action(help_menu, w, lambda: w.ctx)
    w.guide_action.setParent(owner)  # made again with the menus when the language changes
    w.check_action = _action(owner, help_menu, translate("Menus", "&Check this folder"),
                             w.check_folder)
    help_menu.addSeparator()
    _action(owner, help_menu, translate("Menus", "&About {0}").format(APP_NAME), w.show_about)


def fill_recent_menu(w: MainWindow) -> None:
    w.recent_menu.clear()
    recent = w.existing_recent()
    for number, path in enumerate(recent, start=1):
        # A number to choose it by (Alt and the number); a "&" in a name is shown as it is.
        name = path.stem.replace("&", "&&")
        action = w.recent_menu.addAction(f"&{number} {name}" if number < 10 else name)
        action.setToolTip(str(path))
        action.triggered.connect(lambda _c=False, p=path: w.open_folder(p))
    shared = shared_actions.fill_recent(w, w.recent_menu, len(recent) + 1)  # on a server
    if not recent and not shared:
        empty = w.recent_menu.addAction(translate("Menus", "No recent folders"))
        empty.setEnabled(False)


def update_actions(w: MainWindow) -> None:
    """Turn each action on or off for what is open now (nothing, read-only, or writable)."""
    ctx = w.ctx
    is_open = ctx is not None
    writable = ctx is not None and not ctx.folder.read_only
    for action in (w.close_action, w.find_action, w.log_call_action, w.print_action,
                   w.packet_action, w.restore_action, w.empty_trash_action, w.read_scans_action,
                   w.check_action, deadline_actions.export_action(w)):
        if action is not None:
            action.setEnabled(is_open and (writable or not edits_folder(action)))
    w.undo_action.setEnabled(writable and ctx is not None and ctx.undo_stack.canUndo())
    w.redo_action.setEnabled(writable and ctx is not None and ctx.undo_stack.canRedo())
    for percent, action in w.text_size_actions.items():
        action.setChecked(percent == w.settings.text_scale())
    language_actions.update_checks(w)
    shared_actions.update_actions(w)
