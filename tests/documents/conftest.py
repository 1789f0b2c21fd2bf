"""Shared pieces for the document tests: one PDF engine for the session, and a fixed today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from infusion_desk.documents import PdfEngine

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="session")
def engine() -> Iterator[PdfEngine]:
    with PdfEngine() as shared:
        yield shared


@pytest.fixture
def today() -> date:
    return TODAY
