"""Who writes and receives the corpus letters: invented plans, providers and patients.

All made up, like the demo's story: no real insurer, phone and fax numbers in the 555-0100 to
555-0199 range set aside for fiction, IDs that belong to no one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Org:
    name: str
    department: str
    address: str
    phone: str
    fax: str
    colour: str
    logo: str
    prefix: str  # the letters in front of its numbers
    spanish_department: str = ""


PAYERS: tuple[Org, ...] = (
    Org("Silverpine Health Plans", "Pharmacy Coverage Determinations",
        "P.O. Box 4471, Harlow Springs, OH 43996", "(888) 555-0147", "(888) 555-0148",
        "#2e6b4f", "pine", "SPX", "Determinaciones de Cobertura de Farmacia"),
    Org("Harborline Mutual Insurance", "Utilization Management",
        "1 Harborline Plaza, Port Ellery, ME 04999", "(877) 555-0162", "(877) 555-0163",
        "#1f4e79", "waves", "HMI", "Administración de Servicios"),
    Org("Quillfield Health Cooperative", "Prior Authorization Department",
        "820 Quillfield Avenue, Dunmore Falls, WI 53999", "(866) 555-0171", "(866) 555-0172",
        "#7a3b69", "leaf", "QHC", "Departamento de Autorizaciones"),
    Org("Bramblecrest Benefit Plans", "Clinical Review Unit",
        "44 Bramble Court, Ashcombe, TX 75999", "(855) 555-0176", "(855) 555-0177",
        "#8a4b12", "sun", "BBP", "Unidad de Revisión Clínica"),
    Org("Larchmere Health Partners", "Medical Management",
        "3100 Larchmere Parkway, Fennick, CO 80999", "(844) 555-0181", "(844) 555-0182",
        "#155e75", "rings", "LHP", "Gestión Médica"),
    Org("Plan de Salud Alameda Verde", "Servicios para Miembros",
        "2550 Calle Alameda, Suite 200, Las Brisas, NM 87999", "(833) 555-0186",
        "(833) 555-0187", "#3f6212", "leaf", "ALV", "Servicios para Miembros"),
)

PROVIDERS: tuple[Org, ...] = (
    Org("Brightwater Home Infusion Pharmacy", "Patient Billing",
        "2200 Commerce Park Drive, Suite 140, Harlow Springs, OH 43998", "(614) 555-0125",
        "(614) 555-0122", "#0f4c81", "cross", "BW", "Facturación de Pacientes"),
    Org("Fernhollow Infusion Services", "Billing Office",
        "17 Fernhollow Road, Kettle Bay, OR 97999", "(503) 555-0191", "(503) 555-0192",
        "#7c2d12", "rings", "FIS", "Oficina de Facturación"),
    Org("Meadowbrook Home Health", "Business Office",
        "9 Meadowbrook Lane, Harlow Springs, OH 43995", "(614) 555-0142", "(614) 555-0144",
        "#4d7c0f", "sun", "MHH", "Oficina Administrativa"),
)

MEDICARE = Org("Medicare", "Medicare Summary Notice", "P.O. Box 1270, Lawrence, KS 66999",
               "1-800-555-0100", "", "#23395d", "rings", "MSN")


@dataclass(frozen=True)
class Patient:
    name: str
    street: str
    town: str
    born: date


PATIENTS: tuple[Patient, ...] = (
    Patient("Walter Brennan", "418 Alder Creek Road", "Harlow Springs, OH 43999",
            date(1947, 3, 14)),
    Patient("Rosa Delgado Ibarra", "77 Calle Mirasol", "Las Brisas, NM 87998", date(1952, 7, 2)),
    Patient("Harold Finch-Whitby", "12 Copper Kettle Way", "Kettle Bay, OR 97998",
            date(1944, 11, 23)),
    Patient("Margaret O'Dell", "2301 Linden Street, Apt 4B", "Dunmore Falls, WI 53998",
            date(1950, 1, 9)),
    Patient("Eduardo Salcedo", "5 Paseo del Río", "Ashcombe, TX 75998", date(1958, 5, 30)),
    Patient("Beverly Ann Kowalczyk", "960 Orchard Hill Drive", "Fennick, CO 80998",
            date(1941, 9, 17)),
    Patient("Clarence Mbeki", "31 Wharf Street", "Port Ellery, ME 04998", date(1949, 4, 4)),
    Patient("Lucía Fernández Ortiz", "410 Avenida Central", "Las Brisas, NM 87997",
            date(1955, 12, 12)),
)

PRESCRIBERS: tuple[str, ...] = (
    "Dr. Adaeze Okafor", "Dr. Henrik Lindqvist", "Dr. Priyanka Raman", "Dr. Tomás Echeverría",
    "Dr. Miriam Castellane", "Dr. Owen Blackwood",
)

DRUGS: tuple[tuple[str, str, str], ...] = (
    # (drug, its unit in English, in Spanish)
    ("Ertapenem 1 g IV once daily", "doses", "dosis"),
    ("Daptomycin 500 mg IV every 24 hours", "doses", "dosis"),
    ("Infliximab 400 mg IV every 8 weeks", "infusions", "infusiones"),
    ("Immune globulin (IVIG) 35 g IV every 4 weeks", "infusions", "infusiones"),
    ("Ceftriaxone 2 g IV once daily", "doses", "dosis"),
    ("Home nursing visits for IV therapy", "visits", "visitas"),
    ("Vancomycin 1.25 g IV every 12 hours", "doses", "dosis"),
    ("Ocrelizumab 600 mg IV every 6 months", "infusions", "infusiones"),
)

SERVICES: tuple[tuple[str, str], ...] = (
    ("Home infusion per diem", "Infusión en casa, tarifa diaria"),
    ("Skilled nursing visit", "Visita de enfermería"),
    ("IV supplies and pump rental", "Suministros IV y bomba"),
    ("Drug (per 1 g vial)", "Medicamento (frasco de 1 g)"),
    ("Laboratory panel (CBC, BMP)", "Análisis de laboratorio"),
    ("PICC line dressing change", "Cambio de vendaje de PICC"),
)

_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # the letters a Medicare number may use


def medicare_number(rng: random.Random) -> str:
    """A number shaped like a Medicare Beneficiary Identifier (11 characters, in dashes)."""
    alnum = _MBI_LETTERS + "0123456789"
    digits = "0123456789"
    chars = [
        rng.choice("123456789"), rng.choice(_MBI_LETTERS), rng.choice(alnum),
        rng.choice(digits), rng.choice(_MBI_LETTERS), rng.choice(alnum), rng.choice(digits),
        rng.choice(_MBI_LETTERS), rng.choice(_MBI_LETTERS), rng.choice(digits),
        rng.choice(digits),
    ]
    text = "".join(chars)
    return f"{text[:4]}-{text[4:7]}-{text[7:]}"


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def member_id(rng: random.Random, org: Org) -> str:
    shape = rng.randrange(3)
    if shape == 0:
        return f"{org.prefix}{digits(rng, 9)}"
    if shape == 1:
        return f"{org.prefix}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}"
    return f"{rng.choice('WXKM')}{digits(rng, 10)}"


def authorization_number(rng: random.Random, org: Org, year: int) -> str:
    shape = rng.randrange(3)
    if shape == 0:
        return f"{org.prefix}-PA-{digits(rng, 4)}-{digits(rng, 4)}"
    if shape == 1:
        return f"PA-{year}-{digits(rng, 6)}"
    return f"{org.prefix}{str(year)[2:]}A{digits(rng, 7)}"


def case_number(rng: random.Random, org: Org) -> str:
    return f"{org.prefix}-CD-{digits(rng, 6)}" if rng.random() < 0.5 else \
        f"{org.prefix}{digits(rng, 2)}-{digits(rng, 5)}"


def claim_number(rng: random.Random) -> str:
    return f"{digits(rng, 2)}{rng.choice('ABCDEFGH')}-{digits(rng, 5)}-{digits(rng, 2)}"
