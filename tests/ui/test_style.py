"""The app-wide style (issue 15, points 3, 4 and 6): every standard target at least 32×32 px at
100 % text, a checkbox's words tick it, the focus always visible as a ring, and WCAG 2.2 AA
contrast for the text of the light and the dark palette and for every colour the code sets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from a11y_checks import MINIMUM_TARGET, small_targets
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

import infusion_desk.ui
from infusion_desk.core.records import Call, Profile, Request
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.ui.main_window import MainWindow
from infusion_desk.ui.settings import AppSettings
from infusion_desk.ui.style import AppLook, applied, apply_style
from infusion_desk.ui.style.colours import DECORATIONS, PAINTED, written_colours
from infusion_desk.ui.style.contrast import TEXT, over, parse, ratio
from infusion_desk.ui.style.palette import (
    dark_palette,
    failing,
    light_palette,
    readable_palette,
    rgb,
)
from infusion_desk.ui.style.targets import focus_colour
from infusion_desk.ui.widgets.brushes import warning_brush
from tests.ui.window_helpers import opened

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
UI = Path(infusion_desk.ui.__file__).parent


@pytest.fixture
def look(qapp: QApplication) -> Iterator[AppLook]:
    already = applied(qapp)
    made = apply_style(qapp)
    yield made
    if already is None:
        made.remove()


def every_kind_of_target() -> QMainWindow:
    window = QMainWindow()
    menu = window.menuBar().addMenu("&File")
    menu.addAction("&Open folder…")
    menu.addSeparator()
    menu.addAction("&Quit")
    page = QWidget()
    layout = QVBoxLayout(page)
    icon_only = QToolButton()
    icon_only.setAccessibleName("Help")
    combo = QComboBox()
    combo.addItems(["Fax", "Mail"])
    listed = QListWidget()
    listed.addItems(["Chart notes", "Plan of care"])
    table = QTableWidget(2, 2)
    date_field = QDateEdit(QDate(2026, 11, 27))
    for widget in (QPushButton("&Save"), icon_only, QCheckBox("Sent by &fax"),
                   QRadioButton("&Mail"), combo, QLineEdit(), QSpinBox(), date_field, listed,
                   table):
        layout.addWidget(widget)
    tabs = QTabWidget()
    tabs.addTab(page, "&Calls")
    tabs.addTab(QWidget(), "&Documents")
    window.setCentralWidget(tabs)
    window.resize(900, 700)
    return window


def test_every_standard_target_is_at_least_32_px(qtbot: QtBot, qapp: QApplication) -> None:
    before = applied(qapp)
    if before is not None:  # a run that starts every test with the app's style
        before.remove()
    try:
        plain = every_kind_of_target()  # the desktop's own style: several are too small
        qtbot.addWidget(plain)
        plain.show()
        assert len(small_targets(plain)) >= 5
        look = apply_style(qapp)
        window = every_kind_of_target()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert small_targets(window) == []
        menu = window.menuBar().actions()[0].menu()
        assert isinstance(menu, QMenu)
        menu.popup(window.mapToGlobal(QPoint(0, 0)))
        qtbot.waitExposed(menu)
        heights = [menu.actionGeometry(a).height() for a in menu.actions() if not a.isSeparator()]
        assert min(heights) >= MINIMUM_TARGET
        menu.close()
    finally:
        if before is None and (look := applied(qapp)) is not None:
            look.remove()
        elif before is not None:
            apply_style(qapp)


def test_a_checkbox_is_ticked_by_its_words_and_the_space_round_them(
        qtbot: QtBot, look: AppLook) -> None:
    box = QCheckBox("Sent by fax")
    qtbot.addWidget(box)
    box.resize(400, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    assert box.height() >= MINIMUM_TARGET
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 5, 2))
    assert box.isChecked()  # far right of the words, at the top edge of the row
    words_at = box.fontMetrics().height() + 40
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(words_at, box.height() // 2))
    assert not box.isChecked()


def _pixel_near(widget: QWidget, colour: QColor) -> bool:
    """Whether the ring's colour is painted on ``widget``'s left edge."""
    parent = widget.parentWidget()
    assert parent is not None
    image = parent.grab().toImage()
    x = widget.x() + 1
    for y in range(widget.y() + 4, widget.y() + widget.height() - 4):
        found = image.pixelColor(x, y)
        if max(abs(found.red() - colour.red()), abs(found.green() - colour.green()),
               abs(found.blue() - colour.blue())) < 40:
            return True
    return False


def test_the_focus_ring_follows_the_keyboard(qtbot: QtBot, look: AppLook) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(20, 20, 20, 20)
    first, second, box = QLineEdit(), QPushButton("&Save"), QCheckBox("Sent by &fax")
    for widget in (first, second, box):
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: look.ring.around() is first)
    seen = []
    for widget in (second, box):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda w=widget: look.ring.around() is w)
        seen.append(_pixel_near(widget, focus_colour(widget.palette())))
    assert seen == [True, True]
    assert not _pixel_near(first, focus_colour(first.palette()))  # the ring moved away


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_every_text_colour_of_the_palette_reads(palette: object) -> None:
    made = palette()  # type: ignore[operator]
    fixed = readable_palette(made)
    assert failing(fixed) == []
    # Only what fell short moved: the words on the window stay the desktop's own.
    assert fixed.color(QPalette.ColorRole.WindowText) == made.color(QPalette.ColorRole.WindowText)


def test_the_desktop_light_palette_needed_it() -> None:
    short = failing(light_palette())
    assert any("HighlightedText on Highlight" in line for line in short)  # 3.7:1 selected rows
    assert any("PlaceholderText" in line for line in short)  # 4.0:1 hints and quiet rows


def test_the_app_starts_with_a_readable_palette(look: AppLook, qapp: QApplication) -> None:
    assert failing(qapp.palette()) == []


def _colour(value: str, palette: QPalette) -> tuple[int, int, int]:
    """A colour of the list (``colours.py``) on ``palette``; layers laid bottom first."""
    seen = (255, 255, 255)
    for layer in reversed([part.strip() for part in value.split(" over ")]):
        name, _, alpha = layer.partition("/")
        if name.startswith("palette("):
            role = "".join(w.capitalize() for w in name[8:-1].split("-"))
            colour = rgb(palette.color(getattr(QPalette.ColorRole, role)))
        elif name == "warning":
            colour = rgb(warning_brush().color())
        else:
            qt = QColor(name)
            assert qt.isValid(), name
            colour = rgb(qt)
        if alpha:
            colour = (*colour[:3], int(alpha))
        seen = over(colour, seen)
    return seen


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_every_colour_the_code_sets_reads(qapp: QApplication, palette: object) -> None:
    fixed = readable_palette(palette())  # type: ignore[operator]
    before = QPalette(qapp.palette())
    qapp.setPalette(fixed)  # warning_brush() reads the app's palette
    try:
        short = [f"{p.where}: {ratio(_colour(p.ink, fixed), _colour(p.ground, fixed)):.2f}:1 "
                 f"(needs {p.goal})" for p in PAINTED
                 if ratio(_colour(p.ink, fixed), _colour(p.ground, fixed)) < p.goal]
    finally:
        qapp.setPalette(before)
    assert short == []


COLOUR_IN_CODE = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\"([a-z]+)\"\)"
                            r"|QColor\((\d+),\s*(\d+),\s*(\d+)")


def test_every_colour_written_in_the_window_code_is_checked() -> None:
    known = written_colours()
    missing = []
    for path in sorted(UI.rglob("*.py")):
        if "style" in path.relative_to(UI).parts:
            continue
        for match in COLOUR_IN_CODE.finditer(path.read_text(encoding="utf-8")):
            if match.group(2):
                colour = "#" + "".join(f"{int(match.group(n)):02x}" for n in (2, 3, 4))
            else:
                colour = (match.group(1) or match.group(0)).lower()
            if colour not in known:
                missing.append(f"{path.relative_to(UI)}: {colour}")
    assert missing == [], "add these to ui/style/colours.py (PAINTED or DECORATIONS)"
    assert all(d.why for d in DECORATIONS)


def test_contrast_arithmetic_matches_wcag() -> None:
    assert round(ratio(parse("#000000"), parse("#ffffff")), 1) == 21.0
    assert round(ratio(parse("#767676"), parse("#ffffff")), 2) == 4.54  # the known AA grey
    assert ratio(parse("#777777"), parse("#ffffff")) < TEXT
    assert over((0, 0, 0, 128), (255, 255, 255)) == (127, 127, 127)


def test_the_ring_shows_round_every_stop_of_the_keyboard_in_the_window(
        qtbot: QtBot, look: AppLook, tmp_path: Path) -> None:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        folder.records.add(Request(what="Signed plan of care", due_on=date(2026, 11, 20)))
        folder.records.add(Call(organization="Sunrise Home Infusion", reference_number="SR-9"))
    window = MainWindow(AppSettings(app_paths().settings_file), app_paths(),
                        clock=lambda: date(2026, 11, 27))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    assert opened(qtbot, window, path)
    window.activateWindow()
    assert window.view is not None
    window.view.tabs.tabBar().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    missed, stops = [], set()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None
        stops.add(widget)
        if widget.isWindow():
            continue

        def ringed(widget: QWidget = widget) -> bool:
            frame = look.ring.frame
            return (look.ring.around() is widget and frame is not None
                    and frame.isVisibleTo(widget.window()))

        try:
            qtbot.waitUntil(ringed, timeout=2000)
        except TimeoutError:
            missed.append(type(widget).__name__)
    assert len(stops) >= 8
    assert missed == []
    window.close()
