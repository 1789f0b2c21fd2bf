"""The form for a person to call: who they are, how to reach them, and what they need from us."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.core.organizations import known_organizations
from infusion_desk.core.records import Contact
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import line, notes_box

RECENT_CALLS_FOR_NAMES = 300


def roles() -> list[str]:
    """The usual roles, offered in the Role drop-down (any other can be typed)."""
    return [
        translate("ContactDialog", "Case manager"),
        translate("ContactDialog", "Intake coordinator"),
        translate("ContactDialog", "Nurse"),
        translate("ContactDialog", "Billing"),
        translate("ContactDialog", "Doctor's office"),
        translate("ContactDialog", "Pharmacist"),
        translate("ContactDialog", "Member services"),
        translate("ContactDialog", "Other"),
    ]


def needs_tip() -> str:
    return translate("ContactDialog", "What this person has asked us to send or to have ready "
                                      "when we call them.")


def contact_what(contact: Contact) -> str:
    """How a contact is named in messages: "Gregory Hale"."""
    return contact.name or translate("ContactDialog", "the contact")


class ContactDialog(FormDialog):
    """Add a person to call, or edit one. Name is the only field needed."""

    contact_saved = Signal(object)  # Contact

    def __init__(self, ctx: FolderContext, contact: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("ContactDialog", "Edit the person") if contact
                         else translate("ContactDialog",
                                        "Add a person to call"), parent)
        self._ctx = ctx
        self._old = contact
        self.saved: Contact | None = None
        current = contact or Contact()

        self.name = line(current.name, accessible_name=translate("ContactDialog", "Name"),
                         placeholder=translate("ContactDialog",
                                        "A person, or a desk like “Member services”"), parent=self)
        self.role = _role_box(current.role, self)
        organizations = known_organizations(
            contacts=ctx.folder.contacts(), plans=ctx.folder.plans(),
            calls=ctx.folder.calls(limit=RECENT_CALLS_FOR_NAMES),
        )
        self.organization = line(current.organization, accessible_name=translate("ContactDialog",
                                                                                 "Organization"),
                                 placeholder=translate("ContactDialog",
                                        "e.g. the plan, the pharmacy, the doctor's office"),
                                 parent=self)
        completer = QCompleter(QStringListModel(organizations, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(completer)
        self.phone = line(current.phone, accessible_name=translate("ContactDialog",
                                                                   "Phone"), parent=self)
        self.hours = line(current.hours, accessible_name=translate("ContactDialog", "Hours"),
                          placeholder=translate("ContactDialog",
                                                "e.g. Mon–Fri 8 a.m.–5 p.m."), parent=self)
        self.needs = notes_box(current.needs_from_us, accessible_name=translate("ContactDialog",
                                        "What they need from us"),
                               lines=4, parent=self)
        self.needs.setToolTip(needs_tip())
        self.form.addRow(translate("ContactDialog", "&Name (required):"), self.name)
        self.form.addRow(translate("ContactDialog", "&Role:"), self.role)
        self.form.addRow(translate("ContactDialog", "&Organization:"), self.organization)
        self.form.addRow(translate("ContactDialog", "&Phone:"), self.phone)
        self.form.addRow(translate("ContactDialog", "&Hours:"), self.hours)
        self.form.addRow(translate("ContactDialog", "What they &need from us:"), self.needs)

        more = self.more_details()
        self.fax = line(current.fax, accessible_name=translate("ContactDialog", "Fax"), parent=self)
        self.email = line(current.email, accessible_name=translate("ContactDialog",
                                                                   "Email"), parent=self)
        self.notes = notes_box(current.notes, accessible_name=translate("ContactDialog",
                                                                        "Notes"), parent=self)
        more.addRow(translate("ContactDialog", "&Fax:"), self.fax)
        more.addRow(translate("ContactDialog", "&Email:"), self.email)
        more.addRow(translate("ContactDialog", "No&tes:"), self.notes)
        if current.fax or current.email or current.notes:
            self.show_more()
        for box in (self.needs, self.notes):
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 5 + 16)
        self.resize(max(560, self.sizeHint().width()), self.minimumSizeHint().height())
        self.name.setFocus()

    def save(self) -> bool:
        name = " ".join(self.name.text().split())
        if not name:
            self.name.setFocus()
            self.show_problem(translate("ContactDialog", "Please type the person's name — or the "
                                                         "desk, like “Member services”."))
            return False
        new = replace(
            self._old or Contact(),
            name=name,
            role=self.role.currentText().strip(),
            organization=" ".join(self.organization.text().split()),
            phone=self.phone.text().strip(),
            hours=self.hours.text().strip(),
            needs_from_us=self.needs.toPlainText().strip(),
            fax=self.fax.text().strip(),
            email=self.email.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )
        if self._old is None:
            saved = self._ctx.add(new, contact_what(new), self, in_form=True)
        else:
            saved = self._ctx.update(self._old, new, contact_what(new), self, in_form=True)
        if saved is None:
            return False
        self.saved = saved
        self.contact_saved.emit(saved)
        return True


def _role_box(role: str, parent: QWidget) -> QComboBox:
    """The usual roles to pick from; any other can be typed."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(["", *roles()])
    box.setAccessibleName(translate("ContactDialog", "Role"))
    box.setToolTip(translate("ContactDialog", "Choose one, or type their role in your own words"))
    box.setCurrentText(role)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box
