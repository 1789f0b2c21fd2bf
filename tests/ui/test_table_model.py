"""The shared table model: lazy fetching, sorting and filtering, and Qt's own model checks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from infusion_desk.ui.models.table import Column, RecordFilterProxy, RecordTableModel


@dataclass
class Row:
    id: int
    name: str
    size: int


COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Size", lambda r: str(r.size), sort_key=lambda r: r.size, align_right=True),
]


def test_rows_arrive_in_batches_as_the_view_asks(qtmodeltester: ModelTester) -> None:
    model = RecordTableModel(COLUMNS)
    rows = [Row(i, f"row {i}", i % 7) for i in range(1000)]
    calls: list[tuple[int, int]] = []

    def loader(offset: int, limit: int) -> list[Row]:
        calls.append((offset, limit))
        return rows[offset : offset + limit]

    model.set_source(loader, len(rows))
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    assert calls == [(0, 200), (200, 200)]
    assert model.row_of_id(950) == 950
    assert model.rowCount() == 1000
    qtmodeltester.check(model, force_py=True)


def test_sort_by_number_and_filter(qtmodeltester: ModelTester) -> None:
    model = RecordTableModel(COLUMNS)
    model.set_rows([Row(1, "b", 10), Row(2, "a", 9), Row(3, "c", 100)])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)
    assert [proxy.row_object(i).id for i in range(3)] == [2, 1, 3]
    proxy.set_predicate(lambda r: r.size > 9)
    assert [proxy.row_object(i).id for i in range(proxy.rowCount())] == [1, 3]
    qtmodeltester.check(proxy, force_py=True)
    qtmodeltester.check(model, force_py=True)


def test_a_list_in_memory_is_sorted_by_its_model_once_and_stays_sorted_when_refreshed(
        qtmodeltester: ModelTester) -> None:
    model = RecordTableModel(COLUMNS)
    model.set_rows([Row(n, f"Name {n % 10}", (n * 37) % 101) for n in range(300)])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    held = QPersistentModelIndex(proxy.index(0, 0))
    first = proxy.row_object(0)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert proxy.sortColumn() == -1  # the proxy only filters: the model put them in order
    sizes = [proxy.row_object(i).size for i in range(proxy.rowCount())]
    assert sizes == sorted(sizes, reverse=True)
    assert proxy.row_object(held.row()) is first  # a selection follows its row
    # Equal values keep the order they came in, as Qt's own (stable) sort keeps them.
    proxy.sort(0)
    assert [proxy.row_object(i).id for i in range(proxy.rowCount())] == sorted(
        range(300), key=lambda n: n % 10)
    model.set_rows([Row(1, "b", 5), Row(2, "a", 1), Row(3, "c", 9)])  # a refresh
    assert [proxy.row_object(i).id for i in range(3)] == [2, 1, 3]  # still by name
    proxy.sort(-1)
    assert [proxy.row_object(i).id for i in range(3)] == [1, 2, 3]  # as they came
    qtmodeltester.check(proxy, force_py=True)


def test_rows_merged_in_place_match_a_fresh_list_and_keep_the_selection(
        qtmodeltester: ModelTester) -> None:
    """New and changed rows go where the order puts them, without a reset; what is selected stays
    selected (a row that moved is followed), and the result is the list set afresh."""
    model = RecordTableModel(COLUMNS)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    rows = [Row(i, f"row {i}", i * 10) for i in range(10)]
    model.set_rows(rows)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    chosen = QPersistentModelIndex(proxy.index(3, 0))  # size 60
    moved = QPersistentModelIndex(proxy.index(8, 0))  # size 10
    resets: list[bool] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))

    model.merge_rows([Row(20, "new", 55), Row(21, "newest", 1000), Row(1, "row 1", 75)])

    assert not resets
    assert inserted == [(0, 0), (6, 6)]
    assert [proxy.row_object(r).size for r in range(proxy.rowCount())] == [
        1000, 90, 80, 75, 70, 60, 55, 50, 40, 30, 20, 0]
    assert proxy.row_object(chosen.row()).id == 6
    assert proxy.row_object(moved.row()).id == 1  # changed, and moved up: followed
    fresh = RecordTableModel(COLUMNS)
    fresh.set_rows([*rows[:1], Row(1, "row 1", 75), *rows[2:], Row(20, "new", 55),
                    Row(21, "newest", 1000)])
    fresh.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r.id for r in fresh.rows()] == [r.id for r in model.rows()]
    model.merge_rows([Row(4, "renamed", 40)])  # a change that keeps its place: redrawn
    assert model.row_object(model.row_of_id(4) or 0).name == "renamed"
    assert model.total_count == 12
    model.merge_rows([Row(30, "a", 50), Row(31, "b", 50)])  # among equals: as a fresh sort
    given = [Row(30, "a", 50), Row(31, "b", 50), *fresh.rows()]
    fresh.set_rows(given)
    assert [r.id for r in fresh.rows()] == [r.id for r in model.rows()]
    assert [r.size for r in model.rows()][6:10] == [55, 50, 50, 50]
    assert [r.id for r in model.rows()][7:9] == [30, 31]
    assert proxy.row_object(chosen.row()).id == 6
    qtmodeltester.check(model)
