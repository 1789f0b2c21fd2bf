"""The import contracts (pyproject.toml, [tool.importlinter]) hold, and they can fail.

The proof that they can fail copies the package into a temporary folder, adds one bad import
there and checks that lint-imports reports exactly the contracts that forbid it as broken.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

LAYERS = "One-way layers, from the composition roots down to the core"
NO_QT_BELOW_UI = "Nothing below the UI imports Qt, not even through another module"
NO_QT_IN_ROOTS = "The command line and the self-test do not import Qt themselves"
UI_NOT_STORAGE = "The UI does not reach into storage"
CORE_ALONE = "The core imports neither storage nor services"
PLAIN_RECORDS = "Documents and reports work on plain records, never on the folder file"
NAMED_QUERIES = "Services speak to storage through named queries"


def contract_names(tree: Path) -> list[str]:
    with (tree / "pyproject.toml").open("rb") as file:
        contracts = tomllib.load(file)["tool"]["importlinter"]["contracts"]
    return [str(contract["name"]) for contract in contracts]


def contract_results(tree: Path) -> dict[str, bool]:
    """Each contract's name, and whether lint-imports reports it kept, for the package in tree."""
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.fail("lint-imports is missing: install the test extra (pip install -e '.[test]')")
    done = subprocess.run(
        [lint_imports, "--no-cache", "--no-logo"],
        cwd=tree, capture_output=True, text=True, check=False,
        env={**os.environ, "COLUMNS": "1000"},  # one line per contract, however long its name
    )
    output = done.stdout + done.stderr
    lines = set(output.splitlines())
    results: dict[str, bool] = {}
    for name in contract_names(tree):
        kept, broken = f"{name} KEPT" in lines, f"{name} BROKEN" in lines
        assert kept != broken, f"lint-imports did not say whether {name!r} is kept:\n{output}"
        results[name] = kept
    assert done.returncode == (0 if all(results.values()) else 1), output
    return results


def broken_contracts(tree: Path) -> set[str]:
    return {name for name, kept in contract_results(tree).items() if not kept}


def test_the_contracts_named_here_are_those_in_pyproject() -> None:
    named = {LAYERS, NO_QT_BELOW_UI, NO_QT_IN_ROOTS, UI_NOT_STORAGE, CORE_ALONE, PLAIN_RECORDS,
             NAMED_QUERIES}
    assert set(contract_names(ROOT)) == named


def test_every_contract_holds() -> None:
    assert broken_contracts(ROOT) == set()


BAD_IMPORTS = [
    pytest.param("", "", set(), id="untouched copy"),
    pytest.param("core/dates.py", "import PySide6.QtCore\n", {NO_QT_BELOW_UI},
                 id="core imports Qt"),
    pytest.param("storage/blob_store.py", "from infusion_desk.services import backups\n",
                 {LAYERS}, id="storage imports services"),
    pytest.param("storage/durable.py", "import infusion_desk.ui.read_only\n",
                 {LAYERS, NO_QT_BELOW_UI}, id="storage imports the UI"),
    pytest.param("documents/sniff.py",
                 "\n\ndef _later() -> None:\n    from infusion_desk.storage import tables\n",
                 {LAYERS, PLAIN_RECORDS}, id="documents import storage inside a function"),
    pytest.param("core/text.py", "import sqlalchemy\n", {CORE_ALONE, PLAIN_RECORDS},
                 id="core imports sqlalchemy (reports reach it through core.text)"),
    pytest.param("ui/read_only.py", "from infusion_desk.storage import tables\n",
                 {UI_NOT_STORAGE}, id="the UI imports storage"),
    pytest.param("cli/__init__.py", "import PySide6.QtWidgets\n", {NO_QT_IN_ROOTS},
                 id="the command line imports Qt at the top"),
    pytest.param("services/backup_policy.py", "import sqlalchemy\n", {NAMED_QUERIES},
                 id="services import sqlalchemy"),
    pytest.param("extra.py", "import infusion_desk.core\n", {LAYERS},
                 id="a new module in no layer"),
]


@pytest.mark.parametrize(("module", "bad_import", "expected"), BAD_IMPORTS)
def test_a_bad_import_breaks_the_contract_that_forbids_it(
    tmp_path: Path, module: str, bad_import: str, expected: set[str]
) -> None:
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    package = tmp_path / "infusion_desk"
    shutil.copytree(ROOT / "infusion_desk", package,
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    if module:
        with (package / module).open("a", encoding="utf-8") as file:
            file.write(bad_import)
    assert broken_contracts(tmp_path) == expected
