"""One marker on the coverage track: its state by shape (✓ done, ● in progress, … waiting,
✗ denied, ○ not started), the current one larger, with the line that joins it to its neighbours.
Colour only repeats what the shape already says."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from infusion_desk.core.coverage import Mark
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

DONE_COLOUR = QColor("#2e7d32")
DENIED_COLOUR = QColor("#c62828")
# What each shape says, in words, for a screen reader (marked here, translated when shown).
MARK_WORDS = {
    Mark.DONE: QT_TRANSLATE_NOOP("StepMarker", "Done"),
    Mark.IN_PROGRESS: QT_TRANSLATE_NOOP("StepMarker", "In progress"),
    Mark.WAITING: QT_TRANSLATE_NOOP("StepMarker", "Waiting"),
    Mark.DENIED: QT_TRANSLATE_NOOP("StepMarker", "Denied"),
    Mark.NOT_STARTED: QT_TRANSLATE_NOOP("StepMarker", "Not started"),
}


def mark_words(mark: Mark, current: bool = False) -> str:
    """The marker's state in words: "Done", "Waiting — the current step"."""
    words = translate_marked("StepMarker", MARK_WORDS[mark])
    if current:
        return translate("StepMarker", "{state} — the current step").format(state=words)
    return words


class StepMarker(QWidget):
    """One marker with the two halves of the line that joins it to its neighbours."""

    def __init__(self, mark: Mark, *, current: bool = False, line_before: str = "",
                 line_after: str = "", across: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = mark
        self.current = current
        self.across = across
        self._line_before = line_before  # "", "solid" or "dashed"
        self._line_after = line_after
        if across:
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Not a target of its own (the track takes the clicks and the keys), but a screen
        # reader says its state in words, never by its colour or shape alone.
        self.setAccessibleName(mark_words(mark, current))

    def radius(self) -> float:
        unit = self.fontMetrics().height()
        return unit * (0.95 if self.current else 0.7)

    def sizeHint(self) -> QSize:
        unit = self.fontMetrics().height()
        if self.across:
            return QSize(unit * 3, int(unit * 2.4))
        return QSize(int(unit * 2.6), int(unit * 2.4))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def centre(self) -> QPointF:
        if self.across:
            return QPointF(self.width() / 2, self.height() / 2)
        # Down the page the marker sits beside the step's first line of words.
        return QPointF(self.width() / 2, self.fontMetrics().height() * 1.2)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        c = self.centre()
        r = self.radius()
        unit = self.fontMetrics().height()
        for side, style in ((-1, self._line_before), (1, self._line_after)):
            if not style:
                continue
            pen = QPen(text if style == "solid" else muted, max(2.0, unit / 8))
            if style == "dashed":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            if self.across:
                edge = 0.0 if side < 0 else float(self.width())
                painter.drawLine(QPointF(edge, c.y()), QPointF(c.x() + side * r, c.y()))
            else:
                edge = 0.0 if side < 0 else float(self.height())
                painter.drawLine(QPointF(c.x(), edge), QPointF(c.x(), c.y() + side * r))
        self._paint_mark(painter, c, r, (text, muted, palette.color(QPalette.ColorRole.Base)))
        painter.end()

    def _paint_mark(self, painter: QPainter, c: QPointF, r: float,
                    colours: tuple[QColor, QColor, QColor]) -> None:
        text, muted, base = colours
        width = max(2.0, r / (3 if self.current else 5))
        circle = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
        if self.mark is Mark.DONE:
            painter.setPen(QPen(DONE_COLOUR, width))
            painter.setBrush(DONE_COLOUR)
            painter.drawEllipse(circle)
            tick = QPainterPath(QPointF(c.x() - r * 0.45, c.y() + r * 0.02))
            tick.lineTo(QPointF(c.x() - r * 0.1, c.y() + r * 0.38))
            tick.lineTo(QPointF(c.x() + r * 0.5, c.y() - r * 0.38))
            painter.setPen(QPen(QColor("white"), max(2.0, r / 4), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
            return
        colour = DENIED_COLOUR if self.mark is Mark.DENIED else text
        if self.mark is Mark.NOT_STARTED and not self.current:
            colour = muted
        painter.setPen(QPen(colour, width))
        painter.setBrush(base)
        painter.drawEllipse(circle)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.mark is Mark.IN_PROGRESS:
            painter.drawEllipse(c, r * 0.42, r * 0.42)
        elif self.mark is Mark.WAITING:
            for dx in (-0.42, 0.0, 0.42):
                painter.drawEllipse(QPointF(c.x() + dx * r, c.y()), r * 0.13, r * 0.13)
        elif self.mark is Mark.DENIED:
            painter.setPen(QPen(colour, max(2.0, r / 4), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            k = r * 0.38
            painter.drawLine(QPointF(c.x() - k, c.y() - k), QPointF(c.x() + k, c.y() + k))
            painter.drawLine(QPointF(c.x() - k, c.y() + k), QPointF(c.x() + k, c.y() - k))
