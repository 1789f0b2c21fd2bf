"""*File > Copy this folder to a shared server…*: where the copy goes (a server address with the
new folder's name) and her password there.

A plain form of its own (the sign-in dialog of *Open shared folder…* asks the same in more
fields). It only reads and checks what she typed (``services.addresses``: a connection to another
computer that would not be protected is refused here, with its sentence); the copy is the
window's job, which tells the dialog what went wrong and leaves it open, as she typed it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.services.addresses import ServerAddress, parse_server_address
from infusion_desk.ui.widgets.forms import big_target, line, plain_label


class CopyToServerDialog(QDialog):
    """``copy_requested(address, password)`` once what she typed reads as an address."""

    copy_requested = Signal(object, str)  # ServerAddress, password

    def __init__(self, parent: QWidget | None = None, *, address: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CopyToServerDialog", "Copy this folder to a shared server"))
        self.setObjectName("copyToServerDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate(
            "CopyToServerDialog",
            "Everything in this folder is copied into a new folder on your care team's server. "
            "This folder file stays as it is. Whoever set up the server can tell you what to "
            "write here."), self))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.address_box = line(address, accessible_name=translate(
            "CopyToServerDialog", "Server address"),
            placeholder="postgresql://maria@db.example.org/infusion?folder=brennan", parent=self)
        form.addRow(translate("CopyToServerDialog", "&Server address:"), self.address_box)
        self.password_box = line(accessible_name=translate("CopyToServerDialog", "Password"),
                                 parent=self)
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("CopyToServerDialog", "&Password:"), self.password_box)
        self.trouble = plain_label("", self)
        self.trouble.setObjectName("copyTrouble")
        self.trouble.hide()
        layout.addWidget(self.trouble)
        buttons = QDialogButtonBox(self)
        self.copy_button: QPushButton = big_target(buttons.addButton(
            translate("CopyToServerDialog", "&Copy"), QDialogButtonBox.ButtonRole.AcceptRole))
        big_target(buttons.addButton(QDialogButtonBox.StandardButton.Cancel))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def address(self) -> ServerAddress:
        """What she typed, read as an address (InvalidValueError, PlainConnectionRefusedError
        and the like if it is not one)."""
        return parse_server_address(self.address_box.text())

    def _on_buttons_accepted(self) -> None:
        try:
            address = self.address()
        except FolderError as error:
            self.show_trouble(error.message)
            self.address_box.setFocus()
            return
        self.copy_requested.emit(address, self.password_box.text())

    def set_busy(self, busy: bool) -> None:
        self.copy_button.setEnabled(not busy)
        self.address_box.setReadOnly(busy)
        self.password_box.setReadOnly(busy)

    def show_trouble(self, text: str) -> None:
        self.set_busy(False)
        self.trouble.setText(text)
        self.trouble.setVisible(bool(text))
