"""*What is this page for?* — the first thing Print summary asks, in her words: a visit with the
doctor, a call with the insurance plan, the home infusion pharmacy, or everything in brief; for
the doctor or a plan, which one. What each meeting puts on the page is decided in the core
(:mod:`infusion_desk.core.meeting`), never here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QRadioButton,
    QWidget,
)

from infusion_desk.core.i18n import translate
from infusion_desk.core.meeting import Audience, Meeting, MeetingChoices


class AudienceChoice(QGroupBox):
    """Four choices, one a line; the doctor and the plan lines have a list of which one."""

    changed = Signal()

    def __init__(self, choices: MeetingChoices, chosen: Meeting,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("AudienceChoice", "What is this page for?"))
        words = {
            Audience.DOCTOR: translate("AudienceChoice", "A &visit with the doctor"),
            Audience.PLAN: translate("AudienceChoice", "A &call with the insurance plan"),
            Audience.PHARMACY: translate("AudienceChoice", "The home infusion p&harmacy"),
            Audience.ALL: translate("AudienceChoice", "&Everything, in brief"),
        }
        layout = QGridLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[Audience, QRadioButton] = {}
        for audience in Audience:
            button = QRadioButton(words[audience], self)
            self.buttons[audience] = button
            self.group.addButton(button)
        self.doctor_box = QComboBox(self)
        self.doctor_box.setAccessibleName(translate("AudienceChoice", "Which doctor"))
        self.doctor_box.addItem(
            translate("AudienceChoice", "The prescriber: {0}").format(choices.prescriber)
            if choices.prescriber
            else translate("AudienceChoice", "The prescriber"), "")
        for name in choices.doctors:
            if name != choices.prescriber:
                self.doctor_box.addItem(name, name)
        self.plan_box = QComboBox(self)
        self.plan_box.setAccessibleName(translate("AudienceChoice", "Which plan"))
        self.plan_box.addItem(translate("AudienceChoice", "Every plan"), "")
        for name in choices.plans:
            self.plan_box.addItem(name, name)
        # Each drop-down under its choice, a little in (the page stays narrow at large text).
        row = 0
        for audience, box in ((Audience.DOCTOR, self.doctor_box), (Audience.PLAN, self.plan_box),
                              (Audience.PHARMACY, None), (Audience.ALL, None)):
            layout.addWidget(self.buttons[audience], row, 0, 1, 2)
            row += 1
            if box is not None:
                box.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                box.setMinimumContentsLength(18)
                layout.addWidget(box, row, 1)
                row += 1
        layout.setColumnMinimumWidth(0, self.fontMetrics().averageCharWidth() * 3)
        layout.setColumnStretch(1, 1)
        self._show(chosen)
        self.group.buttonToggled.connect(self._on_group_button_toggled)
        self.doctor_box.currentIndexChanged.connect(self._on_box_current_index_changed)
        self.plan_box.currentIndexChanged.connect(self._on_box_current_index_changed)

    def _show(self, chosen: Meeting) -> None:
        self.buttons[chosen.audience].setChecked(True)
        box = {Audience.DOCTOR: self.doctor_box, Audience.PLAN: self.plan_box}.get(
            chosen.audience)
        if box is not None:
            box.setCurrentIndex(max(box.findData(chosen.name), 0))
        self._enable_boxes()

    def _enable_boxes(self) -> None:
        self.doctor_box.setEnabled(self.buttons[Audience.DOCTOR].isChecked())
        self.plan_box.setEnabled(self.buttons[Audience.PLAN].isChecked())

    def meeting(self) -> Meeting:
        """The meeting chosen now."""
        audience = next(a for a, b in self.buttons.items() if b.isChecked())
        box = {Audience.DOCTOR: self.doctor_box, Audience.PLAN: self.plan_box}.get(audience)
        return Meeting(audience, str(box.currentData() or "") if box is not None else "")

    def choose(self, meeting: Meeting) -> None:
        """Choose as a person would (the page is then made again)."""
        self._show(meeting)

    def _on_group_button_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._enable_boxes()
            self.changed.emit()

    def _on_box_current_index_changed(self, _index: int) -> None:
        self.changed.emit()
