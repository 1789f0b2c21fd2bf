"""The window's menus: File, Edit, View and Help. Actions that change the open folder are
declared with :func:`editing`, so a read-only folder turns them off whatever their words."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from infusion_desk import APP_NAME
from infusion_desk.ui.editing import editing, edits_folder
from infusion_desk.ui.guide import add_guide_action
from infusion_desk.ui.main_window import deadline_actions
from infusion_desk.ui.settings import TEXT_SCALES

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | None


def _action(window: MainWindow, menu: QMenu, text: str, slot: Callable[[], object],
            shortcut: Shortcut = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(w: MainWindow) -> None:
    """Make the menus and keep their actions on the window (``w.open_action`` …)."""
    menu = w.menuBar()
    file_menu = menu.addMenu(w.tr("&File"))
    w.new_action = _action(w, file_menu, w.tr("&New folder…"), w.new_folder,
                           QKeySequence.StandardKey.New)
    w.open_action = _action(w, file_menu, w.tr("&Open folder…"), w.choose_folder,
                            QKeySequence.StandardKey.Open)
    w.recent_menu = file_menu.addMenu(w.tr("Open &recent"))
    w.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(w))
    w.demo_action = _action(w, file_menu, w.tr("Open the &demo folder"), w.open_demo)
    file_menu.addSeparator()
    w.print_action = _action(w, file_menu, w.tr("&Print summary…"), w.print_summary,
                             QKeySequence.StandardKey.Print)
    w.print_action.setToolTip(w.tr("One page to bring to an appointment"))
    w.packet_action = _action(w, file_menu, w.tr("&Export folder packet…"), w.export_packet)
    deadline_actions.add_to(w, file_menu)
    file_menu.addSeparator()
    w.restore_action = editing(_action(w, file_menu, w.tr("Restore from &backup…"),
                                       w.show_restore_dialog))
    w.backup_location_action = _action(w, file_menu, w.tr("Backup &location…"),
                                       w.choose_backup_location)
    file_menu.addSeparator()
    w.close_action = _action(w, file_menu, w.tr("&Close folder"), w.close_folder_for_good,
                             QKeySequence.StandardKey.Close)
    file_menu.addSeparator()
    w.quit_action = _action(w, file_menu, w.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)

    edit_menu = menu.addMenu(w.tr("&Edit"))
    w.undo_action = editing(_action(w, edit_menu, w.tr("&Undo"), w.undo,
                                    QKeySequence.StandardKey.Undo))
    w.redo_action = editing(_action(w, edit_menu, w.tr("&Redo"), w.redo,
                                    QKeySequence.StandardKey.Redo))
    edit_menu.addSeparator()
    w.find_action = _action(w, edit_menu, w.tr("&Find…"), w.focus_search,
                            QKeySequence.StandardKey.Find)
    w.log_call_action = editing(_action(w, edit_menu, w.tr("&Log a call…"), w.log_call,
                                        QKeySequence("Ctrl+L")))
    w.read_scans_action = editing(_action(w, edit_menu, w.tr("Read &scans that have no text yet"),
                                          w.read_scans_again))
    w.read_scans_action.setToolTip(w.tr(
        "Read again the scanned letters and photos whose words could not be read, so that "
        "search finds what they say."))
    edit_menu.addSeparator()
    w.empty_trash_action = editing(_action(w, edit_menu, w.tr("&Empty the trash…"),
                                           w.empty_trash))

    view_menu = menu.addMenu(w.tr("&View"))
    size_menu = view_menu.addMenu(w.tr("&Text size"))
    w.text_size_actions = {}
    group = QActionGroup(w)
    for percent in TEXT_SCALES:
        action = QAction(f"{percent} %", w, checkable=True)
        action.triggered.connect(lambda _c=False, p=percent: w.set_text_scale(p))
        group.addAction(action)
        size_menu.addAction(action)
        w.text_size_actions[percent] = action
    size_menu.addSeparator()
    _action(w, size_menu, w.tr("Larger text"), lambda: w.step_text_scale(+1),
            QKeySequence.StandardKey.ZoomIn)
    _action(w, size_menu, w.tr("Smaller text"), lambda: w.step_text_scale(-1),
            QKeySequence.StandardKey.ZoomOut)

    help_menu = menu.addMenu(w.tr("&Help"))
    w.guide_action = add_guide_action(help_menu, w, lambda: w.ctx)
    w.check_action = _action(w, help_menu, w.tr("&Check this folder"), w.check_folder)
    help_menu.addSeparator()
    _action(w, help_menu, w.tr("&About {0}").format(APP_NAME), w.show_about)


def fill_recent_menu(w: MainWindow) -> None:
    w.recent_menu.clear()
    recent = w.existing_recent()
    if not recent:
        empty = w.recent_menu.addAction(w.tr("No recent folders"))
        empty.setEnabled(False)
        return
    for path in recent:
        action = w.recent_menu.addAction(path.stem)
        action.setToolTip(str(path))
        action.triggered.connect(lambda _c=False, p=path: w.open_folder(p))


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
