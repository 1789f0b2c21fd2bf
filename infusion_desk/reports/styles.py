"""Type and spacing for printed pages: black on white, hierarchy by size and weight only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from infusion_desk.reports.fonts import BOLD, REGULAR, register_fonts

Paper = Literal["letter", "a4"]

PAGE_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
MARGIN = 36.0  # half an inch: inside every office printer's printable area
BODY_SIZE = 9.0
SMALL_SIZE = 9.0  # the smallest type on any page, footer aside
RULE = colors.black
LIGHT_RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.92, 0.92)  # a light grey that survives black-and-white printing
ELLIPSIS = "…"


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAGE_SIZES[paper]
    except KeyError:
        raise ValueError(f"paper must be 'letter' or 'a4', not {paper!r}") from None


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    hanging: ParagraphStyle
    details: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    more: ParagraphStyle
    right: ParagraphStyle
    column_head: ParagraphStyle


def make_styles(*, body: float = BODY_SIZE, small: float = SMALL_SIZE, spacing: float = 1.25
                ) -> Styles:
    """The styles of one report: ``body`` for what is read, ``small`` for column heads and the
    "more" lines (the summary keeps both at 10 pt or more); ``spacing`` is line height over type
    size."""
    register_fonts()

    def style(name: str, size: float, *, font: str = REGULAR, leading: float | None = None,
              **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading or round(size * spacing, 1),
            textColor=colors.black, splitLongWords=1, **extra,
        )

    return Styles(
        title=style("title", 18, font=BOLD, leading=22),
        subtitle=style("subtitle", 11, leading=14),
        heading=style("heading", 11.5, font=BOLD, leading=14),
        subheading=style("subheading", body + 1, font=BOLD),
        body=style("body", body),
        hanging=style("hanging", body, leftIndent=9, firstLineIndent=-9),
        details=style("details", body, leftIndent=14),
        bold=style("bold", body, font=BOLD),
        small=style("small", small),
        label=style("label", small, font=BOLD),
        more=style("more", small, font=BOLD, spaceBefore=0, leading=round(small * spacing, 1) + 1),
        right=style("right", max(10, body), alignment=TA_RIGHT),
        column_head=style("column_head", small, font=BOLD),
    )


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut (with "…") so that it fits on one line of ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits together with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


