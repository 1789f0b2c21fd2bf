"""Which snapshots are kept: at least 7 days and 8 weeks, safety snapshots for 30 days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from infusion_desk.services.backup_policy import (
    BEFORE_EMPTY_TRASH,
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    snapshots_to_remove,
)

NOW = datetime(2026, 11, 27, 9, 0)


@dataclass(frozen=True)
class Snap:
    taken_at: datetime
    reason: str = DAILY
    damaged: bool = False


def days_ago(days: float, reason: str = DAILY, *, damaged: bool = False) -> Snap:
    return Snap(NOW - timedelta(days=days), reason, damaged)


def test_a_year_of_dailies_keeps_seven_days_and_eight_weeks() -> None:
    year = [days_ago(n) for n in range(365)]
    removed = snapshots_to_remove(year, NOW)
    kept = [s for s in year if s not in removed]
    assert {s.taken_at.date() for s in kept} >= {(NOW - timedelta(days=n)).date()
                                                  for n in range(7)}
    assert len({s.taken_at.isocalendar()[:2] for s in kept}) == 8
    assert len(kept) <= 7 + 8
    assert removed == sorted(removed, key=lambda s: s.taken_at)  # oldest first


def test_only_the_newest_of_a_day_is_kept_after_a_day() -> None:
    busy_day = [Snap(datetime(2026, 11, 20, h), MANUAL) for h in (8, 12, 18)]
    removed = snapshots_to_remove(busy_day, NOW)
    assert [s.taken_at.hour for s in removed] == [8, 12]


def test_everything_from_the_last_day_is_kept() -> None:
    today = [Snap(NOW - timedelta(hours=h), MANUAL) for h in range(0, 24, 3)]
    assert snapshots_to_remove(today, NOW) == []


def test_safety_snapshots_are_kept_thirty_days() -> None:
    safety = [days_ago(n, BEFORE_EMPTY_TRASH) for n in (3, 10, 29, 31, 60)]
    dailies = [days_ago(n) for n in range(20)]
    removed = snapshots_to_remove([*safety, *dailies], NOW)
    # 31 days old, and its week already has a newer one (29 days); 60 days old is that week's only
    assert [s for s in removed if s.reason != DAILY] == [safety[3]]
    assert days_ago(29, BEFORE_RESTORE) not in snapshots_to_remove(
        [days_ago(29, BEFORE_RESTORE), *dailies], NOW)


def test_damaged_snapshots_never_count_and_go_after_thirty_days() -> None:
    good_old = days_ago(100)
    damaged = [days_ago(n, damaged=True) for n in (0.5, 2, 40)]
    removed = snapshots_to_remove([good_old, *damaged], NOW)
    assert good_old not in removed  # the newest good one, however old
    assert removed == [damaged[2]]


def test_a_snapshot_from_the_future_is_kept() -> None:
    assert snapshots_to_remove([days_ago(-3), days_ago(0)], NOW) == []
