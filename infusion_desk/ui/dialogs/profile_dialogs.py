"""Forms for the Overview: the patient and therapy, an insurance plan, a coverage step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from infusion_desk.core.coverage import STEP_EXPLANATIONS, STEP_SUBTITLES, period_problem
from infusion_desk.core.essentials import dates_problem
from infusion_desk.core.i18n import translate
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
# (the English above for the views not translated yet; the words shown come from these:)


def member_id_tip() -> str:
    return translate("ProfileDialogs", "The ID on the insurance card that the plan uses to find "
                                       "the patient.")


def group_number_tip() -> str:
    return translate("ProfileDialogs", "The number of the employer's or group's plan, also on the "
                                       "insurance card.")


def pa_tip() -> str:
    return translate("ProfileDialogs", "Prior authorization: the plan must approve the therapy "
                                       "before it pays for it.")


def reference_tip() -> str:
    return translate("ProfileDialogs", "Reference or authorization number: the number the plan or "
                                       "office gives a request or an approval, so anyone can find "
                                       "it again.")


def access_line_tip() -> str:
    return translate("ProfileDialogs", "The IV line the medicine goes through, such as a PICC "
                                       "line or a port.")


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
    name = plan.payer or plan.plan_name or translate("ProfileDialogs", "insurance plan")
    return translate("ProfileDialogs", "{rank}: {name}").format(rank=plan.rank.label, name=name)


class ProfileDialog(FormDialog):
    """The patient and the therapy basics. Saving pushes an Undo step."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("ProfileDialogs", "Patient and therapy"),
                         parent, save_text=translate("ProfileDialogs", "Sa&ve"))
        self._ctx = ctx
        self._old = ctx.folder.profile()
        p = self._old
        self.name = line(p.patient_name, accessible_name=translate("ProfileDialogs",
                                                                   "Patient's name"))
        self.date_of_birth = DateField(ctx.today, self, accessible_name=translate("ProfileDialogs",
                                                                                  "Date of birth"))
        self.date_of_birth.set_value(p.date_of_birth)
        self.therapy = line(p.therapy, accessible_name=translate("ProfileDialogs",
                                                                 "Drug or therapy"),
                            placeholder=translate("ProfileDialogs", "e.g. Ertapenem 1 g IV"))
        self.treats = line(p.treats, accessible_name=translate("ProfileDialogs", "Diagnosis"),
                           placeholder=translate("ProfileDialogs",
                                                 "what the therapy treats, as the doctor wrote it"))
        self.allergies = line(p.allergies, accessible_name=translate("ProfileDialogs", "Allergies"),
                              placeholder=translate("ProfileDialogs",
                                                    "e.g. sulfa drugs (rash), or: none known"))
        self.allergies.setToolTip(translate("ProfileDialogs",
            "Every allergy, and what it does. Write \"none known\" if the doctor says there are "
            "none: an empty field is printed as \"not filled in\"."))
        self.prescriber = line(p.prescriber, accessible_name=translate("ProfileDialogs",
                                                                       "Prescriber"),
                               placeholder=translate("ProfileDialogs", "the doctor who ordered it"))
        self.pharmacy = line(p.infusion_provider,
                             accessible_name=translate("ProfileDialogs", "Home infusion pharmacy"))
        self.start_date = DateField(ctx.today, self, accessible_name=translate("ProfileDialogs",
                                                                               "Start date"))
        self.start_date.set_value(p.start_date)
        self.duration = line(p.planned_duration, accessible_name=translate("ProfileDialogs",
                                                                           "Planned duration"),
                             placeholder=translate("ProfileDialogs", "e.g. 6 weeks"))
        self.planned_end = DateField(ctx.today, self,
                                     accessible_name=translate("ProfileDialogs",
                                                               "Planned last day"))
        self.planned_end.set_value(p.planned_end)
        self.appointment_on = DateField(ctx.today, self,
                                        accessible_name=translate("ProfileDialogs",
                                                                  "Next appointment on"))
        self.appointment_on.set_value(p.next_appointment_on)
        self.appointment_with = line(
            p.next_appointment_with, accessible_name=translate("ProfileDialogs",
                                                               "Next appointment with"),
            placeholder=translate("ProfileDialogs", "e.g. Dr. Okafor, 10:15 a.m."))
        self.form.addRow(translate("ProfileDialogs", "Patient's &name"), self.name)
        self.form.addRow(translate("ProfileDialogs", "Date of &birth"), self.date_of_birth)
        self.form.addRow(translate("ProfileDialogs", "&Drug or therapy"), self.therapy)
        self.form.addRow(translate("ProfileDialogs", "Dia&gnosis (what it treats)"), self.treats)
        self.form.addRow(translate("ProfileDialogs", "&Allergies"), self.allergies)
        self.form.addRow(translate("ProfileDialogs", "&Prescriber"), self.prescriber)
        self.form.addRow(translate("ProfileDialogs", "Home &infusion pharmacy"), self.pharmacy)
        self.form.addRow(translate("ProfileDialogs", "&Start date"), self.start_date)
        self.form.addRow(translate("ProfileDialogs", "Planned d&uration"), self.duration)
        self.form.addRow(translate("ProfileDialogs", "Planned &last day"), self.planned_end)
        self.form.addRow(translate("ProfileDialogs", "Next appointment &on"), self.appointment_on)
        self.form.addRow(translate("ProfileDialogs", "Next appointment &with"),
                         self.appointment_with)
        more = self.more_details(translate("ProfileDialogs", "More details"))
        self.dosing = line(p.dosing_schedule, accessible_name=translate("ProfileDialogs",
                                                                        "Dosing schedule"),
                           placeholder=translate("ProfileDialogs",
                                                 "e.g. once a day over 30 minutes"))
        self.access_line = line(p.access_line, accessible_name=translate("ProfileDialogs",
                                                                         "Access line"),
                                placeholder=translate("ProfileDialogs",
                                                      "e.g. PICC line, right arm"))
        self.access_line.setToolTip(access_line_tip())
        self.nursing = line(p.nursing_schedule, accessible_name=translate("ProfileDialogs",
                                                                          "Nursing visits"),
                            placeholder=translate("ProfileDialogs", "who comes, and on which days"))
        self.notes = notes_box(p.notes, accessible_name=translate("ProfileDialogs", "Notes"))
        more.addRow(translate("ProfileDialogs", "Dosing schedule"), self.dosing)
        more.addRow(_tip(plain_row_label(translate("ProfileDialogs",
                                                   "Access line")), access_line_tip()),
                    self.access_line)
        more.addRow(translate("ProfileDialogs", "Nursing visits"), self.nursing)
        more.addRow(translate("ProfileDialogs", "Notes"), self.notes)
        roomy(self)
        self.name.setFocus()

    def profile(self) -> Profile:
        """What the form holds (raises ``ValueError`` for a date that cannot be read)."""
        return replace(
            self._old,
            patient_name=self.name.text().strip(),
            date_of_birth=read_date(self.date_of_birth, translate("ProfileDialogs",
                                                                  "Date of birth")),
            therapy=self.therapy.text().strip(),
            treats=self.treats.text().strip(),
            allergies=self.allergies.text().strip(),
            prescriber=self.prescriber.text().strip(),
            infusion_provider=self.pharmacy.text().strip(),
            start_date=read_date(self.start_date, translate("ProfileDialogs", "Start date")),
            planned_duration=self.duration.text().strip(),
            planned_end=read_date(self.planned_end, translate("ProfileDialogs",
                                                              "Planned last day")),
            next_appointment_on=read_date(self.appointment_on, translate("ProfileDialogs",
                                                                         "Next appointment")),
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
            self.show_problem(problem)
            return False
        return self._ctx.perform(lambda: self._ctx.folder.records.save_profile(new), self,
                                 say=translate("ProfileDialogs",
                                               "Saved."), in_form=True) is not None


class PlanDialog(FormDialog):
    """Add or edit an insurance plan."""

    def __init__(self, ctx: FolderContext, plan: Plan | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("ProfileDialogs", "Edit insurance plan") if plan
                         else translate("ProfileDialogs",
                                        "Add an insurance plan"), parent)
        self._ctx = ctx
        self._old = plan
        self.saved: Plan | None = None
        p = plan or Plan()
        self.rank = combo([(r.label, r.value) for r in PlanRank],
                          accessible_name=translate("ProfileDialogs",
                                                    "Which plan"))
        set_combo_value(self.rank, p.rank)
        self.payer = line(p.payer, accessible_name=translate("ProfileDialogs", "Insurance company"),
                          placeholder=translate("ProfileDialogs", "e.g. Medicare, Blue Cross"))
        self.plan_type = combo([(t.label, t.value) for t in PlanType],
                               accessible_name=translate("ProfileDialogs", "Kind of plan"))
        set_combo_value(self.plan_type, p.plan_type)
        self.member_id = line(p.member_id, accessible_name=translate("ProfileDialogs", "Member ID"))
        self.member_id.setToolTip(member_id_tip())
        self.group_number = line(p.group_number, accessible_name=translate("ProfileDialogs",
                                                                           "Group number"))
        self.group_number.setToolTip(group_number_tip())
        self.member_phone = line(p.member_phone, accessible_name=translate("ProfileDialogs",
                                                                           "Member services phone"),
                                 placeholder=translate("ProfileDialogs", "on the back of the card"))
        self.pa_phone = line(p.pa_phone, accessible_name=translate("ProfileDialogs",
                                                                   "Prior-authorization phone"))
        self.pa_phone.setToolTip(pa_tip())
        self.pa_fax = line(p.pa_fax, accessible_name=translate("ProfileDialogs",
                                                               "Prior-authorization fax"))
        self.pa_fax.setToolTip(pa_tip())
        self.form.addRow(translate("ProfileDialogs", "&Which plan"), self.rank)
        self.form.addRow(translate("ProfileDialogs", "Insurance &company"), self.payer)
        self.form.addRow(translate("ProfileDialogs", "&Kind of plan"), self.plan_type)
        self.form.addRow(_tip(plain_row_label(translate("ProfileDialogs",
                                        "Member ID")), member_id_tip()), self.member_id)
        self.form.addRow(_tip(plain_row_label(translate("ProfileDialogs",
                                                        "Group number")), group_number_tip()),
                         self.group_number)
        self.form.addRow(translate("ProfileDialogs", "Member services phone"), self.member_phone)
        self.form.addRow(_tip(plain_row_label(translate("ProfileDialogs",
                                                        "Prior-authorization phone")), pa_tip()),
                         self.pa_phone)
        self.form.addRow(_tip(plain_row_label(translate("ProfileDialogs",
                                        "Prior-authorization fax")), pa_tip()), self.pa_fax)
        more = self.more_details()
        self.plan_name = line(p.plan_name, accessible_name=translate("ProfileDialogs", "Plan name"),
                              placeholder=translate("ProfileDialogs",
                                                    "the name printed on the card"))
        self.policyholder = line(p.policyholder, accessible_name=translate("ProfileDialogs",
                                                                           "Policyholder"),
                                 placeholder=translate("ProfileDialogs",
                                                       "whose name the plan is in"))
        self.effective_from = DateField(ctx.today, self, accessible_name=translate("ProfileDialogs",
                                                                                   "Covered from"))
        self.effective_from.set_value(p.effective_from)
        self.effective_to = DateField(ctx.today, self, accessible_name=translate("ProfileDialogs",
                                                                                 "Covered until"))
        self.effective_to.set_value(p.effective_to)
        self.notes = notes_box(p.notes, accessible_name=translate("ProfileDialogs", "Notes"))
        more.addRow(translate("ProfileDialogs", "Plan name"), self.plan_name)
        more.addRow(translate("ProfileDialogs", "Policyholder"), self.policyholder)
        more.addRow(translate("ProfileDialogs", "Covered from"), self.effective_from)
        more.addRow(translate("ProfileDialogs", "Covered until"), self.effective_to)
        more.addRow(translate("ProfileDialogs", "Notes"), self.notes)
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
            effective_from=read_date(self.effective_from, translate("ProfileDialogs",
                                                                    "Covered from")),
            effective_to=read_date(self.effective_to, translate("ProfileDialogs", "Covered until")),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> bool:
        new = self.plan()
        if not (new.payer or new.plan_name or new.member_id):
            self.payer.setFocus()
            self.show_problem(translate("ProfileDialogs", "Type the insurance company's name, so "
                                                          "you can tell the plans apart."))
            return False
        if self._old is None:
            self.saved = self._ctx.add(new, translate("ProfileDialogs", "insurance plan"), self)
        else:
            self.saved = self._ctx.update(self._old, new, translate("ProfileDialogs",
                                                                    "insurance plan"), self)
        return self.saved is not None


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
            self.kind.setItemData(number, STEP_EXPLANATIONS[k], Qt.ItemDataRole.ToolTipRole)
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
        self.form.addRow(_tip(plain_row_label(translate("ProfileDialogs",
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
            self.plan.addItem(_plan_name(plan), plan.id)
        set_combo_value(self.plan, s.plan_id or NO_PLAN)
        self.notes = notes_box(s.notes, accessible_name=translate("ProfileDialogs", "Notes"))
        more.addRow(translate("ProfileDialogs", "Started on"), self.started_on)
        more.addRow(translate("ProfileDialogs", "Decided on"), self.decided_on)
        more.addRow(translate("ProfileDialogs", "Insurance plan"), self.plan)
        more.addRow(translate("ProfileDialogs", "Notes"), self.notes)
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
            self.saved = self._ctx.add(new, translate("ProfileDialogs", "coverage step"), self)
        else:
            self.saved = self._ctx.update(self._old, new, translate("ProfileDialogs",
                                                                    "coverage step"), self)
        return self.saved is not None
