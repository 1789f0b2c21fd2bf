"""Checks every screen's tests share (issue 15): names a screen reader reads, targets big enough to
hit, words left in English when the app speaks Spanish, columns that must never be cut, and the
screen a caregiver has (1366×768 with text at 100, 150 or 200 %).

Each check returns a list of plain descriptions (empty: all is well), so a test asserts ``== []``
and a failure names the widget and what is wrong with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

SCREEN = (1366, 768)
# What a maximized window gets on a 1366×768 screen: the title bar and a task bar take about 40.
WINDOW = (1366, 728)
MINIMUM_TARGET = 32
TEXT_SCALES = (100, 150, 200)
BASE_POINTS = 11.0  # the window's smallest base size (ui/main_window/window.py)

# Words that are English and never Spanish: one of them in a Spanish screen is a word left over.
_ENGLISH_WORDS = """
the and with what your you we they this that these those from for of to is are was were will has
have had add edit open save close cancel call calls called letter letters request requests
question questions document documents folder folders sent asked back print search find today
tomorrow yesterday new remove delete undo redo help file view about nothing when who why how
which name notes done mark show hide step steps by on at it be not or an if all more none yes
page pages read reading being waiting overdue due ago days day weeks week month months set
choose please here there our us them their its into out up down later now next last first before
after size text language larger smaller should could would can cannot drop drag attach kind date
when where january february march april june july august september october november december jan
feb apr aug dec mon tue wed thu fri sat sun am pm
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ']+")


def at_text_scale(percent: int) -> QFont:
    """Sets the application font as *View > Text size* does; returns it (the tests' autouse
    fixture puts the font back after each test)."""
    font = QFont(QApplication.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else BASE_POINTS
    font.setPointSizeF(max(size, BASE_POINTS) * percent / 100)
    QApplication.setFont(font)
    return font


def on_screen(widget: QWidget) -> None:
    """Shows ``widget`` as it would be on a 1366×768 screen: a main window maximized (1366×728),
    a dialog at its own size hint, never larger than the screen."""
    if isinstance(widget, QMainWindow):
        widget.resize(*WINDOW)
    else:
        hint = widget.sizeHint()
        widget.resize(min(hint.width(), WINDOW[0]), min(hint.height(), WINDOW[1]))
    widget.show()
    QApplication.processEvents()


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def widgets(root: QWidget) -> Iterator[QWidget]:
    yield root
    for child in root.findChildren(QWidget):
        if _shown(child, root):
            yield child


def _inner_part(widget: QWidget) -> bool:
    """A widget that is part of another (a combo's or spin box's own line edit, a tab bar's
    scroll arrows, a field's own clear button, a view's scroll bars): named and sized by its
    owner."""
    parent = widget.parentWidget()
    return (isinstance(widget, QScrollBar)
            or (isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)))
            or (isinstance(widget, QAbstractButton) and isinstance(parent, (QTabBar, QLineEdit)))
            or widget.objectName().startswith("qt_"))


INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView,
               QTabBar, QTextEdit, QPlainTextEdit)


def interactive(root: QWidget) -> Iterator[QWidget]:
    for widget in widgets(root):
        if not isinstance(widget, INTERACTIVE) or _inner_part(widget):
            continue
        if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly() \
                and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        yield widget


def describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    owner = widget.window().windowTitle() or type(widget.window()).__name__
    return (f"{type(widget).__name__}{'#' + name if name else ''}"
            f"{' ' + repr(text) if text else ''} in {owner!r}")


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads: the accessible name, or the visible text, or the label
    that is the field's buddy or its row's label in a form."""
    face = QAccessible.queryAccessibleInterface(widget)
    return "" if face is None else face.text(QAccessible.Text.Name).strip()


def unnamed_interactive(root: QWidget) -> list[str]:
    return [describe(w) for w in interactive(root) if not accessible_name(w)]


def small_targets(root: QWidget, minimum: int = MINIMUM_TARGET) -> list[str]:
    """Clickable targets smaller than ``minimum`` px either way: buttons, fields, each tab, each
    menu bar entry, and the rows of lists and tables."""
    found = []
    for widget in interactive(root):
        if isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                rect = widget.tabRect(tab)
                if rect.width() < minimum or rect.height() < minimum:
                    found.append(f"tab {widget.tabText(tab)!r} is {rect.width()}×{rect.height()}")
        elif isinstance(widget, QAbstractItemView):
            model = widget.model()
            if model is not None and model.rowCount(QModelIndex()) > 0:
                rect = widget.visualRect(model.index(0, 0))
                if 0 < rect.height() < minimum:
                    found.append(f"rows of {describe(widget)} are {rect.height()} px high")
        elif widget.width() < minimum or widget.height() < minimum:
            found.append(f"{describe(widget)} is {widget.width()}×{widget.height()}")
    for bar in root.findChildren(QMenuBar):
        if _shown(bar, root):
            for action in bar.actions():
                rect = bar.actionGeometry(action)
                if action.isVisible() and rect.height() < minimum:
                    found.append(f"menu {action.text()!r} is {rect.width()}×{rect.height()}")
    return found


def _columns(model: QAbstractItemModel) -> int:
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # a list model: its one column is private
        return 1


def _model_texts(view: QAbstractItemView, rows: int) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for section in range(_columns(model)):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield f"header of {describe(view)}", header
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(_columns(model)):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield f"row {row} of {describe(view)}", value


def _menu_texts(menu: QMenu | QMenuBar, where: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield where, action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield f"tooltip in {where}", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")


def visible_texts(root: QWidget, rows: int = 30) -> Iterator[tuple[str, str]]:  # noqa: PLR0912
    """Every word a person can see or hear in ``root``: titles, labels, buttons, placeholders,
    tooltips, accessible names and descriptions, tab and menu entries, list and table cells."""
    if root.windowTitle():
        yield "window title", root.windowTitle()
    for widget in widgets(root):
        where = describe(widget)
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            yield where, widget.text()
        if isinstance(widget, QGroupBox) and widget.title():
            yield where, widget.title()
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            yield f"placeholder of {where}", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for item in range(widget.count()):
                yield f"choice of {where}", widget.itemText(item)
        if isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield where, widget.tabText(tab)
        if isinstance(widget, QAbstractItemView):
            yield from _model_texts(widget, rows)
        if isinstance(widget, QMenuBar):
            yield from _menu_texts(widget, "menu bar")
        for kind, text in (("tooltip", widget.toolTip()), ("name", widget.accessibleName()),
                           ("description", widget.accessibleDescription())):
            if text:
                yield f"{kind} of {where}", text


def english_words(text: str) -> list[str]:
    """English words in ``text``, leaving out what is quoted in “…” (her own words or a letter's,
    quoted as they are)."""
    plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    plain = re.sub(r"“[^”]*”", " ", plain)
    return [w for w in _WORD.findall(plain) if w.lower() in ENGLISH]


def english_left(root: QWidget, *, allow: Iterable[str] = (), rows: int = 30) -> list[str]:
    """Texts in ``root`` that still hold English words (``allow``: texts that are hers, typed in
    English, or proper names, left out of the check)."""
    allowed = [a for a in allow if a]
    found = []
    for where, text in visible_texts(root, rows):
        checked = text
        for kept in allowed:
            checked = checked.replace(kept, " ")
        words = english_words(checked)
        if words:
            found.append(f"{where}: {text!r} ({', '.join(sorted(set(words)))})")
    return found


def cut_columns(view: QAbstractItemView, columns: Iterable[int]) -> list[str]:
    """Of ``columns`` (the ones that identify a row), those hidden or not wholly inside the
    view; and whether the view scrolls sideways."""
    found = []
    header = getattr(view, "horizontalHeader", None)
    model = view.model()
    width = view.viewport().width()
    for column in columns:
        name = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else column
        if header is not None:
            hidden = header().isSectionHidden(column)
            left = header().sectionViewportPosition(column)
            size = header().sectionSize(column)
        else:
            hidden, left, size = False, 0, width
        if hidden or size <= 0:
            found.append(f"column {name!r} is hidden")
        elif left < 0 or left + size > width + 1:
            found.append(f"column {name!r} is cut: {left}..{left + size} of {width} px")
    bar = view.horizontalScrollBar()
    if bar.isVisible() and bar.maximum() > 0:
        found.append(f"{describe(view)} scrolls sideways ({bar.maximum()} px)")
    return found


def scrolls_sideways(root: QWidget) -> list[str]:
    """Every view or scroll area in ``root`` whose sideways scroll bar shows."""
    return [f"{describe(bar.parentWidget() or bar)} scrolls sideways"
            for bar in root.findChildren(QScrollBar)
            if bar.orientation() == Qt.Orientation.Horizontal and _shown(bar, root)
            and bar.maximum() > 0]


def too_big_for_screen(widget: QWidget) -> list[str]:
    """A window or dialog whose smallest size does not fit the 1366×768 screen's usable area."""
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if least.width() > WINDOW[0] or least.height() > WINDOW[1]:
        return [f"{describe(widget)} needs at least {least.width()}×{least.height()}"]
    return []
