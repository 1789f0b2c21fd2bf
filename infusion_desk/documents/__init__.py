"""Taking documents in: sniff, hash, read text, make thumbnails, guess what they are. No Qt.

All PDF work goes through a :class:`PdfEngine`, which runs PDFium in a separate process. Create
one per window or batch and close it when done (it is a context manager)::

    with PdfEngine() as engine:
        files, refused = collect_files(dropped_paths)
        for path in files:
            prepared = prepare_file(path, today=date.today(), engine=engine)
"""

from infusion_desk.documents.collect import collect_files
from infusion_desk.documents.errors import DocumentRefusedError
from infusion_desk.documents.pdf_engine import PdfEngine, PdfInfo, PdfStatus
from infusion_desk.documents.prepare import (
    PreparedDocument,
    prepare_bytes,
    prepare_file,
    render_page,
)
from infusion_desk.documents.reading import MAX_DOCUMENT_BYTES

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "DocumentRefusedError",
    "PdfEngine",
    "PdfInfo",
    "PdfStatus",
    "PreparedDocument",
    "collect_files",
    "prepare_bytes",
    "prepare_file",
    "render_page",
]
