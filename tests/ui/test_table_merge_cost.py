"""A merge into a big list costs in proportion to the rows merged, not to the rows listed
(issue 14: each merge into 5,000 documents took 13–45 ms of the window's thread). Counted in
calls, not timed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from infusion_desk.ui.models.table import Column, RecordFilterProxy, RecordTableModel

BIG = 5000


@dataclass
class Row:
    number: int
    name: str
    day: int
    looked_up = 0  # how many times any row's id was read (a walk over every row reads 5,000)

    @property
    def id(self) -> int:
        Row.looked_up += 1
        return self.number


class Counted:
    """A column function that counts its calls."""

    def __init__(self, function: Callable[[Row], object]) -> None:
        self.function, self.calls = function, 0

    def __call__(self, row: Row) -> object:
        self.calls += 1
        return self.function(row)


def _listed(qtbot: QtBot) -> tuple[RecordTableModel, RecordFilterProxy, QTableView, Counted,
                                   list[int]]:
    key = Counted(lambda r: r.day)
    model = RecordTableModel([Column("Name", lambda r: r.name),
                              Column("Day", lambda r: str(r.day), sort_key=key)])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    accepted: list[int] = []

    def keep(row: Row) -> bool:
        accepted.append(row.id)
        return True

    proxy.set_predicate(keep)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    model.set_rows([Row(i, f"row {i}", i // 3) for i in range(BIG)])
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view.resize(400, 300)
    view.show()
    model.merge_rows([Row(BIG, "first merge", BIG)])  # (the first merge learns every key once)
    return model, proxy, view, key, accepted


@pytest.mark.parametrize("n", [4, 40])
def test_a_merge_of_n_rows_does_work_in_proportion_to_n(qtbot: QtBot, n: int) -> None:
    model, proxy, view, key, accepted = _listed(qtbot)
    chosen = proxy.index(2500, 0)
    view.selectionModel().setCurrentIndex(
        chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(chosen)
    chosen_id, top = proxy.row_object(2500).id, view.verticalScrollBar().value()
    key.calls, accepted[:], Row.looked_up = 0, [], 0
    inserts: list[tuple[int, int]] = []
    changes: list[int] = []
    resets: list[bool] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    model.dataChanged.connect(lambda first, _last: changes.append(first.row()))
    model.modelReset.connect(lambda: resets.append(True))
    model.layoutChanged.connect(lambda: resets.append(True))
    changed = [Row(i, f"renamed {i}", i // 3) for i in range(100, 100 + n // 2)]
    added = [Row(BIG + 1 + i, f"new {i}", 3 * i) for i in range(n - n // 2)]

    model.merge_rows(changed + added)

    looked_up = Row.looked_up
    assert not resets
    assert key.calls <= 2 * n  # (each merged row's key once: none of the 5,000 others')
    assert len(accepted) <= 2 * n  # the proxy filters only the rows merged
    assert looked_up <= 10 * n  # no walk over every row in Python
    assert len(changes) == len(changed)
    assert sum(last - first + 1 for first, last in inserts) == len(added)
    assert model.total_count == BIG + 1 + len(added)
    fresh = sorted(model.rows(), key=lambda r: r.day, reverse=True)
    assert [r.day for r in model.rows()] == [r.day for r in fresh]
    assert {r.name for r in model.rows() if 100 <= r.id < 100 + n // 2} == {
        r.name for r in changed}
    current = view.selectionModel().currentIndex()
    assert proxy.row_object(current.row()).id == chosen_id  # the choice followed its row
    assert model.row_of_id(chosen_id) == proxy.mapToSource(current).row()
    assert view.verticalScrollBar().value() >= top  # (rows added above: not jumped to the top)
