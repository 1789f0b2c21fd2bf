"""The ledger's rows and columns: what they asked for on the left, what we sent on the right.

"What we sent" can be read in two ways. With room to spare: *Sent on*, *How*, *To whom*,
*Confirmation number*, *Papers*. When room is short (large text, a small window): one *Sent* cell
("Nov 22 · Fax · to Meadowbrook") instead of the first three. The model has all of them; the tab
shows one set (see ``column_fit``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from infusion_desk.core import rules
from infusion_desk.core.dates import format_day, relative_due, relative_past
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.core.ledger_words import sent_summary, short_day
from infusion_desk.core.records import Document, Request, RequestState, Step
from infusion_desk.core.text import one_line
from infusion_desk.ui.models.table import Column, Index, RecordTableModel
from infusion_desk.ui.widgets.brushes import quiet_brush, warning_brush
from infusion_desk.ui.widgets.forms import plain_tip

NOT_SENT = QT_TRANSLATE_NOOP("LedgerModel", "— not sent yet —")  # translate when shown


def not_sent() -> str:
    """What an open request's right side says, in the language shown."""
    return translate("LedgerModel", "— not sent yet —")


def _not_sent_tip() -> str:
    return translate("LedgerModel", "Nothing sent yet. Use “Mark as sent…” when you send it.")


def _untitled() -> str:
    return translate("LedgerModel", "Untitled")

# Column numbers: the state, then the two sides of the paper note. SENT is the short form of
# SENT_ON + HOW + TO_WHOM, shown instead of them when room is short.
(STATE, ASKED_ON, ASKED_BY, WHAT, DUE_BY,
 SENT, SENT_ON, HOW, TO_WHOM, CONFIRMATION, PAPERS) = range(11)
ASKED_SIDE = (ASKED_ON, ASKED_BY, WHAT, DUE_BY)
SENT_SIDE = (SENT, SENT_ON, HOW, TO_WHOM, CONFIRMATION, PAPERS)
SHORT_ONLY = frozenset({SENT})  # shown only when room is short
LONG_ONLY = frozenset({SENT_ON, HOW, TO_WHOM})  # shown only with room to spare


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger, with what it derives from the rest of the folder."""

    request: Request
    state: RequestState
    position: int  # place in the ledger's reading order
    due_text: str  # "due in 3 days", "2 days overdue" ("" once sent)
    documents: tuple[Document, ...]
    step_title: str
    state_tip: str  # "2 days overdue", "Sent 3 days ago; not confirmed yet."
    sent_text: str = ""  # "Nov 22 · Fax · to Meadowbrook" ("" until sent)

    @property
    def id(self) -> int | None:
        return self.request.id

    @property
    def sent(self) -> bool:
        return self.request.submitted_on is not None


def build_rows(requests: Sequence[Request], documents: Sequence[Document],
               steps: Sequence[Step], today: date) -> list[LedgerRow]:
    """The ledger in its reading order: overdue, then open by due date, then newest sent."""
    by_id = {d.id: d for d in documents}
    step_titles = {s.id: s.display_title for s in steps}
    ordered = sorted(requests, key=lambda r: rules.ledger_order_key(r, today))
    rows = []
    for position, request in enumerate(ordered):
        state = rules.request_state(request, today)
        waiting = state in (RequestState.OPEN, RequestState.OVERDUE)
        due_text = relative_due(request.due_on, today) if waiting else ""
        rows.append(LedgerRow(
            request=request,
            state=state,
            position=position,
            due_text=due_text,
            documents=tuple(by_id[d] for d in request.document_ids if d in by_id),
            step_title=step_titles.get(request.step_id, "") if request.step_id else "",
            state_tip=state_words(request, state, due_text, today),
            sent_text=sent_summary(request, today),
        ))
    return rows


def state_words(request: Request, state: RequestState, due_text: str, today: date) -> str:
    """Where a request stands, in a sentence: "2 days overdue", "Sent yesterday; …"."""
    if due_text:
        return due_text[:1].upper() + due_text[1:]
    if state is RequestState.OPEN:
        return translate("LedgerModel", "Not sent yet; no due date.")
    if state is RequestState.OVERDUE:
        return translate("LedgerModel", "Overdue.")
    if state is RequestState.SENT:
        return translate("LedgerModel", "Sent {when}; not confirmed yet.").format(
            when=relative_past(request.submitted_on, today))
    return translate("LedgerModel", "They confirmed they have it ({when}).").format(
        when=relative_past(request.confirmed_on, today))


# ---------------------------------------------------------------------- looks
def state_icon(state: RequestState) -> QIcon | None:
    style = QApplication.style()
    if state is RequestState.OVERDUE:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if state is RequestState.CONFIRMED:
        return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
    return None


def table_day(day: date | None, today: date) -> str:
    """A date as the ledger's narrow columns show it: ``Nov 3`` this year, else ``Nov 3, 2025``.
    The full date (with the weekday) is in the tooltip and beside the list."""
    return short_day(day, today)


def _papers_text(row: LedgerRow) -> str:
    titles = [one_line(d.title or d.original_name or _untitled(), 40) for d in row.documents]
    if len(titles) <= 1:
        return titles[0] if titles else ""
    return translate("LedgerModel", "{count}: {titles}").format(count=len(titles),
                                                                titles=", ".join(titles))


def _papers_tooltip(row: LedgerRow) -> str:
    return plain_tip("\n".join(d.title or d.original_name or _untitled() for d in row.documents))


def _sent_tooltip(row: LedgerRow) -> str:
    if not row.sent:
        return _not_sent_tip()
    request = row.request
    lines = [translate("LedgerModel", "Sent on {day}").format(day=format_day(request.submitted_on))]
    if request.method is not None:
        lines.append(translate("LedgerModel", "How: {how}").format(how=request.method.label))
    if request.submitted_to.strip():
        lines.append(translate("LedgerModel", "To whom: {whom}").format(
            whom=request.submitted_to))
    return plain_tip("\n".join(lines))


def ledger_columns(clock: Callable[[], date]) -> list[Column]:
    def _date_text(day: date | None) -> str:
        return table_day(day, clock())

    def red_if_overdue(row: LedgerRow) -> QBrush | None:
        return warning_brush() if row.state is RequestState.OVERDUE else None

    def due_text(row: LedgerRow) -> str:
        day = _date_text(row.request.due_on)
        return f"{day}\n{row.due_text}" if day and row.due_text else day

    def quiet_until_sent(row: LedgerRow) -> QBrush | None:
        return None if row.sent else quiet_brush()

    not_sent_text, not_sent_tip = not_sent(), _not_sent_tip()
    return [
        Column(translate("LedgerModel", "Status"), lambda r: r.state.label,
               sort_key=lambda r: r.position, tooltip=lambda r: r.state_tip,
               icon=lambda r: state_icon(r.state), foreground=red_if_overdue,
               bold=lambda r: r.state is RequestState.OVERDUE,
               header_tooltip=translate(
                   "LedgerModel", "Open: not sent yet. Overdue: not sent, and the due date has "
                                  "passed. Sent: we sent it. Confirmed received: they told us "
                                  "they have it.")),
        Column(translate("LedgerModel", "Asked on"),
               lambda r: _date_text(r.request.requested_on),
               sort_key=lambda r: str(r.request.requested_on or ""),
               tooltip=lambda r: format_day(r.request.requested_on),
               header_tooltip=translate("LedgerModel",
                                        "What they asked for: the day they asked.")),
        Column(translate("LedgerModel", "Asked by"), lambda r: r.request.requested_by,
               tooltip=lambda r: plain_tip(r.request.requested_by),
               header_tooltip=translate("LedgerModel", "What they asked for: who asked.")),
        Column(translate("LedgerModel", "What"), lambda r: r.request.what,
               tooltip=lambda r: plain_tip(r.request.what),
               header_tooltip=translate("LedgerModel", "What they asked for.")),
        Column(translate("LedgerModel", "Due by"), due_text,
               sort_key=lambda r: str(r.request.due_on or "9999"),
               tooltip=lambda r: format_day(r.request.due_on), foreground=red_if_overdue,
               header_tooltip=translate("LedgerModel",
                                        "What they asked for: the day they need it by.")),
        Column(translate("LedgerModel", "Sent"),
               lambda r: r.sent_text if r.sent else not_sent_text,
               sort_key=lambda r: str(r.request.submitted_on or ""),
               tooltip=_sent_tooltip, foreground=quiet_until_sent,
               header_tooltip=translate(
                   "LedgerModel", "What we sent: the day we sent it, how, and to whom.")),
        Column(translate("LedgerModel", "Sent on"),
               lambda r: _date_text(r.request.submitted_on) if r.sent else not_sent_text,
               sort_key=lambda r: str(r.request.submitted_on or ""),
               tooltip=lambda r: (format_day(r.request.submitted_on) if r.sent
                                  else not_sent_tip),
               foreground=quiet_until_sent,
               header_tooltip=translate("LedgerModel", "What we sent: the day we sent it.")),
        Column(translate("LedgerModel", "How"),
               lambda r: r.request.method.label if r.request.method else "",
               header_tooltip=translate("LedgerModel",
                                        "What we sent: how (fax, online portal, mail…).")),
        Column(translate("LedgerModel", "To whom"), lambda r: r.request.submitted_to,
               tooltip=lambda r: plain_tip(r.request.submitted_to),
               header_tooltip=translate("LedgerModel", "What we sent: to whom.")),
        Column(translate("LedgerModel", "Confirmation number"),
               lambda r: r.request.confirmation_number,
               tooltip=lambda r: plain_tip(r.request.confirmation_number),
               header_tooltip=translate(
                   "LedgerModel", "What we sent: the number a fax machine, a website or a "
                                  "person gives you to show that it arrived.")),
        Column(translate("LedgerModel", "Papers"), _papers_text,
               sort_key=lambda r: len(r.documents), tooltip=_papers_tooltip,
               header_tooltip=translate(
                   "LedgerModel", "What we sent: the papers from the folder we included.")),
    ]


class LedgerModel(RecordTableModel):
    """The ledger's table: the shared model, with "— not sent yet —" in italics."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.column() in (SENT, SENT_ON) and index.row() < self.loaded_count
                and not self.row_object(index.row()).sent):
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)
