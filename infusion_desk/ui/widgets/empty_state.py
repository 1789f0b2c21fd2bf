"""What an empty list shows instead: what belongs there, and the button that adds it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infusion_desk.ui.widgets.forms import heading, plain_label


class EmptyState(QWidget):
    """A calm, centred page: a heading, one sentence of explanation and an action button."""

    def __init__(self, title: str, explanation: str, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = heading(title, self, scale=1.15)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        explain = plain_label(explanation, self)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(explain)
        self.button = QPushButton(action, self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
