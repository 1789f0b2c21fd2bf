"""Two windows on one shared folder: a call logged in one shows in the other within 2 s, quietly
said in its status bar and never on its undo stack; an open form keeps what she typed. A server
that drops: what she saves is kept, the banner says so, and it is saved once the server is back.

Until the shared folder's own opening lands (helper ``pgcore``: ``Folder.open_shared`` and the
notify trigger of revision 0007), the two windows are the folder file open for changes and open
to read, and the trigger's notice is sent by the writer's subscriber from its own connection:
everything after the server's NOTIFY is the real path (listener, Change, window refresh).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
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
from infusion_desk.core.records import Call, RecordKind
from infusion_desk.services import Change, Folder
from infusion_desk.services.changes import Done
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.folder_view import FolderView
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

KIND_TABLES = {RecordKind.CALL: "calls", RecordKind.QUESTION: "questions"}


@pytest.fixture(scope="module")
def server() -> Iterator[ThrowawayServer]:
    made = ThrowawayServer()
    made.start()
    yield made
    made.remove()


def connector(server: ThrowawayServer) -> Callable[[], psycopg.Connection[Any]]:
    return lambda: psycopg.connect(server.conninfo(), autocommit=True, connect_timeout=2)


def share(folder: Folder, server: ThrowawayServer, *, writer: bool) -> psycopg.Connection[Any]:
    """Make ``folder`` a shared folder's stand-in: it listens on ``server``; a ``writer``'s
    changes are told on the server as revision 0007's trigger tells them, from its own
    connection (whose pid is the folder's own, so that it does not hear itself)."""
    conn = psycopg.connect(server.conninfo(), autocommit=True)
    pid = int(conn.info.backend_pid)
    folder.others.listen_with(connector(server), "brennan", lambda: frozenset({pid}))
    if writer:
        def tell(change: Change) -> None:
            for kind in change.kinds:
                for record_id in change.ids or {0}:
                    conn.execute("SELECT pg_notify('infusion_desk', %s)", [json.dumps(
                        {"folder": "brennan", "table": KIND_TABLES.get(kind, kind.value),
                         "id": record_id, "action": "added", "pid": pid})])
        folder.subscribe(tell)
    return conn


def window(folder: Folder, qtbot: QtBot) -> FolderView:
    ctx = FolderContext(folder, clock=lambda: TODAY)
    view = FolderView(ctx, first_tab=2)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: ctx.remote.listening and ctx.folder.others.listening)
    return view


def log_call(view: FolderView, qtbot: QtBot, who: str) -> None:
    dialog = view.calls.log_call()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.organization, who)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def said(view: FolderView) -> list[str]:
    words: list[str] = []
    view.ctx.signals.status_message.connect(lambda text, _undo: words.append(text))
    return words


@pytest.fixture
def two_windows(tmp_path: Path, server: ThrowawayServer, qtbot: QtBot
                ) -> Iterator[tuple[FolderView, FolderView]]:
    path = tmp_path / "Walter Brennan.infusiondesk"
    mine = Folder.create(path)
    theirs = Folder.open(path, read_only=True)
    conns = [share(mine, server, writer=True), share(theirs, server, writer=False)]
    views = (window(mine, qtbot), window(theirs, qtbot))
    yield views
    for view in views:
        view.ctx.close()
        view.close()
    for folder in (mine, theirs):
        folder.close()
    for conn in conns:
        conn.close()


def test_a_call_logged_in_one_window_shows_in_the_other(
        two_windows: tuple[FolderView, FolderView], qtbot: QtBot) -> None:
    mine, theirs = two_windows
    words, my_words = said(theirs), said(mine)
    log_call(mine, qtbot, "Silverpine Health Plans")
    qtbot.waitUntil(lambda: theirs.calls.model.rowCount() == 1, timeout=2000)
    assert "Silverpine Health Plans" in str(theirs.calls.model.index(0, 1).data())
    assert "Updated with a change made by someone else." in words
    assert mine.ctx.undo_stack.count() == 1  # hers to undo
    assert theirs.ctx.undo_stack.count() == 0  # not the other window's
    assert "Updated with a change made by someone else." not in my_words


def test_an_open_form_keeps_what_she_typed(two_windows: tuple[FolderView, FolderView],
                                           server: ThrowawayServer, qtbot: QtBot) -> None:
    mine, _theirs = two_windows
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
    with psycopg.connect(server.conninfo(), autocommit=True) as someone:  # someone else's save
        someone.execute("SELECT pg_notify('infusion_desk', %s)", [json.dumps(
            {"folder": "brennan", "table": "calls", "id": call.id, "action": "changed",
             "pid": someone.info.backend_pid})])
    qtbot.waitUntil(lambda: bool(changed), timeout=2000)
    assert dialog.isVisible() and dialog.organization.text() == "Medicare Part B"
    dialog.done(0)


class Gate:
    """A service call through the server: out of reach while the server is stopped."""

    def __init__(self, server: ThrowawayServer) -> None:
        self.server = server

    def through(self, operation: Callable[..., Done[Any]]) -> Callable[..., Done[Any]]:
        def call(*args: Any, **kwargs: Any) -> Done[Any]:
            try:
                psycopg.connect(self.server.conninfo(), connect_timeout=2).close()
            except psycopg.OperationalError as exc:
                raise ServerUnreachableError("127.0.0.1", type(exc).__name__) from exc
            return operation(*args, **kwargs)
        return call


def test_a_call_saved_while_the_server_is_away_is_kept_then_saved(
        tmp_path: Path, qtbot: QtBot) -> None:
    server = ThrowawayServer()
    server.start()
    folder = Folder.create(tmp_path / "Walter Brennan.infusiondesk")
    conn = share(folder, server, writer=False)
    folder.call_log.log_call = Gate(server).through(folder.call_log.log_call)  # type: ignore
    view = window(folder, qtbot)
    banner = view.outbox_banner
    try:
        assert not banner.isVisible()
        server.stop()
        log_call(view, qtbot, "Silverpine Health Plans")  # the form closes: what she typed is kept
        qtbot.waitUntil(banner.isVisible)
        assert banner.label.text() == ("The server cannot be reached. One change is kept and "
                                       "will be saved when it is back.")
        log_call(view, qtbot, "Medicare")
        assert "2 changes are kept" in banner.label.text()
        assert folder.calls() == [] and view.ctx.undo_stack.count() == 0
        words = said(view)

        server.start()  # the listener hears it back and the kept calls are saved, in order
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)
        assert [c.organization for c in sorted(folder.calls(), key=lambda c: c.id or 0)] == [
            "Silverpine Health Plans", "Medicare"]
        qtbot.waitUntil(lambda: view.calls.model.rowCount() == 2)
        assert view.ctx.undo_stack.count() == 2  # each can be undone as usual
        assert "The server is back: 2 kept changes are saved." in words
    finally:
        view.ctx.close()
        view.close()
        folder.close()
        conn.close()
        server.remove()


def test_try_now_saves_at_once(tmp_path: Path, server: ThrowawayServer, qtbot: QtBot,
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
        qtbot.waitUntil(lambda: not view.outbox_banner.isVisible(), timeout=2000)
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
