"""The demo's request ledger: what others asked of us (left) and what was sent and when (right).

Rows are spread so that, counted from ``today``, every state shows: open with a future due date,
overdue with nothing sent, sent, and confirmed received.
"""

from __future__ import annotations

from dataclasses import dataclass

from infusion_desk.core.i18n import translate
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


def rows() -> tuple[Row, ...]:
    """The ledger's rows, in the language in place."""
    return (
        # ----------------------------------------------------------------- confirmed received
        Row(
            translate("DemoLedger", "Copies of the Medicare, Medigap and Part D cards, front and "
                      "back"), -43,
            translate("DemoLedger", "Renee Castillo (Brightwater intake)"), -42, -43, DANA,
            translate("DemoLedger", "Brightwater intake, fax {brightwater_fax}").format(
                brightwater_fax=s.BRIGHTWATER_FAX), SendMethod.FAX,
            translate("DemoLedger", "Fax OK, 4 pages"), -42,
            ("part_d_card", "medicare_card"), cast.BENEFITS),
        Row(
            translate("DemoLedger", "Signed assignment of benefits and consent"), -43,
            translate("DemoLedger", "Renee Castillo (Brightwater intake)"),
            -40, -41, DANA,
            translate("DemoLedger", "Brightwater intake"), SendMethod.FAX,
            translate("DemoLedger", "Fax OK, 2 pages"), -40,
            ("consent",), cast.BENEFITS),
        Row(
            translate("DemoLedger", "Consult note, bone culture and therapy duration for "
                      "Silverpine"),
            -39,
            translate("DemoLedger", "{silverpine} (request for information, case "
                      "{rfi_case})").format(
                silverpine=s.SILVERPINE, rfi_case=s.RFI_CASE), -27, -38,
            translate("DemoLedger", "Tonya Reyes (Dr. Okafor's office)"),
            translate("DemoLedger", "Silverpine coverage determinations, fax "
                      "{silverpine_pa_fax}").format(
                silverpine_pa_fax=s.SILVERPINE_PA_FAX), SendMethod.FAX,
            translate("DemoLedger", "Fax confirmation 0412-88"), -37,
            ("consult", "referral"), cast.PRIOR_AUTH,
            translate("DemoLedger", "Silverpine confirmed on the phone that they had it.")),
        Row(
            translate("DemoLedger", "Delivery address, gate code and a delivery window"), -37,
            translate("DemoLedger", "Renee Castillo (Brightwater intake)"),
            -36, -37, DANA, "Renee Castillo", SendMethod.PHONE,
            "", -37, step=cast.BENEFITS),
        Row(
            translate("DemoLedger", "Medication list and allergies"), -36,
            translate("DemoLedger", "Marcus Webb (Brightwater pharmacist)"), -35, -36,
            DANA, "Marcus Webb", SendMethod.EMAIL, "", -35),
        Row(
            translate("DemoLedger", "Week 1 lab results"), -34,
            translate("DemoLedger", "Marcus Webb (Brightwater pharmacist)"), -27, -28,
            translate("DemoLedger", "Julia Park, RN (Meadowbrook)"),
            translate("DemoLedger", "Brightwater pharmacy"), SendMethod.FAX, "", -27),
        Row(
            translate("DemoLedger", "Week 2 lab results"), -27,
            translate("DemoLedger", "Marcus Webb (Brightwater pharmacist)"), -20, -21,
            translate("DemoLedger", "Julia Park, RN (Meadowbrook)"),
            translate("DemoLedger", "Brightwater pharmacy"), SendMethod.FAX, "", -20),
        Row(
            translate("DemoLedger", "Week 3 lab results"), -20,
            translate("DemoLedger", "Marcus Webb (Brightwater pharmacist)"), -13, -14,
            translate("DemoLedger", "Julia Park, RN (Meadowbrook)"),
            translate("DemoLedger", "Brightwater pharmacy"), SendMethod.FAX, "", -13),
        Row(
            translate("DemoLedger", "Copy of the Medigap card for billing"), -25,
            translate("DemoLedger", "Sam Ortega (Brightwater billing)"), -21,
            -24, DANA, "Sam Ortega", SendMethod.EMAIL, "", -22, step=cast.SUPPLIES),
        Row(
            translate("DemoLedger", "Copy of the Silverpine approval letter"), -32,
            translate("DemoLedger", "Sam Ortega (Brightwater billing)"), -28,
            -31, DANA, "Sam Ortega", SendMethod.EMAIL, "", -30, ("approval",), cast.PRIOR_AUTH),
        # ----------------------------------------------------------------- sent, not confirmed
        Row(
            translate("DemoLedger", "Week 4 lab results"), -13,
            translate("DemoLedger", "Marcus Webb (Brightwater pharmacist)"), -6, -7,
            translate("DemoLedger", "Julia Park, RN (Meadowbrook)"),
            translate("DemoLedger", "Brightwater pharmacy"), SendMethod.FAX, "", None,
            ("labs",)),
        Row(
            translate("DemoLedger", "Redetermination request for the walker claim {appeal_claim}, "
                      "with the doctor's order").format(appeal_claim=s.APPEAL_CLAIM),
            -13,
            translate("DemoLedger", "Medicare (Summary Notice)"), 107, -8, DANA,
            translate("DemoLedger", "Medicare contractor, address on the Summary Notice"),
            SendMethod.MAIL,
            translate("DemoLedger", "Certified mail 7022 3330 0001 4471 2958"),
            None, ("msn",), cast.APPEAL,
            translate("DemoLedger", "Kept a copy of everything mailed.")),
        Row(
            translate("DemoLedger", "Signed home health plan of care back to Meadowbrook"), -9,
            translate("DemoLedger", "Priya Natarajan (Meadowbrook intake)"), -4, -8, DANA,
            translate("DemoLedger", "Tonya Reyes, Riverside, fax {riverside_fax}").format(
                riverside_fax=s.RIVERSIDE_FAX), SendMethod.FAX,
            translate("DemoLedger", "Fax OK, 4 pages"),
            None, step=cast.COORDINATION,
            notes=translate("DemoLedger", "Faxed the unsigned plan to Tonya so Dr. Okafor can sign "
                            "it; not back yet.")),
        Row(
            translate("DemoLedger", "Week-4 after-visit summary for the nurses"), -6,
            translate("DemoLedger", "Priya Natarajan (Meadowbrook intake)"),
            -3, -5, DANA,
            translate("DemoLedger", "Meadowbrook, fax {meadowbrook_fax}").format(
                meadowbrook_fax=s.MEADOWBROOK_FAX), SendMethod.FAX,
            translate("DemoLedger", "Fax OK, 2 pages"),
            None, ("after_visit",), cast.COORDINATION),
        # ----------------------------------------------------------------- overdue, nothing sent
        Row(
            translate("DemoLedger", "Updated progress note from Dr. Okafor and week-5 labs, for "
                      "the "
                      "extension request"), -6,
            translate("DemoLedger", "Renee Castillo (Brightwater intake)"),
            -2, step=cast.REAUTH, key=OVERDUE_EXTENSION,
            notes=translate("DemoLedger", "Has to come from Dr. Okafor's office. See Renee's "
                            "email.")),
        Row(
            translate("DemoLedger", "Other-coverage questionnaire (coordination of benefits)"), -16,
            translate("DemoLedger", "{silverpine} (member services letter)").format(
                silverpine=s.SILVERPINE), -3, step=None,
            notes=translate("DemoLedger", "Form is in the kitchen drawer, half filled in.")),
        Row(
            translate("DemoLedger", "Signed delivery ticket for the week-5 delivery"), -6,
            translate("DemoLedger", "Brightwater driver"), -1,
            notes=translate("DemoLedger", "Sign and hand back at the next delivery.")),
        # ----------------------------------------------------------------- open, due later
        Row(
            translate("DemoLedger", "Week 5 lab results"), -6,
            translate("DemoLedger", "Marcus Webb (Brightwater pharmacist)"), 1),
        Row(
            translate("DemoLedger", "Insurance cards and the MRI order"), -3,
            translate("DemoLedger", "St. Brigid imaging scheduling"), 4,
            notes=translate("DemoLedger", "For the repeat MRI of the left foot.")),
        Row(
            translate("DemoLedger", "Count of doses left in the fridge before the final "
                      "delivery"), -1,
            translate("DemoLedger", "Marcus Webb (Brightwater pharmacist)"), 2),
        Row(
            translate("DemoLedger", "Dad's glucose log for the week-6 visit"), -6,
            translate("DemoLedger", "Tonya Reyes (Dr. Okafor's office)"), 8),
        Row(
            translate("DemoLedger", "Return the IV pole and unused supplies after the last "
                      "dose"), -5,
            translate("DemoLedger", "Renee Castillo (Brightwater intake)"), 12),
        Row(
            translate("DemoLedger", "Photo of the PICC site if the redness comes back"), -21,
            translate("DemoLedger", "Julia Park, RN (Meadowbrook)"),
            None, notes=translate("DemoLedger", "Only if needed.")),
    )
