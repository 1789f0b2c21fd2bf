"""The demo's letters from the drug plan (Silverpine) and Medicare: the request for more
information, the approval, the denial, and the two "this is not a bill" summaries."""

from __future__ import annotations

from datetime import timedelta

from infusion_desk.demo import story as s
from infusion_desk.demo.pdf_letter import LetterBuilder, Letterhead
from infusion_desk.demo.story import Timeline, long_date, short_date

SILVERPINE_HEAD = Letterhead(
    s.SILVERPINE,
    (
        "Silverpine Rx Select (PDP) · Pharmacy Coverage Determinations",
        "P.O. Box 4471, Harlow Springs, OH 43996",
        f"Phone {s.SILVERPINE_PA_PHONE} · Fax {s.SILVERPINE_PA_FAX} · "
        f"Member services {s.SILVERPINE_PHONE}",
    ),
    colour="#2e6b4f",
)


def _member_facts() -> list[tuple[str, str]]:
    return [
        ("Member", s.PATIENT),
        ("Date of birth", short_date(s.PATIENT_DOB)),
        ("Member ID", s.PART_D_ID),
        ("Plan", s.PART_D_PLAN),
    ]



def information_request(t: Timeline) -> bytes:
    day = t.day(-41)
    b = LetterBuilder(SILVERPINE_HEAD, "Request for additional information")
    b.address(["Adaeze Okafor, MD", s.RIVERSIDE, s.RIVERSIDE_ADDRESS])
    b.gap()
    b.facts([("Date of this notice", long_date(day)), *_member_facts(),
             ("Case number", s.RFI_CASE), ("Drug requested", "Ertapenem 1 g IV, once daily")])
    b.text("**Request for additional information — coverage determination pending**",
           style="heading")
    b.text(
        f"On {long_date(t.day(-42))} we received a request for prior authorization of the drug "
        f"above for our member {s.PATIENT}. We cannot make a decision yet. To review the "
        "request, we need the following from the prescriber:",
        "1. The infectious disease consultation note or other clinical notes that support the "
        "diagnosis of osteomyelitis.\n"
        "2. The bone biopsy or other culture results with susceptibilities.\n"
        "3. The planned duration of therapy and the dosing schedule.",
        f"Please fax the information to {s.SILVERPINE_PA_FAX} and write the case number "
        f"{s.RFI_CASE} on every page. If we do not receive it by {long_date(t.day(-27))}, we "
        "will make a decision with the information we have.",
    )
    b.text(f"cc: {s.PATIENT} (member); {s.BRIGHTWATER} (dispensing pharmacy)", style="small")
    b.signature("Pharmacy Coverage Determinations", s.PART_D_PAYER)
    return b.pdf()


def approval_letter(t: Timeline) -> bytes:
    day = t.day(-35)
    b = LetterBuilder(SILVERPINE_HEAD, "Prior authorization approval")
    b.address(s.PATIENT_ADDRESS)
    b.gap()
    b.banner("Prior authorization: APPROVED")
    b.facts(
        [
            ("Date of this notice", long_date(day)),
            *_member_facts(),
            ("Authorization number", s.AUTH_NUMBER),
            ("Drug", "Ertapenem 1 g vial for IV infusion"),
            ("Approved from", long_date(t.approved_from)),
            ("Approved through", long_date(t.approved_to)),
            ("Quantity approved", "42 doses (one 1 g dose every 24 hours)"),
            ("Prescriber", f"{s.PRESCRIBER}, {s.RIVERSIDE}"),
            ("Pharmacy", s.BRIGHTWATER),
        ]
    )
    b.text(
        f"Dear {s.PATIENT},",
        "We have approved your prescriber's request for coverage of the drug listed above for "
        f"the treatment of osteomyelitis of the left foot. Please keep this letter and give the "
        f"authorization number {s.AUTH_NUMBER} when you call us.",
        f"This approval ends on **{long_date(t.approved_to)}**. If your doctor "
        "wants you to keep getting this drug after that date, your prescriber must ask us for a "
        "new coverage determination before the approval ends.",
        "This approval is for the drug only. Infusion supplies, equipment and nursing services "
        "are not Part D drugs and are not covered by this approval.",
        f"If you have questions, call member services at {s.SILVERPINE_PHONE} (TTY 711), "
        "8 a.m. to 8 p.m., seven days a week.",
    )
    b.signature("Sincerely,", "Pharmacy Coverage Determinations", s.PART_D_PAYER)
    return b.pdf()


def supplies_denial(t: Timeline) -> bytes:
    """A three-page denial notice with appeal rights: the demo's long letter."""
    day = t.day(-30)
    b = LetterBuilder(SILVERPINE_HEAD, "Notice of denial of Medicare prescription drug coverage")
    b.address(s.PATIENT_ADDRESS)
    b.gap()
    b.banner("Notice of Denial of Medicare Prescription Drug Coverage")
    b.facts([("Date of this notice", long_date(day)), *_member_facts(),
             ("Case number", s.SUPPLY_CASE),
             ("Requested by", f"{s.BRIGHTWATER}, on {long_date(t.day(-33))}")])
    b.heading("What we denied")
    b.text(
        "Home infusion supplies and per diem for ertapenem: IV administration sets, 0.9% "
        "sodium chloride flushes, alcohol pads, dressing change kits and an IV pole."
    )
    b.heading("Why we denied your request")
    b.text(
        "Medicare Part D plans may only pay for covered Part D drugs. Supplies, equipment and "
        "professional nursing services used to give a drug at home are not Part D drugs. "
        f"The drug itself, ertapenem, remains approved under authorization {s.AUTH_NUMBER} "
        f"through {long_date(t.approved_to)}.",
        "Some of these items may be covered by Original Medicare (Part B) or another insurance "
        "you have. Ask the pharmacy or your other insurance.",
    )
    b.new_page()
    b.heading("Your right to appeal")
    b.text(
        "If you disagree with this decision, you have the right to ask us for a redetermination "
        "(appeal). You must ask within **65 days** from the date of this notice "
        f"(by {long_date(day + timedelta(days=65))}). We can give more time if you have a good "
        "reason for missing the deadline.",
        "You, your prescriber, or someone you name as your representative can ask for an "
        "appeal. If you name someone, send a signed Appointment of Representative form with "
        "your request.",
        "**Standard appeal.** We will give you a decision within 7 days after we get your "
        "request.",
        "**Fast appeal.** If you or your doctor believe that waiting 7 days could seriously "
        "harm your health, ask for a fast appeal. We will decide within 72 hours.",
    )
    b.heading("What to include")
    b.text(
        "Your name, member ID, the case number on this notice, and the reasons you disagree. "
        "Include any information that supports your appeal, such as a letter from your doctor.",
    )
    b.new_page()
    b.heading("How to ask for a redetermination")
    b.grid(
        ["How", "Where"],
        [
            ["By phone (fast appeals)", f"{s.SILVERPINE_PA_PHONE}, 8 a.m.–8 p.m. Eastern"],
            ["By fax", s.SILVERPINE_PA_FAX],
            ["By mail", f"{s.PART_D_PAYER}, Appeals Unit, P.O. Box 4472, Harlow Springs, "
                        "OH 43996"],
        ],
        [2.2, 4.3],
    )
    b.heading("Help and more information")
    b.text(
        f"Member services: {s.SILVERPINE_PHONE} (TTY 711). Medicare: {s.MEDICARE_PHONE}, "
        "24 hours a day, 7 days a week. Your State Health Insurance Assistance Program (SHIP) "
        "gives free counseling about Medicare.",
    )
    b.text(f"Case {s.SUPPLY_CASE} · Member ID {s.PART_D_ID} · Page 3 of 3", style="small")
    return b.pdf()


def part_d_eob(t: Timeline) -> bytes:
    day = t.day(-14)
    head = Letterhead(SILVERPINE_HEAD.organization, SILVERPINE_HEAD.lines,
                      SILVERPINE_HEAD.colour, footer="THIS IS NOT A BILL")
    b = LetterBuilder(head, "Part D Explanation of Benefits")
    b.address(s.PATIENT_ADDRESS)
    b.gap()
    b.banner("Your Part D Explanation of Benefits — THIS IS NOT A BILL")
    b.facts([("Date of this notice", long_date(day)), *_member_facts(),
              ("Period", f"{long_date(t.day(-44))} through {long_date(t.day(-15))}")])
    fills = [t.therapy_start, t.day(-27), t.day(-20)]
    b.grid(
        ["Date filled", "Drug and pharmacy", "Total cost", "Plan paid", "You paid"],
        [[short_date(d), f"Ertapenem 1 g vial x 7 — {s.BRIGHTWATER} (auth {s.AUTH_NUMBER})",
          "$612.50", "$565.30", "$47.20"] for d in fills],
        [0.9, 2.9, 0.9, 0.9, 0.9],
    )
    b.facts([("Total this period", "$1,837.50"), ("Plan paid", "$1,695.90"),
             ("You paid", "$141.60"), ("Payment stage", "Initial coverage stage")])
    b.text(
        "This notice tells you which prescriptions the plan paid for and what you paid. Keep it "
        "with your records. If you think something is wrong, call member services at "
        f"{s.SILVERPINE_PHONE}."
    )
    return b.pdf()


def medicare_summary_notice(t: Timeline) -> bytes:
    day = t.msn_date
    head = Letterhead(
        "Medicare Summary Notice for Part B (Medical Insurance)",
        ("The official summary of your Medicare claims", f"1-800 line {s.MEDICARE_PHONE}, "
         "24 hours a day, 7 days a week"),
        colour="#23395d",
        footer="THIS IS NOT A BILL",
    )
    b = LetterBuilder(head, "Medicare Summary Notice")
    b.address(s.PATIENT_ADDRESS)
    b.gap()
    b.facts([("Notice date", long_date(day)), ("Medicare number", s.MEDICARE_ID),
             ("Claims processed", f"{long_date(day - timedelta(days=90))} – {long_date(day)}")])
    b.banner("THIS IS NOT A BILL")
    b.heading("Your claims and costs this period")
    b.facts([("Did Medicare approve all services?", "NO — see page 2 for details"),
             ("Total you may be billed", "$183.20"),
             ("Part B deductible", "You have met the deductible for this year")])
    b.new_page()
    b.heading("Your claims for Part B (Medical Insurance)")
    b.grid(
        ["Service", "Approved?", "Medicare paid", "You may be billed"],
        [
            [f"{s.SURGEON}, podiatric surgery — debridement and bone biopsy, left foot, "
             f"{short_date(t.surgery)}", "Yes", "$734.18", "$0.00 (Medigap)"],
            [f"{s.PRESCRIBER}, infectious disease consultation, {short_date(t.day(-45))}",
             "Yes", "$168.40", "$0.00 (Medigap)"],
            [f"Crestline Medical Supply — folding walker with wheels, "
             f"{short_date(t.discharged)}. Claim {s.APPEAL_CLAIM}", "NO (see note A)",
             "$0.00", "$183.20"],
        ],
        [3.3, 1.0, 1.0, 1.2],
    )
    b.text(
        "**Note A:** This item or service was denied because the information required to make "
        "payment was missing: the supplier did not send the ordering doctor's written order."
    )
    b.new_page()
    b.heading("How to handle denials or file an appeal")
    b.text(
        "If you disagree with a coverage decision, you can file an appeal (redetermination). "
        f"Appeals must be filed in writing within 120 days of the date you get this notice "
        f"(by {long_date(day + timedelta(days=125))}).",
        "1. Circle the service(s) you disagree with on this notice.\n"
        "2. Explain in writing why you disagree, or write it on this page.\n"
        "3. Include your name, phone number and Medicare number, and sign.\n"
        "4. Attach any supporting information, such as the doctor's order.\n"
        "5. Send this page to the Medicare contractor address on page 1 and keep a copy.",
        f"If you need help, call {s.MEDICARE_PHONE}. Medicare number on this notice: "
        f"{s.MEDICARE_ID}.",
    )
    return b.pdf()
