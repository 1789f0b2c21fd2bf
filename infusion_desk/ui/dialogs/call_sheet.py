"""*Log a call*: a form filled by keyboard alone while on the phone, with the call sheet beside it.

The call sheet (right) says what to have ready and what is outstanding with the organization being
called; it follows the Organization field as she types. Organization and Person are drop-downs of
what the folder already knows (type a new name for someone new). The questions for that
organization come first. The whole form scrolls as one, so it fits a 1366×768 screen at any text
size. Saving stores the call, a new contact (if she typed a new name) and the answers to the
questions ticked, in one action.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.call_log import who_text
from infusion_desk.core.call_questions import what_about
from infusion_desk.core.call_sheet import build_call_sheet, phone_for
from infusion_desk.core.errors import InputError
from infusion_desk.core.i18n import translate
from infusion_desk.core.organizations import contacts_at, find_contact, known_organizations
from infusion_desk.core.records import Call, CallDirection, Contact
from infusion_desk.ui.calls.answers_checklist import AnswersChecklist
from infusion_desk.ui.calls.call_fields import (
    CtrlEnterSaves,
    NameBox,
    TimeField,
    now_to_the_minute,
    scaled,
)
from infusion_desk.ui.calls.sheet_panel import CallSheetPanel
from infusion_desk.ui.calls.two_columns import arrange, fit_to_screen, scroll_area_of, two_columns
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.widgets.date_field import DateField, read_date
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import combo, line, notes_box, plain_label, set_combo_value

__all__ = ["LogCallDialog", "reference_tip"]



def reference_tip() -> str:
    return translate("LogCallDialog", "The number the representative gives you for this call. Ask "
                                      "for it before you hang up.")


RECENT_CALLS_FOR_NAMES = 300  # organizations offered as you type come from this many recent calls


class LogCallDialog(FormDialog):
    """Log a call (or, given ``call``, edit one). Keyboard only: Tab between fields, Enter saves.

    Given ``contact`` (from *People to call*), the new call starts with that person, their
    organization and their phone filled in.
    """

    call_logged = Signal(object)  # Call

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None, *,
                 call: Call | None = None, contact: Contact | None = None) -> None:
        super().__init__(translate("LogCallDialog", "Edit the call") if call
                         else translate("LogCallDialog",
                                        "Log a call"), parent,
                         save_text=translate("LogCallDialog",
                                             "Save") if call else translate("LogCallDialog",
                                                                            "&Save the call"))
        self._ctx = ctx
        self._old = call
        folder = ctx.folder
        self._profile = folder.profile()
        self._plans = folder.plans()
        self._contacts = folder.contacts()
        self._questions = folder.questions()
        self._requests = folder.requests()
        organizations = known_organizations(
            contacts=self._contacts, plans=self._plans,
            calls=folder.calls(limit=RECENT_CALLS_FOR_NAMES),
        )
        self._auto_phone = ""
        current = call or Call(called_at=datetime.combine(ctx.today(), now_to_the_minute()))
        if call is None and contact is not None:
            current = replace(current, organization=contact.organization, person=contact.name,
                              phone=contact.phone, contact_id=contact.id)

        self._build_fields(current, organizations)
        questions = [] if call else list(self._questions)
        steps = folder.steps() if any(q.step_id for q in questions) else []
        self.checklist = AnswersChecklist(questions, self, about={
            q.id: what_about(q, self._requests, steps) for q in questions if q.id is not None})
        self.checklist.setVisible(call is None)
        self.sheet = CallSheetPanel(self)
        self._lay_out()
        self._chain_focus()

        self.organization.editTextChanged.connect(self._on_organization_edit_text_changed)
        self.person.editTextChanged.connect(self._on_person_edit_text_changed)
        self.person.line_edit().editingFinished.connect(self._on_person_editing_finished)
        self.person.textActivated.connect(self._on_person_text_activated)
        self._on_organization_edit_text_changed(self.organization.text())
        if contact is not None and current.phone:
            self._auto_phone = current.phone
        self._initial = self._typed()
        self.when_date.edit.setFocus()

    # ------------------------------------------------------------------ building
    def _build_fields(self, current: Call, organizations: list[str]) -> None:
        self.when_date = DateField(self._ctx.today, self, accessible_name=translate("LogCallDialog",
                                        "Day of the call"))
        self.when_date.set_value(current.called_at.date())
        self.when_time = TimeField(self)
        self.when_time.setDisplayFormat("h:mm AP")
        self.when_time.setTime(QTime(current.called_at.hour, current.called_at.minute))
        self.when_time.setAccessibleName(translate("LogCallDialog", "Time of the call"))
        self.direction = combo([(d.label, d) for d in CallDirection], self,
                               accessible_name=translate("LogCallDialog", "Who called"))
        set_combo_value(self.direction, current.direction)
        self.organization = NameBox(
            organizations, current.organization, accessible_name=translate("LogCallDialog",
                                                                           "Organization"),
            placeholder=translate("LogCallDialog", "Pick one, or type a name: the plan, the "
                                                   "pharmacy…"), parent=self)
        self.organization.setToolTip(translate("LogCallDialog",
                                        "Pick one you have called before, or type a new name"))
        self.person = NameBox(
            [], current.person, accessible_name=translate("LogCallDialog", "Person you spoke with"),
            placeholder=translate("LogCallDialog", "Pick someone, or type a new name"), parent=self)
        self.person.setToolTip(translate("LogCallDialog", "The people saved for this "
                                                          "organization; for someone new, just "
                                                          "type their name as they said it"))
        self.person_hint = plain_label("", self)
        self.person_hint.setEnabled(False)
        self.person_hint.hide()  # shown once there is something to say
        self.phone = line(current.phone, accessible_name=translate("LogCallDialog",
                                                                   "Phone number"), parent=self)
        self.reference = line(current.reference_number, accessible_name=translate("LogCallDialog",
                                        "Call reference number"),
                              placeholder=translate("LogCallDialog", "e.g. 4471-0938"), parent=self)
        self.reference.setToolTip(reference_tip())
        scaled(self.reference, 1.3, bold=True)
        self.summary = notes_box(current.summary, accessible_name=translate("LogCallDialog",
                                        "What was said"), lines=3,
                                 parent=self)
        self.summary.setPlaceholderText(translate("LogCallDialog",
                                                  "Enter starts a new line; Ctrl+Enter saves"))
        self.summary.installEventFilter(CtrlEnterSaves(self))
        self.outcome = line(current.outcome, accessible_name=translate("LogCallDialog",
                                        "Outcome, what happens next"),
                            placeholder=translate("LogCallDialog",
                                        "e.g. They will fax the decision by Friday"), parent=self)
        self.follow_up = DateField(self._ctx.today, self, accessible_name=translate("LogCallDialog",
                                        "Follow-up date"))
        self.follow_up.set_value(current.follow_up_on)
        for field in (self.when_date, self.follow_up):
            metrics = field.edit.fontMetrics()
            field.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing "+7" is quicker
            field.edit.setMinimumWidth(metrics.horizontalAdvance("12/30/2026")
                                       + metrics.height() * 3 // 2)  # and its clear button
            # the day it reads as ("Fri, Nov 27, 2026") is never cut: it confirms what was typed
            field.hint.setMinimumWidth(field.hint.fontMetrics().horizontalAdvance(
                "Wed, Sep 30, 2026") + 4)

    def _lay_out(self) -> None:
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.when_date)
        row.addWidget(self.when_time)
        row.addStretch(1)
        person = QWidget(self)
        column = QVBoxLayout(person)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.person)
        column.addWidget(self.person_hint)

        form = self.form
        form.addRow(translate("LogCallDialog", "&When:"), when)
        form.addRow(translate("LogCallDialog", "Who &called:"), self.direction)
        form.addRow(translate("LogCallDialog", "&Organization:"), self.organization)
        form.addRow(translate("LogCallDialog", "&Person:"), person)
        form.addRow(translate("LogCallDialog", "P&hone:"), self.phone)
        reference_label = QLabel(translate("LogCallDialog", "Call &reference number — ask for it "
                                                            "before you hang up"), self)
        reference_label.setBuddy(self.reference)
        reference_label.setToolTip(reference_tip())
        reference_label.setWordWrap(True)
        scaled(reference_label, 1.15, bold=True)
        form.addRow(reference_label)
        form.addRow(self.reference)
        form.addRow(translate("LogCallDialog", "What was s&aid:"), self.summary)
        form.addRow(translate("LogCallDialog", "O&utcome / what\nhappens next:"), self.outcome)
        form.addRow(translate("LogCallDialog", "&Follow-up date:"), self.follow_up)
        self.summary.setMaximumHeight(self.summary.fontMetrics().lineSpacing() * 4 + 16)

        # The fields and questions (left), the call sheet (right), in the form's one scroll area.
        self.body.removeItem(form)
        form.setParent(None)  # type: ignore[call-overload, unused-ignore]
        self._content = QWidget(self)
        self._columns = two_columns(self._content, (form, self.checklist), self.sheet)
        self.body.addWidget(self._content, 1)
        fit_to_screen(self)
        arrange(self._columns, self)

    def scroll_area(self) -> QScrollArea | None:
        """The one scroll area the whole form scrolls in (the form dialog's own)."""
        return scroll_area_of(self._content, self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        arrange(self._columns, self)

    def _chain_focus(self) -> None:
        chain: list[QWidget] = [
            self.when_date.edit, self.when_time, self.direction, self.organization, self.person,
            self.phone, self.reference, self.summary, self.outcome, self.follow_up.edit,
            *self.checklist.focus_chain(), self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ following the typing
    def _on_organization_edit_text_changed(self, text: str) -> None:
        names = [c.name for c in contacts_at(text, self._contacts) if c.name]
        self.person.set_names(sorted(dict.fromkeys(names), key=str.casefold))
        self.sheet.show_sheet(build_call_sheet(
            text, profile=self._profile, plans=self._plans, questions=self._questions,
            requests=self._requests, today=self._ctx.today()))
        if self._old is None:
            self.checklist.show_for(text)
            self._chain_focus()
        self._on_person_edit_text_changed(self.person.text())

    def _on_person_edit_text_changed(self, _text: str) -> None:
        contact = self.matching_contact()
        if contact is not None:
            where = ", ".join(p for p in (contact.role, contact.organization) if p)
            self.person_hint.setText(translate("LogCallDialog", "Saved in People to call."))
            self.person_hint.setToolTip(where)
        elif self.person.text().strip() and self._old is None:
            self.person_hint.setText(translate("LogCallDialog",
                                               "New person: saving adds them to People to call."))
            self.person_hint.setToolTip("")
        else:
            self.person_hint.setText("")
        self.person_hint.setVisible(bool(self.person_hint.text()))
        self._fill_phone(contact)

    def _on_person_editing_finished(self) -> None:
        contact = self.matching_contact()
        if contact is not None and not self.organization.text().strip():
            self.organization.setText(contact.organization)

    def _on_person_text_activated(self, _text: str) -> None:
        self._on_person_editing_finished()

    def _fill_phone(self, contact: Contact | None) -> None:
        """Fill Phone from the contact or the plan, unless she typed a number herself."""
        wanted = (contact.phone if contact is not None and contact.phone
                  else phone_for(self.organization.text(), self._plans))
        if self.phone.text() in ("", self._auto_phone) and wanted != self.phone.text():
            self.phone.setText(wanted)
        if self.phone.text() == wanted:
            self._auto_phone = wanted

    def matching_contact(self) -> Contact | None:
        """The saved contact the Person field names (at the organization typed), if any."""
        return find_contact(self.person.text(), self.organization.text(), self._contacts)

    # ------------------------------------------------------------------ saving
    def _read_call(self) -> Call:
        day = read_date(self.when_date, translate("LogCallDialog", "When"))
        if day is None:
            self.when_date.edit.setFocus()
            raise InputError(translate("LogCallDialog", "When: type the day of the call, for "
                                                        "example “today”."))
        clock = self.when_time.time()
        follow_up = read_date(self.follow_up, translate("LogCallDialog", "Follow-up date"))
        base = self._old or Call()
        contact = self.matching_contact()
        person = self.person.text().strip()
        if contact is not None:
            contact_id: int | None = contact.id
        elif self._old is not None and person == self._old.person:
            contact_id = self._old.contact_id
        else:
            contact_id = None
        call = replace(
            base,
            called_at=datetime.combine(day, time(clock.hour(), clock.minute())),
            direction=CallDirection.parse(str(self.direction.currentData())),
            organization=" ".join(self.organization.text().split()),
            person=person,
            contact_id=contact_id,
            phone=self.phone.text().strip(),
            reference_number=self.reference.text().strip(),
            summary=self.summary.toPlainText().strip(),
            outcome=self.outcome.text().strip(),
            follow_up_on=follow_up,
            follow_up_done=base.follow_up_done and follow_up == base.follow_up_on,
        )
        if not (call.organization or call.person or call.summary or call.reference_number):
            self.organization.setFocus()
            raise InputError(translate("LogCallDialog", "Type who you spoke with or what was "
                                                        "said, so that this call can be found "
                                                        "again."))
        return call

    def save(self) -> bool:
        call = self._read_call()
        if self._old is not None:
            what = translate("LogCallDialog", "the call with {who}").format(who=who_text(call))
            saved = self._ctx.update(self._old, call, what, self, in_form=True)
            if saved is None:
                return False
            self.call_logged.emit(saved)
            return True
        answers = self.checklist.answers()
        done = self._ctx.perform(lambda: self._ctx.folder.call_log.log_call(call, answers), self,
                                 label=translate("LogCallDialog", "Log the call with {who}").format(
                                     who=who_text(call) or translate("LogCallDialog", "someone")),
                                 in_form=True)
        if done is None:
            return False
        self.call_logged.emit(done.value)
        return True

    # ------------------------------------------------------------------ cancelling
    def _typed(self) -> tuple[object, ...]:
        return (
            self.when_date.edit.text(), self.when_time.time().toString(),
            self.direction.currentIndex(), self.organization.text(), self.person.text(),
            self.phone.text() if self.phone.text() != self._auto_phone else "",
            self.reference.text(), self.summary.toPlainText(), self.outcome.text(),
            self.follow_up.edit.text(), self.checklist.state(),
        )

    def has_typing(self) -> bool:
        return self._typed() != self._initial

    def reject(self) -> None:
        """Esc or Cancel: losing a call is worse than one extra question, so ask first."""
        if self.has_typing() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        question = translate("LogCallDialog", "Discard this call?")
        box = QMessageBox(QMessageBox.Icon.Question, question, question,
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(translate("LogCallDialog", "What you typed about this call will "
                                                          "not be saved."))
        discard = box.addButton(translate("LogCallDialog", "&Discard"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("LogCallDialog", "&Keep typing"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

