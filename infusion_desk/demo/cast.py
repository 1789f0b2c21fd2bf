"""The demo's patient profile, insurance plans, contacts and coverage steps."""

from __future__ import annotations

from datetime import date

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import (
    Contact,
    PlanRank,
    PlanType,
    Profile,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.records import Plan as InsurancePlan
from infusion_desk.demo import story as s
from infusion_desk.demo.story import Timeline, said_date


def profile(t: Timeline) -> Profile:
    return Profile(
        patient_name=s.PATIENT,
        date_of_birth=s.PATIENT_DOB,
        therapy=s.THERAPY,
        # The same words as s.DIAGNOSIS and s.ALLERGIES (the letters print those, in English).
        treats=translate("DemoCast", "Osteomyelitis of the left foot (first metatarsal), ICD-10 "
                         "{code}").format(code=s.DIAGNOSIS_CODE),
        allergies=translate("DemoCast", "Sulfa drugs (rash)"),
        prescriber=f"{s.PRESCRIBER}, {s.RIVERSIDE}",
        infusion_provider=s.BRIGHTWATER,
        start_date=t.therapy_start,
        planned_duration=translate("DemoCast", "6 weeks"),
        planned_end=t.planned_end,
        dosing_schedule=translate("DemoCast", "Once a day, every 24 hours, over 30 minutes "
                                  "(around 9 a.m.)"),
        access_line=translate("DemoCast", "PICC line, right arm"),
        nursing_schedule=(
            translate("DemoCast", "{meadowbrook}: Mondays (dressing change and weekly labs) and "
                      "Thursdays").format(meadowbrook=s.MEADOWBROOK)
        ),
        next_appointment_on=t.next_visit,
        next_appointment_with=translate(
            "DemoCast", "{prescriber}, week-6 visit at 10:15 a.m.").format(prescriber=s.PRESCRIBER),
        notes=(
            translate("DemoCast", "Dad also has type 2 diabetes. No weight on the left foot "
                      "until {surgeon} says so (walker). Dana makes the calls on weekdays; her "
                      "brother Tom covers weekends.").format(surgeon=s.SURGEON)
        ),
    )


# Keys name the plans for the steps that belong to them.
MEDICARE = "medicare"
PART_D = "part_d"
MEDIGAP = "medigap"


def plans(t: Timeline) -> dict[str, InsurancePlan]:
    return {
        MEDICARE: InsurancePlan(
            payer="Medicare",
            rank=PlanRank.PRIMARY,
            plan_type=PlanType.MEDICARE_B,
            plan_name=translate("DemoCast", "Original Medicare (Part A and Part B)"),
            member_id=s.MEDICARE_ID,
            member_phone=s.MEDICARE_PHONE,
            policyholder=s.PATIENT,
            effective_from=date(2012, 3, 1),
            notes=(
                translate("DemoCast", "Red, white and blue card (no group number on it). Pays "
                          "for the home health nurse visits, the doctor visits and the walker. "
                          "Summary Notices come every 3 months.")
            ),
        ),
        MEDIGAP: InsurancePlan(
            payer=s.MEDIGAP_PAYER,
            rank=PlanRank.SECONDARY,
            plan_type=PlanType.OTHER,
            plan_name=s.MEDIGAP_PLAN,
            member_id=s.MEDIGAP_ID,
            group_number=s.MEDIGAP_GROUP,
            member_phone=s.HARBORLINE_PHONE,
            policyholder=s.PATIENT,
            effective_from=date(2012, 3, 1),
            notes=translate("DemoCast", "Medigap Plan G. Claims cross over from Medicare on "
                            "their own."),
        ),
        PART_D: InsurancePlan(
            payer=s.PART_D_PAYER,
            rank=PlanRank.OTHER,
            plan_type=PlanType.PART_D,
            plan_name=s.PART_D_PLAN,
            member_id=s.PART_D_ID,
            group_number=s.PART_D_GROUP,
            member_phone=s.SILVERPINE_PHONE,
            pa_phone=s.SILVERPINE_PA_PHONE,
            pa_fax=s.SILVERPINE_PA_FAX,
            policyholder=s.PATIENT,
            effective_from=date(t.day(-60).year, 1, 1),
            notes=(
                translate("DemoCast", "Pays for the drug itself (ertapenem) after prior "
                          "authorization. Does NOT pay for the IV supplies, pole or nursing. "
                          "RxPCN SPRX01.")
            ),
        ),
    }


def contacts() -> dict[str, Contact]:
    return {
        "renee": Contact(
            name="Renee Castillo",
            role=translate("DemoCast", "Intake coordinator"),
            organization=s.BRIGHTWATER,
            phone=s.BRIGHTWATER_PHONE,
            fax=s.BRIGHTWATER_FAX,
            email="intake@brightwater-infusion.example",
            hours=translate("DemoCast", "Mon–Fri 8:00 a.m.–4:30 p.m."),
            needs_from_us=(
                translate("DemoCast", "Copies of all three insurance cards (front and back), "
                          "the signed assignment of benefits, and any letter from Silverpine "
                          "about the authorization.")
            ),
            notes=translate("DemoCast", "Our patient number at Brightwater: "
                            "{brightwater_patient}.").format(
                      brightwater_patient=s.BRIGHTWATER_PATIENT),
        ),
        "marcus": Contact(
            name="Marcus Webb, PharmD",
            role=translate("DemoCast", "Infusion pharmacist"),
            organization=s.BRIGHTWATER,
            phone=s.BRIGHTWATER_RX_PHONE,
            fax=s.BRIGHTWATER_FAX,
            hours=translate("DemoCast", "Mon–Sat 8 a.m.–6 p.m.; on-call pharmacist at night on "
                            "the same number"),
            needs_from_us=(
                translate("DemoCast", "Weekly lab results (CBC, BMP, ESR, CRP) by Tuesday. Call "
                          "right away about a rash, diarrhea, fever or a line that will not "
                          "flush.")
            ),
        ),
        "sam": Contact(
            name="Sam Ortega",
            role=translate("DemoCast", "Billing specialist"),
            organization=s.BRIGHTWATER,
            phone=s.BRIGHTWATER_BILLING_PHONE,
            email="billing@brightwater-infusion.example",
            hours=translate("DemoCast", "Mon–Thu 9 a.m.–3 p.m."),
            needs_from_us=translate("DemoCast", "The Medigap card, and every Summary Notice or "
                                    "EOB that mentions them."),
        ),
        "tonya": Contact(
            name="Tonya Reyes",
            role=translate("DemoCast", "Prior-authorization coordinator (medical assistant)"),
            organization=s.RIVERSIDE,
            phone=s.RIVERSIDE_PHONE,
            fax=s.RIVERSIDE_FAX,
            hours=translate("DemoCast", "Mon–Fri 8:30 a.m.–4 p.m., closed 12–1"),
            needs_from_us=(
                translate("DemoCast", "Requests in writing, by fax, with Dad's date of birth. "
                          "Forms take 3 business days.")
            ),
        ),
        "okafor": Contact(
            name=s.PRESCRIBER,
            role=translate("DemoCast", "Infectious disease doctor (prescriber)"),
            organization=s.RIVERSIDE,
            phone=s.RIVERSIDE_NURSE_PHONE,
            fax=s.RIVERSIDE_FAX,
            hours=translate("DemoCast", "Clinic Tuesdays and Thursdays; nurse line Mon–Fri 9–4"),
            needs_from_us=translate("DemoCast", "Weekly labs, and Dad's glucose log at every "
                                    "visit."),
            notes=translate("DemoCast", "Messages go through the nurse line or Tonya."),
        ),
        "julia": Contact(
            name="Julia Park, RN",
            role=translate("DemoCast", "Home health nurse"),
            organization=s.MEADOWBROOK,
            phone=s.MEADOWBROOK_NURSE_PHONE,
            hours=translate("DemoCast", "Visits Mon and Thu; nurse on call 24/7 at the main "
                            "number"),
            needs_from_us=(
                translate("DemoCast", "Gate code 4417, the arm measurement log by the fridge, "
                          "and the sharps container kept out of reach of the dog.")
            ),
        ),
        "priya": Contact(
            name="Priya Natarajan",
            role=translate("DemoCast", "Intake and scheduling"),
            organization=s.MEADOWBROOK,
            phone=s.MEADOWBROOK_PHONE,
            fax=s.MEADOWBROOK_FAX,
            hours=translate("DemoCast", "Mon–Fri 8 a.m.–5 p.m."),
            needs_from_us=(
                translate("DemoCast", "The signed plan of care back from Dr. Okafor's office; "
                          "copies of new orders after each doctor visit.")
            ),
        ),
        "gregory": Contact(
            name="Gregory Hale",
            role=translate("DemoCast", "Coverage determinations (pharmacy prior authorization)"),
            organization=s.SILVERPINE,
            phone=s.SILVERPINE_PA_PHONE,
            fax=s.SILVERPINE_PA_FAX,
            hours=translate("DemoCast", "Mon–Fri 8 a.m.–8 p.m. Eastern"),
            needs_from_us=(
                translate("DemoCast", "Member ID {part_d_id} and the authorization number on "
                          "every call. Clinical notes have to come from the prescriber, not "
                          "from us.").format(part_d_id=s.PART_D_ID)
            ),
        ),
        "denise": Contact(
            name="Denise Moreau",
            role=translate("DemoCast", "Discharge planner (case manager)"),
            organization=s.ST_BRIGID,
            phone=s.ST_BRIGID_PHONE,
            hours=translate("DemoCast", "Mon–Fri 7:30 a.m.–4 p.m."),
            needs_from_us=translate("DemoCast", "Nothing now — she closed Dad's case after "
                                    "discharge."),
        ),
        "medicare": Contact(
            name=translate("DemoCast", "Medicare customer service"),
            role=translate("DemoCast", "Member services (1-800 line)"),
            organization="Medicare",
            phone=s.MEDICARE_PHONE,
            hours=translate("DemoCast", "24 hours a day, 7 days a week"),
            needs_from_us=translate("DemoCast", "Dad's Medicare number {medicare_id} and his "
                                    "date of birth.").format(medicare_id=s.MEDICARE_ID),
        ),
        "harborline": Contact(
            name=translate("DemoCast", "Lorraine (claims)"),
            role=translate("DemoCast", "Member services"),
            organization=s.HARBORLINE,
            phone=s.HARBORLINE_PHONE,
            hours=translate("DemoCast", "Mon–Fri 8 a.m.–6 p.m."),
            needs_from_us=translate("DemoCast", "Member ID {medigap_id}.").format(
                              medigap_id=s.MEDIGAP_ID),
        ),
    }


# Keys name the steps for the calls, questions, requests and documents that belong to them.
BENEFITS = "benefits"
PRIOR_AUTH = "prior_auth"
COORDINATION = "coordination"
REAUTH = "reauth"
APPEAL = "appeal"
SUPPLIES = "supplies"


def steps(t: Timeline, plan_ids: dict[str, int]) -> dict[str, Step]:
    return {
        BENEFITS: Step(
            kind=StepKind.BENEFITS_VERIFICATION,
            title=translate("DemoCast", "Benefits check by Brightwater (Part D, Medicare, "
                            "Medigap)"),
            status=StepStatus.APPROVED,
            started_on=t.day(-43),
            decided_on=t.day(-42),
            reference_number=s.BRIGHTWATER_PATIENT,
            plan_id=plan_ids[PART_D],
            notes=(
                translate("DemoCast", "Drug goes to Silverpine Part D and needs prior "
                          "authorization. Nurse visits through Medicare home health "
                          "(Meadowbrook). Estimated drug copay about $47 a week.")
            ),
        ),
        PRIOR_AUTH: Step(
            kind=StepKind.PRIOR_AUTHORIZATION,
            title=translate("DemoCast", "Prior authorization — ertapenem (Silverpine Part D)"),
            status=StepStatus.APPROVED,
            started_on=t.day(-42),
            decided_on=t.day(-35),
            reference_number=s.AUTH_NUMBER,
            approved_from=t.approved_from,
            approved_to=t.approved_to,
            approved_quantity=translate("DemoCast", "42 doses (1 g once a day)"),
            plan_id=plan_ids[PART_D],
            notes=(
                translate("DemoCast", "First pended for more information (case {rfi_case}). "
                          "Approved after Dr. Okafor's office faxed the consult note and the "
                          "bone culture.").format(rfi_case=s.RFI_CASE)
            ),
        ),
        SUPPLIES: Step(
            kind=StepKind.OTHER,
            title=translate("DemoCast", "Who pays for the IV supplies and pole (per diem)"),
            status=StepStatus.DENIED,
            started_on=t.day(-33),
            decided_on=t.day(-30),
            reference_number=s.SUPPLY_CASE,
            plan_id=plan_ids[PART_D],
            notes=(
                translate("DemoCast", "Silverpine says supplies, the pole and nursing are not a "
                          "Part D benefit. Sam at Brightwater billing is checking Medicare and "
                          "Harborline.")
            ),
        ),
        APPEAL: Step(
            kind=StepKind.APPEAL,
            title=translate("DemoCast", "Medicare redetermination — walker claim denied"),
            status=StepStatus.IN_PROGRESS,
            waiting_on=translate("DemoCast", "Medicare contractor (decision on the "
                                 "redetermination)"),
            started_on=t.day(-13),
            reference_number=s.APPEAL_CLAIM,
            plan_id=plan_ids[MEDICARE],
            notes=(
                translate("DemoCast", "Summary Notice dated {msn_date} says the supplier did "
                          "not send the doctor's order. Request mailed with the order attached; "
                          "the deadline was 120 days from the notice.").format(
                    msn_date=said_date(t.msn_date))
            ),
        ),
        COORDINATION: Step(
            kind=StepKind.PROVIDER_COORDINATION,
            title=translate("DemoCast", "Home health plan of care signature (Meadowbrook and "
                            "Dr. Okafor)"),
            status=StepStatus.WAITING,
            waiting_on=translate("DemoCast", "Dr. Okafor's office (Tonya Reyes) to sign and fax "
                                 "back to Meadowbrook"),
            started_on=t.day(-9),
            plan_id=plan_ids[MEDICARE],
            notes=translate("DemoCast", "Meadowbrook cannot bill Medicare for the visits until "
                            "the plan is signed."),
        ),
        REAUTH: Step(
            kind=StepKind.REAUTHORIZATION,
            title=translate("DemoCast", "Extension past 6 weeks, if Dr. Okafor orders it"),
            status=StepStatus.NOT_STARTED,
            plan_id=plan_ids[PART_D],
            notes=(
                translate("DemoCast", "At the week-4 visit Dr. Okafor said maybe 2 more weeks, "
                          "depending on the week-5 labs and the repeat MRI. The approval ends "
                          "{approved_to}.").format(approved_to=said_date(t.approved_to))
            ),
        ),
    }
