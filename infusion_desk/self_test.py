"""``infusion-desk --self-test``: does this installation work? One line per step, exit 0 or 1.

It touches nothing of the person's: every file it makes (folders, settings, logs, PDFs) lives in a
temporary directory that is removed at the end. It runs the parts that an installer can break:

1. a demo folder written through the Alembic migrations (revision scripts shipped as files),
2. the folder's integrity and fingerprint check,
3. a generated PDF and a HEIC photo imported through the documents pipeline (the PDFium worker is a
   separate process: in a frozen app it is the app's own executable started again),
4. the one-page summary (ReportLab with the shipped fonts), counted by PDFium,
5. a page picture read by the OCR worker (tesserocr, its libraries and the shipped models),
6. the window shown on the demo folder until its first paint, with the app icon (Qt plugins),
7. a second start of the app handing a folder to the running window (the local socket).

No Qt here: the window steps are in :mod:`infusion_desk.app`.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from infusion_desk import APP_NAME, __version__
from infusion_desk.core.i18n import translate
from infusion_desk.paths import HOME_OVERRIDE, AppPaths, app_paths

if TYPE_CHECKING:
    from infusion_desk.app import WindowCheck
    from infusion_desk.documents import PdfEngine

EXIT_PASSED = 0
EXIT_FAILED = 1
MARKER = "Self-test word: zircon-heron-4711"  # a phrase found only in the generated PDF
OCR_WORD = "zirconium"  # drawn on the page picture the OCR step reads


@dataclass
class _Scratch:
    root: Path
    paths: AppPaths
    engine: PdfEngine
    demo: Path = field(init=False)
    second: Path = field(init=False)
    window: WindowCheck | None = None

    def __post_init__(self) -> None:
        self.demo = self.root / "Demo self-test.infusiondesk"
        self.second = self.root / "Second self-test.infusiondesk"


def own_command() -> list[str]:
    """How to start this very app again (the bundle's executable when frozen)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "infusion_desk"]


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step, printing one line each; stop at the first failure."""
    out = out or sys.stdout
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    print(translate("SelfTest", "{app} {version} self-test, Python {python}{frozen}").format(
        app=APP_NAME, version=__version__, python=platform.python_version(), frozen=frozen),
        file=out, flush=True)
    started = time.monotonic()
    steps: list[tuple[str, Callable[[_Scratch], str]]] = [
        ("demo folder through the migrations", _step_demo_folder),
        ("folder check", _step_check),
        ("documents pipeline", _step_import),
        ("one-page summary", _step_summary),
        ("reading a scanned page", _step_ocr),
        ("window", _step_window),
        ("second start", _step_second_start),
    ]
    from infusion_desk.documents import PdfEngine

    with _private_home() as root, PdfEngine() as engine:
        scratch = _Scratch(root, app_paths(), engine)
        try:
            for number, (name, step) in enumerate(steps, start=1):
                step_started = time.monotonic()
                try:
                    said = step(scratch)
                except Exception as exc:  # noqa: BLE001 - every failure becomes one plain line
                    print(f"FAILED {number}. {name}: {_plain(exc)}", file=out, flush=True)
                    if os.environ.get("INFUSION_DESK_DEBUG"):
                        traceback.print_exc(file=out)
                    print(translate("SelfTest", "The self-test failed: this installation is not "
                                                "working. Reinstall the app, or send these lines "
                                                "to whoever set it up."), file=out)
                    return EXIT_FAILED
                ms = (time.monotonic() - step_started) * 1000
                print(f"ok     {number}. {name}: {said} ({ms:.0f} ms)", file=out, flush=True)
        finally:
            if scratch.window is not None:
                scratch.window.close()
    print(translate("SelfTest", "Self-test passed in {seconds} s.").format(
        seconds=f"{time.monotonic() - started:.1f}"), file=out, flush=True)
    return EXIT_PASSED


@contextmanager
def _private_home() -> Iterator[Path]:
    """Settings, logs and folders under a temporary directory, for this process and its children."""
    before = os.environ.get(HOME_OVERRIDE)
    with tempfile.TemporaryDirectory(prefix="infusion-desk-self-test-",
                                     ignore_cleanup_errors=True) as scratch:
        root = Path(scratch)
        os.environ[HOME_OVERRIDE] = str(root / "home")
        try:
            yield root
        finally:
            if before is None:
                os.environ.pop(HOME_OVERRIDE, None)
            else:
                os.environ[HOME_OVERRIDE] = before


def _plain(exc: BaseException) -> str:
    text = str(exc).strip() or "no details"
    return text if isinstance(exc, RuntimeError) else f"{type(exc).__name__}: {text}"


# ------------------------------------------------------------------------------------ steps


def _step_demo_folder(s: _Scratch) -> str:
    from infusion_desk.demo import write_demo_folder
    from infusion_desk.services import Folder
    from infusion_desk.storage.schema import HEAD, inspect_file

    write_demo_folder(s.demo).close()
    revision = inspect_file(s.demo).revision
    if revision != HEAD:
        raise RuntimeError(f"the new folder is at revision {revision}, not {HEAD}")
    Folder.create(s.second).close()
    return f"revision {revision}"


def _step_check(s: _Scratch) -> str:
    from infusion_desk.services import Folder

    with Folder.open(s.demo, read_only=True) as folder:
        report = folder.check()
    if not report.ok:
        from infusion_desk.services.trouble_words import check_findings

        raise RuntimeError("the check found problems: " + "; ".join(check_findings(report)))
    documents = report.counts.get("Document", 0)
    if documents == 0:
        raise RuntimeError("the demo folder has no documents")
    return f"sound, {documents} documents match their fingerprints"


def _step_import(s: _Scratch) -> str:
    from infusion_desk.documents.images import heif_available
    from infusion_desk.services import Folder
    from infusion_desk.services.importing import ImportStatus, import_files

    letter = s.root / "self-test letter.pdf"
    letter.write_bytes(_two_page_pdf())
    photo = s.root / "self-test photo.heic"
    if not heif_available():
        raise RuntimeError("HEIC photos cannot be read (pillow-heif did not load)")
    photo.write_bytes(_heic_photo())
    with Folder.open(s.demo) as folder:
        outcomes = import_files(folder, [letter, photo], today=date.today(), engine=s.engine)
        refused = [o.message for o in outcomes if o.status is not ImportStatus.IMPORTED]
        if refused:
            raise RuntimeError("not imported: " + " ".join(refused))
        pdf, heic = (o.document for o in outcomes)
        assert pdf is not None and heic is not None and pdf.id is not None
        if pdf.page_count != 2 or "zircon-heron-4711" not in " ".join(folder.page_texts(pdf.id)):
            raise RuntimeError("the PDF's pages or text were not read (PDF worker)")
        if heic.id is None or folder.thumbnail(heic.id) is None:
            raise RuntimeError("the HEIC photo got no thumbnail")
        hits = folder.search("zircon heron")
    if not any(hit.record_id == pdf.id for hit in hits):
        raise RuntimeError("the imported PDF is not found by search")
    return f"a 2-page PDF (read by the PDF worker, pid {s.engine.worker_pid}) and a HEIC photo"


def _step_summary(s: _Scratch) -> str:
    from infusion_desk.reports.data import gather_summary_data
    from infusion_desk.reports.summary import build_summary
    from infusion_desk.services import Folder

    with Folder.open(s.demo, read_only=True) as folder:
        data = gather_summary_data(folder, date.today())
        patient = folder.profile().patient_name
    pdf = build_summary(data, paper="letter")
    target = s.root / "summary.pdf"
    target.write_bytes(pdf)
    info = s.engine.inspect(target.read_bytes())
    if info.page_count != 1:
        raise RuntimeError(f"the summary has {info.page_count} pages ({info.status.value})")
    if patient not in info.pages[0]:
        raise RuntimeError("the summary does not show the patient's name")
    return f"{target.stat().st_size // 1024} KB, 1 page"


def _step_ocr(s: _Scratch) -> str:
    from infusion_desk.documents.ocr_engine import OcrEngine

    scan = s.root / "self-test scan.png"
    scan.write_bytes(_scanned_page())
    with OcrEngine() as ocr:
        page = ocr.read_page(scan.read_bytes())
        pid = ocr.worker_pid
    words = page.text.split()
    if OCR_WORD not in words:
        said = page.note or f"it read {len(words)} words, not the one expected"
        raise RuntimeError(f"the page was not read: {said}")
    return f"{len(words)} words read by the OCR worker (pid {pid})"


def _step_window(s: _Scratch) -> str:
    from infusion_desk.app import WindowCheck

    s.window = WindowCheck(s.paths)
    return s.window.show(s.demo)


def _step_second_start(s: _Scratch) -> str:
    if s.window is None:
        raise RuntimeError("no window is running")
    return s.window.second_start(own_command(), s.second)


# ------------------------------------------------------------------------------------ samples


def _two_page_pdf() -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    canvas.drawString(72, 720, "Infusion Desk self-test letter, page 1")
    canvas.showPage()
    canvas.drawString(72, 720, MARKER)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _scanned_page() -> bytes:
    """A small page picture at 150 dpi with a line of text, drawn with the shipped font."""
    from PIL import Image, ImageDraw, ImageFont

    from infusion_desk.reports.fonts import FONT_DIR

    image = Image.new("L", (1275, 400), 255)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 30)
    ImageDraw.Draw(image).text((150, 150), f"Infusion Desk reads this {OCR_WORD} page",
                               font=font, fill=0)
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _heic_photo() -> bytes:
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (64, 48), (200, 80, 40)).save(buffer, format="HEIF")
    return buffer.getvalue()
