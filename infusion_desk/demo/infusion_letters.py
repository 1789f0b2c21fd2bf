"""The demo's papers from the infusion pharmacy (Brightwater) and the hospital laboratory
(St Brigid): the plan of care, a delivery ticket and the weekly lab results."""

from __future__ import annotations

from datetime import timedelta

from infusion_desk.demo import story as s
from infusion_desk.demo.pdf_letter import LetterBuilder, Letterhead
from infusion_desk.demo.story import Timeline, long_date, short_date

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
