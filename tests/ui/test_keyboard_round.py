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

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def target(self) -> QWidget:
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


def when_shown(kind: type[QDialog], then: Callable[[QDialog], None]) -> list[bool]:
    """Runs ``then`` on the dialog of ``kind`` once it has the keyboard (a dialog run with
    ``exec`` blocks the test until it closes, so this is how keys reach it)."""
    done: list[bool] = []

    def look() -> None:
        shown = QApplication.activeModalWidget() or QApplication.activeWindow()
        if isinstance(shown, kind) and shown.isVisible():
            then(shown)
            done.append(True)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return done


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
def test_a_whole_round_with_the_keyboard_only(qtbot: QtBot, window: MainWindow,
                                              language: str) -> None:
    keys = Keys(qtbot)
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
        keys.letter_of(label_words(dialog, dialog.summary))  # type: ignore[attr-defined]
        keys.type("They will fax the form.")
        keys.letter_of(label_words(dialog, dialog.reference))  # type: ignore[attr-defined]
        keys.type("KEY-2026-77")
        keys.press(Qt.Key.Key_Return)

    from infusion_desk.ui.dialogs.call_sheet import LogCallDialog

    logged = when_shown(LogCallDialog, fill_call)
    keys.press(Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: bool(logged) and len(folder.calls()) == calls_before + 1)
    assert any(c.reference_number == "KEY-2026-77" for c in folder.calls())

    # Add a request: Alt+2 for the Requests tab, its Add button's letter, the words, Enter.
    from infusion_desk.ui.dialogs.request_dialogs import RequestDialog, SentDialog

    keys.press(Qt.Key.Key_2, ALT)
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is view.requests)
    added = when_shown(RequestDialog, lambda _d: (keys.type("Signed delivery receipt"),
                                                   keys.press(Qt.Key.Key_Return)))
    keys.letter_of(view.requests.add_button.text())
    qtbot.waitUntil(lambda: bool(added) and any(
        r.what == "Signed delivery receipt" for r in folder.requests()))
    new = next(r for r in folder.requests() if r.what == "Signed delivery receipt")

    # Mark it sent: the new request is the one shown; Mark as sent's letter; Enter.
    qtbot.waitUntil(lambda: (view.requests.selected_request() or new).id == new.id
                    and view.requests.selected_request() is not None)
    sent = when_shown(SentDialog, lambda d: keys.press(Qt.Key.Key_Return))
    keys.letter_of(view.requests.details.mark_sent_button.text())
    qtbot.waitUntil(lambda: bool(sent) and next(
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
    qtbot.waitUntil(lambda: bool(answered) and any(
        q.id == chosen and q.status is QuestionStatus.ANSWERED for q in folder.questions()))
    assert len(open_before) >= 1

    # Find a letter by a word in it: Ctrl+F, the word, Down to the letter, Enter opens it.
    keys.press(Qt.Key.Key_F, CTRL)
    keys.type("ertapenem")
    results = view.results
    qtbot.waitUntil(lambda: results.list.count() > 0 and results.job is None, timeout=20_000)
    hits = [results.list.item(n).data(HIT_ROLE) for n in range(results.list.count())]
    row = next(n for n, hit in enumerate(hits) if hit.kind is RecordKind.DOCUMENT)
    keys.press(Qt.Key.Key_Tab)  # from the field to the results
    qtbot.waitUntil(lambda: QApplication.focusWidget() is results.list)
    keys.press(Qt.Key.Key_Home)
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
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30_000)  # type: ignore[attr-defined]
        keys.letter_of(dialog.save_button.text())  # type: ignore[attr-defined]

    when_shown(SummaryDialog, save_pdf)
    keys.press(Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(set(saved_in.glob("*.pdf")) - before) == 1, timeout=60_000)
    (pdf,) = set(saved_in.glob("*.pdf")) - before
    assert pdf.read_bytes().startswith(b"%PDF")
    assert paths.documents == saved_in
