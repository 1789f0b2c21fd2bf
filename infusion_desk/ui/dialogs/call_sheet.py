"""*Log a call*: a form filled by keyboard alone while on the phone, with the call sheet beside it.

The call sheet (right) says what to have ready, what to ask and what is outstanding with the
organization being called; it follows the Organization field as she types. Saving stores the call,
a new contact (if she typed a new name) and the answers to the questions ticked, in one action.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from datetime import datetime, time

from PySide6.QtCore import QEvent, QObject, QSize, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.call_log import who_text
from infusion_desk.core.call_sheet import (
    CallSheet,
    Outstanding,
    build_call_sheet,
    phone_for,
    questions_for_call,
)
from infusion_desk.core.organizations import contacts_at, find_contact, known_organizations
from infusion_desk.core.records import Call, CallDirection, Contact, Question
from infusion_desk.core.text import one_line
from infusion_desk.services import Answer
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.widgets.forms import (
    DateField,
    FormDialog,
    combo,
    heading,
    line,
    notes_box,
    plain_label,
    read_date,
    set_combo_value,
)

REFERENCE_TIP = ("The number the representative gives you for this call. "
                 "Ask for it before you hang up.")
MEMBER_ID_TIP = "The number on the insurance card that tells the plan who the patient is."
RECENT_CALLS_FOR_NAMES = 300  # organizations offered as you type come from this many recent calls


def _scaled(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _completer(names: list[str], parent: QObject) -> QCompleter:
    completer = QCompleter(QStringListModel(names, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


# --------------------------------------------------------------------------- the call sheet
class CallSheetPanel(QScrollArea):
    """Read-only: what to have ready, what to ask, and what is outstanding with them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Call sheet")
        self._sheet: CallSheet | None = None
        self._content: QWidget | None = None

    def sheet(self) -> CallSheet | None:
        return self._sheet

    def text(self) -> str:
        """Everything the panel says, one label a line (for reading it back, e.g. in tests)."""
        if self._content is None:
            return ""
        return "\n".join(label.text() for label in self._content.findChildren(QLabel))

    def show_sheet(self, sheet: CallSheet) -> None:
        if sheet == self._sheet:
            return
        self._sheet = sheet
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(4)
        self._fill(layout, sheet, content)
        layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(content)
        self._content = content

    def _fill(self, layout: QVBoxLayout, sheet: CallSheet, parent: QWidget) -> None:
        who = sheet.organization

        def section(title: str) -> None:
            if layout.count():
                layout.addSpacing(10)
            layout.addWidget(heading(title, parent, scale=1.1))

        def note(text: str) -> None:
            label = plain_label(text, parent)
            label.setEnabled(False)  # the palette's quieter text, and still readable
            layout.addWidget(label)

        def fact(label_text: str, value: str, tip: str = "") -> None:
            label = plain_label(f"{label_text}: {value}", parent)
            if tip:
                label.setToolTip(tip)
            layout.addWidget(label)

        section("Have ready")
        for item in sheet.patient:
            fact(item.label, item.value)
        if who and not sheet.plans_matched and sheet.plans:
            note(f"No plan is from “{who}”, so every plan is here.")
        for plan in sheet.plans:
            layout.addSpacing(4)
            layout.addWidget(_bold(plain_label(plan.title, parent)))
            for item in plan.lines:
                fact(item.label, item.value, MEMBER_ID_TIP if item.label == "Member ID" else "")
        if not sheet.plans:
            note("No insurance plans written down yet (Overview tab).")

        section("Ask them")
        if who and not sheet.questions_matched and sheet.questions:
            note(f"No question is marked for “{who}”; here are all open questions.")
        for question in sheet.questions:
            text = f"• {question.text}"
            if not sheet.questions_matched and question.ask_whom:
                text += f"  (ask {question.ask_whom})"
            layout.addWidget(plain_label(text, parent))
        if not sheet.questions:
            note("No open questions.")

        self._outstanding(layout, parent, "They are waiting on us", sheet.they_wait_on_us, who)
        self._outstanding(layout, parent, "We are waiting on them", sheet.we_wait_on_them, who)

    @staticmethod
    def _outstanding(layout: QVBoxLayout, parent: QWidget, title: str,
                     items: tuple[Outstanding, ...], who: str) -> None:
        layout.addSpacing(10)
        layout.addWidget(heading(title, parent, scale=1.1))
        if not items:
            label = plain_label(f"Nothing open with “{who}”." if who else "Nothing open.", parent)
            label.setEnabled(False)
            layout.addWidget(label)
        for item in items:
            what = plain_label(("Overdue: " if item.overdue else "") + item.what, parent)
            _bold(what)
            if item.overdue:
                what.setStyleSheet("color: #a4262c;")
            layout.addWidget(what)
            layout.addWidget(plain_label(item.when, parent))


# --------------------------------------------------------------------------- the checklist
@dataclass
class _Answered:
    question: Question
    box: QCheckBox
    answer: QLineEdit
    asked: QLabel
    line: QWidget


class _AnswersChecklist(QGroupBox):
    """Every open question, a tick and an answer field each; the organization's own first."""

    def __init__(self, questions: list[Question], parent: QWidget | None = None) -> None:
        super().__init__("Questions answered on this call", parent)
        self.rows: list[_Answered] = []
        inner = self
        self._list = QVBoxLayout(self)
        self._list.setContentsMargins(8, 8, 8, 8)
        self._list.setSpacing(2)
        if not questions:
            empty = plain_label("No open questions. Questions you add on the “Questions to ask” "
                                "tab show up here, ready to tick off during a call.", inner)
            self._list.addWidget(empty)
        for question in questions:
            text = question.text
            if question.ask_whom:
                text += f"  (ask {one_line(question.ask_whom, 40)})"
            asked = plain_label(text, inner)
            box = QCheckBox("Answered:", inner)
            box.setAccessibleName(f"Answered: {question.text}")
            box.setToolTip("Tick it if they answered this question on this call")
            answer = QLineEdit(inner)
            answer.setPlaceholderText("Their answer")
            answer.setAccessibleName(f"Answer to: {question.text}")
            answer.setEnabled(False)
            box.toggled.connect(answer.setEnabled)
            line_widget = QWidget(inner)
            row = QHBoxLayout(line_widget)
            row.setContentsMargins(16, 0, 0, 6)
            row.addWidget(box)
            row.addWidget(answer, 1)
            self.rows.append(_Answered(question, box, answer, asked, line_widget))
        self._place(self.rows)
        self._list.addStretch(1)

    def _place(self, rows: list[_Answered]) -> None:
        for number, row in enumerate(rows):
            self._list.insertWidget(2 * number, row.asked)
            self._list.insertWidget(2 * number + 1, row.line)

    def put_first(self, question_ids: list[int | None]) -> None:
        """Reorder the rows to follow ``question_ids`` (those ids first, in that order)."""
        by_id = {row.question.id: row for row in self.rows}
        ordered = [by_id[i] for i in question_ids if i in by_id]
        ordered += [row for row in self.rows if row not in ordered]
        if ordered == self.rows:
            return
        for row in self.rows:
            self._list.removeWidget(row.asked)
            self._list.removeWidget(row.line)
        self.rows = ordered
        self._place(ordered)

    def focus_chain(self) -> list[QWidget]:
        return [w for row in self.rows for w in (row.box, row.answer)]

    def answers(self) -> list[Answer]:
        """The ticked questions' answers; a ``ValueError`` if one was ticked but left blank."""
        found: list[Answer] = []
        for row in self.rows:
            if not row.box.isChecked() or row.question.id is None:
                continue
            text = row.answer.text().strip()
            if not text:
                row.answer.setFocus()
                raise ValueError(f"Type the answer to “{one_line(row.question.text, 60)}”, "
                                 "or untick it.")
            found.append(Answer(row.question.id, text))
        return found

    def state(self) -> tuple[tuple[bool, str], ...]:
        return tuple((row.box.isChecked(), row.answer.text()) for row in self.rows)


# --------------------------------------------------------------------------- the form
class _CtrlEnterSaves(QObject):
    """Ctrl+Enter inside a multi-line field saves the form (plain Enter starts a new line)."""

    def __init__(self, dialog: FormDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._dialog.save_button.click()
                return True
        return super().eventFilter(watched, event)


class _TimeField(QTimeEdit):
    """A time; Tab leaves the field (instead of stepping hours → minutes → AM/PM)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class LogCallDialog(FormDialog):
    """Log a call (or, given ``call``, edit one). Keyboard only: Tab between fields, Enter saves."""

    call_logged = Signal(object)  # Call

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None, *,
                 call: Call | None = None) -> None:
        super().__init__("Edit the call" if call else "Log a call", parent,
                         save_text="Save" if call else "Save the call")
        self._ctx = ctx
        self._old = call
        self.saved_call: Call | None = None
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
        current = call or Call(called_at=datetime.combine(ctx.today(), _now_to_the_minute()))

        self._build_fields(current, organizations)
        questions = [] if call else questions_for_call(self._questions, "")
        self.checklist = _AnswersChecklist(questions, self)
        self.checklist.setVisible(call is None)
        self.sheet = CallSheetPanel(self)
        self._lay_out()
        self._chain_focus()

        self.organization.textChanged.connect(self._on_organization_text_changed)
        self.person.textChanged.connect(self._on_person_text_changed)
        self.person.editingFinished.connect(self._on_person_editing_finished)
        self._person_completer.activated.connect(self._on_person_completer_activated)
        self._on_organization_text_changed(self.organization.text())
        self._initial = self._typed()
        self.when_date.edit.setFocus()

    # ------------------------------------------------------------------ building
    def _build_fields(self, current: Call, organizations: list[str]) -> None:
        self.when_date = DateField(self._ctx.today, self, accessible_name="Day of the call")
        self.when_date.set_value(current.called_at.date())
        self.when_time = _TimeField(self)
        self.when_time.setDisplayFormat("h:mm AP")
        self.when_time.setTime(QTime(current.called_at.hour, current.called_at.minute))
        self.when_time.setAccessibleName("Time of the call")
        self.direction = combo([(d.label, d) for d in CallDirection], self,
                               accessible_name="Who called")
        set_combo_value(self.direction, current.direction)
        self.organization = line(current.organization, accessible_name="Organization",
                                 placeholder="e.g. the plan, the pharmacy, the doctor's office",
                                 parent=self)
        self.organization.setCompleter(_completer(organizations, self))
        self.person = line(current.person, accessible_name="Person you spoke with",
                           placeholder="Their name, as they said it", parent=self)
        self._person_completer = _completer([], self)
        self.person.setCompleter(self._person_completer)
        self.person_hint = plain_label("", self)
        self.person_hint.setEnabled(False)
        self.phone = line(current.phone, accessible_name="Phone number", parent=self)
        self.reference = line(current.reference_number, accessible_name="Call reference number",
                              placeholder="e.g. 4471-0938", parent=self)
        self.reference.setToolTip(REFERENCE_TIP)
        _scaled(self.reference, 1.3, bold=True)
        self.summary = notes_box(current.summary, accessible_name="What was said", lines=3,
                                 parent=self)
        self.summary.setPlaceholderText("Enter starts a new line; Ctrl+Enter saves")
        self.summary.installEventFilter(_CtrlEnterSaves(self))
        self.outcome = line(current.outcome, accessible_name="Outcome, what happens next",
                            placeholder="e.g. They will fax the decision by Friday", parent=self)
        self.follow_up = DateField(self._ctx.today, self, accessible_name="Follow-up date")
        self.follow_up.set_value(current.follow_up_on)
        for field in (self.when_date, self.follow_up):
            field.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing "+7" is quicker
            field.edit.setMinimumWidth(field.edit.fontMetrics().horizontalAdvance("12/30/2026")
                                       + 36)

    def _lay_out(self) -> None:
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.when_date, 1)
        row.addWidget(self.when_time)
        person = QWidget(self)
        column = QVBoxLayout(person)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.person)
        column.addWidget(self.person_hint)

        form = self.form
        form.addRow("&When:", when)
        form.addRow("Who &called:", self.direction)
        form.addRow("&Organization:", self.organization)
        form.addRow("&Person:", person)
        form.addRow("P&hone:", self.phone)
        reference_label = QLabel("Call &reference number — ask for it before you hang up", self)
        reference_label.setBuddy(self.reference)
        reference_label.setToolTip(REFERENCE_TIP)
        reference_label.setWordWrap(True)
        _scaled(reference_label, 1.15, bold=True)
        form.addRow(reference_label)
        form.addRow(self.reference)
        form.addRow("What was &said:", self.summary)
        form.addRow("O&utcome / what\nhappens next:", self.outcome)
        form.addRow("&Follow-up date:", self.follow_up)

        self.body.removeItem(form)
        form.setParent(None)  # type: ignore[call-overload]
        fields = QWidget(self)
        left = QVBoxLayout(fields)
        left.setContentsMargins(0, 0, 8, 0)
        left.setSpacing(12)
        left.addLayout(form)
        left.addWidget(self.checklist)
        left.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(fields)
        scroll.setMinimumWidth(460)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(scroll, 3)
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(heading("Call sheet", self, scale=1.15))
        side.addWidget(self.sheet, 1)
        columns.addLayout(side, 2)
        self.body.addLayout(columns, 1)
        self.sheet.setMinimumWidth(300)
        self.summary.setMaximumHeight(self.summary.fontMetrics().lineSpacing() * 5 + 16)
        size = QSize(1080, 720)
        screen = self.screen()
        if screen is not None:  # a 1366x768 screen, or larger text: never taller than the screen
            room = screen.availableGeometry().size() - QSize(24, 56)
            size = size.boundedTo(room)
        self.resize(size)

    def _chain_focus(self) -> None:
        chain: list[QWidget] = [
            self.when_date.edit, self.when_time, self.direction, self.organization, self.person,
            self.phone, self.reference, self.summary, self.outcome, self.follow_up.edit,
            *self.checklist.focus_chain(), self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ following the typing
    def _on_organization_text_changed(self, text: str) -> None:
        names = [c.name for c in contacts_at(text, self._contacts) if c.name]
        model = self._person_completer.model()
        if isinstance(model, QStringListModel):
            model.setStringList(sorted(dict.fromkeys(names), key=str.casefold))
        self.sheet.show_sheet(build_call_sheet(
            text, profile=self._profile, plans=self._plans, questions=self._questions,
            requests=self._requests, today=self._ctx.today()))
        if self._old is None:
            self.checklist.put_first([q.id for q in questions_for_call(self._questions, text)])
            self._chain_focus()
        self._on_person_text_changed(self.person.text())

    def _on_person_text_changed(self, _text: str) -> None:
        contact = self.matching_contact()
        if contact is not None:
            where = ", ".join(p for p in (contact.role, contact.organization) if p)
            self.person_hint.setText("Saved in People to call.")
            self.person_hint.setToolTip(where)
        elif self.person.text().strip() and self._old is None:
            self.person_hint.setText("New person: saving adds them to People to call.")
            self.person_hint.setToolTip("")
        else:
            self.person_hint.setText("")
        self._fill_phone(contact)

    def _on_person_editing_finished(self) -> None:
        contact = self.matching_contact()
        if contact is not None and not self.organization.text().strip():
            self.organization.setText(contact.organization)

    def _on_person_completer_activated(self, _text: str) -> None:
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
        day = read_date(self.when_date, "When")
        if day is None:
            self.when_date.edit.setFocus()
            raise ValueError("When: type the day of the call, for example “today”.")
        clock = self.when_time.time()
        follow_up = read_date(self.follow_up, "Follow-up date")
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
            raise ValueError("Type who you spoke with or what was said, so that this call can "
                             "be found again.")
        return call

    def save(self) -> bool:
        call = self._read_call()
        if self._old is not None:
            saved = self._ctx.update(self._old, call, f"the call with {who_text(call)}", self)
            if saved is None:
                return False
            self.saved_call = saved
            self.call_logged.emit(saved)
            return True
        answers = self.checklist.answers()
        new_contact = None
        if call.contact_id is None and call.person:
            new_contact = Contact(name=call.person, organization=call.organization,
                                  phone=call.phone)
        folder = self._ctx.folder
        before = folder.get_many(Question, [a.question_id for a in answers])
        saved = folder.log_call(call, answers, new_contact=new_contact)
        after = folder.get_many(Question, [a.question_id for a in answers])
        self._push_undo(saved, before, after, new_contact is not None)
        self.saved_call = saved
        self._ctx.say("Saved the call.")
        self.call_logged.emit(saved)
        return True

    def _push_undo(self, saved: Call, before: list[Question], after: list[Question],
                   added_contact: bool) -> None:
        folder = self._ctx.folder
        call_id = saved.id or 0
        contact_id = saved.contact_id if added_contact else None

        def undo() -> None:
            for question in before:
                folder.update(question)
            folder.trash(Call, call_id)
            if contact_id is not None:
                folder.trash(Contact, contact_id)

        def redo() -> None:
            if contact_id is not None:
                folder.restore(Contact, contact_id)
            folder.restore(Call, call_id)
            for question in after:
                folder.update(question)

        self._ctx.push_done(f"Log the call with {who_text(saved) or 'someone'}", undo, redo)

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
        box = QMessageBox(QMessageBox.Icon.Question, "Discard this call?",
                          "Discard this call?", QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("What you typed about this call will not be saved.")
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep typing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


def _now_to_the_minute() -> time:
    now = datetime.now()
    return time(now.hour, now.minute)
