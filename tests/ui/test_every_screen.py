"""Every tab and every dialog a button opens, walked in English and in Spanish at the caregiver's
screen (1366×768): each interactive widget has a name a screen reader reads, each target is big
enough to hit, each dialog fits the screen, and in Spanish no English is left.

The demo folder is made in the language being checked (its entries are written in it), so words
left in English are the app's own. Pressing a button that opens a dialog runs the checks on that
dialog, then closes it unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from a11y_checks import (
    WINDOW,
    english_left,
    small_targets,
    too_big_for_screen,
    unnamed_interactive,
)
from PySide6.QtGui import QDesktopServices
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

from infusion_desk.demo.writer import write_demo_folder
from infusion_desk.paths import app_paths
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings

TODAY = date(2026, 11, 27)
TABS = ("overview", "requests", "calls", "questions", "documents", "contacts")
pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support"),
              ]

# Proper names and what the folder holds that stays as it was written (the letters' own words
# come from US plans and are English in every language).
KEPT_AS_WRITTEN = ("Infusion Desk", "Medicare", "Medicare Advantage", "Medicaid")


class Findings:
    def __init__(self, spanish: bool) -> None:
        self.spanish = spanish
        self.found: list[str] = []
        self.dialogs: list[str] = []
        self.hers: tuple[str, ...] = ()  # what the folder holds as it came: file names, numbers

    def check(self, where: str, root: QWidget) -> None:
        problems = [*unnamed_interactive(root), *small_targets(root)]
        if self.spanish:
            problems += english_left(root, allow=(*KEPT_AS_WRITTEN, *self.hers))
        self.found += [f"{where}: {problem}" for problem in problems]

    def check_dialog(self, dialog: QDialog) -> int:
        """Checks a dialog as it shows; as ``exec`` it answers Cancel."""
        title = dialog.windowTitle() or type(dialog).__name__
        self.dialogs.append(title)
        hint = dialog.sizeHint()
        dialog.resize(min(hint.width(), WINDOW[0]), min(hint.height(), WINDOW[1]))
        dialog.show()
        QApplication.processEvents()
        self.found += [f"dialog {title!r}: {p}" for p in too_big_for_screen(dialog)]
        self.check(f"dialog {title!r}", dialog)
        return int(QDialog.DialogCode.Rejected)


@pytest.fixture
def findings(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Findings:
    spanish = request.getfixturevalue("language") == "es"
    if spanish:
        request.getfixturevalue("spanish")
    seen = Findings(spanish)
    monkeypatch.setattr(QDialog, "exec", seen.check_dialog)
    monkeypatch.setattr(QMessageBox, "exec", seen.check_dialog)
    monkeypatch.setattr(QPrintDialog, "exec", lambda *_a, **_k: int(QDialog.DialogCode.Rejected))
    monkeypatch.setattr(QMenu, "exec", lambda *_a, **_k: None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: "")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *_a, **_k: False)
    return seen


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, findings: Findings) -> Iterator[MainWindow]:
    path = tmp_path / "Walk.infusiondesk"
    write_demo_folder(path, today=TODAY).close()
    paths = app_paths()
    shown = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(*WINDOW)
    shown.show()
    with qtbot.waitSignal(shown.opening_ended, timeout=60_000):
        shown.open_folder(path)
    assert shown.ctx is not None
    folder = shown.ctx.folder
    findings.hers = (*(d.original_name for d in folder.documents_listed()),
                     *(c.reference_number for c in folder.calls()))
    yield shown
    shown.close()


def _pressable(tab: QWidget) -> list[QAbstractButton]:
    return [b for b in tab.findChildren(QAbstractButton)
            if b.isVisibleTo(tab) and b.isEnabled() and b.text().strip()]


def _opened_dialogs(main: MainWindow) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w is not main]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_tab_and_dialog_is_named_big_enough_and_in_her_language(
        qtbot: QtBot, window: MainWindow, findings: Findings, language: str) -> None:
    assert window.view is not None
    findings.check("the window", window)
    for name in TABS:
        tab = getattr(window.view, name)
        window.view.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(tab.isVisible)
        findings.check(f"tab {name}", window)
        for button in _pressable(tab):
            if not shiboken6.isValid(button) or not button.isVisibleTo(tab):
                continue
            window.view.tabs.setCurrentWidget(tab)
            if button.isEnabled():
                button.click()
                QApplication.processEvents()
                for opened in _opened_dialogs(window):
                    findings.check_dialog(opened)
                    opened.reject()
    assert len(findings.dialogs) >= 8, findings.dialogs
    assert findings.found == [], f"{len(findings.found)} problems ({language}):\n" + "\n".join(
        findings.found)
