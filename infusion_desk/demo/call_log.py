"""The demo's questions and six weeks of calls, in the caregiver's words.

Questions answered on a call are answered *through* that call (so the folder knows which call
answered them); the rest stay open.
"""

from __future__ import annotations

from dataclasses import dataclass

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import CallDirection, QuestionStatus
from infusion_desk.demo import cast
from infusion_desk.demo import story as s
from infusion_desk.demo.story import Timeline, said_date

OUT = CallDirection.OUTGOING
IN = CallDirection.INCOMING


@dataclass(frozen=True)
class Ask:
    key: str
    text: str
    ask_whom: str
    step: str | None = None
    status: QuestionStatus = QuestionStatus.OPEN


def questions() -> tuple[Ask, ...]:
    """The questions she wrote down, in the language in place."""
    return (
        Ask("pa_needed",
            translate("DemoCalls", "Does Silverpine need a prior authorization for ertapenem at "
                      "home?"),
            translate("DemoCalls", "Renee Castillo (Brightwater intake)"), cast.BENEFITS),
        Ask("drug_cost",
            translate("DemoCalls", "What will Dad pay each week for the drug?"),
            translate("DemoCalls", "Renee Castillo (Brightwater intake)"), cast.BENEFITS),
        Ask("what_missing",
            translate("DemoCalls", "What exactly was missing from the first prior-authorization "
                      "request?"),
            translate("DemoCalls", "Silverpine coverage determinations"), cast.PRIOR_AUTH),
        Ask("pa_decision_time",
            translate("DemoCalls", "How long does Silverpine take once they have everything?"),
            translate("DemoCalls", "Silverpine coverage determinations"), cast.PRIOR_AUTH),
        Ask("approval_terms",
            translate("DemoCalls", "How many doses were approved, and until when?"),
            translate("DemoCalls", "Silverpine coverage determinations"), cast.PRIOR_AUTH),
        Ask("saturday",
            translate("DemoCalls", "Can Brightwater deliver on Saturdays when Tom is here?"),
            translate("DemoCalls", "Renee Castillo (Brightwater intake)")),
        Ask("after_hours",
            translate("DemoCalls", "Who do we call at night if the line will not flush?"),
            translate("DemoCalls", "Marcus Webb (Brightwater pharmacist)")),
        Ask("homebound",
            translate("DemoCalls", "Does Dad count as homebound for Medicare home health nursing?"),
            translate("DemoCalls", "Priya Natarajan (Meadowbrook intake)")),
        Ask("visit_days",
            translate("DemoCalls", "Which days will the nurse come, and when are labs drawn?"),
            translate("DemoCalls", "Julia Park, RN (Meadowbrook)")),
        Ask("supplies_part_d",
            translate("DemoCalls", "Does Silverpine pay for the IV supplies and the pole?"),
            translate("DemoCalls", "Silverpine member services"), cast.SUPPLIES),
        Ask("supplies_other",
            translate("DemoCalls", "Does Medicare Part B or Harborline pay for any of the supplies "
                      "Brightwater is billing?"),
            translate("DemoCalls", "Sam Ortega (Brightwater billing)"), cast.SUPPLIES),
        Ask("eob_match",
            translate("DemoCalls", "Does the Silverpine EOB match what Brightwater billed us?"),
            translate("DemoCalls", "Sam Ortega (Brightwater billing)")),
        Ask("appeal_time",
            translate("DemoCalls", "How long does a Medicare redetermination take?"),
            translate("DemoCalls", "Medicare customer service"), cast.APPEAL),
        Ask("walker_coinsurance",
            translate("DemoCalls", "Will Harborline pay the 20% for the walker if Medicare "
                      "reverses "
                      "the denial?"),
            translate("DemoCalls", "Harborline member services"), cast.APPEAL),
        Ask("extension_how",
            translate("DemoCalls", "Does an extension need a new request, or can the approval be "
                      "stretched?"),
            translate("DemoCalls", "Silverpine coverage determinations"), cast.REAUTH),
        Ask("extension_decided",
            translate("DemoCalls", "Has Dr. Okafor decided whether to extend past 6 weeks?"),
            translate("DemoCalls", "Tonya Reyes (Dr. Okafor's office)"), cast.REAUTH),
        Ask("mri_date",
            translate("DemoCalls", "When is the repeat MRI of the left foot?"),
            translate("DemoCalls", "St. Brigid imaging")),
        Ask("plan_signed",
            translate("DemoCalls", "Has Meadowbrook received the signed plan of care?"),
            translate("DemoCalls", "Priya Natarajan (Meadowbrook intake)"), cast.COORDINATION),
        Ask("picc_out",
            translate("DemoCalls", "Does the PICC stay in after the last dose until the week-6 "
                      "visit?"),
            translate("DemoCalls", "Dr. Okafor (nurse line)")),
        Ask("flush_pa",
            translate("DemoCalls", "Do the saline flushes need their own prior authorization?"),
            translate("DemoCalls", "Renee Castillo (Brightwater intake)"),
            cast.PRIOR_AUTH, QuestionStatus.NOT_NEEDED),
    )


@dataclass(frozen=True)
class Talk:
    day: int  # days from today
    hour: int
    minute: int
    direction: CallDirection
    contact: str | None  # a key from cast.contacts()
    organization: str
    person: str
    phone: str
    reference: str
    summary: str
    outcome: str
    follow_up: int | None = None
    follow_up_done: bool = False
    step: str | None = None
    answers: tuple[tuple[str, str], ...] = ()  # (question key, answer)


def calls(t: Timeline) -> list[Talk]:
    """Thirty calls over the last six and a half weeks, oldest first."""
    ends = said_date(t.approved_to)
    return [
        Talk(-44, 10, 15, IN, "denise", s.ST_BRIGID, "Denise Moreau", s.ST_BRIGID_PHONE, "",
             translate("DemoCalls", "Denise called from the hospital: Dr. Okafor wants 6 weeks "
                       "of IV ertapenem at home through a PICC line."),
             translate("DemoCalls", "She faxed the referral to Brightwater Home Infusion. "
                       "Brightwater will call me."),
             -43, True, cast.BENEFITS),
        Talk(-43, 9, 5, OUT, "renee", s.BRIGHTWATER, "Renee Castillo", s.BRIGHTWATER_PHONE,
             s.BRIGHTWATER_PATIENT,
             translate("DemoCalls", "Called intake and gave Dad's insurance: Medicare, "
                       "Harborline Plan G and the Silverpine Part D plan."),
             translate("DemoCalls", "Renee started the benefits check. I faxed all the cards "
                       "the same morning."),
             -42, True, cast.BENEFITS,
             (("pa_needed",
                            translate("DemoCalls", "Yes. Brightwater sends it to Silverpine as "
                                      "soon as the benefits check is done.")),)),
        Talk(-42, 14, 20, IN, "renee", s.BRIGHTWATER, "Renee Castillo", s.BRIGHTWATER_PHONE,
             s.BRIGHTWATER_PATIENT,
             translate("DemoCalls", "Benefits check done. The drug goes to Silverpine (Part D) "
                       "and needs prior authorization. The nurse visits go through Medicare "
                       "home health."),
             translate("DemoCalls", "Brightwater sent the prior authorization request to "
                       "Silverpine this afternoon."),
             -40, True, cast.BENEFITS,
             (("drug_cost",
                            translate("DemoCalls", "About $47 a week at this stage of the Part "
                                      "D year. Sam in billing can confirm.")),)),
        Talk(-41, 11, 30, OUT, "gregory", s.SILVERPINE,
             translate("DemoCalls", "Alicia (coverage determinations)"),
             s.SILVERPINE_PA_PHONE, "SRX-CALL-661027",
             translate("DemoCalls", "Checked on the prior authorization. They got it yesterday "
                       "and it is pended."),
             translate("DemoCalls", "They faxed a request for information to Dr. Okafor's "
                       "office (case {rfi_case}). The office has 14 days to answer.").format(
                 rfi_case=s.RFI_CASE),
             -40, True, cast.PRIOR_AUTH),
        Talk(-40, 9, 45, OUT, "tonya", s.RIVERSIDE, "Tonya Reyes", s.RIVERSIDE_PHONE, "",
             translate("DemoCalls", "Asked whether they got Silverpine's fax asking for the "
                       "consult note and culture."),
             translate("DemoCalls", "Tonya found it in the fax queue. Dr. Okafor has to look "
                       "first; Tonya said by Friday."),
             -38, True, cast.PRIOR_AUTH),
        Talk(-39, 15, 10, OUT, "gregory", s.SILVERPINE, "Gregory Hale", s.SILVERPINE_PA_PHONE,
             "SRX-CALL-662340",
             translate("DemoCalls", "Called to find out exactly what the request for "
                       "information needs, so I could tell Tonya."),
             translate("DemoCalls", "Wrote it down and read it to Tonya right after."),
             None, False, cast.PRIOR_AUTH,
             (("what_missing",
                               translate("DemoCalls", "The ID consult note, the bone biopsy "
                                         "culture with susceptibilities, and how long the "
                                         "therapy will last.")),
              ("pa_decision_time",
                                   translate("DemoCalls", "Up to 72 hours after they have "
                                             "everything; usually faster.")))),
        Talk(-38, 16, 40, IN, "tonya", s.RIVERSIDE, "Tonya Reyes", s.RIVERSIDE_PHONE, "",
             translate("DemoCalls", "Tonya called: she faxed the consult note, the culture and "
                       "the orders to Silverpine."),
             translate("DemoCalls", "Sent, fax confirmation 0412-88. I will call Silverpine in "
                       "two days."),
             -36, True, cast.PRIOR_AUTH),
        Talk(-37, 10, 0, OUT, "renee", s.BRIGHTWATER, "Renee Castillo", s.BRIGHTWATER_PHONE,
             s.BRIGHTWATER_PATIENT,
             translate("DemoCalls", "Gave Renee the address, gate code and a delivery window "
                       "for the first delivery."),
             translate("DemoCalls", "First delivery planned for the day Dad comes home."),
             None, False, None,
             (("saturday",
                           translate("DemoCalls", "Yes, Saturday 9 to noon. Call by Thursday to "
                                     "set it up.")),)),
        Talk(-36, 13, 25, OUT, "gregory", s.SILVERPINE, "Gregory Hale", s.SILVERPINE_PA_PHONE,
             "SRX-CALL-663918",
             translate("DemoCalls", "Checked that Silverpine got Tonya's fax."),
             translate("DemoCalls", "Received yesterday, now in clinical review. Decision "
                       "expected by Thursday."),
             -35, True, cast.PRIOR_AUTH),
        Talk(-35, 11, 50, IN, "gregory", s.SILVERPINE, "Gregory Hale", s.SILVERPINE_PA_PHONE,
             "SRX-CALL-664205",
             translate("DemoCalls", "Silverpine called: APPROVED. Authorization "
                       "{auth_number}.").format(
                 auth_number=s.AUTH_NUMBER),
             translate("DemoCalls", "Letter coming by mail. I told Renee at Brightwater right "
                       "away."),
             None, False, cast.PRIOR_AUTH,
             (("approval_terms",
                                 translate("DemoCalls", "42 doses, one a day, from "
                                           "{approved_from} through {ends}.").format(
                                     approved_from=said_date(t.approved_from), ends=ends)),)),
        Talk(-35, 14, 10, OUT, "marcus", s.BRIGHTWATER, "Marcus Webb", s.BRIGHTWATER_RX_PHONE,
             "",
             translate("DemoCalls", "Went over Dad's medicines and allergies with the "
                       "pharmacist before the first delivery."),
             translate("DemoCalls", "Marcus has the list. He will call after each weekly "
                       "delivery."),
             None, False, None,
             (("after_hours",
                              translate("DemoCalls", "The Brightwater on-call pharmacist at "
                                        "{brightwater_rx_phone}, any time. Chest pain or "
                                        "trouble breathing: 911.").format(
                                  brightwater_rx_phone=s.BRIGHTWATER_RX_PHONE)),)),
        Talk(-34, 8, 30, IN, "priya", s.MEADOWBROOK, "Priya Natarajan", s.MEADOWBROOK_PHONE,
             "MHH-SOC-3391",
             translate("DemoCalls", "Meadowbrook called to set up the first nurse visit for "
                       "this afternoon."),
             translate("DemoCalls", "Julia Park will come at 2 p.m. for the first dose and "
                       "teaching."),
             None, False, cast.COORDINATION,
             (("homebound",
                            translate("DemoCalls", "Yes: no weight on the left foot and he uses "
                                      "a walker. Dr. Okafor certifies it on the plan of care.")),)),
        Talk(-33, 17, 5, IN, "julia", s.MEADOWBROOK, "Julia Park, RN", s.MEADOWBROOK_NURSE_PHONE,
             "",
             translate("DemoCalls", "Julia called after the first visit. Dad did well; I ran "
                       "the second dose myself with her watching."),
             translate("DemoCalls", "Nurse visits set for Mondays and Thursdays."),
             None, False, None,
             (("visit_days",
                             translate("DemoCalls", "Mondays and Thursdays. Dressing change and "
                                       "labs on Mondays.")),)),
        Talk(-30, 10, 20, OUT, None, s.SILVERPINE,
             translate("DemoCalls", "Dwayne (member services)"), s.SILVERPINE_PHONE,
             "SRX-CALL-667730",
             translate("DemoCalls", "Called about the denial letter for the IV supplies and "
                       "pole."),
             translate("DemoCalls", "Denial stands: not a Part D benefit. Asked Brightwater "
                       "billing to look at Medicare."),
             -28, True, cast.SUPPLIES,
             (("supplies_part_d",
                                  translate("DemoCalls", "No. Supplies, the pole and nursing "
                                            "are not Part D drugs. Only the ertapenem is "
                                            "covered.")),)),
        Talk(-28, 14, 0, OUT, "sam", s.BRIGHTWATER, "Sam Ortega", s.BRIGHTWATER_BILLING_PHONE,
             "BW-BILL-3307",
             translate("DemoCalls", "Asked billing about the charge for supplies after the "
                       "Silverpine denial."),
             translate("DemoCalls", "Sam will check Medicare and Harborline. He wants a copy of "
                       "the Medigap card."),
             -21, True, cast.SUPPLIES),
        Talk(-27, 9, 15, IN, "marcus", s.BRIGHTWATER, "Marcus Webb", s.BRIGHTWATER_RX_PHONE, "",
             translate("DemoCalls", "Marcus called about the week 1 labs."),
             translate("DemoCalls", "Kidney numbers fine, no dose change. Next delivery on "
                       "schedule."),
             None, False, None),
        Talk(-24, 11, 0, OUT, "harborline", s.HARBORLINE, "Lorraine", s.HARBORLINE_PHONE,
             "HMS-55830172",
             translate("DemoCalls", "Checked that Harborline has Dad set up for Medicare "
                       "crossover."),
             translate("DemoCalls", "Yes. Claims come over from Medicare on their own; nothing "
                       "for us to send."),
             None, False, None),
        Talk(-21, 16, 30, IN, "julia", s.MEADOWBROOK, "Julia Park, RN", s.MEADOWBROOK_NURSE_PHONE,
             "",
             translate("DemoCalls", "Julia: the PICC site is a little red. Arm measurement is "
                       "the same as at the start."),
             translate("DemoCalls", "Watch it. Call the nurse line if fever or swelling. Take a "
                       "photo if it gets worse."),
             -19, True, None),
        Talk(-20, 10, 5, OUT, "sam", s.BRIGHTWATER, "Sam Ortega", s.BRIGHTWATER_BILLING_PHONE,
             "BW-BILL-3307",
             translate("DemoCalls", "Followed up with Sam about the supply charges."),
             translate("DemoCalls", "Supply bill is on hold while he checks with Medicare. He "
                       "will call me back."),
             -13, False, cast.SUPPLIES),
        Talk(-13, 15, 45, OUT, "medicare", "Medicare", "Angela", s.MEDICARE_PHONE,
             "MCR-2604417",
             translate("DemoCalls", "Called about the Summary Notice: the walker claim "
                       "{appeal_claim} was denied because the supplier did not send the "
                       "doctor's order.").format(appeal_claim=s.APPEAL_CLAIM),
             translate("DemoCalls", "Appeal in writing: fill in the last page of the notice, "
                       "attach the order, mail it. 120 days from getting the notice."),
             -8, True, cast.APPEAL,
             (("appeal_time",
                              translate("DemoCalls", "Usually a decision within 60 days after "
                                        "they get the request.")),)),
        Talk(-12, 9, 40, OUT, "tonya", s.RIVERSIDE, "Tonya Reyes", s.RIVERSIDE_PHONE, "",
             translate("DemoCalls", "Asked Tonya for a copy of Dr. Okafor's order for the "
                       "walker."),
             translate("DemoCalls", "She printed it; I picked it up the same afternoon."),
             None, False, cast.APPEAL),
        Talk(-10, 13, 30, OUT, "sam", s.BRIGHTWATER, "Sam Ortega", s.BRIGHTWATER_BILLING_PHONE,
             "BW-BILL-3307",
             translate("DemoCalls", "Went over the Silverpine EOB with Sam."),
             translate("DemoCalls", "The amounts match. Still no word on the supplies."),
             None, False, None,
             (("eob_match",
                            translate("DemoCalls", "Yes: $47.20 for each weekly fill, same as "
                                      "Brightwater billed.")),)),
        Talk(-9, 10, 10, IN, "priya", s.MEADOWBROOK, "Priya Natarajan", s.MEADOWBROOK_PHONE,
             "MHH-SOC-3391",
             translate("DemoCalls", "Priya called: Meadowbrook still does not have the plan of "
                       "care signed by Dr. Okafor. They cannot bill Medicare for the visits "
                       "until it is signed."),
             translate("DemoCalls", "I will fax it to Tonya and ask her to get it signed."),
             -2, False, cast.COORDINATION),
        Talk(-8, 11, 15, OUT, "tonya", s.RIVERSIDE, "Tonya Reyes", s.RIVERSIDE_PHONE, "",
             translate("DemoCalls", "Faxed the plan of care to Tonya and called to make sure it "
                       "came through."),
             translate("DemoCalls", "It is in Dr. Okafor's stack; she is in clinic Tuesday and "
                       "Thursday."),
             -4, False, cast.COORDINATION),
        Talk(-6, 14, 45, IN, "renee", s.BRIGHTWATER, "Renee Castillo", s.BRIGHTWATER_PHONE,
             s.BRIGHTWATER_PATIENT,
             translate("DemoCalls", "Told Renee that Dr. Okafor may extend by 2 weeks. The "
                       "approval ends {ends}.").format(ends=ends),
             translate("DemoCalls", "Renee needs an updated progress note and the week-5 labs "
                       "to ask Silverpine for more doses. She is emailing the list."),
             -2, False, cast.REAUTH),
        Talk(-5, 10, 30, OUT, "gregory", s.SILVERPINE, "Gregory Hale", s.SILVERPINE_PA_PHONE,
             "SRX-CALL-671154",
             translate("DemoCalls", "Asked how an extension works before the current approval "
                       "runs out."),
             translate("DemoCalls", "The current approval ends {ends}. Anything after that "
                       "needs the new request decided first.").format(ends=ends),
             None, False, cast.REAUTH,
             (("extension_how",
                                translate("DemoCalls", "A new request from the prescriber with "
                                          "updated notes. They decide within 72 hours, faster "
                                          "if the doctor asks for an expedited review.")),)),
        Talk(-3, 16, 0, OUT, None,
             translate("DemoCalls", "{st_brigid} — imaging").format(st_brigid=s.ST_BRIGID),
             translate("DemoCalls", "Marisol (scheduling)"),
             s.ST_BRIGID_IMAGING_PHONE, "IMG-88120",
             translate("DemoCalls", "Called to schedule the repeat MRI of the left foot."),
             translate("DemoCalls", "They need the order from Dr. Okafor and the insurance "
                       "cards again. They will call back with a date."),
             2, False, None),
        Talk(-2, 9, 20, OUT, "tonya", s.RIVERSIDE, "Tonya Reyes", s.RIVERSIDE_PHONE, "",
             translate("DemoCalls", "Asked whether Dr. Okafor has decided about the extension, "
                       "and about the progress note for Brightwater."),
             translate("DemoCalls", "Decision after the week-5 labs. Tonya will fax the note to "
                       "Brightwater once it is signed. Plan of care still not signed."),
             1, False, cast.REAUTH),
        Talk(-1, 13, 0, IN, "julia", s.MEADOWBROOK, "Julia Park, RN", s.MEADOWBROOK_NURSE_PHONE,
             "",
             translate("DemoCalls", "Julia drew the week-5 labs today. PICC site looks fine now."),
             translate("DemoCalls", "Results go to Dr. Okafor and Brightwater by tomorrow."),
             3, False, None),
        Talk(-1, 15, 40, OUT, "harborline", s.HARBORLINE, "Lorraine", s.HARBORLINE_PHONE,
             "HMS-55831940",
             translate("DemoCalls", "Asked whether Harborline would pay the 20% for the walker "
                       "if the appeal works."),
             translate("DemoCalls", "She could not say until Medicare decides. Call back after "
                       "the decision."),
             30, False, cast.APPEAL),
    ]
