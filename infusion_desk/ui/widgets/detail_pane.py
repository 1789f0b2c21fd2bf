"""Small pieces the details panes share: the placeholder and the body, reading a pane back, and
Delete kept apart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.i18n import translate
from infusion_desk.ui.editing import editing
from infusion_desk.ui.widgets.forms import big_target, heading, plain_label
from infusion_desk.ui.widgets.id_text import IdText

NARROW_CHARS = 30  # a pane narrower than this many characters puts each caption above its value


def wrap_policy(pane: QWidget) -> QFormLayout.RowWrapPolicy:
    """Captions beside their values, or above them when the pane is narrow for its text size."""
    narrow = pane.width() < NARROW_CHARS * pane.fontMetrics().averageCharWidth()
    return (QFormLayout.RowWrapPolicy.WrapAllRows if narrow
            else QFormLayout.RowWrapPolicy.WrapLongRows)


def delete_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """*Delete this call*: named for what it deletes, with what happens in the tooltip."""
    button = big_target(QPushButton(text, parent))
    button.setToolTip(translate("DetailPane", "Moves it to the trash. You can undo."))
    button.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return button


def apart(button: QPushButton) -> QHBoxLayout:
    """A row of its own for ``button`` at the right end, away from the everyday buttons."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 12, 0, 0)
    row.addStretch(1)
    row.addWidget(button)
    return row


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """A row of buttons at the left, the rest of the row empty."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def placeholder_and_body(pane: QWidget, placeholder_text: str,
                         right_margin: int = 0) -> tuple[QLabel, QWidget, QVBoxLayout]:
    """Lay out a details pane's two states: a greyed line saying what to pick, and the body that
    shows the picked record (the pane shows one or the other). Returns the line, the body and
    the body's layout to fill."""
    outer = QVBoxLayout(pane)
    outer.setContentsMargins(12, 0, right_margin, 0)
    placeholder = plain_label(placeholder_text, pane)
    placeholder.setEnabled(False)
    outer.addWidget(placeholder)
    body = QWidget(pane)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    outer.addWidget(body, 1)
    return placeholder, body, layout


def pane_text(widget: QWidget | None) -> str:
    """What a pane says, label by label in layout order (for reading it back, e.g. in tests)."""
    texts: list[str] = []

    def walk(layout: QLayout | None) -> None:
        for number in range(layout.count() if layout is not None else 0):
            item = layout.itemAt(number) if layout is not None else None
            if item is None:
                continue
            child = item.widget()
            if isinstance(child, IdText | QLabel):
                texts.append(child.text())
            elif child is not None:
                walk(child.layout())
            else:
                walk(item.layout())

    if widget is not None:
        walk(widget.layout())
    return "\n".join(text for text in texts if text)


class DetailPane(QWidget):
    """A read-only details pane: a title, a row of buttons, the record's text in a scroll area
    that never scrolls sideways, and (apart, at the bottom) *Delete*.

    A subclass makes :attr:`title` first (here), then its everyday buttons, then calls
    :meth:`_lay_out` (which makes :attr:`delete_button` and :attr:`_scroll`), so the keyboard
    goes through them in that order. It implements :meth:`_refill` to show its record again,
    which happens when the pane becomes narrow or wide enough to change :attr:`_wrap`.
    """

    _refill: Callable[[], None]  # the subclass's: show the same record again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wrap = QFormLayout.RowWrapPolicy.WrapLongRows
        self.title = heading("", self)

    def _lay_out(self, delete_text: str, *buttons: QPushButton) -> None:
        self.delete_button = editing(delete_button(delete_text, self))
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(apart(self.delete_button))


    def text(self) -> str:
        """What the pane says, label by label (for reading it back)."""
        return "\n".join(t for t in (self.title.text(), pane_text(self._scroll.widget())) if t)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if wrap_policy(self) != self._wrap:  # narrow (large text): captions above the values
            self._refill()
