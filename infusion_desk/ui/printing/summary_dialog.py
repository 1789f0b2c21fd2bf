"""Print summary: what the page is for (remembered), a preview of the one page, then Print… or
Save as PDF….

The page is made by a job in the window's job runner, not by a thread the dialog owns: closing
the dialog while it still says "Making the page…" leaves the job to end on its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QMarginsF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.meeting import Meeting, meeting_choices
from infusion_desk.documents import PdfEngine, render_page
from infusion_desk.documents.worker_process import WorkerJobError
from infusion_desk.reports.data import SummaryData, gather_summary_data
from infusion_desk.reports.output import write_pdf
from infusion_desk.reports.summary import build_summary
from infusion_desk.reports.summary_cache import PREVIEW_SCALE, SummaryCache, SummaryPage
from infusion_desk.services import Folder
from infusion_desk.ui.documents.targets import big_targets
from infusion_desk.ui.jobs import PRINT, REPORTS, JobHandle, JobRunner, Progress, usable
from infusion_desk.ui.printing.audience_choice import AudienceChoice
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.shared.places import save_place
from infusion_desk.ui.widgets.forms import plain_label

log = logging.getLogger(__name__)

Paper = Literal["letter", "a4"]
Made = tuple[bytes, QImage | bytes | None, SummaryData]  # the PDF, its preview, what it shows
PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


class SummaryDialog(QDialog):
    """Shows the one-page summary as it will print, with Print… and Save as PDF…."""

    def __init__(self, folder: Folder, today: date, jobs: JobRunner,
                 parent: QWidget | None = None, *, paper: Paper | None = None,
                 settings: AppSettings | None = None, cache: SummaryCache | None = None,
                 pictures: Callable[[SummaryPage], QImage | None] | None = None) -> None:
        super().__init__(parent)
        self._pictures = pictures  # the previews of pages made ahead, already decoded
        self.setWindowTitle(translate("SummaryDialog", "Print summary"))
        self._folder = folder
        self._today = today
        self._jobs = jobs
        self._settings = settings
        self.pdf: bytes | None = None
        self.job: JobHandle[Made] | None = None  # (making)
        # What the page shows, read once for the dialog (or kept by the folder's ``cache``,
        # which also keeps the last page made and the previews' PDF worker).
        self._cache = cache
        self._data: SummaryData | None = cache.data(today) if cache is not None else None
        self._engine = self._preview_engine(cache)
        self._pending = False
        paper = paper or ("a4" if settings is not None and settings.summary_paper() == "a4"
                          else "letter")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        # The choices on the left, the page on the right: it fits a 1366×768 screen at 200 %.
        sides = QHBoxLayout()
        layout.addLayout(sides, 1)
        self.choices = QWidget(self)
        choosing = QVBoxLayout(self.choices)
        choosing.setContentsMargins(0, 0, 0, 0)
        sides.addWidget(self.choices, 0)
        intro = plain_label(translate("SummaryDialog", "One page to bring along, made for the "
                                                       "meeting you choose: what that meeting "
                                                       "needs comes first."), self)
        choosing.addWidget(intro)
        known = self._data
        choices = (meeting_choices(known.profile, list(known.plans), list(known.contacts))
                   if known is not None
                   else meeting_choices(folder.profile(), folder.plans(), folder.contacts()))
        remembered = settings.summary_meeting() if settings is not None else Meeting()
        self.audience = AudienceChoice(choices, remembered, self)
        self.audience.changed.connect(self._on_audience_changed)
        choosing.addWidget(self.audience)
        choosing.addLayout(self._paper_row(paper))
        choosing.addStretch(1)
        self.choices.setMinimumWidth(self.audience.sizeHint().width())

        self.preview = QLabel(translate("SummaryDialog", "Making the page…"), self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(translate("SummaryDialog", "Preview of the printed page"))
        self._page: QPixmap | None = None
        scroll = QScrollArea(self)
        self._scroll = scroll
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setMinimumSize(320, 360)
        sides.addWidget(scroll, 1)

        layout.addWidget(self._buttons())
        big_targets(self)
        self._set_ready(False)
        self.build()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Its choices whole and the page beside them as large as a 1366×768 screen allows."""
        return QSize(min(1300, self.choices.minimumWidth() + 600), 700)

    def _paper_row(self, paper: Paper) -> QHBoxLayout:
        row = QHBoxLayout()
        paper_label = QLabel(translate("SummaryDialog", "P&aper:"), self)
        row.addWidget(paper_label)
        self.paper_box = QComboBox(self)
        paper_label.setBuddy(self.paper_box)
        self.paper_box.setAccessibleName(translate("SummaryDialog", "Paper size"))
        self.paper_box.addItem(translate("SummaryDialog", "US Letter"), "letter")
        self.paper_box.addItem(translate("SummaryDialog", "A4"), "a4")
        self.paper_box.setCurrentIndex(0 if paper == "letter" else 1)
        self.paper_box.currentIndexChanged.connect(self._on_paper_box_current_index_changed)
        row.addWidget(self.paper_box)
        row.addStretch(1)
        return row

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(translate("SummaryDialog", "&Print…"), self)
        self.save_button = QPushButton(translate("SummaryDialog", "Save as P&DF…"), self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_page)
        self.save_button.clicked.connect(self.save_as_pdf)
        return buttons

    @property
    def paper(self) -> Paper:
        return "a4" if self.paper_box.currentData() == "a4" else "letter"

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def build(self) -> None:
        """Make the PDF and its preview in the background."""
        if self.job is not None:
            self._pending = True
            return
        folder, today, paper = self._folder, self._today, self.paper
        meeting, read, engine, cache = self.meeting, self._data, self._engine, self._cache
        if self._settings is not None:
            self._settings.set_summary_meeting(meeting)
            self._settings.set_summary_paper(paper)
        made = cache.ready(today, meeting, paper) if cache is not None else None
        if made is not None:  # made ahead, and nothing changed since
            self._on_job_finished((made.pdf, self._decoded(made), made.data))
            return

        def work(_progress: Progress) -> Made:
            if cache is not None:
                page = cache.make(today, meeting, paper)
                return page.pdf, _image(page.picture), page.data  # decoded here, not on show
            # The folder is read once; another meeting or paper size only makes the page again
            # (the dialog is modal: nothing in the folder changes meanwhile).
            data = read if read is not None else gather_summary_data(folder, today)
            pdf = build_summary(data, paper=paper, meeting=meeting)
            return pdf, _image(render_page(pdf, 0, PREVIEW_SCALE, engine=engine)), data

        self._set_ready(False)
        self.preview.setText(translate("SummaryDialog", "Making the page…"))
        self.job = self._jobs.start(work, lane=REPORTS)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.job.ended.connect(self._on_job_ended)

    def _preview_engine(self, cache: SummaryCache | None) -> PdfEngine:
        if cache is not None:
            return cache.engine  # the folder's, started ahead; not stopped by the dialog
        engine = PdfEngine()  # the dialog's own, started at once: ready when the page is
        self._jobs.start(lambda _progress: _start(engine), lane=PRINT)
        return engine

    def done(self, result: int) -> None:
        """Closing: the dialog's own PDF worker stops once the page being made (if any) is
        done."""
        engine = self._engine
        if self._cache is not None:  # the folder's PDF worker stays for the next page
            super().done(result)
            return
        if usable(self._jobs):
            self._jobs.start(lambda _progress: engine.close(), lane=REPORTS)
        else:
            engine.close()
        super().done(result)

    @property
    def meeting(self) -> Meeting:
        """What the page is for, as chosen now."""
        return self.audience.meeting()

    def _on_paper_box_current_index_changed(self, _index: int) -> None:
        self.build()

    def _on_audience_changed(self) -> None:
        self.build()

    def _on_job_ended(self) -> None:
        self.job = None
        if self._pending:
            self._pending = False
            self.build()

    def _decoded(self, page: SummaryPage) -> QImage | bytes | None:
        kept = self._pictures(page) if self._pictures is not None else None
        return kept if kept is not None else page.picture

    def _on_job_finished(self, result: Made) -> None:
        self._data = result[2]
        if self._pending:
            return  # the paper was changed meanwhile: the page is made again
        self.pdf, picture, _data = result
        if picture:
            image = picture if isinstance(picture, QImage) else QImage.fromData(picture)
            self._page = QPixmap.fromImage(image)
            self._fit_preview()
        else:
            self.preview.setText(translate("SummaryDialog", "The page is ready, but it could not "
                                           "be shown here. You can still print it or save it as "
                                           "a PDF."))
        self._set_ready(True)

    def _fit_preview(self) -> None:
        """Show the whole page at once, as large as the window allows (a taller window shows
        it larger); never cut off at the top or the bottom."""
        if self._page is None:
            return
        viewport = self._scroll.viewport()
        room = QSize(max(200, viewport.width() - 24), max(260, viewport.height() - 24))
        self.preview.setPixmap(self._page.scaled(
            room.boundedTo(self._page.size()), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_preview()

    def _on_job_failed(self, error: FolderError) -> None:
        self._pending = False
        self.preview.setText(translate("SummaryDialog", "The summary could not be made. Nothing "
                                                        "in the folder was changed.")
                             + f"\n\n{error.message}")

    def save_as_pdf(self) -> Path | None:
        if self.pdf is None:
            return None
        name = translate("SummaryDialog", "Summary for {patient} ({meeting}) {day}.pdf").format(
            patient=self._folder.profile().patient_name
            or translate("SummaryDialog", "the patient"),
            meeting=self.meeting.audience.value, day=f"{self._today:%Y-%m-%d}")
        start = str(save_place(self._folder) / name)
        target, _ = QFileDialog.getSaveFileName(
            self, translate("SummaryDialog", "Save the summary as PDF"), start,
            translate("SummaryDialog", "PDF files (*.pdf)"))
        if not target:
            return None
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(path, self.pdf)
        except OSError as exc:
            QMessageBox.warning(self, translate("SummaryDialog", "Print summary"),
                                translate("SummaryDialog", "The PDF could not be saved there "
                                          "({reason}). Try another place, like your Documents "
                                          "folder.").format(reason=exc.strerror or exc))
            return None
        return path

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAGE_SIZES[self.paper]))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        printer.setDocName(translate("SummaryDialog", "Infusion Desk summary"))
        return printer

    def print_page(self) -> bool:
        if self.pdf is None:
            return False
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return print_pdf_page(printer, self.pdf)


def _image(picture: bytes | None) -> QImage | None:
    """The preview decoded (on a job's thread: a QImage may be made off the window's)."""
    return QImage.fromData(picture) if picture else None


def _start(engine: PdfEngine) -> None:
    try:
        engine.start()
    except WorkerJobError:  # the page is still made; the preview says it cannot be shown
        log.warning("the PDF worker for the summary preview did not start")


def print_pdf_page(printer: QPrinter, pdf: bytes) -> bool:
    """Draw page 1 of ``pdf`` onto the printer, filling the printable page."""
    dpi = min(printer.resolution(), 300)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with PdfEngine() as engine:
            picture = render_page(pdf, 0, dpi / 72, engine=engine)
    finally:
        QApplication.restoreOverrideCursor()
    if not picture:
        return False
    image = QImage.fromData(picture)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        size = QSizeF(image.size()).scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(page.topLeft(), image.scaled(size.toSize(),
                                                       Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation))
    finally:
        painter.end()
    return True
