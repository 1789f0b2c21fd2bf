"""The form of "File this letter": what the letter seems to say, filled in and marked as read from
the letter, and the actions it calls for. Nothing is stored until she clicks an action; each
action is one operation with its Undo right beside it."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.i18n import translate
from infusion_desk.core.letter_facts import DateFrom, Found, LetterFacts, LetterKind
from infusion_desk.core.records import Document, Step, StepStatus
from infusion_desk.services.filing import AUTHORIZATION_STEPS, step_status_for
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.filing.deadline_note import LetterDeadlineNote
from infusion_desk.ui.filing.letter_actions import NEW_STEP, NO_STEP, LetterActions
from infusion_desk.ui.filing.letter_parts import (
    FilingAction,
    _narrow,
    fact_lines,
    headline,
    kind_labels,
    proposed_title,
    step_text,
)
from infusion_desk.ui.filing.read_note import ReadNote, with_note
from infusion_desk.ui.widgets.date_field import DateField
from infusion_desk.ui.widgets.forms import (
    combo,
    heading,
    line,
    notes_box,
    plain_label,
    set_combo_value,
)

T = TypeVar("T")

LARGE_TEXT_POINTS = 15.0  # from about 140 % text size, labels go above their fields
KEEP = ""  # decision combo: leave the step's status as it is


class LetterForm(LetterActions, QWidget):
    """What one letter says, and what to do about it. ``filed`` is emitted after an action."""

    filed = Signal(str)  # the message of what was stored

    def __init__(self, ctx: FolderContext, document: Document, facts: LetterFacts, *,
                 has_text: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert document.id is not None
        self._ctx = ctx
        self.document = document
        self.document_id = document.id
        self.letter_seen, self.steps_seen = document.version, {}  # (letter_actions)
        self.facts = facts
        self._plans = {p.id: p for p in ctx.folder.plans()}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        self.headline = heading(headline(facts.kind, facts.asked_of.value if facts.asked_of
                                          else ""), self, scale=1.1)
        if facts.kind is LetterKind.DENIAL:  # it can stop the therapy: first, by word and icon
            self.headline.setText("⚠ " + self.headline.text())
            self.headline.setObjectName("denial_banner")
            self.headline.setStyleSheet(
                "QLabel#denial_banner { background: #fff4ce; color: #3b2f00; "
                "border: 1px solid #c9a400; border-radius: 4px; padding: 6px 10px; }")
        layout.addWidget(self.headline)
        intro = (translate("LetterForm", "Below is what the letter seems to say. Check each line "
                                         "against the letter on the left. Nothing is saved until "
                                         "you click one of the buttons that says Save, Update or "
                                         "Add.") if has_text else
                 translate("LetterForm", "No text has been read from this letter yet, so nothing "
                                         "could be filled in. Type what it says, looking at the "
                                         "picture on the left."))
        self.intro = plain_label(intro, self)
        layout.addWidget(self.intro)
        self.facts_label = plain_label(self._fact_lines(), self)
        self.facts_label.setVisible(bool(self.facts_label.text()))
        layout.addWidget(self.facts_label)
        self.deadline_note = LetterDeadlineNote(ctx, document.id, self)
        layout.addWidget(self.deadline_note)
        if ctx.read_only:
            self.read_only_note = plain_label(
                translate("LetterForm", "This folder is open for reading only, so nothing can be "
                                        "filed."), self)
            layout.addWidget(self.read_only_note)

        self.details_box = self._build_details()
        self.step_box = self._build_step()
        self.request_box = self._build_request()
        self.question_box = self._build_question()
        boxes = self._in_order()
        for box in boxes:
            layout.addWidget(box)
        self.more_row = self._build_more(boxes)
        layout.addWidget(self.more_row)
        layout.addStretch(1)
        for action in self.actions_list():
            action.taken_back.connect(self._on_taken_back)  # (letter_actions)
        if ctx.read_only:
            for action in self.actions_list():
                action.button.setEnabled(False)

    # ------------------------------------------------------------------ building
    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        large = self.font().pointSizeF() >= LARGE_TEXT_POINTS  # labels above the fields
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if large
                              else QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(12, 12, 12, 12)
        form.setVerticalSpacing(8)
        return box, form

    def _note_line(self, edit: QLineEdit, found: Found | None, box: QWidget) -> QWidget:
        note = ReadNote(box)
        if found is not None:
            note.read(found.evidence or found.value)
        edit.textEdited.connect(lambda _t: note.changed())
        edit.setProperty("read_note", note)
        return with_note(edit, note, box)

    def _note_date(self, field: DateField, value: date | None, evidence: str, box: QWidget, *,
                   guess: bool = False) -> QWidget:
        field.set_value(value)
        note = ReadNote(box)
        if value is not None:
            note.read(evidence, guess=guess)
        field.edit.textEdited.connect(lambda _t: note.changed())
        field.setProperty("read_note", note)
        return with_note(field, note, box)

    def _build_details(self) -> QGroupBox:
        f, d = self.facts, self.document
        box, form = self._group(translate("LetterForm", "What this letter is"))
        proposed = proposed_title(f)
        title, kind, sender_words, dated_words = (
            translate("LetterForm", "Title"), translate("LetterForm", "What it is"),
            translate("LetterForm", "From whom"), translate("LetterForm", "Date on the letter"))
        self.title_edit = line(proposed or d.title, accessible_name=title, parent=box)
        title_note = ReadNote(box)
        if proposed:
            title_note.read(proposed, made=True)
        self.title_edit.textEdited.connect(lambda _t: title_note.changed())
        self.title_edit.setProperty("read_note", title_note)
        form.addRow(title, with_note(self.title_edit, title_note, box))
        self.kind_combo = combo([(text, value.value) for text, value in kind_labels()], box,
                                accessible_name=kind)
        set_combo_value(self.kind_combo, f.kind.value)
        _narrow(self.kind_combo)
        kind_note = ReadNote(box)
        if f.kind_evidence:
            kind_note.read(f.kind_evidence)
        self.kind_combo.activated.connect(lambda _i: kind_note.changed())
        form.addRow(kind, with_note(self.kind_combo, kind_note, box))
        sender = f.sender.value if f.sender is not None else d.sender
        self.sender_edit = line(sender, accessible_name=sender_words, parent=box)
        form.addRow(sender_words, self._note_line(self.sender_edit, f.sender, box))
        self.date_field = DateField(self._ctx.today, box, accessible_name=dated_words)
        dated = f.letter_date or d.document_date
        form.addRow(dated_words, self._note_date(
            self.date_field, dated, f.date_evidence, box,
            guess=f.date_from is DateFrom.FILE_NAME))
        self.details_action = FilingAction(
            translate("LetterForm", "&Save these details"),
            translate("LetterForm", "Keep the title, what it is, who sent it and its date with "
                      "the letter."), box)
        self.details_action.button.clicked.connect(self.save_details)
        form.addRow(self.details_action)
        return box

    def _build_step(self) -> QGroupBox:
        f = self.facts
        box, form = self._group(translate("LetterForm", "Prior authorization"))
        box.setToolTip(translate("LetterForm", "Prior authorization: the plan's OK, asked for "
                                 "before a drug or service is given."))
        self.step_combo = QComboBox(box)
        self.step_combo.setAccessibleName(translate("LetterForm", "Which prior authorization"))
        _narrow(self.step_combo)
        self.step_combo.addItem(translate("LetterForm", "Choose which one…"), NO_STEP)
        for step in self._ctx.folder.steps():
            if step.kind in AUTHORIZATION_STEPS and step.id is not None:
                self.step_combo.addItem(self._step_text(step), step.id)
                self.steps_seen[step.id] = step.version
        self.step_combo.addItem(translate("LetterForm", "A new prior authorization"), NEW_STEP)
        chosen = self._ctx.folder.filing.step_for_letter(
            plan_id=self._letter_plan_id(),
            number=f.authorization_number.value if f.authorization_number else "",
            by_number_only=f.kind is LetterKind.DENIAL)
        has_steps = self.step_combo.count() > 2
        set_combo_value(self.step_combo, chosen.id if chosen is not None else
                        (NO_STEP if has_steps else NEW_STEP))
        self.step_combo.currentIndexChanged.connect(self._on_step_combo_current_index_changed)
        self.step_hint = ReadNote(box)
        self.step_hint.setText(translate("LetterForm", "The letter does not make clear which "
                                         "prior authorization it is about. Choose it to update "
                                         "it."))
        self.step_hint.setWordWrap(True)
        form.addRow(translate("LetterForm", "Which one"),
                    with_note(self.step_combo, self.step_hint, box))
        number, start, end = (translate("LetterForm", "Authorization number"),
                              translate("LetterForm", "Approved from"),
                              translate("LetterForm", "Approved through"))
        self.number_edit = line(f.authorization_number.value if f.authorization_number else "",
                                accessible_name=number, parent=box)
        form.addRow(number, self._note_line(self.number_edit, f.authorization_number, box))
        self.from_field = DateField(self._ctx.today, box, accessible_name=start)
        form.addRow(start, self._note_date(self.from_field, f.approved_from, f.period_evidence,
                                           box))
        self.to_field = DateField(self._ctx.today, box, accessible_name=end)
        form.addRow(end, self._note_date(self.to_field, f.approved_to, f.period_evidence, box))
        self.quantity_edit = line(
            f.approved_quantity.value if f.approved_quantity else "",
            accessible_name=translate("LetterForm", "How much was approved"),
            placeholder=translate("LetterForm", "e.g. 42 doses"), parent=box)
        form.addRow(translate("LetterForm", "How much"),
                    self._note_line(self.quantity_edit, f.approved_quantity, box))
        self.status_combo = combo([(translate("LetterForm", "Approved"), StepStatus.APPROVED.value),
                                   (translate("LetterForm", "Denied"), StepStatus.DENIED.value),
                                   (translate("LetterForm", "Leave as it is"), KEEP)], box,
                                  accessible_name=translate("LetterForm", "Decision"))
        status = step_status_for(f.kind)
        set_combo_value(self.status_combo, status.value if status is not None else KEEP)
        form.addRow(translate("LetterForm", "Decision"), self.status_combo)
        self.step_action = FilingAction(
            translate("LetterForm", "&Update the prior authorization"),
            translate("LetterForm", "Write the number, the approved dates and the decision on "
                      "it, and keep this letter with it."), box)
        self.step_action.button.clicked.connect(self.update_step)
        form.addRow(self.step_action)
        self._on_step_combo_current_index_changed()
        return box

    def _build_request(self) -> QGroupBox:
        f = self.facts
        box, form = self._group(translate("LetterForm", "What the letter asks for"))
        asks = "\n".join("• " + a.value for a in f.asks_for)
        what, who, due = (translate("LetterForm", "What they asked for"),
                          translate("LetterForm", "Who asked"), translate("LetterForm", "Due by"))
        self.what_edit = notes_box(asks, accessible_name=what, lines=4, parent=box)
        self.what_edit.setPlaceholderText(
            translate("LetterForm", "e.g. Clinical notes from the doctor"))
        what_note = ReadNote(box)
        if f.asks_for:
            what_note.read(" / ".join(a.evidence for a in f.asks_for))
        self.what_edit.textChanged.connect(
            lambda: what_note.changed() if self.what_edit.hasFocus() else None)
        form.addRow(what, with_note(self.what_edit, what_note, box))
        sender = f.sender.value if f.sender is not None else self.document.sender
        self.asked_by_edit = line(sender, accessible_name=who, parent=box)
        form.addRow(who, self._note_line(self.asked_by_edit, f.sender, box))
        self.due_field = DateField(self._ctx.today, box, accessible_name=due)
        deadline = next((d for d in f.deadlines if d.on is not None), None)
        form.addRow(due, self._note_date(
            self.due_field, deadline.on if deadline else None,
            deadline.words if deadline else "", box))
        self.request_action = FilingAction(
            translate("LetterForm", "&Add a request"),
            translate("LetterForm", "Add this to the Requests tab, so you can track what you "
                      "send and when."), box)
        self.request_action.button.clicked.connect(self.add_request)
        form.addRow(self.request_action)
        return box

    def _build_question(self) -> QGroupBox:
        box, form = self._group(translate("LetterForm", "A question to ask"))
        question, whom = translate("LetterForm", "Question"), translate("LetterForm", "Ask whom")
        self.question_edit = line(
            "", accessible_name=question,
            placeholder=translate("LetterForm", "e.g. What do you still need from the doctor?"),
            parent=box)
        form.addRow(question, self.question_edit)
        sender = self.facts.sender.value if self.facts.sender is not None else ""
        self.ask_whom_edit = line(sender, accessible_name=whom, parent=box)
        form.addRow(whom, self.ask_whom_edit)
        self.question_action = FilingAction(
            translate("LetterForm", "Add a &question"),
            translate("LetterForm", "Add it to the Questions tab, to ask on your next call."),
            box)
        self.question_action.button.clicked.connect(self.add_question)
        form.addRow(self.question_action)
        return box

    def _in_order(self) -> list[QGroupBox]:
        """The parts the letter calls for first; the others folded away under "Also…"."""
        kind, f = self.facts.kind, self.facts
        # A denial opens the approval part only when it names the step's own number: a denial
        # of supplies must not invite her to mark the medicine's approval as denied.
        step_named = self.step_combo.currentData() not in (NO_STEP, NEW_STEP)
        about_authorization = (kind is LetterKind.APPROVAL
                               or (kind is LetterKind.DENIAL and step_named)
                               or (kind is not LetterKind.DENIAL
                                   and (f.authorization_number is not None
                                        or f.approved_from is not None)))
        asks = kind is LetterKind.REQUEST_FOR_INFORMATION or bool(f.asks_for)
        order = [self.details_box]
        order += [self.step_box] if about_authorization else []
        order += [self.request_box] if asks else []
        order += [self.question_box] if kind is LetterKind.DENIAL else []
        for box in (self.step_box, self.request_box, self.question_box):
            box.setVisible(box in order)
            if box not in order:
                order.append(box)
        return order

    def _build_more(self, boxes: list[QGroupBox]) -> QWidget:
        row = QWidget(self)
        large = self.font().pointSizeF() >= LARGE_TEXT_POINTS  # one under the other
        layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(row) if large else QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(translate("LetterForm", "Also:"), row, wrap=False))
        self.more_buttons: dict[QGroupBox, QToolButton] = {}
        for box in boxes:
            if box.isVisibleTo(self):
                continue
            button = QToolButton(row)
            button.setText(box.title() + "…")
            button.setMinimumHeight(32)
            button.setAccessibleName(translate("LetterForm", "Show: {0}").format(box.title()))
            button.clicked.connect(lambda _c=False, b=box, t=button: self._reveal(b, t))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.more_buttons[box] = button
        layout.addStretch(1)
        row.setVisible(bool(self.more_buttons))
        return row

    def _reveal(self, box: QGroupBox, button: QToolButton) -> None:
        box.show()
        button.hide()
        self.more_row.setVisible(any(b.isVisibleTo(self) for b in self.more_buttons.values()))
        first = box.findChild(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if first is not None:
            first.setFocus()

    def actions_list(self) -> list[FilingAction]:
        return [self.details_action, self.step_action, self.request_action,
                self.question_action]

    # ------------------------------------------------------------------ words
    def _fact_lines(self) -> str:
        return fact_lines(self.facts, self._plans, self._ctx.today())

    def _step_text(self, step: Step) -> str:
        return step_text(step, self._plans)

    def _on_step_combo_current_index_changed(self, _index: int = 0) -> None:
        chosen = self.step_combo.currentData() != NO_STEP
        self.step_hint.setVisible(not chosen)
        self.step_action.button.setEnabled(chosen and not self._ctx.read_only)
        self.step_action.button.setToolTip(
            translate("LetterForm", "Write the number, the approved dates and the decision on it, "
                                    "and keep this letter with it.") if chosen else
            translate("LetterForm", "First choose which prior authorization this letter is about."))


def note_of(widget: QWidget) -> ReadNote | None:
    """The "read from the letter" note beside a field (for tests and the screen reader)."""
    note = widget.property("read_note")
    return note if isinstance(note, ReadNote) else None
