"""The packet's cover: the patient essentials anyone picking the packet up needs first (the
allergies boxed, at the top), and a table of contents with page numbers.

The page numbers are filled in once every page is laid out (:mod:`.page_refs`); each line is
also a link to its page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from infusion_desk.core import essentials
from infusion_desk.core.dates import format_day
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.core.records import Document, Profile
from infusion_desk.reports import ranking, words
from infusion_desk.reports.data import SummaryData
from infusion_desk.reports.fonts import BOLD
from infusion_desk.reports.packet_attached import ATTACHED_KEY, attached_title
from infusion_desk.reports.packet_records import (
    SECTIONS,
    Bookmark,
    PacketSheet,
    section_counts,
    section_title,
)
from infusion_desk.reports.page_refs import NUMBER_ROOM, NUMBER_SIZE, draw_page_ref
from infusion_desk.reports.styles import LIGHT_RULE, RULE, fit_line

COVER_KEY = "cover"
CONTENTS_SIZE = NUMBER_SIZE
# Characters of one essential the cover prints (the allergies are never cut).
LONGEST_ON_COVER = 300
LONGEST_NAME = 120
DISCLAIMER = QT_TRANSLATE_NOOP(
    "PacketCover", "A personal organizer printout made with Infusion Desk. It is not coverage "
    "advice: confirm details with the plan and the provider.")


def cover(data: SummaryData, sheet: PacketSheet, attached: Sequence[Document] = ()
          ) -> list[Flowable]:
    """The cover page: name, essentials, contents. ``attached``: the documents appended."""
    styles = sheet.styles
    name = (sheet.text.markup(_short(data.profile.patient_name, LONGEST_NAME, ""))
            or translate("PacketCover", "Patient name not filled in"))
    story: list[Flowable] = [
        NextPageTemplate("body"),  # a contents list that runs over goes on with the headers
        Bookmark(COVER_KEY, translate("PacketCover", "Cover")),
        Paragraph(translate("PacketCover", "Folder packet"), styles.subtitle),
        Spacer(1, 4),
        Paragraph(name, styles.title),
        Spacer(1, 2),
        Paragraph(translate("PacketCover", "Printed on {day}").format(
            day=format_day(data.today)), styles.body),
        Spacer(1, 12),
        allergy_box(data.profile, sheet),
        Spacer(1, 8),
        essentials_table(data, sheet),
        Spacer(1, 14),
        Paragraph(translate("PacketCover", "<b>Contents</b>"), styles.subheading),
        Spacer(1, 3),
    ]
    story += contents(data, sheet, attached)
    story += [Spacer(1, 12), Paragraph(words.said(DISCLAIMER, "PacketCover"), styles.body),
              PageBreak()]
    return story


def allergy_box(profile: Profile, sheet: PacketSheet) -> Table:
    """"ALLERGIES: Sulfa drugs (rash)" in a heavy box, larger and bold; a blank says it is not
    filled in, never that there are none."""
    size = sheet.styles.body.fontSize + 2
    lead = translate("PacketCover", "ALLERGIES:")
    text = (f'<font name="{BOLD}" size="{size}">{lead}</font> '
            f'<font name="{BOLD}" size="{size}">'
            f"{sheet.text.markup(essentials.allergies(profile))}</font>")
    cell = Paragraph(text, sheet.styles.body)
    cell.style = cell.style.clone("allergies", leading=size * 1.3)
    table = Table([[cell]], colWidths=[sheet.width], splitInRow=1)  # never cut short
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 2.0, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def essentials_rows(data: SummaryData) -> list[tuple[str, str]]:
    """(caption, value) of the essentials that are filled in, in the order they are read."""
    profile, today = data.profile, data.today
    start = format_day(profile.start_date)
    end = essentials.planned_end(profile, today)
    dates = words.join(
        translate("PacketCover", "started {day}").format(day=start) if start else "",
        translate("PacketCover", "planned last day {day}").format(day=end) if end else "",
        profile.planned_duration)
    rows = [
        (translate("PacketCover", "Date of birth"), words.born(profile, today)),
        (essentials.caption_words(essentials.DIAGNOSIS_CAPTION), profile.treats),
        (translate("PacketCover", "Drug or therapy"), profile.therapy),
        (translate("PacketCover", "Dosing schedule"), profile.dosing_schedule),
        (translate("PacketCover", "Access line"), profile.access_line),
        (translate("PacketCover", "Therapy dates"), dates[:1].upper() + dates[1:]),
        (translate("PacketCover", "Prescriber"), profile.prescriber),
        (translate("PacketCover", "Home infusion pharmacy"), profile.infusion_provider),
        (translate("PacketCover", "Nursing visits"), profile.nursing_schedule),
        (essentials.caption_words(essentials.NEXT_APPOINTMENT_CAPTION),
         essentials.next_appointment(profile, today)),
    ]
    insurance = translate("PacketCover", "Insurance")
    for plan in ranking.plans_in_order(data.plans):
        ids = words.join(
            translate("PacketCover", "member ID {id}").format(id=plan.member_id)
            if plan.member_id else "",
            translate("PacketCover", "group {number}").format(number=plan.group_number)
            if plan.group_number else "")
        rows.append((insurance if not any(c == insurance for c, _ in rows) else "",
                     words.join(words.plan_title(plan), ids, sep=" — ")))
    return [(caption, value) for caption, value in rows if value.strip()]


def _short(value: str, longest: int = 0, rest: str | None = None) -> str:
    """A value as long as a cover has room for; the rest is in the Patient and therapy pages."""
    if rest is None:
        rest = " " + translate("PacketCover", "(in full under Patient and therapy)")
    longest = longest or LONGEST_ON_COVER
    value = " ".join(value.split())
    if len(value) <= longest:
        return value
    return value[:longest].rsplit(" ", 1)[0] + " …" + rest


def essentials_table(data: SummaryData, sheet: PacketSheet) -> Flowable:
    rows = essentials_rows(data)
    if not rows:
        return Paragraph(translate("PacketCover",
                                   "Nothing written down about the patient and therapy yet."),
                         sheet.styles.body)
    cells = [[sheet.para(f"<b>{sheet.plain(caption)}</b>" if caption else ""),
              sheet.para(sheet.text.markup(_short(value)))] for caption, value in rows]
    table = Table(cells, colWidths=[sheet.width * 0.3, sheet.width * 0.7], splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def contents(data: SummaryData, sheet: PacketSheet, attached: Sequence[Document]
             ) -> list[Flowable]:
    """One line per section and per attached document, each with its page number."""
    counts = section_counts(data)
    lines: list[Flowable] = [ContentsLine(sheet.text.plain(section_title(key, counts[key])), key)
                             for key, _title in SECTIONS]
    if attached:
        lines.append(ContentsLine(f"{attached_title()} ({len(attached)})", ATTACHED_KEY))
        lines.append(sheet.para(translate("PacketCover",
                                          "The page of each document is in the document index.")))
    return lines


class ContentsLine(Flowable):  # type: ignore[misc] # ReportLab is untyped
    """"Calls (30) ........ 12": a title, a dotted leader, and the page (filled in at the end);
    the whole line links to the page."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__()
        self.title = title
        self.key = key
        self.leading = round(CONTENTS_SIZE * 1.45, 1)
        self.width = 0.0

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.leading

    def draw(self) -> None:
        canvas: Any = self.canv
        text = fit_line(self.title, BOLD, CONTENTS_SIZE, self.width - NUMBER_ROOM - 8)
        baseline = self.leading - CONTENTS_SIZE
        canvas.setFont(BOLD, CONTENTS_SIZE)
        canvas.drawString(0, baseline, text)
        start = stringWidth(text, BOLD, CONTENTS_SIZE) + 4
        end = self.width - NUMBER_ROOM + 6
        if end > start:
            canvas.saveState()
            canvas.setStrokeColor(LIGHT_RULE)
            canvas.setLineWidth(0.6)
            canvas.setDash(1, 3)
            canvas.line(start, baseline + 1, end, baseline + 1)
            canvas.restoreState()
        draw_page_ref(canvas, self.key, self.width, baseline)
        canvas.linkRect("", self.key, (0, 0, self.width, self.leading), relative=1,
                        thickness=0)
