"""Signing in to a shared folder on the test PostgreSQL server, as she would: *File > Open shared
folder…*, typed in; the window shows it and says where it is; a wrong password is said and
nothing is lost; a remembered password is in the password keeper, never in the settings file,
and *Open recent* signs in with it; *Folder > Who changed what* lists what another person did."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
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
from memory_keyring import MemoryKeyring, keeper, no_keeper
from pg_server import PgServer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from infusion_desk.core.dates import format_when
from infusion_desk.core.errors import (
    EditConflictError,
    FolderNotGivenError,
    ServerNotTrustedError,
    SignInFailedError,
)
from infusion_desk.core.records import Profile, Request
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.services.addresses import ServerAddress
from infusion_desk.services.audit import last_save_of
from infusion_desk.storage.shared.setup import add_person, give_folder
from infusion_desk.ui.conflicts import who_saved_theirs
from infusion_desk.ui.main_window import MainWindow, menus
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.shared import actions as shared_actions
from infusion_desk.ui.shared.audit_dialog import AuditDialog
from infusion_desk.ui.shared.places import no_backups_here_words
from infusion_desk.ui.shared.sign_in_dialog import SignInDialog
from infusion_desk.ui.single_instance import OpenRequest, bring_forward

TODAY = date(2026, 11, 27)
OPEN_MS = 60_000
SHOTS = Path("/tmp/h/shots")


@dataclass(frozen=True)
class Team:
    maria: ServerAddress
    dana: ServerAddress
    passwords: dict[str, str]


@pytest.fixture(scope="module")
def team(pg_server: PgServer) -> Team:
    """A database with the folder "brennan", made by one person and given to another."""
    url = pg_server.new_database()
    where = make_url(url)
    names = [pg_server.unique_name("maria"), pg_server.unique_name("dana")]
    passwords = {name: f"pw-{name}" for name in names}
    for name in names:
        add_person(url, name, passwords[name])
    maria, dana = (ServerAddress(user=name, host=str(where.host), port=int(where.port or 5432),
                                 database=str(where.database), folder="brennan",
                                 sslmode="prefer") for name in names)
    Folder.create_shared(maria, passwords[maria.user],
                         Profile(patient_name="Walter Brennan")).close()
    give_folder(url, "brennan", dana.user)
    return Team(maria, dana, passwords)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with keeper(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _ask(window: MainWindow) -> SignInDialog:
    action = window.findChild(type(window.open_action), shared_actions.OPEN_ACTION)
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+O"
    action.trigger()
    dialog = shared_actions.opening(window).dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _type(qtbot: QtBot, dialog: SignInDialog, address: ServerAddress, password: str) -> None:
    for box, text in ((dialog.host, address.host), (dialog.port, str(address.port)),
                      (dialog.database, address.database), (dialog.folder, address.folder),
                      (dialog.user, address.user), (dialog.password, password)):
        box.clear()
        qtbot.keyClicks(box, text)


def _opened(qtbot: QtBot, window: MainWindow, dialog: SignInDialog) -> bool:
    with qtbot.waitSignal(window.opening_ended, timeout=OPEN_MS) as ended:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    return bool(ended.args[0])


def test_signing_in_shows_the_shared_folder_and_keeps_the_password_out_of_the_settings(
        qtbot: QtBot, window: MainWindow, team: Team, memory: MemoryKeyring) -> None:
    dialog = _ask(window)
    assert dialog.remember.isVisible()
    _type(qtbot, dialog, team.maria, team.passwords[team.maria.user])
    dialog.remember.setChecked(True)
    assert _opened(qtbot, window, dialog)
    assert window.ctx is not None and window.view is not None
    assert window.ctx.folder.is_shared
    assert window.view.title.text() == "Walter Brennan"
    assert team.maria.display() in window.windowTitle()  # "brennan — 127.0.0.1"
    assert window.saved_note.text() == ("Every change is saved on the server, and everyone who "
                                        "shares this folder sees it.")
    # Backups are the server's job: the entries are off and say why.
    assert not window.restore_action.isEnabled()
    assert "made on the server" in window.restore_action.toolTip()
    assert window.backup_job is None  # no backup of its own is made on this computer
    assert window.show_restore_dialog() is None
    told = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in told] == [no_backups_here_words()]
    told[0].close()
    asked: list[str] = []
    window.ask = lambda text, *_a, **_k: asked.append(text) or False  # type: ignore[method-assign]
    old = window.ctx.folder.records.add(Request(what="Old note")).value
    assert old.id is not None
    window.ctx.folder.records.trash(Request, old.id)
    window.empty_trash()
    assert asked and "for everyone who shares this folder" in asked[0]
    assert "backup is made" not in asked[0]
    folder_menu = window.findChild(QMenu, shared_actions.FOLDER_MENU)
    assert folder_menu is not None and folder_menu.menuAction().isVisible()
    # The password is in the password keeper, and nowhere in the settings file.
    password = team.passwords[team.maria.user]
    assert memory.entries == {("Infusion Desk", team.maria.keyring_key()): password}
    window.settings.sync()
    settings = Path(window.paths.settings_file).read_text(encoding="utf-8")
    assert password not in settings
    assert window.settings.recent_shared() == [team.maria.text()]


class _RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str,  # noqa: ARG002
                     password: str) -> None:  # noqa: ARG002
        raise RuntimeError("the keeper is locked")


def test_a_password_the_keeper_refuses_is_said_and_the_folder_opens(
        qtbot: QtBot, window: MainWindow, team: Team) -> None:
    with keeper(_RefusingKeyring()):
        dialog = _ask(window)
        _type(qtbot, dialog, team.maria, team.passwords[team.maria.user])
        dialog.remember.setChecked(True)
        assert _opened(qtbot, window, dialog)
        assert window.ctx is not None
        assert "could not be kept" in window.status_label.text()


def test_a_wrong_password_is_said_and_nothing_she_typed_is_lost(
        qtbot: QtBot, window: MainWindow, team: Team, memory: MemoryKeyring) -> None:
    dialog = _ask(window)
    _type(qtbot, dialog, team.maria, "not the password")
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=OPEN_MS)
    assert dialog.trouble.text() == SignInFailedError(team.maria.user).message
    assert dialog.isVisible() and window.ctx is None
    assert dialog.user.text() == team.maria.user and dialog.folder.text() == "brennan"
    assert dialog.password.text() == "not the password"
    assert memory.entries == {}  # a refused password is never remembered
    # She types it right: the folder opens.
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, team.passwords[team.maria.user])
    assert _opened(qtbot, window, dialog)
    assert window.ctx is not None and not dialog.isVisible()


def test_a_folder_not_given_to_her_is_said(
        qtbot: QtBot, window: MainWindow, team: Team, memory: MemoryKeyring) -> None:
    dialog = _ask(window)
    _type(qtbot, dialog, team.dana.with_folder("okafor"), team.passwords[team.dana.user])
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=OPEN_MS)
    assert dialog.trouble.text() == FolderNotGivenError("okafor").message
    assert window.ctx is None


def test_a_server_that_cannot_prove_who_it_is_is_said(
        qtbot: QtBot, window: MainWindow, team: Team, memory: MemoryKeyring) -> None:
    dialog = _ask(window)
    checked = replace(team.maria, sslmode="verify-full")  # the test server has no certificate
    dialog.pasted.setText(checked.text())
    assert dialog.host.text() == checked.host and not dialog.trouble.isVisible()
    qtbot.keyClicks(dialog.password, team.passwords[team.maria.user])
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=OPEN_MS)
    assert dialog.trouble.text() == ServerNotTrustedError(checked.host).message
    assert window.ctx is None and memory.entries == {}


def test_open_recent_signs_in_with_the_remembered_password(
        qtbot: QtBot, window: MainWindow, team: Team, memory: MemoryKeyring) -> None:
    memory.set_password("Infusion Desk", team.dana.keyring_key(),
                        team.passwords[team.dana.user])
    window.settings.add_recent_shared(team.dana.text())
    menus.fill_recent_menu(window)
    entries = [a for a in window.recent_menu.actions() if a.toolTip() == team.dana.text()]
    assert len(entries) == 1 and "brennan — " in entries[0].text()
    with qtbot.waitSignal(window.opening_ended, timeout=OPEN_MS) as ended:
        entries[0].trigger()
    assert ended.args[0] is True  # no dialog: signed in with what the keeper holds
    assert window.ctx is not None and window.ctx.folder.shared_address == team.dana
    dialog = shared_actions.opening(window).dialog
    assert dialog is None or not dialog.isVisible()


def test_an_address_handed_over_by_a_second_start_opens_it(
        qtbot: QtBot, window: MainWindow, team: Team, memory: MemoryKeyring) -> None:
    memory.set_password("Infusion Desk", team.maria.keyring_key(),
                        team.passwords[team.maria.user])
    with qtbot.waitSignal(window.opening_ended, timeout=OPEN_MS) as ended:
        bring_forward(window, OpenRequest(shared=team.maria.text()))
    assert ended.args[0] is True
    assert window.ctx is not None and window.ctx.folder.shared_address == team.maria
    with qtbot.waitSignal(window.opening_ended, timeout=OPEN_MS) as again:  # open already
        bring_forward(window, OpenRequest(shared=team.maria.text()))
    assert again.args[0] is True and window.ctx.folder.shared_address == team.maria


def test_without_a_password_keeper_she_is_told_and_asked_each_time(
        qtbot: QtBot, window: MainWindow, team: Team) -> None:
    with keeper(no_keeper()):
        window.settings.add_recent_shared(team.dana.text())
        menus.fill_recent_menu(window)
        entry = next(a for a in window.recent_menu.actions() if a.toolTip() == team.dana.text())
        entry.trigger()
        opening = shared_actions.opening(window)
        qtbot.waitUntil(lambda: opening.dialog is not None and opening.dialog.isVisible(),
                        timeout=OPEN_MS)
        dialog = opening.dialog
        assert dialog is not None
        assert dialog.folder.text() == "brennan" and dialog.user.text() == team.dana.user
        assert not dialog.remember.isVisible() and dialog.no_keeper.isVisible()
        qtbot.keyClicks(dialog.password, team.passwords[team.dana.user])
        assert _opened(qtbot, window, dialog)


def test_who_changed_what_lists_a_change_made_by_another_person(
        qtbot: QtBot, window: MainWindow, team: Team, memory: MemoryKeyring) -> None:
    with Folder.open_shared(team.dana, team.passwords[team.dana.user]) as theirs:
        theirs.records.add(Request(what="Signed plan of care"))
    dialog = _ask(window)
    _type(qtbot, dialog, team.maria, team.passwords[team.maria.user])
    assert _opened(qtbot, window, dialog)
    found = shared_actions.show_audit(window)
    assert isinstance(found, AuditDialog)
    qtbot.addWidget(found)
    qtbot.waitUntil(lambda: bool(found.lines), timeout=OPEN_MS)
    lines = [(a.who, a.what_words(), a.happened_words()) for a in found.lines]
    assert (team.dana.user, "Request: Signed plan of care", "Added") in lines
    assert lines.index((team.dana.user, "Request: Signed plan of care", "Added")) == 0  # newest
    shown = {found.model.index(row, col).data() for row in range(found.model.rowCount())
             for col in range(4)}
    assert {team.dana.user, "Request: Signed plan of care", "Added"} <= shown
    # A change made here shows in the open list too.
    assert window.ctx is not None
    window.ctx.folder.records.add(Request(what="Nursing notes"))
    qtbot.waitUntil(lambda: found.lines[0].what_words() == "Request: Nursing notes",
                    timeout=OPEN_MS)
    assert found.lines[0].who == team.maria.user
    assert found.windowTitle() == "Who changed what"
    assert found.model.index(0, 1).data() == f"{team.maria.user} (you)"  # her own
    dana_rows = [row for row in range(found.model.rowCount())
                 if found.lines[row].who == team.dana.user]
    assert {found.model.index(row, 1).data() for row in dana_rows} == {team.dana.user}
    if SHOTS.parent.exists():
        SHOTS.mkdir(exist_ok=True)
        on_screen(found)
        found.resize(980, 480)
        QApplication.processEvents()
        found.grab().save(str(SHOTS / "audit2.png"))
    for scale in TEXT_SCALES:
        at_text_scale(scale)
        on_screen(found)
        QApplication.processEvents()
        assert [*unnamed_interactive(found), *small_targets(found), *scrolls_sideways(found),
                *too_big_for_screen(found)] == []


def test_the_conflict_view_says_who_saved_theirs_and_when(
        qtbot: QtBot, window: MainWindow, team: Team, memory: MemoryKeyring) -> None:
    dialog = _ask(window)
    _type(qtbot, dialog, team.maria, team.passwords[team.maria.user])
    assert _opened(qtbot, window, dialog)
    assert window.ctx is not None
    request = window.ctx.folder.records.add(Request(what="Pharmacy invoice")).value
    assert request.id is not None
    with Folder.open_shared(team.dana, team.passwords[team.dana.user]) as theirs:
        theirs.records.update(replace(theirs.get(Request, request.id), notes="Faxed"))
    with pytest.raises(EditConflictError) as told:
        window.ctx.folder.records.update(replace(request, what="Pharmacy invoice, Nov"))
    said = who_saved_theirs(window.ctx, told.value)
    last = last_save_of(window.ctx.folder, request)
    assert last is not None and last.who == team.dana.user
    assert said == f"Saved by {team.dana.user} at {format_when(last.at)}"
