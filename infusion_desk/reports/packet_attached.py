"""The attached documents' pages in the folder packet: each page under its heading, every
picture at its real size (smaller only to fit the page, never larger), or its text, or a page
saying why it could not be added.

A document nobody named ("Scan0001") is headed by its kind and date
(:func:`~infusion_desk.core.document_names.document_heading`).
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from infusion_desk.core.dates import format_day
from infusion_desk.core.document_names import document_heading
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.core.records import Document
from infusion_desk.reports import words
from infusion_desk.reports.packet_documents import AppendedDocument, PagePicture
from infusion_desk.reports.packet_records import Bookmark, PacketSheet
from infusion_desk.reports.styles import LIGHT_RULE

ATTACHED_KEY = "attached"
ATTACHED_TITLE = QT_TRANSLATE_NOOP("PacketAttached", "Attached documents")


def document_key(document: Document, number: int) -> str:
    """The bookmark of an attached document: by its id (the document index links to it), or
    by its place among the attached (1-based) for one not stored."""
    return f"document-{document.id}" if document.id is not None else f"attached-{number}"


def doc_title(document: Document, sheet: PacketSheet) -> str:
    return sheet.text.plain(document_heading(document))


def documents_story(appended: list[AppendedDocument], sheet: PacketSheet) -> list[Flowable]:
    if not appended:
        return []
    story: list[Flowable] = []
    total = len(appended)
    for number, item in enumerate(appended, start=1):
        title = doc_title(item.document, sheet)
        marks: list[Flowable] = [Bookmark(document_key(item.document, number), title,
                                          level=1)]
        if number == 1:
            marks.insert(0, Bookmark(ATTACHED_KEY, attached_title(), level=0))
        label = translate("PacketAttached", "Document {number} of {total}: {title}").format(
            number=number, total=total, title=title)
        if item.pages:
            story += _picture_pages(item, label, marks, sheet)
        else:
            story += [NextPageTemplate("body"), PageBreak(), *marks,
                      _caption(label, sheet), Spacer(1, 8)]
            story += _text_or_problem(item, sheet)
    return story


def attached_title() -> str:
    return words.said(ATTACHED_TITLE, "PacketAttached")


def _caption(label: str, sheet: PacketSheet) -> Paragraph:
    return Paragraph(sheet.text.markup(label), sheet.styles.subheading)


def _picture_pages(item: AppendedDocument, label: str, marks: list[Flowable],
                   sheet: PacketSheet) -> list[Flowable]:
    story: list[Flowable] = []
    count = len(item.pages)
    for index, picture in enumerate(item.pages):
        # A landscape page only for a wide picture that would be shrunk on an upright one.
        wide = (picture is not None and picture.landscape
                and picture.real_width > sheet.width)
        story += [NextPageTemplate("wide" if wide else "body"), PageBreak()]
        if index == 0:
            story += marks
        page_label = (translate("PacketAttached", "{document} — page {page} of {pages}").format(
            document=label, page=index + 1, pages=count) if count > 1 else label)
        story += [_caption(page_label, sheet), Spacer(1, 4)]
        if picture is None:
            story.append(Paragraph(translate(
                "PacketAttached", "This page could not be drawn for the packet. The document is "
                "saved in the folder, and you can still open it with your PDF viewer."),
                sheet.styles.body))
        else:
            story.append(PagePictureFlowable(picture))
    return story


def _text_or_problem(item: AppendedDocument, sheet: PacketSheet) -> list[Flowable]:
    styles = sheet.styles
    if item.problem is not None:
        document = item.document
        details = sheet.fields([
            (translate("PacketAttached", "Kind"), document.kind.label),
            (translate("PacketAttached", "Date"),
             format_day(document.document_date or document.received_on)),
            (translate("PacketAttached", "From"), document.sender),
            (translate("PacketAttached", "File name"), document.original_name),
        ])
        sentence = translate("PacketAttached", "This document could not be added to the packet: "
                             "{why} It is saved in the folder.").format(
            why=words.said(item.problem.value, "PacketProblem"))
        out: list[Flowable] = [Paragraph(f"<b>{sentence}</b>", styles.body), Spacer(1, 8)]
        return out + ([details] if details is not None else [])
    paragraphs = [p for p in item.text.split("\n\n") if p.strip()] or [
        translate("PacketAttached", "(This document is empty.)")]
    return [Paragraph(sheet.text.markup(p, keep_lines=True), styles.body) for p in paragraphs]


@dataclass(frozen=True)
class Placement:
    x: float
    y: float
    width: float
    height: float


class PagePictureFlowable(Flowable):  # type: ignore[misc] # ReportLab is untyped
    """A page picture at its real size, made smaller only to fit what is left of the frame;
    centred across, at the top, with a thin border."""

    def __init__(self, picture: PagePicture) -> None:
        super().__init__()
        self.picture = picture
        self._place = Placement(0, 0, 0, 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._place = fit_picture(self.picture, available_width, max(available_height - 1, 1))
        return available_width, self._place.height

    def draw(self) -> None:
        place = self._place
        reader = ImageReader(BytesIO(self.picture.jpeg))
        self.canv.drawImage(reader, place.x, place.y, place.width, place.height)
        self.canv.setStrokeColor(LIGHT_RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(place.x, place.y, place.width, place.height)


def fit_picture(picture: PagePicture, width: float, height: float) -> Placement:
    """The picture at its real size, or scaled down to fit ``width`` x ``height``; centred
    across. ``y`` is 0: the flowable is exactly as tall as the picture."""
    scale = min(1.0, width / picture.real_width, height / picture.real_height)
    w, h = picture.real_width * scale, picture.real_height * scale
    return Placement((width - w) / 2, 0, w, h)
