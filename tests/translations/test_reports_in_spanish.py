"""The reports and the demo in Spanish: the demo folder made in Spanish has Spanish entries, the
one-page summary (every meeting) is one page with Spanish headings and no sentence of the reports
left in English, the packet's cover and headings are Spanish, and so is the calendar's name.

The words of other parts (dates, the meeting's titles, enum labels) are checked by their own
tests; here only the reports' and the demo's own sentences are looked for in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from xml.etree import ElementTree

import pypdfium2
import pytest
from built_words import ROOT, ensure_built

from infusion_desk.core.meeting import Audience, Meeting, meeting_page
from infusion_desk.demo import write_demo_folder
from infusion_desk.reports.calendar_file import calendar_file
from infusion_desk.reports.data import folder_records, gather_packet_data, gather_summary_data
from infusion_desk.reports.packet import build_packet
from infusion_desk.reports.styles import Paper
from infusion_desk.reports.summary import build_summary
from infusion_desk.services.folder import Folder

TODAY = date(2026, 3, 11)
SPANISH = ROOT / "resources" / "translations" / "reports_es.ts"
MARKUP = re.compile(r"<[^>]+>|\{[^{}]*\}|%n")
SHORTEST = 18  # a shorter piece of a sentence could be a name or a word both languages share


def english_sentences(contexts: tuple[str, ...]) -> dict[str, str]:
    """The English pieces (between placeholders and markup) of the messages of ``contexts``
    whose Spanish differs, each with the message it comes from."""
    pieces: dict[str, str] = {}
    for context in ElementTree.parse(SPANISH).getroot().iter("context"):
        name = context.findtext("name") or ""
        if not name.startswith(contexts):
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""]
            for part in MARKUP.split(source):
                piece = part.strip(" .,:;—()")
                if len(piece) >= SHORTEST and all(piece not in form for form in forms):
                    pieces[piece] = f"[{name}] {source}"
    return pieces


def flat(text: str) -> str:
    return " ".join(text.replace("\r", " ").split())


def pdf_pages(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [flat(page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()


def left_in_english(text: str, contexts: tuple[str, ...]) -> list[str]:
    return sorted(f"{piece!r} of {where}" for piece, where in english_sentences(contexts).items()
                  if piece in text)


@pytest.fixture(scope="module")
def spanish_demo(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[Folder]:
    """The demo folder, made while the app speaks Spanish."""
    from infusion_desk.ui import language

    ensure_built()
    assert language.install(language.LANGUAGES[1]).code == "es"
    try:
        folder = write_demo_folder(tmp_path_factory.mktemp("demo-es") / "demo.infusiondesk",
                                   today=TODAY)
    finally:
        language.reset()
    yield folder
    folder.close()


def typed_words(folder: Folder) -> list[str]:
    """Everything the demo typed into the folder's records, field by field."""
    words: list[str] = []
    for request in folder.requests():
        words += [request.what, request.requested_by, request.submitted_to, request.notes]
    for call in folder.calls():
        words += [call.person, call.summary, call.outcome]
    for question in folder.questions():
        words += [question.text, question.ask_whom]
    for contact in folder.contacts():
        words += [contact.role, contact.hours, contact.needs_from_us, contact.notes]
    for step in folder.steps():
        words += [step.title, step.waiting_on, step.notes]
    for document in folder.documents():
        words += [document.title, document.notes]
    profile = folder.profile()
    words += [profile.dosing_schedule, profile.access_line, profile.allergies, profile.notes]
    return [w for w in words if w.strip()]


def test_the_demo_made_in_spanish_has_spanish_entries(spanish_demo: Folder) -> None:
    words = typed_words(spanish_demo)
    text = "\n".join(words)
    for expected in ("Lista de medicamentos y alergias",  # a request
                     "¿Cuánto pagará papá cada semana por el medicamento?",  # a question
                     "Coordinadora de admisión",  # a contact's role
                     "Copias de las tres tarjetas del seguro",  # what a contact needs
                     "Autorización previa — ertapenem (Parte D de Silverpine)",  # a step
                     "Tarjeta de Medicare",  # a document's title
                     "Llamé para programar la nueva resonancia magnética"):  # a call's notes
        assert expected in text
    assert left_in_english(text, ("Demo",)) == []
    # Names and numbers stay as they are.
    assert "Renee Castillo (admisión de Brightwater)" in words
    assert spanish_demo.profile().patient_name == "Walter Brennan"


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_summary_in_spanish_is_one_page_with_spanish_words(spanish_demo: Folder,
                                                                paper: Paper) -> None:
    data = gather_summary_data(spanish_demo, TODAY)
    for audience in Audience:
        pages = pdf_pages(build_summary(data, paper=paper, meeting=Meeting(audience)))
        assert len(pages) == 1, audience
        text = pages[0]
        assert "Impreso el " in text
        assert "no es consejo sobre su cobertura" in text
        assert "Planes de seguro" in text
        assert "no cabe el resto" not in text  # everything chosen fitted the page
        # The meeting's own titles are the core's words (checked with the core): set aside.
        chosen = meeting_page(Meeting(audience), folder_records(data), TODAY)
        for words in (chosen.title, *(part for section in chosen.sections
                                      for part in (section.title, section.empty))):
            text = text.replace(flat(words), " ")
        assert left_in_english(text, ("Summary", "ReportWords", "Demo")) == [], audience
    everything = pdf_pages(build_summary(data, paper=paper, meeting=Meeting(Audience.ALL)))[0]
    for heading in ("ATRASADO", "Pasos de la cobertura", "Solicitudes abiertas",
                    "Preguntas para hacer", "Llamadas, las más recientes primero", "Contactos",
                    "Documentos"):
        assert heading in everything
    assert re.search(r"Hay \d+ más en la pestaña “Llamadas”: llamadas\.", everything)


@pytest.mark.usefixtures("spanish")
def test_the_packet_cover_and_headings_in_spanish(spanish_demo: Folder) -> None:
    data = gather_packet_data(spanish_demo, TODAY)
    pages = pdf_pages(build_packet(data, with_documents=False))
    cover = pages[0]
    for words in ("Paquete de la carpeta", "Impreso el ", "ALERGIAS:", "Contenido",
                  "Fecha de nacimiento", "Médico que receta", "Paciente y terapia",
                  "Solicitudes: lo que pidieron y lo que enviamos", "Índice de documentos",
                  "no es consejo sobre su cobertura"):
        assert words in cover
    assert left_in_english(cover, ("Packet", "ReportWords")) == []
    assert "Página 2 de " in pages[1]
    everything = " ".join(pages)
    assert "Lo que enviamos, y cuándo" in everything
    assert left_in_english(everything, ("Packet", "ReportWords", "Demo")) == []


@pytest.mark.usefixtures("spanish")
def test_the_calendar_file_in_spanish(spanish_demo: Folder) -> None:
    data = gather_summary_data(spanish_demo, TODAY)
    ics = calendar_file(data.deadlines, folder_key="demo", stamp=datetime(2026, 3, 11, tzinfo=UTC),
                        today=TODAY).decode("utf-8")
    assert "X-WR-CALNAME:Fechas límite de Infusion Desk" in ics
    assert "De dónde sale la fecha:" in flat(ics.replace("\r\n ", ""))


def test_the_english_words_are_looked_for() -> None:
    """The check above finds an English sentence of the reports when one is left."""
    pieces = english_sentences(("Summary",))
    assert "This page has no room for the rest" in " ".join(pieces)
    assert left_in_english("… Also in the app, each on its tab: 3 more calls.",
                           ("Summary",)) != []
