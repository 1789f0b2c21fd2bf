"""A folder that once froze search: a pasted log repeating one word 100,000 times, a 2,000-page
statement and 5,000 ordinary letters. Built straight through the store (bulk rows in one
transaction each; the search index fills itself from the folder's triggers), not by reading files,
so that it takes seconds, not hours.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, timedelta
from pathlib import Path

LOG_REPEATS = 100_000
STATEMENT_PAGES = 2_000
LETTERS = 5_000

_PAYERS = ("Medicare", "Blue Shield", "Aetna", "Cigna", "Humana", "UnitedHealthcare", "Anthem")
_WORDS = ("prior authorization", "infusion pump", "home nursing visit", "vancomycin",
          "ertapenem", "PICC line dressing", "appeal", "denied", "approved", "medical necessity",
          "explanation of benefits", "deductible", "coinsurance", "out-of-network", "pharmacy",
          "specialty drug", "referral", "osteomyelitis", "cellulitis", "daily dosing")
_NAMES = ("José Nguyễn", "Maria Lopez", "Dr. Anita Patel", "Robert Chen", "Ellen O'Brien",
          "Sunrise Home Infusion", "Valley Specialty Pharmacy")


def log_text(repeats: int = LOG_REPEATS) -> str:
    """What ``open('log.txt','w').write('ERROR '*100000)`` leaves, as stored after import."""
    return ("ERROR " * repeats).strip()


def statement_pages(pages: int = STATEMENT_PAGES) -> list[str]:
    """A long statement: 40 claim lines a page, each a date, a claim number and an amount."""
    start = date(2025, 1, 1)
    out = []
    for page in range(pages):
        lines = [f"Statement of claims — page {page + 1} of {pages}"]
        for line in range(40):
            n = page * 40 + line
            day = start + timedelta(days=n % 700)
            lines.append(f"{day:%m/%d/%Y}  Claim C{2025_000_000 + n}  "
                         f"{_WORDS[n % len(_WORDS)]}  billed ${(n * 37) % 9000 + 12}.00  "
                         f"paid ${(n * 17) % 4000}.00  member pays ${(n * 7) % 300}.00")
        out.append("\n".join(lines))
    return out


def letter_text(number: int, rng: random.Random) -> str:
    payer = rng.choice(_PAYERS)
    name = rng.choice(_NAMES)
    body = " ".join(rng.choice(_WORDS) for _ in range(60))
    return (f"{payer}\nReference PA-2026-{number:06d}\nDear {name},\n"
            f"We reviewed the request for {rng.choice(_WORDS)}. {body}.\n"
            f"Call us at 1-800-555-{number % 10_000:04d}. Sincerely, {payer} utilization review")


def build_search_folder(path: Path) -> None:
    """Create the folder at ``path`` (which must not exist) and fill it."""
    from sqlalchemy import insert

    from infusion_desk.core.ocr import TextSource
    from infusion_desk.core.records import Document, DocumentKind
    from infusion_desk.services import Folder
    from infusion_desk.storage.mapping import to_values
    from infusion_desk.storage.tables import BlobRow, DocumentPageRow, DocumentRow

    folder = Folder.create(path)
    try:
        log = log_text()
        folder.records.add_document(
            Document(title="log", original_name="log.txt", media_type="text/plain",
                     page_count=1, text=log), log.encode(), pages=[log])
        pages = statement_pages()
        whole = "\n\n".join(pages)
        folder.records.add_document(
            Document(title="Statement of claims 2025", kind=DocumentKind.EOB,
                     original_name="statement.txt", media_type="text/plain",
                     page_count=len(pages), text=whole), whole.encode(), pages=pages)

        rng = random.Random(12)
        data = b"one letter"
        sha = hashlib.sha256(data).hexdigest()
        stamp = datetime(2026, 11, 1, 9)
        store = folder._store  # noqa: SLF001 - bulk set-up for the measurement
        with store.writing() as s:
            s.execute(insert(BlobRow).values(sha256=sha, size=len(data), data=data))
            for first in range(1, LETTERS + 1, 500):
                numbers = range(first, min(first + 500, LETTERS + 1))
                texts = {n: letter_text(n, rng) for n in numbers}
                s.execute(insert(DocumentRow), [
                    {**to_values(Document(
                        title=f"Letter {n} from {rng.choice(_PAYERS)}",
                        kind=DocumentKind.PLAN_LETTER, original_name=f"letter {n}.pdf",
                        media_type="application/pdf", sha256=sha, size=len(data),
                        page_count=1, text=texts[n], received_on=date(2026, 1, 1),
                        text_source=TextSource.FILE)),
                     "id": 10 + n, "created_at": stamp, "updated_at": stamp,
                     "added_at": stamp}
                    for n in numbers])
                s.execute(insert(DocumentPageRow), [
                    {"document_id": 10 + n, "page": 1, "text": texts[n], "source": "file"}
                    for n in numbers])
    finally:
        folder.close()


if __name__ == "__main__":  # python tests/benchmarks/search_folder.py OUT.infusiondesk
    import sys
    import time

    began = time.perf_counter()
    build_search_folder(Path(sys.argv[1]))
    print(f"built in {time.perf_counter() - began:.1f} s")
