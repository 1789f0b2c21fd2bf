"""The corpus letters that are statements: explanations of benefits, Medicare Summary Notices
and bills, with their tables of services."""

from __future__ import annotations

from datetime import timedelta

from infusion_desk.core.letter_facts import Deadline, LetterKind
from infusion_desk.demo.letter_corpus import cast
from infusion_desk.demo.letter_corpus.layouts import Content, Grid
from infusion_desk.demo.letter_corpus.letter_setup import Labels, Setup


def _money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


def _service_rows(s: Setup, count: int, *, shares: tuple[int, ...] = (0, 20)
                  ) -> tuple[tuple[tuple[str, ...], ...], int]:
    rows: list[tuple[str, ...]] = []
    owed_total = 0
    for number in range(count):
        service = s.rng.choice(cast.SERVICES)
        billed = s.rng.randrange(8_000, 160_000)
        allowed = billed * s.rng.randrange(35, 80) // 100
        owed = allowed * s.rng.choice(shares) // 100
        owed_total += owed
        on = s.day - timedelta(days=30 - number * 3)
        rows.append((f"{on:%m/%d/%Y}", service[1] if s.es else service[0], _money(billed),
                     _money(allowed), _money(allowed - owed), _money(owed)))
    return tuple(rows), owed_total


def explanation_of_benefits(s: Setup) -> tuple[Content, Labels]:
    claim = cast.claim_number(s.rng)
    rows, owed = _service_rows(s, s.rng.randrange(3, 6))
    facts: tuple[tuple[str, str], ...]
    header: tuple[str, ...]
    closing: tuple[str, ...]
    paragraphs: tuple[str, ...]
    if s.es:
        header = ("Fecha", "Servicio", "Cobrado", "Permitido", "Pagó el plan", "Usted debe")
        facts = (("Miembro", s.patient.name), ("Número de miembro", s.member),
                 ("Número de reclamo", claim), ("Proveedor", cast.PROVIDERS[0].name))
        paragraphs = (f"Total que usted puede deber al proveedor: {_money(owed)}.",)
        closing = (f"¿Preguntas? Llame al {s.org.phone}.",)
        title, banner = "Explicación de beneficios", "ESTO NO ES UNA FACTURA"
        window = "dentro de 180 días"
        closing = (f"Si no está de acuerdo, puede apelar {window} de recibir este "
                   "aviso.", *closing)
    else:
        header = ("Date", "Service", "Billed", "Allowed", "Plan paid", "You owe")
        facts = (("Member", s.patient.name), ("Member ID", s.member), ("Claim number", claim),
                 ("Provider", s.rng.choice(cast.PROVIDERS).name))
        paragraphs = (f"Total you may owe the provider: {_money(owed)}. The provider may bill "
                      "you for this amount; do not pay until you receive their bill.",)
        window = "within 180 days"
        closing = (f"If you disagree with this decision, you may appeal {window} of "
                   "receiving this notice.", f"Questions? Call {s.org.phone}.")
        title, banner = "Explanation of Benefits", "THIS IS NOT A BILL"
    content = Content(s.org, s.department(), s.dated(), s.recipient(), title, facts, paragraphs,
                      grid=Grid(header, rows, (70, 170, 64, 64, 64, 64)), closing=closing,
                      contact_line=s.phones(),
                      banner=banner)
    return content, Labels(LetterKind.EXPLANATION_OF_BENEFITS, s.org.name, s.day,
                           member_id=s.member, reference_numbers=(claim,),
                           deadline=Deadline(window, days=180))


def summary_notice(s: Setup) -> tuple[Content, Labels]:
    claims = (cast.claim_number(s.rng), cast.claim_number(s.rng))
    rows, owed = _service_rows(s, 4)
    appeal_by = s.day + timedelta(days=120)
    facts = (("Medicare Number", s.member), ("Name", s.patient.name))
    paragraphs = (
        "THIS IS NOT A BILL. This notice shows the services and supplies providers billed to "
        "Medicare Part B, what Medicare paid, and the maximum you may be billed.",
        f"Claim number {claims[0]} and claim number {claims[1]} were processed in the last "
        f"three months. The maximum you may be billed: {_money(owed)}.",
        f"If you disagree with any claims decisions, you must file an appeal by "
        f"{s.when(appeal_by)}. Call 1-800-MEDICARE (1-800-555-0100) if you have questions.",
    )
    content = Content(s.org, "Medicare Summary Notice for Part B (Medical Insurance)",
                      s.dated(), s.recipient(), "Your Medicare Summary Notice", facts,
                      paragraphs,
                      grid=Grid(("Date", "Service", "Billed", "Approved", "Medicare paid",
                                 "You may be billed"), rows, (70, 170, 64, 64, 64, 64)),
                      contact_line="Customer service 1-800-555-0100 · TTY 1-877-555-0104")
    return content, Labels(LetterKind.MEDICARE_SUMMARY_NOTICE, "Medicare", s.day,
                           member_id=s.member, reference_numbers=claims,
                           deadline=Deadline(f"by {s.when(appeal_by)}", on=appeal_by))


def bill(s: Setup) -> tuple[Content, Labels]:
    account = f"{s.org.prefix}-{cast.digits(s.rng, 5)}"
    invoice = cast.digits(s.rng, 8)
    rows, owed = _service_rows(s, s.rng.randrange(2, 5), shares=(20,))
    due = s.day + timedelta(days=s.rng.choice((21, 30)))
    facts: tuple[tuple[str, str], ...]
    header: tuple[str, ...]
    paragraphs: tuple[str, ...]
    if s.es:
        facts = (("Cuenta", account), ("Factura", invoice), ("ID de seguro", s.member))
        header = ("Fecha", "Servicio", "Cobrado", "Permitido", "Pagó el seguro", "Saldo")
        due_words = f"antes del {s.when(due)}"
        paragraphs = (f"Saldo a pagar: {_money(owed)}. Pague {due_words}.",
                      f"Para pagar o hacer un plan de pagos, llame al {s.org.phone}.")
        title = "Estado de cuenta del paciente"
    else:
        facts = (("Account number", account), ("Invoice number", invoice),
                 ("Insurance ID", s.member))
        header = ("Date", "Service", "Charges", "Allowed", "Insurance paid", "Balance")
        due_words = f"by {s.when(due, style=1)}"
        paragraphs = (f"Amount due: {_money(owed)}. Please pay {due_words}.",
                      "Your insurance has paid its share. To pay, set up a payment plan or ask "
                      f"for financial help, call {s.org.phone}.")
        title = "Patient Statement"
    content = Content(s.org, s.department(), s.dated(), s.recipient(), title, facts, paragraphs,
                      grid=Grid(header, rows, (70, 170, 64, 64, 70, 64)),
                      contact_line=s.phones())
    return content, Labels(LetterKind.BILL, s.org.name, s.day, member_id=s.member,
                           reference_numbers=(account, invoice),
                           deadline=Deadline(due_words, on=due))
