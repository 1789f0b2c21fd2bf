"""The Qt-free layers speak Spanish when the app does: Today's lines, trouble messages, dates in
the Spanish order with Spanish names, counts, labels, and the command line's output."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from built_words import ROOT, ensure_built

from infusion_desk.core.at_risk import Whom
from infusion_desk.core.counts import view_label
from infusion_desk.core.coverage import track_summary
from infusion_desk.core.dates import (
    format_day,
    format_short,
    format_when,
    parse_day,
    relative_due,
    relative_end,
    relative_past,
)
from infusion_desk.core.errors import FolderInUseError, FolderMissingError
from infusion_desk.core.records import DocumentKind, RecordKind, Step, StepKind, StepStatus
from infusion_desk.core.rules import LEDGER_VIEWS, LedgerView
from infusion_desk.core.short_dates import format_day_short, format_when_short
from infusion_desk.core.today import Consequence, Reason, TodayItem
from infusion_desk.core.today_words import more_questions_line, tag_of, today_line

TODAY = date(2026, 11, 27)  # a Friday
THURSDAY = date(2026, 11, 26)
pytestmark = pytest.mark.usefixtures("spanish")


def test_a_today_line_reads_in_spanish() -> None:
    item = TodayItem(RecordKind.REQUEST, 1, Reason.OVERDUE_REQUEST, "Notas clínicas",
                     date(2026, 11, 24), Consequence.OTHER)
    assert today_line(item, TODAY) == (
        "Envíe “Notas clínicas” — 3 días de atraso (vencía el mar., 24 de nov.).")
    question = TodayItem(RecordKind.QUESTION, 2, Reason.OPEN_QUESTION, "¿Qué falta?", None,
                         Consequence.OTHER)
    assert today_line(question, TODAY) == "Pregunte: ¿Qué falta?"


def test_a_denial_line_says_whom_to_call_in_spanish() -> None:
    item = TodayItem(RecordKind.STEP, 3, Reason.DENIED, "Autorización previa", THURSDAY,
                     Consequence.CAN_STOP_THERAPY, Whom("Silverpine Health Plans",
                                                        "(888) 555-0143"))
    line = today_line(item, TODAY)
    assert line.startswith("Denegado el jue., 26 de nov.: Autorización previa.")
    assert "Llame a Silverpine Health Plans por la denegación: (888)" in line
    assert tag_of(item) == "Puede detener la terapia"


def test_trouble_messages_are_in_spanish() -> None:
    missing = FolderMissingError(Path("/media/usb/Walter.infusiondesk"))
    assert str(missing) == ("No hay ningún archivo de carpeta en /media/usb/Walter.infusiondesk. "
                            "Puede que se haya movido o cambiado de nombre.")
    elsewhere = FolderInUseError(Path("x.infusiondesk"), this_computer=False)
    assert "en otra computadora (desconocida)" in str(elsewhere)


def test_dates_take_spanish_names_and_order() -> None:
    assert format_day(THURSDAY) == "jue., 26 de nov. de 2026"
    assert format_short(THURSDAY) == "26 de nov. de 2026"
    assert format_when(datetime(2026, 11, 26, 15, 40)) == "jue., 26 de nov. de 2026, 3:40 p. m."
    assert format_when(datetime(2026, 11, 26, 9, 5), twenty_four_hour=True) == (
        "jue., 26 de nov. de 2026, 09:05")
    assert format_day_short(THURSDAY, TODAY) == "jue. 26 nov."
    assert format_day_short(date(2025, 5, 2), TODAY) == "vie. 2 may. 2025"
    assert format_when_short(datetime(2026, 11, 26, 8, 0), TODAY) == "jue. 26 nov., 8:00 a. m."


def test_typed_spanish_dates_are_read_back() -> None:
    assert parse_day("26 de noviembre de 2026", TODAY) == THURSDAY
    assert parse_day(format_day(THURSDAY), TODAY) == THURSDAY
    assert parse_day(format_short(THURSDAY), TODAY) == THURSDAY
    assert parse_day("mañana", TODAY) == date(2026, 11, 28)
    with pytest.raises(ValueError, match="no es una fecha que este campo entienda"):
        parse_day("el jueves que viene", TODAY)


def test_counts_of_days_agree_with_their_number() -> None:
    assert relative_due(TODAY, TODAY) == "vence hoy"
    assert relative_due(date(2026, 11, 30), TODAY) == "vence en 3 días"
    assert relative_due(date(2026, 11, 26), TODAY) == "1 día de atraso"
    assert relative_due(date(2026, 11, 20), TODAY) == "7 días de atraso"
    assert relative_end(date(2026, 11, 28), TODAY) == "termina en 1 día"
    assert relative_end(date(2026, 11, 22), TODAY) == "terminó hace 5 días"
    assert relative_past(date(2026, 11, 25), TODAY) == "hace 2 días"
    assert more_questions_line(1) == (
        "… y 1 pregunta más para hacer (véalas todas en Preguntas para hacer)")
    assert more_questions_line(4) == (
        "… y 4 preguntas más para hacer (véalas todas en Preguntas para hacer)")


def test_labels_and_the_coverage_track_are_in_spanish() -> None:
    assert DocumentKind.EOB.label == "Explicación de beneficios"
    assert DocumentKind.EOB.source_label == "Explanation of benefits"
    assert StepKind.PRIOR_AUTHORIZATION.label == "Autorización previa"
    assert LedgerView.OVERDUE.label == "Atrasadas" and view_label("Open") == "Abiertas"
    assert LEDGER_VIEWS["Open"] is LEDGER_VIEWS[LedgerView.OPEN]  # keyed by member
    step = Step(kind=StepKind.PRIOR_AUTHORIZATION, status=StepStatus.WAITING, id=1)
    assert track_summary([step], TODAY).startswith("Pasos de cobertura, 1 en total. Paso 1: ")


def _run_in_spanish(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANGUAGE": "es_US", "LANG": "es_US.UTF-8", "LC_ALL": "es_US.UTF-8",
           "INFUSION_DESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "infusion_desk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_the_command_line_speaks_the_system_language(tmp_path: Path) -> None:
    ensure_built()
    folder = tmp_path / "demo.infusiondesk"
    wrote = _run_in_spanish("demo", str(folder), home=tmp_path / "home")
    assert wrote.returncode == 0, wrote.stderr
    assert wrote.stdout.startswith(f"Se escribió una carpeta de demostración en {folder}")
    assert "  Llamada: " in wrote.stdout and "  En la papelera: 0" in wrote.stdout
    found = _run_in_spanish("search", str(folder), "zzqqxx", home=tmp_path / "home")
    assert found.stdout.strip() == "No se encontró nada para “zzqqxx”."
    helped = _run_in_spanish("--help", home=tmp_path / "home")
    assert "buscar palabras en cada registro y documento" in helped.stdout
    assert "opciones:" in helped.stdout and "mostrar esta ayuda y salir" in helped.stdout
    gone = _run_in_spanish("search", str(tmp_path / "nowhere.infusiondesk"), "x",
                           home=tmp_path / "home")
    assert gone.returncode != 0
    assert "No hay ningún archivo de carpeta en" in gone.stdout + gone.stderr
