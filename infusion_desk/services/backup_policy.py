"""Which snapshots the automatic backups keep: plain rules over dates, tested without files.

Kept, whatever else happens:
- every snapshot from the last 24 hours, and the newest good one however old;
- the newest snapshot of each of the 7 most recent days that have one;
- the newest snapshot of each of the 8 most recent weeks that have one;
- every safety snapshot ("before …") from the last 30 days;
- a damaged snapshot for 30 days (the damage may be a disk that was not plugged in properly).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from infusion_desk.core.i18n import translate

DAILY = "daily"
MANUAL = "made by hand"
BEFORE_RESTORE = "before restore"
BEFORE_EMPTY_TRASH = "before emptying the trash"
BEFORE_UPGRADE = "before upgrade"
SAFETY_PREFIX = "before "



def reason_words(reason: str) -> str:
    """Why a backup was made (as stored with it, in English) in her language."""
    if reason == DAILY:
        return translate("BackupPolicy", "daily")
    if reason == MANUAL:
        return translate("BackupPolicy", "made by hand")
    if reason == BEFORE_RESTORE:
        return translate("BackupPolicy", "before restore")
    if reason == BEFORE_EMPTY_TRASH:
        return translate("BackupPolicy", "before emptying the trash")
    if reason.startswith(f"{BEFORE_UPGRADE} from "):
        return translate("BackupPolicy", "before upgrade from {revision}").format(
            revision=reason.removeprefix(f"{BEFORE_UPGRADE} from "))
    if reason == BEFORE_UPGRADE:
        return translate("BackupPolicy", "before upgrade")
    return reason


DAYS_KEPT = 7
WEEKS_KEPT = 8
SAFETY_KEPT_FOR = timedelta(days=30)
DAMAGED_KEPT_FOR = timedelta(days=30)
RECENT = timedelta(hours=24)


class Dated(Protocol):
    @property
    def taken_at(self) -> datetime: ...
    @property
    def reason(self) -> str: ...
    @property
    def damaged(self) -> bool: ...


D = TypeVar("D", bound=Dated)


def is_safety(reason: str) -> bool:
    return reason.startswith(SAFETY_PREFIX)


def snapshots_to_remove(snapshots: Sequence[D], now: datetime) -> list[D]:
    """The snapshots the rules above no longer keep, oldest first."""
    ordered = sorted(snapshots, key=lambda s: s.taken_at, reverse=True)
    keep: set[int] = set()
    good = [s for s in ordered if not s.damaged]
    if good:
        keep.add(id(good[0]))
    days: set[object] = set()
    weeks: set[object] = set()
    for snap in good:
        day = snap.taken_at.date()
        if day not in days and len(days) < DAYS_KEPT:
            days.add(day)
            keep.add(id(snap))
        week = snap.taken_at.isocalendar()[:2]
        if week not in weeks and len(weeks) < WEEKS_KEPT:
            weeks.add(week)
            keep.add(id(snap))
    for snap in ordered:
        age = now - snap.taken_at
        if (
            age < RECENT
            or (is_safety(snap.reason) and age <= SAFETY_KEPT_FOR)
            or (snap.damaged and age <= DAMAGED_KEPT_FOR)
        ):
            keep.add(id(snap))
    return [s for s in reversed(ordered) if id(s) not in keep]
