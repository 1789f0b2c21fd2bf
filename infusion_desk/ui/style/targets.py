"""The app's style: the system's own, with every standard target at least 32×32 px (WCAG 2.2
target size, with margin) and a focus that can always be seen.

Buttons, check boxes and radio buttons (the whole row, label included, ticks them), choices,
fields, spin boxes and date fields, tabs, menu entries and the rows of lists and tables get at
least :data:`MINIMUM` pixels; the keyboard's focus is drawn as a solid ring in a colour that stands
out from the window (3:1 at least, WCAG 1.4.11) on the edge of whatever has it (see
``focus_ring``).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionFocusRect,
    QStyleOptionMenuItem,
    QWidget,
)

from infusion_desk.ui.style.contrast import GRAPHIC, readable
from infusion_desk.ui.style.palette import qcolor, rgb

MINIMUM = 32  # px, at 100 % text: the smallest side of anything she clicks
INDICATOR = 20  # px: a check box's or radio button's box, big enough to see it ticked
FOCUS_WIDTH = 2  # px: the focus ring's line

CT = QStyle.ContentsType
PM = QStyle.PixelMetric
SE = QStyle.SubElement

SQUARE = frozenset({CT.CT_PushButton, CT.CT_ToolButton, CT.CT_CheckBox, CT.CT_RadioButton,
                    CT.CT_ComboBox, CT.CT_LineEdit, CT.CT_SpinBox, CT.CT_TabBarTab})
ROWS = frozenset({CT.CT_ItemViewItem, CT.CT_MenuItem, CT.CT_MenuBarItem, CT.CT_HeaderSection})


def focus_colour(palette: QPalette, behind: QColor | None = None) -> QColor:
    """The selection colour, made to stand out at least 3:1 from what is behind the ring (the
    window, or a selected row's own colour)."""
    if behind is None or not behind.isValid():
        behind = palette.color(QPalette.ColorRole.Window)
    mark = rgb(palette.color(QPalette.ColorRole.Highlight))[:3]
    return qcolor(readable(mark, rgb(behind)[:3], GRAPHIC))


class TargetStyle(QProxyStyle):
    """The desktop's style (Fusion, Windows, macOS…) behind it; only sizes and focus change."""

    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption | None,  # noqa: N802
                         size: QSize, widget: QWidget | None = None) -> QSize:
        found = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind in SQUARE:
            return found.expandedTo(QSize(MINIMUM, MINIMUM))
        if kind in ROWS:
            if (isinstance(option, QStyleOptionMenuItem)
                    and option.menuItemType == QStyleOptionMenuItem.MenuItemType.Separator):
                return found
            return found.expandedTo(QSize(0, MINIMUM))
        return found

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,  # noqa: N802
                    widget: QWidget | None = None) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in (PM.PM_IndicatorWidth, PM.PM_IndicatorHeight,
                      PM.PM_ExclusiveIndicatorWidth, PM.PM_ExclusiveIndicatorHeight):
            return max(value, INDICATOR)
        if metric == PM.PM_HeaderDefaultSectionSizeVertical:  # a table's rows (a grid line
            return max(value, MINIMUM + 1)                   # takes one pixel of each)
        return value

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption,  # noqa: N802
                       widget: QWidget | None = None) -> QRect:
        if element in (SE.SE_CheckBoxClickRect, SE.SE_RadioButtonClickRect):
            return QRect(option.rect)  # the whole row ticks it: box, label and the space around
        return super().subElementRect(element, option, widget)  # type: ignore[arg-type]

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            behind = (option.backgroundColor if isinstance(option, QStyleOptionFocusRect)
                      else None)
            if option.state & QStyle.StateFlag.State_Selected:
                behind = option.palette.color(QPalette.ColorRole.Highlight)
            # in a list, or round a check box's words: solid, in the ring's colour
            paint_ring(painter, option.rect, option.palette, 1, behind)
            return
        super().drawPrimitive(element, option, painter, widget)


def paint_ring(painter: QPainter, rect: QRect, palette: QPalette, width: int,
               behind: QColor | None = None) -> None:
    """A solid rounded ring of ``width`` px just inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(focus_colour(palette, behind), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 3, 3)
    painter.restore()
