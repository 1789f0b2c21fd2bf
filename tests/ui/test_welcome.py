"""The welcome page: three big choices that grow with the text size, and recent folders that
read as people, not paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from infusion_desk.ui.welcome import (
    BUTTON_SCALE,
    DETAIL_ROLE,
    WelcomePage,
    changed_words,
    recent_detail,
)

TODAY = date(2026, 11, 27)


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QWidget]:
    window = QWidget()
    font = QFont(window.font())
    font.setPointSizeF(11)
    window.setFont(font)
    yield window
    window.close()
    window.deleteLater()


def _folder_file(tmp_path: Path, name: str, changed: datetime) -> Path:
    path = tmp_path / "Documents" / f"{name}.infusiondesk"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    os.utime(path, (changed.timestamp(), changed.timestamp()))
    return path


def test_the_three_choices_say_what_they_do(host: QWidget) -> None:
    page = WelcomePage([], host, today=lambda: TODAY)
    assert [b.text() for b in (page.new_button, page.open_button, page.demo_button)] == [
        "&Start a new folder for someone you care for…", "&Open a folder…",
        "&Look around with a demo folder"]
    assert page.new_button.toolTip()
    assert not page.recent_list.isVisibleTo(page)


def test_the_big_buttons_grow_with_the_text_size(host: QWidget, qtbot: QtBot) -> None:
    page = WelcomePage([], host, today=lambda: TODAY)
    host.show()
    qtbot.waitExposed(host)
    assert page.new_button.font().pointSizeF() == pytest.approx(11 * BUTTON_SCALE)
    normal_height = page.new_button.sizeHint().height()
    title = page.title.font().pointSizeF()
    # View > Text size 150 %: the window's font grows after the page was built.
    font = QFont(host.font())
    font.setPointSizeF(16.5)
    host.setFont(font)
    for button in (page.new_button, page.open_button, page.demo_button):
        assert button.font().pointSizeF() == pytest.approx(16.5 * BUTTON_SCALE)
    assert page.new_button.sizeHint().height() > normal_height
    assert page.title.font().pointSizeF() == pytest.approx(title * 1.5)


def test_recent_folders_read_as_a_name_and_a_quiet_second_line(
        host: QWidget, tmp_path: Path, qtbot: QtBot) -> None:
    walter = _folder_file(tmp_path, "Walter Brennan", datetime(2026, 11, 20, 15, 0))
    ruth = _folder_file(tmp_path, "Ruth Hale", datetime(2025, 12, 30, 9, 0))
    page = WelcomePage([walter, ruth], host, today=lambda: TODAY)
    host.show()
    qtbot.waitExposed(host)
    items = [page.recent_list.item(i) for i in range(page.recent_list.count())]
    assert [i.text() for i in items] == ["Walter Brennan", "Ruth Hale"]
    folder = walter.parent
    assert [i.data(DETAIL_ROLE) for i in items] == [
        f"last changed Nov 20 · {folder}", f"last changed Dec 30, 2025 · {folder}"]
    # Two lines with room around them, and the box shows every row.
    row = page.recent_list.sizeHintForRow(0)
    assert row >= 2 * page.recent_list.fontMetrics().height() + 12
    assert page.recent_list.height() >= 2 * row
    with qtbot.waitSignal(page.recent_chosen) as chosen:
        page.recent_list.setCurrentRow(1)
        qtbot.keyClick(page.recent_list, Qt.Key.Key_Return)
    assert chosen.args == [ruth]


def test_when_a_folder_last_changed_reads_like_speech(tmp_path: Path) -> None:
    assert changed_words(TODAY, TODAY) == "today"
    assert changed_words(date(2026, 11, 26), TODAY) == "yesterday"
    assert changed_words(date(2026, 3, 2), TODAY) == "Mar 2"
    assert changed_words(date(2025, 3, 2), TODAY) == "Mar 2, 2025"
    missing = tmp_path / "gone.infusiondesk"
    assert recent_detail(missing, TODAY) == str(tmp_path)
