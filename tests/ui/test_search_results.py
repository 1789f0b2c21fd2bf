"""Search results are a wide list whose lines are shown whole; one click or Enter opens the result
under the pointer or the one selected, never another (Enter after a click once opened a different
record, and one click only highlighted)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from infusion_desk.core.records import Call, Profile
from infusion_desk.core.search import SearchHit
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.search_panel import HIT_ROLE, SearchResults
from infusion_desk.ui.settings import AppSettings
from tests.ui.window_helpers import opened

TODAY = date(2026, 11, 27)
ORGANIZATIONS = ("Harborline Mutual Insurance Company of the Northeast", "Sunrise Home Infusion",
                 "Valley Infusion Pharmacy")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        for number, organization in enumerate(ORGANIZATIONS):
            folder.records.add(Call(organization=organization, reference_number=f"RX-{number}",
                                    summary="Talked about the infusion pump and the prior "
                                            "authorization that is still waiting for the "
                                            "signed plan of care from the doctor's office"))
    paths = app_paths()
    win = MainWindow(AppSettings(paths.settings_file), paths, clock=lambda: TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    assert opened(qtbot, win, path)
    yield win
    win.close()


def results_for(qtbot: QtBot, window: MainWindow, text: str) -> SearchResults:
    assert window.view is not None
    results = window.view.results
    window.view.search_field.setText(text)
    qtbot.waitUntil(lambda: results.list.count() == len(ORGANIZATIONS) and not results.searching)
    qtbot.waitUntil(results.isVisible)
    return results


def opened_records(results: SearchResults) -> list[SearchHit]:
    chosen: list[SearchHit] = []
    results.hit_chosen.connect(chosen.append)
    return chosen


def click_row(qtbot: QtBot, view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_results_are_a_wide_list_with_whole_lines(qtbot: QtBot, window: MainWindow) -> None:
    results = results_for(qtbot, window, "infusion pump")
    assert window.view is not None
    room = window.view.splitter.width()
    assert results.width() >= 0.35 * room, (results.width(), room)  # not a 110 px strip
    assert results.width() >= 400
    view = results.list
    for row in range(view.count()):
        item = view.item(row)
        shown = view.visualItemRect(item)
        needed = QFontMetrics(view.font()).boundingRect(
            0, 0, view.viewport().width() - 8, 10_000, Qt.TextFlag.TextWordWrap, item.text())
        assert shown.height() >= needed.height(), f"row {row} is cut: {item.text()!r}"
        assert shown.width() <= view.viewport().width()  # nothing hides to the right
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_one_click_opens_the_result_under_the_pointer(qtbot: QtBot, window: MainWindow) -> None:
    results = results_for(qtbot, window, "infusion pump")
    chosen = opened_records(results)
    click_row(qtbot, results.list, 2)
    under_pointer = results.list.item(2).data(HIT_ROLE)
    assert [hit.record_id for hit in chosen] == [under_pointer.record_id]
    assert window.view is not None
    qtbot.waitUntil(lambda: window.view is not None
                    and window.view.tabs.currentWidget() is window.view.calls)


def test_enter_after_a_click_opens_the_one_clicked(qtbot: QtBot, window: MainWindow) -> None:
    results = results_for(qtbot, window, "infusion pump")
    clicked = results.list.item(1).data(HIT_ROLE)
    chosen = opened_records(results)
    click_row(qtbot, results.list, 1)
    results.list.setFocus()
    qtbot.keyClick(results.list, Qt.Key.Key_Return)
    assert [hit.record_id for hit in chosen] == [clicked.record_id, clicked.record_id]
    # the list made again (a change in the folder, a newer search): still the one she chose
    with qtbot.waitSignal(results.shown, timeout=10_000):
        results.refresh()
    assert results.list.currentRow() == 1
    assert window.view is not None
    qtbot.keyClick(window.view.search_field, Qt.Key.Key_Return)
    assert [hit.record_id for hit in chosen][-1] == clicked.record_id
    assert len(chosen) == 3


def test_enter_in_the_field_opens_the_one_selected_with_the_arrows(
        qtbot: QtBot, window: MainWindow) -> None:
    results = results_for(qtbot, window, "infusion pump")
    assert window.view is not None
    field = window.view.search_field
    chosen = opened_records(results)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    selected = results.list.currentItem().data(HIT_ROLE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [hit.record_id for hit in chosen] == [selected.record_id]
    assert results.list.currentRow() == 2


def test_the_results_speak_spanish(qtbot: QtBot, spanish: None, window: MainWindow) -> None:
    results = results_for(qtbot, window, "infusion pump")
    assert results.title.text() == "3 resultados para “infusion pump”"
    # (the kind of record, "Call", is the core's word: RecordKind's label)
    assert results.list.accessibleName() == "Resultados de la búsqueda"


def test_a_double_click_opens_it_once_and_a_click_is_not_opened_twice(
        qtbot: QtBot, window: MainWindow) -> None:
    results = results_for(qtbot, window, "infusion pump")
    view = results.list
    chosen = opened_records(results)
    click_row(qtbot, view, 1)  # a double click: a click, then the double click itself
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.visualItemRect(view.item(1)).center())
    assert [hit.record_id for hit in chosen] == [view.item(1).data(HIT_ROLE).record_id]
    view.itemActivated.emit(view.item(0))  # activated another way (not by a click): opened
    assert chosen[-1].record_id == view.item(0).data(HIT_ROLE).record_id
    chosen.clear()
    click_row(qtbot, view, 2)
    view.itemActivated.emit(view.item(2))  # a style that activates on a single click
    assert [hit.record_id for hit in chosen] == [view.item(2).data(HIT_ROLE).record_id]
