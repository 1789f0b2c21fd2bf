"""The words a caregiver reads, in her language. Plain Python: the Qt-free layers mark their strings
here, and the window installs Qt's translator behind :func:`translate` at start.

How to mark a string (``pyside6-lupdate`` finds these calls by name, so spell them exactly so,
with literal strings, never an f-string or a variable)::

    from infusion_desk.core.i18n import translate, QT_TRANSLATE_NOOP

    translate("CallsTab", "Log a call")                       # translated now
    translate("CallsTab", "Called {who}").format(who=name)    # placeholders filled after
    translate("Counts", "%n letters", None, count)            # a plural: %n is the number
    KIND = QT_TRANSLATE_NOOP("DocumentKind", "Bill")          # marked now, translated when shown

The context (first argument) names the module or class the words belong to; the translation file
groups messages by it. Placeholders are ``{name}`` (filled with ``str.format`` after translating)
or ``%n`` (the count of a plural); a translation keeps exactly the placeholders of its source.

Without Qt (the Qt-free tests, a command run where PySide6 is missing) the words stay English; the
English plural forms come from the English plural files (``*_en.ts``) kept beside the Spanish ones.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

__all__ = [
    "QT_TRANSLATE_NOOP",
    "Translator",
    "install",
    "language",
    "translate",
    "translate_marked",
    "translations_dir",
    "uninstall",
]

# (context, source text, disambiguation, count or -1) -> translated text with %n filled in
Translator = Callable[[str, str, str | None, int], str]



class _Current:
    """The translator in place (None: English without Qt) and its language's code."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.translator: Translator | None = None
        self.language = "en"


_current = _Current()


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the caregiver's language (see the module notes). Safe from any thread."""
    chosen = _current.translator
    if chosen is not None:
        return chosen(context, source, disambiguation, n)
    return _english(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``source`` for the translation file and returns it unchanged: for words defined
    before the language is known (enum labels, tables), translated later with :func:`translate`
    and the same context."""
    del context
    return source


def install(translator: Translator, language_code: str) -> None:
    """Routes every :func:`translate` call through ``translator`` (the window's Qt translator)."""
    with _current.lock:
        _current.translator = translator
        _current.language = language_code


def uninstall() -> None:
    """Back to English without Qt (tests that install a translator restore this)."""
    with _current.lock:
        _current.translator = None
        _current.language = "en"


def language() -> str:
    """The two-letter code of the language the words are in now ("en", "es")."""
    return _current.language


def translations_dir() -> Path:
    """Where the translation sources (``*.ts``) are kept: ``resources/translations`` at the top of
    a working copy (the package's own copy is the compiled ``*.qm``)."""
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def _english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    if n < 0:
        return source
    forms = _english_plurals().get((context, source, disambiguation or ""))
    text = source if forms is None else forms[0 if n == 1 else -1]
    return text.replace("%n", f"{n:,}")  # as Qt's English locale writes it: 3,499


@cache
def _english_plurals() -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The English singular and plural of each ``%n`` message, from the ``*_en.ts`` files."""
    found: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for file in sorted(translations_dir().glob("*_en.ts")):
        try:
            root = ElementTree.parse(file).getroot()
        except (OSError, ElementTree.ParseError):
            continue
        _read_plurals(root, found)
    return found


def _read_plurals(root: ElementTree.Element,
                  found: dict[tuple[str, str, str], tuple[str, ...]]) -> None:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = tuple(form.text or "" for form in message.iter("numerusform"))
            if forms and all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = forms


def translate_marked(context: str, marked: str) -> str:
    """The words of a table marked with :func:`QT_TRANSLATE_NOOP` (``context`` the same), in the
    caregiver's language now: for rows defined before the language is known (rules, notes)."""
    return translate(context, marked)
