"""The document itself, beside the list: PDF pages and pictures to page through and zoom, the
text of emails and notes, or a calm note when a file cannot be shown here."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document
from infusion_desk.core.scans import PageMarks
from infusion_desk.ui.documents.page_area import PageArea, Shape, note_for, shape_of
from infusion_desk.ui.documents.page_controls import PageControls, zoom_step_in, zoom_step_out
from infusion_desk.ui.documents.page_renderer import (
    PageRenderer,
    PageRequest,
    RenderedPage,
    marked,
)
from infusion_desk.ui.documents.preview_words import (
    could_not_preview,
    getting_ready,
    no_text,
    not_previewable,
    page_description,
    page_not_drawn,
)
from infusion_desk.ui.jobs import LOAD
from infusion_desk.ui.widgets.forms import plain_label

LETTER_POINTS = (612.0, 792.0)  # a guess until the first page is drawn
MAX_PICTURE_FIT = 2.0  # a small photo is not blown up past twice its size to fit the width
PAGE_MARGIN = 12
CACHE_SIZE = 8



class DocumentPreview(QWidget):
    """Shows one stored document. Give it the document and its bytes with :meth:`show_document`."""

    open_requested = Signal()  # "Open with…" under a note
    page_shown = Signal(int)  # 1-based page now on screen
    loaded = Signal()  # the document asked for with load() is shown (or could not be read)

    def __init__(self, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        renderer.page_rendered.connect(self._on_renderer_page_rendered)
        self.document: Document | None = None
        self._data = b""
        self.shape = Shape.NONE
        self.page = 0  # 0-based
        self.page_count = 0
        self.zoom = 1.0
        self.fit_width = True
        self._natural: dict[int, tuple[float, float]] = {}
        self._token = 0
        self._wanted: tuple[int, int, int] | None = None  # (page, scale or width key)
        self._cache: OrderedDict[tuple[int, int, int], RenderedPage] = OrderedDict()
        self.loading: Document | None = None  # asked for with load(), not read yet
        self.marks: PageMarks | None = None  # words to highlight on one page (a search hit)
        self._go_to: tuple[int, int, PageMarks | None] | None = None  # once it is loaded
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(120)
        self._refit.timeout.connect(self._on_refit_timeout)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._build_controls())
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_page_area())
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("DocumentPreview", "The document's text"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack.addWidget(self.text)
        self.stack.addWidget(self._build_note())
        self.clear()

    # ------------------------------------------------------------------ building
    def _build_controls(self) -> QWidget:
        self.controls = PageControls(self)
        self.controls.previous_button.clicked.connect(self.previous_page)
        self.controls.next_button.clicked.connect(self.next_page)
        self.controls.zoom_out_button.clicked.connect(self.zoom_out)
        self.controls.zoom_in_button.clicked.connect(self.zoom_in)
        self.controls.fit_button.clicked.connect(self._on_fit_button_clicked)
        return self.controls

    def _build_page_area(self) -> QWidget:
        self.area = PageArea(self)
        self.area.setWidgetResizable(False)
        self.area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.area.setBackgroundRole(QPalette.ColorRole.Mid)
        self.area.setFrameShape(QFrame.Shape.StyledPanel)
        # Always there, so that fitting the page to the width never makes a scroll bar appear
        # that then takes width away (and fits again).
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.area.width_changed.connect(self._on_area_width_changed)
        self.page_view = QLabel()
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setTextFormat(Qt.TextFormat.PlainText)
        self.page_view.setWordWrap(True)
        self.page_view.setMargin(PAGE_MARGIN)
        self.page_view.setAccessibleName(translate("DocumentPreview", "The page"))
        self.area.setWidget(self.page_view)
        return self.area

    def _build_note(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 24, 12, 12)
        self.note = plain_label("", page)
        self.note.setAccessibleName(translate("DocumentPreview", "About this document"))
        self.open_button = QPushButton(translate("DocumentPreview", "Open &with…"), page)
        self.open_button.setToolTip(translate(
            "DocumentPreview", "Open a copy with the program this computer uses for it."))
        self.open_button.clicked.connect(self.open_requested)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ what is shown
    def clear(self) -> None:
        self.document = None
        self.marks = None
        self._data = b""
        self.shape = Shape.NONE
        self._cache.clear()
        self._natural.clear()
        self._token += 1
        self.controls.hide()
        self.note.setText("")
        self.stack.setCurrentIndex(2)
        self.open_button.hide()
        self.page_view.setPixmap(QPixmap())
        self.page_view.setText("")

    def load(self, document: Document, read: Callable[[], tuple[bytes, list[str]]],
             say: Callable[[str], None]) -> None:
        """Read ``document`` (``read``: its bytes and page texts) off the UI thread, then show
        it; a large scan never freezes the list. ``say`` tells why it could not be read."""
        self.loading, self._say = document, say
        job = self._renderer.jobs.start(lambda _progress: (document, *read()), lane=LOAD)
        job.finished.connect(self._on_load_finished)
        job.failed.connect(self._on_load_failed)

    def _on_load_finished(self, result: tuple[Document, bytes, list[str]]) -> None:
        document, data, texts = result
        if document is self.loading:  # (not if another one was chosen meanwhile)
            self.loading = None
            self.show_document(document, data, texts)
            go_to, self._go_to = self._go_to, None
            if go_to is not None and go_to[0] == document.id:
                self.go_to(document.id, go_to[1], go_to[2])
            self.loaded.emit()

    def _on_load_failed(self, error: FolderError) -> None:
        self.loading = None
        self.clear()
        self._say(error.message)
        self.loaded.emit()

    def show_document(self, document: Document, data: bytes, texts: list[str]) -> None:
        """Show ``document`` from its first page (its bytes and page texts as stored)."""
        self.clear()
        self.document = document
        self._data = data
        self.shape = shape_of(document)
        self.page = 0
        self.page_count = max(1, document.page_count)
        self.fit_width = True
        self.open_button.show()
        if self.shape is Shape.TEXT:
            text = "\n\n".join(t for t in texts if t)
            self.text.setPlainText(text or no_text())
            self.stack.setCurrentIndex(1)
            return
        if self.shape in (Shape.NONE, Shape.ARCHIVE):
            self._show_note(note_for(document, not_previewable(), could_not_preview()))
            return
        self.controls.show()
        self.stack.setCurrentIndex(0)
        self._request()

    def go_to(self, document_id: int, page: int, marks: PageMarks | None = None) -> None:
        """Show page ``page`` of the document with that id, with ``marks`` highlighted on it;
        if that document is still being read, as soon as it is shown."""
        if self.loading is not None and self.loading.id == document_id:
            self._go_to = (document_id, page, marks)
            return
        if self.document is None or self.document.id != document_id:
            return
        self.marks = marks if marks is not None and marks.page == page else None
        if self.shape in (Shape.PAGES, Shape.PICTURE) and self.page == page - 1 \
                and self._wanted is not None and self._wanted in self._cache:
            self._put_on_screen(self._cache[self._wanted])  # the page is there: mark it now
            return
        self.show_page(page)

    def show_page(self, number: int) -> None:
        """Go to page ``number`` (1-based) of the document shown."""
        if self.shape in (Shape.PAGES, Shape.PICTURE):
            self.page = max(0, min(number - 1, self.page_count - 1))
            self._request()

    def _show_note(self, text: str) -> None:
        self.controls.hide()
        self.note.setText(text)
        self.stack.setCurrentIndex(2)

    # ------------------------------------------------------------------ paging and zooming
    def next_page(self) -> None:
        self.show_page(self.page + 2)

    def previous_page(self) -> None:
        self.show_page(self.page)

    def zoom_in(self) -> None:
        self._set_zoom(zoom_step_in(self.effective_zoom()))

    def zoom_out(self) -> None:
        self._set_zoom(zoom_step_out(self.effective_zoom()))

    def set_fit_width(self, fit: bool = True) -> None:
        self.fit_width = fit
        if not fit:
            self.zoom = self.effective_zoom()
        self._request()

    def _on_fit_button_clicked(self, checked: bool) -> None:
        self.set_fit_width(checked)

    def _set_zoom(self, zoom: float) -> None:
        self.fit_width = False
        self.zoom = zoom
        self._request()

    def effective_zoom(self) -> float:
        """The zoom on screen: 1.0 shows a page at about its real size (a picture pixel for
        pixel)."""
        if not self.fit_width:
            return self.zoom
        natural_width = self._natural_size()[0] * self._unit()
        room = max(50, self.area.viewport().width() - 2 * PAGE_MARGIN - 2)
        zoom = room / max(1.0, natural_width)
        if self.shape is Shape.PICTURE:
            zoom = min(zoom, MAX_PICTURE_FIT)
        return max(0.1, zoom)

    def _unit(self) -> float:
        """Screen pixels per natural unit at 100 %: a PDF point is 1/72 inch."""
        if self.shape is Shape.PAGES:
            return self.logicalDpiX() / 72.0
        return 1.0

    def _natural_size(self) -> tuple[float, float]:
        if self.page in self._natural:
            return self._natural[self.page]
        if self._natural:
            return next(iter(self._natural.values()))
        return LETTER_POINTS if self.shape is Shape.PAGES else (800.0, 1000.0)

    def _on_area_width_changed(self) -> None:
        if self.fit_width and self.shape in (Shape.PAGES, Shape.PICTURE):
            self._refit.start()

    def _on_refit_timeout(self) -> None:
        if self.fit_width:
            self._request()

    # ------------------------------------------------------------------ drawing
    def _request(self) -> None:
        if self.document is None or self.shape not in (Shape.PAGES, Shape.PICTURE):
            return
        self._update_controls()
        ratio = self.devicePixelRatioF()
        zoom = self.effective_zoom()
        if self.shape is Shape.PAGES:
            scale = zoom * self._unit() * ratio
            key = (self.page, round(scale * 1000), 0)
            wish = PageRequest(0, self._data, self.document.original_name, True, self.page,
                               scale=scale)
        else:
            width = max(1, round(self._natural_size()[0] * zoom * ratio))
            if self.page not in self._natural:
                width = max(1, round((self.area.viewport().width() - 2 * PAGE_MARGIN) * ratio))
            key = (self.page, 0, width)
            wish = PageRequest(0, self._data, self.document.original_name, False, self.page,
                               width=width)
        self._wanted = key
        cached = self._cache.get(key)
        if cached is not None:
            self._put_on_screen(cached)
            return
        self._token += 1
        self._renderer.request(PageRequest(self._token, wish.data, wish.name, wish.is_pdf,
                                           wish.page, wish.scale, wish.width))
        if self.page_view.pixmap().isNull():
            self._say_on_page(getting_ready())

    def _on_renderer_page_rendered(self, rendered: RenderedPage) -> None:
        if rendered.token != self._token or self.document is None or self._wanted is None:
            return  # an answer to an older wish
        if rendered.image is None:
            self._say_on_page(page_not_drawn())
            if self.page == 0 and not self._natural:
                self._show_note(could_not_preview())
                self.open_button.show()
            return
        first_time = rendered.page not in self._natural
        self._natural[rendered.page] = (rendered.natural_width, rendered.natural_height)
        if self.shape is Shape.PICTURE and rendered.page_count:
            self.page_count = rendered.page_count
        self._cache[self._wanted] = rendered
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        if first_time and self._needs_redraw(rendered):
            self._put_on_screen(rendered)
            self._request()  # now that the page's real size is known
            return
        self._put_on_screen(rendered)

    def _say_on_page(self, text: str) -> None:
        self.page_view.setPixmap(QPixmap())
        self.page_view.setText(text)
        self.page_view.resize(self.area.viewport().size())

    def _needs_redraw(self, rendered: RenderedPage) -> bool:
        assert rendered.image is not None
        ratio = self.devicePixelRatioF()
        wanted = self._natural_size()[0] * self._unit() * self.effective_zoom() * ratio
        return abs(rendered.image.width() - wanted) > 2

    def _put_on_screen(self, rendered: RenderedPage) -> None:
        image = rendered.image
        if image is None:
            return
        ratio = self.devicePixelRatioF()
        wanted = round(rendered.natural_width * self._unit() * self.effective_zoom() * ratio)
        if self.shape is Shape.PICTURE and wanted > 0 and abs(image.width() - wanted) > 2:
            image = image.scaledToWidth(wanted, Qt.TransformationMode.SmoothTransformation)
        marks = self.marks
        if marks is not None and marks.page == rendered.page + 1:
            image = marked(image, marks)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(pixmap)
        self.page_view.adjustSize()
        self.page_view.setAccessibleDescription(page_description(
            rendered.page + 1, self.page_count, self.document.title)
            if self.document is not None else "")
        self._update_controls()
        if marks is not None and marks.page == rendered.page + 1 and marks.boxes:
            first = marks.boxes[0]
            factor = image.width() / max(1, marks.width) / ratio
            self.area.ensureVisible(round((first.left + first.width / 2) * factor) + PAGE_MARGIN,
                                    round((first.top + first.height / 2) * factor) + PAGE_MARGIN,
                                    60, 120)
        self.page_shown.emit(rendered.page + 1)

    def _update_controls(self) -> None:
        self.controls.show_state(self.page, self.page_count, self.effective_zoom(),
                                 self.fit_width)

