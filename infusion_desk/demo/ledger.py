"""The demo's request ledger: what others asked of us (left) and what was sent and when (right).

Rows are spread so that, counted from ``today``, every state shows: open with a future due date,
overdue with nothing sent, sent, and confirmed received.
"""

from __future__ import annotations

from dataclasses import dataclass

from infusion_desk.core.records import SendMethod
from infusion_desk.demo import cast
from infusion_desk.demo import story as s

DANA = "Dana"
OVERDUE_EXTENSION = "extension_note"  # the row the three "stuck" questions are tied to


@dataclass(frozen=True)
class Row:
    what: str
    requested_on: int  # days from today
    requested_by: str
    due: int | None
    sent: int | None = None
    by: str = ""
    to: str = ""
    method: SendMethod | None = None
    confirmation: str = ""
    confirmed: int | None = None
    papers: tuple[str, ...] = ()  # keys from paperwork.papers()
    step: str | None = None
    notes: str = ""
    key: str = ""


ROWS: tuple[Row, ...] = (
    # ----------------------------------------------------------------- confirmed received
    Row("Copies of the Medicare, Medigap and Part D cards, front and back", -43,
        "Renee Castillo (Brightwater intake)", -42, -43, DANA,
        f"Brightwater intake, fax {s.BRIGHTWATER_FAX}", SendMethod.FAX, "Fax OK, 4 pages", -42,
        ("part_d_card", "medicare_card"), cast.BENEFITS),
    Row("Signed assignment of benefits and consent", -43, "Renee Castillo (Brightwater intake)",
        -40, -41, DANA, "Brightwater intake", SendMethod.FAX, "Fax OK, 2 pages", -40,
        ("consent",), cast.BENEFITS),
    Row("Consult note, bone culture and therapy duration for Silverpine", -39,
        f"{s.SILVERPINE} (request for information, case {s.RFI_CASE})", -27, -38,
        "Tonya Reyes (Dr. Okafor's office)", f"Silverpine coverage determinations, fax "
        f"{s.SILVERPINE_PA_FAX}", SendMethod.FAX, "Fax confirmation 0412-88", -37,
        ("consult", "referral"), cast.PRIOR_AUTH,
        "Silverpine confirmed on the phone that they had it."),
    Row("Delivery address, gate code and a delivery window", -37,
        "Renee Castillo (Brightwater intake)", -36, -37, DANA, "Renee Castillo", SendMethod.PHONE,
        "", -37, step=cast.BENEFITS),
    Row("Medication list and allergies", -36, "Marcus Webb (Brightwater pharmacist)", -35, -36,
        DANA, "Marcus Webb", SendMethod.EMAIL, "", -35),
    Row("Week 1 lab results", -34, "Marcus Webb (Brightwater pharmacist)", -27, -28,
        "Julia Park, RN (Meadowbrook)", "Brightwater pharmacy", SendMethod.FAX, "", -27),
    Row("Week 2 lab results", -27, "Marcus Webb (Brightwater pharmacist)", -20, -21,
        "Julia Park, RN (Meadowbrook)", "Brightwater pharmacy", SendMethod.FAX, "", -20),
    Row("Week 3 lab results", -20, "Marcus Webb (Brightwater pharmacist)", -13, -14,
        "Julia Park, RN (Meadowbrook)", "Brightwater pharmacy", SendMethod.FAX, "", -13),
    Row("Copy of the Medigap card for billing", -25, "Sam Ortega (Brightwater billing)", -21,
        -24, DANA, "Sam Ortega", SendMethod.EMAIL, "", -22, step=cast.SUPPLIES),
    Row("Copy of the Silverpine approval letter", -32, "Sam Ortega (Brightwater billing)", -28,
        -31, DANA, "Sam Ortega", SendMethod.EMAIL, "", -30, ("approval",), cast.PRIOR_AUTH),
    # ----------------------------------------------------------------- sent, not confirmed
    Row("Week 4 lab results", -13, "Marcus Webb (Brightwater pharmacist)", -6, -7,
        "Julia Park, RN (Meadowbrook)", "Brightwater pharmacy", SendMethod.FAX, "", None,
        ("labs",)),
    Row(f"Redetermination request for the walker claim {s.APPEAL_CLAIM}, with the doctor's order",
        -13, "Medicare (Summary Notice)", 107, -8, DANA,
        "Medicare contractor, address on the Summary Notice", SendMethod.MAIL,
        "Certified mail 7022 3330 0001 4471 2958", None, ("msn",), cast.APPEAL,
        "Kept a copy of everything mailed."),
    Row("Signed home health plan of care back to Meadowbrook", -9,
        "Priya Natarajan (Meadowbrook intake)", -4, -8, DANA,
        f"Tonya Reyes, Riverside, fax {s.RIVERSIDE_FAX}", SendMethod.FAX, "Fax OK, 4 pages",
        None, step=cast.COORDINATION,
        notes="Faxed the unsigned plan to Tonya so Dr. Okafor can sign it; not back yet."),
    Row("Week-4 after-visit summary for the nurses", -6, "Priya Natarajan (Meadowbrook intake)",
        -3, -5, DANA, f"Meadowbrook, fax {s.MEADOWBROOK_FAX}", SendMethod.FAX, "Fax OK, 2 pages",
        None, ("after_visit",), cast.COORDINATION),
    # ----------------------------------------------------------------- overdue, nothing sent
    Row("Updated progress note from Dr. Okafor and week-5 labs, for the extension request", -6,
        "Renee Castillo (Brightwater intake)", -2, step=cast.REAUTH, key=OVERDUE_EXTENSION,
        notes="Has to come from Dr. Okafor's office. See Renee's email."),
    Row("Other-coverage questionnaire (coordination of benefits)", -16,
        f"{s.SILVERPINE} (member services letter)", -3, step=None,
        notes="Form is in the kitchen drawer, half filled in."),
    Row("Signed delivery ticket for the week-5 delivery", -6, "Brightwater driver", -1,
        notes="Sign and hand back at the next delivery."),
    # ----------------------------------------------------------------- open, due later
    Row("Week 5 lab results", -6, "Marcus Webb (Brightwater pharmacist)", 1),
    Row("Insurance cards and the MRI order", -3, "St. Brigid imaging scheduling", 4,
        notes="For the repeat MRI of the left foot."),
    Row("Count of doses left in the fridge before the final delivery", -1,
        "Marcus Webb (Brightwater pharmacist)", 2),
    Row("Dad's glucose log for the week-6 visit", -6, "Tonya Reyes (Dr. Okafor's office)", 8),
    Row("Return the IV pole and unused supplies after the last dose", -5,
        "Renee Castillo (Brightwater intake)", 12),
    Row("Photo of the PICC site if the redness comes back", -21, "Julia Park, RN (Meadowbrook)",
        None, notes="Only if needed."),
)
