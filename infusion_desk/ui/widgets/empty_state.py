"""What an empty list shows instead: what belongs there, and the button that adds it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infusion_desk.ui.widgets.forms import big_target, heading, plain_label


class EmptyState(QWidget):
    """A calm, centred page: a heading, one sentence of explanation and an action button.

    A page without a heading (``title`` empty) shows only the sentence. Further buttons (such as
    a second way to add) go beside the first with :meth:`add_button`.
    """

    def __init__(self, title: str, explanation: str, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = heading(title, self, scale=1.15)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setVisible(bool(title))
        layout.addWidget(self.label)
        self.explain = plain_label(explanation, self)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.explain)
        self.button = big_target(QPushButton(action, self))
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addWidget(self.button)
        self._row.addStretch(1)
        layout.addLayout(self._row)
        layout.addStretch(2)

    def add_button(self, text: str) -> QPushButton:
        """Another button beside the first (in the same centred row)."""
        button = big_target(QPushButton(text, self))
        self._row.insertWidget(self._row.count() - 1, button)
        return button
