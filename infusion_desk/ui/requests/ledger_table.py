"""The ledger's table view: whole rows chosen one at a time, words wrapped in two-line headers,
scrolled by the pixel (the widths are shared out by ``column_fit``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.models.table import RecordFilterProxy


def ledger_table(proxy: RecordFilterProxy, parent: QWidget) -> QTableView:
    """A table over ``proxy``, set up for the ledger."""
    table = QTableView(parent)
    table.setModel(proxy)
    table.setAccessibleName(translate("LedgerTable",
                                      "Requests: what they asked for, and what we sent"))
    table.setAccessibleDescription(translate(
        "LedgerTable", "One request a row. Enter changes the chosen request; the details beside "
                       "the list show all of it."))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setAccessibleName(translate("LedgerTable", "Column titles (click one to sort)"))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag(
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        | int(Qt.TextFlag.TextWordWrap)))
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table
