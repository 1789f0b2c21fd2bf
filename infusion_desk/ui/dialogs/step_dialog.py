"""The form for a coverage step (benefits verification, prior authorization, an appeal…)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from infusion_desk.core.coverage import period_problem, step_explanation, step_subtitle
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Plan, Step, StepKind, StepStatus
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.profile_fields import (
    plain_row_label,
    reference_tip,
    roomy,
    tip_on,
)
from infusion_desk.ui.widgets.date_field import DateField, read_date
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import combo, line, notes_box, set_combo_value

NO_PLAN = 0  # combo data for "no plan chosen"


def plan_name(plan: Plan) -> str:
    name = plan.payer or plan.plan_name or translate("ProfileDialogs", "insurance plan")
    return translate("ProfileDialogs", "{rank}: {name}").format(rank=plan.rank.label, name=name)


def kind_text(kind: StepKind) -> str:
    """A kind of step with what it means: ``Appeal — asking the plan to change a decision``."""
    subtitle = step_subtitle(kind)
    return f"{kind.label} — {subtitle[0].lower()}{subtitle[1:]}" if subtitle else kind.label


class StepDialog(FormDialog):
    """Add or edit a coverage step."""

    def __init__(self, ctx: FolderContext, step: Step | None = None,
                 parent: QWidget | None = None, *, kind: StepKind | None = None) -> None:
        super().__init__(translate("ProfileDialogs", "Edit coverage step") if step
                         else translate("ProfileDialogs",
                                        "Add a coverage step"), parent)
        self._ctx = ctx
        self._old = step
        self.saved: Step | None = None
        s = step or Step(kind=kind or StepKind.BENEFITS_VERIFICATION)
        self.kind = combo([(kind_text(k), k.value) for k in StepKind],
                          accessible_name=translate("ProfileDialogs", "Which step"))
        for number, k in enumerate(StepKind):
            self.kind.setItemData(number, step_explanation(k), Qt.ItemDataRole.ToolTipRole)
        set_combo_value(self.kind, s.kind)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._on_kind_current_index_changed()
        self.title = line(s.title, accessible_name=translate("ProfileDialogs", "Title"),
                          placeholder=translate("ProfileDialogs",
                                                "optional, e.g. Prior authorization for ertapenem"))
        self.status = combo([(st.label, st.value) for st in StepStatus],
                            accessible_name=translate("ProfileDialogs", "Where it stands"))
        set_combo_value(self.status, s.status)
        self.waiting_on = line(s.waiting_on, accessible_name=translate("ProfileDialogs",
                                                                       "Waiting on"),
                               placeholder=translate("ProfileDialogs",
                                                     "who has to do something next"))
        self.reference = line(s.reference_number,
                              accessible_name=translate("ProfileDialogs",
                                                        "Reference or authorization number"))
        self.reference.setToolTip(reference_tip())
        self.approved_from = DateField(ctx.today, self, accessible_name=translate("ProfileDialogs",
                                                                                  "Approved from"))
        self.approved_from.set_value(s.approved_from)
        self.approved_to = DateField(ctx.today, self, accessible_name=translate("ProfileDialogs",
                                                                                "Approved until"))
        self.approved_to.set_value(s.approved_to)
        self.quantity = line(s.approved_quantity, accessible_name=translate("ProfileDialogs",
                                                                            "Amount approved"),
                             placeholder=translate("ProfileDialogs", "e.g. 42 doses"))
        self.form.addRow(translate("ProfileDialogs", "&Which step"), self.kind)
        self.form.addRow(translate("ProfileDialogs", "&Title"), self.title)
        self.form.addRow(translate("ProfileDialogs", "Where it &stands"), self.status)
        self.form.addRow(translate("ProfileDialogs", "Waiting &on"), self.waiting_on)
        self.form.addRow(tip_on(plain_row_label(translate("ProfileDialogs",
                                                        "Reference or authorization number")),
                              reference_tip()), self.reference)
        self.form.addRow(translate("ProfileDialogs", "Approved &from"), self.approved_from)
        self.form.addRow(translate("ProfileDialogs", "Approved &until"), self.approved_to)
        self.form.addRow(translate("ProfileDialogs", "Amount approved"), self.quantity)
        more = self.more_details()
        self.started_on = DateField(ctx.today, self, accessible_name=translate("ProfileDialogs",
                                                                               "Started on"))
        self.started_on.set_value(s.started_on)
        self.decided_on = DateField(ctx.today, self, accessible_name=translate("ProfileDialogs",
                                                                               "Decided on"))
        self.decided_on.set_value(s.decided_on)
        self.plan = QComboBox(self)
        self.plan.setAccessibleName(translate("ProfileDialogs", "Insurance plan"))
        self.plan.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan.setMinimumContentsLength(24)
        self.plan.addItem(translate("ProfileDialogs", "No particular plan"), NO_PLAN)
        for plan in ctx.folder.plans():
            self.plan.addItem(plan_name(plan), plan.id)
        set_combo_value(self.plan, s.plan_id or NO_PLAN)
        self.notes = notes_box(s.notes, accessible_name=translate("ProfileDialogs", "Notes"))
        more.addRow(translate("ProfileDialogs", "Started on"), self.started_on)
        more.addRow(translate("ProfileDialogs", "Decided on"), self.decided_on)
        more.addRow(translate("ProfileDialogs", "Insurance plan"), self.plan)
        more.addRow(translate("ProfileDialogs", "Notes"), self.notes)
        roomy(self)
        self.kind.setFocus()

    def _on_kind_current_index_changed(self, _index: int = 0) -> None:
        self.kind.setToolTip(step_explanation(StepKind.parse(self.kind.currentData())))

    def step(self) -> Step:
        base = self._old or Step()
        return replace(
            base,
            kind=StepKind.parse(self.kind.currentData()),
            title=self.title.text().strip(),
            status=StepStatus.parse(self.status.currentData()),
            waiting_on=self.waiting_on.text().strip(),
            reference_number=self.reference.text().strip(),
            approved_from=read_date(self.approved_from, translate("ProfileDialogs",
                                                                  "Approved from")),
            approved_to=read_date(self.approved_to, translate("ProfileDialogs", "Approved until")),
            approved_quantity=self.quantity.text().strip(),
            started_on=read_date(self.started_on, translate("ProfileDialogs", "Started on")),
            decided_on=read_date(self.decided_on, translate("ProfileDialogs", "Decided on")),
            plan_id=self.plan.currentData() or None,
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> bool:
        new = self.step()
        problem = period_problem(new)
        if problem:
            self.approved_to.setFocus()
            self.show_problem(problem)
            return False
        if self._old is None:
            self.saved = self._ctx.add(new, translate("ProfileDialogs", "coverage step"), self,
                                       in_form=True)
        else:
            self.saved = self._ctx.update(self._old, new, translate("ProfileDialogs",
                                                                    "coverage step"), self,
                                          in_form=True)
        return self.saved is not None
