"""The headless commands: plain sentences on trouble, a non-zero exit, never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from infusion_desk.cli import main
from infusion_desk.core.records import Call, Document, Plan, Profile, Question
from infusion_desk.services import Folder


@pytest.fixture
def small_folder(tmp_path: Path) -> Path:
    path = tmp_path / "Patient.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.add(Plan(payer="Medicare", member_id="3KM9-PL2-QR77"))
        folder.records.add(Call(organization="Sunrise Home Infusion", reference_number="SR-4410"))
        folder.records.add_document(
            Document(title="Approval letter", text="authorization PA-77123"),
                            b"%PDF-1.4 pretend letter bytes")
    return path


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "check", "search", "import", "summary", "packet", "deadlines",
                    "screenshots"):
        assert command in out


@pytest.mark.parametrize(
    "command", ["demo", "check", "search", "import", "summary", "packet", "deadlines",
                "screenshots"]
)
def test_each_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "usage: infusion-desk " + command in capsys.readouterr().out


def test_check_counts_and_passes(small_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(small_folder)]) == 0
    out = capsys.readouterr().out
    assert "Plan: 1" in out and "Document: 1" in out and "Everything is in order" in out


def test_check_detects_a_tampered_document_byte(
    small_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(small_folder)
    conn.execute(
        "UPDATE blobs SET data = CAST(replace(CAST(data AS TEXT), 'pretend', 'pretenD') AS BLOB)"
    )
    conn.commit()
    conn.close()
    assert main(["check", str(small_folder)]) == 1
    assert "Approval letter" in capsys.readouterr().err


def test_search_prints_hits(small_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(small_folder), "PA-77123"]) == 0
    assert "Document #1: Approval letter" in capsys.readouterr().out
    assert main(["search", str(small_folder), "3KM9-PL2-QR77"]) == 0
    assert "Plan #1" in capsys.readouterr().out
    assert main(["search", str(small_folder), "zebra"]) == 0
    assert "Nothing found" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "expected"),
    [(None, "There is no folder file"), (b"just text", "not an Infusion Desk folder file")],
)
def test_errors_are_one_plain_sentence_without_traceback(
    tmp_path: Path, content: bytes | None, expected: str
) -> None:
    path = tmp_path / "x.infusiondesk"
    if content is not None:
        path.write_bytes(content)
    done = subprocess.run(
        [sys.executable, "-m", "infusion_desk", "check", str(path)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 2
    assert expected in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_summary_and_packet_commands(small_folder: Path, tmp_path: Path) -> None:
    import pypdfium2

    summary = tmp_path / "summary.pdf"
    assert main(["summary", str(small_folder), "-o", str(summary), "--paper", "a4"]) == 0
    pdf = pypdfium2.PdfDocument(summary.read_bytes())
    try:
        assert len(pdf) == 1
        assert round(pdf[0].get_width()) == 595  # A4
        assert "3KM9-PL2-QR77" in pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    packet = tmp_path / "packet.pdf"
    assert main(["packet", str(small_folder), "-o", str(packet), "--with-documents"]) == 0
    assert packet.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))


def test_summary_of_a_missing_folder_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.infusiondesk"
    assert main(["summary", str(missing), "-o", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err.startswith("There is no folder file")


@pytest.fixture
def meeting_folder(tmp_path: Path) -> Path:
    path = tmp_path / "Meetings.infusiondesk"
    with Folder.create(path, Profile(prescriber="Dr. Adaeze Okafor, Riverside ID")) as folder:
        folder.records.add(Plan(payer="Silverpine Health Plans", member_id="SPX448120457"))
        folder.records.add(Plan(payer="Medicare", member_id="3KM9-PL2-QR77"))
        folder.records.add(Question(text="Will the plan pay for the pole?",
                                    ask_whom="Silverpine member services"))
        folder.records.add(Question(text="Does the PICC stay in?", ask_whom="Dr. Okafor"))
    return path


def summary_words(path: Path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path.read_bytes())
    try:
        assert len(pdf) == 1
        return " ".join(pdf[0].get_textpage().get_text_range().split())
    finally:
        pdf.close()


@pytest.mark.parametrize(("args", "expected"), [
    (["--for", "doctor"], ("For a visit with the doctor", "Does the PICC stay in?")),
    (["--for", "plan", "--contact", "silverpine"],
     ("For a call with the insurance plan", "Will the plan pay for the pole?")),
    (["--for", "pharmacy"], ("For the home infusion pharmacy", "Nothing open that the pharmacy")),
    ([], ("Everything, in brief", "Does the PICC stay in?")),
])
def test_summary_for_a_meeting(meeting_folder: Path, tmp_path: Path, args: list[str],
                               expected: tuple[str, str], capsys: pytest.CaptureFixture[str]
                               ) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["summary", str(meeting_folder), "-o", str(out), *args]) == 0
    text = summary_words(out)
    assert all(part in text for part in expected)
    assert capsys.readouterr().out.startswith("Wrote the one-page summary")


def test_a_named_plan_comes_first(meeting_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["summary", str(meeting_folder), "-o", str(out), "--for", "plan",
                 "--contact", "Medicare"]) == 0
    text = summary_words(out)
    assert text.index("3KM9-PL2-QR77") < text.index("SPX448120457")


@pytest.mark.parametrize(("args", "sentence"), [
    (["--for", "plan", "--contact", "Aetna"],
     "There is no plan called “Aetna” in this folder; it has Silverpine Health Plans and "
     "Medicare."),
    (["--for", "doctor", "--contact", "Lindqvist"],
     "There is no doctor called “Lindqvist” in this folder; it has Dr. Adaeze Okafor, "
     "Riverside ID."),
    (["--for", "pharmacy", "--contact", "Renee"],
     "A name goes only with a visit with the doctor or a call with a plan, not with the home "
     "infusion pharmacy."),
])
def test_a_name_that_matches_nothing_is_one_plain_sentence_and_exit_2(
    meeting_folder: Path, tmp_path: Path, args: list[str], sentence: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["summary", str(meeting_folder), "-o", str(out), *args]) == 2
    assert capsys.readouterr().err.strip() == sentence
    assert not out.exists()


def test_an_unknown_meeting_is_refused_by_the_parser(meeting_folder: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as done:
        main(["summary", str(meeting_folder), "-o", str(tmp_path / "x.pdf"), "--for", "lawyer"])
    assert done.value.code == 2
