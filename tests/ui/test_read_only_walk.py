"""A folder open for reading only, walked as a curious person would: every tab, every kind of record
in every state (open, overdue, sent, received, answered, no longer needed, follow-up due, in the
trash), every button she can press and every dialog it opens.

Whether an action edits the folder is declared where it is made (``ui.editing.editing``), not
guessed from its words. The walk checks both halves of that promise: every declared editing action
is off wherever she looks, and pressing everything that is on never tries to write (the store's
write path is watched) and never changes a byte of the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    Question,
    QuestionStatus,
    Record,
    Request,
    Step,
)
from infusion_desk.demo.writer import write_demo_folder
from infusion_desk.paths import app_paths
from infusion_desk.storage.store import Store
from infusion_desk.ui.editing import edits_folder
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings

TODAY = date(2026, 11, 27)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo folder, with one record of each kind moved to the trash."""
    path = tmp_path_factory.mktemp("walk") / "Walk.infusiondesk"
    folder = write_demo_folder(path, today=TODAY)
    try:
        for cls in (Call, Question, Request, Document, Contact):
            first = folder.get_many(cls, [r.id for r in _all(folder, cls)][:1])
            if first and first[0].id is not None:
                folder.records.trash(cls, first[0].id)
    finally:
        folder.close()
    return path


def _all(folder: object, cls: type[Record]) -> list[Record]:
    lists = {Call: "calls", Question: "questions", Request: "requests", Document: "documents",
             Contact: "contacts", Step: "steps"}
    return list(getattr(folder, lists[cls])())


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every time anything asks the store to write, while the walk goes on."""
    asked: list[str] = []
    original = Store.writing

    @contextmanager
    def watched(self: Store) -> Iterator[object]:
        asked.append("write")
        with original(self) as session:
            yield session

    monkeypatch.setattr(Store, "writing", watched)
    return asked


@pytest.fixture
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Modal boxes and file pickers answer "Cancel" at once; nothing is opened outside the app."""
    shown: list[str] = []

    def cancel(self: QDialog) -> int:
        shown.append(self.windowTitle())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", cancel)
    monkeypatch.setattr(QMessageBox, "exec", cancel)
    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    monkeypatch.setattr(QMenu, "exec", lambda *_a, **_k: None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: "")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *_a, **_k: False)
    return shown


def _editing_actions_on(root: QWidget) -> list[str]:
    found: list[QObject] = [*root.findChildren(QAbstractButton), *root.findChildren(QAction)]
    return [_name(o) for o in found if edits_folder(o) and o.isEnabled()]  # type: ignore[attr-defined]


def _declared_editing(root: QWidget) -> list[str]:
    found: list[QObject] = [*root.findChildren(QAbstractButton), *root.findChildren(QAction)]
    return [_name(o) for o in found if edits_folder(o)]


def _name(obj: QObject) -> str:
    text = obj.text() if isinstance(obj, QAbstractButton | QAction) else ""
    return f"{type(obj).__name__} “{text}” ({obj.objectName()})"


def _open_windows(main: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not main]


def _close_extra_windows(main: MainWindow) -> None:
    for extra in _open_windows(main):
        extra.close()


def _pressable(tab: QWidget) -> list[QAbstractButton]:
    return [b for b in tab.findChildren(QAbstractButton)
            if b.isVisibleTo(tab) and b.isEnabled() and not edits_folder(b)
            and b.text().strip()]


TABS_AND_KINDS = [
    ("requests", Request), ("calls", Call), ("questions", Question),
    ("documents", Document), ("contacts", Contact), ("overview", Step),
]


def test_nothing_in_a_read_only_folder_can_change_it(
    qtbot: QtBot, demo_file: Path, writes: list[str], quiet_dialogs: list[str]
) -> None:
    before = digest(demo_file)
    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_folder(demo_file, read_only=True)
    qtbot.waitUntil(lambda: window.view is not None and window.ctx is not None, timeout=20000)
    assert window.view is not None and window.ctx is not None
    assert window.ctx.read_only
    # The window's own editing commands are declared as such, and off.
    for action in (window.log_call_action, window.empty_trash_action, window.restore_action,
                   window.undo_action, window.redo_action):
        assert edits_folder(action) and not action.isEnabled(), action.text()
    folder = window.ctx.folder
    states_seen: set[str] = set()
    pressed = 0

    for tab_name, cls in TABS_AND_KINDS:
        tab = getattr(window.view, tab_name)
        records = _all(folder, cls)
        assert records, tab_name
        for record in records:
            states_seen.add(_state(record))
            _show(window, tab, record)
            assert _editing_actions_on(window) == [], (tab_name, record)
            for button in _pressable(tab):
                _show(window, tab, record)  # the last press may have changed the page
                if (not shiboken6.isValid(button) or not button.isVisibleTo(tab)
                        or not button.isEnabled()):
                    continue
                button.click()
                pressed += 1
                for opened in _open_windows(window):
                    # A button that opens a form for changing the folder is itself an editing
                    # action: it must be declared, and so be off here.
                    assert _declared_editing(opened) == [], (tab_name, button.text())
                _close_extra_windows(window)
    assert writes == [], "something tried to write to a read-only folder"
    # Every state a record can be in was walked through (the trashed ones are not listed).
    assert {"open request", "overdue request", "sent request", "received request",
            "open question", "answered question", "not needed question",
            "follow-up due"} <= states_seen
    assert pressed > 50
    window.close()
    assert digest(demo_file) == before


def _show(window: MainWindow, tab: QWidget, record: Record) -> None:
    assert window.view is not None
    window.view.tabs.setCurrentWidget(tab)
    if not isinstance(record, Step):
        tab.show_record(record.id)  # type: ignore[attr-defined]


def _state(record: Record) -> str:
    if isinstance(record, Request):
        if record.confirmed_on is not None:
            return "received request"
        if record.submitted_on is not None:
            return "sent request"
        if record.due_on is not None and record.due_on < TODAY:
            return "overdue request"
        return "open request"
    if isinstance(record, Question):
        return {QuestionStatus.OPEN: "open question", QuestionStatus.ANSWERED: "answered question",
                QuestionStatus.NOT_NEEDED: "not needed question"}[record.status]
    if isinstance(record, Call) and record.follow_up_on is not None and not record.follow_up_done:
        return "follow-up due"
    return type(record).__name__
