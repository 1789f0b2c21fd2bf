"""The one form base for saving: a dialog that saves on Enter, cancels on Esc, folds the
less-used fields away, opens big enough for every row, and keeps what was typed when saving fails.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError, InputError
from infusion_desk.core.i18n import translate
from infusion_desk.services.outbox import KeptForLaterError
from infusion_desk.ui.editing import editing
from infusion_desk.ui.widgets.forms import big_target, plain_label


def _field_name(label: QLayoutItem | None) -> str:
    """A form row's label as it reads inside a sentence: ``Notes:`` -> ``notes``."""
    widget = label.widget() if label is not None else None
    if not isinstance(widget, QLabel):
        return ""
    text = " ".join(widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                    .split()).rstrip(":")
    if len(text) > 1 and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


class _FormScroll(QScrollArea):
    """Holds the form. It asks for the form's whole size, so the window opens big enough for
    every row (wrapped ones too); only when the screen is too small does it scroll."""

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._content = content
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def _content_height(self, width: int) -> int:
        content = self._content
        if content.hasHeightForWidth():
            return max(content.heightForWidth(width), content.minimumSizeHint().height())
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:
        content = self._content.sizeHint()
        width = content.width() + self._bar()
        return QSize(width, self._content_height(content.width()))

    def minimumSizeHint(self) -> QSize:
        content = self._content.minimumSizeHint()
        rows = self.fontMetrics().height() * 6
        return QSize(content.width() + self._bar(), min(content.height(), rows))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._content_height(max(width - self._bar(), 1))


class FormDialog(QDialog):
    """A form in a dialog. Enter saves, Esc cancels; if saving fails the dialog stays open with
    everything as typed, and a plain message says why.

    Subclasses fill ``self.form`` (and the layouts :meth:`more_details` returns, folded away
    until asked for) and implement :meth:`save`, which returns ``True`` when the record was
    stored. The window opens tall enough for every row, wrapped ones too, and scrolls only when
    the screen is too small for it.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 save_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        content = QWidget(self)
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.form = _form_layout()
        self.body.addLayout(self.form)
        self._form_scroll = _FormScroll(content, self)
        outer.addWidget(self._form_scroll, 1)
        self.error_label = plain_label("", self)
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("QLabel#formError { color: palette(bright-text); "
                                       "background: #a4262c; padding: 6px; border-radius: 4px; }")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save_button = editing(self.buttons.button(QDialogButtonBox.StandardButton.Save))
        for button in self.buttons.buttons():
            big_target(button)
        save_button.setText(save_text or translate("FormDialog", "&Save"))
        cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel_button.setText(translate("FormDialog", "Cancel"))
        cancel_button.setToolTip(translate("FormDialog", "Close without saving (Esc)"))
        save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._more: list[tuple[QToolButton, QWidget, QFormLayout, str]] = []
        self._side: QWidget | None = None  # see add_beside
        self._side_part: QWidget | None = None

    @property
    def save_button(self) -> QToolButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[return-value]

    def more_details(self, title: str = "") -> QFormLayout:
        """Less-used fields, folded away under a "▸ More details (notes, …)" button until asked
        for (``title``: "More details" unless said). Returns the form to add them to."""
        title = title or translate("FormDialog", "More details")
        toggle = big_target(QToolButton(self))
        toggle.setCheckable(True)
        toggle.setAutoRaise(True)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setText(title)
        toggle.setAccessibleName(title)
        toggle.setToolTip(translate("FormDialog", "Show or hide: {part}").format(part=title))
        toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        # Flat in both states: a pressed-in panel under it would look like an empty box.
        toggle.setStyleSheet("QToolButton { border: none; background: transparent; "
                             "padding: 4px 2px; }")
        inner = QWidget(self)
        layout = _form_layout()
        inner.setLayout(layout)
        indent = toggle.iconSize().width() + 8
        layout.setContentsMargins(indent, 0, 0, 0)
        inner.setVisible(False)
        toggle.toggled.connect(lambda on: self._on_more_toggled(toggle, inner, on))
        self.body.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(inner)
        self._more.append((toggle, inner, layout, title))
        return layout

    def add_beside(self, caption: str, widget: QWidget, *, chars: int = 60) -> QLabel:
        """A part that stands beside the fields, as tall as the window (say, a list to tick),
        when the screen is wide enough for both at this text size (``chars`` characters for
        it); else under the fields. ``caption`` names it above it."""
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        label = plain_label(caption, side, wrap=False)
        label.setBuddy(widget)
        column.addWidget(label)
        column.addWidget(widget, 1)
        widget.setMinimumWidth(self.fontMetrics().averageCharWidth() * chars)
        self._side, self._side_part = side, widget
        self.body.addWidget(side, 1)
        return label

    def side_is_beside(self) -> bool:
        """Whether the part added with :meth:`add_beside` stands beside the fields."""
        side = self._side
        return side is not None and side.parentWidget() is self

    def _place_side(self) -> None:
        """Beside the fields if the screen has room for both, else under them."""
        side = self._side
        if side is None:
            return
        room = screen_room(self).width() - 32
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        fields = self._form_scroll.widget()
        fields_width = ((fields.sizeHint().width() if fields is not None else 0)
                        + self._form_scroll.verticalScrollBar().sizeHint().width())
        part = self._side_part
        assert part is not None
        free = room - 32 - 24 - fields_width  # the margins, the gap, the fields
        if free < part.minimumWidth() or self.side_is_beside():
            return
        # As wide as it asks (say, every paper on one line) if the screen has room for that.
        part.setMinimumWidth(min(free, max(part.minimumWidth(), part.sizeHint().width())))
        self.body.removeWidget(side)
        layout.removeWidget(self._form_scroll)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self._form_scroll, 1)
        side.setParent(self)
        row.addWidget(side)
        layout.insertLayout(0, row, 1)
        side.show()

    def more_toggles(self) -> list[QToolButton]:
        """The buttons that show and hide the folded fields, in order."""
        return [toggle for toggle, *_rest in self._more]

    def show_more(self) -> None:
        for toggle in self.more_toggles():
            toggle.setChecked(True)

    def _on_more_toggled(self, toggle: QToolButton, inner: QWidget, on: bool) -> None:
        toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        toggle.setAccessibleDescription(translate("FormDialog", "Shown") if on
                                        else translate("FormDialog", "Hidden"))
        inner.setVisible(on)
        if self.isVisible():
            self.fit_to_contents(shrink=not on)
            if on:
                self._form_scroll.ensureWidgetVisible(inner)

    def _name_more(self) -> None:
        """Say what is folded away: ``More details (notes, part of the step)``."""
        for toggle, _inner, layout, title in self._more:
            names = [_field_name(layout.itemAt(row, QFormLayout.ItemRole.LabelRole))
                     for row in range(layout.rowCount())]
            names = [n for n in names if n]
            if not names:
                continue
            shown = ", ".join(names[:4]) + (", …" if len(names) > 4 else "")
            toggle.setText(translate("FormDialog", "{part} ({fields})").format(
                part=title, fields=shown))
            toggle.setAccessibleDescription(
                translate("FormDialog", "Shown") if toggle.isChecked()
                else translate("FormDialog", "Hidden"))

    def fit_to_contents(self, *, shrink: bool = False) -> None:
        """Size the window to its rows (a row that wrapped under its label makes it taller),
        within the screen; never narrower than about 60 characters. Unless ``shrink``, a window
        already sized (by its subclass, or by her) only grows."""
        self._form_scroll.updateGeometry()  # the form inside changed: forget its old size
        layout = self.layout()
        assert layout is not None
        layout.invalidate()
        layout.activate()
        room = screen_room(self) - QSize(32, 64)
        sized = self.isVisible() or self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        now = self.size() if sized and not shrink else QSize(0, 0)
        hint = self.sizeHint()
        width = max(hint.width(), self.minimumWidth(), now.width(),
                    self.fontMetrics().averageCharWidth() * 60)
        width = min(width, room.width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else hint.height()
        self.resize(width, min(max(height, now.height()), room.height()))

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            self._name_more()
            self._place_side()
            self.fit_to_contents()
        super().setVisible(visible)

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> bool:
        """Store what the form holds; subclasses define it. ``False`` keeps the dialog open."""
        raise TypeError(f"{type(self).__name__} must define save()")

    def _on_buttons_accepted(self) -> None:
        self.error_label.hide()
        try:
            saved = self.save()
        except InputError as exc:  # a field could not be read (e.g. a date); a bug goes on
            self.show_problem(str(exc))
            return
        except KeptForLaterError:  # the server is away: kept, saved when it is back
            self.accept()
            return
        except FolderError as exc:
            self.show_problem(exc.message)
            return
        if saved:
            self.accept()


def screen_room(widget: QWidget) -> QSize:
    """The room the screen ``widget`` is on leaves for windows (its available area)."""
    screen = widget.screen()
    return screen.availableGeometry().size() if screen is not None else QSize(4032, 4064)


def _form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form
