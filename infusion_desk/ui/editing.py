"""Declaring, where an action is made, that it changes the folder.

``editing(button_or_action)`` marks it; the read-only lock (``ui.read_only``) turns every marked
action off in a folder open for reading only, whatever its words say or however they are
translated. Nothing else decides whether an action edits.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

EDITS_FOLDER = "edits_folder"  # the Qt property that marks an editing action

Editing = TypeVar("Editing", bound=QAbstractButton | QAction)


def editing(action: Editing) -> Editing:
    """Declare that ``action`` (a button or a QAction) changes the folder; returns it."""
    action.setProperty(EDITS_FOLDER, True)
    return action


def edits_folder(action: QObject) -> bool:
    return bool(action.property(EDITS_FOLDER))
