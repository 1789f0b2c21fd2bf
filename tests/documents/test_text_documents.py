"""Plain-text files and saved emails: decoded, with headers, subject as title."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

from infusion_desk.core.records import DocumentKind
from infusion_desk.documents import prepare_bytes


def test_utf8_text(today: date) -> None:
    data = "Notes from the call with Dr. Núñez\nNext step: appeal\n".encode()

    prepared = prepare_bytes(data, "call notes.txt", today=today)

    assert prepared.pages == ("Notes from the call with Dr. Núñez\nNext step: appeal",)
    assert prepared.document.media_type == "text/plain"
    assert prepared.document.page_count == 1
    assert prepared.document.preview_ok
    assert prepared.document.title == "Notes from the call with Dr. Núñez"
    assert prepared.document.kind is DocumentKind.CLINICAL_NOTES


def test_text_encodings(today: date) -> None:
    samples = {
        "\ufeffBOM first line".encode(): "BOM first line",
        "Café – invoice".encode("cp1252"): "Café – invoice",
        b"caf\xe9 \x81 odd byte": "café \x81 odd byte",  # 0x81 is not cp1252: latin-1 it is
        "Windows Notepad".encode("utf-16"): "Windows Notepad",
    }
    for data, text in samples.items():
        assert prepare_bytes(data, "a.txt", today=today).document.text == text


def _mail(subject: str, body: str, *, html: str | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Acme Health Plan <no-reply@acme.example>"
    message["To"] = "jane@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Nov 2026 09:15:00 -0500"
    if body:
        message.set_content(body, cte="quoted-printable")
    if html is not None:
        if body:
            message.add_alternative(html, subtype="html")
        else:
            message.set_content(html, subtype="html", cte="base64")
    return message


def test_email_with_a_quoted_printable_body(today: date) -> None:
    mail = _mail("Your prior authorization was approved", "Good news, Jane – approved " * 5)
    mail.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="pa.pdf")

    prepared = prepare_bytes(mail.as_bytes(), "approved.eml", today=today)

    document = prepared.document
    assert document.media_type == "message/rfc822"
    assert document.kind is DocumentKind.EMAIL
    assert document.title == "Your prior authorization was approved"
    assert document.sender == "Acme Health Plan"
    assert document.document_date == date(2026, 11, 3)
    assert document.preview_ok
    assert document.text.startswith("From: Acme Health Plan <no-reply@acme.example>\nTo: ")
    assert "Good news, Jane – approved" in document.text
    assert "=E2=80=93" not in document.text
    assert document.text.endswith("Attachments: pa.pdf")


def test_html_only_email_is_reduced_to_text(today: date) -> None:
    html = (
        "<html><head><style>p {color: red}</style></head><body><p>Your claim was"
        " <b>denied</b>.</p><script>alert(1)</script><p>Call us &amp; appeal.</p></body></html>"
    )
    mail = _mail("Claim update", "", html=html)

    prepared = prepare_bytes(mail.as_bytes(), "claim.eml", today=today)

    text = prepared.document.text
    assert "Your claim was denied." in text
    assert "Call us & appeal." in text
    assert "<p>" not in text
    assert "<b>" not in text
    assert "color" not in text
    assert "alert" not in text


def test_multipart_alternative_prefers_plain_text(today: date) -> None:
    mail = _mail("Hi", "plain words", html="<p>html words</p>")

    prepared = prepare_bytes(mail.as_bytes(), "x.eml", today=today)

    assert "plain words" in prepared.document.text
    assert "html words" not in prepared.document.text


def test_broken_email_is_kept(today: date) -> None:
    data = (
        b"Subject: =?bogus?Q?x?=\nDate: not a date\n"
        b"Content-Type: text/plain; charset=nope\n\n\xff\xfe"
    )

    prepared = prepare_bytes(data, "odd.eml", today=today)

    assert prepared.document.kind is DocumentKind.EMAIL
    assert prepared.document.document_date is None
    assert prepared.data == data
