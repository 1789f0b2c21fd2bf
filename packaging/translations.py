"""The app's translations: the sources (``resources/translations/*.ts``) and the compiled files the
app loads (``infusion_desk/resources/translations/*.qm``, built here, never committed).

    python packaging/translations.py build     # .ts -> .qm (setup-dev.sh and the bundle run this)
    python packaging/translations.py update [PART ...]   # re-read the code into the .ts files
                                               # (all parts, or those named), keeping every
                                               # translation already written

The words are split by part of the code (one ``<part>_es.ts`` each) so that people working on
different parts do not edit the same file; ``<part>_en.ts`` holds the English singular and plural
of each ``%n`` message of the part. Uses Qt's own ``lupdate`` and ``lrelease`` from PySide6.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "infusion_desk" / "resources" / "translations"
PACKAGE = ROOT / "infusion_desk"
LANGUAGES = ("es",)
APP_QM = "infusion_desk_{language}.qm"

# Each part: the files and folders (under infusion_desk/) whose words its .ts file holds. Every
# Python file of the package belongs to exactly one part (tests/test_translations.py checks).
PARTS: dict[str, tuple[str, ...]] = {
    "core": ("__init__.py", "__main__.py", "app.py", "paths.py", "privacy.py", "self_test.py",
             "cli", "core", "documents", "services", "storage"),
    "reports": ("reports", "demo"),
    "ui_records": ("ui/dialogs", "ui/questions", "ui/calls", "ui/tabs/calls.py",
                   "ui/tabs/questions.py", "ui/tabs/contacts.py"),
    "ui_documents": ("ui/documents", "ui/filing", "ui/printing", "ui/tabs/documents.py"),
    "ui_requests": ("ui/requests", "ui/widgets", "ui/models", "ui/tabs/requests.py"),
    "ui_window": ("ui/*.py", "ui/main_window", "ui/shared", "ui/tabs/__init__.py"),
    "ui_overview": ("ui/overview", "ui/deadlines", "ui/tabs/overview.py"),
    "ui_guide": ("ui/guide", "ui/style"),
}


def part_files(part: str) -> list[Path]:
    files: set[Path] = set()
    for entry in PARTS[part]:
        if "*" in entry:
            files.update(PACKAGE.glob(entry))
            continue
        path = PACKAGE / entry
        if path.is_dir():
            files.update(p for p in path.rglob("*.py") if "migrations" not in p.parts)
        elif path.exists():
            files.add(path)
    return sorted(files)


def all_files() -> list[Path]:
    return sorted({file for part in PARTS for file in part_files(part)})


def tool(name: str) -> Path:
    import PySide6  # the tools ship inside the PySide6-Essentials wheel

    found = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if not found.exists():
        raise SystemExit(f"Qt's {name} is missing from PySide6 at {found.parent}")
    return found


def source_file(part: str, language: str) -> Path:
    return SOURCES / f"{part}_{language}.ts"


def plurals_files() -> list[Path]:
    return [source_file(part, "en") for part in PARTS]


def lupdate(files: list[Path], ts: Path, language: str, *, plural_only: bool = False) -> None:
    """Reads the marked strings of ``files`` into ``ts`` (created if missing), keeping the
    translations it already holds and dropping the strings the code no longer has."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    readable = Path(tempfile.mkdtemp(prefix="lupdate-"))
    files = [_plurals_readable(f, readable / f"{number}.py") for number, f in enumerate(files)]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(f) for f in files))
    command = [str(tool("lupdate")), f"@{listing.name}", "-ts", str(ts), "-locations", "none",
               "-no-obsolete", "-source-language", "en_US", "-target-language",
               "en_US" if language == "en" else f"{language}_US", "-silent"]
    if plural_only:
        command.append("-pluralonly")
    try:
        subprocess.run(command, check=True, cwd=ROOT)
    finally:
        Path(listing.name).unlink(missing_ok=True)
        shutil.rmtree(readable, ignore_errors=True)


def _plurals_readable(file: Path, copy: Path) -> Path:
    """``file`` as lupdate reads a plural: its Python reader takes a plural's count for one only
    when it is a number (``translate("Ctx", "%n days", None, days)`` is read as no plural), so
    the copy it reads has ``1`` where a count is a name or an expression."""
    text = file.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    counts = [node.args[3] for node in ast.walk(ast.parse(text))
              if isinstance(node, ast.Call) and len(node.args) == 4
              and getattr(node.func, "id", getattr(node.func, "attr", "")) == "translate"
              and not (isinstance(node.args[3], ast.Constant)
                       and isinstance(node.args[3].value, int))]
    if not counts:
        return file
    for count in sorted(counts, key=lambda c: (c.lineno, c.col_offset), reverse=True):
        assert count.end_lineno is not None and count.end_col_offset is not None
        first, last = count.lineno - 1, count.end_lineno - 1
        start = len(lines[first].encode("utf-8")[:count.col_offset].decode("utf-8"))
        end = len(lines[last].encode("utf-8")[:count.end_col_offset].decode("utf-8"))
        lines[first:last + 1] = [lines[first][:start] + "1" + lines[last][end:]]
    copy.write_text("".join(lines), encoding="utf-8")
    return copy


def update(sources: Path = SOURCES, parts: list[str] | None = None) -> None:
    for part in parts or list(PARTS):
        for language in LANGUAGES:
            lupdate(part_files(part), sources / source_file(part, language).name, language)
        lupdate(part_files(part), sources / source_file(part, "en").name, "en", plural_only=True)


def build(out: Path = COMPILED) -> list[Path]:
    """Compiles the .ts sources into one .qm per language (plus the English plurals)."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        target = out / APP_QM.format(language=language)
        ts_files = [str(source_file(part, language)) for part in PARTS
                    if source_file(part, language).exists()]
        subprocess.run([str(tool("lrelease")), "-silent", *ts_files, "-qm", str(target)],
                       check=True, cwd=ROOT)
        built.append(target)
    target = out / APP_QM.format(language="en")
    subprocess.run([str(tool("lrelease")), "-silent",
                    *(str(f) for f in plurals_files() if f.exists()), "-qm", str(target)],
                   check=True, cwd=ROOT)
    built.append(target)
    return built


def is_stale(out: Path = COMPILED) -> bool:
    """True when a .qm is missing or older than a .ts it is built from."""
    sources = list(SOURCES.glob("*.ts"))
    targets = [out / APP_QM.format(language=lang) for lang in (*LANGUAGES, "en")]
    if not all(t.exists() for t in targets):
        return True
    newest = max((s.stat().st_mtime for s in sources), default=0.0)
    return min(t.stat().st_mtime for t in targets) < newest


def fresh_copy(into: Path) -> Path:
    """The .ts files re-read from the code into a copy under ``into`` (for the tests' checks)."""
    copy = into / "translations"
    shutil.copytree(SOURCES, copy, dirs_exist_ok=True)
    update(copy)
    return copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("build", "update"))
    parser.add_argument("parts", nargs="*", help=f"(update) only these parts: {', '.join(PARTS)}")
    args = parser.parse_args(argv)
    if unknown := set(args.parts) - PARTS.keys():
        parser.error(f"no such part: {', '.join(sorted(unknown))}")
    if args.command == "update":
        update(parts=args.parts or None)
    else:
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
