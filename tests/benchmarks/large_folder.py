"""The large folder of issue 14, built once and kept between runs.

5,000 documents of 1–10 pages (real text PDFs made with ReportLab, about 17 KB each, letter-like
words), 20,000 calls, 2,000 requests, 1,000 questions, 200 contacts. Built through the app's own
code, so a change in how the folder keeps things shows up here: each PDF is read by the app's
``prepare_bytes`` (its PDF worker: the page texts and the thumbnail) and stored by
``folder.records.add_document``; the other records by ``folder.records.add``. Only the
transactions are batched (a few hundred operations in one), which is what makes it fast.

The folder is cached under ``$INFUSION_DESK_BENCH_CACHE`` (default ``~/.cache/infusion-desk-bench``)
in a file named by the folder's schema revision, this builder's version and the scale; a second
builder waiting for the same file waits for the first (a lock), and never sees half a folder.
A change in how documents are kept that comes without a new schema revision (a thumbnail's size,
say) needs ``--rebuild`` (or ``VERSION`` bumped). Old files are not removed: delete them by hand.

    python tests/benchmarks/large_folder.py [--scale 1|tiny|0.2] [--rebuild]   # prints the path

In code: ``large_folder(scale)`` returns the cached file's path (building it if needed). Never
open the cached file for changes: ``copy_of(path, dest)`` gives a private copy to change.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import itertools
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from infusion_desk.services import Folder
    from infusion_desk.storage.store import Store

VERSION = 1  # bump when what is built changes
SEED = 14
BATCH = 250  # operations per transaction


@dataclass(frozen=True)
class Size:
    documents: int = 5_000
    calls: int = 20_000
    requests: int = 2_000
    questions: int = 1_000
    contacts: int = 200
    max_pages: int = 10

    @classmethod
    def scaled(cls, scale: float) -> Size:
        full = cls()

        def part(n: int, least: int) -> int:
            return max(least, round(n * scale))

        return cls(documents=part(full.documents, 20), calls=part(full.calls, 100),
                   requests=part(full.requests, 20), questions=part(full.questions, 10),
                   contacts=part(full.contacts, 5), max_pages=full.max_pages if scale >= 0.1 else 3)


SCALES = {"full": 1.0, "tiny": 0.005}


def parse_scale(text: str | float) -> float:
    if isinstance(text, float):
        return text
    return SCALES[text] if text in SCALES else float(text)


# ------------------------------------------------------------------------------ the words
def _words(text: str) -> list[str]:
    return text.split()


_PAYERS = ("Medicare", "Blue Shield of California", "Aetna", "Cigna Healthcare", "Humana",
           "UnitedHealthcare", "Anthem Blue Cross", "Kaiser Permanente", "Medi-Cal")
_SENDERS = (*_PAYERS, "Sunrise Home Infusion", "Valley Specialty Pharmacy",
            "Dr. Anita Patel, Infectious Disease", "St. Mary's Medical Center",
            "Coastal Home Health Nursing", "Social Security Administration")
_PEOPLE = ("José Nguyễn", "Maria Lopez", "Dr. Anita Patel", "Robert Chen", "Ellen O'Brien",
           "Walter Brennan", "Priya Raman", "Tomás Herrera", "Grace Kim", "Samuel Okafor")
_COMMON = _words(
    "the of and to a in for is on that by this with you your we are be it as at from or have "
    "an will not our please may if has been any can which their these all other more also "
    "only must should would after before about under within during each such than when there"
)
_DOMAIN = _words(
    "prior authorization infusion pump home nursing visit vancomycin ertapenem daptomycin "
    "ceftriaxone PICC line dressing appeal denied approved medical necessity explanation "
    "benefits deductible coinsurance copayment out-of-network in-network pharmacy specialty "
    "drug referral osteomyelitis cellulitis endocarditis daily dosing claim member plan "
    "coverage policy provider service date request review determination reconsideration "
    "grievance formulary exception supplies catheter flush saline heparin elastomeric "
    "pole tubing lab draw weekly CBC creatinine trough level discharge hospital outpatient "
    "Part B Part D durable equipment benefit period authorization number effective expires "
    "statement balance payment billed allowed adjustment remark code denial reason"
)
_SYLLABLES = ("ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "qui",
              "ra", "se", "ti", "vo", "wa", "xe", "yo", "za", "tor", "lin", "mar", "sen")


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Common words, then the domain's, then a long tail of rare made-up words (Zipf weights)."""
    rare = sorted({"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
                   for _ in range(4_000)})
    rng.shuffle(rare)
    words = [*_COMMON, *_DOMAIN, *rare]
    return words, [1.0 / (rank + 1) ** 0.9 for rank in range(len(words))]


class Letters:
    """Letter-like PDFs: a letterhead, a reference, dates, amounts and Zipf-distributed words."""

    def __init__(self, seed: int = SEED) -> None:
        self.seed = seed
        self.words, self.weights = _vocabulary(random.Random(seed))

    def pdf(self, number: int, pages: int) -> bytes:
        from reportlab.lib.pagesizes import LETTER
        from reportlab.pdfgen import canvas

        rng = random.Random(self.seed * 1_000_003 + number)
        sender = rng.choice(_SENDERS)
        person = rng.choice(_PEOPLE)
        sent = date(2024, 1, 1) + timedelta(days=rng.randrange(1_000))
        buffer = BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=LETTER, pageCompression=1, invariant=1)
        pdf.setTitle(f"Letter {number}")
        for page in range(pages):
            y = 740.0
            pdf.setFont("Helvetica-Bold", 14)
            pdf.drawString(60, y, sender)
            pdf.setFont("Helvetica", 10)
            y -= 18
            pdf.drawString(60, y, f"{sent:%B %d, %Y}    Reference PA-{sent.year}-{number:06d}"
                                  f"    Page {page + 1} of {pages}")
            y -= 24
            if page == 0:
                pdf.drawString(60, y, f"Dear {person},")
                y -= 18
            while y > 60:
                line = " ".join(rng.choices(self.words, self.weights, k=11))
                if rng.random() < 0.15:
                    line += f" ${rng.randrange(10, 9_000)}.{rng.randrange(100):02d}"
                if rng.random() < 0.1:
                    line += f" claim C{rng.randrange(10**9):09d}"
                pdf.drawString(60, y, line)
                y -= 14
            pdf.showPage()
        pdf.save()
        return buffer.getvalue()


def _make_pdf(job: tuple[int, int, int]) -> tuple[int, bytes]:
    seed, number, pages = job
    return number, _letters(seed).pdf(number, pages)


_LETTERS: dict[int, Letters] = {}


def _letters(seed: int) -> Letters:
    if seed not in _LETTERS:
        _LETTERS[seed] = Letters(seed)
    return _LETTERS[seed]


# ------------------------------------------------------------------------------ the cache
def cache_dir() -> Path:
    root = os.environ.get("INFUSION_DESK_BENCH_CACHE")
    return Path(root) if root else Path.home() / ".cache" / "infusion-desk-bench"


def cached_path(scale: float) -> Path:
    from infusion_desk.storage.schema import HEAD

    label = "full" if scale == 1.0 else f"x{scale:g}"
    return cache_dir() / f"large-{HEAD}-v{VERSION}-{label}.infusiondesk"


def large_folder(scale: float | str = 1.0, *, rebuild: bool = False,
                 log: bool = True) -> Path:
    """The cached large folder's path, built first if it is not there yet."""
    scale = parse_scale(scale)
    path = cached_path(scale)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another builder of the same file: wait for it
        if path.exists() and not rebuild:
            return path
        if path.exists():
            path.unlink()
        partial = path.with_name(path.name + ".building")
        if partial.exists():
            shutil.rmtree(partial) if partial.is_dir() else partial.unlink()
        began = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="infusion-desk-build-") as home:
            previous = os.environ.get("INFUSION_DESK_HOME")
            os.environ["INFUSION_DESK_HOME"] = home
            try:
                build(partial / "folder.infusiondesk", Size.scaled(scale), log=log)
            finally:
                if previous is None:
                    os.environ.pop("INFUSION_DESK_HOME", None)
                else:
                    os.environ["INFUSION_DESK_HOME"] = previous
        (partial / "folder.infusiondesk").rename(path)
        shutil.rmtree(partial, ignore_errors=True)
        if log:
            print(f"built {path} ({path.stat().st_size / 1e6:.0f} MB) in "
                  f"{time.perf_counter() - began:.0f} s", file=sys.stderr)
    return path


def copy_of(path: Path, dest: Path) -> Path:
    """A private copy of a cached folder, to open for changes (the cache is never changed)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, dest)
    return dest


# ------------------------------------------------------------------------------ the build
@contextlib.contextmanager
def one_transaction(store: Store) -> Iterator[Session]:
    """Every operation inside shares one transaction (the store's ``writing`` hands out the
    same session), so a batch of operations costs one commit."""
    with store.writing() as session:
        @contextlib.contextmanager
        def same() -> Iterator[Session]:
            yield session

        store.writing = same  # type: ignore[method-assign]
        try:
            yield session
        finally:
            del store.writing


def build(path: Path, size: Size, *, log: bool = True) -> None:
    """Create the folder at ``path`` (its directory is made; the file must not exist)."""
    from infusion_desk.services import Folder

    path.parent.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    folder = Folder.create(path)
    try:
        store = folder._store  # noqa: SLF001 - batching the app's own operations
        rng = random.Random(SEED)
        contact_ids = _add_contacts(folder, store, rng, size)
        document_ids = _add_documents(folder, store, size, log=log)
        call_ids = _add_calls(folder, store, rng, size, contact_ids)
        request_ids = _add_requests(folder, store, rng, size, document_ids)
        _add_questions(folder, store, rng, size, call_ids=call_ids, request_ids=request_ids)
    finally:
        folder.close()
    if log:
        print(f"  all records in {time.perf_counter() - began:.0f} s", file=sys.stderr)


def _batches(count: int) -> Iterator[range]:
    for first in range(0, count, BATCH):
        yield range(first, min(first + BATCH, count))


def _add_contacts(folder: Folder, store: Store, rng: random.Random, size: Size) -> list[int]:
    from infusion_desk.core.records import Contact

    ids: list[int] = []
    for batch in _batches(size.contacts):
        with one_transaction(store):
            for n in batch:
                done = folder.records.add(Contact(
                    name=f"{rng.choice(_PEOPLE)} {n}", role=rng.choice(("Case manager",
                                                                        "Nurse", "Billing")),
                    organization=rng.choice(_SENDERS), phone=f"1-800-555-{n % 10_000:04d}",
                    notes=" ".join(rng.choices(_DOMAIN, k=8))))
                assert done.value.id is not None
                ids.append(done.value.id)
    return ids


def _add_documents(folder: Folder, store: Store, size: Size, *, log: bool) -> list[int]:
    """PDFs made in a second process, read by two of the app's PDF workers, stored here."""
    import multiprocessing
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from infusion_desk.documents import PdfEngine, PreparedDocument, prepare_bytes

    rng = random.Random(SEED + 1)
    jobs = [(SEED, n, rng.randint(1, size.max_pages)) for n in range(1, size.documents + 1)]
    received = date(2024, 1, 1)
    engines: list[PdfEngine] = []
    local = threading.local()

    def prepare(letter: tuple[int, bytes]) -> PreparedDocument:
        number, data = letter
        if not hasattr(local, "engine"):
            local.engine = PdfEngine()
            engines.append(local.engine)
        today = received + timedelta(days=number * 1_000 // size.documents)
        return prepare_bytes(data, f"letter {number:05d}.pdf", today=today,
                             engine=local.engine)

    ids: list[int] = []
    began = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    try:
        with context.Pool(1) as pool, ThreadPoolExecutor(2) as threads:
            made = pool.imap(_make_pdf, jobs, chunksize=8)  # made ahead, while stored
            for batch in _batches(size.documents):
                with one_transaction(store):
                    for prepared in threads.map(prepare, itertools.islice(made, len(batch))):
                        saved = folder.records.add_document(
                            prepared.document, prepared.content(), pages=prepared.pages,
                            thumbnail=prepared.thumbnail).value
                        assert saved.id is not None
                        ids.append(saved.id)
                if log:
                    print(f"  {len(ids):5} documents, {time.perf_counter() - began:4.0f} s",
                          file=sys.stderr)
    finally:
        for engine in engines:
            engine.close()
    return ids


def _add_calls(folder: Folder, store: Store, rng: random.Random, size: Size,
               contact_ids: list[int]) -> list[int]:
    from infusion_desk.core.records import Call, CallDirection

    start = datetime(2026, 11, 1, 9)
    ids: list[int] = []
    for batch in _batches(size.calls):
        with one_transaction(store):
            for n in batch:
                done = folder.records.add(Call(
                    called_at=start - timedelta(minutes=47 * n),
                    direction=rng.choice(tuple(CallDirection)),
                    organization=rng.choice(_SENDERS), person=rng.choice(_PEOPLE),
                    contact_id=rng.choice(contact_ids) if rng.random() < 0.3 else None,
                    phone=f"1-800-555-{rng.randrange(10_000):04d}",
                    reference_number=f"R{n:06d}",
                    summary=" ".join(rng.choices(_DOMAIN, k=rng.randint(5, 25))),
                    outcome=" ".join(rng.choices(_DOMAIN, k=rng.randint(0, 10))),
                    follow_up_on=(start.date() + timedelta(days=rng.randrange(-60, 30))
                                  if rng.random() < 0.1 else None),
                    follow_up_done=rng.random() < 0.5))
                assert done.value.id is not None
                ids.append(done.value.id)
    return ids


def _add_requests(folder: Folder, store: Store, rng: random.Random, size: Size,
                  document_ids: list[int]) -> list[int]:
    from infusion_desk.core.records import Request, SendMethod

    start = date(2024, 1, 1)
    ids: list[int] = []
    for batch in _batches(size.requests):
        with one_transaction(store):
            for n in batch:
                asked = start + timedelta(days=rng.randrange(1_000))
                sent = rng.random() < 0.7
                done = folder.records.add(Request(
                    what=" ".join(rng.choices(_DOMAIN, k=rng.randint(3, 9))),
                    requested_on=asked, requested_by=rng.choice(_SENDERS),
                    due_on=asked + timedelta(days=rng.randrange(3, 45)),
                    submitted_on=asked + timedelta(days=2) if sent else None,
                    submitted_to=rng.choice(_SENDERS) if sent else "",
                    method=rng.choice(tuple(SendMethod)) if sent else None,
                    confirmation_number=f"CONF-{n:05d}" if sent else "",
                    notes=" ".join(rng.choices(_DOMAIN, k=rng.randint(0, 30))),
                    document_ids=tuple(sorted(set(rng.sample(document_ids,
                                                             k=min(3, len(document_ids))))))))
                assert done.value.id is not None
                ids.append(done.value.id)
    return ids


def _add_questions(folder: Folder, store: Store, rng: random.Random, size: Size, *,
                   call_ids: list[int], request_ids: list[int]) -> None:
    from infusion_desk.core.records import Question, QuestionStatus

    for batch in _batches(size.questions):
        with one_transaction(store):
            for _ in batch:
                answered = rng.random() < 0.6
                folder.records.add(Question(
                    text=" ".join(rng.choices(_DOMAIN, k=rng.randint(4, 14))) + "?",
                    ask_whom=rng.choice(_SENDERS),
                    status=QuestionStatus.ANSWERED if answered else QuestionStatus.OPEN,
                    answer=" ".join(rng.choices(_DOMAIN, k=10)) if answered else "",
                    answered_on=date(2026, 10, 1) if answered else None,
                    answered_call_id=rng.choice(call_ids) if answered else None,
                    request_id=rng.choice(request_ids) if rng.random() < 0.3 else None))


def main() -> int:
    parser = argparse.ArgumentParser(description="Build (once) and print the large folder.")
    parser.add_argument("--scale", default="full",
                        help="'full' (the issue's size, default), 'tiny', or a fraction")
    parser.add_argument("--rebuild", action="store_true", help="build it again")
    args = parser.parse_args()
    print(large_folder(args.scale, rebuild=args.rebuild))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
