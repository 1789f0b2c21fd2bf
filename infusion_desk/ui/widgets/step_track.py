"""A picture of the coverage steps: markers on a line, one per step, the current one larger.

Each marker shows its state by shape (✓ done, ● in progress, … waiting, ✗ denied, ○ not started)
and, beside it, in words: the step, its status, whom it waits on, its number and the approved
period. Colour only repeats what the shape and the words already say.

The track runs across when there is room for every step's words, and down the page when there is
not (a narrow window, or large text), so no word is ever cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from infusion_desk.core import rules
from infusion_desk.core.coverage import (
    STEP_EXPLANATIONS,
    Mark,
    approved_period,
    current_index,
    is_done,
    mark_of,
    ordered_steps,
    status_word,
    track_summary,
)
from infusion_desk.core.records import Step, StepKind, StepStatus
from infusion_desk.ui.widgets.forms import plain_label

DONE_COLOUR = QColor("#2e7d32")
DENIED_COLOUR = QColor("#c62828")
_APPROVED_KINDS = (StepKind.PRIOR_AUTHORIZATION, StepKind.REAUTHORIZATION, StepKind.APPEAL)
_LABEL_PADDING = 6


def step_name(step: Step) -> str:
    """The short name beside a marker: the kind, or the title for a step of one's own."""
    if step.kind is StepKind.OTHER:
        return step.display_title
    return step.kind.label


def number_text(step: Step) -> str:
    if not step.reference_number:
        return ""
    if step.kind in _APPROVED_KINDS and step.status is StepStatus.APPROVED:
        return f"Authorization no. {step.reference_number}"
    return f"Reference no. {step.reference_number}"


class StepMarker(QWidget):
    """One marker with the two halves of the line that joins it to its neighbours."""

    def __init__(self, mark: Mark, *, current: bool, line_before: str, line_after: str,
                 across: bool, parent: QWidget | None = None) -> None:
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


class StepTrack(QWidget):
    """The coverage steps in order, as markers on a line. Click a step to choose it."""

    step_chosen = Signal(int)  # the step's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[Step] = []
        self._current: int | None = None
        self._today: date | None = None
        self._summary = ""
        self._across = True
        self._markers: list[StepMarker] = []
        self._holders: list[QWidget] = []
        self._columns: list[list[QLabel]] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 4)
        self._grid.setSpacing(0)
        self._empty = plain_label(
            "No coverage steps yet. Most journeys start with benefits verification, then prior "
            "authorization. Add the first one with “Add a step…” below.", self)
        self._grid.addWidget(self._empty, 0, 0)
        self.setAccessibleName("Where things stand: the coverage steps")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # ------------------------------------------------------------------ reading
    def steps(self) -> list[Step]:
        """The steps in the order shown."""
        return list(self._steps)

    def current_index(self) -> int | None:
        """Index (in :meth:`steps`) of the first step not yet done; ``None`` if all are done."""
        return self._current

    def summary(self) -> str:
        return self._summary

    def is_across(self) -> bool:
        """``True`` when the track runs across the page, ``False`` when it runs down."""
        return self._across

    def markers(self) -> list[StepMarker]:
        return list(self._markers)

    def column_texts(self, index: int) -> list[str]:
        """The words shown for one step, top to bottom (empty lines left out)."""
        return [label.text() for label in self._columns[index]
                if not label.isHidden() and label.text()]

    # ------------------------------------------------------------------ filling
    def set_steps(self, steps: Sequence[Step], today: date) -> None:
        self._steps = ordered_steps(steps)
        self._today = today
        self._current = current_index(self._steps)
        self._summary = track_summary(self._steps, today)
        self.setAccessibleDescription(self._summary)
        # Before it is first shown a widget's width means nothing: the first resize decides.
        self._across = self._fits_across(self.width()) if self.isVisible() else True
        self._rebuild()

    def _step_words(self, step: Step, index: int) -> list[tuple[str, bool]]:
        """Each line of words for a step, and whether it is bold."""
        assert self._today is not None
        current = index == self._current
        period = approved_period(step, self._today)
        return [
            (step_name(step), current),
            (status_word(step) + (" — current step" if current else ""), False),
            (f"Waiting on: {step.waiting_on}" if step.waiting_on and not is_done(step) else "",
             False),
            (number_text(step), False),
            (f"Approved {period}" if period else "",
             rules.approval_ends_soon(step, self._today)),
        ]

    def _fits_across(self, width: int) -> bool:
        """Whether every step's longest word fits in an equal share of ``width``."""
        if not self._steps or self._today is None:
            return True
        plain = self.fontMetrics()
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold_font.setPointSizeF(bold_font.pointSizeF() * 1.1)
        bold = QFontMetrics(bold_font)
        needed = 0
        for index, step in enumerate(self._steps):
            widest = plain.averageCharWidth() * 11
            for text, is_bold in self._step_words(step, index):
                metrics = bold if is_bold else plain
                for word in text.split():
                    widest = max(widest, metrics.horizontalAdvance(word))
            needed += widest + 2 * _LABEL_PADDING + 8
        return needed <= width

    def _clear(self) -> None:
        for widget in [*self._markers, *self._holders]:
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._markers, self._holders, self._columns = [], [], []
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)

    def _rebuild(self) -> None:
        self._clear()
        self._empty.setVisible(not self._steps)
        if not self._steps:
            if self._grid.indexOf(self._empty) < 0:
                self._grid.addWidget(self._empty, 0, 0)
            self.update()
            return
        self._grid.removeWidget(self._empty)
        current = self._current if self._current is not None else len(self._steps)
        last = len(self._steps) - 1
        for index, step in enumerate(self._steps):
            is_current = index == self._current
            marker = StepMarker(
                mark_of(step), current=is_current, across=self._across,
                line_before="" if index == 0 else ("solid" if index <= current else "dashed"),
                line_after="" if index == last else ("solid" if index < current else "dashed"),
                parent=self,
            )
            tip = self._tooltip(step, is_current)
            marker.setToolTip(tip)
            holder = QWidget(self)
            holder.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            policy = QSizePolicy(
                QSizePolicy.Policy.Ignored if self._across else QSizePolicy.Policy.Preferred,
                QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            holder.setSizePolicy(policy)
            stack = QVBoxLayout(holder)
            stack.setContentsMargins(0, 0, 0, 8 if not self._across else 0)
            stack.setSpacing(2)
            labels = [
                self._label(text, tip, bold=bold, scale=1.1 if is_current and number == 0
                            else 1.0)
                for number, (text, bold) in enumerate(self._step_words(step, index))
            ]
            for label in labels:
                stack.addWidget(label)
            stack.addStretch(1)
            if self._across:
                self._grid.addWidget(marker, 0, index)
                self._grid.addWidget(holder, 1, index)
                self._grid.setColumnStretch(index, 1)
            else:
                self._grid.addWidget(marker, index, 0)
                self._grid.addWidget(holder, index, 1)
            self._markers.append(marker)
            self._holders.append(holder)
            self._columns.append(labels)
        if self._across:
            self._grid.setRowStretch(1, 1)
        else:
            self._grid.setColumnStretch(1, 1)
        self.update()

    def _label(self, text: str, tip: str, *, bold: bool = False, scale: float = 1.0) -> QLabel:
        label = plain_label(text, self)
        align = Qt.AlignmentFlag.AlignHCenter if self._across else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if self._across:
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            label.setSizePolicy(policy)
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 11)
        label.setContentsMargins(_LABEL_PADDING, 0, _LABEL_PADDING, 0)
        label.setToolTip(tip)
        if bold or scale != 1.0:
            font = label.font()
            font.setBold(bold)
            font.setPointSizeF(font.pointSizeF() * scale)
            label.setFont(font)
        label.setVisible(bool(text))
        return label

    @staticmethod
    def _tooltip(step: Step, current: bool) -> str:
        lines = [step.display_title]
        if current:
            lines.append("This is the step things are at now.")
        lines.append(STEP_EXPLANATIONS[step.kind])
        return "\n".join(lines)

    # ------------------------------------------------------------------ size, painting, clicks
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        across = self._fits_across(event.size().width())
        if across != self._across:
            self._across = across
            self._rebuild()
            self._grid.activate()

    def _step_rect(self, index: int) -> QRect:
        """The area of one step: its marker and its words."""
        marker = self._markers[index].geometry()
        if self._across:
            return QRect(marker.left(), 0, marker.width(), self.height())
        return marker.united(self._holders[index].geometry())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._current is None or not self._steps:
            return
        rect = self._step_rect(self._current).adjusted(3, 1, -3, -1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(40)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1))
        painter.setBrush(highlight)
        radius = self.fontMetrics().height() / 2
        painter.drawRoundedRect(QRectF(rect), radius, radius)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index, step in enumerate(self._steps):
            if self._step_rect(index).contains(event.position().toPoint()) and step.id:
                self.step_chosen.emit(step.id)
                return
        super().mousePressEvent(event)
