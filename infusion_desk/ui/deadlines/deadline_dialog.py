"""Add a deadline, or change one: what it is for, the date, what to do and whom it concerns.
Saving calls the deadline operations of the folder (``folder.deadlines.add`` / ``edit``), whose
undo goes on the app's undo stack like every other change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from infusion_desk.core.deadlines import DateSource, Deadline, DeadlinePurpose, to_do_words
from infusion_desk.core.errors import InputError
from infusion_desk.core.i18n import translate
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.deadlines.deadline_text import source_line, where_line
from infusion_desk.ui.dialogs.profile_dialogs import roomy
from infusion_desk.ui.overview.page import big_target
from infusion_desk.ui.widgets.date_field import DateField, read_date
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import combo, line, notes_box, plain_label, set_combo_value


def purpose_choices() -> list[tuple[str, DeadlinePurpose]]:
    return [
        (translate("DeadlineDialog", "An appeal"), DeadlinePurpose.APPEAL),
        (translate("DeadlineDialog", "Renew an approval"), DeadlinePurpose.RENEWAL),
        (translate("DeadlineDialog", "Hear back after a call"), DeadlinePurpose.FOLLOW_UP),
        (translate("DeadlineDialog", "Something else"), DeadlinePurpose.OTHER),
    ]


class DeadlineDialog(FormDialog):
    """Add a deadline (``deadline=None``) or change one."""

    def __init__(self, ctx: FolderContext, deadline: Deadline | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("DeadlineDialog", "Change the deadline") if deadline
                         else translate("DeadlineDialog", "Add a deadline"),
                         parent, save_text=translate("DeadlineDialog", "&Save"))
        self._ctx = ctx
        self._old = deadline
        self.saved: Deadline | None = None
        d = deadline or Deadline(DeadlinePurpose.OTHER, ctx.today(), DateSource.TYPED, "")
        self.purpose = combo([(text, p.value) for text, p in purpose_choices()], self,
                             accessible_name=translate("DeadlineDialog", "What it is for"))
        set_combo_value(self.purpose, d.purpose.value)
        self.purpose.currentIndexChanged.connect(self._on_purpose_current_index_changed)
        self.title = line(d.title, accessible_name=translate("DeadlineDialog", "In a few words"),
                          placeholder=translate("DeadlineDialog",
                                                "e.g. Appeal the denial of the infusion"),
                          parent=self)
        self.due = DateField(ctx.today, self, accessible_name=translate("DeadlineDialog", "Date"))
        self.due.set_value(d.due_on if deadline else None)
        self.to_do = notes_box(d.to_do, accessible_name=translate("DeadlineDialog", "What to do"),
                               lines=2, parent=self)
        # Its lines wrap: a sideways scroll bar (shown for a moment at large text) has no use.
        self.to_do.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.concerns = line(d.concerns,
                             accessible_name=translate("DeadlineDialog", "Whom it concerns"),
                             placeholder=translate("DeadlineDialog",
                                                   "e.g. the plan, the doctor's office"),
                             parent=self)
        self.form.addRow(translate("DeadlineDialog", "What it is &for"), self.purpose)
        self.form.addRow(translate("DeadlineDialog", "In a few &words"), self.title)
        self.form.addRow(translate("DeadlineDialog", "&Date"), self.due)
        self.form.addRow(translate("DeadlineDialog", "What to d&o"), self.to_do)
        self.form.addRow(translate("DeadlineDialog", "Whom it &concerns"), self.concerns)
        if deadline is not None:
            where = "\n".join(t for t in (where_line(deadline), source_line(deadline)) if t)
            if deadline.source is not DateSource.TYPED:
                where += "\n" + translate("DeadlineDialog", "If you change the date, it counts "
                                           "as typed by you.")
            self.where_note = plain_label(where, self)
            self.where_note.setAccessibleName(translate("DeadlineDialog",
                                                        "Where the date comes from"))
            self.form.addRow(self.where_note)
        self._on_purpose_current_index_changed()
        big_target(self.purpose, self.title, self.concerns, *self.buttons.buttons())
        roomy(self)
        (self.title if deadline else self.purpose).setFocus()

    def _purpose(self) -> DeadlinePurpose:
        return DeadlinePurpose.parse(self.purpose.currentData())

    def _on_purpose_current_index_changed(self, _index: int = 0) -> None:
        self.to_do.setPlaceholderText(to_do_words(self._purpose()) or translate(
            "DeadlineDialog", "What has to be done by this date"))

    def save(self) -> bool:
        due = read_date(self.due, translate("DeadlineDialog", "Date"))
        if due is None:
            self.due.edit.setFocus()
            raise InputError(translate("DeadlineDialog",
                                       "Give the date of the deadline, so it can be saved."))
        title, to_do = self.title.text(), self.to_do.toPlainText()
        concerns, purpose = self.concerns.text(), self._purpose()
        deadlines = self._ctx.folder.deadlines
        old = self._old
        if old is None or old.id is None:
            new = Deadline(purpose, due, DateSource.TYPED, title, to_do=to_do, concerns=concerns)
            done = self._ctx.perform(lambda: deadlines.add(new), self,
                                     label=translate("DeadlineDialog", "Add a deadline"),
                                     in_form=True)
        else:
            ident, version = old.id, old.version
            done = self._ctx.perform(
                lambda: deadlines.edit(ident, due_on=due, title=title, to_do=to_do,
                                       concerns=concerns, purpose=purpose, version=version),
                self, label=translate("DeadlineDialog", "Change a deadline"), in_form=True)
        if done is None:
            return False
        self.saved = done.value
        return True
