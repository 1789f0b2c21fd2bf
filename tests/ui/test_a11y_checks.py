"""The shared accessibility checks find what they are meant to find (so a screen's test that finds
nothing means something)."""

from __future__ import annotations

from a11y_checks import (
    accessible_name,
    cut_columns,
    english_left,
    small_targets,
    unnamed_interactive,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot


def test_a_bare_field_is_unnamed_and_a_form_row_names_it(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    named = QLineEdit()
    form.addRow("Reference number", named)
    bare = QLineEdit(root)
    bare.setObjectName("bare")
    form.addRow(bare)
    root.show()
    assert accessible_name(named) == "Reference number"
    assert [d for d in unnamed_interactive(root) if "bare" in d] != []
    bare.setAccessibleName("Search")
    assert unnamed_interactive(root) == []


def test_a_small_button_is_found(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button = QPushButton("x")
    button.setFixedSize(20, 20)
    layout.addWidget(button)
    root.show()
    assert len(small_targets(root)) == 1
    button.setFixedSize(40, 40)
    assert small_targets(root) == []


def test_english_words_are_found_and_spanish_passes(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton("Agregar una llamada"))
    root.show()
    assert english_left(root) == []
    english = QPushButton("Add a call")
    layout.addWidget(english)
    english.show()
    assert len(english_left(root)) == 1
    assert english_left(root, allow=["Add a call"]) == []


def test_a_column_off_to_the_right_is_cut(qtbot: QtBot) -> None:
    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["Who", "Notes", "Reference number"])
    for row in range(3):
        model.setItem(row, 1, QStandardItem("a long note " * 20))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    view.setColumnWidth(1, 600)
    assert any("Reference number" in d for d in cut_columns(view, [2]))
    view.setColumnWidth(1, 50)
    view.setColumnWidth(0, 50)
    view.resize(500, 200)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
    assert cut_columns(view, [0, 2]) == []
