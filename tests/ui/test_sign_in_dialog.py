"""*File > Open shared folder…* as she meets it: the boxes she types in, a whole address pasted,
a connection to another computer that would not be protected refused with its sentence, trouble
said in words with everything she typed kept, and no box offered where there is no password
keeper. (Opening for real, on a PostgreSQL server: test_shared_folder_window.py.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from a11y_checks import (
    TEXT_SCALES,
    at_text_scale,
    on_screen,
    scrolls_sideways,
    small_targets,
    too_big_for_screen,
    unnamed_interactive,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import (
    FolderNotGivenError,
    ServerUnreachableReadingError,
    SignInFailedError,
)
from infusion_desk.services.addresses import ServerAddress
from infusion_desk.ui.shared.sign_in_dialog import SignInDialog

SHOTS = Path("/tmp/h/shots")
KNOWN = ServerAddress(user="maria", host="127.0.0.1", port=5432, database="infusion",
                      folder="brennan", sslmode="prefer")


def _dialog(qtbot: QtBot, **kwargs: object) -> SignInDialog:
    dialog = SignInDialog(None, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    on_screen(dialog)
    return dialog


def _type_in(qtbot: QtBot, dialog: SignInDialog, host: str = "db.example.org") -> None:
    for box, text in ((dialog.host, host), (dialog.database, "infusion"),
                      (dialog.folder, "brennan"), (dialog.user, "maria"),
                      (dialog.password, "s3cret horse")):
        box.clear()
        qtbot.keyClicks(box, text)


def test_what_she_types_is_asked_for_as_an_address(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _type_in(qtbot, dialog)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.sign_in_requested) as asked:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    address, password, remember = asked.args
    assert isinstance(address, ServerAddress)
    assert (address.user, address.host, address.port, address.database, address.folder,
            address.sslmode) == ("maria", "db.example.org", 5432, "infusion", "brennan",
                                 "verify-full")
    assert password == "s3cret horse" and remember is True
    assert not dialog.open_button.isEnabled()  # not clicked twice while it opens
    assert dialog.trouble.text() == "Signing in…"
    if SHOTS.parent.exists():
        SHOTS.mkdir(exist_ok=True)
        dialog.show_trouble("")  # (the picture: the dialog as she fills it in)
        dialog.trouble.hide()
        dialog.grab().save(str(SHOTS / "signin.png"))


def test_a_missing_box_is_named_and_nothing_is_asked(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.host, "db.example.org")
    with qtbot.assertNotEmitted(dialog.sign_in_requested):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.trouble.isVisible()
    assert dialog.trouble.text() == ("Please fill in the database, the folder, your name on the "
                                     "server.")
    _type_in(qtbot, dialog)
    dialog.password.clear()
    with qtbot.assertNotEmitted(dialog.sign_in_requested):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.trouble.text() == "Please type your password."


def test_a_pasted_address_fills_the_boxes_and_folds_them(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.details.isVisible() and not dialog.where.isVisible()  # empty: every box
    assert not dialog.change_details.isVisible()
    dialog.pasted.setText("postgresql://dana@db.example.org:6543/team?folder=okafor")
    assert (dialog.host.text(), dialog.port.text(), dialog.database.text(),
            dialog.folder.text(), dialog.user.text()) == (
        "db.example.org", "6543", "team", "okafor", "dana")
    assert not dialog.trouble.isVisible()
    assert dialog.where.isVisible() and not dialog.details.isVisible()
    assert dialog.where.text() == "Shared folder “okafor” on db.example.org, as dana"
    qtbot.waitUntil(dialog.password.hasFocus)


def test_a_known_address_asks_only_for_the_password(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, address=KNOWN)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Open a shared folder"
    assert dialog.where.isVisible()
    assert dialog.where.text() == "Shared folder “brennan” on 127.0.0.1, as maria"
    assert dialog.where.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.details.isVisible() and not dialog.host.isVisible()
    assert not dialog.pasted.isVisible()
    assert dialog.change_details.isVisible() and not dialog.change_details.isChecked()
    assert dialog.password_label.text() == "Your &password for the shared folder:"
    assert "not your e-mail password" in dialog.password_label.toolTip()
    assert dialog.password.toolTip() == dialog.password_label.toolTip()
    if SHOTS.parent.exists():
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "signin2.png"))
    qtbot.waitUntil(dialog.password.hasFocus)
    qtbot.keyClicks(dialog.password, "s3cret horse")
    with qtbot.waitSignal(dialog.sign_in_requested) as asked:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert asked.args[0] == KNOWN and asked.args[1] == "s3cret horse"


def test_the_server_details_open_to_be_changed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, address=KNOWN)
    qtbot.mouseClick(dialog.change_details, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible() and dialog.host.text() == "127.0.0.1"
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, "okafor")
    assert dialog.where.text() == "Shared folder “okafor” on 127.0.0.1, as maria"
    qtbot.mouseClick(dialog.change_details, Qt.MouseButton.LeftButton)
    assert not dialog.details.isVisible()
    qtbot.keyClicks(dialog.password, "s3cret")
    with qtbot.waitSignal(dialog.sign_in_requested) as asked:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert asked.args[0].folder == "okafor"
    # A folder not given to her: the boxes open, the folder's box to change
    refused = FolderNotGivenError("okafor")
    dialog.show_trouble(refused.message, refused)
    assert dialog.details.isVisible()
    qtbot.waitUntil(dialog.folder.hasFocus)


def test_a_whole_address_in_the_servers_box_is_read_as_one(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.host, "postgresql://dana@db.example.org/team?folder=okafor")
    qtbot.keyClicks(dialog.password, "s3cret")
    with qtbot.waitSignal(dialog.sign_in_requested) as asked:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert asked.args[0].folder == "okafor" and dialog.host.text() == "db.example.org"


def test_a_pasted_servers_ip_address_goes_with_its_name_only(qtbot: QtBot) -> None:
    """``hostaddr=`` (where the server named ``host`` is) is kept for that name; once she types
    another server's name, it is that name that is looked up."""
    dialog = _dialog(qtbot)
    dialog.pasted.setText("postgresql://dana@db.example.org/team?folder=okafor"
                          "&hostaddr=192.0.2.7&sslrootcert=/ca.pem")
    qtbot.keyClicks(dialog.password, "s3cret")
    with qtbot.waitSignal(dialog.sign_in_requested) as asked:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert (asked.args[0].host, asked.args[0].hostaddr) == ("db.example.org", "192.0.2.7")
    assert asked.args[0].sslrootcert == "/ca.pem"
    dialog.set_busy(False)  # (as when that server said no)
    qtbot.mouseClick(dialog.change_details, Qt.MouseButton.LeftButton)
    dialog.host.clear()
    qtbot.keyClicks(dialog.host, "files.example.org")
    with qtbot.waitSignal(dialog.sign_in_requested) as asked:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert (asked.args[0].host, asked.args[0].hostaddr) == ("files.example.org", "")


def test_a_plain_connection_to_another_computer_is_refused_with_why(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.pasted.setText(
        "postgresql://maria@db.example.org/infusion?folder=brennan&sslmode=disable")
    assert dialog.trouble.isVisible()
    assert "would not be protected" in dialog.trouble.text()
    assert "db.example.org" in dialog.trouble.text()
    dialog.pasted.setText("postgresql://maria:hunter2@db.example.org/infusion?folder=brennan")
    assert "leave the password out" in dialog.trouble.text()
    assert dialog.password.text() == ""  # the password in the address was never taken
    # A certificate that would not be checked is refused as well, before anything is sent.
    _type_in(qtbot, dialog)
    dialog.pasted.setText(
        "postgresql://maria@db.example.org/infusion?folder=brennan&sslmode=require")
    assert "certificate would not be checked" in dialog.trouble.text()


def test_on_this_computer_a_plain_connection_is_allowed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _type_in(qtbot, dialog, host="127.0.0.1")
    with qtbot.waitSignal(dialog.sign_in_requested) as asked:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert asked.args[0].sslmode == "prefer"


def test_trouble_is_said_and_what_she_typed_stays(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _type_in(qtbot, dialog)
    with qtbot.waitSignal(dialog.sign_in_requested):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    refused = SignInFailedError("maria")
    dialog.show_trouble(refused.message, refused)
    assert dialog.open_button.isEnabled()
    assert dialog.trouble.text() == refused.message
    assert dialog.user.text() == "maria" and dialog.password.text() == "s3cret horse"
    qtbot.waitUntil(dialog.password.hasFocus)  # to type it again
    assert dialog.password.selectedText() == "s3cret horse"
    away = ServerUnreachableReadingError("db.example.org")
    dialog.show_trouble(away.message, away)
    assert "cannot be reached" in dialog.trouble.text()
    qtbot.waitUntil(dialog.host.hasFocus)


def test_without_a_password_keeper_no_box_is_offered(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, keeper=False)
    assert not dialog.remember.isVisible()
    assert dialog.no_keeper.isVisible()
    assert dialog.no_keeper.text() == ("You will need to type your password each time you open "
                                       "this folder.")
    _type_in(qtbot, dialog)
    dialog.remember.setChecked(True)  # (hidden: never taken)
    with qtbot.waitSignal(dialog.sign_in_requested) as asked:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert asked.args[2] is False


@pytest.mark.parametrize("known", [None, KNOWN])
@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_fits_and_is_named_at_every_text_size(qtbot: QtBot, scale: int,
                                              known: ServerAddress | None) -> None:
    at_text_scale(scale)
    dialog = _dialog(qtbot, address=known)
    assert dialog.windowTitle()
    dialog.show_trouble(SignInFailedError("maria").message)
    QApplication.processEvents()
    assert [*unnamed_interactive(dialog), *small_targets(dialog), *scrolls_sideways(dialog),
            *too_big_for_screen(dialog)] == []
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
