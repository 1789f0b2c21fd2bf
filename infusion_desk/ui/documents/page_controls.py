"""The bar over a previewed document: page through it (*Previous*, "Page 2 of 3", *Next*) and
zoom it (−, the size in per cent, +, *Fit to width*)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QStyle, QToolButton, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.requests.action_flow import ActionFlow
from infusion_desk.ui.widgets.forms import plain_label

TARGET = 36  # the least width and height of a button here, in pixels at any text size
ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


def zoom_step_in(current: float) -> float:
    """The next zoom step larger than ``current`` (the largest when there is none)."""
    return next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])


def zoom_step_out(current: float) -> float:
    """The next zoom step smaller than ``current`` (the smallest when there is none)."""
    smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
    return smaller[-1] if smaller else ZOOM_STEPS[0]


class PageControls(QWidget):
    """The paging buttons on the left, the zoom on the right. The preview connects the buttons
    and tells the bar where it stands with :meth:`show_state`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = self.style()
        self.previous_button = self._tool(
            translate("PageControls", "P&revious"),
            translate("PageControls", "Show the page before this one"),
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.previous_button.setAccessibleName(translate("PageControls", "Previous page"))
        self.page_label = plain_label("", self, wrap=False)
        self.page_label.setAccessibleName(translate("PageControls", "Page number"))
        self.next_button = self._tool(
            translate("PageControls", "&Next"),
            translate("PageControls", "Show the page after this one"),
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setAccessibleName(translate("PageControls", "Next page"))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrow after text
        self.zoom_out_button = self._tool(
            "−", translate("PageControls", "Make the page smaller"))
        self.zoom_out_button.setAccessibleName(translate("PageControls", "Zoom out"))
        self.zoom_label = plain_label("", self, wrap=False)
        self.zoom_label.setAccessibleName(translate("PageControls", "Zoom"))
        self.zoom_label.setToolTip(translate(
            "PageControls", "How large the page is shown (100 % is about its real size)"))
        self.zoom_in_button = self._tool(
            "+", translate("PageControls", "Make the page larger"))
        self.zoom_in_button.setAccessibleName(translate("PageControls", "Zoom in"))
        self.fit_button = self._tool(
            translate("PageControls", "Fit to &width"),
            translate("PageControls", "Make the page as wide as this space"))
        self.fit_button.setCheckable(True)
        # Paging on the left, the zoom at the right end; the zoom goes under the paging when the
        # room is short (text at 200 %), never making the preview wider.
        bar = ActionFlow(self)
        self.paging = QWidget(self)
        self.zooming = QWidget(self)
        for group, widgets in ((self.paging, (self.previous_button, self.page_label,
                                              self.next_button)),
                               (self.zooming, (self.zoom_out_button, self.zoom_label,
                                               self.zoom_in_button, self.fit_button))):
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
        bar.addWidget(self.paging)
        bar.add_apart(self.zooming)

    def _tool(self, text: str, tip: str, icon: QIcon | None = None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoRaise(False)
        button.setMinimumSize(TARGET, TARGET)
        if icon is not None:
            button.setIcon(icon)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def show_state(self, page: int, page_count: int, zoom: float, fit_width: bool) -> None:
        """Page ``page`` (0-based) of ``page_count``, shown at ``zoom``: paging only when there
        is more than one page, and no step past either end."""
        self.paging.setVisible(page_count > 1)
        self.page_label.setText(translate("PageControls", "Page {number} of {count}").format(
            number=page + 1, count=page_count))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < page_count - 1)
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        self.zoom_out_button.setEnabled(zoom > ZOOM_STEPS[0] + 0.01)
        self.zoom_in_button.setEnabled(zoom < ZOOM_STEPS[-1] - 0.01)
        self.fit_button.setChecked(fit_width)
