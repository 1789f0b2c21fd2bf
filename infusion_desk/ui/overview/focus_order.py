"""Tab moves through the Overview as she reads it: Today, the deadlines (each card, then its
buttons), the steps, the patient, the plans. Cards and plan cards are made again at each change,
after the buttons below them, so Qt's order (the order widgets were made) would send Tab past
them to the end of the page; the order is set again after each change."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def with_inner(widget: QWidget) -> list[QWidget]:
    """``widget`` (if Tab stops on it) and the widgets inside it that Tab stops on, in their
    own order (such as the step track's "?" buttons)."""
    inner = [w for w in widget.findChildren(QWidget) if takes_tab(w) and w.isVisibleTo(widget)]
    return ([widget] if takes_tab(widget) else []) + inner


def set_reading_order(widgets: Iterable[QWidget]) -> None:
    """Tab goes from each of ``widgets`` to the next."""
    chain = [w for w in widgets if takes_tab(w)]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
