"""The patient and the therapy at a glance, with Edit….

The allergies come first, in a framed line of their own with a warning sign and the word
"Allergies", so nobody reading the page can miss them (and a blank never reads as "none").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
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
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Profile
from infusion_desk.ui.editing import editing
from infusion_desk.ui.overview.page import big_target
from infusion_desk.ui.overview.read_form import caption
from infusion_desk.ui.widgets.forms import heading, plain_label, scaled_font

# (key, value) of each line, in order; the captions are :func:`captions`.
PROFILE_ROWS: list[tuple[str, Callable[[Profile, date], str]]] = [
    ("patient_name", lambda p, _t: p.patient_name),
    ("date_of_birth", lambda p, _t: format_day(p.date_of_birth)),
    ("therapy", lambda p, _t: p.therapy),
    ("treats", lambda p, _t: p.treats),
    ("next_appointment", essentials.next_appointment),
    ("prescriber", lambda p, _t: p.prescriber),
    ("infusion_provider", lambda p, _t: p.infusion_provider),
    ("start_date",
     lambda p, t: f"{format_day(p.start_date)} ({relative_past(p.start_date, t)})"
     if p.start_date else ""),
    ("planned_duration", lambda p, _t: p.planned_duration),
    ("planned_end", essentials.planned_end),
    ("dosing_schedule", lambda p, _t: p.dosing_schedule),
    ("access_line", lambda p, _t: p.access_line),
    ("nursing_schedule", lambda p, _t: p.nursing_schedule),
    ("notes", lambda p, _t: p.notes),
]
ALLERGY_RED = "#a4262c"


def captions() -> dict[str, str]:
    """Each line's caption, in her language."""
    return {
        "patient_name": translate("ProfilePanel", "Patient"),
        "date_of_birth": translate("ProfilePanel", "Date of birth"),
        "therapy": translate("ProfilePanel", "Drug or therapy"),
        "treats": translate("ProfilePanel", "Diagnosis (what the therapy treats)"),
        "next_appointment": translate("ProfilePanel", "Next appointment"),
        "prescriber": translate("ProfilePanel", "Prescriber"),
        "infusion_provider": translate("ProfilePanel", "Home infusion pharmacy"),
        "start_date": translate("ProfilePanel", "Start date"),
        "planned_duration": translate("ProfilePanel", "Planned duration"),
        "planned_end": translate("ProfilePanel", "Planned last day"),
        "dosing_schedule": translate("ProfilePanel", "Dosing schedule"),
        "access_line": translate("ProfilePanel", "Access line"),
        "nursing_schedule": translate("ProfilePanel", "Nursing visits"),
        "notes": translate("ProfilePanel", "Notes"),
    }


def _tips() -> dict[str, str]:
    return {"access_line": translate(
        "ProfilePanel", "The IV line the medicine goes through, such as a PICC line or a port.")}


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
        self.setAccessibleName(translate("ProfilePanel", "Allergies"))

    def show_allergies(self, profile: Profile) -> None:
        self.setText(translate("ProfilePanel", "⚠ Allergies: {0}").format(
            essentials.allergies(profile)))


class ProfilePanel(QWidget):
    """*Patient and therapy*: the allergies first, then one line per thing known, "—" for what
    is not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(translate("ProfilePanel", "Patient and therapy"), self,
                                 scale=1.2))
        self.allergies = AllergyLine(self)
        layout.addWidget(self.allergies)
        # A grid, not a form layout: QFormLayout kept row heights worked out for another width
        # once the allergies line was above it, and cut the last lines of the notes off.
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.labels: dict[str, QLabel] = {"allergies": self.allergies}
        names, tips = captions(), _tips()
        for number, (key, _text) in enumerate(PROFILE_ROWS):
            shown = names[key]
            value = plain_label("", self)
            value.setAccessibleName(shown)
            grid.addWidget(caption(shown, self, tips.get(key, "")), number, 0)
            grid.addWidget(value, number, 1)
            self.labels[key] = value
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.edit_button = editing(QPushButton(translate("ProfilePanel", "Edi&t…"), self))
        self.edit_button.setAccessibleName(translate("ProfilePanel",
                                                     "Edit the patient and therapy"))
        big_target(self.edit_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_profile(self, profile: Profile, today: date) -> None:
        self.allergies.show_allergies(profile)
        for key, text in PROFILE_ROWS:
            self.labels[key].setText(text(profile, today) or "—")
