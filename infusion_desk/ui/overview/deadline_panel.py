"""The Overview's deadlines: every deadline not done, soonest first (overdue ones say so in
words), the done ones folded away, and *Add a deadline…*. Each change is one operation of
``folder.deadlines`` made through the folder's context, so Undo takes it back; a folder open for
reading only turns the buttons off."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infusion_desk.core.deadlines import Deadline
from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.text import one_line
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.deadlines.deadline_card import CARD_STYLE, DeadlineCard
from infusion_desk.ui.deadlines.deadline_dialog import DeadlineDialog
from infusion_desk.ui.deadlines.deadline_text import CameFrom, came_from
from infusion_desk.ui.deadlines.lead_time import LeadTimeRow
from infusion_desk.ui.editing import editing
from infusion_desk.ui.overview.page import big_target
from infusion_desk.ui.widgets.forms import heading, plain_label
from infusion_desk.ui.widgets.proxy_selection import open_form


class DeadlinePanel(QWidget):
    """The list of deadlines on the Overview. ``card_shown(card)``: a card was chosen from
    outside (Today) and should be scrolled into sight."""

    card_shown = Signal(object)
    rebuilt = Signal()  # the cards were made again (the page sets its Tab order again)

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.cards: dict[int, DeadlineCard] = {}
        self._chosen: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(heading(translate("DeadlinePanel", "Deadlines"), self, scale=1.2))
        self.hint = plain_label(translate(
            "DeadlinePanel", "Dates that cannot be missed: appeals, renewals, promised "
            "call-backs."), self)
        top.addWidget(self.hint, 1)
        layout.addLayout(top)
        self.lead_time = LeadTimeRow(ctx, self)
        layout.addWidget(self.lead_time)
        self.empty = plain_label(translate(
            "DeadlinePanel", "No deadlines. When you file a denial, the appeal deadline is "
            "worked out and shown here; you can also add one."), self)
        layout.addWidget(self.empty)
        self._open_area = QVBoxLayout()
        self._open_area.setSpacing(8)
        layout.addLayout(self._open_area)
        row = QHBoxLayout()
        self.add_button = editing(QPushButton(
            translate("DeadlinePanel", "Add a &deadline…"), self))
        self.add_button.setToolTip(translate(
            "DeadlinePanel", "A date that must not be missed, such as one a letter or a phone "
            "call gave you"))
        self.add_button.clicked.connect(lambda _c=False: self.add_deadline())
        self.show_done_button = QPushButton("", self)
        self.show_done_button.setCheckable(True)
        self.show_done_button.toggled.connect(self._on_show_done_button_toggled)
        big_target(self.add_button, self.show_done_button)
        row.addWidget(self.add_button)
        row.addWidget(self.show_done_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._done_area = QVBoxLayout()
        self._done_area.setSpacing(8)
        layout.addLayout(self._done_area)
        self.setAccessibleName(translate("DeadlinePanel", "Deadlines"))
        self.setStyleSheet(CARD_STYLE)
        self._shown: tuple[object, ...] | None = None  # what the cards show, to skip a redo

    # ------------------------------------------------------------------ showing
    def refresh(self) -> None:
        """Read the deadlines and what each came from (one connection, one snapshot), then
        show them."""
        folder = self._ctx.folder
        try:
            with folder.one_read():
                deadlines = folder.deadlines.all()
                origins = {d.id: came_from(folder, d) for d in deadlines}
                lead_days = folder.deadlines.renewal_lead_days()
        except FolderError as exc:
            self._ctx.say(exc.message)
            return
        self.show_deadlines(deadlines, origins, lead_days)

    def show_deadlines(self, deadlines: list[Deadline],
                       origins: dict[int | None, CameFrom | None],
                       lead_days: int | None = None) -> None:
        """Show these deadlines (and the folder's lead time to renew, when given)."""
        if lead_days is not None:
            self.lead_time.show_days(lead_days, not self._ctx.read_only)
        today = self._ctx.today()
        shown = (today, self._ctx.read_only, tuple(deadlines),
                 tuple((o.record, o.words) if o else None for o in origins.values()))
        if shown == self._shown:
            return  # nothing she would see changed (e.g. another letter was imported)
        self._shown = shown
        for card in self.cards.values():
            card.hide()
            card.deleteLater()
        self.cards = {}
        writable = not self._ctx.read_only
        open_ones = [d for d in deadlines if not d.done]
        done_ones = [d for d in deadlines if d.done]
        for deadline in [*open_ones, *done_ones]:
            assert deadline.id is not None
            card = DeadlineCard(deadline, today, origins.get(deadline.id), self)
            self._connect(card)
            card.set_writable(writable)
            card.set_chosen(deadline.id == self._chosen)
            (self._done_area if deadline.done else self._open_area).addWidget(card)
            card.setVisible(not deadline.done or self.show_done_button.isChecked())
            self.cards[deadline.id] = card
        self.empty.setVisible(not open_ones)
        self.hint.setVisible(bool(open_ones))
        self.add_button.setEnabled(writable)
        self.show_done_button.setVisible(bool(done_ones))
        self._name_show_done_button()
        self.rebuilt.emit()

    def focus_chain(self) -> list[QWidget]:
        """The panel's widgets in reading order: the lead time, the cards to do (each card, then
        its buttons), Add and Show the done ones, then the done cards."""
        def of(done: bool) -> list[QWidget]:
            return [w for c in self.cards.values() if c.deadline.done is done
                    for w in (c, c.open_button, c.edit_button, c.done_button, c.remove_button)]

        return [self.lead_time.days, *of(False), self.add_button, self.show_done_button,
                *of(True)]

    def _connect(self, card: DeadlineCard) -> None:
        d = card.deadline
        assert d.id is not None
        ident = d.id
        actions: list[tuple[QPushButton, Callable[[], object]]] = [
            (card.open_button, lambda: self.open_came_from(ident)),
            (card.edit_button, lambda: self.edit_deadline(ident)),
            (card.done_button, lambda: self.set_done(ident, not d.done)),
            (card.remove_button, lambda: self.remove(ident)),
        ]
        for button, slot in actions:
            button.clicked.connect(lambda _c=False, s=slot: s())

    def _on_show_done_button_toggled(self, on: bool) -> None:
        for card in self.cards.values():
            if card.deadline.done:
                card.setVisible(on)
        self._name_show_done_button()

    def _name_show_done_button(self) -> None:
        if self.show_done_button.isChecked():
            self.show_done_button.setText(translate("DeadlinePanel", "Hide the done &ones"))
            self.show_done_button.setAccessibleName(translate(
                "DeadlinePanel", "Hide the deadlines already done"))
            return
        done = sum(c.deadline.done for c in self.cards.values())
        self.show_done_button.setText(
            translate("DeadlinePanel", "Show the done &ones ({0})").format(done))
        self.show_done_button.setAccessibleName(translate(
            "DeadlinePanel", "Show the %n deadlines already done", None, done))

    def texts(self) -> list[str]:
        """Each shown card's words, top to bottom (open ones first)."""
        return [" | ".join(label.text() for label in (
            c.overdue_label, c.when_label, c.title_label, *c.lines) if label.isVisibleTo(c))
            for c in self.cards.values() if c.isVisibleTo(self)]

    def show_deadline(self, deadline_id: int) -> bool:
        """Choose a deadline's card (asked for from Today or a search) and bring it into sight."""
        self._chosen = deadline_id
        card = self.cards.get(deadline_id)
        if card is None:
            self.refresh()
            card = self.cards.get(deadline_id)
        if card is None:
            return False
        if card.deadline.done and not self.show_done_button.isChecked():
            self.show_done_button.setChecked(True)
        for other in self.cards.values():
            other.set_chosen(other is card)
        card.setFocus()
        self.card_shown.emit(card)
        return True

    # ------------------------------------------------------------------ acting
    def open_came_from(self, deadline_id: int) -> None:
        card = self.cards.get(deadline_id)
        if card is not None and card.came_from is not None:
            self._ctx.open_record(card.came_from.record)

    def add_deadline(self) -> DeadlineDialog:
        return open_form(DeadlineDialog(self._ctx, None, self))

    def edit_deadline(self, deadline_id: int) -> DeadlineDialog | None:
        card = self.cards.get(deadline_id)
        if card is None or self._ctx.read_only:
            return None
        return open_form(DeadlineDialog(self._ctx, card.deadline, self))

    def set_done(self, deadline_id: int, done: bool) -> None:
        deadlines, card = self._ctx.folder.deadlines, self.cards.get(deadline_id)
        seen = card.deadline.version if card is not None else 0  # (as the card showed it)
        self._ctx.perform(lambda: deadlines.set_done(deadline_id, done, version=seen), self,
                          label=translate("DeadlinePanel", "Mark a deadline done") if done
                          else translate("DeadlinePanel", "Put a deadline back to do"),
                          offer_undo=True)

    def remove(self, deadline_id: int) -> None:
        card = self.cards.get(deadline_id)
        deadlines = self._ctx.folder.deadlines
        title = one_line(card.deadline.title, 50) if card is not None else ""
        self._ctx.perform(lambda: deadlines.remove(deadline_id), self,
                          label=translate("DeadlinePanel", "Remove a deadline"),
                          say=translate("DeadlinePanel",
                                        "Moved the deadline “{0}” to the trash.").format(title),
                          offer_undo=True)
