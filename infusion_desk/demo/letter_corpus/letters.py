"""The corpus letters: what each says, in English or Spanish, and the labels that go with it.

``make_letters(seed)`` builds the same letters, byte for byte, for the same seed. Each letter's
labels are the facts a careful person would write down from it; the scorer compares what the OCR
and the letter reader found against them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from infusion_desk.core.letter_facts import Deadline, LetterKind
from infusion_desk.demo.letter_corpus import cast, statements
from infusion_desk.demo.letter_corpus.compose import TYPEFACES
from infusion_desk.demo.letter_corpus.layouts import Content, draw
from infusion_desk.demo.letter_corpus.letter_setup import Labels, Setup

DEFAULT_SEED = 20_261_104

@dataclass(frozen=True)
class CorpusLetter:
    name: str  # "07-denial-en", also its file name stem
    language: str  # "en" or "es"
    layout: str
    typeface: str
    labels: Labels
    text: str  # every line printed, in reading order
    pdf: bytes
    patient: str
    plan_payer: str  # the plan in her folder the letter is about
    plan_member_id: str


def _approval(s: Setup) -> tuple[Content, Labels]:
    rng = s.rng
    auth = cast.authorization_number(rng, s.org, s.day.year)
    start = s.day + timedelta(days=rng.randrange(0, 6))
    end = start + timedelta(days=rng.choice((27, 41, 83, 89, 179)))
    count = rng.choice((28, 42, 14, 6, 12, 60))
    unit = s.drug[2] if s.es else s.drug[1]
    quantity = f"{count} {unit}"
    facts: tuple[tuple[str, str], ...]
    paragraphs: tuple[str, ...]
    closing: tuple[str, ...]
    if s.es:
        facts = (("Miembro", s.patient.name), ("Fecha de nacimiento", s.born()),
                 ("Número de miembro", s.member), ("Número de autorización", auth),
                 ("Medicamento o servicio", s.drug[0]),
                 ("Período aprobado", f"del {s.when(start)} al {s.when(end)}"),
                 ("Cantidad aprobada", quantity), ("Médico", s.prescriber))
        paragraphs = (
            f"Estimado/a {s.patient.name}:",
            "Hemos aprobado la solicitud de autorización previa que su médico envió para el "
            "medicamento o servicio indicado arriba. La aprobación vale solo para las fechas y "
            "la cantidad indicadas.",
            "Si necesita el tratamiento después de la fecha final, su médico debe pedir una "
            f"nueva autorización. Si tiene preguntas, llame al {s.org.phone} (TTY 711).",
        )
        title, banner = "Aprobación de autorización previa", "APROBADA"
        closing = ("Atentamente,", s.department(), s.org.name)
    else:
        auth_label = rng.choice(("Authorization number", "Authorization #",
                                 "Prior authorization number"))
        id_label = rng.choice(("Member ID", "Member ID #", "Subscriber ID"))
        facts = (("Member", s.patient.name), ("Date of birth", s.born()), (id_label, s.member),
                 (auth_label, auth), ("Drug or service", s.drug[0]),
                 ("Approved from", s.when(start, style=1)),
                 ("Approved through", s.when(end, style=1)),
                 ("Quantity approved", quantity), ("Prescriber", s.prescriber))
        paragraphs = (
            f"Dear {s.patient.name},",
            "We approved the prior authorization request your doctor sent us for the drug or "
            "service above. This approval is good only for the dates and the quantity shown. "
            "Please keep this letter with your records.",
            "If you need the treatment after the last approved date, your doctor must send a new "
            f"request before then. Questions? Call us at {s.org.phone} (TTY 711), Monday to "
            "Friday, 8 a.m. to 8 p.m.",
        )
        title, banner = "Prior Authorization Approval", "APPROVED"
        closing = ("Sincerely,", s.department(), s.org.name)
    content = Content(s.org, s.department(), s.dated(), s.recipient(), title, facts, paragraphs,
                      contact_line=s.phones(), closing=closing, banner=banner)
    return content, Labels(LetterKind.APPROVAL, s.org.name, s.day, authorization_number=auth,
                           member_id=s.member, approved_from=start, approved_to=end,
                           quantity=quantity)


def _denial(s: Setup) -> tuple[Content, Labels]:
    rng = s.rng
    case = cast.case_number(rng, s.org)
    days = rng.choice((65, 60, 180))
    facts: tuple[tuple[str, str], ...]
    paragraphs: tuple[str, ...]
    closing: tuple[str, ...]
    if s.es:
        facts = (("Miembro", s.patient.name), ("Número de miembro", s.member),
                 ("Número de caso", case), ("Medicamento o servicio", s.drug[0]))
        window = f"{days} días a partir de la fecha de este aviso"
        paragraphs = (
            f"Estimado/a {s.patient.name}:",
            "Revisamos la solicitud de su médico y la hemos denegado. El medicamento o servicio "
            "no cumple los criterios de cobertura de su plan: no recibimos pruebas de que otros "
            "tratamientos se hayan intentado primero.",
            f"Tiene derecho a apelar. Debe pedir la apelación dentro de {window}. Escriba el "
            f"número de caso {case} en todas las páginas y envíelas por fax al {s.org.fax}.",
        )
        title, closing = "Aviso de denegación de cobertura", ("Atentamente,", s.org.name)
    else:
        facts = (("Member", s.patient.name), ("Member ID", s.member), ("Case number", case),
                 ("Drug or service requested", s.drug[0]), ("Prescriber", s.prescriber))
        step = "redetermination" if days != 180 else "internal appeal"
        window = f"{days} days from the date of this notice"
        paragraphs = (
            f"Dear {s.patient.name},",
            "We have denied the request for the drug or service above. The reason: the "
            "information we received does not show that the plan's coverage criteria are met. "
            "Our policy requires a trial of oral therapy first, or a note explaining why it "
            "cannot be used.",
            f"You have the right to ask for a {step}. You must ask within {window}. Send "
            f"your request and any records to fax {s.org.fax} and write case number {case} "
            "on every page. If your health could be seriously harmed by waiting, ask for a "
            f"fast decision by calling {s.org.phone}.",
        )
        title, closing = "Notice of Denial of Coverage", ("Sincerely,", s.department(),
                                                           s.org.name)
    content = Content(s.org, s.department(), s.dated(), s.recipient(), title, facts, paragraphs,
                      contact_line=s.phones(), closing=closing)
    return content, Labels(LetterKind.DENIAL, s.org.name, s.day, member_id=s.member,
                           reference_numbers=(case,), deadline=Deadline(window, days=days))


def _information_request(s: Setup) -> tuple[Content, Labels]:
    rng = s.rng
    case = cast.case_number(rng, s.org)
    due = s.day + timedelta(days=rng.choice((14, 10, 21)))
    facts: tuple[tuple[str, str], ...]
    paragraphs: tuple[str, ...]
    closing: tuple[str, ...]
    if s.es:
        facts = (("Miembro", s.patient.name), ("Número de miembro", s.member),
                 ("Número de referencia", case), ("Medicamento o servicio", s.drug[0]))
        due_words = f"antes del {s.when(due)}"
        paragraphs = (
            f"Estimado/a {s.patient.name}:",
            "Recibimos una solicitud de autorización previa para usted. Todavía no podemos "
            "tomar una decisión. Necesitamos lo siguiente de su médico:",
            "1. Las notas clínicas de la última visita.",
            "2. Los resultados de laboratorio de los últimos 30 días.",
            f"Envíe la información por fax al {s.org.fax} {due_words}. Si no la recibimos, "
            "decidiremos con la información que tenemos.",
        )
        title, closing = "Solicitud de información adicional", ("Atentamente,", s.org.name)
    else:
        facts = (("Member", s.patient.name), ("Date of birth", s.born()),
                 ("Member ID", s.member), ("Reference number", case),
                 ("Drug or service", s.drug[0]), ("Prescriber", s.prescriber))
        due_words = f"by {s.when(due)}"
        paragraphs = (
            f"Dear {s.patient.name},",
            "We received a request for prior authorization for you. We cannot make a decision "
            "yet. To review it, we need the following from your doctor:",
            "1. Clinical notes from the most recent visit.",
            "2. Lab results from the last 30 days, including a CBC and kidney function.",
            "3. The planned length of treatment.",
            f"Please fax the information to {s.org.fax} {due_words} and write the reference "
            f"number {case} on each page. If we do not receive it, we will decide with the "
            "information we have.",
        )
        title, closing = "Request for Additional Information", ("Sincerely,", s.department(),
                                                                 s.org.name)
    content = Content(s.org, s.department(), s.dated(), s.recipient(), title, facts, paragraphs,
                      contact_line=s.phones(), closing=closing)
    return content, Labels(LetterKind.REQUEST_FOR_INFORMATION, s.org.name, s.day,
                           member_id=s.member, reference_numbers=(case,),
                           deadline=Deadline(due_words, on=due))


_KINDS: dict[LetterKind, Callable[[Setup], tuple[Content, Labels]]] = {
    LetterKind.APPROVAL: _approval,
    LetterKind.DENIAL: _denial,
    LetterKind.REQUEST_FOR_INFORMATION: _information_request,
    LetterKind.EXPLANATION_OF_BENEFITS: statements.explanation_of_benefits,
    LetterKind.MEDICARE_SUMMARY_NOTICE: statements.summary_notice,
    LetterKind.BILL: statements.bill,
}

# (kind, English letters, Spanish letters)
PLAN: tuple[tuple[LetterKind, int, int], ...] = (
    (LetterKind.APPROVAL, 6, 2),
    (LetterKind.DENIAL, 5, 1),
    (LetterKind.REQUEST_FOR_INFORMATION, 5, 1),
    (LetterKind.EXPLANATION_OF_BENEFITS, 5, 1),
    (LetterKind.MEDICARE_SUMMARY_NOTICE, 4, 0),
    (LetterKind.BILL, 5, 1),
)
_LETTER_LAYOUTS = ("classic", "two_columns", "band")
_TABLE_LAYOUTS = ("classic", "band", "statement")  # a table needs the page's whole width


def _setup(rng: random.Random, kind: LetterKind, language: str) -> tuple[Setup, str]:
    if kind is LetterKind.MEDICARE_SUMMARY_NOTICE:
        org, layout = cast.MEDICARE, "statement"
    elif kind is LetterKind.BILL:
        org, layout = rng.choice(cast.PROVIDERS), "statement"
    else:
        spanish_only = cast.PAYERS[-1]
        org = spanish_only if language == "es" and rng.random() < 0.5 else \
            rng.choice(cast.PAYERS[:-1])
        layout = rng.choice(_LETTER_LAYOUTS if kind is not LetterKind.EXPLANATION_OF_BENEFITS
                            else _TABLE_LAYOUTS)
    patient = rng.choice(cast.PATIENTS)
    plan_org = org if kind is not LetterKind.BILL else rng.choice(cast.PAYERS)
    member = cast.medicare_number(rng) if org is cast.MEDICARE else \
        cast.member_id(rng, plan_org)
    day = date(2026, 1, 5) + timedelta(days=rng.randrange(0, 330))
    setup = Setup(rng, language, org, patient, member, day, rng.choice(cast.DRUGS),
                   rng.choice(cast.PRESCRIBERS), plan_org)
    return setup, layout


def make_letters(seed: int = DEFAULT_SEED) -> list[CorpusLetter]:
    """Every corpus letter, drawn as a one-page PDF, with its text and labels."""
    rng = random.Random(seed)
    letters: list[CorpusLetter] = []
    faces = sorted(TYPEFACES)
    for kind, english, spanish in PLAN:
        for language in ["en"] * english + ["es"] * spanish:
            setup, layout = _setup(rng, kind, language)
            content, labels = _KINDS[kind](setup)
            face = faces[len(letters) % len(faces)]
            page = draw(content, layout, TYPEFACES[face])
            letters.append(CorpusLetter(
                name=f"{len(letters) + 1:02d}-{kind.value.replace('_', '-')}-{language}",
                language=language, layout=layout, typeface=face, labels=labels,
                text=page.ground_truth, pdf=page.pdf(), patient=setup.patient.name,
                plan_payer=setup.plan.name, plan_member_id=setup.member,
            ))
    return letters
