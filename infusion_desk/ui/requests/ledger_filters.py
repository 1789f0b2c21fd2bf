"""The filter buttons over the ledger: All, Open, Overdue, Sent — each with its count, the one in
use marked in words and in bold, not only by its shade."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStyle, QWidget

from infusion_desk.core import rules

VIEWS = tuple(rules.LEDGER_VIEWS)  # "All", "Open", "Overdue", "Sent"
VIEW_TIPS = {
    "All": "Every request, sent or not.",
    "Open": "Requests we have not sent yet, overdue ones included.",
    "Overdue": "Requests we have not sent yet whose due date has passed.",
    "Sent": "Requests we sent, including those they confirmed they received.",
}
SHOWN_MARK = "✓ "  # the filter in use says so in words, not only in shade


def filter_buttons(parent: QWidget, bar: QHBoxLayout) -> tuple[QButtonGroup,
                                                              dict[str, QPushButton]]:
    """One checkable button per view, added to ``bar``; *All* checked."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    buttons: dict[str, QPushButton] = {}
    for name in VIEWS:
        button = QPushButton(name, parent)
        button.setCheckable(True)
        button.setToolTip(VIEW_TIPS[name])
        button.setAccessibleName(f"Show {name.lower()} requests")
        if name == "Overdue":
            button.setIcon(parent.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning))
        group.addButton(button)
        buttons[name] = button
        bar.addWidget(button)
    buttons["All"].setChecked(True)
    return group, buttons


def label_filters(buttons: dict[str, QPushButton], counts: dict[str, int], font: QFont) -> None:
    """Each filter with its count; the one in use says so in words ("✓ All (23)") and in bold,
    not only by its shade. Each keeps the room its marked form needs, so nothing jumps."""
    for name, button in buttons.items():
        count = counts.get(name, 0)
        shown = button.isChecked()
        bold = QFont(font)
        bold.setBold(True)
        button.setFont(bold)
        button.setText(f"{SHOWN_MARK}{name} ({count})")
        widest = button.sizeHint().width()
        bold.setBold(shown)
        button.setFont(bold)
        button.setText(f"{SHOWN_MARK if shown else ''}{name} ({count})")
        button.setMinimumWidth(widest)
        button.setAccessibleDescription("Shown now" if shown else "")
