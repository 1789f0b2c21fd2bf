"""One insurance plan as it reads on the card, with Edit and Delete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.records import Plan
from infusion_desk.ui.dialogs.profile_dialogs import GROUP_NUMBER_TIP, MEMBER_ID_TIP, PA_TIP
from infusion_desk.ui.editing import editing
from infusion_desk.ui.overview.read_form import caption, caption_form
from infusion_desk.ui.widgets.forms import heading, plain_label


class PlanCard(QFrame):
    """One insurance plan as it reads on the card, with Edit and Delete."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name = plan.payer or plan.plan_name or "Insurance plan"
        self.setAccessibleName(f"{plan.rank.label} plan: {name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.title = heading(f"{plan.rank.label}: {name}", self, scale=1.05)
        layout.addWidget(self.title)
        form = caption_form()
        self.values: dict[str, QLabel] = {}
        rows: list[tuple[str, str, str]] = [
            ("Kind of plan", plan.plan_type.label, ""),
            ("Plan name", plan.plan_name if plan.plan_name != name else "", ""),
            ("Member ID", plan.member_id, MEMBER_ID_TIP),
            ("Group number", plan.group_number, GROUP_NUMBER_TIP),
            ("Member services", plan.member_phone, ""),
            ("Prior-authorization phone", plan.pa_phone, PA_TIP),
            ("Prior-authorization fax", plan.pa_fax, PA_TIP),
        ]
        for name_of_row, value, tip in rows:
            if not value:
                continue
            label = caption(name_of_row, self, tip)
            shown = plain_label(value, self)
            if tip:
                shown.setToolTip(tip)
            shown.setAccessibleName(name_of_row)
            form.addRow(label, shown)
            self.values[name_of_row] = shown
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.edit_button = editing(QPushButton("Edit…", self))
        self.edit_button.setAccessibleName(f"Edit the {name} plan")
        self.delete_button = editing(QPushButton("Delete", self))
        self.delete_button.setAccessibleName(f"Delete the {name} plan")
        self.delete_button.setToolTip("Move this plan to the trash. Undo brings it back.")
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
