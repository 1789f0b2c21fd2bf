"""A demo folder for an invented patient, so the app can be tried without real paperwork.

Walter Brennan (invented) is on Original Medicare with a Medigap plan and a separate Part D drug
plan, starting six weeks of IV ertapenem at home for osteomyelitis of the left foot. The Part D plan
approved the drug after a request for more information; the approval ends a week from ``today``;
the supplies are denied as "not Part D"; a Medicare appeal is under way. Nothing in it is real, and
every phone number is a fictional 555-01xx number. No Qt here.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from infusion_desk.demo.writer import (
        DemoCancelledError,
        demo_needs_writing,
        is_unfinished_demo,
        write_demo_folder,
    )

__all__ = ["DemoCancelledError", "demo_needs_writing", "is_unfinished_demo", "write_demo_folder"]


def __getattr__(name: str) -> object:
    """The writer (and the PDF library it draws letters with) loads only when a demo folder is
    written, not when the command line or ``letter_corpus`` is merely imported."""
    if name in __all__:
        from infusion_desk.demo import writer

        return getattr(writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
