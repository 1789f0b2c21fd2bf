"""Nothing leaves the computer, and text a person typed is never read as HTML."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    Plan,
    Profile,
    Question,
    Request,
    Step,
)
from infusion_desk.demo import write_demo_folder
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from tests.ui.shown_windows import shown_windows
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
HTML = '<b>bold</b><img src=x><a href="y">link</a>'
INTERNET = (socket.AF_INET, socket.AF_INET6)


class NetworkAttemptedError(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any internet socket raises (and is written down); local (AF_UNIX) sockets still work."""
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family: Any = -1, *args: Any, **kwargs: Any) -> None:
            if family in INTERNET or (family == -1 and not kwargs.get("fileno")):
                attempts.append(f"socket({family})")
                raise NetworkAttemptedError(f"an internet socket was made: {family}")
            super().__init__(family, *args, **kwargs)

        def connect(self, address: Any) -> None:
            if self.family in INTERNET:
                attempts.append(f"connect({address})")
                raise NetworkAttemptedError(f"connect to {address}")
            super().connect(address)

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(f"create_connection{args}")
        raise NetworkAttemptedError("create_connection")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield attempts
    assert attempts == []


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_main_flows_never_touch_the_network(
    qtbot: QtBot, no_network: list[str], window: MainWindow, tmp_path: Path
) -> None:
    with pytest.raises(NetworkAttemptedError):  # the guard itself works
        socket.create_connection(("example.org", 80))
    no_network.clear()

    demo = tmp_path / "Demo.infusiondesk"
    write_demo_folder(demo, today=TODAY).close()
    assert opened(qtbot, window, demo)
    assert window.ctx is not None and window.view is not None
    ctx, view = window.ctx, window.view

    dialog = view.requests.add_request()
    qtbot.keyClicks(dialog.what, "Signed delivery ticket")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Signed delivery ticket" in [r.what for r in ctx.folder.requests()]

    ctx.folder.call_log.log_call(Call(organization="Sunrise Home Infusion", summary="Pump Friday"))
    assert any(c.summary == "Pump Friday" for c in ctx.folder.calls(limit=5))

    qtbot.keyClicks(view.search_field, "Pump Friday")
    qtbot.waitUntil(lambda: view.results.list.count() >= 1)

    summary = window.print_summary()
    assert summary is not None
    qtbot.waitUntil(summary.save_button.isEnabled, timeout=20000)
    summary.close()

    note = tmp_path / "note from the pharmacy.txt"
    note.write_text("Delivery moved to Friday.", encoding="utf-8")
    before = len(ctx.folder.documents())
    assert view.documents.import_files([note]) is not None
    qtbot.waitUntil(lambda: len(ctx.folder.documents()) == before + 1, timeout=20000)

    window.check_folder()
    qtbot.waitUntil(lambda: any(box.windowTitle() == "Check this folder"
                                for box in shown_windows(QMessageBox)), timeout=20000)
    window.close_folder()  # joins the day's backup, made without a network either
    assert no_network == []


@pytest.fixture
def html_folder(tmp_path: Path) -> Path:
    path = tmp_path / "Html.infusiondesk"
    with Folder.create(path, Profile(patient_name=HTML, therapy=HTML)) as folder:
        folder.records.add(Plan(payer=HTML, plan_name=HTML))
        folder.records.add(Step(title=HTML, waiting_on=HTML))
        folder.records.add(Contact(name=HTML, organization=HTML))
        folder.records.add(Call(called_at=datetime(2026, 11, 20, 10, 0), organization=HTML,
                        summary=HTML))
        folder.records.add(Question(text=HTML, ask_whom=HTML))
        folder.records.add(Request(what=HTML, requested_by=HTML))
        folder.records.add_document(Document(title=HTML, sender=HTML, media_type="text/plain",
                                     original_name="x.txt"), b"plain words")
    return path


def _cells(view: QTableView) -> list[str]:
    model = view.model()
    return [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "")
            for r in range(model.rowCount()) for c in range(model.columnCount())]


def test_typed_html_is_shown_as_the_literal_text(
    qtbot: QtBot, window: MainWindow, html_folder: Path
) -> None:
    assert opened(qtbot, window, html_folder)
    assert window.ctx is not None and window.view is not None
    view, folder = window.view, window.ctx.folder
    records = {
        view.requests: folder.requests()[0],
        view.calls: folder.calls()[0],
        view.questions: folder.questions()[0],
        view.documents: folder.documents()[0],
        view.contacts: folder.contacts()[0],
    }
    for tab, record in records.items():
        view.tabs.setCurrentWidget(tab)
        tab.show_record(record.id or 0)
        tables = tab.findChildren(QTableView)
        assert any(HTML in cell for t in tables for cell in _cells(t)), type(tab).__name__
        shown = [lb for lb in tab.findChildren(QLabel) if HTML in lb.text() and lb.isVisible()]
        assert shown, f"{type(tab).__name__} shows the record's text in its details"
    view.tabs.setCurrentWidget(view.overview)
    assert any(HTML in lb.text() for lb in view.overview.findChildren(QLabel))
    rich = [lb.text() for lb in window.findChildren(QLabel)
            if "<b>bold</b>" in lb.text() and lb.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []
    assert HTML in window.windowTitle()
