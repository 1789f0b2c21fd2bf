"""The translation files are complete and true to the code: every marked string has a finished
Spanish translation with the same placeholders, plurals have every form, the files are up to date
with the code, strings are marked in a way lupdate can read, and the build makes the .qm files."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
from built_words import ROOT, translations_tool

PACKAGE = ROOT / "infusion_desk"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
MNEMONIC = re.compile(r"&(?!&)[^\s&]")


@dataclass(frozen=True)
class Message:
    file: str
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        return f"{self.file} [{self.context}] {self.source!r}"


def messages(file: Path) -> Iterator[Message]:
    root = ElementTree.parse(file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (tuple(f.text or "" for f in translation.iter("numerusform")) if numerus
                     else (translation.text or "",))
            kind = translation.get("type")
            yield Message(file.name, name, message.findtext("source") or "",
                          message.findtext("comment") or "", numerus, forms,
                          kind not in ("unfinished", "vanished", "obsolete"))


def committed(language: str) -> list[Message]:
    tool = translations_tool()
    files = [tool.source_file(part, language) for part in tool.PARTS]
    return [m for file in files if file.exists() for m in messages(file)]


def test_every_module_belongs_to_exactly_one_part() -> None:
    tool = translations_tool()
    owners: dict[Path, list[str]] = {}
    for part in tool.PARTS:
        for file in tool.part_files(part):
            owners.setdefault(file, []).append(part)
    modules = {p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    assert sorted(str(m.relative_to(ROOT)) for m in modules - owners.keys()) == []
    assert {str(f.relative_to(ROOT)): o for f, o in owners.items() if len(o) > 1} == {}


def test_the_translation_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Running ``packaging/translations.py update`` would change nothing: no string of the code
    is missing from the files, none is left there that the code no longer has."""
    fresh = translations_tool().fresh_copy(tmp_path)
    for ts in sorted(translations_tool().SOURCES.glob("*.ts")):
        before = {m.key for m in messages(ts)}
        after = {m.key for m in messages(fresh / ts.name)}
        assert sorted(after - before) == [], f"run packaging/translations.py update: {ts.name}"
        assert sorted(before - after) == [], f"run packaging/translations.py update: {ts.name}"


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    for message in committed(language):
        if not message.finished or not all(form.strip() for form in message.forms):
            problems.append(f"not translated: {message.where()}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(message.source)))
        for number, form in enumerate(message.forms):
            found = set(PLACEHOLDER.findall(form))
            if message.numerus and number == 0:
                found.add("%n")  # the singular may say "one" in words ("Una carta")
            if sorted(found) != wanted:
                problems.append(f"placeholders differ: {message.where()} -> {form!r}")
            if bool(MNEMONIC.search(message.source)) != bool(MNEMONIC.search(form)):
                problems.append(f"keyboard letter (&) lost or added: {message.where()} -> {form!r}")
        if message.numerus and len(message.forms) < 2:
            problems.append(f"a plural needs its singular and plural: {message.where()}")
    assert problems == []


def test_spanish_has_words_for_the_app() -> None:
    spanish = committed("es")
    assert len(spanish) > 0
    assert all(m.numerus for m in committed("en"))


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def test_strings_are_marked_so_lupdate_reads_them() -> None:
    """``translate`` and ``QT_TRANSLATE_NOOP`` take a literal context and a literal source (an
    f-string, a variable or a concatenation at run time would be read wrong or not at all), and
    nothing calls Qt's ``tr`` (its context is the class of the object at run time)."""
    problems = []
    for file in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called(node)
            where = f"{file.relative_to(ROOT)}:{node.lineno}"
            exempt = file.name == "i18n.py" or (file.name == "labelled.py" and name == "translate")
            if name in ("translate", "QT_TRANSLATE_NOOP") and not exempt and not (
                    len(node.args) >= 2 and _literal(node.args[0]) and _literal(node.args[1])):
                problems.append(f"{where}: {name}() needs a literal context and text")
            if name == "tr" and isinstance(node.func, ast.Attribute):
                problems.append(f"{where}: use translate(\"Context\", ...) instead of tr()")
    assert problems == []


def test_every_enum_label_is_marked_under_its_enum() -> None:
    from infusion_desk.core.labelled import LabelledEnum

    import_all_core()
    marked = {(m.context, m.source) for m in committed("es")}
    missing = []
    stack = list(LabelledEnum.__subclasses__())
    while stack:
        enum_class = stack.pop()
        stack.extend(enum_class.__subclasses__())
        for member in enum_class:
            if (enum_class.__name__, member.source_label) not in marked:
                missing.append(f"{enum_class.__name__}.{member.name}: {member.source_label!r}")
    assert missing == []


def import_all_core() -> None:
    import importlib

    for file in sorted((PACKAGE / "core").glob("*.py")):
        importlib.import_module(f"infusion_desk.core.{file.stem}")


def test_the_build_makes_the_compiled_words(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    built = translations_tool().build(tmp_path)
    assert sorted(p.name for p in built) == ["infusion_desk_en.qm", "infusion_desk_es.qm"]
    words = QTranslator()
    assert words.load(str(tmp_path / "infusion_desk_es.qm"))
    sample = next(m for m in committed("es") if not m.numerus)
    assert words.translate(sample.context, sample.source, sample.comment or None) == sample.forms[0]
