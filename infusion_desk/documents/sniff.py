"""Tell what a file is: its first bytes first, its name second."""

from __future__ import annotations

import enum
import mimetypes
from dataclasses import dataclass
from pathlib import PurePath


class Family(enum.Enum):
    """How a file is handled, not what it is called."""

    PDF = "pdf"
    IMAGE = "image"
    HEIF = "heif"
    EMAIL = "email"
    TEXT = "text"
    ARCHIVE = "archive"  # a ZIP archive: kept whole, its files listed (documents.archives)
    OTHER = "other"


@dataclass(frozen=True)
class FileType:
    family: Family
    media_type: str


PDF = FileType(Family.PDF, "application/pdf")
JPEG = FileType(Family.IMAGE, "image/jpeg")
PNG = FileType(Family.IMAGE, "image/png")
TIFF = FileType(Family.IMAGE, "image/tiff")
GIF = FileType(Family.IMAGE, "image/gif")
BMP = FileType(Family.IMAGE, "image/bmp")
WEBP = FileType(Family.IMAGE, "image/webp")
AVIF = FileType(Family.IMAGE, "image/avif")
HEIC = FileType(Family.HEIF, "image/heic")
HEIF = FileType(Family.HEIF, "image/heif")
EMAIL = FileType(Family.EMAIL, "message/rfc822")
TEXT = FileType(Family.TEXT, "text/plain")
ZIP = FileType(Family.ARCHIVE, "application/zip")
OCTET_STREAM = "application/octet-stream"

_BY_EXTENSION: dict[str, FileType] = {
    ".pdf": PDF,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".jpe": JPEG,
    ".jfif": JPEG,
    ".png": PNG,
    ".tif": TIFF,
    ".tiff": TIFF,
    ".gif": GIF,
    ".bmp": BMP,
    ".dib": BMP,
    ".webp": WEBP,
    ".avif": AVIF,
    ".heic": HEIC,
    ".heics": HEIC,
    ".heif": HEIF,
    ".hif": HEIF,
    ".eml": EMAIL,
    ".txt": TEXT,
    ".text": TEXT,
}

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# Files of their own that are ZIP archives inside (office documents, e-books): each is kept as the
# file it is, to be opened with its own program, not listed as an archive.
_ZIP_BASED = frozenset({
    ".docx", ".docm", ".dotx", ".xlsx", ".xlsm", ".xltx", ".pptx", ".pptm", ".potx", ".ppsx",
    ".odt", ".ods", ".odp", ".odg", ".ott", ".epub", ".xps", ".oxps", ".pages", ".numbers",
    ".key", ".kmz", ".jar", ".apk", ".vsdx", ".3mf", ".ipa", ".appx", ".msix", ".whl",
})

_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"})
_HEIF_BRANDS = frozenset({b"mif1", b"msf1", b"mif2"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
# Sizes of the BMP "DIB" header that follows the 14-byte file header; "BM" alone is too weak.
_BMP_DIB_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})
# PDF readers, PDFium among them, look for the header within the first 1024 bytes.
PDF_HEADER_WINDOW = 1024


def sniff(data: bytes, name: str) -> FileType:
    """The type of ``data``: magic bytes decide; the name's extension is the fallback.

    Only the first ``PDF_HEADER_WINDOW`` bytes are looked at.
    """
    extension = PurePath(name).suffix.lower()
    if data.startswith(_ZIP_MAGIC):
        # Before the PDF header is looked for: in a ZIP of uncompressed PDFs "%PDF-" comes
        # near the start, and a PDF reader would show the last one alone.
        return _other(name) if extension in _ZIP_BASED else ZIP
    by_magic = _by_magic(data)
    if by_magic is not None:
        return by_magic
    known = _BY_EXTENSION.get(extension)
    if known is not None:
        return known
    return _other(name)


def _other(name: str) -> FileType:
    guessed, _encoding = mimetypes.guess_type(PurePath(name).name or "x", strict=False)
    return FileType(Family.OTHER, guessed or OCTET_STREAM)


def has_pdf_header(data: bytes) -> bool:
    return b"%PDF-" in data[:PDF_HEADER_WINDOW]


def _by_magic(data: bytes) -> FileType | None:
    head = data[:32]
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:2] == b"BM" and int.from_bytes(head[14:18], "little") in _BMP_DIB_SIZES:
        return BMP
    if head[4:8] == b"ftyp":
        return _by_iso_brand(data)
    if has_pdf_header(data):  # a few scanners put junk before the header; readers accept it
        return PDF
    return None


def _by_iso_brand(data: bytes) -> FileType | None:
    box_size = int.from_bytes(data[0:4], "big")
    major = data[8:12]
    end = min(max(box_size, 16), 256, len(data))
    compatible = {data[i : i + 4] for i in range(16, end - 3, 4)}
    brands = {major} | compatible
    if major in _AVIF_BRANDS:
        return AVIF
    if major in _HEIC_BRANDS:
        return HEIC
    if brands & _AVIF_BRANDS and not brands & _HEIC_BRANDS:
        return AVIF
    if brands & _HEIC_BRANDS:
        return HEIC
    if brands & _HEIF_BRANDS:
        return HEIF
    return None
