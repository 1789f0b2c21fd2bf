"""``infusion-desk ocr-accuracy``: the command that measures how well scanned letters are read.

It exits 0 whatever the figures (it measures), and 2 with one plain sentence when the OCR engine
or the letter reader cannot be loaded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_ocr_accuracy(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    accuracy = sub.add_parser(
        "ocr-accuracy", help="measure how well scanned letters are read",
        description="Draw the project's own labelled letters, degrade them like scans, faxes, "
                    "photocopies and phone photos, read them with the OCR engine and the letter "
                    "reader, and print per degradation the characters and words read and the "
                    "precision and recall of each fact, beside the targets. Exits 0 whatever "
                    "the figures.")
    accuracy.add_argument("--quick", action="store_true",
                          help="6 of the letters, one of each kind, instead of all of them "
                               "(about a minute)")
    accuracy.add_argument("--out", type=Path, metavar="DIR",
                          help="also save every picture, its text, what was read and the labels")
    accuracy.add_argument("--markdown", action="store_true", help="print Markdown tables")
    accuracy.set_defaults(run=run_ocr_accuracy)


def run_ocr_accuracy(args: argparse.Namespace) -> int:
    from infusion_desk.demo.letter_corpus import measure  # only when measuring: it is heavy

    if args.out is not None:  # a place that cannot take the pictures is said before measuring
        args.out.mkdir(parents=True, exist_ok=True)
    try:
        engine_factory, reader = measure.load_tools()
    except measure.ToolsMissingError as exc:
        print(exc, file=sys.stderr)
        return 2
    report = measure.run(quick=args.quick, out=args.out, engine_factory=engine_factory,
                         reader=reader)
    print(report.table(markdown=args.markdown))
    missed = report.missed()
    print(f"\nMeasured in {report.wall_seconds:.0f} s.")
    if missed:
        print("Targets missed:")
        for line in missed:
            print(f"  {line}")
    else:
        print("Every target is met.")
    return 0
