"""A folder file (FTS5) and a shared folder (PostgreSQL's full-text search) filled with the same
records find the same hits for every search of the shared test set (``search_set.py``): the same
records, each on the same page. Only the order of hits found by their text may differ (FTS5's
bm25 and PostgreSQL's ts_rank weigh a text's length and the words' places differently); a hit
found by its title still comes first on both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from search_set import QUERIES, Found, fill, found
from shared_fixtures import Person

from infusion_desk.core.records import RecordKind
from infusion_desk.services import Folder


def _all_found(folder: Folder) -> dict[str, list[Found]]:
    fill(folder)
    return {text: found(folder, text) for text in QUERIES}


def test_a_folder_file_and_a_shared_folder_find_the_same(
        tmp_path: Path, make_person: Callable[[str], Person]) -> None:
    with Folder.create(tmp_path / "Search set.infusiondesk") as on_file:
        by_file = _all_found(on_file)
        assert on_file.check().search_index_problems == []
    maria = make_person("maria")
    with Folder.create_shared(maria.address("search-set"), maria.password) as shared:
        by_server = _all_found(shared)
        checked = shared.check()
        assert (checked.search_index_problems, checked.header_problems,
                checked.integrity_problems) == ([], [], [])

    differ = {text: (by_file[text], by_server[text]) for text in QUERIES
              if sorted(by_file[text], key=repr) != sorted(by_server[text], key=repr)}
    assert differ == {}
    # (a set that finds much, and misses what it must)
    assert sum(1 for hits in by_file.values() if hits) >= len(QUERIES) * 3 // 4
    for nothing in ("trashedword", "gonefor", "rental", "AND OR NOT", "pump’s"):
        assert by_server[nothing] == []
    assert by_server["zebra"] == [(RecordKind.REQUEST, "Restored request", None)]
    # Best first on both: the titles that hold the words, before the texts that do.
    for by in (by_file, by_server):
        assert {title for _kind, title, _page in by["pump"][:2]} == {
            "Is the pump covered?", "Infusion pump order"}
        assert by["infusion pump"][0] == (RecordKind.REQUEST, "Infusion pump order", None)


def test_a_document_is_found_by_its_pages_on_both(
        tmp_path: Path, make_person: Callable[[str], Person]) -> None:
    """A PDF page's own text (kept only in the PDF) and a page read from its picture lead to
    the page the words are on, with a snippet from it."""
    maria = make_person("maria")
    for folder in (Folder.create(tmp_path / "Pages.infusiondesk"),
                   Folder.create_shared(maria.address("pages"), maria.password)):
        with folder:
            fill(folder)
            (hit,) = folder.search("medically necessary")
            assert (hit.title, hit.page) == ("PDF 1", 1)
            assert "medically necessary" in hit.snippet
            # In two steps, as the window searches: the hits at once, the PDF's words after.
            (hit,) = folder.search_snippets("medically necessary",
                                            folder.search("medically necessary", pdfs_read=0))
            assert (hit.title, hit.page) == ("PDF 1", 1)
            assert "medically necessary" in hit.snippet
            (hit,) = folder.search("appeal jose")
            assert (hit.title, hit.page) == ("PDF 1", 2)
            (hit,) = folder.search("PA-2026-011903")  # the number the reader split, joined up
            assert (hit.title, hit.page) == ("Scan", 1)
