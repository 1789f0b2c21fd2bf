"""The folder's lead time to renew an approval, set where she sees the renewals: "Remind me to
renew an approval [14] days before it ends". Applied when she leaves the box or presses Enter,
as one operation (``folder.deadlines.set_renewal_lead_days``) that Undo takes back; the renewal
deadlines the app worked out move with it, those she changed stay."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.overview.page import big_target
from infusion_desk.ui.widgets.forms import plain_label

FEWEST_DAYS = 1
MOST_DAYS = 90


def _parts(days: int) -> tuple[str, str]:
    """The words before and after the box: one sentence to translate (with its plural), the
    box where its number is. The keyboard letter is in the words before (the box's label)."""
    sentence = translate("RenewalLeadTime",
                         "Re&mind me to renew an approval %n days before it ends", None, days)
    before, _, after = sentence.partition(str(days))
    return before.strip(), after.strip()


class LeadTimeRow(QWidget):
    """One sentence with a number box in it."""

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown: int | None = None  # the folder's lead time, as last read
        before, after = _parts(14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.before = plain_label(before, self, wrap=False)
        self.days = QSpinBox(self)
        self.days.setRange(FEWEST_DAYS, MOST_DAYS)
        self.days.setKeyboardTracking(False)
        big_target(self.days)
        self.days.setAccessibleName(translate("RenewalLeadTime",
                                              "Days before an approval ends to renew it"))
        tip = translate("RenewalLeadTime", "When a renewal deadline falls. The renewal deadlines "
                        "the app worked out move with it; those you changed stay as you set "
                        "them. Undo takes it back.")
        self.days.setToolTip(tip)
        self.before.setBuddy(self.days)
        self.after = plain_label(after, self, wrap=False)
        for part in (self.before, self.days, self.after):
            layout.addWidget(part)
        layout.addStretch(1)
        self.days.editingFinished.connect(self.apply)
        self.days.lineEdit().textChanged.connect(self._on_days_text_changed)

    def _on_days_text_changed(self, text: str) -> None:
        """"1 day", "2 days": as she types."""
        digits = text.strip()
        if digits.isdigit():
            self.before.setText(_parts(int(digits))[0])
            self.after.setText(_parts(int(digits))[1])

    def show_days(self, days: int, writable: bool) -> None:
        """The folder's lead time (kept as she typed it while she is still in the box)."""
        typing = self.days.hasFocus() and self.days.value() != self._shown
        self.days.setRange(min(FEWEST_DAYS, days), max(MOST_DAYS, days))
        if not typing:
            self.days.setValue(days)
        self._shown = days
        self.days.setEnabled(writable)

    def apply(self) -> None:
        """Store what the box says, if it is new."""
        days = self.days.value()
        if self._shown is None or days == self._shown or self._ctx.read_only:
            return
        deadlines = self._ctx.folder.deadlines
        done = self._ctx.perform(
            lambda: deadlines.set_renewal_lead_days(days), self,
            label=translate("RenewalLeadTime", "Change when to renew an approval"),
            say=translate("RenewalLeadTime", "Renewal deadlines now fall %n days before an "
                          "approval ends; the ones you changed stay as they were.", None, days),
            offer_undo=True)
        if done is None:
            self.days.setValue(self._shown)  # not stored (told in a message): as it is
        else:
            self._shown = done.value
