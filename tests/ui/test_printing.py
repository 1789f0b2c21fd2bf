"""File > Print summary… and File > Export folder packet…, driven as a person would."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from infusion_desk.core.meeting import Audience, Meeting
from infusion_desk.core.records import Document, Plan, Profile, Request
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.printing import SummaryDialog
from infusion_desk.ui.settings import AppSettings
from tests.ui.shown_windows import shown_window
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "Nguyễn Thị Hồng Nhung.infusiondesk"
    with Folder.create(path, Profile(patient_name="Nguyễn Thị Hồng Nhung")) as folder:
        folder.records.add(Plan(payer="Medicare", member_id="6PQ4-RS8-TU21"))
        folder.records.add(Request(what="Signed plan of care", due_on=date(2026, 11, 20)))
        folder.records.add_document(Document(title="Card photo", text="member card"), b"not really")
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    assert opened(qtbot, win, path)
    return win


def pdf_text(data: bytes) -> tuple[int, str]:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return len(pdf), "".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_print_summary_previews_then_saves_one_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.print_action.trigger()
    dialog = shown_window(SummaryDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    pixmap = dialog.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert pixmap.height() > pixmap.width()  # a portrait page
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog.save_button.click()
    pages, text = pdf_text(target.read_bytes())
    assert pages == 1
    assert "Nguyễn Thị Hồng Nhung" in text
    assert "6PQ4-RS8-TU21" in text
    dialog.close()


def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printed.pdf"
    dialog = window.print_summary()
    assert dialog is not None
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=20000)
    original = dialog.make_printer

    def to_file() -> QPrinter:
        printer = original()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(dialog, "make_printer", to_file)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert dialog.print_page()
    assert printed.exists() and printed.stat().st_size > 10_000
    pdf = pypdfium2.PdfDocument(printed.read_bytes())
    try:
        assert len(pdf) == 1
        assert round(pdf[0].get_height()) == 792  # US Letter, set explicitly
    finally:
        pdf.close()
    dialog.close()


def test_export_packet_with_progress(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    export = window.export_packet()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30000) as done:
        pass
    assert done.args == [target]
    pages, text = pdf_text(target.read_bytes())
    assert pages >= 2
    assert "Signed plan of care" in text
    assert "Saved the folder packet" in window.status_label.text()


def test_closing_print_summary_while_it_makes_the_page_keeps_the_app_running(
    tmp_path: Path
) -> None:
    """The bug: the page was made by a QThread parented to the dialog, which deletes itself on
    close; Qt then aborted the whole app (exit 134). An abort can only be seen from outside."""
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        folder.records.add(Request(what="Signed plan of care", due_on=date(2026, 11, 20)))
    script = Path(__file__).with_name("close_summary_early.py")
    env = {**os.environ, "INFUSION_DESK_HOME": str(tmp_path / "home"),
           "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2]),
                                          os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(script), str(path)], env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    assert "Destroyed while thread" not in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
    assert "still running after the dialog closed" in done.stdout


def test_print_summary_asks_what_the_page_is_for_and_remembers_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.print_summary()
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    assert dialog.meeting == Meeting()  # everything, in brief, the first time
    assert "Everything, in brief" in pdf_text(dialog.pdf or b"")[1]

    dialog.audience.buttons[Audience.DOCTOR].click()  # as she would
    assert not dialog.save_button.isEnabled()  # the page is made again
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    pages, text = pdf_text(dialog.pdf or b"")
    assert pages == 1
    assert "For a visit with the doctor" in text
    assert dialog.audience.doctor_box.isEnabled() and not dialog.audience.plan_box.isEnabled()
    dialog.close()

    again = window.print_summary()
    assert again is not None
    assert again.audience.buttons[Audience.DOCTOR].isChecked()  # remembered
    assert window.settings.summary_meeting() == Meeting(Audience.DOCTOR)
    qtbot.waitUntil(again.save_button.isEnabled, timeout=20000)
    again.audience.buttons[Audience.PLAN].click()
    again.audience.plan_box.setCurrentIndex(again.audience.plan_box.findData("Medicare"))
    qtbot.waitUntil(lambda: again.save_button.isEnabled()
                    and "For a call with the insurance plan" in pdf_text(again.pdf or b"")[1],
                    timeout=20000)
    assert "Medicare" in pdf_text(again.pdf or b"")[1]
    again.close()
    window.settings.sync()
    from_disk = AppSettings(app_paths().settings_file)  # the next time the app starts
    assert from_disk.summary_meeting() == Meeting(Audience.PLAN, "Medicare")


def test_a_remembered_plan_that_is_gone_falls_back_to_every_plan(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.settings.set_summary_meeting(Meeting(Audience.PLAN, "Aetna"))
    dialog = window.print_summary()
    assert dialog is not None
    assert dialog.meeting == Meeting(Audience.PLAN, "")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    assert "For a call with the insurance plan" in pdf_text(dialog.pdf or b"")[1]
    dialog.close()


def test_the_summary_reads_the_folder_once_and_keeps_one_pdf_worker_while_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder opened read-only (no page made ahead): the dialog reads and draws for itself."""
    from infusion_desk.ui.printing import summary_dialog

    path = tmp_path / "read only.infusiondesk"
    Folder.create(path, Profile(patient_name="Ana")).close()
    paths = app_paths()
    window = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert opened(qtbot, window, path, read_only=True)
    reads: list[int] = []
    gather = summary_dialog.gather_summary_data
    monkeypatch.setattr(summary_dialog, "gather_summary_data",
                        lambda *a, **k: reads.append(1) or gather(*a, **k))
    dialog = window.print_summary()
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    engine = dialog._engine  # noqa: SLF001 - the dialog's own PDF worker
    worker = engine.worker_pid
    assert worker is not None
    first = dialog.pdf
    dialog.paper_box.setCurrentIndex(1)  # A4: the page is made again...
    qtbot.waitUntil(lambda: dialog.pdf is not first and dialog.save_button.isEnabled(),
                    timeout=20000)
    assert reads == [1]  # ...from what was read the first time
    assert engine.worker_pid == worker  # ...and drawn by the same worker
    dialog.close()
    qtbot.waitUntil(lambda: engine.worker_pid is None, timeout=20000)  # stopped with it


def test_the_summary_is_made_ahead_and_shown_at_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from infusion_desk.reports import summary_cache
    from infusion_desk.ui.main_window.printing_actions import summary_cache as cache_of
    from infusion_desk.ui.printing import summary_dialog

    cache = cache_of(window)
    assert cache is not None  # made when the folder opened
    qtbot.waitUntil(lambda: cache.ready(TODAY, window.settings.summary_meeting(), "letter")
                    is not None, timeout=20000)
    reads: list[int] = []
    for module in (summary_cache, summary_dialog):
        gather = module.gather_summary_data
        monkeypatch.setattr(module, "gather_summary_data",
                            lambda *a, g=gather, **k: reads.append(1) or g(*a, **k))
    dialog = window.print_summary()
    assert dialog is not None
    assert dialog.pdf is not None and dialog.save_button.isEnabled()  # no wait at all
    pixmap = dialog.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    engine = cache.engine
    worker = engine.worker_pid
    assert worker is not None
    first = dialog.pdf
    dialog.paper_box.setCurrentIndex(1)  # A4: made again from what was read, same worker
    qtbot.waitUntil(lambda: dialog.pdf is not first and dialog.save_button.isEnabled(),
                    timeout=20000)
    assert reads == []
    assert engine.worker_pid == worker
    dialog.close()
    again = window.print_summary()  # the A4 page, kept
    assert again is not None and again.pdf is not None
    assert again.paper == "a4"
    again.close()
    assert engine.worker_pid == worker  # kept for the folder, not stopped with the dialog


def test_a_change_is_on_the_next_summary(qtbot: QtBot, window: MainWindow) -> None:
    from infusion_desk.ui.main_window.printing_actions import summary_cache as cache_of

    cache = cache_of(window)
    assert cache is not None
    meeting = window.settings.summary_meeting()
    qtbot.waitUntil(lambda: cache.ready(TODAY, meeting, "letter") is not None, timeout=20000)
    ctx = window.ctx
    assert ctx is not None
    ctx.add(Request(what="Prior authorization renewal", due_on=date(2026, 12, 1)), "request")
    assert cache.ready(TODAY, meeting, "letter") is None  # the change ended the page kept
    dialog = window.print_summary()
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20000)
    assert "Prior authorization renewal" in pdf_text(dialog.pdf or b"")[1]
    dialog.close()
    # Made again in the background once she pauses, and kept.
    qtbot.waitUntil(lambda: cache.ready(TODAY, meeting, "letter") is not None, timeout=20000)


def test_closing_the_folder_lets_its_summary_and_pdf_worker_go(
    qtbot: QtBot, window: MainWindow
) -> None:
    from infusion_desk.ui.main_window.printing_actions import summary_cache as cache_of

    cache = cache_of(window)
    assert cache is not None
    qtbot.waitUntil(lambda: cache.ready(TODAY, window.settings.summary_meeting(), "letter")
                    is not None, timeout=20000)
    assert cache.engine.worker_pid is not None
    window.close_folder()
    assert cache_of(window) is None
    # Closed on the reports lane, after any page it was still making.
    qtbot.waitUntil(lambda: cache.ready(TODAY, window.settings.summary_meeting(), "letter")
                    is None and cache._engine is None, timeout=20000)
