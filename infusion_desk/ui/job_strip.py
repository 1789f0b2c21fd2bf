"""The window's one progress strip (in the status bar) for long jobs: what, how far, Cancel."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.jobs import JobHandle, JobRunner
from infusion_desk.ui.widgets.progress_strip import ProgressStrip


class JobStrip(ProgressStrip):
    """Follows every job started with a label; shows the oldest one still going."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self._jobs: list[JobHandle[Any]] = []
        self.speak_again()
        runner.job_started.connect(self._on_runner_job_started)
        runner.job_ended.connect(self._on_runner_job_ended)
        self.cancel_clicked.connect(self._on_cancel_clicked)
        self.hide()

    def speak_again(self) -> None:
        """Its own words in the language now in place (a job's label stays as it was said)."""
        self.setAccessibleName(translate("JobStrip", "Work in progress"))
        self.label.setAccessibleName(translate("JobStrip", "Work in progress"))
        self.bar.setAccessibleName(translate("JobStrip", "How far it has got"))
        self.cancel_button.setText(translate("JobStrip", "Ca&ncel"))
        self.cancel_button.setAccessibleName(translate("JobStrip", "Cancel this work"))
        self.cancel_button.setToolTip(translate(
            "JobStrip", "Stop this. Nothing is left half-done: what was finished stays, the rest "
                        "is not started."))
        if self.current is not None and self.current.cancelled:
            self._say_stopping()

    @property
    def current(self) -> JobHandle[Any] | None:
        return self._jobs[0] if self._jobs else None

    def _on_runner_job_started(self, handle: JobHandle[Any]) -> None:
        if not handle.label:
            return
        self._jobs.append(handle)
        handle.progressed.connect(self._on_job_progressed)
        if len(self._jobs) == 1:
            self._show_current()

    def _on_runner_job_ended(self, handle: JobHandle[Any]) -> None:
        if handle not in self._jobs:
            return
        self._jobs.remove(handle)
        self._show_current()

    def _show_current(self) -> None:
        job = self.current
        if job is None:
            self.hide()
            return
        self.begin(job.label, can_cancel=job.can_cancel)
        self.label.setToolTip(job.label)
        if job.cancelled:
            self._say_stopping()

    def _on_job_progressed(self, done: int, total: int, text: str) -> None:
        if self.sender() is self.current:
            self.advance(done, total, text)
            self.label.setToolTip(self.label.text())  # whole, should the strip be narrow

    def _on_cancel_clicked(self) -> None:
        job = self.current
        if job is not None:
            job.cancel()
            self._say_stopping()

    def _say_stopping(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("JobStrip", "Stopping…"))
