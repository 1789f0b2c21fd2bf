"""An ID shown the way it is read out on the phone: on one line, in a clear font, with Copy.

Member IDs, group numbers and call reference numbers hold hyphens; a wrapping label would break
"3HK7-XN2-RW58" after a hyphen, and she would read half of it. This never wraps, and the Copy
button puts the exact ID on the clipboard (to paste into a form or an email).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.widgets.forms import big_target

COPIED_FOR_MS = 2000


def id_font(base: QFont, scale: float = 1.15) -> QFont:
    """A fixed-width font a little larger than ``base``: 0 and O, 1 and l look different."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setFixedPitch(True)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 11.0
    font.setPointSizeF(size * scale)
    font.setBold(True)
    return font


class IdText(QWidget):
    """``value`` on one line in a fixed-width font, and a small *Copy* button beside it."""

    def __init__(self, value: str, parent: QWidget | None = None, *, name: str = "",
                 empty: str = "", scale: float = 1.15) -> None:
        """``name`` says what the ID is ("member ID"), in the language shown; ``empty`` what
        shows when there is none."""
        super().__init__(parent)
        self.value = value
        name = name or translate("IdText", "number")
        empty = empty or translate("IdText", "none written down")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(False)  # an ID is never broken at its hyphens
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(name[:1].upper() + name[1:])
        if value:
            self.label.setFont(id_font(self.font(), scale))
        self.label.setText(value or empty)
        self.copy_button = big_target(QToolButton(self))
        self.copy_button.setText(translate("IdText", "Copy"))
        self.copy_button.setToolTip(translate(
            "IdText", "Copy the {name}, to paste it into a form or an email").format(name=name))
        self.copy_button.setAccessibleName(translate("IdText", "Copy the {name}").format(
            name=name))
        self.copy_button.setVisible(bool(value))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.copy_button)
        layout.addStretch(1)

    def text(self) -> str:
        return self.label.text()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.value)
        self.copy_button.setText(translate("IdText", "Copied"))
        QTimer.singleShot(COPIED_FOR_MS, self._show_copy)

    def _show_copy(self) -> None:
        self.copy_button.setText(translate("IdText", "Copy"))
