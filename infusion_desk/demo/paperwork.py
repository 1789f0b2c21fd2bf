"""The demo's documents: which file, what the caregiver called it, when it came and from whom."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import DocumentKind
from infusion_desk.demo import cast, doctor_letters, infusion_letters, messages, plan_letters, scans
from infusion_desk.demo import story as s
from infusion_desk.demo.story import Timeline, said_date


@dataclass(frozen=True)
class Paper:
    key: str
    file_name: str
    make: Callable[[], bytes]
    title: str
    kind: DocumentKind
    dated: int | None  # days from today; None when the paper carries no date
    received: int
    sender: str
    notes: str = ""
    step: str | None = None  # a key from cast.steps()


def papers(t: Timeline) -> list[Paper]:
    """Every document in the demo, oldest first. Its title and notes are what she typed, in the
    language in place; the files themselves (the letters from US insurers and offices, their
    scans, the email) stay in English, as they would come to her."""
    return [
        Paper("consult", "ID consult note - St Brigid.pdf", lambda: doctor_letters.consult_note(t),
              translate("DemoPapers", "Infectious disease consult note"),
              DocumentKind.CLINICAL_NOTES, -45, -43,
              s.RIVERSIDE,
              translate("DemoPapers", "Two pages. Bone culture and the reasons for 6 weeks of "
                        "IV."),
              cast.PRIOR_AUTH),
        Paper("referral", "Home infusion orders.pdf", lambda: doctor_letters.referral_orders(t),
              translate("DemoPapers", "Referral and infusion orders from Dr. Okafor"),
              DocumentKind.PRESCRIPTION, -44,
              -43, s.RIVERSIDE,
              translate("DemoPapers", "Denise at St. Brigid gave us a copy at discharge "
                        "planning.")),
        Paper("part_d_card", "silverpine card front.png", scans.part_d_card,
              translate("DemoPapers", "Silverpine Part D card (front)"),
              DocumentKind.PLAN_DOCUMENT, None, -43,
              s.SILVERPINE,
              translate("DemoPapers", "Member ID {part_d_id}, RxGroup {part_d_group}, member "
                        "services {silverpine_phone}.").format(
                  part_d_id=s.PART_D_ID, part_d_group=s.PART_D_GROUP,
                  silverpine_phone=s.SILVERPINE_PHONE)),
        Paper("medicare_card", "scan0004.jpg", scans.medicare_card,
              translate("DemoPapers", "Medicare card"),
              DocumentKind.PLAN_DOCUMENT, None, -43, "Medicare",
              translate("DemoPapers", "Medicare number {medicare_id}. Part A and Part B since "
                        "03/01/2012.").format(medicare_id=s.MEDICARE_ID)),
        Paper("consent", "scan0007.png", lambda: scans.consent_scan(t),
              translate("DemoPapers", "Brightwater assignment of benefits (signed)"),
              DocumentKind.OTHER, -41, -41,
              s.BRIGHTWATER,
              translate("DemoPapers", "I signed as Dad's health care power of attorney. Faxed "
                        "back to Renee.")),
        Paper("rfi", "Silverpine request for information.pdf",
              lambda: plan_letters.information_request(t),
              translate("DemoPapers", "Silverpine: request for more information"),
              DocumentKind.PLAN_LETTER, -41, -39,
              s.SILVERPINE,
              translate("DemoPapers", "Case {rfi_case}. Sent to Dr. Okafor with a copy to us. "
                        "They wanted the consult note, the culture and the duration.").format(
                  rfi_case=s.RFI_CASE), cast.PRIOR_AUTH),
        Paper("approval", "Silverpine approval letter.pdf", lambda: plan_letters.approval_letter(t),
              translate("DemoPapers", "Prior authorization approval — ertapenem"),
              DocumentKind.PA_DECISION, -35, -32,
              s.SILVERPINE,
              translate("DemoPapers", "Authorization {auth_number}, 42 doses, {approved_from} "
                        "to {approved_to}.").format(
                  auth_number=s.AUTH_NUMBER, approved_from=said_date(t.approved_from),
                  approved_to=said_date(t.approved_to)), cast.PRIOR_AUTH),
        Paper("plan_of_care", "Brightwater plan of care.pdf",
              lambda: infusion_letters.infusion_plan_of_care(t),
              translate("DemoPapers", "Brightwater home infusion plan of care"),
              DocumentKind.CLINICAL_NOTES, -35, -34, s.BRIGHTWATER,
              translate("DemoPapers", "Left by the nurse at the first visit.")),
        Paper("denial", "Silverpine denial supplies.pdf", lambda: plan_letters.supplies_denial(t),
              translate("DemoPapers", "Silverpine denial: IV supplies and per diem"),
              DocumentKind.PLAN_LETTER, -30, -27,
              s.SILVERPINE,
              translate("DemoPapers", "Three pages. Supplies and pole are not Part D. Appeal "
                        "rights on pages 2–3."),
              cast.SUPPLIES),
        Paper("eob", "Silverpine EOB.pdf", lambda: plan_letters.part_d_eob(t),
              translate("DemoPapers", "Silverpine Part D explanation of benefits"),
              DocumentKind.EOB, -14, -10,
              s.SILVERPINE,
              translate("DemoPapers", "Not a bill. We paid $47.20 for each weekly fill.")),
        Paper("msn", "Medicare Summary Notice.pdf", lambda: plan_letters.medicare_summary_notice(t),
              translate("DemoPapers", "Medicare Summary Notice (Part B)"),
              DocumentKind.PLAN_LETTER, -18, -13,
              "Medicare",
              translate("DemoPapers", "Walker claim {appeal_claim} denied (no doctor's order "
                        "from the supplier). How to appeal is on page 3.").format(
                  appeal_claim=s.APPEAL_CLAIM), cast.APPEAL),
        Paper("labs", "labs week 4.pdf", lambda: infusion_letters.lab_results(t),
              translate("DemoPapers", "Week 4 lab results"),
              DocumentKind.CLINICAL_NOTES, -7, -6, s.ST_BRIGID,
              translate("DemoPapers", "ESR and CRP going down.")),
        Paper("after_visit", "IMG_4471.jpg", lambda: scans.after_visit_photo(t),
              translate("DemoPapers", "After-visit summary, week 4 (photo)"),
              DocumentKind.CLINICAL_NOTES, -6, -6,
              s.RIVERSIDE,
              translate("DemoPapers", "Phone photo. Dr. Okafor may extend 2 more weeks after "
                        "the week-5 labs and MRI. Week-6 visit date is at the bottom."),
              cast.REAUTH),
        Paper("delivery", "delivery ticket.pdf", lambda: infusion_letters.delivery_ticket(t),
              translate("DemoPapers", "Brightwater delivery ticket (week 5)"),
              DocumentKind.OTHER, -6, -6, s.BRIGHTWATER,
              translate("DemoPapers", "7 doses and supplies. Next delivery is the last one.")),
        Paper("email", "Paperwork for a possible extension.eml",
              lambda: messages.extension_email(t),
              translate("DemoPapers", "Email from Renee: paperwork for the extension"),
              DocumentKind.EMAIL, -6, -6,
              "Renee Castillo, Brightwater", "", cast.REAUTH),
        Paper("note", "Dad insurance running note.txt", lambda: messages.running_note(t),
              translate("DemoPapers", "Running note: requested / submitted"),
              DocumentKind.OTHER, -3, -3,
              s.CAREGIVER,
              translate("DemoPapers", "My phone note, copied in.")),
    ]
