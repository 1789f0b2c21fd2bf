"""The patient and the therapy at a glance, with Edit….

The allergies come first, in a framed line of their own with a warning sign and the word
"Allergies", so nobody reading the page can miss them (and a blank never reads as "none").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core import essentials
from infusion_desk.core.dates import format_day, relative_past
from infusion_desk.core.records import Profile
from infusion_desk.ui.dialogs.profile_dialogs import ACCESS_LINE_TIP
from infusion_desk.ui.editing import editing
from infusion_desk.ui.overview.read_form import caption
from infusion_desk.ui.widgets.forms import heading, plain_label, scaled_font

_CONTEXT = "ProfilePanel"
# (key, caption, value): the captions are translated when shown, in the "ProfilePanel" context.
PROFILE_ROWS: list[tuple[str, str, Callable[[Profile, date], str]]] = [
    ("patient_name", "Patient", lambda p, _t: p.patient_name),
    ("date_of_birth", "Date of birth", lambda p, _t: format_day(p.date_of_birth)),
    ("therapy", "Drug or therapy", lambda p, _t: p.therapy),
    ("treats", "Diagnosis (what the therapy treats)", lambda p, _t: p.treats),
    ("next_appointment", "Next appointment", essentials.next_appointment),
    ("prescriber", "Prescriber", lambda p, _t: p.prescriber),
    ("infusion_provider", "Home infusion pharmacy", lambda p, _t: p.infusion_provider),
    ("start_date", "Start date",
     lambda p, t: f"{format_day(p.start_date)} ({relative_past(p.start_date, t)})"
     if p.start_date else ""),
    ("planned_duration", "Planned duration", lambda p, _t: p.planned_duration),
    ("planned_end", "Planned last day", essentials.planned_end),
    ("dosing_schedule", "Dosing schedule", lambda p, _t: p.dosing_schedule),
    ("access_line", "Access line", lambda p, _t: p.access_line),
    ("nursing_schedule", "Nursing visits", lambda p, _t: p.nursing_schedule),
    ("notes", "Notes", lambda p, _t: p.notes),
]
_TIPS = {"access_line": ACCESS_LINE_TIP}
ALLERGY_RED = "#a4262c"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class AllergyLine(QLabel):
    """"⚠ Allergies: Sulfa drugs (rash)", larger and bold, in a red frame: a sign, a word and a
    colour. A blank reads "Not filled in yet", never as no allergies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allergies")
        self.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never read as markup
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(f"QLabel#allergies {{ border: 2px solid {ALLERGY_RED}; "
                           "border-radius: 4px; padding: 6px; }")
        scaled_font(self, 1.1, bold=True)
        self.setAccessibleName(_tr("Allergies"))

    def show_allergies(self, profile: Profile) -> None:
        typed = profile.allergies.strip() or _tr(essentials.ALLERGIES_NOT_FILLED)
        self.setText(_tr("⚠ Allergies: {0}").format(typed))


class ProfilePanel(QWidget):
    """*Patient and therapy*: the allergies first, then one line per thing known, "—" for what
    is not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(_tr("Patient and therapy"), self, scale=1.2))
        self.allergies = AllergyLine(self)
        layout.addWidget(self.allergies)
        # A grid, not a form layout: QFormLayout kept row heights worked out for another width
        # once the allergies line was above it, and cut the last lines of the notes off.
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.labels: dict[str, QLabel] = {"allergies": self.allergies}
        for number, (key, name, _text) in enumerate(PROFILE_ROWS):
            shown = _tr(name)
            value = plain_label("", self)
            value.setAccessibleName(shown)
            grid.addWidget(caption(shown, self, _TIPS.get(key, "")), number, 0)
            grid.addWidget(value, number, 1)
            self.labels[key] = value
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.edit_button = editing(QPushButton(_tr("Edit…"), self))
        self.edit_button.setAccessibleName(_tr("Edit the patient and therapy"))
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_profile(self, profile: Profile, today: date) -> None:
        self.allergies.show_allergies(profile)
        for key, _caption, text in PROFILE_ROWS:
            self.labels[key].setText(text(profile, today) or "—")
