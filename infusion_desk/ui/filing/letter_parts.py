"""The pieces of "File this letter": the kinds of letter in her words, the proposed title and
headline, the lines of facts read from the letter, and one action with its Undo beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infusion_desk.core.dates import format_day
from infusion_desk.core.i18n import translate
from infusion_desk.core.letter_facts import LetterFacts, LetterKind
from infusion_desk.core.records import Plan, Step
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.editing import editing
from infusion_desk.ui.widgets.forms import plain_label


def kind_labels() -> list[tuple[str, LetterKind]]:
    return [
        (translate("LetterForm", "Approval"), LetterKind.APPROVAL),
        (translate("LetterForm", "Denial"), LetterKind.DENIAL),
        (translate("LetterForm", "Request for information"), LetterKind.REQUEST_FOR_INFORMATION),
        (translate("LetterForm", "Explanation of benefits (not a bill)"),
         LetterKind.EXPLANATION_OF_BENEFITS),
        (translate("LetterForm", "Medicare Summary Notice (not a bill)"),
         LetterKind.MEDICARE_SUMMARY_NOTICE),
        (translate("LetterForm", "Bill"), LetterKind.BILL),
        (translate("LetterForm", "Other letter"), LetterKind.OTHER),
    ]


def _narrow(box: QComboBox) -> None:
    """A choice that does not ask for the width of its longest item (it would push the form
    wider than the window at large text sizes); the list still shows items in full."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)


def proposed_title(facts: LetterFacts) -> str:
    """A title that says what the letter is and who sent it ("Approval from Silverpine Health
    Plans"); empty when the letter's kind or sender is not known."""
    if facts.kind is LetterKind.OTHER or facts.sender is None:
        return ""
    label = {kind: text for text, kind in kind_labels()}[facts.kind]
    label = label.split(" (")[0]
    return translate("LetterForm", "{0} from {1}").format(label, facts.sender.value)


def headline(kind: LetterKind, asked_of: str = "") -> str:
    """One line saying what the letter looks like, in her words (for a request for
    information, who must send it when the letter says so)."""
    if kind is LetterKind.REQUEST_FOR_INFORMATION and asked_of:
        return translate("LetterForm", "This letter asks for something to be sent, from {0}."
                         ).format(asked_of)
    return {
        LetterKind.APPROVAL: translate("LetterForm", "This letter looks like an approval."),
        LetterKind.DENIAL: translate("LetterForm", "This letter says something was denied."),
        LetterKind.REQUEST_FOR_INFORMATION: translate(
            "LetterForm", "This letter asks for something to be sent."),
        LetterKind.EXPLANATION_OF_BENEFITS: translate(
            "LetterForm", "This looks like an explanation of benefits. It is not a bill."),
        LetterKind.MEDICARE_SUMMARY_NOTICE: translate(
            "LetterForm", "This looks like a Medicare Summary Notice. It is not a bill."),
        LetterKind.BILL: translate("LetterForm", "This looks like a bill."),
    }.get(kind, translate("LetterForm", "We could not tell what kind of letter this is."))


class FilingAction(QWidget):
    """One action's button, what it did once clicked, and Undo beside it."""

    taken_back = Signal()  # her Undo here put back what the button did

    def __init__(self, text: str, tip: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.button = editing(QPushButton(text, self))
        self.button.setToolTip(tip)
        self.button.setMinimumHeight(32)
        row.addWidget(self.button)
        self.undo_button = editing(QPushButton(translate("LetterForm", "Un&do"), self))
        self.undo_button.setToolTip(translate("LetterForm", "Take back what this button just did."))
        self.undo_button.hide()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = plain_label("", self)
        self.result.hide()
        layout.addWidget(self.result)
        self._index_after: int | None = None
        self._ctx: FolderContext | None = None
        self.undo_button.clicked.connect(self._on_undo_button_clicked)

    def done(self, ctx: FolderContext, message: str) -> None:
        self._ctx = ctx
        self._index_after = ctx.undo_stack.index()
        self.result.setText("✓ " + message)
        self.result.show()
        self.undo_button.setVisible(True)
        self.undo_button.setEnabled(not ctx.read_only)

    def kept(self, text: str) -> None:
        """Kept for the server, saved when it is back (the window's banner says so): not a
        problem, and done: the button is off, so the same change is never kept twice."""
        self.result.setText(text)
        self.result.show()
        self.button.setEnabled(False)
        self.undo_button.hide()  # (Edit > Undo takes it back once it is saved)

    def problem(self, text: str) -> None:
        """Why it was not stored; what she typed stays as it is."""
        self.result.setText("⚠ " + text)
        self.result.show()

    def _on_undo_button_clicked(self) -> None:
        ctx = self._ctx
        if ctx is None or ctx.undo_stack.index() != self._index_after:
            self.undo_button.setEnabled(False)  # something else was done since: use Edit > Undo
            return
        ctx.undo_stack.undo()
        self.result.setText(translate("LetterForm", "Taken back. Nothing from this part was kept."))
        self.undo_button.hide()
        self.taken_back.emit()


def fact_lines(facts: LetterFacts, plans: dict[int | None, Plan], today: date) -> str:
    """The dates the letter sets (first: they are what can be missed: the end of an approval,
    the letter's deadlines), the member ID and
    whether it is one of the folder's, the reference numbers and the drug, one per line."""
    lines: list[str] = []
    gone = " " + translate("LetterForm", "— this date has passed")  # after a date
    if facts.kind is LetterKind.APPROVAL and facts.approved_to is not None:
        ends = facts.approved_to
        lines.append(translate("LetterForm", "The approval ends on {0}{1}").format(
            format_day(ends), gone if ends < today else ""))
    for deadline in facts.deadlines:
        if deadline.on is not None:
            passed = gone if deadline.on < today else ""
            lines.append(translate("LetterForm", "Date to watch, from the letter: {0}{1} (the "
                                                 "letter says: “{2}”)")
                         .format(format_day(deadline.on), passed, deadline.words))
        else:
            lines.append(translate("LetterForm", "A time the letter sets: “{0}” (there is no date "
                                                 "on the letter to count from)"
                                   ).format(deadline.words))
    if facts.member_id is not None:
        plan = plans.get(facts.member_plan_id)
        whose = (translate("LetterForm", "matches the member ID of the {0} plan").format(plan.payer)
                 if plan is not None
                 else translate("LetterForm", "not one of the member IDs in this folder: check it"))
        lines.append(translate("LetterForm", "Member ID on the letter: {0} "
                                             "({1})").format(facts.member_id.value,
                                                                       whose))
    if facts.reference_numbers:
        lines.append(translate("LetterForm", "Case, claim or reference numbers: {0}").format(
            ", ".join(r.value for r in facts.reference_numbers)))
    if facts.drug is not None:
        lines.append(translate("LetterForm", "Drug or service: {0}").format(facts.drug.value))
    return "\n".join("• " + text for text in lines)


def step_text(step: Step, plans: dict[int | None, Plan]) -> str:
    plan = plans.get(step.plan_id)
    parts = [step.display_title]
    if plan is not None and plan.payer:
        parts.append(plan.payer)
    parts.append(step.status.label)
    if step.reference_number:
        parts.append(step.reference_number)
    return " — ".join(parts)
