"""argparse's own words ("usage:", "options", its error messages) in her language: argparse
reads each through its module's ``_`` (gettext, which has no Spanish for it), pointed here while
the command line runs. Placeholders stay argparse's own (``%s``, ``%(prog)s``)."""

from __future__ import annotations

import argparse

from infusion_desk.core.i18n import translate


def argparse_words(text: str) -> str:
    """One of argparse's messages in her language; any other text as it is."""
    words = {
        "usage: ": translate("CommandLine", "usage: "),
        "positional arguments": translate("CommandLine", "positional arguments"),
        "options": translate("CommandLine", "options"),
        "show this help message and exit": translate("CommandLine",
                                                     "show this help message and exit"),
        "show program's version number and exit": translate(
            "CommandLine", "show program's version number and exit"),
        "argument %(argument_name)s: %(message)s": translate(
            "CommandLine", "argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": translate("CommandLine", "unrecognized arguments: %s"),
        "not allowed with argument %s": translate("CommandLine", "not allowed with argument %s"),
        "the following arguments are required: %s": translate(
            "CommandLine", "the following arguments are required: %s"),
        "one of the arguments %s is required": translate(
            "CommandLine", "one of the arguments %s is required"),
        "expected one argument": translate("CommandLine", "expected one argument"),
        "expected at most one argument": translate("CommandLine",
                                                   "expected at most one argument"),
        "expected at least one argument": translate("CommandLine",
                                                    "expected at least one argument"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "CommandLine", "ambiguous option: %(option)s could match %(matches)s"),
        "invalid %(type)s value: %(value)r": translate("CommandLine",
                                                       "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"),
        "%(prog)s: error: %(message)s\n": translate("CommandLine",
                                                    "%(prog)s: error: %(message)s\n"),
    }
    return words.get(text, text)


def speak_argparse() -> None:
    """argparse's words through :func:`argparse_words` from now on (the command line's run)."""
    setattr(argparse, "_", argparse_words)  # noqa: B010 (argparse looks `_` up when it speaks)
