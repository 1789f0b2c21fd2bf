"""Page numbers printed before the pages exist: "Calls ........ 12" on the cover, and the page of
each attached document in the document index.

The packet is laid out once, so a number is printed as a small PDF form ("page-of-<key>") that
the packet's canvas fills in at the very end with the page the bookmark ``key`` landed on (the
"Page 3 of 12" footers work the same way). Every reference is also a link to its page, made
only for a bookmark the story holds (a link to a missing place would break the PDF).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from infusion_desk.reports.fonts import REGULAR

PAGE_FORM = "page-of-{key}"
NUMBER_SIZE = 10.0
NUMBER_ROOM = 36.0  # points left of the form's origin that a number may take


def draw_page_ref(canvas: Any, key: str, right: float, baseline: float) -> None:
    """Print the page of bookmark ``key`` right-aligned at (``right``, ``baseline``)."""
    canvas.saveState()
    canvas.transform(1, 0, 0, 1, right, baseline)  # a move (translate() names the app's words)
    canvas.doForm(PAGE_FORM.format(key=key))
    canvas.restoreState()
    wanted = getattr(canvas, "wanted_pages", None)
    if wanted is not None:
        wanted.add(key)


def write_page_numbers(canvas: Any, marked: dict[str, int], wanted: set[str]) -> None:
    """Fill in every page reference (right-aligned at the form's origin); a bookmark that was
    never drawn gets a dash."""
    for key in sorted(wanted):
        canvas.beginForm(PAGE_FORM.format(key=key), lowerx=-NUMBER_ROOM, lowery=-4,
                         upperx=2, uppery=NUMBER_SIZE + 4)
        canvas.setFont(REGULAR, NUMBER_SIZE)
        page = marked.get(key)
        canvas.drawRightString(0, 0, str(page) if page is not None else "—")
        canvas.endForm()


class PageRef(Flowable):  # type: ignore[misc] # ReportLab is untyped
    """The page of bookmark ``key`` as a table cell: right-aligned, a link to the page."""

    def __init__(self, key: str, *, size: float = NUMBER_SIZE) -> None:
        super().__init__()
        self.key = key
        self.height = round(size * 1.25, 1)
        self.width = 0.0

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        baseline = self.height - NUMBER_SIZE
        draw_page_ref(self.canv, self.key, self.width, baseline)
        self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1,
                           thickness=0)
