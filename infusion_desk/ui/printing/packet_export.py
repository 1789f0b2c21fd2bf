"""File > Export folder packet…: choose where, then build it as a job (the window's progress
strip shows how far it has got, with Cancel)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.documents import PdfEngine
from infusion_desk.reports.data import document_contents, gather_packet_data
from infusion_desk.reports.output import write_pdf
from infusion_desk.reports.packet import PacketCancelledError, build_packet
from infusion_desk.services import Folder
from infusion_desk.ui.jobs import REPORTS, JobCancelledError, JobHandle, JobRunner, Progress
from infusion_desk.ui.shared.places import save_place


class PacketExport(QObject):
    """Asks where to save the packet, makes it in the background and saves it."""

    finished = Signal(object)  # Path | None

    def __init__(self, folder: Folder, today: date, jobs: JobRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._folder = folder
        self._today = today
        self._jobs = jobs
        self._parent = parent
        self.job: JobHandle[bytes] | None = None
        self.target: Path | None = None

    def ask(self) -> tuple[Path, bool] | None:
        """Where to save, and whether to add the documents; ``None`` if she cancels."""
        box = QMessageBox(self._parent)
        box.setWindowTitle(translate("PacketExport", "Export folder packet"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(translate("PacketExport", "The packet is one PDF with everything in the "
                                              "folder: the patient, plans, steps, every request, "
                                              "call and question, and the list of documents."))
        check = QCheckBox(translate("PacketExport", "Also add every stored letter, scan and photo "
                                                    "at the end"), box)
        check.setChecked(True)
        box.setCheckBox(check)
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Save:
            return None
        name = translate("PacketExport", "Folder packet for {patient} {day}.pdf").format(
            patient=self._folder.profile().patient_name
            or translate("PacketExport", "the patient"), day=f"{self._today:%Y-%m-%d}")
        target, _ = QFileDialog.getSaveFileName(
            self._parent, translate("PacketExport", "Save the packet as"),
            str(save_place(self._folder) / name), translate("PacketExport", "PDF files (*.pdf)"))
        if not target:
            return None
        path = Path(target)
        return (path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"),
                check.isChecked())

    def start(self, target: Path, with_documents: bool) -> JobHandle[bytes]:
        folder, today = self._folder, self._today
        self.target = target

        def work(progress: Progress) -> bytes:
            data = gather_packet_data(folder, today)
            documents = document_contents(folder, data.documents) if with_documents else ()
            try:
                with PdfEngine() as engine:
                    return build_packet(
                        data, with_documents=with_documents, documents=documents, engine=engine,
                        progress=progress.report,
                        cancelled=lambda: progress.cancelled,
                    )
            except PacketCancelledError:
                raise JobCancelledError from None

        self.job = self._jobs.start(work, lane=REPORTS,
                                    label=translate("PacketExport", "Making the folder packet…"))
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.job.stopped.connect(self._on_job_stopped)
        return self.job

    def _on_job_finished(self, pdf: bytes) -> None:
        assert self.target is not None
        try:
            write_pdf(self.target, pdf)
        except OSError as exc:
            QMessageBox.warning(self._parent, translate("PacketExport", "Export folder packet"),
                                translate("PacketExport", "The packet could not be saved there "
                                                          "({0}). Try another place, like your "
                                                          "Documents folder.")
                                .format(exc.strerror or exc))
            self.finished.emit(None)
            return
        self.finished.emit(self.target)

    def _on_job_failed(self, error: FolderError) -> None:
        QMessageBox.warning(self._parent, translate("PacketExport", "Export folder packet"),
                            translate("PacketExport", "The packet could not be made. Nothing in "
                                                      "the folder was changed.")
                            + f"\n\n{error.message}")
        self.finished.emit(None)

    def _on_job_stopped(self) -> None:
        self.finished.emit(None)
