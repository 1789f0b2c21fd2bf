"""The coverage steps, shown once on the Overview: markers on a line, one per step, the current
one larger; and the one place to choose a step to change or delete.

Why this picture and not a table of the same steps: at 150–200 % text a table of five columns
squeezes its words into narrow cells and cuts off the last column, while the track simply runs
down the page with every word whole. So the track carries what the table had: every step
(side issues that are done included), its own name, its status, whom it waits on, its number and
the approved period, and a way to choose one.

Each marker shows its state by shape (✓ done, ● in progress, … waiting, ✗ denied, ○ not started)
and, beside it, the step's words (``step_words``: its own name with a "?" that explains its kind).
Colour only repeats what the shape and the words already say. Steps of her own (side issues such
as who pays for the supplies) sit in a box beside the line (``step_side_box``), so none of them
reads like the final step.

A click chooses a step (a frame goes round it); the arrow keys move the choice when the track has
the keyboard focus; a double-click or Enter asks to change it. The track runs across when there is
room for every step's words, and down the page when there is not (a narrow window, or large text),
so no word is ever cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QToolTip, QWidget

from infusion_desk.core.coverage import current_index, mark_of, split_track, track_summary
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Step
from infusion_desk.ui.widgets.forms import plain_label
from infusion_desk.ui.widgets.help_mark import HelpMark
from infusion_desk.ui.widgets.step_marker import StepMarker, mark_words
from infusion_desk.ui.widgets.step_side_box import build_side_box
from infusion_desk.ui.widgets.step_words import step_tooltip, step_words, width_across

_SIDE_CHARS = 30  # the "Also open" box is about this many characters wide


_PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down)


class StepTrack(QWidget):
    """The coverage steps in order, as markers on a line, and the side issues in a box beside
    it. Click a step (or use the arrow keys) to choose it; double-click or Enter to change it."""

    step_chosen = Signal(int)  # the step's id: she chose it (click or keys)
    step_activated = Signal(int)  # the step's id: she asked to change it (double-click, Enter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[Step] = []  # the main line
        self._side: list[Step] = []  # side issues still open
        self._current: int | None = None
        self._today: date | None = None
        self._across = True
        self._side_beside = True  # the "Also open" box beside the line, or under it
        self._markers: list[StepMarker] = []
        self._holders: list[QWidget] = []
        self._columns: list[list[QLabel]] = []
        self._tips: list[str] = []
        self._side_box: QFrame | None = None
        self._side_rows: list[QWidget] = []
        self._side_columns: list[list[QLabel]] = []
        self._chosen: int | None = None  # the chosen step's id
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 4)
        self._grid.setSpacing(0)
        self._empty = plain_label(translate(
            "StepTrack", "No coverage steps yet. Most journeys start with benefits "
                         "verification, then prior authorization. Add the first one with “Add "
                         "a step…” below."), self)
        self._grid.addWidget(self._empty, 0, 0)
        self.setAccessibleName(translate("StepTrack", "Where things stand: the coverage steps"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # ------------------------------------------------------------------ reading
    def steps(self) -> list[Step]:
        """The steps shown: the main line in order, then the side issues."""
        return [*self._steps, *self._side]

    def main_steps(self) -> list[Step]:
        return list(self._steps)

    def side_steps(self) -> list[Step]:
        """The side issues, shown in the box beside the line: the open ones, then those done."""
        return list(self._side)

    def chosen_step(self) -> Step | None:
        """The step chosen (framed), if any."""
        return next((s for s in self.steps() if s.id == self._chosen), None)

    def choose(self, step_id: int | None) -> bool:
        """Frame the step with this id (none: no step); False if it is not shown."""
        if step_id is not None and not any(s.id == step_id for s in self.steps()):
            return False
        if step_id != self._chosen:
            self._chosen = step_id
            self._say_chosen()
            self.update()
        return True

    def chosen_rect(self) -> QRect | None:
        """Where the chosen step is drawn, in the track's own coordinates."""
        index = self._chosen_index()
        return None if index is None else self._rect_of(index)

    def side_box(self) -> QFrame | None:
        return self._side_box

    def current_index(self) -> int | None:
        """Index (in :meth:`main_steps`) of the first step not yet done; ``None`` if all are."""
        return self._current

    def is_across(self) -> bool:
        """``True`` when the track runs across the page, ``False`` when it runs down."""
        return self._across

    def side_is_beside(self) -> bool:
        """Whether the "Also open" box sits beside the line (else under it)."""
        return self._across and self._side_beside

    def markers(self) -> list[StepMarker]:
        """The markers on the main line."""
        return list(self._markers)

    def column_texts(self, index: int) -> list[str]:
        """The words shown for one step of the main line, top to bottom (empty lines left out)."""
        return [label.text() for label in self._columns[index]
                if not label.isHidden() and label.text()]

    def side_texts(self, index: int) -> list[str]:
        """The words shown for one side issue, top to bottom."""
        return [label.text() for label in self._side_columns[index]
                if not label.isHidden() and label.text()]

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip of the step under ``pos``; empty between steps."""
        index = self._index_at(pos)
        return "" if index is None else self._tips[index]

    # ------------------------------------------------------------------ filling
    def set_steps(self, steps: Sequence[Step], today: date) -> None:
        self._steps, self._side = split_track(steps, done_side=True)
        self._today = today
        self._current = current_index(self._steps)
        self.setAccessibleDescription(track_summary(list(steps), today))
        # Before it is first shown a widget's width means nothing: the first resize decides.
        self._across, self._side_beside = (self._shape(self.width()) if self.isVisible()
                                           else (True, True))
        if self.chosen_step() is None:
            self._chosen = None
        self._say_chosen()
        self._rebuild()

    def _say_chosen(self) -> None:
        chosen = self.chosen_step()
        name = translate("StepTrack", "Where things stand: the coverage steps")
        if chosen is not None:
            name = translate("StepTrack", "Where things stand: the coverage steps. Chosen: "
                                          "{step} ({state})").format(
                step=chosen.display_title, state=mark_words(mark_of(chosen)))
        self.setAccessibleName(name)

    def _side_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * _SIDE_CHARS if self._side else 0

    def _shape(self, width: int) -> tuple[bool, bool]:
        """Across with the "Also open" box beside the line, across with the box under it, or
        down the page: the first that leaves room for every word."""
        if self._side and self._fits_across(width, self._side_width()):
            return True, True
        return self._fits_across(width, 0), False

    def _fits_across(self, width: int, reserve: int) -> bool:
        """Whether every step's longest word fits in an equal share of ``width`` less
        ``reserve`` (room kept for the "Also open" box)."""
        if not self._steps or self._today is None:
            return True
        return width_across(self._steps, self._current, self._today, self.font()) <= width - reserve

    def _clear(self) -> None:
        widgets: list[QWidget] = [*self._markers, *self._holders]
        if self._side_box is not None:
            widgets.append(self._side_box)
        for widget in widgets:
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._markers, self._holders, self._columns, self._tips = [], [], [], []
        self._side_box, self._side_rows, self._side_columns = None, [], []
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)

    def _rebuild(self) -> None:
        self._clear()
        empty = not self._steps and not self._side
        self._empty.setVisible(empty)
        if empty:
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
            tip = step_tooltip(step, is_current)
            holder, labels = self._words(step, tip, current=is_current)
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
            self._tips.append(tip)
        if self._side:
            self._build_side_box()
        # Tab goes from the track to its "?" marks, in the order of the steps.
        chain: QWidget = self
        for holder in self._holders:
            for mark in holder.findChildren(HelpMark):
                QWidget.setTabOrder(chain, mark)
                chain = mark
        if self._across:
            self._grid.setRowStretch(1, 1)
        else:
            self._grid.setColumnStretch(1, 1)
        self.update()

    def _words(self, step: Step, tip: str, *, current: bool,
               across: bool | None = None) -> tuple[QWidget, list[QLabel]]:
        """A step's lines of words, in a widget; and the labels, top to bottom."""
        assert self._today is not None
        return step_words(self, step, tip, self._today, current=current,
                          across=self._across if across is None else across)

    def _build_side_box(self) -> None:
        built = build_side_box(self, self._side, lambda step, tip: self._words(
            step, tip, current=False, across=False))
        box = built.frame
        self._side_rows, self._side_columns = built.rows, built.columns
        self._tips.extend(built.tips)
        if self.side_is_beside():
            box.setFixedWidth(self._side_width())
            self._grid.addWidget(box, 0, len(self._steps), 2, 1)
        elif self._across:  # under the line, across it all: its words wrap, never cut
            self._grid.addWidget(box, 2, 0, 1, max(len(self._steps), 1))
        else:
            self._grid.addWidget(box, len(self._steps), 0, 1, 2)
        self._side_box = box

    # ------------------------------------------------------------------ size, painting, clicks
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shape = self._shape(event.size().width())
        if shape != (self._across, self._side_beside):
            self._across, self._side_beside = shape
            self._rebuild()
            self._grid.activate()

    def _step_rect(self, index: int) -> QRect:
        """The area of one step of the main line: its marker and its words."""
        marker = self._markers[index].geometry()
        words = self._holders[index].geometry()
        if self._across:
            return QRect(marker.left(), 0, marker.width(), words.bottom() + 1)
        return marker.united(words)

    def _side_rect(self, index: int) -> QRect:
        row = self._side_rows[index]
        return QRect(row.mapTo(self, QPoint(0, 0)), row.size())

    def _index_at(self, pos: QPoint) -> int | None:
        """Index in :meth:`steps` of the step under ``pos``."""
        for index in range(len(self._steps)):
            if self._step_rect(index).contains(pos):
                return index
        for index in range(len(self._side_rows)):
            if self._side_rect(index).contains(pos):
                return len(self._steps) + index
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()  # the dashed frame of the focus comes and goes
        # The words are see-through for the mouse (a click anywhere on a step chooses it), so the
        # track shows their tooltips itself.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _rect_of(self, index: int) -> QRect:
        """The area of the step at ``index`` in :meth:`steps`."""
        if index < len(self._steps):
            return self._step_rect(index)
        return self._side_rect(index - len(self._steps))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        radius = self.fontMetrics().height() / 2
        if self._current is not None and self._steps:  # where things are at now: a soft fill
            rect = self._step_rect(self._current).adjusted(3, 1, -3, -1)
            fill = QColor(highlight)
            fill.setAlpha(40)
            painter.setPen(QPen(highlight, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(rect), radius, radius)
        chosen = self._chosen_index()
        if chosen is not None:  # the chosen step: a thick frame (dashed inside it with the focus)
            rect = self._rect_of(chosen).adjusted(2, 0, -2, 0)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 3))
            painter.drawRoundedRect(QRectF(rect), radius, radius)
            if self.hasFocus():
                pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 1,
                           Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawRoundedRect(QRectF(rect.adjusted(4, 4, -4, -4)), radius, radius)
        painter.end()

    def _chosen_index(self) -> int | None:
        return next((n for n, s in enumerate(self.steps()) if s.id == self._chosen), None)

    def _pick(self, index: int) -> None:
        step = self.steps()[index]
        if step.id:
            self.choose(step.id)
            self.step_chosen.emit(step.id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().toPoint())
        if index is not None and self.steps()[index].id:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._pick(index)
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().toPoint())
        if index is not None and self.steps()[index].id:
            self.step_activated.emit(self.steps()[index].id or 0)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self.steps())
        chosen = self._chosen_index()
        key = event.key()
        if count and key in (*_PREVIOUS, *_NEXT, Qt.Key.Key_Home, Qt.Key.Key_End):
            step = 1 if key in _NEXT else -1
            target = (0 if key == Qt.Key.Key_Home else count - 1 if key == Qt.Key.Key_End
                      else self._current or 0 if chosen is None else chosen + step)
            self._pick(max(0, min(count - 1, target)))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and chosen is not None:
            self.step_activated.emit(self.steps()[chosen].id or 0)
            return
        super().keyPressEvent(event)

