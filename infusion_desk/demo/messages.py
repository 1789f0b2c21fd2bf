"""The demo's e-mail (.eml) and the caregiver's plain-text running note."""

from __future__ import annotations

from datetime import timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from infusion_desk.demo import story as s
from infusion_desk.demo.story import Timeline, long_date

_EASTERN = timezone(timedelta(hours=-5))


def extension_email(t: Timeline) -> bytes:
    """Renee at Brightwater asks for what the extension request needs."""
    sent = t.at(-6, 15, 12).replace(tzinfo=_EASTERN)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Renee Castillo <intake@brightwater-infusion.example>"
    msg["To"] = "Dana Brennan <dana.brennan@example.net>"
    msg["Subject"] = (
        f"Walter Brennan - paperwork for a possible extension ({s.BRIGHTWATER_PATIENT})"
    )
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = (
        f"<{s.BRIGHTWATER_PATIENT}.{t.day(-6):%Y%m%d}@brightwater-infusion.example>"
    )
    msg.set_content(
        f"""Hi Dana,

Thanks for letting us know how the week-4 visit with Dr. Okafor went.

Your dad's current Silverpine authorization ({s.AUTH_NUMBER}) covers 42 doses and ends on
{long_date(t.approved_to)}. If Dr. Okafor extends the ertapenem by 2 weeks, we have to send
Silverpine a new request before then, and they will want:

  1. An updated progress note from Dr. Okafor that says why 2 more weeks are needed
  2. The week-5 labs (ESR and CRP)
  3. The new stop date

Could you ask Tonya at Riverside to fax the note to us at {s.BRIGHTWATER_FAX} by
{long_date(t.day(-2))}? The labs come to us from Meadowbrook.

If he does not extend, no action needed - we will schedule the pickup of the pole
and unused supplies after the last dose.

Renee Castillo
Intake Coordinator, {s.BRIGHTWATER}
{s.BRIGHTWATER_PHONE} (Mon-Fri 8:00-4:30)
"""
    )
    return msg.as_bytes()


def running_note(t: Timeline) -> bytes:
    """Dana's phone note: what was requested, and what was submitted and when."""

    def d(offset: int) -> str:
        return f"{t.day(offset):%m/%d}"

    rows = [
        (f"{d(-43)} Brightwater: copies of all 3 insurance cards",
         f"{d(-43)} faxed, Renee confirmed {d(-42)}"),
        (f"{d(-41)} Silverpine: consult note + culture (case {s.RFI_CASE})",
         f"{d(-38)} Tonya faxed from Riverside; Silverpine got it {d(-37)}"),
        (f"{d(-36)} Brightwater pharmacist: med list + allergies",
         f"{d(-36)} emailed Marcus"),
        (f"{d(-25)} Brightwater billing: Medigap card", f"{d(-24)} emailed Sam"),
        (f"{d(-13)} Medicare: appeal for the walker (claim {s.APPEAL_CLAIM})",
         f"{d(-8)} mailed certified with Dr. Okafor's order"),
        (f"{d(-9)} Meadowbrook: signed plan of care from Dr. Okafor",
         f"{d(-8)} faxed to Tonya - still not signed!"),
        (f"{d(-6)} Brightwater: progress note + week-5 labs for extension, by {d(-2)}",
         "NOT SENT YET - call Tonya"),
        (f"{d(-5)} Brightwater: return pole and supplies after last dose", ""),
    ]
    width = max(len(left) for left, _ in rows) + 3
    lines = [
        "DAD - INSURANCE RUNNING NOTE",
        f"Auth {s.AUTH_NUMBER} good {t.approved_from:%m/%d} to {t.approved_to:%m/%d} "
        "(42 doses)",
        f"Medicare {s.MEDICARE_ID} | Silverpine {s.PART_D_ID} | Harborline {s.MEDIGAP_ID}",
        "",
        "WHAT WAS REQUESTED".ljust(width) + "WHAT WAS SUBMITTED AND WHEN",
        "-" * (width + 30),
        *[left.ljust(width) + right for left, right in rows],
        "",
        "When stuck ask: what exactly is missing? who needs to submit it? how long after?",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")
