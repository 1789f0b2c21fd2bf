"""The banner that says the shared folder's server cannot be reached, how many changes are kept
for it, and offers *Try now*. Hidden while the server answers and nothing waits."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.services.outbox import waiting_words
from infusion_desk.ui.outbox_keeping import OutboxKeeper
from infusion_desk.ui.widgets.forms import big_target, plain_label


def away_words() -> str:
    """The banner's sentence while the server is away and nothing waits yet."""
    return translate("Outbox", "The server cannot be reached right now. Changes you make are "
                     "kept and will be saved when it is back.")


class OutboxBanner(QFrame):
    def __init__(self, keeper: OutboxKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keeper = keeper
        self.setObjectName("outbox_banner")
        self.setStyleSheet("QFrame#outbox_banner { background: #fff4ce; color: #3b2f00; "
                           "border: 1px solid #c9a400; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = plain_label("", self)
        self.try_button = big_target(QPushButton(self))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.try_button)
        self.speak_again()
        self.try_button.clicked.connect(self._on_try_button_clicked)
        keeper.waiting_changed.connect(self._on_keeper_changed)
        keeper.server_away.connect(self._on_keeper_changed)
        self._on_keeper_changed()

    def speak_again(self) -> None:
        self.setAccessibleName(translate("Outbox", "Server out of reach"))
        self.try_button.setText(translate("Outbox", "&Try now"))
        self.try_button.setToolTip(translate("Outbox", "Try to reach the server and save what "
                                                       "is kept now"))
        self._on_keeper_changed()

    def _on_keeper_changed(self, *_args: object) -> None:
        waiting = self._keeper.waiting
        self.label.setText(waiting_words(waiting) if waiting else away_words())
        self.try_button.setVisible(waiting > 0)
        self.setVisible(waiting > 0 or self._keeper.away)

    def _on_try_button_clicked(self) -> None:
        self._keeper.try_now()
