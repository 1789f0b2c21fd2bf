"""What every corpus letter is made from: the facts drawn for it (``Setup``) and the labels a
careful person would write down from it (``Labels``)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from infusion_desk.core.letter_facts import Deadline, LetterKind
from infusion_desk.demo.letter_corpus.cast import Org, Patient

_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")


@dataclass(frozen=True)
class Labels:
    """What the letter says, as a person would write it down."""

    kind: LetterKind
    sender: str
    letter_date: date
    authorization_number: str = ""
    member_id: str = ""
    reference_numbers: tuple[str, ...] = ()
    approved_from: date | None = None
    approved_to: date | None = None
    quantity: str = ""
    deadline: Deadline | None = None


@dataclass(frozen=True)
class Setup:
    rng: random.Random
    language: str
    org: Org
    patient: Patient
    member: str
    day: date
    drug: tuple[str, str, str]
    prescriber: str
    plan: Org  # the plan the member ID belongs to

    @property
    def es(self) -> bool:
        return self.language == "es"

    def when(self, day: date, *, style: int = 0) -> str:
        if self.es:
            return f"{day.day} de {_MONTHS_ES[day.month - 1]} de {day.year}"
        if style == 1:
            return f"{day:%m/%d/%Y}"
        if style == 2:
            return f"{day:%b}. {day.day}, {day.year}"
        return f"{day:%B} {day.day}, {day.year}"

    def dated(self) -> str:
        style = self.rng.randrange(3)
        if self.es:
            return f"Fecha: {self.when(self.day)}"
        prefix = self.rng.choice(("", "Date: ", "Date of notice: "))
        return prefix + self.when(self.day, style=style)

    def recipient(self) -> tuple[str, ...]:
        p = self.patient
        return (p.name.upper() if self.rng.random() < 0.4 else p.name, p.street, p.town)

    def born(self) -> str:
        return f"{self.patient.born:%m/%d/%Y}"

    def phones(self) -> str:
        if not self.es:
            return ""  # the layout's own "Phone … · Fax …"
        return f"Teléfono {self.org.phone}" + (f" · Fax {self.org.fax}" if self.org.fax else "")

    def department(self) -> str:
        return self.org.spanish_department if self.es else self.org.department


# ---------------------------------------------------------------------------------- kinds
