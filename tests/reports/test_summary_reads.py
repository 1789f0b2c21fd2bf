"""What the summary reads from a large folder: the latest calls and those still owed a
follow-up, the newest documents without their text, and the counts the folder keeps; from a
folder file and from a folder shared on the test PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from folder_engines import ENGINES, FolderPlace, place_on
from report_samples import TODAY, page_texts
from sqlalchemy import insert

from infusion_desk.core.meeting import Audience, Meeting
from infusion_desk.core.records import Call, Contact, Document, Plan, PlanRank, PlanType
from infusion_desk.reports import ranking
from infusion_desk.reports.data import gather_summary_data
from infusion_desk.reports.fitting import ITEM_PRIORITIES
from infusion_desk.reports.summary import build_summary
from infusion_desk.services import Folder
from infusion_desk.storage.mapping import to_values
from infusion_desk.storage.tables import CallRow

CALLS = 60
LATEST = 20


@pytest.fixture(params=ENGINES)
def place(request: pytest.FixtureRequest, tmp_path: Path) -> FolderPlace:
    """(Here ``engine`` is the reports' PDF engine: the engine of the folder is a parameter.)"""
    return place_on(request.param, tmp_path, request)


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """On each engine: a folder file, and a folder shared on the test PostgreSQL server."""
    made = place.create()
    made.records.add(Plan(payer="Silverpine Health Plans", rank=PlanRank.PRIMARY,
                          plan_type=PlanType.EMPLOYER))
    renee = made.records.add(Contact(name="Renee Castillo", organization="Brightwater")).value
    early = made.records.add(Contact(name="Walt Early", organization="Harborline")).value
    assert renee.id is not None and early.id is not None
    start = datetime(2026, 11, 1, 9)
    stamp = datetime(2026, 11, 1)
    rows = [{**to_values(Call(called_at=start - timedelta(hours=n), organization="Brightwater",
                              contact_id=renee.id, reference_number=f"R{n}",
                              summary=f"Call number {n}")),
             "created_at": stamp, "updated_at": stamp} for n in range(CALLS)]
    with made._store.writing() as session:  # noqa: SLF001 - bulk set-up
        session.execute(insert(CallRow), rows)
    # Long before the latest calls: a call with a follow-up still owed, and the only call
    # with Walt (he is ranked by it among the people to call).
    made.records.add(Call(called_at=datetime(2025, 1, 6, 10), organization="Silverpine Health "
                          "Plans", summary="They will mail the approval letter",
                          follow_up_on=date(2025, 2, 1)))
    made.records.add(Call(called_at=datetime(2025, 1, 5, 10), contact_id=early.id,
                          summary="Walt's only call"))
    for n in range(14):
        made.records.add_document(Document(title=f"Letter {n}", media_type="text/plain",
                                           received_on=date(2026, 1, 1) + timedelta(days=n),
                                           text=f"words of letter {n}"), f"letter {n}".encode())
    yield made
    made.close()


def test_the_summary_reads_the_latest_calls_the_owed_ones_and_the_newest_documents(
        folder: Folder) -> None:
    data = gather_summary_data(folder, TODAY, calls=LATEST)
    every_call = folder.calls()
    assert data.counts.calls == CALLS + 2
    latest = {c.id for c in every_call[:LATEST]}
    owed = next(c for c in every_call if c.follow_up_on == date(2025, 2, 1))
    assert {c.id for c in data.calls} == latest | {owed.id}
    assert list(data.calls) == ranking.newest_calls_first(data.calls)
    assert data.counts.documents == 14
    assert len(data.documents) == len(ITEM_PRIORITIES["documents"]) < 14
    assert all(d.text == "" for d in data.documents)
    assert list(data.documents) == ranking.documents_newest_first(folder.documents_listed())[
        :len(data.documents)]
    # The people to call are ranked by their latest call in the whole folder.
    contacts = ranking.key_contacts(data.contacts, data.calls, data.last_talked)
    assert [c.name for c in contacts] == ["Renee Castillo", "Walt Early"]


def test_the_page_counts_what_the_tabs_count_and_lists_what_is_owed(folder: Folder) -> None:
    data = gather_summary_data(folder, TODAY, calls=LATEST)
    (everything,) = page_texts(build_summary(data))
    assert f"Calls, newest first ({CALLS + 2})" in everything
    assert "Documents (14)" in everything
    (plan,) = page_texts(build_summary(data, meeting=Meeting(Audience.PLAN)))
    assert "Call Silverpine Health Plans back — 403 days overdue" in plan  # owed, however old
    assert "55 more calls are on the “Calls” tab" in plan  # 62, less 6 listed and 1 owed
