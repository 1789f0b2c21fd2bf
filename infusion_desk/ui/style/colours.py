"""Every colour the window's code sets itself (style sheets, ``QColor``, brushes), with what it
is painted on: the list the contrast test checks on the light and the dark palette, and that a
test holds complete (a colour written in ``infusion_desk/ui`` and missing here fails it).

A colour is written as ``#rrggbb``, ``#rrggbb/alpha`` (0–255), ``palette(role)`` (a style sheet's
role name), ``warning`` (``ui.widgets.brushes.warning_brush``: red that follows the palette), or
``top over bottom`` for a translucent colour laid over another.
"""

from __future__ import annotations

from dataclasses import dataclass

from infusion_desk.ui.style.contrast import GRAPHIC, LARGE_TEXT, TEXT

# Words and what they are on: each must read (4.5:1; 3:1 for large text), marks 3:1.
Goal = float


@dataclass(frozen=True)
class Painted:
    """``ink`` painted on ``ground`` at ``where``; ``goal``: the ratio it must reach."""

    where: str
    ink: str
    ground: str
    goal: Goal = TEXT


@dataclass(frozen=True)
class Decoration:
    """A colour that only repeats what words already say (a frame, a band beside a heading):
    not needed to understand anything, so not held to a ratio (WCAG 1.4.11 asks it of what
    is needed). Listed so that every colour the code sets is accounted for."""

    where: str
    colour: str
    why: str


_NOTE_INK, _NOTE_GROUND = "#3b2f00", "#fff4ce"  # the yellow notes: dark brown on pale yellow

PAINTED: tuple[Painted, ...] = (
    Painted("ui/drop_feedback.py: the drop area's words", "#0d2b4d", "#e8f1fb"),
    Painted("ui/read_only.py: the read-only banner", _NOTE_INK, _NOTE_GROUND),
    Painted("ui/filing/deadline_note.py: a letter's deadline note", _NOTE_INK, _NOTE_GROUND),
    Painted("ui/filing/letter_form.py: the denial banner", _NOTE_INK, _NOTE_GROUND),
    Painted("ui/widgets/form_dialog.py: a form's problem line", "palette(bright-text)",
            "#a4262c"),
    Painted("ui/widgets/brushes.py: late rows in lists", "warning", "palette(base)"),
    Painted("ui/widgets/brushes.py: late rows in lists (shaded)", "warning",
            "palette(alternate-base)"),
    Painted("ui/widgets/brushes.py: late words on the window", "warning", "palette(window)"),
    Painted("ui/overview/today_panel.py: a to-do that can stop the therapy",
            "palette(text)", "#c62828/28 over palette(base)"),
    Painted("ui/overview/today_panel.py: a to-do under the mouse", "palette(text)",
            "palette(highlight)/30 over palette(base)"),
    Painted("ui/overview/today_panel.py: a to-do's opener under the mouse", "palette(link)",
            "palette(highlight)/30 over palette(base)"),
    Painted("ui/requests/column_band.py: the column groups' names", "palette(window-text)",
            "palette(alternate-base)", LARGE_TEXT),
    Painted("ui/documents/preview.py: a letter's print under a search mark", "#000000",
            "#ffd600/110 over #ffffff"),
    Painted("ui/widgets/step_marker.py: the tick on a step done", "white", "#2e7d32", GRAPHIC),
    Painted("ui/widgets/step_marker.py: the cross on a step denied", "white", "#c62828",
            GRAPHIC),
    Painted("ui/deadlines/deadline_card.py: the chosen card's frame", "palette(highlight)",
            "palette(window)", GRAPHIC),
    Painted("ui/widgets/step_track.py: the step where things are at now", "palette(window-text)",
            "palette(highlight)/40 over palette(window)"),
    Painted("ui/widgets/step_track.py: the chosen step's frame", "palette(highlight)",
            "palette(window)", GRAPHIC),
)

DECORATIONS: tuple[Decoration, ...] = (
    Decoration("ui/drop_feedback.py: the drop area's dashed frame", "#1f5fa8",
               "a frame around words that say what a drop will do"),
    Decoration("yellow notes' frame", "#c9a400", "the note's words and its pale yellow say it"),
    Decoration("ui/overview/today_panel.py: the bar beside a to-do that can stop the therapy",
               "#c62828", "the to-do's own words and a stop sign say it"),
    Decoration("ui/overview/profile_panel.py: the frame round the allergies", "#a4262c",
               "the line starts with ⚠ and the word Allergies"),
    Decoration("ui/deadlines/deadline_card.py: the band of an overdue card", "#a4262c",
               "the card says Overdue in words"),
    Decoration("ui/widgets/brushes.py: the warning red itself", "#b3261e",
               "checked as 'warning' above (light palette)"),
    Decoration("ui/widgets/brushes.py: the warning red itself", "#ff8a80",
               "checked as 'warning' above (dark palette)"),
    Decoration("ui/widgets/step_marker.py: a step done", "#2e7d32",
               "the step's status is written beside it; checked with its tick above"),
)


def written_colours() -> set[str]:
    """Every literal colour the list accounts for (lower case, without alpha)."""
    found: set[str] = set()
    for painted in PAINTED:
        for value in (painted.ink, painted.ground):
            for layer in value.split(" over "):
                found.add(layer.split("/")[0].strip().lower())
    found.update(decoration.colour.lower() for decoration in DECORATIONS)
    return found
