"""The demo's letters from the doctors' office (Riverside): the home infusion orders and the
infectious disease consultation."""

from __future__ import annotations

from infusion_desk.demo import story as s
from infusion_desk.demo.pdf_letter import LetterBuilder, Letterhead
from infusion_desk.demo.story import Timeline, long_date, short_date

RIVERSIDE_HEAD = Letterhead(
    s.RIVERSIDE,
    (s.RIVERSIDE_ADDRESS, f"Phone {s.RIVERSIDE_PHONE} · Fax {s.RIVERSIDE_FAX}"),
    colour="#6b2e5f",
)


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
