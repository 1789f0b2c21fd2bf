"""Every variant of the one-page summary, measured and saved to look at.

Run: ``.venv/bin/python tests/benchmarks/summary_variants.py OUTDIR`` — writes the demo folder and
a 10,000-record folder (built through the services, one operation per record, timed), prints for
each meeting ("for") at US Letter and A4 the page count, the smallest type read back from the PDF
and the build time, and saves each page as a PNG in OUTDIR to look at.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))

from report_samples import long_text, page_count, smallest_font_size  # noqa: E402

from infusion_desk.core.meeting import Audience, Meeting  # noqa: E402
from infusion_desk.core.records import (  # noqa: E402
    Call,
    CallDirection,
    Contact,
    Document,
    DocumentKind,
    Plan,
    PlanRank,
    Profile,
    Question,
    QuestionStatus,
    Request,
    SendMethod,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.demo import write_demo_folder  # noqa: E402
from infusion_desk.documents import PdfEngine, render_page  # noqa: E402
from infusion_desk.reports.data import gather_summary_data  # noqa: E402
from infusion_desk.reports.summary import build_summary  # noqa: E402
from infusion_desk.services import Folder  # noqa: E402

TODAY = date(2026, 3, 11)
VARIANTS = (Meeting(Audience.DOCTOR), Meeting(Audience.PLAN), Meeting(Audience.PLAN, "Silverpine"),
            Meeting(Audience.PHARMACY), Meeting(Audience.ALL))
# Who the records are with: the prescriber's office, the pharmacy, a plan, the nurses, others.
ASKERS = ("Tonya Reyes (Dr. Okafor's office)", "Renee Castillo (Brightwater intake)",
          "Silverpine Health Plans", "Meadowbrook Home Health", "St. Brigid imaging")
ORGANIZATIONS = ("Riverside Infectious Disease Associates", "Brightwater Home Infusion Pharmacy",
                 "Silverpine Health Plans", "Meadowbrook Home Health", "Harborline Mutual")

ROLES = ("Doctor", "Pharmacist", "Member services", "Nurse", "Billing")


def text(label: str, i: int) -> str:
    """Every 50th field is 5,000 characters long."""
    return long_text(f"{label}{i}") if i % 50 == 0 else f"{label} number {i}"


def build_big_folder(path: Path) -> tuple[Folder, float]:
    """10,000 records added one operation at a time through the services; the seconds taken."""
    started = time.perf_counter()
    folder = Folder.create(path, Profile(
        patient_name="Walter Brennan", date_of_birth=date(1947, 3, 14),
        therapy="Ertapenem 1 g IV", treats=long_text("Osteomyelitis", 600),
        allergies="Sulfa drugs (rash)", prescriber="Dr. Adaeze Okafor, " + ORGANIZATIONS[0],
        infusion_provider=ORGANIZATIONS[1], start_date=TODAY - timedelta(days=34),
        planned_duration="6 weeks", planned_end=TODAY + timedelta(days=7),
        dosing_schedule="Once a day over 30 minutes", access_line="PICC line, right arm",
        nursing_schedule="Meadowbrook Home Health: Mondays and Thursdays",
        next_appointment_on=TODAY + timedelta(days=8), next_appointment_with="Dr. Okafor"))
    add = folder.records.add
    payers = ("Medicare", "Silverpine Health Plans", "Harborline Mutual Insurance")
    plans = [add(Plan(payer=payers[i] if i < 3 else text("Payer", i),
                      rank=(PlanRank.PRIMARY, PlanRank.SECONDARY)[i] if i < 2 else PlanRank.OTHER,
                      member_id=f"MEMBER-{i:04}", group_number=f"GROUP-{i}",
                      member_phone="(555) 010-0000")).value for i in range(20)]
    for i in range(800):
        add(Contact(name=f"{text('Person', i)} {i}", role=ROLES[i % 5],
                    organization=ORGANIZATIONS[i % 5],
                    phone=f"(555) 01{i % 10}-{i:04}", needs_from_us=text("Needs", i)))
    for i in range(400):
        add(Step(kind=StepKind.PRIOR_AUTHORIZATION, title=text("Step", i),
                 status=list(StepStatus)[i % 5], waiting_on=ASKERS[i % 5],
                 reference_number=f"AUTH-{i}", approved_from=TODAY - timedelta(days=10),
                 approved_to=TODAY + timedelta(days=i % 30), plan_id=plans[i % 3].id))
    for i in range(3000):
        sent = i % 3 == 0
        add(Request(what=("Progress note from Dr. Okafor " if i % 7 == 0 else "")
                    + text("Request", i), requested_on=TODAY - timedelta(days=30),
                    requested_by=ASKERS[i % 5], due_on=TODAY + timedelta(days=i % 40 - 20),
                    submitted_on=TODAY - timedelta(days=1) if sent else None,
                    method=SendMethod.FAX if sent else None,
                    submitted_to=ASKERS[(i + 1) % 5] if sent else "",
                    confirmation_number=f"CONF-{i}" if sent else ""))
    now = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
    for i in range(3500):
        add(Call(called_at=now - timedelta(hours=i + 1), direction=CallDirection.OUTGOING,
                 organization=ORGANIZATIONS[i % 5], person=text("Person", i),
                 reference_number=f"REF-{i}", summary=text("Summary", i),
                 follow_up_on=TODAY + timedelta(days=i % 9) if i % 11 == 0 else None))
    for i in range(1500):
        add(Question(text=text("Question", i), ask_whom=ASKERS[i % 5],
                     status=QuestionStatus.OPEN if i % 2 else QuestionStatus.ANSWERED))
    for i in range(780):
        body = f"Letter {i}: {text('Letter', i)}".encode()
        folder.records.add_document(Document(
            title=text("Document", i), kind=DocumentKind.PLAN_LETTER, media_type="text/plain",
            received_on=TODAY - timedelta(days=i % 90), original_name=f"letter-{i}.txt"), body)
    return folder, time.perf_counter() - started


def measure(folder: Folder, name: str, out: Path, engine: PdfEngine) -> None:
    data = gather_summary_data(folder, TODAY)
    for meeting in VARIANTS:
        for paper in ("letter", "a4"):
            started = time.perf_counter()
            pdf = build_summary(data, paper=paper, meeting=meeting)  # type: ignore[arg-type]
            seconds = time.perf_counter() - started
            label = f"{name}-{meeting.audience.value}{'-' + meeting.name if meeting.name else ''}"
            picture = render_page(pdf, 0, 80 / 72, engine=engine)
            if picture:
                (out / f"{label}-{paper}.png").write_bytes(picture)
            print(f"{label:<28} {paper:<7} pages {page_count(pdf)}  smallest type "
                  f"{smallest_font_size(pdf):.1f} pt  built in {seconds:.2f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="where to save the PNGs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, PdfEngine() as engine:
        demo = write_demo_folder(Path(tmp) / "demo.infusiondesk", today=TODAY)
        with demo:
            measure(demo, "demo", args.out, engine)
        big, seconds = build_big_folder(Path(tmp) / "big.infusiondesk")
        print(f"10,000-record folder built through the services in {seconds:.1f} s", flush=True)
        with big:
            measure(big, "big", args.out, engine)
    return 0


if __name__ == "__main__":
    sys.exit(main())
