"""Plural messages that lupdate's Python reader does not see as plurals.

lupdate (Qt 6) marks ``translate("Ctx", "%n files", None, 3)`` as a plural only when the count is
a literal number: with a name (``count``) it takes the name for an old "encoding" argument and
writes a plain message, so no singular and plural could be written for it. Here, after lupdate,
every message whose source holds ``%n`` is made a plural (``numerus="yes"``) again, with the
forms it had before (or empty, to be written), and the English file gets exactly those messages.

(A count written as ``result.stopped`` or ``len(x)`` is not read by lupdate at all: give the
count a plain name first, ``stopped = result.stopped``.)
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

Key = tuple[str, str, str]  # (context, source, comment)
Forms = tuple[tuple[str, ...], bool]  # (the forms, finished)
FORMS_PER_LANGUAGE = 2  # English and US Spanish: one and other


def _key(context: str, message: ElementTree.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def saved_forms(ts: Path) -> dict[Key, Forms]:
    """The plural forms a file holds now (read before lupdate rewrites it)."""
    if not ts.exists():
        return {}
    found: dict[Key, Forms] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            found[_key(name, message)] = (forms, translation.get("type") is None)
    return found


def mark_plurals(ts: Path, saved: dict[Key, Forms], *, plural_only: bool) -> None:
    """Every ``%n`` message of ``ts`` made a plural with its saved forms; with ``plural_only``
    (the English file) every other message is left out."""
    root = ElementTree.parse(ts).getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            if "%n" not in (message.findtext("source") or ""):
                if plural_only:
                    context.remove(message)
                continue
            _make_plural(message, saved.get(_key(name, message)))
        if plural_only and context.find("message") is None:
            root.remove(context)
    ts.write_text(as_lupdate_writes(root), encoding="utf-8")


def _escaped(text: str | None) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace('"', "&quot;").replace("'", "&apos;")


def _attributes(element: ElementTree.Element) -> str:
    return "".join(f' {name}="{_escaped(value)}"' for name, value in element.attrib.items())


def as_lupdate_writes(root: ElementTree.Element) -> str:
    """The file as lupdate lays it out (so that files without plurals do not change at all)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f"<TS{_attributes(root)}>"]
    for context in root.iter("context"):
        lines.append("<context>")
        for child in context:
            if child.tag != "message":
                lines.append(f"    <{child.tag}>{_escaped(child.text)}</{child.tag}>")
                continue
            lines.append(f"    <message{_attributes(child)}>")
            for part in child:
                forms = list(part.iter("numerusform"))
                if not forms:
                    lines.append(f"        <{part.tag}{_attributes(part)}>{_escaped(part.text)}"
                                 f"</{part.tag}>")
                    continue
                lines.append(f"        <{part.tag}{_attributes(part)}>")
                lines.extend(f"            <numerusform>{_escaped(form.text)}</numerusform>"
                             for form in forms)
                lines.append(f"        </{part.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _make_plural(message: ElementTree.Element, saved: Forms | None) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ElementTree.SubElement(message, "translation")
    if message.get("numerus") == "yes" and saved is None:
        return  # lupdate saw it as a plural itself
    message.set("numerus", "yes")
    forms, finished = saved if saved is not None else ((), False)
    forms = tuple(forms[:FORMS_PER_LANGUAGE]) + ("",) * (FORMS_PER_LANGUAGE - len(forms))
    translation.clear()
    if not finished or not all(forms):
        translation.set("type", "unfinished")
    for form in forms:
        ElementTree.SubElement(translation, "numerusform").text = form
