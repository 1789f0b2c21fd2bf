"""Today: what can stop the therapy has its own look (a word and its own sign, not only colour),
is never folded behind "Show all", and says whom to call with their number."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyle, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import (
    Call,
    Plan,
    PlanType,
    Question,
    Request,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.services import Folder
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.overview.today_panel import SIGN_ROLE, STOP_COLOUR, STOP_ICON
from infusion_desk.ui.tabs.overview import OverviewTab
from tests.ui.conftest import TODAY
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

TAG = "Can stop the therapy"
AT_RISK = 7  # more than the five lines Today shows before "Show all"


def _fill(folder: Folder) -> int:
    """A plan with its phone; seven requests it waits on, overdue; an approval ending with no
    renewal; and call-backs and questions that come after them."""
    plan = folder.records.add(Plan(payer="Silverpine Health Plans", plan_type=PlanType.PART_D,
                                   member_phone="(888) 555-0143")).value
    for n in range(1, 4):
        folder.records.add(Call(called_at=datetime(2026, 11, 1, 9), organization="Brightwater",
                                summary=f"Call {n}", follow_up_on=TODAY - timedelta(days=n)))
        folder.records.add(Question(text=f"Question {n}?"))
    for n in range(1, AT_RISK):
        folder.records.add(Request(what=f"Form {n}", requested_by="Silverpine Health Plans",
                                   due_on=TODAY - timedelta(days=n)))
    step = folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.APPROVED,
                                   approved_from=date(2026, 11, 1), approved_to=date(2026, 12, 4),
                                   plan_id=plan.id)).value
    return step.id or 0


def _image(icon_item_row: int, tab: OverviewTab) -> QImage:
    item = tab.today_list.item(icon_item_row)
    return item.icon().pixmap(32, 32).toImage()


def test_what_can_stop_the_therapy_looks_different_and_is_never_folded_away(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    step_id = _fill(folder)
    tab = show_tab(OverviewTab(ctx), qtbot, tabs)
    panel = tab.today
    assert not panel.is_showing_all()
    # All seven show before "Show all", first, each with the words and its own sign.
    assert panel.tags() == [TAG] * AT_RISK
    assert panel.show_all_button.isVisibleTo(tab)
    assert panel.show_all_button.text() == f"Sho&w all ({AT_RISK + 6})"
    texts = panel.texts()
    assert texts[0] == ("Approval ends in 7 days (Fri, Dec 4): Prior authorization. Renew by "
                        "Fri, Nov 20, 7 days overdue (worked out from the approval's end "
                        "date). Call Silverpine Health Plans about renewing: "
                        "(888)\N{NO-BREAK SPACE}555-0143.")
    assert all(t.endswith("is waiting for it: (888)\N{NO-BREAK SPACE}555-0143.")
               for t in texts[1:])
    items = [tab.today_list.item(i) for i in range(tab.today_list.count())]
    assert {item.data(SIGN_ROLE) for item in items} == {"stop"}
    assert all(item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"{TAG}: ")
               for item in items)
    assert all(TAG in item.toolTip() for item in items)
    # Its own sign: the stop sign, not the warning triangle of an overdue line.
    assert STOP_ICON.is_file()
    warning = tab.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    assert _image(0, tab) != warning.pixmap(32, 32).toImage()
    assert not _image(0, tab).isNull()

    # Showing all adds the rest after them, plainer: no words, no stop sign.
    qtbot.mouseClick(panel.show_all_button, Qt.MouseButton.LeftButton)
    assert panel.tags() == [TAG] * AT_RISK + [""] * 6
    signs = [tab.today_list.item(i).data(SIGN_ROLE) for i in range(tab.today_list.count())]
    assert signs[AT_RISK:] == ["warning"] * 3 + ["question"] * 3
    assert panel.texts()[AT_RISK].startswith("Call Brightwater back — 3 days overdue")

    # The look is painted, and not by colour alone: a bar down the edge of the line, the word
    # above it. Sample the bar at the left edge of the first line and of a plain one.
    def rect(row: int) -> QRect:
        return tab.today_list.visualItemRect(tab.today_list.item(row))

    # The lines are laid out (and wrapped) again as the list grows: their places once it has.
    qtbot.waitUntil(lambda: tab.today_list.viewport().height() > rect(AT_RISK).bottom())
    first, plain = rect(0), rect(AT_RISK)
    picture = tab.today_list.viewport().grab().toImage()
    assert QColor(picture.pixelColor(first.left() + 2, first.center().y())) == STOP_COLOUR
    assert QColor(picture.pixelColor(plain.left() + 2, plain.center().y())) != STOP_COLOUR
    # The word takes a line of its own above the words.
    height = tab.today_list.fontMetrics().height()
    assert first.height() >= 2 * height

    # A line still opens its record.
    with qtbot.waitSignal(ctx.signals.show_record) as shown:
        qtbot.mouseClick(tab.today_list.viewport(), Qt.MouseButton.LeftButton,
                         pos=first.center())
    assert shown.args[1] == step_id


def test_a_renewal_under_way_takes_the_approval_out_of_the_first_kind(
        ctx: FolderContext, folder: Folder, tabs: list[QWidget], qtbot: QtBot) -> None:
    plan = folder.records.add(Plan(payer="Silverpine Health Plans",
                                   member_phone="(888) 555-0143")).value
    folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.APPROVED,
                            approved_to=date(2026, 12, 4), plan_id=plan.id))
    renewal = folder.records.add(Step(kind=StepKind.REAUTHORIZATION, plan_id=plan.id)).value
    tab = show_tab(OverviewTab(ctx), qtbot, tabs)
    assert tab.today.tags() == [TAG]
    renewal.status = StepStatus.IN_PROGRESS
    folder.records.update(renewal)
    qtbot.waitUntil(lambda: tab.today.tags() == [""])
    assert tab.today.texts() == [
        "Approval ends in 7 days (Fri, Dec 4): Prior authorization. Renew by Fri, Nov 20, "
        "7 days overdue (worked out from the approval's end date). The renewal is under way."]
    assert tab.today_list.item(0).data(SIGN_ROLE) == "warning"
