"""The Overview and the deadline form as a caregiver finds them on a 1366×768 screen (issue 15):
in English and in Spanish, with text at 100, 150 and 200 %: every button and list named for a
screen reader, every target at least 32 px, nothing cut off and nothing scrolling sideways, and
in Spanish no English left of the Overview's own words.

The words other parts make (a Today line's sentence, a deadline's date and rule, the step track's
words, an enum's label) are theirs to translate and check: they are left out here by asking
those parts for them, so that this test checks the Overview's own words only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pytest
from a11y_checks import (
    WINDOW,
    at_text_scale,
    english_left,
    scrolls_sideways,
    small_targets,
    unnamed_interactive,
    visible_texts,
)
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.deadline_words import by_words, source_note, where_from
from infusion_desk.core.deadlines import TO_DO, DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.records import Plan, PlanType, Profile, Step, StepKind, StepStatus
from infusion_desk.core.today_words import tag_of, today_line
from infusion_desk.services import Folder
from infusion_desk.services.first_look import FirstScreen
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.deadlines.deadline_dialog import DeadlineDialog
from infusion_desk.ui.overview.first_look import FirstLookPage
from infusion_desk.ui.tabs.overview import OverviewTab
from tests.ui.conftest import TODAY
from tests.ui.tab_helpers import show_tab

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

# The room the Overview gets in a maximized window on a 1366×768 screen (tab bar, header and
# status line taken off), at each text size.
TAB_SIZE = {100: (1342, 594), 150: (1342, 562), 200: (1342, 525)}
KEPT_AS_WRITTEN = ("Harborline Mutual Insurance", "Medicare", "Dr. Okafor", "Rosa Martínez")


def _fill(folder: Folder) -> None:
    """A folder typed in Spanish: the patient, a plan, a step, and deadlines overdue, near and
    done."""
    profile = folder.profile()
    profile.patient_name = "Rosa Martínez"
    profile.therapy = "Ertapenem 1 g por vía intravenosa"
    profile.allergies = "Penicilina (sarpullido)"
    profile.notes = "Su hija Dana hace las llamadas entre semana."
    folder.records.save_profile(profile)
    folder.records.add(Plan(payer="Harborline Mutual Insurance",
                            plan_type=PlanType.MEDICARE_ADVANTAGE, member_id="HMI-448120"))
    folder.records.add(Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.IN_PROGRESS,
                            title="Ertapenem en casa"))
    deadlines = folder.deadlines
    deadlines.add(Deadline(DeadlinePurpose.OTHER, date(2026, 11, 20), DateSource.TYPED,
                           "Mandar el formulario firmado", to_do="Enviarlo por fax",
                           concerns="Dr. Okafor"))
    deadlines.add(Deadline(DeadlinePurpose.OTHER, date(2026, 11, 29), DateSource.TYPED,
                           "Llamar a la farmacia por los suministros"))
    done = deadlines.add(Deadline(DeadlinePurpose.OTHER, date(2026, 11, 25), DateSource.TYPED,
                                  "Pedir la carta de la aprobación")).value
    assert done.id is not None
    deadlines.set_done(done.id, True)


def _theirs(tab: OverviewTab, ctx: FolderContext) -> list[str]:
    """The words other parts make, as they make them now (they check their own)."""
    folder = ctx.folder
    items, calls = folder.today_with_calls(TODAY)
    words = [today_line(i, TODAY, calls.get(i.record_id)) for i in items]
    words += [tag_of(i) for i in items]
    for deadline in folder.deadlines.all():
        words += [by_words(deadline), source_note(deadline), TO_DO[deadline.purpose]]
        where = where_from(deadline)
        words += [where[:1].upper() + where[1:]]
    for plan in folder.plans():
        words += [plan.plan_type.label, plan.rank.label]
    words += [text for _where, text in visible_texts(tab.step_track)]
    return words


@dataclass
class Screen:
    """The Overview of a filled folder shown at a text size, in a language."""

    tab: OverviewTab
    ctx: FolderContext
    language: str
    scale: int


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=[100, 150, 200])
def scale(request: pytest.FixtureRequest) -> int:
    return int(request.param)


@pytest.fixture
def screen(request: pytest.FixtureRequest, language: str, scale: int,
           ctx: FolderContext) -> Screen:
    qtbot: QtBot = request.getfixturevalue("qtbot")
    tabs: list[QWidget] = request.getfixturevalue("tabs")
    if language == "es":
        request.getfixturevalue("spanish")
    at_text_scale(scale)
    _fill(ctx.folder)
    tab = show_tab(OverviewTab(ctx), qtbot, tabs, size=TAB_SIZE[scale])
    page = tab.page_scroll.widget()
    qtbot.waitUntil(lambda: page is not None and page.width() > 0)
    return Screen(tab, ctx, language, scale)


def cut_off(root: QWidget) -> list[str]:
    """Words cut off: a wrapped label shorter than its lines, a one-line label or a button
    narrower than its text, or a widget that reaches past the right edge of ``root``."""
    found = []
    right = root.width()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed:
                    found.append(f"label {widget.text()[:40]!r}: {widget.height()} < {needed}")
            elif widget.width() < widget.sizeHint().width():
                found.append(f"label {widget.text()[:40]!r} is narrower than its words")
        if isinstance(widget, QAbstractButton) and widget.text() \
                and widget.width() < widget.sizeHint().width():
            found.append(f"button {widget.text()!r}: {widget.width()} < "
                         f"{widget.sizeHint().width()}")
        left = widget.mapTo(root, widget.rect().topLeft()).x()
        if left + widget.width() > right + 1:
            found.append(f"{type(widget).__name__} {left}+{widget.width()} past {right}")
    return found


def _settled(qtbot: QtBot, tab: OverviewTab) -> list[str]:
    page = tab.page_scroll.widget()
    assert page is not None
    problems: list[str] = []

    def calm() -> bool:
        problems[:] = [*cut_off(page), *scrolls_sideways(tab)]
        return not problems

    with contextlib.suppress(AssertionError):
        qtbot.waitUntil(calm, timeout=3000)
    return problems


def _allowing(*texts: Iterable[str]) -> list[str]:
    """Texts to leave out of the check, the longest first (a name inside a sentence left out
    first would leave the rest of the sentence unmatched)."""
    return sorted({t for group in texts for t in group if t}, key=len, reverse=True)


def test_the_overview_fits_is_named_and_speaks_her_language(screen: Screen,
                                                            qtbot: QtBot) -> None:
    tab = screen.tab
    tab.deadlines.show_done_button.setChecked(True)  # the done ones too
    assert _settled(qtbot, tab) == []
    today = tab.today_list
    rows = [today.visualRect(today.model().index(row, 0)) for row in range(today.count())]
    assert rows and all(r.bottom() < today.viewport().height() for r in rows)  # none cut
    assert unnamed_interactive(tab) == []
    assert small_targets(tab) == []
    if screen.language == "es":
        assert tab.today_list.accessibleName() == "Hoy: lo que necesita de usted"
        assert english_left(tab, allow=_allowing(KEPT_AS_WRITTEN,
                                                 _theirs(tab, screen.ctx))) == []


def test_the_deadline_form_fits_is_named_and_speaks_her_language(screen: Screen,
                                                                 qtbot: QtBot) -> None:
    """Adding a deadline and changing one (with where its date came from). The date field is
    the forms' own (``ui/widgets``), checked where it is made: left out here."""
    panel = screen.tab.deadlines
    first = next(iter(panel.cards))
    for dialog in (panel.add_deadline(), panel.edit_deadline(first)):
        assert isinstance(dialog, DeadlineDialog)
        qtbot.waitExposed(dialog)
        assert dialog.width() <= WINDOW[0] and dialog.height() <= WINDOW[1]
        assert cut_off(dialog) == []
        field = dialog.due
        assert _outside(unnamed_interactive(dialog), unnamed_interactive(field)) == []
        assert _outside(small_targets(dialog), small_targets(field)) == []
        if screen.language == "es":
            deadline = panel.cards[first].deadline
            where = where_from(deadline)
            theirs = [text for _where, text in visible_texts(field)]
            theirs += [where[:1].upper() + where[1:], *TO_DO.values()]
            assert english_left(dialog, allow=_allowing(KEPT_AS_WRITTEN, theirs)) == []
        dialog.reject()


def _outside(found: list[str], inside: list[str]) -> list[str]:
    return [f for f in found if f not in inside]


def test_the_first_look_speaks_her_language(spanish: None, ctx: FolderContext, qtbot: QtBot,
                                           tabs: list[QWidget]) -> None:
    """The patient and Today shown while the folder opens: in Spanish, the list named."""
    _fill(ctx.folder)
    page = show_tab(FirstLookPage("Rosa Martínez"), qtbot, tabs, size=TAB_SIZE[100])
    assert page.note.text() == "Abriendo la carpeta…"
    items, calls = ctx.folder.today_with_calls(TODAY)
    page.fill(FirstScreen(TODAY, [], {}, [], Profile(), []))
    assert page.today_list.item(0).text() == "Hoy no hay nada pendiente para usted."
    assert english_left(page) == []
    page.fill(FirstScreen(TODAY, items, calls, [], Profile(), []))
    theirs = [today_line(i, TODAY, calls.get(i.record_id)) for i in items]
    assert page.today_list.count() == len(items)
    assert unnamed_interactive(page) == []
    assert english_left(page, allow=_allowing(KEPT_AS_WRITTEN, theirs)) == []
