"""An unnamed scan is called by its kind and date, never "Scan0001"."""

from __future__ import annotations

from datetime import date

import pytest

from infusion_desk.core.document_names import UNTITLED, document_heading, is_unnamed
from infusion_desk.core.records import Document, DocumentKind


@pytest.mark.parametrize(("title", "name"), [
    ("", "Scan0001.pdf"),
    ("Scan0001", "Scan0001.pdf"),
    ("Scan0001.pdf", "Scan0001.pdf"),
    ("IMG 4471", "IMG_4471.jpg"),
    ("IMG_4471", "IMG_4471.jpg"),
    ("2026-11-21 Scan0001", "2026-11-21 Scan0001.pdf"),
    ("Untitled", ""),
    ("New document 3", "New document 3.pdf"),
    ("DSC-0042", ""),
    ("PXL_20261120_093012", "something else.jpg"),
    ("  ", ""),
])
def test_titles_that_are_only_a_file_name_are_unnamed(title: str, name: str) -> None:
    assert is_unnamed(Document(title=title, original_name=name))


@pytest.mark.parametrize("title", ["Approval letter", "Week 4 lab results", "Scan of the card",
                                   "Silverpine EOB", "Form 1696", "Silverpine denial supplies",
                                   "Dad insurance running note"])
def test_a_title_a_person_gave_is_kept(title: str) -> None:
    document = Document(title=title, original_name="Scan0007.pdf")
    assert not is_unnamed(document)
    assert document_heading(document) == title


def test_an_unnamed_scan_is_headed_by_its_kind_and_date() -> None:
    approval = Document(title="Scan0001", original_name="Scan0001.pdf",
                        kind=DocumentKind.PA_DECISION, document_date=date(2026, 11, 20),
                        received_on=date(2026, 11, 23))
    assert document_heading(approval) == "Prior-authorization decision, Nov 20, 2026"
    received = Document(title="", kind=DocumentKind.PLAN_LETTER, received_on=date(2026, 11, 23))
    assert document_heading(received) == "Letter from the plan, Nov 23, 2026"
    other = Document(title="IMG_4471", original_name="IMG_4471.jpg",
                     received_on=date(2026, 11, 23))
    assert document_heading(other) == "Document, Nov 23, 2026"
    assert document_heading(Document(kind=DocumentKind.EOB)) == "Explanation of benefits"
    assert document_heading(Document()) == UNTITLED
    newer = Document(kind=DocumentKind("letter_v2"), received_on=date(2026, 11, 23))
    assert document_heading(newer) == "Document, Nov 23, 2026"
