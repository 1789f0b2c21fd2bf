"""A whole round without a mouse, in English and in Spanish: open the folder, log a call with its
reference number, add a request, mark it sent, answer a question, find a letter by a word in it,
and save the summary as a PDF. Only key events reach the window; every button is reached by its
keyboard letter (read from its words, so a button without one fails here) or a standard shortcut.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import QuestionStatus, RecordKind
from infusion_desk.demo.writer import write_demo_folder
from infusion_desk.paths import app_paths
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.search_panel import HIT_ROLE
from infusion_desk.ui.settings import AppSettings

TODAY = date(2026, 11, 27)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


class Keys:
    """Key events only, sent where the keyboard focus is (as a keyboard would)."""

    def __init__(self, qtbot: QtBot, main: QWidget) -> None:
        self.qtbot = qtbot
        self.main = main

    def target(self) -> QWidget:
        active = QApplication.activeWindow()
        if active is None or not active.isVisible():
            # A dialog closed: the desktop gives the keyboard back to the window (the offscreen
            # platform of the tests has no window manager to do it).
            self.main.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.main)
        popup = QApplication.activePopupWidget()  # a list of suggestions has the keyboard
        if popup is not None:
            return popup
        focused = QApplication.focusWidget()
        if focused is not None:
            return focused
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        assert active is not None, "no window has the keyboard"
        return active

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
              ) -> None:
        self.qtbot.keyClick(self.target(), key, modifiers)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.target(), text)

    def dismiss_suggestions(self) -> None:
        """Esc, if a list of suggestions opened under what she typed."""
        if QApplication.activePopupWidget() is not None:
            self.press(Qt.Key.Key_Escape)
            self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)

    def letter_of(self, words: str) -> None:
        """Alt and the keyboard letter of the button, field or menu whose words are ``words``."""
        at = words.replace("&&", "").find("&")
        assert at >= 0 and at + 1 < len(words), f"no keyboard letter in {words!r}"
        letter = words.replace("&&", "")[at + 1].upper()
        self.press(Qt.Key(ord(letter)), ALT)


def label_words(root: QWidget, buddy: QWidget) -> str:
    found = [label for label in root.findChildren(QLabel) if label.buddy() is buddy]
    assert found, f"the field {buddy.accessibleName()!r} has no label to reach it by"
    return found[0].text()


def when_shown(kind: type[QDialog], then: Callable[[QDialog], None]) -> list[str]:
    """Runs ``then`` on the dialog of ``kind`` once it has the keyboard (a dialog run with
    ``exec`` blocks the test until it closes, so this is how keys reach it). If it never gets the
    keyboard, whatever dialog is up is closed (so the test fails instead of hanging)."""
    done: list[str] = []
    tries = [0]

    def look() -> None:
        shown = QApplication.activeModalWidget() or QApplication.activeWindow()
        focused = QApplication.focusWidget()
        if (isinstance(shown, kind) and shown.isVisible() and QApplication.activeWindow() is shown
                and focused is not None and shown.isAncestorOf(focused)):
            then(shown)
            done.append("done")
            return
        tries[0] += 1
        if tries[0] > 1000:  # 20 s
            done.append(f"no {kind.__name__} got the keyboard (up: {shown!r}, focus: {focused!r})")
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QDialog):
                modal.reject()
            return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return done


def wait_done(qtbot: QtBot, done: list[str]) -> None:
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done == ["done"], done[0]


@pytest.fixture
def window(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    if request.getfixturevalue("language") == "es":
        request.getfixturevalue("spanish")
    paths = app_paths()
    paths.documents.mkdir(parents=True, exist_ok=True)
    write_demo_folder(paths.documents / "Keys.infusiondesk", today=TODAY).close()
    shown = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1366, 728)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    yield shown
    shown.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_whole_round_with_the_keyboard_only(  # noqa: PLR0915 (one round, told in order)
        qtbot: QtBot, window: MainWindow, language: str) -> None:
    keys = Keys(qtbot, window)
    paths = app_paths()

    # Open the folder: Ctrl+O, its name, Enter (the picker starts where folders are kept).
    def pick_folder(dialog: QDialog) -> None:
        keys.press(Qt.Key.Key_A, CTRL)
        keys.type("Keys.infusiondesk")
        keys.press(Qt.Key.Key_Return)

    when_shown(QFileDialog, pick_folder)
    with qtbot.waitSignal(window.opening_ended, timeout=60_000) as opened:
        keys.press(Qt.Key.Key_O, CTRL)
    assert opened.args[0] is True and window.ctx is not None and window.view is not None
    folder = window.ctx.folder
    view = window.view

    # Log a call with a reference number: Ctrl+L, the fields by their letters, Enter saves.
    calls_before = len(folder.calls())

    def fill_call(dialog: QDialog) -> None:
        keys.letter_of(label_words(dialog, dialog.organization))  # type: ignore[attr-defined]
        keys.type("Silverpine")
        keys.dismiss_suggestions()
        keys.letter_of(label_words(dialog, dialog.summary))  # type: ignore[attr-defined]
        keys.type("They will fax the form.")
        keys.letter_of(label_words(dialog, dialog.reference))  # type: ignore[attr-defined]
        keys.type("KEY-2026-77")
        keys.press(Qt.Key.Key_Return)

    from infusion_desk.ui.dialogs.call_sheet import LogCallDialog

    logged = when_shown(LogCallDialog, fill_call)
    keys.press(Qt.Key.Key_L, CTRL)
    wait_done(qtbot, logged)
    qtbot.waitUntil(lambda: len(folder.calls()) == calls_before + 1)
    assert any(c.reference_number == "KEY-2026-77" for c in folder.calls())

    # Add a request: Alt+2 for the Requests tab, its Add button's letter, the words, Enter.
    from infusion_desk.ui.dialogs.request_dialogs import RequestDialog, SentDialog

    keys.press(Qt.Key.Key_2, ALT)
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is view.requests)
    added = when_shown(RequestDialog, lambda _d: (keys.type("Signed delivery receipt"),
                                                   keys.press(Qt.Key.Key_Return)))
    keys.letter_of(view.requests.add_button.text())
    wait_done(qtbot, added)
    qtbot.waitUntil(lambda: any(
        r.what == "Signed delivery receipt" for r in folder.requests()))
    new = next(r for r in folder.requests() if r.what == "Signed delivery receipt")

    # Mark it sent: the new request is the one shown; Mark as sent's letter; Enter.
    qtbot.waitUntil(lambda: (view.requests.selected_request() or new).id == new.id
                    and view.requests.selected_request() is not None)
    sent = when_shown(SentDialog, lambda d: keys.press(Qt.Key.Key_Return))
    keys.letter_of(view.requests.details.mark_sent_button.text())
    wait_done(qtbot, sent)
    qtbot.waitUntil(lambda: next(
        r for r in folder.requests() if r.id == new.id).submitted_on == TODAY)

    # Answer a question: Alt+4, the list, the first open one, Answer's letter, the answer, Enter.
    from infusion_desk.ui.dialogs.question_dialogs import AnswerDialog

    keys.press(Qt.Key.Key_4, ALT)
    questions = view.questions
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is questions)
    open_before = [q for q in folder.questions() if q.status is QuestionStatus.OPEN]
    answered = when_shown(AnswerDialog, lambda _d: (keys.type("Yes, through the pharmacy."),
                                                    keys.press(Qt.Key.Key_Return, CTRL)))
    questions.table.setFocus(Qt.FocusReason.TabFocusReason)
    keys.press(Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: questions.selected_question() is not None)
    first = questions.selected_question()
    assert first is not None
    chosen = first.id
    keys.letter_of(questions.details.answer_button.text())
    wait_done(qtbot, answered)
    qtbot.waitUntil(lambda: any(
        q.id == chosen and q.status is QuestionStatus.ANSWERED for q in folder.questions()))
    assert len(open_before) >= 1

    # Find a letter by a word in it: Ctrl+F, the word, Down to the letter, Enter opens it.
    keys.press(Qt.Key.Key_F, CTRL)
    keys.type("ertapenem")
    results = view.results
    qtbot.waitUntil(lambda: results.list.count() > 0 and results.job is None, timeout=20_000)
    hits = [results.list.item(n).data(HIT_ROLE) for n in range(results.list.count())]
    row = next(n for n, hit in enumerate(hits) if hit.kind is RecordKind.DOCUMENT)
    assert results.list.currentRow() == 0  # Up and Down in the field move through the results
    for _ in range(row):
        keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is view.documents)
    shown = view.documents.selected_document()
    assert shown is not None and shown.id == hits[row].record_id

    # Print the summary to a PDF: Ctrl+P, Save as PDF's letter, Enter in the save box.
    from infusion_desk.ui.printing.summary_dialog import SummaryDialog

    saved_in = folder.path.parent
    before = set(saved_in.glob("*.pdf"))
    when_shown(QFileDialog, lambda _d: keys.press(Qt.Key.Key_Return))

    def save_pdf(dialog: QDialog) -> None:
        save = dialog.save_button  # type: ignore[attr-defined]
        qtbot.waitUntil(save.isEnabled, timeout=30_000)
        keys.letter_of(dialog.save_button.text())  # type: ignore[attr-defined]

    when_shown(SummaryDialog, save_pdf)
    keys.press(Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(set(saved_in.glob("*.pdf")) - before) == 1, timeout=60_000)
    (pdf,) = set(saved_in.glob("*.pdf")) - before
    assert pdf.read_bytes().startswith(b"%PDF")
    assert paths.documents == saved_in


@pytest.mark.parametrize("language", ["en"])
def test_keys_of_a_list_act_only_in_that_list(window: MainWindow, qtbot: QtBot,
                                              language: str) -> None:
    """Enter, Delete and Paste that belong to a list or a tab never act from elsewhere in the
    window (Enter in the search field once opened the request selected in the ledger)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    window.open_folder(app_paths().documents / "Keys.infusiondesk")
    qtbot.waitUntil(lambda: window.view is not None, timeout=60_000)
    view = window.view
    assert view is not None
    for index in range(view.tabs.count()):
        view.tab(index)
    own = {QKeySequence(k).toString() for k in (
        Qt.Key.Key_Return, Qt.Key.Key_Enter, QKeySequence.StandardKey.Delete,
        QKeySequence.StandardKey.Paste)}
    window_wide = [f"{s.key().toString()} on {type(s.parent()).__name__}"
                   for s in window.findChildren(QShortcut)
                   if s.key().toString() in own
                   and s.context() == Qt.ShortcutContext.WindowShortcut]
    assert window_wide == []
