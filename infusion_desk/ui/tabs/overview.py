"""The calm first screen: what needs doing today, where the coverage steps stand (shown once, on
the step track, where a step is also chosen to change it), the patient and the therapy, and the
insurance plans. The parts live in ``ui/overview/``."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Plan, Profile, RecordKind, Step
from infusion_desk.core.text import one_line
from infusion_desk.services import Change
from infusion_desk.services.reading import OverviewRead
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.profile_dialogs import PlanDialog, ProfileDialog, StepDialog
from infusion_desk.ui.editing import editing
from infusion_desk.ui.overview.deadline_panel import DeadlinePanel
from infusion_desk.ui.overview.focus_order import set_reading_order, with_inner
from infusion_desk.ui.overview.page import Page, button
from infusion_desk.ui.overview.plan_card import PlanCard
from infusion_desk.ui.overview.profile_panel import ProfilePanel
from infusion_desk.ui.overview.today_panel import TodayPanel
from infusion_desk.ui.widgets.forms import heading, plain_label
from infusion_desk.ui.widgets.proxy_selection import open_form
from infusion_desk.ui.widgets.step_track import StepTrack

_TODAY_KINDS = frozenset({RecordKind.REQUEST, RecordKind.CALL, RecordKind.QUESTION,
                          RecordKind.STEP, RecordKind.DEADLINE})
# A deadline's card names the letter, call, request or step it came from.
_DEADLINE_KINDS = frozenset({RecordKind.DEADLINE, RecordKind.DOCUMENT, RecordKind.CALL,
                             RecordKind.REQUEST, RecordKind.STEP})


DialogT = TypeVar("DialogT", bound=QDialog)
# The patient and the plans sit side by side when the page is this many characters wide.
SIDE_BY_SIDE_CHARS = 110


class OverviewTab(QWidget):
    """Today, the coverage steps, the patient and therapy, and the plans — on one calm page."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._plans: list[Plan] = []
        self.plan_cards: dict[int, PlanCard] = {}
        self._asked: tuple[RecordKind, int] | None = None  # the record last asked for by kind

        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)
        page = Page(self.page_scroll)
        self.page_scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(14)

        self.today = TodayPanel(ctx, page)
        self.today_list = self.today.list
        self.today_empty = self.today.empty
        layout.addWidget(self.today)
        self.deadlines = DeadlinePanel(ctx, page)
        self.deadlines.card_shown.connect(self._on_deadlines_card_shown)
        self.deadlines.rebuilt.connect(self._order_tabs)
        layout.addWidget(self.deadlines)
        layout.addWidget(self._build_steps(page))
        bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        bottom.setSpacing(24)
        self._bottom = bottom
        self.profile = ProfilePanel(page)
        self.profile_labels = self.profile.labels
        self.edit_profile_button = self.profile.edit_button
        self.edit_profile_button.clicked.connect(lambda _c=False: self.edit_profile())
        bottom.addWidget(self.profile, 1)
        bottom.addWidget(self._build_plans(page), 1)
        layout.addLayout(bottom)
        layout.addStretch(1)

        self.setAccessibleName(translate("OverviewTab", "Overview"))
        ctx.signals.records_changed.connect(self._on_records_changed)
        ctx.signals.show_record.connect(self._on_signals_show_record)
        self.refresh(ctx.take_first_read())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_bottom()

    def _arrange_bottom(self) -> None:
        """The patient and the plans side by side while each half has room for its captions
        and values; one above the other at large text."""
        chars = self.width() / max(self.fontMetrics().averageCharWidth(), 1)
        wide = chars >= SIDE_BY_SIDE_CHARS
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self._bottom.direction() != direction:
            self._bottom.setDirection(direction)

    # ------------------------------------------------------------------ building
    def _build_steps(self, parent: QWidget) -> QWidget:
        """The coverage steps, shown once: the track is also where a step is chosen."""
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = heading(translate("OverviewTab", "Where things stand"), box, scale=1.2)
        title.setToolTip(translate("OverviewTab", "The coverage steps, in the order they usually "
                                   "happen. Click a “?” to see what a step means."))
        layout.addWidget(title)
        self.step_track = StepTrack(box)
        self.step_track.step_chosen.connect(self._on_step_track_step_chosen)
        self.step_track.step_activated.connect(self._on_step_track_step_activated)
        layout.addWidget(self.step_track)

        buttons = QHBoxLayout()
        self.add_step_button = editing(button(
            translate("OverviewTab", "Add a &step…"), self.add_step, box,
            tooltip=translate("OverviewTab", "Add a coverage step, such as prior authorization")))
        self.edit_step_button = editing(button(
            translate("OverviewTab", "Ed&it…"), self.edit_step, box,
            accessible_name=translate("OverviewTab", "Edit the chosen step")))
        self.delete_step_button = editing(button(
            translate("OverviewTab", "De&lete"), self.delete_step, box,
            accessible_name=translate("OverviewTab", "Delete the chosen step"),
            tooltip=translate("OverviewTab",
                              "Move the chosen step to the trash. Undo brings it back.")))
        for made in (self.add_step_button, self.edit_step_button, self.delete_step_button):
            buttons.addWidget(made)
        self.chosen_note = plain_label("", box)
        self.chosen_note.setAccessibleName(translate("OverviewTab", "The chosen step"))
        buttons.addWidget(self.chosen_note, 1)
        layout.addLayout(buttons)

        guide = plain_label(
            translate("OverviewTab", "When you feel stuck, ask: what exactly is missing? Who "
                      "needs to submit it? What is the expected timeline once it is submitted?")
            + "\n" + translate("OverviewTab", "General information, not coverage advice — "
                               "always confirm with the plan and the provider."), box)
        guide.setAccessibleName(translate("OverviewTab", "A short guide"))
        guide.setContentsMargins(0, 4, 0, 0)
        self.guide_note = guide
        layout.addWidget(guide)
        return box

    def _build_plans(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(translate("OverviewTab", "Insurance plans"), box, scale=1.2))
        self.plans_empty = plain_label(translate(
            "OverviewTab", "No insurance plans yet. Add the plan from the insurance card: the "
            "company, the member ID and the phone numbers on the back."), box)
        layout.addWidget(self.plans_empty)
        self._plan_area = QVBoxLayout()
        self._plan_area.setSpacing(10)
        layout.addLayout(self._plan_area)
        row = QHBoxLayout()
        self.add_plan_button = editing(button(
            translate("OverviewTab", "&Add a plan…"), self.add_plan, box,
            accessible_name=translate("OverviewTab", "Add an insurance plan")))
        row.addWidget(self.add_plan_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return box

    # ------------------------------------------------------------------ refreshing
    def refresh(self, read: OverviewRead | None = None) -> None:
        """The whole page from one read of the folder (``read``: made already, while opening)."""
        today = self._ctx.today()
        if read is None or read.today != today:
            read = self._ctx.folder.overview(today)
        self.today.show_items(read.items, read.calls, today)
        self.step_track.set_steps(read.steps, today)
        self._update_step_buttons()
        self._show_profile(read.profile)
        self._show_plans(read.plans)
        self.deadlines.refresh()

    def _on_records_changed(self, change: Change) -> None:
        kinds = change.kinds
        if kinds & _TODAY_KINDS:
            self.today.refresh()
        if kinds & _DEADLINE_KINDS:
            self.deadlines.refresh()
        if RecordKind.STEP in kinds:
            self._refresh_steps()
        if RecordKind.PROFILE in kinds:
            self._refresh_profile()
        if RecordKind.PLAN in kinds:
            self._refresh_plans()

    def _refresh_steps(self) -> None:
        self.step_track.set_steps(self._ctx.folder.steps(), self._ctx.today())
        self._update_step_buttons()

    def _refresh_profile(self) -> None:
        self._show_profile(self._ctx.folder.profile())

    def _show_profile(self, profile: Profile) -> None:
        self.profile.show_profile(profile, self._ctx.today())
        self.edit_profile_button.setEnabled(not self._ctx.read_only)

    def _refresh_plans(self) -> None:
        self._show_plans(self._ctx.folder.plans())

    def _show_plans(self, plans: list[Plan]) -> None:
        self._plans = plans
        for card in self.plan_cards.values():
            self._plan_area.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.plan_cards = {}
        for plan in self._plans:
            card = PlanCard(plan, self)
            card.edit_button.clicked.connect(lambda _c=False, p=plan: self.edit_plan(p))
            card.delete_button.clicked.connect(lambda _c=False, p=plan: self.delete_plan(p))
            card.edit_button.setEnabled(not self._ctx.read_only)
            card.delete_button.setEnabled(not self._ctx.read_only)
            self._plan_area.addWidget(card)
            assert plan.id is not None
            self.plan_cards[plan.id] = card
        self.plans_empty.setVisible(not self._plans)
        self.add_plan_button.setEnabled(not self._ctx.read_only)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab in reading order (``ui/overview/focus_order.py``)."""
        plans = [b for card in self.plan_cards.values()
                 for b in (card.edit_button, card.delete_button)]
        set_reading_order([
            self.today.list, self.today.show_all_button, *self.deadlines.focus_chain(),
            *with_inner(self.step_track), self.add_step_button, self.edit_step_button,
            self.delete_step_button, self.edit_profile_button, *plans, self.add_plan_button])

    # ------------------------------------------------------------------ steps
    def selected_step(self) -> Step | None:
        """The step chosen on the track."""
        return self.step_track.chosen_step()

    def _select_step_row(self, step_id: int) -> bool:
        chosen = self.step_track.choose(step_id)
        self._update_step_buttons()
        return chosen

    def _update_step_buttons(self) -> None:
        writable = not self._ctx.read_only
        chosen = self.selected_step()
        self.add_step_button.setEnabled(writable)
        self.edit_step_button.setEnabled(writable and chosen is not None)
        self.delete_step_button.setEnabled(writable and chosen is not None)
        if chosen is not None:
            self.chosen_note.setText(
                translate("OverviewTab", "Chosen: {0}").format(chosen.display_title))
        elif self.step_track.steps():
            self.chosen_note.setText(translate("OverviewTab", "Click a step above to choose it."))
        else:
            self.chosen_note.setText("")

    def _on_step_track_step_chosen(self, _step_id: int) -> None:
        self._update_step_buttons()

    def _on_step_track_step_activated(self, step_id: int) -> None:
        self._select_step_row(step_id)
        self.edit_step()

    def make_step_dialog(self, step: Step | None = None) -> StepDialog:
        dialog = StepDialog(self._ctx, step, self)
        dialog.accepted.connect(lambda: self._on_step_dialog_accepted(dialog))
        return dialog

    def _on_step_dialog_accepted(self, dialog: StepDialog) -> None:
        if dialog.saved is not None and dialog.saved.id is not None:
            self._select_step_row(dialog.saved.id)

    def add_step(self) -> StepDialog:
        return self._open(self.make_step_dialog())

    def edit_step(self) -> StepDialog | None:
        step = self.selected_step()
        if step is None or self._ctx.read_only:
            return None
        return self._open(self.make_step_dialog(step))

    def delete_step(self) -> None:
        step = self.selected_step()
        if step is not None and step.id is not None:
            title = one_line(step.display_title, 50)
            self._trash(step, translate("OverviewTab", "Delete the step “{0}”").format(title),
                        translate("OverviewTab",
                                  "Moved the step “{0}” to the trash.").format(title))

    def _trash(self, record: Step | Plan, label: str, said: str) -> None:
        """Move a step or a plan to the trash, with Undo right there (the words whole, for
        the translation)."""
        if record.id is None:
            return
        kind, ident, records = type(record), record.id, self._ctx.folder.records
        self._ctx.perform(lambda: records.trash(kind, ident), self, label=label, say=said,
                          offer_undo=True)

    # ------------------------------------------------------------------ profile and plans
    def make_profile_dialog(self) -> ProfileDialog:
        return ProfileDialog(self._ctx, self)

    def edit_profile(self) -> ProfileDialog:
        return self._open(self.make_profile_dialog())

    def make_plan_dialog(self, plan: Plan | None = None) -> PlanDialog:
        return PlanDialog(self._ctx, plan, self)

    def add_plan(self) -> PlanDialog:
        return self._open(self.make_plan_dialog())

    def edit_plan(self, plan: Plan) -> PlanDialog:
        return self._open(self.make_plan_dialog(plan))

    def delete_plan(self, plan: Plan) -> None:
        name = one_line(plan.payer or plan.plan_name, 50)
        if name:
            self._trash(plan, translate("OverviewTab", "Delete the {0} plan").format(name),
                        translate("OverviewTab", "Moved the {0} plan to the trash.").format(name))
        else:
            self._trash(plan, translate("OverviewTab", "Delete the insurance plan"),
                        translate("OverviewTab", "Moved the insurance plan to the trash."))

    def _open(self, dialog: DialogT) -> DialogT:
        """Show a form without blocking; it deletes itself when closed."""
        return open_form(dialog)

    # ------------------------------------------------------------------ jumping to a record
    def _on_signals_show_record(self, kind: RecordKind, record_id: int) -> None:
        if kind is RecordKind.STEP:
            self.show_step(record_id)
        elif kind is RecordKind.PLAN:
            self.show_plan(record_id)
        elif kind is RecordKind.DEADLINE:
            self.deadlines.show_deadline(record_id)
        else:
            return
        self._asked = (kind, record_id)

    def show_record(self, record_id: int, kind: RecordKind | None = None) -> None:
        """Show a step, or a plan (``kind=RecordKind.PLAN``). Without a kind: the kind of the
        record just asked for through ``show_record`` signal if it has this id, else a step with
        this id if there is one, else a plan."""
        if kind is None and self._asked is not None and self._asked[1] == record_id:
            kind = self._asked[0]
        self._asked = None
        if kind is RecordKind.DEADLINE:
            self.deadlines.show_deadline(record_id)
            return
        if kind is RecordKind.PLAN or (not self.show_step(record_id) and kind is None):
            self.show_plan(record_id)

    def _on_deadlines_card_shown(self, card: QWidget) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.page_scroll.ensureWidgetVisible(card, 16, 16)

    def show_step(self, step_id: int) -> bool:
        if not self._select_step_row(step_id):
            return False
        track = self.step_track
        layout = track.layout()
        if layout is not None:
            layout.activate()  # the step's place, even before the page was first laid out
        self.page_scroll.ensureWidgetVisible(track)
        rect = track.chosen_rect()
        page = self.page_scroll.widget()
        if rect is not None and page is not None:
            centre = track.mapTo(page, rect.center())
            self.page_scroll.ensureVisible(centre.x(), centre.y(), rect.width() // 2,
                                           rect.height() // 2 + 8)
        track.setFocus()
        return True

    def show_plan(self, plan_id: int) -> bool:
        card = self.plan_cards.get(plan_id)
        if card is None:
            return False
        self.page_scroll.ensureWidgetVisible(card)
        card.edit_button.setFocus()
        return True
