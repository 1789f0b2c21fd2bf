"""*File > Open shared folder…*: where the folder is (server, port, database, folder), who she
is (her name on the server, her password), and whether this computer remembers the password.

The dialog only reads and checks what she typed (``services.addresses``: a connection to another
computer that would not be protected is refused here, with its sentence); opening is the
window's job (``ui.shared.opening``), which tells the dialog what went wrong, in words, and the
dialog stays open with everything as she typed it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import (
    FolderError,
    FolderNotGivenError,
    ServerUnreachableError,
    SignInFailedError,
)
from infusion_desk.core.i18n import translate
from infusion_desk.services.addresses import (
    ServerAddress,
    looks_like_server_address,
    parse_server_address,
    server_address,
)
from infusion_desk.ui.widgets.forms import big_target, line, plain_label

DEFAULT_PORT = 5432  # PostgreSQL's own
ERROR_STYLE = ("QLabel#signInTrouble { color: palette(bright-text); background: #a4262c; "
               "padding: 6px; border-radius: 4px; }")


def no_keeper_words() -> str:
    return translate("SignInDialog", "You will need to type your password each time you open "
                                     "this folder.")


def password_tip() -> str:
    return translate("SignInDialog", "The password you chose (or were given) when you were added "
                                     "to the care team's server — not your e-mail password.")


class SignInDialog(QDialog):
    """Asks where the shared folder is and who she is. ``sign_in_requested(address, password,
    remember)`` once what she typed reads as an address; the window opens it and calls
    :meth:`show_trouble` (the dialog stays) or closes it.

    When the address is known (from *Open recent*, the command line, a second start, or pasted),
    one line says where and as whom, and the boxes of the address are folded under *Change the
    server details…*: she sees only the password box. Empty, every box is shown."""

    sign_in_requested = Signal(object, str, bool)  # ServerAddress, password, remember it

    def __init__(self, parent: QWidget | None = None, *, keeper: bool = True,
                 address: ServerAddress | None = None, trouble: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SignInDialog", "Open a shared folder"))
        self.setObjectName("signInDialog")
        self._ssl: tuple[str, str] = ("", "")  # sslmode, sslrootcert from a pasted address
        self._hostaddr: tuple[str, str] = ("", "")  # a pasted address's host and its hostaddr
        layout = QVBoxLayout(self)
        self.where = plain_label("", self)  # "Shared folder “brennan” on …, as maria"
        self.where.setAccessibleName(translate("SignInDialog", "Which shared folder"))
        layout.addWidget(self.where)
        self.change_details = big_target(QPushButton(
            translate("SignInDialog", "Change the ser&ver details…"), self))
        self.change_details.setCheckable(True)
        self.change_details.setAutoDefault(False)
        self.change_details.setToolTip(translate(
            "SignInDialog", "Show the server, the database, the folder and your name on the "
                            "server, to change them"))
        layout.addWidget(self.change_details, 0, Qt.AlignmentFlag.AlignLeft)
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(plain_label(translate(
            "SignInDialog", "A shared folder is kept on your care team's server. Whoever set up "
                            "the server can tell you what to write here."), self.details))
        self._build_fields(details)
        self._build_paste(details)
        layout.addWidget(self.details)
        self._build_password(layout)
        self._build_remember(layout, keeper)
        self._build_bottom(layout)
        self.pasted.textChanged.connect(self._on_pasted_text_changed)
        self.change_details.toggled.connect(self._on_change_details_toggled)
        for box in (self.host, self.folder, self.user):
            box.textChanged.connect(self._say_where)
        self._fold(False)
        if address is not None:
            self.set_address(address)
        if trouble:
            self.show_trouble(trouble)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _build_fields(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.host = line(accessible_name=translate("SignInDialog", "Server"),
                         placeholder=translate("SignInDialog", "for example db.example.org"),
                         parent=self.details)
        self.port = line(str(DEFAULT_PORT), accessible_name=translate("SignInDialog", "Port"),
                         parent=self.details)
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.database = line(accessible_name=translate("SignInDialog", "Database"),
                             parent=self.details)
        self.folder = line(accessible_name=translate("SignInDialog", "Folder"),
                           placeholder=translate("SignInDialog", "for example brennan"),
                           parent=self.details)
        self.user = line(accessible_name=translate("SignInDialog", "Your name on the server"),
                         parent=self.details)
        form.addRow(translate("SignInDialog", "&Server:"), self.host)
        form.addRow(translate("SignInDialog", "P&ort:"), self.port)
        form.addRow(translate("SignInDialog", "&Database:"), self.database)
        form.addRow(translate("SignInDialog", "&Folder:"), self.folder)
        form.addRow(translate("SignInDialog", "Your &name on the server:"), self.user)

    def _build_paste(self, layout: QVBoxLayout) -> None:
        self.pasted = line(accessible_name=translate("SignInDialog", "The whole address"),
                           placeholder="postgresql://maria@db.example.org/infusion?folder=brennan",
                           parent=self.details)
        self.pasted.setToolTip(translate(
            "SignInDialog", "If you were sent the folder's whole address, paste it here: the "
                            "boxes above are filled in from it."))
        paste_row = QFormLayout()
        paste_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        paste_row.addRow(translate("SignInDialog", "Or paste the whole &address:"), self.pasted)
        layout.addLayout(paste_row)

    def _build_password(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.password = line(accessible_name=translate(
            "SignInDialog", "Your password for the shared folder"), parent=self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(password_tip())
        form.addRow(translate("SignInDialog", "Your &password for the shared folder:"),
                    self.password)
        self.password_label = form.labelForField(self.password)
        self.password_label.setToolTip(password_tip())

    def _build_remember(self, layout: QVBoxLayout, keeper: bool) -> None:
        self.remember = big_target(QCheckBox(translate(
            "SignInDialog", "&Remember my password on this computer"), self))
        self.remember.setToolTip(translate(
            "SignInDialog", "Kept in this computer's password keeper, never in the app's "
                            "settings."))
        self.no_keeper = plain_label(no_keeper_words(), self)
        self.remember.setVisible(keeper)
        self.no_keeper.setVisible(not keeper)
        self.keeper = keeper
        layout.addWidget(self.remember)
        layout.addWidget(self.no_keeper)

    def _build_bottom(self, layout: QVBoxLayout) -> None:
        self.trouble = plain_label("", self)
        self.trouble.setObjectName("signInTrouble")
        self.trouble.setStyleSheet(ERROR_STYLE)
        self.trouble.setAccessibleName(translate("SignInDialog", "What went wrong"))
        self.trouble.hide()
        layout.addWidget(self.trouble)
        self.buttons = QDialogButtonBox(self)
        self.open_button = big_target(QPushButton(translate("SignInDialog", "&Open"), self))
        self.open_button.setDefault(True)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        big_target(cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ what she typed
    def set_address(self, address: ServerAddress, *, fold: bool = True) -> None:
        """Fill the boxes from an address (a recent folder, a pasted address); ``fold``: say
        it in one line and fold the boxes away, leaving the password box."""
        self.host.setText(address.host)
        self.port.setText(str(address.port))
        self.database.setText(address.database)
        self.folder.setText(address.folder)
        self.user.setText(address.user)
        self._ssl = (address.sslmode, address.sslrootcert)
        self._hostaddr = (address.host, address.hostaddr)
        if fold:
            self._fold(True)
        if not self.password.text():
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fold(self, known: bool) -> None:
        """Known: the line saying where, the boxes folded (closed). Not known: every box."""
        self.where.setVisible(known)
        self.change_details.setVisible(known)
        self.change_details.setChecked(False)
        self.details.setVisible(not known)
        self._say_where()

    def _say_where(self) -> None:
        self.where.setText(translate(
            "SignInDialog", "Shared folder “{folder}” on {host}, as {name}").format(
            folder=self.folder.text().strip(), host=self.host.text().strip(),
            name=self.user.text().strip()))

    def _on_change_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()

    def address(self) -> ServerAddress:
        """What the boxes say, checked; raises FolderError (what is missing or not allowed).
        A whole address typed or pasted into the server's box is read as one."""
        if looks_like_server_address(self.host.text()):
            pasted = parse_server_address(self.host.text())
            self.set_address(pasted, fold=False)
            return pasted
        try:
            port = int(self.port.text().strip() or DEFAULT_PORT)
        except ValueError:
            port = 0
        missing = [name for name, box in (
            (translate("SignInDialog", "the server"), self.host),
            (translate("SignInDialog", "the database"), self.database),
            (translate("SignInDialog", "the folder"), self.folder),
            (translate("SignInDialog", "your name on the server"), self.user)) if
            not box.text().strip()]
        if missing:
            raise FolderError(translate("SignInDialog", "Please fill in {what}.").format(
                what=", ".join(missing)))
        host = self.host.text().strip()
        return server_address(self.user.text(), host, self.database.text(),
                              self.folder.text(), port=port, sslmode=self._ssl[0],
                              sslrootcert=self._ssl[1],
                              hostaddr=self._hostaddr[1] if host == self._hostaddr[0] else "")

    def _on_pasted_text_changed(self, text: str) -> None:
        if not text.strip():
            return
        if not looks_like_server_address(text):
            self.show_trouble(translate("SignInDialog", "A shared folder's address starts with "
                                                        "postgresql://"))
            return
        try:
            address = parse_server_address(text)
        except FolderError as exc:
            self.show_trouble(exc.message)
            return
        self.trouble.hide()
        self.set_address(address)

    # ------------------------------------------------------------------ opening
    def _on_buttons_accepted(self) -> None:
        self.trouble.hide()
        try:
            address = self.address()
        except FolderError as exc:
            self.show_trouble(exc.message)
            return
        if not self.password.text():
            self.show_trouble(translate("SignInDialog", "Please type your password."))
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.set_busy(True)
        self.sign_in_requested.emit(address, self.password.text(),
                                    self.keeper and self.remember.isChecked())

    def set_busy(self, busy: bool) -> None:
        """While the folder opens: nothing to click twice, the words say what is happening."""
        self.open_button.setEnabled(not busy)
        for box in (self.host, self.port, self.database, self.folder, self.user, self.password,
                    self.pasted):
            box.setReadOnly(busy)
        if busy:
            self.trouble.setStyleSheet("")
            self.trouble.setText(translate("SignInDialog", "Signing in…"))
            self.trouble.show()

    def show_trouble(self, text: str, error: FolderError | None = None) -> None:
        """Say what went wrong; everything she typed stays. The box to look at next gets the
        keyboard (the password when it was refused)."""
        self.set_busy(False)
        self.trouble.setStyleSheet(ERROR_STYLE)
        self.trouble.setText(text)
        self.trouble.setAccessibleDescription(text)
        self.trouble.show()
        box = self._box_for(error)
        if box is not None and self.details.isAncestorOf(box) and self.details.isHidden():
            self.change_details.setChecked(True)  # the box to change: shown
        if box is not None:
            box.setFocus(Qt.FocusReason.OtherFocusReason)
            box.selectAll()

    def _box_for(self, error: FolderError | None) -> QLineEdit | None:
        if isinstance(error, SignInFailedError):
            return self.password
        if isinstance(error, FolderNotGivenError):
            return self.folder
        if isinstance(error, ServerUnreachableError):
            return self.host
        return None
