"""A round "?" that explains a word: on hover, and on a click, Enter or Space.

Hovering shows the explanation as a tooltip. A click, or Enter or Space when the mark has the
keyboard focus (Tab reaches it), opens the same words in a small box that stays until she clicks
elsewhere or presses Esc — a tooltip alone would be lost to anyone who cannot hover.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.widgets.forms import plain_tip

MIN_TARGET = 32  # px: the smallest target she can hit (UI guide)
_BOX_CHARS = 40  # the box is about this many characters wide


class HelpBox(QLabel):
    """The explanation, in a box under the mark; closes on a click elsewhere or Esc."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay)  # a click on "?" only closes it
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)
        self.setFrameShape(QFrame.Shape.Box)
        self.setMargin(10)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAccessibleName(translate("HelpMark", "What this means"))
        self.setAccessibleDescription(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reads it when open
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * _BOX_CHARS + 20)
        self.adjustSize()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc, Enter or Space puts it away (a click anywhere else does too)."""
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter,
                           Qt.Key.Key_Space):
            self.close()
            return
        super().keyPressEvent(event)


class HelpMark(QToolButton):
    """A small round "?" that explains ``name`` (``explanation``)."""

    def __init__(self, name: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explanation = explanation
        self._box: HelpBox | None = None
        self.setText("?")
        self.setToolTip(plain_tip(explanation))
        self.setAccessibleName(translate("HelpMark", "What “{name}” means").format(name=name))
        self.setAccessibleDescription(explanation)
        self.setWhatsThis(explanation)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.setAutoRaise(True)
        self.clicked.connect(lambda _checked=False: self.open_help())

    def explanation(self) -> str:
        return self._explanation

    def help_box(self) -> HelpBox | None:
        """The open box, if any."""
        box = self._box
        return box if box is not None and box.isVisible() else None

    def open_help(self) -> HelpBox:
        """Show the explanation under the mark, kept on the screen."""
        if self._box is not None and self._box.isVisible():
            return self._box
        box = HelpBox(self._explanation, self)
        box.destroyed.connect(self._forget_box)
        where = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            where.setX(max(room.left(), min(where.x(), room.right() - box.width())))
            if where.y() + box.height() > room.bottom():
                where.setY(self.mapToGlobal(QPoint(0, 0)).y() - box.height())
        box.move(where)
        box.show()
        box.setFocus(Qt.FocusReason.PopupFocusReason)  # the keyboard and a screen reader go in
        self._box = box
        return box

    def _forget_box(self) -> None:
        self._box = None

    # ------------------------------------------------------------------ keys, size, painting
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        side = max(MIN_TARGET, int(self.fontMetrics().height() * 1.5))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        diameter = self.fontMetrics().height() + 4
        circle = QRectF((self.width() - diameter) / 2, (self.height() - diameter) / 2,
                        diameter, diameter)
        focused = self.hasFocus()
        hovered = self.underMouse() or self.isDown()
        edge = palette.color(QPalette.ColorRole.Highlight if focused or hovered
                             else QPalette.ColorRole.Mid)
        painter.setPen(QPen(edge, 3.0 if focused else 1.2))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "?")
        painter.end()
