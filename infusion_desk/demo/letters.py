"""The demo's PDF letters and forms, each a function from the story's dates to PDF bytes."""

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
RIVERSIDE_HEAD = Letterhead(
    s.RIVERSIDE,
    (s.RIVERSIDE_ADDRESS, f"Phone {s.RIVERSIDE_PHONE} · Fax {s.RIVERSIDE_FAX}"),
    colour="#6b2e5f",
)
BRIGHTWATER_HEAD = Letterhead(
    s.BRIGHTWATER,
    (s.BRIGHTWATER_ADDRESS, f"Intake {s.BRIGHTWATER_PHONE} · Pharmacy {s.BRIGHTWATER_RX_PHONE} · "
                            f"Fax {s.BRIGHTWATER_FAX}"),
    colour="#1f6f8b",
)
ST_BRIGID_HEAD = Letterhead(
    s.ST_BRIGID,
    ("Outpatient Laboratory · 900 Hospital Drive, Harlow Springs, OH 43997",
     f"Phone {s.ST_BRIGID_PHONE}"),
    colour="#8b3a1f",
)


def _member_facts() -> list[tuple[str, str]]:
    return [
        ("Member", s.PATIENT),
        ("Date of birth", short_date(s.PATIENT_DOB)),
        ("Member ID", s.PART_D_ID),
        ("Plan", s.PART_D_PLAN),
    ]


def referral_orders(t: Timeline) -> bytes:
    day = t.day(-44)
    b = LetterBuilder(RIVERSIDE_HEAD, "Home infusion referral and orders")
    b.text("**Home Infusion Referral and Physician Orders**", style="title")
    b.facts(
        [
            ("Date", long_date(day)),
            ("Patient", f"{s.PATIENT}, DOB {short_date(s.PATIENT_DOB)}"),
            ("Address", ", ".join(s.PATIENT_ADDRESS[1:])),
            ("Medicare number", s.MEDICARE_ID),
            ("Drug plan", f"{s.PART_D_PLAN}, member ID {s.PART_D_ID}"),
            ("Diagnosis", f"{s.DIAGNOSIS} (ICD-10 {s.DIAGNOSIS_CODE}); type 2 diabetes"),
            ("Allergies", "Sulfa (rash)"),
            ("Refer to", f"{s.BRIGHTWATER}, fax {s.BRIGHTWATER_FAX}"),
        ]
    )
    b.heading("Infusion orders")
    b.grid(
        ["Order", "Details"],
        [
            ["Drug", "Ertapenem 1 g in 0.9% sodium chloride 100 mL"],
            ["Route and rate", "IV via PICC, infuse over 30 minutes"],
            ["Frequency", "Every 24 hours"],
            ["Duration", f"6 weeks: {long_date(t.therapy_start)} through "
                         f"{long_date(t.approved_to)} (42 doses)"],
            ["Line", "Single-lumen PICC, right arm (placed "
                     f"{long_date(t.day(-38))}); external length 2 cm"],
            ["Flushes", "0.9% sodium chloride 10 mL before and after each dose"],
            ["Labs", "Weekly CBC with differential, BMP, ESR, CRP; fax results to Riverside "
                     f"({s.RIVERSIDE_FAX}) and Brightwater ({s.BRIGHTWATER_FAX})"],
            ["Nursing", f"Skilled nursing by {s.MEADOWBROOK}: 2 visits a week for 6 weeks, "
                        "weekly dressing change, lab draw, caregiver teaching"],
        ],
        [1.5, 5.0],
    )
    b.text(
        "Caregiver (daughter, Dana Brennan) to be taught gravity infusion, flushing and signs of "
        "line infection. Remove the PICC after the last dose unless the course is extended."
    )
    b.signature(
        f"Electronically signed by Adaeze Okafor, MD, Infectious Disease, on {long_date(day)}",
        f"Office contact for authorizations: Tonya Reyes, {s.RIVERSIDE_PHONE}",
    )
    return b.pdf()


def consult_note(t: Timeline) -> bytes:
    day = t.day(-45)
    b = LetterBuilder(RIVERSIDE_HEAD, "Infectious disease consultation")
    b.text("**Infectious Disease Consultation — Clinical Notes**", style="title")
    b.facts(
        [
            ("Patient", f"{s.PATIENT}, DOB {short_date(s.PATIENT_DOB)}"),
            ("Seen at", f"{s.ST_BRIGID}, inpatient, {long_date(day)}"),
            ("Requested by", f"{s.SURGEON}, podiatric surgery"),
            ("Consultant", f"{s.PRESCRIBER}"),
        ]
    )
    b.heading("History of present illness")
    b.text(
        f"{s.age_on(day)}-year-old man with type 2 diabetes and a non-healing ulcer under the "
        "left first metatarsal head for about 3 months. Admitted "
        f"{long_date(t.admitted)} with redness, swelling and drainage. MRI of the left foot "
        "shows bone marrow edema and enhancement of the first metatarsal head, consistent with "
        f"osteomyelitis. Surgical debridement and bone biopsy on {long_date(t.surgery)}."
    )
    b.heading("Microbiology")
    b.grid(
        ["Specimen", "Result", "Susceptibility"],
        [
            ["Bone biopsy, left 1st metatarsal", "Staphylococcus aureus (methicillin-"
             "susceptible), moderate growth", "Susceptible to cefazolin, ertapenem"],
            ["Bone biopsy, left 1st metatarsal", "Escherichia coli, light growth",
             "Susceptible to ertapenem; resistant to ampicillin"],
            ["Blood cultures x2", "No growth at 5 days", "—"],
        ],
        [2.0, 2.5, 2.0],
    )
    b.heading("Assessment")
    b.text(
        "Acute osteomyelitis of the left foot (first metatarsal) with polymicrobial bone "
        "culture, after debridement. Renal function normal for age (creatinine 0.9)."
    )
    b.new_page()
    b.heading("Plan")
    b.text(
        "1. Ertapenem 1 g IV every 24 hours for 6 weeks from the first dose, through a PICC line "
        "in the right arm. One daily drug covers both organisms and suits home infusion.",
        "2. Weekly CBC, BMP, ESR and CRP while on therapy.",
        "3. Home health nursing for line care and labs; the patient should not bear weight on the "
        "left foot and is homebound for now.",
        "4. Follow-up in the infectious disease clinic at week 4 and week 6. Repeat MRI if the "
        "inflammatory markers do not fall; the course may be extended by 2 weeks.",
        "5. Medical necessity: oral options were considered; IV therapy is needed for bone "
        "penetration and the organisms' susceptibilities.",
    )
    b.heading("Baseline labs")
    b.grid(
        ["Test", "Result", "Reference range"],
        [["ESR", "72 mm/hr", "0–20"], ["CRP", "6.8 mg/dL", "below 0.5"],
         ["WBC", "11.9 K/uL", "4.0–10.5"], ["Creatinine", "0.9 mg/dL", "0.7–1.3"]],
        [2.2, 2.2, 2.1],
    )
    b.signature(f"Adaeze Okafor, MD — signed {long_date(day)}")
    return b.pdf()


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


def infusion_plan_of_care(t: Timeline) -> bytes:
    day = t.day(-35)
    b = LetterBuilder(BRIGHTWATER_HEAD, "Home infusion plan of care")
    b.text("**Home Infusion Plan of Care**", style="title")
    b.facts([("Patient", f"{s.PATIENT}, DOB {short_date(s.PATIENT_DOB)}"),
             ("Brightwater patient number", s.BRIGHTWATER_PATIENT),
             ("Prescriber", f"{s.PRESCRIBER}, {s.RIVERSIDE}"),
             ("Diagnosis", s.DIAGNOSIS),
             ("Authorization", f"{s.AUTH_NUMBER} ({long_date(t.approved_from)} – "
                               f"{long_date(t.approved_to)})")])
    b.grid(
        ["Item", "Plan"],
        [
            ["Drug, dose, route", "Ertapenem 1 g IV in 100 mL 0.9% sodium chloride, by gravity"],
            ["Frequency", "Every 24 hours, around 9 a.m., over 30 minutes"],
            ["Duration", f"6 weeks, {long_date(t.therapy_start)} through "
                         f"{long_date(t.approved_to)}"],
            ["Access", "PICC line, right arm, single lumen"],
            ["Nursing", f"{s.MEADOWBROOK}: Monday and Thursday visits; dressing change and "
                        "labs on Mondays"],
            ["Pharmacist monitoring", "Weekly lab review (CBC, BMP, ESR, CRP); call after each "
                                      "delivery"],
            ["Deliveries", "Weekly, 7 doses and supplies; Saturday delivery allowed"],
            ["Caregiver teaching", "Dana Brennan taught gravity infusion, flushing, storage "
                                   "and when to call (completed at first visit)"],
        ],
        [1.8, 4.7],
    )
    b.heading("When to call")
    b.text(
        f"Fever over 100.4°F, chills, redness or drainage at the PICC site, arm swelling, a line "
        f"that will not flush, rash or severe diarrhea: call {s.BRIGHTWATER_RX_PHONE} (24 hours). "
        "Chest pain or trouble breathing: call 911."
    )
    b.signature(f"Marcus Webb, PharmD — {long_date(day)}",
                "Physician review: signed by Adaeze Okafor, MD")
    return b.pdf()


def delivery_ticket(t: Timeline) -> bytes:
    day = t.day(-6)
    b = LetterBuilder(BRIGHTWATER_HEAD, "Delivery ticket")
    b.text("**Delivery Ticket**", style="title")
    b.facts([("Delivered", f"{long_date(day)}, 10:40 a.m."),
             ("Ship to", ", ".join(s.PATIENT_ADDRESS)),
             ("Patient number", s.BRIGHTWATER_PATIENT),
             ("Rx", "RX 6620418 — Ertapenem 1 g IV every 24 hours"),
             ("Authorization", s.AUTH_NUMBER),
             ("Billed to", f"Drug: {s.PART_D_PLAN}. Supplies: under review.")])
    b.grid(
        ["Qty", "Item", "Storage"],
        [
            ["7", "Ertapenem 1 g in 0.9% sodium chloride 100 mL (mixed bag)", "Refrigerate"],
            ["7", "Gravity IV administration set", "Room temperature"],
            ["14", "0.9% sodium chloride flush 10 mL syringe", "Room temperature"],
            ["20", "Alcohol prep pads", "Room temperature"],
            ["1", "PICC dressing change kit", "Room temperature"],
            ["1", "Sharps container, 1 quart", "—"],
        ],
        [0.6, 4.2, 1.7],
    )
    b.text("Doses remaining before this delivery: 1. Next delivery: "
           f"{long_date(day + timedelta(days=7))} (final week).")
    b.signature("Received by: D. Brennan (daughter)", "Driver: J. Alvarez")
    return b.pdf()


def lab_results(t: Timeline) -> bytes:
    collected = t.day(-7)
    weeks = [t.therapy_start + timedelta(days=7 * k - 1) for k in range(1, 5)]
    b = LetterBuilder(ST_BRIGID_HEAD, "Laboratory results")
    b.text("**Laboratory Results — Weekly Monitoring**", style="title")
    b.facts([("Patient", f"{s.PATIENT}, DOB {short_date(s.PATIENT_DOB)}"),
             ("Collected", f"{long_date(collected)} at home by {s.MEADOWBROOK}"),
             ("Ordering", s.PRESCRIBER),
             ("Copy to", f"{s.BRIGHTWATER} (fax {s.BRIGHTWATER_FAX})")])
    b.grid(
        ["Test", *[short_date(w) for w in weeks], "Reference"],
        [
            ["ESR (mm/hr)", "64", "55", "47", "41", "0–20"],
            ["CRP (mg/dL)", "4.9", "3.1", "2.2", "1.6", "below 0.5"],
            ["WBC (K/uL)", "9.8", "8.7", "7.9", "7.4", "4.0–10.5"],
            ["Creatinine (mg/dL)", "0.9", "1.0", "0.9", "0.9", "0.7–1.3"],
            ["ALT (U/L)", "22", "25", "31", "28", "7–56"],
        ],
        [1.6, 0.85, 0.85, 0.85, 0.85, 1.5],
    )
    b.text("Inflammatory markers falling but not yet normal. Results sent to the ordering "
           "physician and the infusion pharmacy.")
    return b.pdf()
