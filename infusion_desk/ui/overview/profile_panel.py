"""The patient and the therapy at a glance, with Edit…."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from infusion_desk.core.dates import format_day, relative_past
from infusion_desk.core.records import Profile
from infusion_desk.ui.dialogs.profile_dialogs import ACCESS_LINE_TIP
from infusion_desk.ui.editing import editing
from infusion_desk.ui.overview.read_form import caption, caption_form
from infusion_desk.ui.widgets.forms import heading, plain_label

PROFILE_ROWS: list[tuple[str, str, Callable[[Profile, date], str]]] = [
    ("patient_name", "Patient", lambda p, _t: p.patient_name),
    ("date_of_birth", "Date of birth", lambda p, _t: format_day(p.date_of_birth)),
    ("therapy", "Drug or therapy", lambda p, _t: p.therapy),
    ("treats", "What it treats", lambda p, _t: p.treats),
    ("prescriber", "Prescriber", lambda p, _t: p.prescriber),
    ("infusion_provider", "Home infusion pharmacy", lambda p, _t: p.infusion_provider),
    ("start_date", "Start date",
     lambda p, t: f"{format_day(p.start_date)} ({relative_past(p.start_date, t)})"
     if p.start_date else ""),
    ("planned_duration", "Planned duration", lambda p, _t: p.planned_duration),
    ("dosing_schedule", "Dosing schedule", lambda p, _t: p.dosing_schedule),
    ("access_line", "Access line", lambda p, _t: p.access_line),
    ("nursing_schedule", "Nursing visits", lambda p, _t: p.nursing_schedule),
    ("notes", "Notes", lambda p, _t: p.notes),
]
_TIPS = {"access_line": ACCESS_LINE_TIP}


class ProfilePanel(QWidget):
    """*Patient and therapy*: one line per thing known, "—" for what is not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Patient and therapy", self, scale=1.2))
        form = caption_form()
        self.labels: dict[str, QLabel] = {}
        for key, name, _text in PROFILE_ROWS:
            value = plain_label("", self)
            value.setAccessibleName(name)
            form.addRow(caption(name, self, _TIPS.get(key, "")), value)
            self.labels[key] = value
        layout.addLayout(form)
        row = QHBoxLayout()
        self.edit_button = editing(QPushButton("Edit…", self))
        self.edit_button.setAccessibleName("Edit the patient and therapy")
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_profile(self, profile: Profile, today: date) -> None:
        for key, _caption, text in PROFILE_ROWS:
            self.labels[key].setText(text(profile, today) or "—")
