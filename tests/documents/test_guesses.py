"""First guesses at kind, title and date, from the file name and the text."""

from __future__ import annotations

from datetime import date

import pytest

from infusion_desk.core.records import DocumentKind
from infusion_desk.documents.guess import guess_date, guess_kind, guess_title, title_from_name

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        (
            "scan.pdf",
            "Prior Authorization Decision\nYour request was denied.",
            DocumentKind.PA_DECISION,
        ),
        (
            "scan.pdf",
            "EXPLANATION OF BENEFITS\nTHIS IS NOT A BILL\nAmount due: $0",
            DocumentKind.EOB,
        ),
        ("scan.pdf", "Medicare Summary Notice for Part B", DocumentKind.PLAN_LETTER),
        ("scan.pdf", "We have denied your claim for the pump.", DocumentKind.PLAN_LETTER),
        ("scan.pdf", "Prescription\nIVIG 2 g/kg every 4 weeks", DocumentKind.PRESCRIPTION),
        ("scan.pdf", "Referral to home infusion pharmacy", DocumentKind.PRESCRIPTION),
        ("scan.pdf", "Infusion orders for Jane Doe", DocumentKind.PRESCRIPTION),
        (
            "scan.pdf",
            "Progress note\nAssessment and plan: continue IVIG",
            DocumentKind.CLINICAL_NOTES,
        ),
        ("scan.pdf", "Please scan your member ID card, front and back", DocumentKind.PLAN_DOCUMENT),
        ("scan.pdf", "INVOICE\nAmount due: $120.00\nAuthorization number: 8812", DocumentKind.BILL),
        ("scan.pdf", "In order to help you, we wrote this letter.", DocumentKind.OTHER),
        ("eob_2026-11.pdf", "", DocumentKind.EOB),
        ("PA approval.pdf", "", DocumentKind.PA_DECISION),
        ("rx_order.jpg", "", DocumentKind.PRESCRIPTION),
        ("insurance card front.jpg", "", DocumentKind.PLAN_DOCUMENT),
        ("nursing_notes.pdf", "", DocumentKind.CLINICAL_NOTES),
        ("IMG_0042.jpg", "", DocumentKind.OTHER),
    ],
)
def test_kind(name: str, text: str, kind: DocumentKind) -> None:
    assert guess_kind(name, text) is kind


def test_email_is_always_email() -> None:
    assert guess_kind("x.eml", "invoice", is_email=True) is DocumentKind.EMAIL


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Acme\n123 Main Street\nRE: Appeal of claim 5541\nDear Jane,", "Appeal of claim 5541"),
        (
            "Acme Health Plan\nP.O. Box 12\nNOTICE OF DENIAL OF COVERAGE\nDear Jane,",
            "Notice of Denial of Coverage",
        ),
        ("  \n11/03/2026\nPage 1 of 2\nSunrise Infusion Services\n", "Sunrise Infusion Services"),
        ("Member ID: 123\nDear Jane,\nWe received your letter.", "Scan 0012"),
        ("", "Scan 0012"),
    ],
)
def test_title(text: str, title: str) -> None:
    assert guess_title("scan_0012.pdf", text) == title


def test_title_from_subject_and_long_headings() -> None:
    assert guess_title("x.eml", "Heading", subject="  Re: your call  ") == "Re: your call"
    long_heading = "Summary " + "of benefits and coverage " * 6
    assert len(guess_title("x.pdf", long_heading)) <= 80


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("scan_0012.pdf", "Scan 0012"),
        ("eob-2026-11-03.pdf", "Eob 2026-11-03"),
        ("IMG_4410.HEIC", "IMG 4410"),
        (".pdf", ".pdf"),
        ("___.pdf", "Document"),
    ],
)
def test_title_from_name(name: str, title: str) -> None:
    assert title_from_name(name) == title


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Date: November 3, 2026", date(2026, 11, 3)),
        ("Nov 3, 2026", date(2026, 11, 3)),
        ("Sept. 30 2026", date(2026, 9, 30)),
        ("on 11/03/2026 we", date(2026, 11, 3)),
        ("on 1/3/26 we", date(2026, 1, 3)),
        ("issued 2026-11-03", date(2026, 11, 3)),
        ("3 November 2026", date(2026, 11, 3)),
        ("DOB: 04/12/1948\nDate of birth: 05/01/1995\nLetter date: 10/01/2026", date(2026, 10, 1)),
        ("on 02/30/2026 or 13/01/2026", None),
        ("back in 1985-01-01", None),
        ("in 12/01/2030", None),
        ("Page 1 of 2", None),
    ],
)
def test_date(text: str, found: date | None) -> None:
    assert guess_date(text, "scan.pdf", today=TODAY) == found


def test_date_falls_back_to_the_file_name() -> None:
    assert guess_date("no dates here", "eob_2026-10-31.pdf", today=TODAY) == date(2026, 10, 31)
    assert guess_date("sent 2026-11-01", "eob_2026-10-31.pdf", today=TODAY) == date(2026, 11, 1)
