"""Document bytes, page texts and thumbnails in the folder file: stored once per hash.

The fingerprint and size of a stored document are computed here from its bytes, so a stored
document always matches what ``check`` expects. Returns core records and bytes only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import replace

from sqlalchemy import insert, select

from infusion_desk.core.errors import RecordNotFoundError
from infusion_desk.core.records import Document
from infusion_desk.storage.mapping import to_values
from infusion_desk.storage.store import Store, now
from infusion_desk.storage.tables import BlobRow, DocumentPageRow, DocumentRow


class DocumentStorage:
    """The documents part of one open folder file."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add_document(
        self,
        document: Document,
        data: bytes,
        pages: Sequence[str],
        thumbnail: bytes | None,
    ) -> Document:
        """Store a document and its bytes (once per hash) in one transaction.

        The fingerprint and size are computed here from the bytes themselves, so a stored
        document always matches what ``check`` expects.
        """
        document = replace(document, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        with self._store.writing() as s:
            have_blob = s.execute(
                select(BlobRow.sha256).where(BlobRow.sha256 == document.sha256)
            ).first()
            if have_blob is None:
                s.execute(insert(BlobRow).values(sha256=document.sha256, size=len(data), data=data))
            stamp = now()
            values = to_values(replace(document, added_at=document.added_at or stamp))
            new_id = s.execute(
                insert(DocumentRow)
                .values(**values, thumbnail=thumbnail, created_at=stamp, updated_at=stamp)
                .returning(DocumentRow.id)
            ).scalar_one()
            if pages:
                s.execute(
                    insert(DocumentPageRow),
                    [
                        {"document_id": new_id, "page": n, "text": text}
                        for n, text in enumerate(pages, start=1)
                    ],
                )
        return replace(document, id=new_id, added_at=document.added_at or stamp)

    def document_bytes(self, document_id: int) -> bytes:
        with self._store.reading() as s:
            data = s.execute(
                select(BlobRow.data)
                .join(DocumentRow, DocumentRow.sha256 == BlobRow.sha256)
                .where(DocumentRow.id == document_id)
            ).scalar_one_or_none()
        if data is None:
            raise RecordNotFoundError("document", document_id)
        return bytes(data)

    def thumbnail(self, document_id: int) -> bytes | None:
        with self._store.reading() as s:
            data = s.execute(
                select(DocumentRow.thumbnail).where(DocumentRow.id == document_id)
            ).scalar_one_or_none()
        return None if data is None else bytes(data)

    def page_texts(self, document_id: int) -> list[str]:
        with self._store.reading() as s:
            return list(
                s.execute(
                    select(DocumentPageRow.text)
                    .where(DocumentPageRow.document_id == document_id)
                    .order_by(DocumentPageRow.page)
                ).scalars()
            )

    def blob_hashes(self) -> Iterator[tuple[str, int]]:
        """Every stored blob's key and size, for a check that reads them one at a time."""
        with self._store.reading() as s:
            rows = s.execute(select(BlobRow.sha256, BlobRow.size)).all()
        for sha, size in rows:
            yield str(sha), int(size)

    def blob(self, sha256: str) -> bytes | None:
        """The bytes stored under this hash; None if they cannot be found (a damaged index)."""
        with self._store.reading() as s:
            data = s.execute(
                select(BlobRow.data).where(BlobRow.sha256 == sha256)
            ).scalar_one_or_none()
        return None if data is None else bytes(data)

    def documents_with_hash(self, sha256: str) -> list[str]:
        with self._store.reading() as s:
            return [
                str(t)
                for t in s.execute(
                    select(DocumentRow.title).where(DocumentRow.sha256 == sha256)
                ).scalars()
            ]

