"""The filter buttons over the ledger: All, Open, Overdue, Sent — each with its count, the one in
use marked in words and in bold, not only by its shade."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QLayout, QPushButton, QStyle, QWidget

from infusion_desk.core import rules
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from infusion_desk.ui.widgets.forms import big_target

VIEWS = tuple(rules.LEDGER_VIEWS)  # "All", "Open", "Overdue", "Sent": the keys, never shown
# What each filter is called, what its tooltip says, what a screen reader says for it, and what
# the list says when it shows nothing (marked here, translated when shown).
VIEW_NAMES = {
    "All": QT_TRANSLATE_NOOP("LedgerFilters", "All"),
    "Open": QT_TRANSLATE_NOOP("LedgerFilters", "Open"),
    "Overdue": QT_TRANSLATE_NOOP("LedgerFilters", "Overdue"),
    "Sent": QT_TRANSLATE_NOOP("LedgerFilters", "Sent"),
}
VIEW_TIPS = {
    "All": QT_TRANSLATE_NOOP("LedgerFilters", "Every request, sent or not."),
    "Open": QT_TRANSLATE_NOOP("LedgerFilters",
                              "Requests we have not sent yet, overdue ones included."),
    "Overdue": QT_TRANSLATE_NOOP("LedgerFilters",
                                 "Requests we have not sent yet whose due date has passed."),
    "Sent": QT_TRANSLATE_NOOP("LedgerFilters",
                              "Requests we sent, including those they confirmed they received."),
}
VIEW_ACCESSIBLE = {
    "All": QT_TRANSLATE_NOOP("LedgerFilters", "Show all requests"),
    "Open": QT_TRANSLATE_NOOP("LedgerFilters", "Show open requests"),
    "Overdue": QT_TRANSLATE_NOOP("LedgerFilters", "Show overdue requests"),
    "Sent": QT_TRANSLATE_NOOP("LedgerFilters", "Show sent requests"),
}
VIEW_EMPTY = {
    "All": QT_TRANSLATE_NOOP("LedgerFilters", "No requests right now."),
    "Open": QT_TRANSLATE_NOOP("LedgerFilters", "No open requests right now."),
    "Overdue": QT_TRANSLATE_NOOP("LedgerFilters", "No overdue requests right now."),
    "Sent": QT_TRANSLATE_NOOP("LedgerFilters", "No sent requests right now."),
}


def _words(table: dict[str, str], view: str) -> str:
    return translate_marked("LedgerFilters", table[view])


def empty_view_words(view: str) -> str:
    """What the list says when the filter ``view`` shows no request."""
    return _words(VIEW_EMPTY, view)
SHOWN_MARK = "✓ "  # the filter in use says so in words, not only in shade


def filter_buttons(parent: QWidget, bar: QLayout) -> tuple[QButtonGroup,
                                                          dict[str, QPushButton]]:
    """One checkable button per view, added to ``bar``; *All* checked."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    buttons: dict[str, QPushButton] = {}
    for name in VIEWS:
        button = big_target(QPushButton(_words(VIEW_NAMES, name), parent))
        button.setCheckable(True)
        button.setToolTip(_words(VIEW_TIPS, name))
        button.setAccessibleName(_words(VIEW_ACCESSIBLE, name))
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
        text = translate("LedgerFilters", "{view} ({count})").format(
            view=_words(VIEW_NAMES, name), count=count)
        button.setText(SHOWN_MARK + text)
        widest = button.sizeHint().width()
        bold.setBold(shown)
        button.setFont(bold)
        button.setText(SHOWN_MARK + text if shown else text)
        button.setMinimumWidth(widest)
        button.setAccessibleDescription(translate("LedgerFilters", "Shown now") if shown
                                        else translate("LedgerFilters", "Not shown now"))
