"""``infusion-desk --self-test`` on a broken installation: one plain line naming the step that
failed, exit status 1, and nothing of the person's touched. (The passing run is tried from the
wheel in test_wheel.py and frozen in test_bundle.py.)"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from infusion_desk import self_test
from infusion_desk.cli import main
from infusion_desk.paths import HOME_OVERRIDE


def broken_install(_scratch: object) -> str:
    raise RuntimeError("the migration scripts are missing")


def test_a_failing_step_is_one_plain_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, app_home: Path
) -> None:
    monkeypatch.setattr(self_test, "_step_demo_folder", broken_install)
    out = io.StringIO()
    assert self_test.run_self_test(out) == self_test.EXIT_FAILED
    lines = out.getvalue().splitlines()
    assert lines[1] == ("FAILED 1. demo folder through the migrations: "
                        "the migration scripts are missing")
    assert lines[2].startswith("The self-test failed")
    assert "Traceback" not in out.getvalue()
    assert os.environ[HOME_OVERRIDE] == str(app_home)  # its private home is put back
    assert not any(app_home.iterdir())  # nothing written to the person's own places


def test_an_unexpected_error_names_its_kind(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    def missing_module(_scratch: object) -> str:
        raise ModuleNotFoundError("No module named 'alembic.ddl.sqlite'")

    monkeypatch.setattr(self_test, "_step_demo_folder", missing_module)
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAILED 1. demo folder through the migrations: ModuleNotFoundError: No module" in out
