"""The Documents tab and its dialogs as a caregiver sees them on a 1366×768 screen, in English
and in Spanish, with text at 100, 150 and 200 %: the document's name and kind always in view,
nothing scrolls sideways, every control named and big enough, no English left in Spanish, and
each dialog fits the screen."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from a11y_checks import (
    WINDOW,
    cut_columns,
    english_left,
    scrolls_sideways,
    small_targets,
    too_big_for_screen,
    unnamed_interactive,
    visible_texts,
)
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.dates import format_day, format_short
from infusion_desk.core.records import DocumentKind, RequestState
from infusion_desk.demo.writer import write_demo_folder
from infusion_desk.paths import app_paths
from infusion_desk.ui.dialogs.document_dialogs import kind_tooltip
from infusion_desk.ui.documents.document_list import KIND, TITLE
from infusion_desk.ui.filing.dialog import FileLetterDialog
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.tabs.documents import DocumentsTab
from infusion_desk.ui.widgets.date_field import DateField

TODAY = date(2026, 11, 27)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
KEPT_AS_WRITTEN = ("Infusion Desk", "Medicare", "Medicare Advantage", "Medicaid", "PDF", "ZIP")
QUOTED = re.compile(r"“([^”]+)”")
SHOTS = os.environ.get("INFUSION_DESK_SHOTS", "")  # a folder: save what the test looked at


def _theirs(window: MainWindow) -> list[str]:
    """What the folder holds as she (or the demo) wrote it: kept out of the English check."""
    assert window.ctx is not None
    folder = window.ctx.folder
    words: list[str] = []
    for document in folder.documents():
        words += [document.title, document.sender, document.notes, document.original_name,
                  document.read_note, *document.text.splitlines()[:1]]
        # (dates are written by the core's date words, which follow the language on their own)
        for day in (document.document_date, document.received_on):
            words += [format_day(day), format_short(day)]
    words += [request.what for request in folder.requests()]
    words += [step.display_title for step in folder.steps()]
    # Labels the core defines (kinds of paper, a request's state) and what an EOB is (the
    # forms' words), translated in their own parts.
    words += [m.source_label for e in (DocumentKind, RequestState) for m in e]
    words.append(kind_tooltip(DocumentKind.EOB))
    return sorted({w for w in words if w}, key=len, reverse=True)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "es":
        request.getfixturevalue("spanish")
    return str(request.param)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, language: str) -> Iterator[MainWindow]:
    path = tmp_path / "Screen.infusiondesk"
    write_demo_folder(path, today=TODAY).close()
    paths = app_paths()
    shown = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(*WINDOW)
    shown.show()
    with qtbot.waitSignal(shown.opening_ended, timeout=60_000):
        shown.open_folder(path)
    yield shown
    shown.close()


def _documents(qtbot: QtBot, window: MainWindow, percent: int) -> DocumentsTab:
    window.set_text_scale(percent)
    assert window.view is not None
    tab = window.view.documents
    window.view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    qtbot.waitUntil(lambda: tab.table.model().rowCount() > 0)
    QApplication.processEvents()
    return tab


def _quoted(root: QWidget) -> list[str]:
    """Words quoted from the letter itself (“…”): the letter's, in its own language."""
    return [quote for _where, text in visible_texts(root) for quote in QUOTED.findall(text)]


def _date_fields(root: QWidget) -> list[str]:
    """The date field's own words (ui/widgets, translated in its own part)."""
    return [text for field in root.findChildren(DateField) for _where, text in visible_texts(field)]


def _no_english(root: QWidget, window: MainWindow) -> None:
    found = english_left(root, allow=[*KEPT_AS_WRITTEN, *_theirs(window), *_quoted(root),
                                      *_date_fields(root)])
    assert found == [], "\n".join(found)


def _save(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_the_documents_tab_keeps_name_and_kind_in_view_at_every_text_size(
        qtbot: QtBot, window: MainWindow, language: str, percent: int) -> None:
    tab = _documents(qtbot, window, percent)
    _save(window, f"documents-{language}-{percent}")
    assert cut_columns(tab.table, [TITLE, KIND]) == []
    assert scrolls_sideways(tab) == []
    assert unnamed_interactive(tab) == []
    assert small_targets(tab) == []
    if language == "es":
        _no_english(tab, window)


@pytest.mark.parametrize("percent", [100, 200])
def test_file_this_letter_fits_the_screen_and_is_named(
        qtbot: QtBot, window: MainWindow, language: str, percent: int) -> None:
    tab = _documents(qtbot, window, percent)
    dialog = tab.file_letters()
    assert isinstance(dialog, FileLetterDialog)
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=30_000)
    hint = dialog.sizeHint()
    dialog.resize(min(hint.width(), WINDOW[0]), min(hint.height(), WINDOW[1]))
    QApplication.processEvents()
    _save(dialog, f"file-letter-{language}-{percent}")
    assert too_big_for_screen(dialog) == []
    assert scrolls_sideways(dialog) == []
    assert unnamed_interactive(dialog) == []
    assert small_targets(dialog) == []
    if language == "es":
        _no_english(dialog, window)
    dialog.close()


@pytest.mark.parametrize("percent", [100, 200])
def test_the_summary_dialog_fits_the_screen_and_is_named(
        qtbot: QtBot, window: MainWindow, language: str, percent: int) -> None:
    window.set_text_scale(percent)
    dialog = window.print_summary()
    assert dialog is not None
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=60_000)
    _save(dialog, f"summary-{language}-{percent}")
    assert too_big_for_screen(dialog) == []
    assert scrolls_sideways(dialog) == []
    assert unnamed_interactive(dialog) == []
    assert small_targets(dialog) == []
    if language == "es":
        _no_english(dialog, window)
    dialog.close()
