"""Small pieces the details panes share: reading a pane back, and Delete kept apart."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLayout, QPushButton, QWidget

from infusion_desk.ui.widgets.id_text import IdText

DELETE_TIP = "Moves it to the trash. You can undo."
NARROW_CHARS = 30  # a pane narrower than this many characters puts each caption above its value


def wrap_policy(pane: QWidget) -> QFormLayout.RowWrapPolicy:
    """Captions beside their values, or above them when the pane is narrow for its text size."""
    narrow = pane.width() < NARROW_CHARS * pane.fontMetrics().averageCharWidth()
    return (QFormLayout.RowWrapPolicy.WrapAllRows if narrow
            else QFormLayout.RowWrapPolicy.WrapLongRows)


def delete_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """*Delete this call*: named for what it deletes, with what happens in the tooltip."""
    button = QPushButton(text, parent)
    button.setToolTip(DELETE_TIP)
    button.setAccessibleName(text)
    return button


def apart(button: QPushButton) -> QHBoxLayout:
    """A row of its own for ``button`` at the right end, away from the everyday buttons."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 12, 0, 0)
    row.addStretch(1)
    row.addWidget(button)
    return row


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
