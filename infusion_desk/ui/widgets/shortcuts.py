"""Keyboard shortcuts that belong to one widget.

``QShortcut(keys, widget, slot, context=...)`` in PySide6 keeps the default context (the whole
window) when the slot is passed positionally: Enter pressed in the search field then opened the
request selected in the ledger. Made here in the plain way, the context is the one asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = QKeySequence | QKeySequence.StandardKey | Qt.Key


def widget_shortcut(keys: Keys, widget: QWidget, slot: Callable[[], object], *,
                    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut
                    ) -> QShortcut:
    """``keys`` call ``slot`` only while ``widget`` (or, with
    ``WidgetWithChildrenShortcut``, one of its children) has the keyboard focus."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut
