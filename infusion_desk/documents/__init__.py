"""Taking documents in: sniff, hash, read text, make thumbnails, guess what they are. No Qt.

All PDF work goes through a :class:`PdfEngine`, which runs PDFium in a separate process. Create
one per window or batch and close it when done (it is a context manager)::

    with PdfEngine() as engine:
        files, refused = collect_files(dropped_paths)
        for path in files:
            prepared = prepare_file(path, today=date.today(), engine=engine)

The package's names load their modules when first used (PEP 562): starting the window imports
``documents.collect`` and ``documents.reading`` only, not PDFium's process or Pillow.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from infusion_desk.documents.collect import collect_files
    from infusion_desk.documents.errors import DocumentRefusedError
    from infusion_desk.documents.pdf_engine import PdfEngine, PdfInfo, PdfStatus
    from infusion_desk.documents.prepare import (
        PreparedDocument,
        pdf_page_texts,
        prepare_bytes,
        prepare_file,
        render_page,
    )
    from infusion_desk.documents.reading import MAX_DOCUMENT_BYTES

_WHERE = {
    "MAX_DOCUMENT_BYTES": "reading",
    "DocumentRefusedError": "errors",
    "PdfEngine": "pdf_engine",
    "PdfInfo": "pdf_engine",
    "PdfStatus": "pdf_engine",
    "PreparedDocument": "prepare",
    "collect_files": "collect",
    "pdf_page_texts": "prepare",
    "prepare_bytes": "prepare",
    "prepare_file": "prepare",
    "render_page": "prepare",
}
__all__ = [
    "MAX_DOCUMENT_BYTES",
    "DocumentRefusedError",
    "PdfEngine",
    "PdfInfo",
    "PdfStatus",
    "PreparedDocument",
    "collect_files",
    "pdf_page_texts",
    "prepare_bytes",
    "prepare_file",
    "render_page",
]


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
