"""A quiet strip for work that takes a while: what is happening, how far it has got, Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.widgets.forms import big_target, plain_label


class ProgressStrip(QWidget):
    """A label, a bar and a Cancel button; the window stays usable all along."""

    cancel_clicked = Signal()

    def __init__(self, what: str, cancel_tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label("", self, wrap=False)
        self.label.setAccessibleName(what)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(translate("ProgressStrip", "How far it has got"))
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.cancel_button = big_target(QPushButton(translate("ProgressStrip", "Cancel"), self))
        self.cancel_button.setToolTip(cancel_tip)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def begin(self, text: str, *, can_cancel: bool = True) -> None:
        """Show the strip, busy until the first step is counted."""
        self.setVisible(True)
        self.cancel_button.setVisible(can_cancel)
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.label.setText(text)

    def advance(self, done: int, total: int, text: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text and self.cancel_button.isEnabled():
            self.label.setText(text)

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_clicked.emit()
