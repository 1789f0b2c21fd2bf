"""Whatever bytes arrive under whatever name, preparing them never raises anything unexpected."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infusion_desk.documents import DocumentRefusedError, PdfEngine, prepare_bytes

_MAGIC = [
    b"",
    b"%PDF-1.7\n",
    b"\xff\xd8\xff\xe0",
    b"\x89PNG\r\n\x1a\n",
    b"II*\x00",
    b"GIF89a",
    b"\x00\x00\x00\x18ftypheic",
    b"RIFF\x00\x00\x00\x00WEBP",
    b"From: a\nSubject: b\n\n",
]
TODAY = date(2026, 11, 20)
_NAMES = ["letter.pdf", "photo.jpg", "scan.png", "fax.tif", "IMG.heic", "mail.eml", "a.txt", "x"]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(magic=st.sampled_from(_MAGIC), body=st.binary(max_size=2048), name=st.sampled_from(_NAMES))
def test_random_bytes_never_raise(engine: PdfEngine, magic: bytes, body: bytes, name: str) -> None:
    data = magic + body
    try:
        prepared = prepare_bytes(data, name, today=TODAY, engine=engine)
    except DocumentRefusedError:
        assert data == b""
        return
    assert prepared.data == data
    assert prepared.document.size == len(data)
    assert len(prepared.document.title) <= 80
    assert "\x00" not in prepared.document.text
    if not prepared.document.preview_ok:
        assert prepared.note
