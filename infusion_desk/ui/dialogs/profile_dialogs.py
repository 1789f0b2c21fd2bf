"""Forms for the Overview: the patient and therapy, an insurance plan, a coverage step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from infusion_desk.core.coverage import STEP_EXPLANATIONS, STEP_SUBTITLES, period_problem
from infusion_desk.core.essentials import dates_problem
from infusion_desk.core.records import (
    Plan,
    PlanRank,
    PlanType,
    Profile,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.widgets.date_field import DateField, read_date
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import combo, line, notes_box, plain_label, set_combo_value

MEMBER_ID_TIP = "The ID on the insurance card that the plan uses to find the patient."
GROUP_NUMBER_TIP = "The number of the employer's or group's plan, also on the insurance card."
PA_TIP = "Prior authorization: the plan must approve the therapy before it pays for it."
REFERENCE_TIP = (
    "Reference or authorization number: the number the plan or office gives a request or an "
    "approval, so anyone can find it again."
)
ACCESS_LINE_TIP = "The IV line the medicine goes through, such as a PICC line or a port."
NO_PLAN = 0  # combo data for "no plan chosen"


def _tip(widget: QWidget, text: str) -> QWidget:
    widget.setToolTip(text)
    return widget


def roomy(dialog: QWidget) -> None:
    """Wide enough for a typed date and the day it reads as, at any text size; long text shows
    from its start."""
    dialog.setMinimumWidth(min(dialog.fontMetrics().averageCharWidth() * 80, 1100))
    for edit in dialog.findChildren(QLineEdit):
        edit.setCursorPosition(0)


def plain_row_label(text: str) -> QLabel:
    """A form label that can carry a tooltip (a plain string label cannot)."""
    label = plain_label(text, wrap=False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def kind_text(kind: StepKind) -> str:
    """A kind of step with what it means: ``Appeal — asking the plan to change a decision``."""
    subtitle = STEP_SUBTITLES[kind]
    return f"{kind.label} — {subtitle[0].lower()}{subtitle[1:]}" if subtitle else kind.label


def _plan_name(plan: Plan) -> str:
    return f"{plan.rank.label}: {plan.payer or plan.plan_name or 'insurance plan'}"


class ProfileDialog(FormDialog):
    """The patient and the therapy basics. Saving pushes an Undo step."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ProfileDialog", "Patient and therapy"),
                         parent, save_text=QCoreApplication.translate("ProfileDialog", "Save"))
        self._ctx = ctx
        self._old = ctx.folder.profile()
        p = self._old
        self.name = line(p.patient_name, accessible_name=self.tr("Patient's name"))
        self.date_of_birth = DateField(ctx.today, self, accessible_name=self.tr("Date of birth"))
        self.date_of_birth.set_value(p.date_of_birth)
        self.therapy = line(p.therapy, accessible_name=self.tr("Drug or therapy"),
                            placeholder=self.tr("e.g. Ertapenem 1 g IV"))
        self.treats = line(p.treats, accessible_name=self.tr("Diagnosis"),
                           placeholder=self.tr("what the therapy treats, as the doctor wrote it"))
        self.allergies = line(p.allergies, accessible_name=self.tr("Allergies"),
                              placeholder=self.tr("e.g. sulfa drugs (rash), or: none known"))
        self.allergies.setToolTip(self.tr(
            "Every allergy, and what it does. Write \"none known\" if the doctor says there "
            "are none: an empty field is printed as \"not filled in\"."))
        self.prescriber = line(p.prescriber, accessible_name=self.tr("Prescriber"),
                               placeholder=self.tr("the doctor who ordered it"))
        self.pharmacy = line(p.infusion_provider,
                             accessible_name=self.tr("Home infusion pharmacy"))
        self.start_date = DateField(ctx.today, self, accessible_name=self.tr("Start date"))
        self.start_date.set_value(p.start_date)
        self.duration = line(p.planned_duration, accessible_name=self.tr("Planned duration"),
                             placeholder=self.tr("e.g. 6 weeks"))
        self.planned_end = DateField(ctx.today, self,
                                     accessible_name=self.tr("Planned last day"))
        self.planned_end.set_value(p.planned_end)
        self.appointment_on = DateField(ctx.today, self,
                                        accessible_name=self.tr("Next appointment on"))
        self.appointment_on.set_value(p.next_appointment_on)
        self.appointment_with = line(
            p.next_appointment_with, accessible_name=self.tr("Next appointment with"),
            placeholder=self.tr("e.g. Dr. Okafor, 10:15 a.m."))
        self.form.addRow(self.tr("Patient's &name"), self.name)
        self.form.addRow(self.tr("Date of &birth"), self.date_of_birth)
        self.form.addRow(self.tr("&Drug or therapy"), self.therapy)
        self.form.addRow(self.tr("Dia&gnosis (what it treats)"), self.treats)
        self.form.addRow(self.tr("&Allergies"), self.allergies)
        self.form.addRow(self.tr("&Prescriber"), self.prescriber)
        self.form.addRow(self.tr("Home &infusion pharmacy"), self.pharmacy)
        self.form.addRow(self.tr("&Start date"), self.start_date)
        self.form.addRow(self.tr("Planned d&uration"), self.duration)
        self.form.addRow(self.tr("Planned &last day"), self.planned_end)
        self.form.addRow(self.tr("Next appointment &on"), self.appointment_on)
        self.form.addRow(self.tr("Next appointment &with"), self.appointment_with)
        more = self.more_details(self.tr("More details"))
        self.dosing = line(p.dosing_schedule, accessible_name=self.tr("Dosing schedule"),
                           placeholder=self.tr("e.g. once a day over 30 minutes"))
        self.access_line = line(p.access_line, accessible_name=self.tr("Access line"),
                                placeholder=self.tr("e.g. PICC line, right arm"))
        self.access_line.setToolTip(ACCESS_LINE_TIP)
        self.nursing = line(p.nursing_schedule, accessible_name=self.tr("Nursing visits"),
                            placeholder=self.tr("who comes, and on which days"))
        self.notes = notes_box(p.notes, accessible_name=self.tr("Notes"))
        more.addRow(self.tr("Dosing schedule"), self.dosing)
        more.addRow(_tip(plain_row_label(self.tr("Access line")), ACCESS_LINE_TIP),
                    self.access_line)
        more.addRow(self.tr("Nursing visits"), self.nursing)
        more.addRow(self.tr("Notes"), self.notes)
        roomy(self)
        self.name.setFocus()

    def profile(self) -> Profile:
        """What the form holds (raises ``ValueError`` for a date that cannot be read)."""
        return replace(
            self._old,
            patient_name=self.name.text().strip(),
            date_of_birth=read_date(self.date_of_birth, self.tr("Date of birth")),
            therapy=self.therapy.text().strip(),
            treats=self.treats.text().strip(),
            allergies=self.allergies.text().strip(),
            prescriber=self.prescriber.text().strip(),
            infusion_provider=self.pharmacy.text().strip(),
            start_date=read_date(self.start_date, self.tr("Start date")),
            planned_duration=self.duration.text().strip(),
            planned_end=read_date(self.planned_end, self.tr("Planned last day")),
            next_appointment_on=read_date(self.appointment_on, self.tr("Next appointment")),
            next_appointment_with=self.appointment_with.text().strip(),
            dosing_schedule=self.dosing.text().strip(),
            access_line=self.access_line.text().strip(),
            nursing_schedule=self.nursing.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> bool:
        old, new = self._old, self.profile()
        if new == old:
            return True
        problem = dates_problem(new)
        if problem:
            self.planned_end.setFocus()
            self.show_problem(QCoreApplication.translate("essentials", problem))
            return False
        return self._ctx.perform(lambda: self._ctx.folder.records.save_profile(new), self,
                                 say=self.tr("Saved."), in_form=True) is not None


class PlanDialog(FormDialog):
    """Add or edit an insurance plan."""

    def __init__(self, ctx: FolderContext, plan: Plan | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit insurance plan" if plan else "Add an insurance plan", parent)
        self._ctx = ctx
        self._old = plan
        self.saved: Plan | None = None
        p = plan or Plan()
        self.rank = combo([(r.label, r.value) for r in PlanRank], accessible_name="Which plan")
        set_combo_value(self.rank, p.rank)
        self.payer = line(p.payer, accessible_name="Insurance company",
                          placeholder="e.g. Medicare, Blue Cross")
        self.plan_type = combo([(t.label, t.value) for t in PlanType],
                               accessible_name="Kind of plan")
        set_combo_value(self.plan_type, p.plan_type)
        self.member_id = line(p.member_id, accessible_name="Member ID")
        self.member_id.setToolTip(MEMBER_ID_TIP)
        self.group_number = line(p.group_number, accessible_name="Group number")
        self.group_number.setToolTip(GROUP_NUMBER_TIP)
        self.member_phone = line(p.member_phone, accessible_name="Member services phone",
                                 placeholder="on the back of the card")
        self.pa_phone = line(p.pa_phone, accessible_name="Prior-authorization phone")
        self.pa_phone.setToolTip(PA_TIP)
        self.pa_fax = line(p.pa_fax, accessible_name="Prior-authorization fax")
        self.pa_fax.setToolTip(PA_TIP)
        self.form.addRow("&Which plan", self.rank)
        self.form.addRow("Insurance &company", self.payer)
        self.form.addRow("&Kind of plan", self.plan_type)
        self.form.addRow(_tip(plain_row_label("Member ID"), MEMBER_ID_TIP), self.member_id)
        self.form.addRow(_tip(plain_row_label("Group number"), GROUP_NUMBER_TIP),
                         self.group_number)
        self.form.addRow("Member services phone", self.member_phone)
        self.form.addRow(_tip(plain_row_label("Prior-authorization phone"), PA_TIP),
                         self.pa_phone)
        self.form.addRow(_tip(plain_row_label("Prior-authorization fax"), PA_TIP), self.pa_fax)
        more = self.more_details()
        self.plan_name = line(p.plan_name, accessible_name="Plan name",
                              placeholder="the name printed on the card")
        self.policyholder = line(p.policyholder, accessible_name="Policyholder",
                                 placeholder="whose name the plan is in")
        self.effective_from = DateField(ctx.today, self, accessible_name="Covered from")
        self.effective_from.set_value(p.effective_from)
        self.effective_to = DateField(ctx.today, self, accessible_name="Covered until")
        self.effective_to.set_value(p.effective_to)
        self.notes = notes_box(p.notes)
        more.addRow("Plan name", self.plan_name)
        more.addRow("Policyholder", self.policyholder)
        more.addRow("Covered from", self.effective_from)
        more.addRow("Covered until", self.effective_to)
        more.addRow("Notes", self.notes)
        roomy(self)
        self.rank.setFocus()

    def plan(self) -> Plan:
        base = self._old or Plan()
        return replace(
            base,
            rank=PlanRank.parse(self.rank.currentData()),
            payer=self.payer.text().strip(),
            plan_type=PlanType.parse(self.plan_type.currentData()),
            member_id=self.member_id.text().strip(),
            group_number=self.group_number.text().strip(),
            member_phone=self.member_phone.text().strip(),
            pa_phone=self.pa_phone.text().strip(),
            pa_fax=self.pa_fax.text().strip(),
            plan_name=self.plan_name.text().strip(),
            policyholder=self.policyholder.text().strip(),
            effective_from=read_date(self.effective_from, "Covered from"),
            effective_to=read_date(self.effective_to, "Covered until"),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> bool:
        new = self.plan()
        if not (new.payer or new.plan_name or new.member_id):
            self.payer.setFocus()
            self.show_problem("Type the insurance company's name, so you can tell the plans "
                              "apart.")
            return False
        if self._old is None:
            self.saved = self._ctx.add(new, "insurance plan", self)
        else:
            self.saved = self._ctx.update(self._old, new, "insurance plan", self)
        return self.saved is not None


class StepDialog(FormDialog):
    """Add or edit a coverage step."""

    def __init__(self, ctx: FolderContext, step: Step | None = None,
                 parent: QWidget | None = None, *, kind: StepKind | None = None) -> None:
        super().__init__("Edit coverage step" if step else "Add a coverage step", parent)
        self._ctx = ctx
        self._old = step
        self.saved: Step | None = None
        s = step or Step(kind=kind or StepKind.BENEFITS_VERIFICATION)
        self.kind = combo([(kind_text(k), k.value) for k in StepKind],
                          accessible_name="Which step")
        for number, k in enumerate(StepKind):
            self.kind.setItemData(number, STEP_EXPLANATIONS[k], Qt.ItemDataRole.ToolTipRole)
        set_combo_value(self.kind, s.kind)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._on_kind_current_index_changed()
        self.title = line(s.title, accessible_name="Title",
                          placeholder="optional, e.g. Prior authorization for ertapenem")
        self.status = combo([(st.label, st.value) for st in StepStatus],
                            accessible_name="Where it stands")
        set_combo_value(self.status, s.status)
        self.waiting_on = line(s.waiting_on, accessible_name="Waiting on",
                               placeholder="who has to do something next")
        self.reference = line(s.reference_number,
                              accessible_name="Reference or authorization number")
        self.reference.setToolTip(REFERENCE_TIP)
        self.approved_from = DateField(ctx.today, self, accessible_name="Approved from")
        self.approved_from.set_value(s.approved_from)
        self.approved_to = DateField(ctx.today, self, accessible_name="Approved until")
        self.approved_to.set_value(s.approved_to)
        self.quantity = line(s.approved_quantity, accessible_name="Amount approved",
                             placeholder="e.g. 42 doses")
        self.form.addRow("&Which step", self.kind)
        self.form.addRow("&Title", self.title)
        self.form.addRow("Where it &stands", self.status)
        self.form.addRow("Waiting &on", self.waiting_on)
        self.form.addRow(_tip(plain_row_label("Reference or authorization number"),
                              REFERENCE_TIP), self.reference)
        self.form.addRow("Approved &from", self.approved_from)
        self.form.addRow("Approved &until", self.approved_to)
        self.form.addRow("Amount approved", self.quantity)
        more = self.more_details()
        self.started_on = DateField(ctx.today, self, accessible_name="Started on")
        self.started_on.set_value(s.started_on)
        self.decided_on = DateField(ctx.today, self, accessible_name="Decided on")
        self.decided_on.set_value(s.decided_on)
        self.plan = QComboBox(self)
        self.plan.setAccessibleName("Insurance plan")
        self.plan.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan.setMinimumContentsLength(24)
        self.plan.addItem("No particular plan", NO_PLAN)
        for plan in ctx.folder.plans():
            self.plan.addItem(_plan_name(plan), plan.id)
        set_combo_value(self.plan, s.plan_id or NO_PLAN)
        self.notes = notes_box(s.notes)
        more.addRow("Started on", self.started_on)
        more.addRow("Decided on", self.decided_on)
        more.addRow("Insurance plan", self.plan)
        more.addRow("Notes", self.notes)
        roomy(self)
        self.kind.setFocus()

    def _on_kind_current_index_changed(self, _index: int = 0) -> None:
        self.kind.setToolTip(STEP_EXPLANATIONS[StepKind.parse(self.kind.currentData())])

    def step(self) -> Step:
        base = self._old or Step()
        return replace(
            base,
            kind=StepKind.parse(self.kind.currentData()),
            title=self.title.text().strip(),
            status=StepStatus.parse(self.status.currentData()),
            waiting_on=self.waiting_on.text().strip(),
            reference_number=self.reference.text().strip(),
            approved_from=read_date(self.approved_from, "Approved from"),
            approved_to=read_date(self.approved_to, "Approved until"),
            approved_quantity=self.quantity.text().strip(),
            started_on=read_date(self.started_on, "Started on"),
            decided_on=read_date(self.decided_on, "Decided on"),
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
            self.saved = self._ctx.add(new, "coverage step", self)
        else:
            self.saved = self._ctx.update(self._old, new, "coverage step", self)
        return self.saved is not None
