from __future__ import annotations
import re
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
    QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget, QDialog, QApplication, QGroupBox)
from pytestqt.qtbot import QtBot
from window_helpers import demo_opened
from infusion_desk.paths import app_paths
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings

ENGLISH = re.compile(r"\b(the|and|of|what|who|when|call|save|add|edit|delete|request|question|number|date|notes|name|phone)\b", re.I)

def check(d: QWidget) -> list[str]:
    out = []
    buddies = {l.buddy() for l in d.findChildren(QLabel) if l.buddy() is not None}
    for w in d.findChildren(QWidget):
        if not w.isVisibleTo(d):
            continue
        interactive = isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView))
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if interactive:
            name = w.accessibleName() or (w.text().replace("&", "") if isinstance(w, QAbstractButton) else "")
            if not name and w not in buddies:
                out.append(f"UNNAMED {type(w).__name__} {w.objectName()}")
            if w.width() < 32 or w.height() < 32:
                out.append(f"SMALL {type(w).__name__} {name[:30]!r} {w.width()}x{w.height()}")
        texts = []
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, (QLineEdit,)):
            texts.append(w.placeholderText())
        texts.append(w.toolTip()); texts.append(w.accessibleName())
        for t in texts:
            if t and ENGLISH.search(t):
                out.append(f"EN? {type(w).__name__}: {t[:70]!r}")
    return out

def dialogs(window):
    from infusion_desk.ui.dialogs.call_sheet import LogCallDialog
    from infusion_desk.ui.dialogs.contact_dialogs import ContactDialog
    from infusion_desk.ui.dialogs.profile_dialogs import ProfileDialog, PlanDialog, StepDialog
    from infusion_desk.ui.dialogs.document_dialogs import DocumentDialog
    from infusion_desk.ui.dialogs.page_text_dialog import PageTextDialog
    from infusion_desk.ui.dialogs.question_dialogs import QuestionDialog, AnswerDialog, StuckQuestionsDialog
    from infusion_desk.ui.dialogs.request_dialogs import RequestDialog, SentDialog
    ctx = window.ctx; f = ctx.folder
    req = [r for r in f.requests() if r.submitted_on is not None][0]
    yield "logcall", lambda: LogCallDialog(ctx, window)
    yield "logcall_edit", lambda: LogCallDialog(ctx, window, call=f.calls(limit=1)[0])
    yield "contact", lambda: ContactDialog(ctx, f.contacts()[0], window)
    yield "profile", lambda: ProfileDialog(ctx, window)
    yield "plan", lambda: PlanDialog(ctx, f.plans()[0], window)
    yield "step", lambda: StepDialog(ctx, f.steps()[0], window)
    yield "document", lambda: DocumentDialog(ctx, f.documents_listed()[0], window)
    yield "pagetext", lambda: PageTextDialog(ctx, f.documents_listed()[0], 1, window)
    yield "question", lambda: QuestionDialog(ctx, f.questions()[0], window)
    yield "answer", lambda: AnswerDialog(ctx, f.questions()[0], window)
    yield "stuck", lambda: StuckQuestionsDialog(ctx, window)
    yield "request", lambda: RequestDialog(ctx, req, window)
    yield "sent", lambda: SentDialog(ctx, f.requests()[0], parent=window)

@pytest.mark.parametrize("lang", ["es"])
@pytest.mark.parametrize("scale", [200])
def test_dialogs(qtbot: QtBot, scale: int, lang: str, request) -> None:
    if lang == "es":
        request.getfixturevalue("spanish")
    paths = app_paths()
    settings = AppSettings(paths.settings_file)
    settings.set_text_scale(scale)
    window = MainWindow(settings, paths)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    assert demo_opened(qtbot, window)
    print("screen", window.screen().availableGeometry())
    for name, make in dialogs(window):
        d = make()
        d.show(); qtbot.waitExposed(d); qtbot.wait(30)
        if hasattr(d, "show_more"): d.show_more()
        qtbot.wait(30)
        print(f"\n== {name} {lang} {scale}: size={d.size().toTuple()} min={d.minimumSizeHint().toTuple()} hint={d.sizeHint().toTuple()}")
        for p in check(d): print("   ", p)
        d.grab().save(f"/tmp/i15records/shots/dlg_{name}_{lang}_{scale}.png")
        d.done(0) if name != "logcall" else d.hide()
    window.close()
