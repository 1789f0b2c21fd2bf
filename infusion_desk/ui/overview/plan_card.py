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

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Plan
from infusion_desk.ui.editing import editing
from infusion_desk.ui.overview.page import big_target
from infusion_desk.ui.overview.read_form import caption, caption_form
from infusion_desk.ui.widgets.forms import heading, plain_label


def _rows(plan: Plan, name: str) -> list[tuple[str, str, str, str]]:
    """(key, caption, value, tip) of each line the card may show."""
    pa_tip = translate("PlanCard", "Prior authorization: the plan must approve the therapy "
                       "before it pays for it.")
    return [
        ("Kind of plan", translate("PlanCard", "Kind of plan"), plan.plan_type.label, ""),
        ("Plan name", translate("PlanCard", "Plan name"),
         plan.plan_name if plan.plan_name != name else "", ""),
        ("Member ID", translate("PlanCard", "Member ID"), plan.member_id,
         translate("PlanCard", "The ID on the insurance card that the plan uses to find the "
                   "patient.")),
        ("Group number", translate("PlanCard", "Group number"), plan.group_number,
         translate("PlanCard", "The number of the employer's or group's plan, also on the "
                   "insurance card.")),
        ("Member services", translate("PlanCard", "Member services"), plan.member_phone, ""),
        ("Prior-authorization phone", translate("PlanCard", "Prior-authorization phone"),
         plan.pa_phone, pa_tip),
        ("Prior-authorization fax", translate("PlanCard", "Prior-authorization fax"),
         plan.pa_fax, pa_tip),
    ]


class PlanCard(QFrame):
    """One insurance plan as it reads on the card, with Edit and Delete. ``values`` holds the
    shown lines by their English caption."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name = plan.payer or plan.plan_name or translate("PlanCard", "Insurance plan")
        rank = plan.rank.label
        self.setAccessibleName(translate("PlanCard", "{rank} plan: {name}").format(
            rank=rank, name=name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.title = heading(translate("PlanCard", "{rank}: {name}").format(rank=rank, name=name),
                             self, scale=1.05)
        layout.addWidget(self.title)
        form = caption_form()
        self.values: dict[str, QLabel] = {}
        for key, name_of_row, value, tip in _rows(plan, name):
            if not value:
                continue
            label = caption(name_of_row, self, tip)
            shown = plain_label(value, self)
            if tip:
                shown.setToolTip(tip)
            shown.setAccessibleName(name_of_row)
            form.addRow(label, shown)
            self.values[key] = shown
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.edit_button = editing(QPushButton(translate("PlanCard", "Ed&it…"), self))
        self.edit_button.setAccessibleName(
            translate("PlanCard", "Edit the {0} plan").format(name))
        self.delete_button = editing(QPushButton(translate("PlanCard", "De&lete"), self))
        self.delete_button.setAccessibleName(
            translate("PlanCard", "Delete the {0} plan").format(name))
        self.delete_button.setToolTip(
            translate("PlanCard", "Move this plan to the trash. Undo brings it back."))
        big_target(self.edit_button, self.delete_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
