"""*Export deadlines…*: the .ics file parses back with icalendar, has one all-day event and a
reminder per deadline, keeps its UIDs when exported again, and holds nothing of the patient
beyond the titles she chose."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import icalendar

from infusion_desk.core.appeal_rules import NoticeKind
from infusion_desk.core.deadlines import (
    DateSource,
    Deadline,
    DeadlinePurpose,
    propose_appeal_deadline,
)
from infusion_desk.core.records import PlanType
from infusion_desk.reports.calendar_file import CALENDAR_NAME, calendar_file, event_uid

STAMP = datetime(2026, 12, 6, 15, 30, tzinfo=UTC)
FOLDER = "folder-7f3a"


def _appeal() -> Deadline:
    proposal = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.MEDICARE_ADVANTAGE,
                                       notice_date=date(2026, 11, 2), title="Appeal the pump",
                                       concerns="Silverpine Health Plans", document_id=12)
    assert proposal.deadline is not None
    return proposal.deadline


def _deadlines() -> list[Deadline]:
    return [
        _appeal(),
        Deadline(DeadlinePurpose.RENEWAL, date(2028, 2, 29), DateSource.RULE,
                 "Renew the pump approval", step_id=5),
        Deadline(DeadlinePurpose.FOLLOW_UP, date(2026, 11, 2), DateSource.TYPED,
                 "Brightwater call-back", to_do="Ask Dana Whitfield about Rosa's pump",
                 concerns="Dana Whitfield", call_id=3),
    ]


def _events(data: bytes) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return [c for c in cal.walk("VEVENT") if isinstance(c, icalendar.Event)]


def test_it_parses_back_with_one_all_day_event_per_deadline() -> None:
    deadlines = _deadlines()
    data = calendar_file(deadlines, folder_key=FOLDER, stamp=STAMP)
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["version"]) == "2.0"
    assert "Infusion Desk" in str(cal["prodid"])
    assert str(cal["x-wr-calname"]) == CALENDAR_NAME
    events = _events(data)
    assert len(events) == len(deadlines)
    for event, deadline in zip(events, deadlines, strict=True):
        start = event.decoded("dtstart")
        end = event.decoded("dtend")
        assert type(start) is date and type(end) is date  # all-day, no clock time
        assert start == deadline.due_on
        assert end == deadline.due_on + timedelta(days=1)
        assert str(event["summary"]) == deadline.title
        assert str(event["status"]) == "CONFIRMED"
        assert event.decoded("dtstamp") == STAMP


def test_each_event_has_a_reminder_at_nine_three_days_before() -> None:
    for event in _events(calendar_file(_deadlines(), folder_key=FOLDER, stamp=STAMP)):
        alarms = [c for c in event.subcomponents if c.name == "VALARM"]
        assert len(alarms) == 1
        assert str(alarms[0]["action"]) == "DISPLAY"
        assert alarms[0]["description"]
        assert alarms[0].decoded("trigger") == timedelta(days=-3, hours=9)


def test_a_reminder_is_never_set_in_the_past() -> None:
    today = date(2026, 12, 6)
    close = Deadline(DeadlinePurpose.APPEAL, date(2026, 12, 7), DateSource.LETTER, "Appeal",
                     document_id=1)
    passed = Deadline(DeadlinePurpose.APPEAL, date(2026, 12, 1), DateSource.LETTER, "Old",
                      document_id=2)
    events = _events(calendar_file([close, passed], folder_key=FOLDER, stamp=STAMP,
                                   today=today))
    triggers = [e.subcomponents[0].decoded("trigger") for e in events]
    assert triggers == [timedelta(days=-1, hours=9), timedelta(hours=9)]


def test_re_export_keeps_the_uids_so_events_are_updated_not_duplicated() -> None:
    first = _deadlines()
    moved = [dataclasses.replace(d, due_on=d.due_on + timedelta(days=9), title=d.title + "!")
             for d in first]
    later = STAMP + timedelta(days=2)
    uids_first = [str(e["uid"]) for e in _events(calendar_file(first, folder_key=FOLDER,
                                                                stamp=STAMP))]
    events_again = _events(calendar_file(moved, folder_key=FOLDER, stamp=later))
    assert [str(e["uid"]) for e in events_again] == uids_first
    assert len(set(uids_first)) == len(uids_first)
    # The later export carries a higher sequence, for the calendars that look at it.
    first_seq = _events(calendar_file(first, folder_key=FOLDER, stamp=STAMP))[0]["sequence"]
    assert int(events_again[0]["sequence"]) > int(first_seq)
    # Stored later (an id given) it is still the same deadline.
    stored = dataclasses.replace(first[0], id=41)
    assert event_uid(FOLDER, stored) == uids_first[0]


def test_two_folders_never_share_a_uid() -> None:
    deadline = _appeal()
    assert event_uid(FOLDER, deadline) != event_uid("another-folder", deadline)


def test_two_deadlines_with_one_identity_still_get_two_events() -> None:
    one = Deadline(DeadlinePurpose.FOLLOW_UP, date(2026, 12, 9), DateSource.TYPED, "Call back",
                   call_id=3)
    two = dataclasses.replace(one, due_on=date(2026, 12, 16), title="Call back again")
    events = _events(calendar_file([one, two], folder_key=FOLDER, stamp=STAMP))
    assert len({str(e["uid"]) for e in events}) == 2


def test_a_deadline_marked_done_is_exported_as_cancelled() -> None:
    done = dataclasses.replace(_appeal(), done=True)
    (event,) = _events(calendar_file([done], folder_key=FOLDER, stamp=STAMP))
    assert str(event["status"]) == "CANCELLED"
    assert not [c for c in event.subcomponents if c.name == "VALARM"]
    assert str(event["uid"]) == event_uid(FOLDER, _appeal())


def test_a_date_from_the_rules_carries_its_source_in_the_description() -> None:
    (event, *_) = _events(calendar_file(_deadlines(), folder_key=FOLDER, stamp=STAMP))
    description = str(event["description"])
    assert "42 CFR 422.582" in description
    assert "the date on your letter comes first" in description.lower()


def test_nothing_of_the_patient_beyond_the_titles() -> None:
    data = calendar_file(_deadlines(), folder_key=FOLDER, stamp=STAMP)
    text = data.decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    for private in ("Dana Whitfield", "Rosa", "Silverpine", FOLDER):
        assert private not in unfolded
    assert "Brightwater call-back" in unfolded  # the title she chose is there


def test_an_empty_export_is_still_a_calendar() -> None:
    data = calendar_file([], folder_key=FOLDER, stamp=STAMP)
    assert _events(data) == []
    assert icalendar.Calendar.from_ical(data)["version"] == "2.0"


def test_a_deadline_from_a_newer_version_is_still_exported() -> None:
    newer = Deadline(DeadlinePurpose("countdown_v2"), date(2026, 12, 9),
                     DateSource("scanned_v2"), "Something newer", document_id=8)
    (event,) = _events(calendar_file([newer], folder_key=FOLDER, stamp=STAMP))
    assert str(event["summary"]) == "Something newer"
    assert "newer version" in str(event["description"])
