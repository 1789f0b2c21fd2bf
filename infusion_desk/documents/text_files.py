"""Plain text and saved emails: turn their bytes into readable text."""

from __future__ import annotations

import email
import email.policy
import logging
import re
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACE_RUNS = re.compile(r"[ \t\u00a0]+")


def clean_text(text: str) -> str:
    """Text fit to store and search: one kind of line ending, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    # Lone surrogates (from broken UTF-16 in some PDFs) cannot be stored as UTF-8.
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text.strip()


def decode_text(data: bytes) -> str:
    """Bytes of a ``.txt`` file as text: UTF-8 (with or without a BOM), UTF-16, else Windows."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return clean_text(data.decode("utf-16"))
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return clean_text(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return clean_text(data.decode("latin-1"))


@dataclass(frozen=True)
class EmailContent:
    sender: str
    to: str
    subject: str
    sent_on: date | None
    text: str  # headers, then the body, then the names of attachments


def read_email(data: bytes) -> EmailContent:
    """The parts of a saved email (``.eml``) a caregiver needs. Never raises on odd mail."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    sender = _header(message, "From")
    to = _header(message, "To")
    subject = _header(message, "Subject")
    date_header = _header(message, "Date")
    sent_on = _parse_date(date_header)
    body = _body(message)
    attachments = _attachment_names(message)
    labelled = (("From", sender), ("To", to), ("Subject", subject), ("Date", date_header))
    lines = [f"{label}: {value}" for label, value in labelled if value]
    parts = ["\n".join(lines), body]
    if attachments:
        parts.append("Attachments: " + ", ".join(attachments))
    return EmailContent(
        sender=_display_name(sender),
        to=to,
        subject=subject,
        sent_on=sent_on,
        text=clean_text("\n\n".join(part for part in parts if part)),
    )


def html_to_text(markup: str) -> str:
    parser = _TextOfHtml()
    try:
        parser.feed(markup)
        parser.close()
    except Exception as exc:  # noqa: BLE001 - html.parser can still trip on hostile markup
        log.info("email HTML could not be read fully: %s", type(exc).__name__)
    return parser.text()


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception as exc:  # noqa: BLE001 - header parsing of malformed mail is fragile
        log.info("email header %s unreadable: %s", name, type(exc).__name__)
        return ""
    if value is None:
        return ""
    return " ".join(str(value).split())


def _parse_date(value: str) -> date | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _display_name(sender: str) -> str:
    try:
        addresses = getaddresses([sender])
    except Exception:  # noqa: BLE001 - a garbled From line still leaves the raw text
        return sender
    if len(addresses) == 1:
        name, address = addresses[0]
        return name or address or sender
    return sender


def _body(message: Message) -> str:
    part: Message | None = None
    if isinstance(message, EmailMessage):
        try:
            part = message.get_body(preferencelist=("plain", "html"))
        except Exception as exc:  # noqa: BLE001 - malformed MIME trees
            log.info("email body not found: %s", type(exc).__name__)
    if part is None and not message.is_multipart():
        part = message
    if part is None:
        return ""
    text = _content(part)
    if part.get_content_subtype() == "html":
        return html_to_text(text)
    return text


def _content(part: Message) -> str:
    if isinstance(part, EmailMessage):
        try:
            content = part.get_content()
        except Exception as exc:  # noqa: BLE001 - unknown charsets, broken encodings
            log.info("email part decoded leniently: %s", type(exc).__name__)
        else:
            if isinstance(content, str):
                return content
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("latin-1")


def _attachment_names(message: Message) -> list[str]:
    names: list[str] = []
    try:
        for part in message.walk():
            if part.get_content_disposition() == "attachment":
                filename = part.get_filename()
                if filename:
                    names.append(" ".join(filename.split()))
    except Exception as exc:  # noqa: BLE001 - attachments are a nicety; the mail is still kept
        log.info("email attachments not listed: %s", type(exc).__name__)
    return names


class _TextOfHtml(HTMLParser):
    _BLOCKS = frozenset(
        {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"}
    )
    _SKIPPED = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._chunks: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self._chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self._chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._chunks.append(data)

    def text(self) -> str:
        joined = "".join(self._chunks)
        lines = (_SPACE_RUNS.sub(" ", line).strip() for line in joined.split("\n"))
        return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
