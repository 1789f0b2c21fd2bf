"""Forms for the ledger: a request (what they asked for) and what we sent for it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from infusion_desk.core.i18n import translate
from infusion_desk.core.ledger_words import people_choices
from infusion_desk.core.records import Document, Request, SendMethod
from infusion_desk.core.text import one_line
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.requests.paper_list import PaperChecklist, paper_detail
from infusion_desk.ui.widgets.date_field import DateField, read_date
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import (
    combo,
    line,
    notes_box,
    plain_label,
    plain_tip,
    set_combo_value,
)


def confirmation_tip() -> str:
    return translate("RequestDialogs", "The number a fax machine, a website or a person gives you "
                                       "to show that it arrived.")

NO_STEP = 0  # combo data for "not part of a step"


def request_what(request: Request) -> str:
    """How a request is named in messages and in Undo: its first words, in quotes."""
    return f"“{one_line(request.what, 50)}”"


def people_completer(ctx: FolderContext, parent: QWidget,
                     earlier: Iterable[str] = ()) -> QCompleter:
    """Suggests the names already in the folder as she types: each contact as "Name
    (Organization)", each organization, and the ``earlier`` names (say, who asked before)."""
    names = people_choices(ctx.folder.contacts(), ctx.folder.plans(), earlier)
    completer = QCompleter(names, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(8)
    return completer


def with_people(edit: QLineEdit, ctx: FolderContext, earlier: Iterable[str] = ()) -> QLineEdit:
    edit.setCompleter(people_completer(ctx, edit, earlier))
    return edit


class _EnterSaves(QObject):
    """In a notes box, Enter saves the form (as everywhere else); Shift+Enter starts a new line."""

    def __init__(self, dialog: QDialog, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._dialog = dialog

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                save = getattr(self._dialog, "save_button", None)
                if save is not None:
                    save.click()
                    return True
        return False


def enter_saves(edit: QPlainTextEdit, dialog: QDialog) -> QPlainTextEdit:
    edit.installEventFilter(_EnterSaves(dialog, edit))
    edit.setPlaceholderText(translate("RequestDialogs", "Shift+Enter starts a new line"))
    return edit


def fit_width(dialog: QDialog, chars: int = 72) -> None:
    """Wide enough that no field has to drop below its label (Qt does not grow a window's height
    for wrapped rows), and never narrower than about ``chars`` characters."""
    wanted = max(dialog.sizeHint().width(), dialog.fontMetrics().averageCharWidth() * chars)
    dialog.setMinimumWidth(min(wanted, MOST_WIDTH))


MOST_WIDTH = 1240  # fits a 1366-pixel screen, so large text does not cut a date's words short
def method_combo(parent: QWidget | None = None) -> QComboBox:
    # "Choose how…" is a real first choice (not grey placeholder text): it looks ready
    box = combo([(translate("RequestDialogs", "Choose how…"), "")]
                + [(m.label, m.value) for m in SendMethod], parent,
                accessible_name=translate("RequestDialogs", "How we sent it"))
    box.setCurrentIndex(0)
    box.setToolTip(translate("RequestDialogs", "How you sent it: fax, online portal, mail…"))
    return box


def set_method(box: QComboBox, method: SendMethod | None) -> None:
    set_combo_value(box, "" if method is None else method)


def read_method(box: QComboBox) -> SendMethod | None:
    value = box.currentData()
    return None if box.currentIndex() < 0 or not value else SendMethod.parse(str(value))


class RequestDialog(FormDialog):
    """Add a request, or edit one (both sides: what they asked for and, once sent, what we sent)."""

    request_saved = Signal(object)  # Request

    def __init__(self, ctx: FolderContext, request: Request | None = None,
                 parent: QWidget | None = None) -> None:
        editing = request is not None
        super().__init__(translate("RequestDialogs", "Edit the request") if editing
                         else translate("RequestDialogs",
                                        "Add a request"), parent)
        self._ctx = ctx
        self._old = request
        self.saved: Request | None = None
        current = request or Request(requested_on=ctx.today())

        self.what = line(current.what, accessible_name=translate("RequestDialogs",
                                                                 "What they asked for"),
                         placeholder=translate("RequestDialogs",
                                               "e.g. Letter of medical necessity"),
                         parent=self)
        earlier = [r.requested_by for r in ctx.folder.requests()]
        self.asked_by = with_people(
            line(current.requested_by, accessible_name=translate("RequestDialogs", "Asked by"),
                 placeholder=translate("RequestDialogs", "A person, an office or the plan"),
                 parent=self), ctx, earlier)
        self.asked_by.setToolTip(translate("RequestDialogs",
                                     "Who asked for it. Start typing to pick someone already in "
                                     "the folder."))
        self.asked_on = DateField(ctx.today, self, accessible_name=translate("RequestDialogs",
                                                                             "Asked on"))
        self.asked_on.set_value(current.requested_on)
        self.due_on = DateField(ctx.today, self, accessible_name=translate("RequestDialogs",
                                                                           "Due by"))
        self.due_on.set_value(current.due_on)
        self.due_on.setToolTip(translate("RequestDialogs", "The day they need it by, if they said "
                                                           "one."))
        self.form.addRow(translate("RequestDialogs", "What they asked for (required):"), self.what)
        self.form.addRow(translate("RequestDialogs", "Asked by:"), self.asked_by)
        self.form.addRow(translate("RequestDialogs", "Asked on:"), self.asked_on)
        self.form.addRow(translate("RequestDialogs", "Due by:"), self.due_on)

        more = self.more_details()
        self.notes = notes_box(current.notes, accessible_name=translate("RequestDialogs",
                                                                        "Notes about this request"),
                               parent=self)
        self.step = combo(
            [(translate("RequestDialogs", "Not part of a step"), NO_STEP)]
            + [(one_line(s.display_title, 60), s.id) for s in ctx.folder.steps()],
            self, accessible_name=translate("RequestDialogs", "The step it belongs to"),
        )
        self.step.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step.setMinimumContentsLength(30)
        set_combo_value(self.step, current.step_id or NO_STEP)
        more.addRow(translate("RequestDialogs", "Notes:"), self.notes)
        more.addRow(translate("RequestDialogs", "Part of the step:"), self.step)

        self.sent_on: DateField | None = None
        if request is not None and request.submitted_on is not None:
            self._add_sent_fields(request)
        fit_width(self)
        self.what.setFocus()

    def _add_sent_fields(self, request: Request) -> None:
        sent = self.more_details(translate("RequestDialogs", "What we sent"))
        self.sent_on = DateField(self._ctx.today, self, accessible_name=translate("RequestDialogs",
                                                                                  "Sent on"))
        self.sent_on.set_value(request.submitted_on)
        self.method = method_combo(self)
        set_method(self.method, request.method)
        self.sent_to = with_people(line(request.submitted_to,
                                        accessible_name=translate("RequestDialogs",
                                                                  "Sent to whom"),
                                        parent=self), self._ctx)
        self.sent_by = line(request.submitted_by, accessible_name=translate("RequestDialogs",
                                                                            "Sent by"), parent=self)
        self.confirmation = line(request.confirmation_number,
                                 accessible_name=translate("RequestDialogs",
                                                           "Confirmation number"), parent=self)
        self.confirmation.setToolTip(confirmation_tip())
        self.received_on = DateField(self._ctx.today, self,
                                     accessible_name=translate("RequestDialogs",
                                                               "They confirmed on"))
        self.received_on.set_value(request.confirmed_on)
        self.received_on.setToolTip(translate("RequestDialogs",
                                              "The day they told us they have it."))
        self.sent_on.setToolTip(translate("RequestDialogs", "Clear it if nothing was sent after "
                                                            "all."))
        sent.addRow(translate("RequestDialogs", "Sent on:"), self.sent_on)
        sent.addRow(translate("RequestDialogs", "How:"), self.method)
        sent.addRow(translate("RequestDialogs", "To whom:"), self.sent_to)
        sent.addRow(translate("RequestDialogs", "Sent by:"), self.sent_by)
        sent.addRow(translate("RequestDialogs", "Confirmation number:"), self.confirmation)
        sent.addRow(translate("RequestDialogs", "Confirmed received on:"), self.received_on)

    def _read(self) -> Request | None:
        what = self.what.text().strip()
        if not what:
            self.what.setFocus()
            self.show_problem(translate("RequestDialogs", "Please write what they asked for — a "
                                                          "few words are enough."))
            return None
        step = self.step.currentData()
        base = self._old or Request()
        new = replace(
            base,
            what=what,
            requested_by=self.asked_by.text().strip(),
            requested_on=read_date(self.asked_on, translate("RequestDialogs", "Asked on")),
            due_on=read_date(self.due_on, translate("RequestDialogs", "Due by")),
            notes=self.notes.toPlainText().strip(),
            step_id=None if step in (None, NO_STEP) else int(step),
        )
        if self.sent_on is not None:
            new = replace(
                new,
                submitted_on=read_date(self.sent_on, translate("RequestDialogs", "Sent on")),
                method=read_method(self.method),
                submitted_to=self.sent_to.text().strip(),
                submitted_by=self.sent_by.text().strip(),
                confirmation_number=self.confirmation.text().strip(),
                confirmed_on=read_date(self.received_on, translate("RequestDialogs",
                                        "They confirmed they have it on")),
            )
        return new

    def save(self) -> bool:
        new = self._read()
        if new is None:
            return False
        if self._old is None:
            saved = self._ctx.add(new, request_what(new), self, in_form=True)
        else:
            saved = self._ctx.update(self._old, new, request_what(new), self, in_form=True)
        if saved is None:
            return False
        self.saved = saved
        self.request_saved.emit(saved)
        return True


class SentDialog(FormDialog):
    """*Mark as sent*: one small form that fills the right side of a ledger row. Undoable."""

    request_saved = Signal(object)  # Request

    def __init__(self, ctx: FolderContext, request: Request,
                 documents: Sequence[Document] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("RequestDialogs", "Mark as sent"), parent,
                         save_text=translate("RequestDialogs",
                                             "Mark as sent"))
        self._ctx = ctx
        self._old = request
        self.saved: Request | None = None
        asked = plain_label(translate("RequestDialogs", "They asked for: {what}").format(
            what=one_line(request.what, 200)), self)
        asked.setAccessibleName(translate("RequestDialogs", "What they asked for"))
        self.form.addRow(asked)

        self.sent_on = DateField(ctx.today, self, accessible_name=translate("RequestDialogs",
                                                                            "Sent on"))
        self.sent_on.set_value(request.submitted_on or ctx.today())
        self.method = method_combo(self)
        set_method(self.method, request.method)
        self.sent_to = with_people(
            line(request.submitted_to or request.requested_by,
                 accessible_name=translate("RequestDialogs",
                                           "Sent to whom"),
                 placeholder=translate("RequestDialogs", "Who you sent it to"), parent=self), ctx)
        self.confirmation = line(request.confirmation_number,
                                 accessible_name=translate("RequestDialogs", "Confirmation number"),
                                 placeholder=translate("RequestDialogs",
                                                       "If you got one"), parent=self)
        self.confirmation.setToolTip(confirmation_tip())
        self.form.addRow(translate("RequestDialogs", "Sent on:"), self.sent_on)
        self.form.addRow(translate("RequestDialogs", "How:"), self.method)
        self.form.addRow(translate("RequestDialogs", "To whom:"), self.sent_to)
        confirmation_label = plain_label(translate("RequestDialogs",
                                                   "Confirmation number:"), self, wrap=False)
        confirmation_label.setToolTip(confirmation_tip())
        self.form.addRow(confirmation_label, self.confirmation)

        docs = list(documents) if documents is not None else ctx.folder.documents_listed()
        self.documents = PaperChecklist(self)  # whole titles, wrapped; whole rows tick them
        self.documents.setAccessibleName(translate("RequestDialogs",
                                                   "Papers we sent (tick the ones you included)"))
        for doc in docs:
            item = self.documents.add_paper(doc, doc.id in request.document_ids)
            item.setToolTip(plain_tip(f"{item.text()}\n{paper_detail(doc)}"))
        if docs:
            self.add_beside(translate("RequestDialogs", "Papers we sent (optional):"),
                            self.documents)
        else:
            self.documents.hide()
            self.form.addRow(plain_label(
                translate("RequestDialogs", "No documents in the folder yet. Add them on the "
                                            "Documents tab if you want to keep a copy of what you "
                                            "sent."), self))

        more = self.more_details()
        self.sent_by = line(request.submitted_by, accessible_name=translate("RequestDialogs",
                                                                            "Sent by"),
                            placeholder=translate("RequestDialogs",
                                                  "Who sent it, if not you"), parent=self)
        more.addRow(translate("RequestDialogs", "Sent by:"), self.sent_by)
        fit_width(self, 80)
        self.sent_on.setFocus()

    def checked_document_ids(self) -> tuple[int, ...]:
        ids: list[int] = []
        for number in range(self.documents.count()):
            item = self.documents.item(number)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def save(self) -> bool:
        sent_on = read_date(self.sent_on, translate("RequestDialogs", "Sent on"))
        if sent_on is None:
            self.sent_on.edit.setFocus()
            self.show_problem(translate("RequestDialogs", "Please fill in the day you sent it "
                                                          "(for example: today)."))
            return False
        request_id = self._old.id or 0
        method = read_method(self.method)
        papers = self.checked_document_ids() if self.documents.count() else None
        done = self._ctx.perform(lambda: self._ctx.folder.ledger.mark_sent(
            request_id, on=sent_on, method=method, submitted_to=self.sent_to.text(),
            submitted_by=self.sent_by.text(), confirmation_number=self.confirmation.text(),
            papers=papers, version=self._old.version), self,
            label=translate("RequestDialogs", "Mark as sent: {what}").format(
                what=request_what(self._old)), in_form=True)
        if done is None:
            return False
        saved = done.value
        self.saved = saved
        self.request_saved.emit(saved)
        return True
