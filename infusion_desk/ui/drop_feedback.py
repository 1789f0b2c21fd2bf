"""While files are dragged over the window, a clear drop area says what a drop will do: "Drop to
add 3 letters", or, over a request in the ledger, "… and attach them to this request". It goes
away when the drag leaves the window or the files are dropped.

Whatever takes the drag (the window, the ledger's rows) says so with :func:`show_drop_area`
and :func:`hide_drop_area`; the area is found from the widget's window. A drag that moves from
one part of the window to another leaves one and enters the next at once: the area is hidden
only when nothing took the drag again a moment later (no flicker)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QMainWindow, QVBoxLayout, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.core.text import one_line
from infusion_desk.ui.widgets.forms import plain_label

LEAVE_MS = 60  # a drag gone from every part of the window this long has left it


def dragged_count(mime: QMimeData) -> int:
    """How many files and folders are being dragged."""
    return len(mime.urls()) if mime.hasUrls() else 0


def drop_words(count: int, request_what: str | None = None, *, read_only: bool = False) -> str:
    if read_only:
        return translate("DropArea", "This folder is open for reading only: nothing can be "
                         "added to it.")
    if request_what is not None:
        return translate("DropArea", "Drop to add %n letters and attach them to this request: "
                         "“{0}”", None, count).format(one_line(request_what, 60))
    return translate("DropArea", "Drop to add %n letters", None, count)


class DropArea(QFrame):
    """The drop area over the top of the window's content (it never takes the drag itself)."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("drop_area")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#drop_area { background: #e8f1fb; border: 3px dashed #1f5fa8; "
            "border-radius: 8px; } QFrame#drop_area QLabel { color: #0d2b4d; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        self.label = plain_label("", self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        self.setAccessibleName(translate("DropArea", "Drop area"))
        self._leave = QTimer(self)
        self._leave.setSingleShot(True)
        self._leave.setInterval(LEAVE_MS)
        self._leave.timeout.connect(self.hide)
        host.installEventFilter(self)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def say(self, text: str) -> None:
        self._leave.stop()
        host = self.parentWidget()
        font = QFont(host.font() if host is not None else self.font())
        font.setPointSizeF(max(font.pointSizeF(), 8.0) * 1.3)  # larger than the text around
        font.setBold(True)
        self.label.setFont(font)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self._place()
        self.show()
        self.raise_()

    def leave_soon(self) -> None:
        """The drag left a part of the window: hidden unless another part takes it at once."""
        if self.isVisible():
            self._leave.start()

    def dropped(self) -> None:
        self._leave.stop()
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        margin = 12
        central = host.centralWidget() if isinstance(host, QMainWindow) else None
        below = central.geometry().top() if central is not None else 0
        width = host.width() - 2 * margin
        self.label.setFixedWidth(max(width - 40, 50))
        height = max(self.sizeHint().height(), self.label.fontMetrics().height() * 3)
        self.setGeometry(margin, below + margin, max(width, 50), height)


def drop_area_of(widget: QWidget) -> DropArea | None:
    return widget.window().findChild(DropArea, "drop_area")


def show_drop_area(widget: QWidget, text: str) -> None:
    """Say in the drop area of ``widget``'s window what a drop there would do."""
    area = drop_area_of(widget)
    if area is not None:
        area.say(text)


def hide_drop_area(widget: QWidget, *, dropped: bool = False) -> None:
    """The drag left ``widget`` (hidden a moment later unless another part takes it), or the
    files were ``dropped`` (hidden now)."""
    area = drop_area_of(widget)
    if area is not None:
        if dropped:
            area.dropped()
        else:
            area.leave_soon()
