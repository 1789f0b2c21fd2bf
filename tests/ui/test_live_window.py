"""Two windows on one shared folder (two people, the PostgreSQL server): a call logged in one
shows in the other (how soon: tests/benchmarks/live_latency.py), quietly said in its status
bar and never on its undo stack; an open form keeps what she typed. A server that drops: what
she saves is kept, the banner says so, and it is saved once the server is back (a server of the
test's own, stopped and started again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
import shiboken6
from live_server import ThrowawayServer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.errors import ServerUnreachableError
from infusion_desk.core.records import Call
from infusion_desk.services import Change, Folder
from infusion_desk.services.changes import Done
from infusion_desk.storage.address import server_address
from infusion_desk.storage.shared.setup import add_person, give_folder, setup_server
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.folder_view import FolderView
from tests.storage.shared_fixtures import Person, make_person, server_db  # noqa: F401
from tests.ui.conftest import TODAY

_ = (make_person, server_db)  # the fixtures, used by name

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

def window(folder: Folder, qtbot: QtBot) -> FolderView:
    ctx = FolderContext(folder, clock=lambda: TODAY)
    view = FolderView(ctx, first_tab=2)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: ctx.remote.listening and ctx.folder.others.listening)
    return view


def save(dialog: QWidget, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def log_call(view: FolderView, qtbot: QtBot, who: str) -> None:
    dialog = view.calls.log_call()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.organization, who)
    save(dialog, qtbot)


def said(view: FolderView) -> list[str]:
    words: list[str] = []
    view.ctx.signals.status_message.connect(lambda text, _undo: words.append(text))
    return words


@pytest.fixture
def two_windows(make_person: Callable[[str], Person], server_db: str, qtbot: QtBot
                ) -> Iterator[tuple[FolderView, FolderView]]:
    maria, ana = make_person("maria"), make_person("ana")
    mine = Folder.create_shared(maria.address("brennan"), maria.password)
    give_folder(server_db, "brennan", ana.name)
    theirs = Folder.open_shared(ana.address("brennan"), ana.password)
    views = (window(mine, qtbot), window(theirs, qtbot))
    yield views
    for view in views:
        view.ctx.close()
        view.close()
    for folder in (mine, theirs):
        folder.close()


def test_a_call_logged_in_one_window_shows_in_the_other(
        two_windows: tuple[FolderView, FolderView], qtbot: QtBot) -> None:
    mine, theirs = two_windows
    words, my_words = said(theirs), said(mine)
    log_call(mine, qtbot, "Silverpine Health Plans")
    qtbot.waitUntil(lambda: theirs.calls.model.rowCount() == 1, timeout=15000)
    assert "Silverpine Health Plans" in str(theirs.calls.model.index(0, 1).data())
    assert "Updated with a change made by someone else." in words
    assert mine.ctx.undo_stack.count() == 1  # hers to undo
    assert theirs.ctx.undo_stack.count() == 0  # not the other window's
    assert "Updated with a change made by someone else." not in my_words


def test_an_open_form_keeps_what_she_typed(two_windows: tuple[FolderView, FolderView],
                                           qtbot: QtBot) -> None:
    mine, theirs = two_windows
    call = mine.ctx.folder.records.add(Call(organization="Medicare")).value
    qtbot.waitUntil(lambda: mine.calls.model.rowCount() == 1)
    assert call.id is not None
    mine.calls.show_record(call.id)
    dialog = mine.calls.edit_selected()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.organization.clear()
    qtbot.keyClicks(dialog.organization, "Medicare Part B")
    changed: list[Change] = []
    mine.ctx.signals.records_changed.connect(changed.append)
    qtbot.waitUntil(lambda: theirs.calls.model.rowCount() == 1, timeout=15000)
    theirs.ctx.folder.records.update(replace(theirs.calls.model.row_object(0), outcome="Faxed"))
    qtbot.waitUntil(lambda: bool(changed), timeout=15000)
    assert dialog.isVisible() and dialog.organization.text() == "Medicare Part B"
    dialog.done(0)


@pytest.fixture
def stoppable_folder() -> Iterator[tuple[ThrowawayServer, Folder]]:
    """A shared folder on a server of this test's own, which it may stop and start again."""
    server = ThrowawayServer()
    server.start()
    with psycopg.connect(server.conninfo(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE team")
    admin = f"postgresql://postgres@127.0.0.1:{server.port}/team"
    setup_server(admin)
    add_person(admin, "maria", "pw-maria")
    address = server_address("maria", "127.0.0.1", "team", "brennan", port=server.port,
                             sslmode="disable")
    folder = Folder.create_shared(address, "pw-maria")
    yield server, folder
    folder.close()
    server.remove()


def test_a_call_saved_while_the_server_is_away_is_kept_then_saved(
        stoppable_folder: tuple[ThrowawayServer, Folder], qtbot: QtBot) -> None:
    server, folder = stoppable_folder
    view = window(folder, qtbot)
    banner = view.outbox_banner
    try:
        assert not banner.isVisible()
        first = view.calls.log_call()  # she is typing when the server goes away
        qtbot.waitExposed(first)
        qtbot.keyClicks(first.organization, "Silverpine Health Plans")
        second = view.calls.log_call()
        qtbot.keyClicks(second.organization, "Medicare")
        server.stop()
        qtbot.waitUntil(banner.isVisible, timeout=10000)  # the listener lost the server
        assert banner.label.text() == ("The server cannot be reached right now. Changes you "
                                       "make are kept and will be saved when it is back.")
        save(first, qtbot)  # the form closes: what she typed is kept
        assert banner.label.text() == ("The server cannot be reached. One change is kept and "
                                       "will be saved when it is back.")
        save(second, qtbot)
        assert "2 changes are kept" in banner.label.text()
        assert view.ctx.undo_stack.count() == 0
        words = said(view)

        server.start()  # the listener hears it back and the kept calls are saved, in order
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)
        assert [c.organization for c in sorted(folder.calls(), key=lambda c: c.id or 0)] == [
            "Silverpine Health Plans", "Medicare"]
        qtbot.waitUntil(lambda: view.calls.model.rowCount() == 2)
        assert view.ctx.undo_stack.count() == 2  # each can be undone as usual
        assert "The server is back: 2 kept changes are saved." in words
        assert "Updated with a change made by someone else." not in words  # (read again)
        view.ctx.undo_stack.undo()
        assert [c.organization for c in folder.calls()] == ["Silverpine Health Plans"]
    finally:
        view.ctx.close()
        view.close()


def test_try_now_saves_at_once(tmp_path: Path, qtbot: QtBot,
                               tabs: list[QWidget]) -> None:
    folder = Folder.create(tmp_path / "Walter Brennan.infusiondesk")
    away = [True]
    real = folder.call_log.log_call

    def log(*args: Any, **kwargs: Any) -> Done[Any]:
        if away[0]:
            raise ServerUnreachableError("127.0.0.1")
        return real(*args, **kwargs)

    folder.call_log.log_call = log  # type: ignore[method-assign]
    ctx = FolderContext(folder, clock=lambda: TODAY)
    view = FolderView(ctx, first_tab=2)
    tabs.append(view)
    view.show()
    try:
        log_call(view, qtbot, "Medicare")
        qtbot.waitUntil(view.outbox_banner.isVisible)
        away[0] = False
        qtbot.mouseClick(view.outbox_banner.try_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not view.outbox_banner.isVisible(), timeout=15000)
        assert [c.organization for c in folder.calls()] == ["Medicare"]
    finally:
        ctx.close()
        folder.close()


def test_an_undo_the_server_cannot_take_says_so_plainly(
        ctx: FolderContext, monkeypatch: pytest.MonkeyPatch) -> None:
    done = ctx.perform(lambda: ctx.folder.records.add(Call(organization="Medicare")))
    assert done is not None and ctx.undo_stack.count() == 1

    def away(_undo: object) -> Done[None]:
        raise ServerUnreachableError("db.example.org")

    shown: list[str] = []
    monkeypatch.setattr(ctx.folder.records, "undo", away)
    monkeypatch.setattr(ctx, "show_error", lambda error, parent=None: shown.append(error.message))
    ctx.undo_stack.undo()
    assert shown == ["The server cannot be reached right now, so this could not be undone or "
                     "redone. Nothing was changed. Try again when it is back."]
    assert not ctx.outbox.waiting  # an Undo is not kept for later
