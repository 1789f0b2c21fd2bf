"""Find anything: a search field whose results appear as you type; Enter opens the record.

The search runs in the job runner's search lane, never on the UI thread: typing never waits on
the folder file. Only the newest search matters: a new one stops the one running inside SQLite
and replaces one still waiting. A search that fails says so in one calm line in the panel.
The hits are shown first; the snippets of those found on a PDF's own pages (read again from the
PDF, some milliseconds each) follow in a second job of the same lane.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import RecordKind
from infusion_desk.core.search import SearchCancelledError, SearchHit
from infusion_desk.core.text import one_line
from infusion_desk.services import Folder
from infusion_desk.ui.jobs import SEARCH, JobCancelledError, JobHandle, JobRunner, Progress, usable
from infusion_desk.ui.widgets.forms import plain_label

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
RESULT_LIMIT = 60
TYPING_PAUSE_MS = 150  # a search starts when she stops typing this long
SLOW_MS = 400  # a search still running after this long says it is looking


class SearchField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            translate("SearchPanel", "Find anything (Ctrl+F): a name, a reference number, a "
                      "word…"))
        self.setAccessibleName(translate("SearchPanel", "Find anything"))
        self.setAccessibleDescription(translate(
            "SearchPanel", "Results appear beside the tabs as you type. Down and Up choose one, "
                           "Enter opens it, Escape clears the search."))
        self.setClearButtonEnabled(True)
        for clear in self.findChildren(QAction):  # the clear button's action: its name
            clear.setText(translate("SearchPanel", "Clear the search"))
            clear.setToolTip(translate("SearchPanel", "Clear the search (Escape)"))
        # room for its hint where there is room; at 200 % text it may be narrower
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 18)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wanted = min(self.fontMetrics().horizontalAdvance("x") * 42, 520)  # (not at 200 %)
        return QSize(max(hint.width(), wanted), hint.height())


def run_search(folder: Folder, text: str, progress: Progress) -> list[SearchHit]:
    """The search lane's job: stopped inside SQLite as soon as a newer search is wanted. No
    PDF is read: its pages' snippets follow (:func:`run_snippets`)."""
    try:
        return folder.search(text, limit=RESULT_LIMIT, stop=lambda: progress.cancelled,
                             pdfs_read=0)
    except SearchCancelledError as exc:
        raise JobCancelledError from exc


def run_snippets(folder: Folder, text: str, hits: list[SearchHit], progress: Progress
                 ) -> list[SearchHit]:
    """The second job of a search: the same hits, with the snippets read from PDFs."""
    try:
        return folder.search_snippets(text, hits, stop=lambda: progress.cancelled)
    except SearchCancelledError as exc:
        raise JobCancelledError from exc


def _key(hit: SearchHit) -> tuple[object, ...]:
    """What a result is, whatever its snippet: the same record (and page) in a newer list."""
    return (hit.kind, hit.record_id, hit.page)


def _wants_pdf_snippet(hit: SearchHit) -> bool:
    return hit.kind is RecordKind.DOCUMENT and hit.marks is None and (
        hit.page is None or not hit.snippet)


class SearchResults(QWidget):
    """The list of hits beside the tabs, wide enough to read (see ``wanted_width``). Hidden while
    the search field is empty. One click, or Enter (in the list or in the field), opens the
    result under the pointer or the one selected; the selection stays on the same result when
    the list is made again (a newer search, a change in the folder)."""

    hit_chosen = Signal(object)  # SearchHit
    appeared = Signal()  # the panel was hidden and is shown: the view makes room for it
    failed = Signal(object)  # FolderError: the search could not be made (its words are shown)
    shown = Signal()  # the newest search's results (or why there are none) are on screen

    def __init__(self, field: SearchField, jobs: JobRunner, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.field = field
        self.jobs = jobs
        self._folder: Folder | None = None
        self.job: JobHandle[list[SearchHit]] | None = None  # the newest search, while it runs
        self.snippets_job: JobHandle[list[SearchHit]] | None = None  # then its PDFs' snippets
        self._asked = ""  # what the newest search looks for
        self._open_when_ready = False  # Enter was pressed before the results were there
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title = plain_label("", self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("SearchPanel", "Search results"))
        self.list.setAccessibleDescription(translate(
            "SearchPanel", "Click a result or press Enter to open it."))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rows measured again when wider
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 10)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(False)
        # Wrapped lines are measured a few at a time, between keys, not all sixty at once.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(8)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_MS)
        self._slow.timeout.connect(self._on_slow_timeout)
        field.textChanged.connect(self._on_field_text_changed)
        field.returnPressed.connect(self._on_field_return_pressed)
        field.installEventFilter(self)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self._opened_by_click = QElapsedTimer()  # a click's own activation is not a second one
        self.list.installEventFilter(self)
        self.hide()

    def set_folder(self, folder: Folder | None) -> None:
        self._folder = folder
        self.refresh()

    @property
    def searching(self) -> bool:
        """Whether a search is waiting to start or running."""
        return self._timer.isActive() or self.job is not None

    def _on_field_text_changed(self, _text: str) -> None:
        self._open_when_ready = False
        self._timer.start()

    def refresh(self) -> None:
        """Search for what the field holds now (in the search lane); the results replace the
        list when they are ready."""
        self._timer.stop()
        self._stop_search()
        text = self.field.text().strip()
        folder = self._folder
        if not text or folder is None or not usable(self.jobs):
            self._asked = ""
            self.list.clear()
            self.hide()
            return
        self._asked = text
        job = self.jobs.start(lambda progress: run_search(folder, text, progress), lane=SEARCH)
        self.job = job
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        job.stopped.connect(self._on_job_stopped)
        self._slow.start()

    def _stop_search(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
        if self.snippets_job is not None:
            self.snippets_job.cancel()
            self.snippets_job = None
        self._slow.stop()

    def _on_slow_timeout(self) -> None:
        if self.job is not None:
            self.title.setText(translate("SearchPanel", "Looking for “{0}”…").format(
                one_line(self._asked, 60)))
            self.show()

    def _on_job_finished(self, hits: list[SearchHit]) -> None:
        if self.sender() is not self.job:  # an older search that ended anyway
            return
        self.job = None
        self._slow.stop()
        shown = one_line(self._asked, 60)
        self.title.setText(
            translate("SearchPanel", "%n found for “{0}”", None, len(hits)).format(shown)
            if hits else translate("SearchPanel", "Nothing found for “{0}”.").format(shown))
        was = self._current_key()
        self.list.clear()
        row = 0
        for number, hit in enumerate(hits):
            item = QListWidgetItem()
            self._fill(item, hit)
            self.list.addItem(item)
            if _key(hit) == was:
                row = number
        if hits:
            self.list.setCurrentRow(row)
        self.show()
        self.shown.emit()
        if self._open_when_ready:
            self._open_when_ready = False
            self._choose_current()
        folder = self._folder
        if folder is not None and any(_wants_pdf_snippet(h) for h in hits):
            asked = self._asked
            job = self.jobs.start(lambda progress: run_snippets(folder, asked, hits, progress),
                                  lane=SEARCH)
            self.snippets_job = job
            job.finished.connect(self._on_snippets_finished)
            job.failed.connect(self._on_snippets_ended)  # (the hits stay as they are)
            job.stopped.connect(self._on_snippets_ended)

    def _fill(self, item: QListWidgetItem, hit: SearchHit) -> None:
        title = hit.title or translate("SearchPanel", "(no title)")
        label = (translate("SearchPanel", "{kind} · page {page}: {title}").format(
                     kind=hit.kind.label, page=hit.page, title=title) if hit.page
                 else translate("SearchPanel", "{kind}: {title}").format(
                     kind=hit.kind.label, title=title))
        if hit.snippet:
            label += f"\n{hit.snippet}"
        item.setText(label)
        item.setData(HIT_ROLE, hit)
        item.setToolTip(label)

    def _on_snippets_ended(self, *_why: object) -> None:
        if self.sender() is self.snippets_job:
            self.snippets_job = None

    def _on_snippets_finished(self, hits: list[SearchHit]) -> None:
        """The same hits with their PDFs' snippets: each row given its own (in place)."""
        if self.sender() is not self.snippets_job:
            return
        self.snippets_job = None
        for row, hit in enumerate(hits[: self.list.count()]):
            item = self.list.item(row)
            if item.data(HIT_ROLE) != hit:
                self._fill(item, hit)

    def _on_job_stopped(self) -> None:
        if self.sender() is self.job:  # stopped, not by a newer search (the window closes)
            self.job = None
            self._slow.stop()

    def _on_job_failed(self, error: FolderError) -> None:
        """Said over the results in the error's own words (chosen by its type), never as a
        message box at every key she types."""
        if self.sender() is not self.job:
            return
        self.job = None
        self._slow.stop()
        self._open_when_ready = False
        self.list.clear()
        self.title.setText(error.message)
        self.show()
        self.shown.emit()
        self.failed.emit(error)

    def _on_field_return_pressed(self) -> None:
        if self._timer.isActive():
            self.refresh()
        if self.job is not None:  # opened as soon as the results are there
            self._open_when_ready = True
            return
        self._choose_current()

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.hit_chosen.emit(item.data(HIT_ROLE))

    def _current_key(self) -> tuple[object, ...] | None:
        item = self.list.currentItem()
        return None if item is None else _key(item.data(HIT_ROLE))

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        """The result under the pointer (made current by the click), opened at once."""
        self.list.setCurrentItem(item)
        self._opened_by_click.start()
        self.hit_chosen.emit(item.data(HIT_ROLE))

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        """Activated (a double click, or a style's single click): opened unless the click that
        activated it has just opened it."""
        recent = (self._opened_by_click.isValid() and self._opened_by_click.elapsed()
                  <= QApplication.doubleClickInterval() and item is self.list.currentItem())
        if not recent:
            self.list.setCurrentItem(item)
            self.hit_chosen.emit(item.data(HIT_ROLE))

    def wanted_width(self, room: int) -> int:
        """How wide the panel wants to be beside tabs given ``room`` pixels in all: wide enough
        for a result's line to be read, never more than half of the room."""
        letters = self.fontMetrics().horizontalAdvance("x") * 48
        return int(min(max(room * 0.38, letters), room * 0.5))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.appeared.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.list and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose_current()  # the selected one (never through itemActivated, which
            return True  # some styles also send on a single click: opened twice)
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
