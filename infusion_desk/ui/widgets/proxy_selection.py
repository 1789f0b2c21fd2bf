"""Selection and form plumbing for a tab whose table shows ``proxy`` (sorted, filtered) over
``model``: which row is selected, selecting a record by id, and opening its forms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, Qt, SignalInstance
from PySide6.QtWidgets import QTableView

from infusion_desk.ui.models.table import RecordFilterProxy, RecordTableModel

RowT = TypeVar("RowT")


class _Form(Protocol):
    def setAttribute(self, attribute: Qt.WidgetAttribute, on: bool = ...) -> None: ...  # noqa: N802
    def open(self) -> None: ...


FormT = TypeVar("FormT", bound=_Form)


def open_form(form: FormT, saved: SignalInstance | None = None,
              slot: Callable[..., Any] | None = None) -> FormT:
    """Open ``form`` (not blocking; it deletes itself when closed), ``slot`` hearing ``saved``."""
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if saved is not None and slot is not None:
        saved.connect(slot)
    form.open()
    return form


class ProxySelection(Generic[RowT]):
    """Mixed into a tab (before ``QWidget``) that has ``table``, ``proxy`` and ``model``, shows the
    selected row in ``_show_details()`` and selects a record in ``show_record(id)``."""

    table: QTableView
    proxy: RecordFilterProxy
    model: RecordTableModel

    # What each tab brings (the tab's own methods): show the selected row in its details pane,
    # and select a record by id.
    _show_details: Callable[[], None]
    show_record: Callable[[int], None]

    def selected_row(self) -> RowT | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        row: RowT = self.proxy.row_object(index.row())
        return row

    def _on_selection_current_row_changed(self, _current: QModelIndex,
                                          _previous: QModelIndex) -> None:
        self._show_details()

    def _on_selection_changed(self, *_args: object) -> None:
        self._show_details()

    def _select_id(self, record_id: int) -> bool:
        source_row = self.model.row_of_id(record_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self._select_proxy_row(index.row())
        return True

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = self.table.selectionModel().SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        self._show_details()

    def _reselect(self, selected: Any, keep_row: int) -> None:
        """After a reload: the record that was selected, else the row where it was, else none."""
        if selected is not None and selected.id is not None and self._select_id(selected.id):
            return
        if self.proxy.rowCount() and keep_row >= 0 and selected is not None:
            self._select_proxy_row(min(keep_row, self.proxy.rowCount() - 1))
        else:
            self._show_details()

    def _show_saved(self, record: Any) -> None:
        """A form saved ``record``: select it in the list."""
        if record.id is not None:
            self.show_record(record.id)
