"""The summary made ahead: kept while nothing changes, made afresh after a change, and a
change made while a page is being made is never hidden by that page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from report_samples import TODAY, page_texts

from infusion_desk.core.meeting import Audience, Meeting
from infusion_desk.core.records import Plan, Profile, Request
from infusion_desk.reports import summary_cache
from infusion_desk.reports.summary_cache import SummaryCache
from infusion_desk.services import Folder


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    with Folder.create(tmp_path / "kept.infusiondesk", Profile(patient_name="Ana")) as made:
        made.records.add(Plan(payer="Medicare"))
        yield made


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    seen: list[date] = []
    gather = summary_cache.gather_summary_data
    monkeypatch.setattr(summary_cache, "gather_summary_data",
                        lambda f, today, **k: seen.append(today) or gather(f, today, **k))
    return seen


def test_a_page_is_kept_until_the_folder_changes(folder: Folder, reads: list[date]) -> None:
    cache = SummaryCache(folder)
    try:
        assert cache.ready(TODAY, Meeting(), "letter") is None
        page = cache.make(TODAY, Meeting(), "letter")
        assert page.picture is not None and page.picture.startswith(b"\x89PNG")
        assert cache.ready(TODAY, Meeting(), "letter") is page
        assert cache.make(TODAY, Meeting(), "letter") is page  # nothing read or made again
        assert cache.ready(TODAY, Meeting(), "a4") is None  # another paper: made again...
        a4 = cache.make(TODAY, Meeting(), "a4")
        assert a4.pdf != page.pdf
        assert cache.ready(TODAY, Meeting(Audience.PLAN), "a4") is None
        assert cache.ready(date(2026, 12, 25), Meeting(), "a4") is None  # another day
        assert reads == [TODAY]  # ...from what was read once
        folder.records.add(Request(what="Signed plan of care renewal"))
        assert cache.ready(TODAY, Meeting(), "a4") is None
        assert cache.data(TODAY) is None
        fresh = cache.make(TODAY, Meeting(), "a4")
        assert reads == [TODAY, TODAY]
        assert "Signed plan of care renewal" in " ".join(page_texts(fresh.pdf))
    finally:
        engine = cache.engine
        cache.close()
    assert engine.worker_pid is None  # the PDF worker stops with the cache


def test_a_change_while_the_page_is_made_is_not_hidden(
    folder: Folder, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = SummaryCache(folder)
    gather = summary_cache.gather_summary_data

    def read_then_change(f: Folder, today: date) -> object:
        data = gather(f, today)
        folder.records.add(Request(what="Added while the page was made"))
        return data

    monkeypatch.setattr(summary_cache, "gather_summary_data", read_then_change)
    try:
        page = cache.make(TODAY, Meeting(), "letter")
        assert "Added while the page was made" not in " ".join(page_texts(page.pdf))
        assert cache.ready(TODAY, Meeting(), "letter") is None  # not kept: it is out of date
    finally:
        cache.close()


def test_closed_cache_no_longer_follows_the_folder(folder: Folder) -> None:
    cache = SummaryCache(folder)
    cache.close()
    folder.records.add(Request(what="After closing"))  # no listener left to call
    assert cache.data(TODAY) is None


def test_a_page_in_another_language_is_made_again(folder: Folder) -> None:
    """The page kept was made in English; once the app speaks another language it is made
    afresh, in that language's words."""
    from infusion_desk.core import i18n

    cache = SummaryCache(folder)
    try:
        english = cache.make(TODAY, Meeting(), "letter")
        i18n.install(lambda _c, source, _d, _n: source.replace("Printed on", "Impreso el"), "es")
        try:
            assert cache.ready(TODAY, Meeting(), "letter") is None
            spoken = cache.make(TODAY, Meeting(), "letter")
        finally:
            i18n.uninstall()
        assert spoken.language == "es" and english.language == "en"
        assert "Impreso el" in " ".join(page_texts(spoken.pdf))
        assert cache.ready(TODAY, Meeting(), "letter") is None  # English again: made again
    finally:
        cache.close()
