"""A ZIP archive is kept as the archive it is, "ZIP archive, N files", never shown as one of the
PDFs inside it; the files inside can be taken out one by one."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from infusion_desk.documents import PdfEngine, prepare_bytes, prepare_file
from infusion_desk.documents.archives import (
    NOTE_ARCHIVE_UNREADABLE,
    archive_members,
    list_archive,
)
from infusion_desk.documents.sniff import Family, sniff
from tests.documents.document_samples import pdf_pages, picture


def zip_of(members: dict[str, bytes], *, stored: bool = True, encrypted: tuple[str, ...] = ()
           ) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 3, 9, 0, 0))
            info.compress_type = method
            archive.writestr(info, data)
    data = bytearray(buffer.getvalue())
    for name in encrypted:  # marked as encrypted (zipfile cannot write an encrypted file)
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
            local = archive.getinfo(name).header_offset
        data[local + 6] |= 0x1
        central = data.find(b"PK\x01\x02")
        while central != -1:
            length = int.from_bytes(data[central + 28:central + 30], "little")
            if data[central + 46:central + 46 + length] == name.encode():
                data[central + 8] |= 0x1
            central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def statements() -> dict[str, bytes]:
    return {
        "March/EOB March.pdf": pdf_pages([["Explanation of Benefits", "March statement"]]),
        "April/EOB April.pdf": pdf_pages([["Explanation of Benefits", "April statement"]]),
        "card.png": picture("PNG"),
    }


def test_a_zip_of_uncompressed_pdfs_is_a_zip_archive_not_its_last_pdf() -> None:
    data = zip_of(statements(), stored=True)
    assert b"%PDF-" in data[:1024]  # why it used to pass for a PDF
    found = sniff(data, "statements.zip")
    assert found.family is Family.ARCHIVE and found.media_type == "application/zip"
    assert sniff(data, "statements.pdf").family is Family.ARCHIVE  # whatever it is called


def test_office_documents_are_kept_as_the_files_they_are() -> None:
    found = sniff(zip_of({"word/document.xml": b"<w:document/>"}), "Appeal letter.docx")
    assert found.family is Family.OTHER and "wordprocessingml" in found.media_type


def test_a_zip_archive_is_prepared_as_an_archive_with_its_files_listed(
        tmp_path: Path, engine: PdfEngine, today: date) -> None:
    path = tmp_path / "statements 2026-11-03.zip"
    path.write_bytes(zip_of(statements()))
    prepared = prepare_file(path, today=today, engine=engine)
    document = prepared.document
    assert document.media_type == "application/zip" and document.preview_ok
    assert document.title == "Statements 2026-11-03"  # from its name, not from a file inside
    assert document.document_date == date(2026, 11, 3)
    assert document.text.splitlines()[0] == "ZIP archive, 3 files"
    assert "March/EOB March.pdf" in document.text and "card.png" in document.text
    assert "April statement" not in document.text  # nothing of the last PDF's own text
    assert document.page_count == 0 and prepared.pages == () and prepared.thumbnail is None
    assert "ZIP archive, 3 files" in prepared.note and "Add the files inside" in prepared.note
    assert prepared.source is not None  # kept as it is, never held whole in memory
    assert b"".join(prepared.source.chunks()) == path.read_bytes()


def test_a_damaged_zip_archive_is_still_kept(engine: PdfEngine, today: date) -> None:
    data = zip_of(statements())[:300]  # the list of files at the end is gone
    prepared = prepare_bytes(data, "statements.zip", today=today, engine=engine)
    assert prepared.document.media_type == "application/zip"
    assert not prepared.document.preview_ok and prepared.note == NOTE_ARCHIVE_UNREADABLE


def test_the_files_inside_come_out_one_by_one_with_plain_reasons() -> None:
    members = {**statements(), "notes/": b"", "big secret.pdf": pdf_pages([["x"]])}
    data = zip_of(members, stored=False, encrypted=("big secret.pdf",))
    listing = list_archive(io.BytesIO(data))
    assert listing is not None and listing.summary == "ZIP archive, 4 files"  # folders left out
    found = list(archive_members(io.BytesIO(data)))
    assert [m.path for m in found] == ["March/EOB March.pdf", "April/EOB April.pdf", "card.png",
                                       "big secret.pdf"]
    assert [m.name for m in found][:2] == ["EOB March.pdf", "EOB April.pdf"]
    assert found[0].data == statements()["March/EOB March.pdf"] and not found[0].refusal
    assert found[3].data == b"" and "protected with a password" in found[3].refusal


def test_a_member_that_claims_to_be_small_but_unpacks_huge_is_read_no_further(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from infusion_desk.documents import archives

    monkeypatch.setattr(archives, "MAX_DOCUMENT_BYTES", 10_000)
    data = zip_of({"bomb.pdf": b"%PDF-1.4 " + b"0" * 50_000}, stored=False)
    (member,) = archive_members(io.BytesIO(data))
    assert member.data == b"" and "too large to keep" in member.refusal
