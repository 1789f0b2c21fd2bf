"""Forms for the Overview: the patient and therapy, an insurance plan, a coverage step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from infusion_desk.core.essentials import dates_problem
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import (
    Plan,
    PlanRank,
    PlanType,
    Profile,
)
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.profile_fields import (  # (re-exported: the Overview uses them)
    access_line_tip,
    group_number_tip,
    member_id_tip,
    pa_tip,
    plain_row_label,
    reference_tip,
    roomy,
    tip_on,
)
from infusion_desk.ui.dialogs.step_dialog import StepDialog, kind_text
from infusion_desk.ui.widgets.date_field import DateField, read_date
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import combo, line, notes_box, set_combo_value

__all__ = ["PlanDialog", "ProfileDialog", "StepDialog", "access_line_tip", "group_number_tip",
           "kind_text", "member_id_tip", "pa_tip", "reference_tip", "roomy"]


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
        more.addRow(tip_on(plain_row_label(translate("ProfileDialogs",
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
        self.form.addRow(tip_on(plain_row_label(translate("ProfileDialogs",
                                        "Member ID")), member_id_tip()), self.member_id)
        self.form.addRow(tip_on(plain_row_label(translate("ProfileDialogs",
                                                        "Group number")), group_number_tip()),
                         self.group_number)
        self.form.addRow(translate("ProfileDialogs", "Member services phone"), self.member_phone)
        self.form.addRow(tip_on(plain_row_label(translate("ProfileDialogs",
                                                        "Prior-authorization phone")), pa_tip()),
                         self.pa_phone)
        self.form.addRow(tip_on(plain_row_label(translate("ProfileDialogs",
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
            self.saved = self._ctx.add(new, translate("ProfileDialogs", "insurance plan"), self,
                                       in_form=True)
        else:
            self.saved = self._ctx.update(self._old, new, translate("ProfileDialogs",
                                                                    "insurance plan"), self,
                                          in_form=True)
        return self.saved is not None
