"""Find anything: a search field whose results appear as you type; Enter opens the record."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError
from infusion_desk.core.search import SearchHit
from infusion_desk.services import Folder
from infusion_desk.ui.widgets.forms import plain_label

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Find anything (Ctrl+F): a name, a reference number, a word…")
        self.setAccessibleName("Find anything")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 42)


class SearchResults(QWidget):
    """The list of hits beside the tabs. Hidden while the search field is empty."""

    hit_chosen = Signal(object)  # SearchHit
    failed = Signal(object)  # FolderError: the search could not be made (its words are shown)

    def __init__(self, field: SearchField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._folder: Folder | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title = plain_label("", self)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Search results")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(False)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        field.textChanged.connect(self._on_field_text_changed)
        field.returnPressed.connect(self._on_field_return_pressed)
        field.installEventFilter(self)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.hide()

    def set_folder(self, folder: Folder | None) -> None:
        self._folder = folder
        self.refresh()

    def _on_field_text_changed(self, _text: str) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.field.text().strip()
        self.list.clear()
        if not text or self._folder is None:
            self.hide()
            return
        try:
            hits = self._folder.search(text, limit=60)
        except FolderError as exc:  # said over the results, never as a popup at every key
            self.title.setText(exc.message)
            self.show()
            self.failed.emit(exc)
            return
        self.title.setText(
            f"{len(hits)} found for “{text}”" if hits else f"Nothing found for “{text}”."
        )
        for hit in hits:
            where = f" · page {hit.page}" if hit.page else ""
            label = f"{hit.kind.label}{where}: {hit.title or '(no title)'}"
            if hit.snippet:
                label += f"\n{hit.snippet}"
            item = QListWidgetItem(label)
            item.setData(HIT_ROLE, hit)
            item.setToolTip(label)
            self.list.addItem(item)
        if hits:
            self.list.setCurrentRow(0)
        self.show()

    def _on_field_return_pressed(self) -> None:
        if self._timer.isActive():
            self.refresh()
        item = self.list.currentItem()
        if item is not None:
            self.hit_chosen.emit(item.data(HIT_ROLE))

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self.hit_chosen.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                row = self.list.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        return super().eventFilter(watched, event)
