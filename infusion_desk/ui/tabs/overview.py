"""The calm first screen: what needs doing today, where the coverage steps stand, the patient
and the therapy, and the insurance plans."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core import rules
from infusion_desk.core.coverage import (
    STEP_EXPLANATIONS,
    approved_period,
    is_done,
    mark_of,
    ordered_steps,
    status_word,
)
from infusion_desk.core.dates import format_day, relative_past
from infusion_desk.core.errors import FolderError
from infusion_desk.core.records import (
    RECORD_TYPES,
    Plan,
    Profile,
    RecordKind,
    Step,
    StepKind,
)
from infusion_desk.core.text import one_line
from infusion_desk.core.today_words import headline
from infusion_desk.services import Change
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.profile_dialogs import (
    ACCESS_LINE_TIP,
    GROUP_NUMBER_TIP,
    MEMBER_ID_TIP,
    PA_TIP,
    REFERENCE_TIP,
    PlanDialog,
    ProfileDialog,
    StepDialog,
)
from infusion_desk.ui.models.table import Column, RecordTableModel
from infusion_desk.ui.widgets.forms import heading, plain_label
from infusion_desk.ui.widgets.step_track import StepTrack

MAX_QUESTIONS = 3
DISCLAIMER = ("General information, not coverage advice — always confirm with the plan and the "
              "provider.")
STEP_WEIGHTS = (3.0, 1.3, 3.0, 1.8, 2.8)  # how the step table's columns share its width
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_TODAY_KINDS = frozenset({RecordKind.REQUEST, RecordKind.CALL, RecordKind.QUESTION,
                          RecordKind.STEP})


def _step_columns(ctx: FolderContext) -> list[Column]:
    return [
        Column("Step", lambda s: s.display_title,
               tooltip=lambda s: f"{s.display_title}\n{STEP_EXPLANATIONS[s.kind]}"),
        Column("Status", lambda s: f"{mark_of(s).value} {status_word(s)}"),
        Column("Waiting on", lambda s: "" if is_done(s) else s.waiting_on,
               tooltip=lambda s: "" if is_done(s) else s.waiting_on),
        Column("Reference no.", lambda s: s.reference_number,
               header_tooltip=REFERENCE_TIP),
        Column("Approved period", lambda s: approved_period(s, ctx.today()),
               sort_key=lambda s: s.approved_to or "",
               bold=lambda s: rules.approval_ends_soon(s, ctx.today())),
    ]


def _section_heading(text: str, parent: QWidget) -> QLabel:
    return heading(text, parent, scale=1.2)


def _button(text: str, slot: Callable[[], object], parent: QWidget, *,
            accessible_name: str = "", tooltip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.clicked.connect(lambda _checked=False: slot())
    if accessible_name:
        button.setAccessibleName(accessible_name)
    if tooltip:
        button.setToolTip(tooltip)
    return button


class TodayList(QListWidget):
    """The Today entries. Click one, or press Enter on it, to open its record."""

    item_chosen = Signal(object)  # QListWidgetItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self.updateGeometry())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Today: what needs you")
        size = self.fontMetrics().height()
        self.setIconSize(QSize(size, size))
        self.itemClicked.connect(self.item_chosen.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.item_chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        """As tall as every entry: the page scrolls, not the list."""
        rows = self.contentsSize().height() if self.count() else 0
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.updateGeometry()


class FittingTable(QTableView):
    """A table as tall as its rows (the page scrolls, not the table), whose columns share the
    width by weight so that long text wraps instead of being cut."""

    def __init__(self, weights: Sequence[float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weights = list(weights)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(max(28, self.fontMetrics().height() + 10))

    def share_width(self) -> None:
        """Give each column its share by weight, but never less than its longest word."""
        model = self.model()
        if model is None:
            return
        count = model.columnCount()
        needs = [self._longest_word(column) for column in range(count)]
        widths = [0] * count
        free = list(range(count))
        room = self.viewport().width()
        while free:
            total = sum(self._weights[c] for c in free)
            shares = {c: room * self._weights[c] / total for c in free}
            squeezed = [c for c in free if shares[c] < needs[c]]
            if not squeezed:
                for c in free:
                    widths[c] = int(shares[c])
                break
            for c in squeezed:
                widths[c] = needs[c]
                room -= needs[c]
                free.remove(c)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

    def _longest_word(self, column: int) -> int:
        model = self.model()
        metrics = self.fontMetrics()
        header = model.headerData(column, Qt.Orientation.Horizontal) or ""
        widest = self.horizontalHeader().fontMetrics().horizontalAdvance(str(header))
        for row in range(model.rowCount()):
            for word in str(model.index(row, column).data() or "").split():
                widest = max(widest, int(metrics.horizontalAdvance(word) * 1.05))  # bold cells
        return widest + metrics.averageCharWidth() + 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def sizeHint(self) -> QSize:
        model = self.model()
        count = model.rowCount() if model is not None else 0
        rows = sum(self.rowHeight(r) for r in range(count))
        header = self.horizontalHeader().sizeHint().height()
        bar = self.horizontalScrollBar()
        below = bar.sizeHint().height() if bar.maximum() > 0 else 0
        return QSize(super().sizeHint().width(),
                     header + max(rows, 28) + below + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.updateGeometry()


class PlanCard(QFrame):
    """One insurance plan as it reads on the card, with Edit and Delete."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name = plan.payer or plan.plan_name or "Insurance plan"
        self.setAccessibleName(f"{plan.rank.label} plan: {name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.title = heading(f"{plan.rank.label}: {name}", self, scale=1.05)
        layout.addWidget(self.title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        rows: list[tuple[str, str, str]] = [
            ("Kind of plan", plan.plan_type.label, ""),
            ("Plan name", plan.plan_name if plan.plan_name != name else "", ""),
            ("Member ID", plan.member_id, MEMBER_ID_TIP),
            ("Group number", plan.group_number, GROUP_NUMBER_TIP),
            ("Member services", plan.member_phone, ""),
            ("Prior-authorization phone", plan.pa_phone, PA_TIP),
            ("Prior-authorization fax", plan.pa_fax, PA_TIP),
        ]
        for caption, value, tip in rows:
            if not value:
                continue
            label = plain_label(caption, self)
            shown = plain_label(value, self)
            if tip:
                label.setToolTip(tip)
                shown.setToolTip(tip)
            shown.setAccessibleName(caption)
            form.addRow(label, shown)
            self.values[caption] = shown
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton("Edit…", self)
        self.edit_button.setAccessibleName(f"Edit the {name} plan")
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.setAccessibleName(f"Delete the {name} plan")
        self.delete_button.setToolTip("Move this plan to the trash. Undo brings it back.")
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


PROFILE_ROWS: list[tuple[str, str, Callable[[Profile], str]]] = [
    ("patient_name", "Patient", lambda p: p.patient_name),
    ("date_of_birth", "Date of birth", lambda p: format_day(p.date_of_birth)),
    ("therapy", "Drug or therapy", lambda p: p.therapy),
    ("treats", "What it treats", lambda p: p.treats),
    ("prescriber", "Prescriber", lambda p: p.prescriber),
    ("infusion_provider", "Home infusion pharmacy", lambda p: p.infusion_provider),
    ("planned_duration", "Planned duration", lambda p: p.planned_duration),
    ("dosing_schedule", "Dosing schedule", lambda p: p.dosing_schedule),
    ("access_line", "Access line", lambda p: p.access_line),
    ("nursing_schedule", "Nursing visits", lambda p: p.nursing_schedule),
    ("notes", "Notes", lambda p: p.notes),
]


class OverviewTab(QWidget):
    """Today, the coverage steps, the patient and therapy, and the plans — on one calm page."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QDialog | None = None  # the form opened last (kept for tests)
        self._plans: list[Plan] = []
        self.plan_cards: dict[int, PlanCard] = {}
        self._asked: tuple[RecordKind, int] | None = None  # the record last asked for by kind

        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)
        page = QWidget(self.page_scroll)
        self.page_scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(16)

        layout.addWidget(self._build_today(page))
        layout.addWidget(self._build_steps(page))
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addWidget(self._build_profile(page), 1)
        bottom.addWidget(self._build_plans(page), 1)
        layout.addLayout(bottom)
        layout.addStretch(1)

        self.setAccessibleName("Overview")
        ctx.signals.records_changed.connect(self._on_records_changed)
        ctx.signals.show_record.connect(self._on_signals_show_record)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_today(self, parent: QWidget) -> QWidget:
        box = QFrame(parent)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addWidget(_section_heading("Today", box))
        self.today_list = TodayList(box)
        self.today_list.item_chosen.connect(self._on_today_list_item_chosen)
        self.today_empty = plain_label("Nothing needs you today.", box)
        self.today_empty.setAccessibleName("Today")
        layout.addWidget(self.today_list)
        layout.addWidget(self.today_empty)
        return box

    def _build_steps(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = _section_heading("Where things stand", box)
        title.setToolTip("The coverage steps, in the order they usually happen.")
        layout.addWidget(title)
        self.step_track = StepTrack(box)
        self.step_track.step_chosen.connect(self._on_step_track_step_chosen)
        layout.addWidget(self.step_track)

        self.step_model = RecordTableModel(_step_columns(self._ctx), self)
        self.step_table = FittingTable(STEP_WEIGHTS, box)
        self.step_table.setModel(self.step_model)
        self.step_table.setAccessibleName("Coverage steps")
        self.step_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.step_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.step_table.setShowGrid(False)
        self.step_table.setAlternatingRowColors(True)

        self.step_table.activated.connect(lambda _index: self.edit_step())
        self.step_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_step_buttons())
        layout.addWidget(self.step_table)

        buttons = QHBoxLayout()
        self.add_step_button = _button("Add a step…", self.add_step, box,
                                       tooltip="Add a coverage step, such as prior "
                                               "authorization")
        self.edit_step_button = _button("Edit…", self.edit_step, box,
                                        accessible_name="Edit the chosen step")
        self.delete_step_button = _button("Delete", self.delete_step, box,
                                          accessible_name="Delete the chosen step",
                                          tooltip="Move the chosen step to the trash. Undo "
                                                  "brings it back.")
        for button in (self.add_step_button, self.edit_step_button, self.delete_step_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        stuck = "; ".join(q.rstrip("?").lower() for q in rules.STUCK_QUESTIONS)
        guide = plain_label(
            f"{STEP_EXPLANATIONS[StepKind.BENEFITS_VERIFICATION]}\n"
            f"{STEP_EXPLANATIONS[StepKind.PRIOR_AUTHORIZATION]}\n"
            f"When you feel stuck, ask: {stuck}?\n{DISCLAIMER}", box)
        guide.setAccessibleName("A short guide")
        guide.setContentsMargins(0, 4, 0, 0)
        self.guide_note = guide
        layout.addWidget(guide)
        return box

    def _build_profile(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_section_heading("Patient and therapy", box))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.profile_labels: dict[str, QLabel] = {}
        for key, caption, _text in PROFILE_ROWS:
            value = plain_label("", box)
            value.setAccessibleName(caption)
            caption_label = plain_label(caption, box)
            if key == "access_line":
                caption_label.setToolTip(ACCESS_LINE_TIP)
            form.addRow(caption_label, value)
            self.profile_labels[key] = value
        self.profile_labels["start_date"] = plain_label("", box)
        self.profile_labels["start_date"].setAccessibleName("Start date")
        form.insertRow(6, plain_label("Start date", box), self.profile_labels["start_date"])
        layout.addLayout(form)
        row = QHBoxLayout()
        self.edit_profile_button = _button("Edit…", self.edit_profile, box,
                                           accessible_name="Edit the patient and therapy")
        row.addWidget(self.edit_profile_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return box

    def _build_plans(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_section_heading("Insurance plans", box))
        self.plans_empty = plain_label(
            "No insurance plans yet. Add the plan from the insurance card: the company, the "
            "member ID and the phone numbers on the back.", box)
        layout.addWidget(self.plans_empty)
        self._plan_area = QVBoxLayout()
        self._plan_area.setSpacing(10)
        layout.addLayout(self._plan_area)
        row = QHBoxLayout()
        self.add_plan_button = _button("Add a plan…", self.add_plan, box,
                                       accessible_name="Add an insurance plan")
        row.addWidget(self.add_plan_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return box

    # ------------------------------------------------------------------ refreshing
    def refresh(self) -> None:
        self._refresh_today()
        self._refresh_steps()
        self._refresh_profile()
        self._refresh_plans()

    def _on_records_changed(self, change: Change) -> None:
        kinds = change.kinds
        if kinds & _TODAY_KINDS:
            self._refresh_today()
        if RecordKind.STEP in kinds:
            self._refresh_steps()
        if RecordKind.PROFILE in kinds:
            self._refresh_profile()
        if RecordKind.PLAN in kinds:
            self._refresh_plans()

    def _refresh_today(self) -> None:
        today = self._ctx.today()
        items = self._ctx.folder.today(today)
        questions = [i for i in items if i.kind is RecordKind.QUESTION]
        shown = [i for i in items if i.kind is not RecordKind.QUESTION]
        shown += questions[:MAX_QUESTIONS]
        self.today_list.clear()
        style = self.style()
        icons = {
            RecordKind.REQUEST: QStyle.StandardPixmap.SP_MessageBoxWarning,
            RecordKind.CALL: QStyle.StandardPixmap.SP_MessageBoxInformation,
            RecordKind.STEP: QStyle.StandardPixmap.SP_MessageBoxWarning,
            RecordKind.QUESTION: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        }
        for entry in shown:
            first = headline(entry, today)
            item = QListWidgetItem(style.standardIcon(icons[entry.kind]),
                                   f"{first}: {one_line(entry.text, 100)}")
            item.setData(KIND_ROLE, entry.kind.value)
            item.setData(ID_ROLE, entry.record_id)
            item.setToolTip(f"{' '.join(entry.text.split())}\n\nClick or press Enter to open it.")
            self.today_list.addItem(item)
        hidden = questions[MAX_QUESTIONS:]
        if hidden:
            noun = "question" if len(hidden) == 1 else "questions"
            more = QListWidgetItem(f"… and {len(hidden)} more {noun} to ask "
                                   "(see them all under Questions to ask)")
            more.setData(KIND_ROLE, RecordKind.QUESTION.value)
            more.setData(ID_ROLE, hidden[0].record_id)
            self.today_list.addItem(more)
        self.today_list.setVisible(bool(shown))
        self.today_empty.setVisible(not shown)
        self.today_list.updateGeometry()

    def _refresh_steps(self) -> None:
        chosen = self.selected_step()
        steps = ordered_steps(self._ctx.folder.steps())
        self.step_track.set_steps(steps, self._ctx.today())
        self.step_model.set_rows(steps)
        self.step_table.share_width()
        self.step_table.updateGeometry()
        self.step_table.setVisible(bool(steps))
        if chosen is not None and chosen.id is not None:
            self._select_step_row(chosen.id)
        self._update_step_buttons()

    def _refresh_profile(self) -> None:
        profile = self._ctx.folder.profile()
        for key, _caption, text in PROFILE_ROWS:
            self.profile_labels[key].setText(text(profile) or "—")
        start = profile.start_date
        self.profile_labels["start_date"].setText(
            f"{format_day(start)} ({relative_past(start, self._ctx.today())})" if start else "—")
        self.edit_profile_button.setEnabled(not self._ctx.read_only)

    def _refresh_plans(self) -> None:
        self._plans = self._ctx.folder.plans()
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

    # ------------------------------------------------------------------ Today
    def _on_today_list_item_chosen(self, item: QListWidgetItem) -> None:
        kind = RecordKind.parse(item.data(KIND_ROLE))
        record_id = int(item.data(ID_ROLE))
        try:
            record = self._ctx.folder.get(RECORD_TYPES[kind], record_id)
        except FolderError as exc:
            self._ctx.say(exc.message)
            self._refresh_today()
            return
        self._ctx.open_record(record)

    # ------------------------------------------------------------------ steps
    def selected_step(self) -> Step | None:
        rows = self.step_table.selectionModel().selectedRows()
        if not rows:
            return None
        step: Step = self.step_model.row_object(rows[0].row())
        return step

    def _select_step_row(self, step_id: int) -> bool:
        row = self.step_model.row_of_id(step_id)
        if row is None:
            return False
        index = self.step_model.index(row, 0)
        self.step_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.step_table.scrollTo(index)
        return True

    def _update_step_buttons(self) -> None:
        writable = not self._ctx.read_only
        chosen = self.selected_step() is not None
        self.add_step_button.setEnabled(writable)
        self.edit_step_button.setEnabled(writable and chosen)
        self.delete_step_button.setEnabled(writable and chosen)

    def _on_step_track_step_chosen(self, step_id: int) -> None:
        self.show_step(step_id)

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
        if step is not None:
            self._ctx.trash(step, f"the step “{step.display_title}”", self)

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
        name = plan.payer or plan.plan_name or "insurance"
        self._ctx.trash(plan, f"the {name} plan", self)

    def _open(self, dialog: Any) -> Any:
        """Show a form without blocking; it deletes itself when closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ jumping to a record
    def _on_signals_show_record(self, kind: RecordKind, record_id: int) -> None:
        if kind is RecordKind.STEP:
            self.show_step(record_id)
        elif kind is RecordKind.PLAN:
            self.show_plan(record_id)
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
        if kind is RecordKind.PLAN or (not self.show_step(record_id) and kind is None):
            self.show_plan(record_id)

    def show_step(self, step_id: int) -> bool:
        if not self._select_step_row(step_id):
            return False
        self.page_scroll.ensureWidgetVisible(self.step_table)
        self.step_table.setFocus()
        return True

    def show_plan(self, plan_id: int) -> bool:
        card = self.plan_cards.get(plan_id)
        if card is None:
            return False
        self.page_scroll.ensureWidgetVisible(card)
        card.edit_button.setFocus()
        return True
