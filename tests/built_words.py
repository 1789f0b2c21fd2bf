"""The translation build (packaging/translations.py) for the tests: the compiled words are made
once per run when the sources are newer, so a test in Spanish never reads stale words."""

from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
_lock = threading.Lock()


def translations_tool() -> ModuleType:
    name = "infusion_desk_translations_tool"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def ensure_built() -> None:
    tool = translations_tool()
    with _lock:
        if tool.is_stale():
            tool.build()
