"""Reading what a letter says: realistic letters (English and Spanish, some damaged by OCR), each
fact checked; where a letter is unclear the reader says nothing rather than something wrong."""

from __future__ import annotations

from datetime import date

import pytest

from infusion_desk.core.letter_facts import DateFrom, LetterFacts, LetterKind
from infusion_desk.core.letter_reading import compact_id, read_letter
from infusion_desk.core.ocr_text import normalise_numbers as _normalise_numbers
from infusion_desk.core.records import Contact, Plan, PlanType

TODAY = date(2026, 11, 27)
SILVERPINE = Plan(payer="Silverpine Health Plans", plan_name="Silverpine Rx Select (PDP)",
                  plan_type=PlanType.PART_D, member_id="SPX-4471-0923", id=1)
MEDICARE = Plan(payer="Medicare", plan_name="Original Medicare", plan_type=PlanType.MEDICARE_B,
                member_id="1EG4-TE5-MK73", id=2)
CEDAR = Plan(payer="Cedar Mutual", plan_name="Cedar Mutual Gold PPO", member_id="CMX 88 120 457",
             id=3)
PLANS = [SILVERPINE, MEDICARE, CEDAR]
BRIGHTWATER = Contact(name="Dana Whitfield", role="Intake coordinator",
                      organization="Brightwater Home Infusion", id=11)
RIVERSIDE = Contact(name="Adaeze Okafor, MD", role="Prescriber",
                    organization="Riverside Infectious Disease Associates", id=12)
CONTACTS = [BRIGHTWATER, RIVERSIDE]


def read(text: str, *, file_name: str = "", plans: list[Plan] | None = None) -> LetterFacts:
    return read_letter(text, plans=PLANS if plans is None else plans, contacts=CONTACTS,
                       file_name=file_name, today=TODAY)


APPROVAL = """\
Silverpine Health Plans
Silverpine Rx Select (PDP) · Pharmacy Coverage Determinations
P.O. Box 4471, Harlow Springs, OH 43996
Phone 1-800-555-0142 · Fax 1-800-555-0199

Walter Brennan
12 Elm Street
Harlow Springs, OH 43990

Prior authorization approval
Prior authorization: APPROVED
Date of this notice: November 20, 2026
Member: Walter Brennan
Date of birth: 03/14/1951
Member ID: SPX-4471-0923
Authorization number: PA-2026-011903
Drug: Ertapenem 1 g vial for IV infusion
Approved from: 11/20/2026
Approved through: 02/18/2027
Quantity approved: 42 doses (one 1 g dose every 24 hours)

Dear Walter Brennan,
We are writing to let you know that your request for the drug above has been approved.
If you have questions, call Member Services.

Sincerely,
Pharmacy Coverage Determinations
Silverpine Health Plans
"""


def test_an_approval_letter_says_who_when_what_and_for_how_long() -> None:
    facts = read(APPROVAL, file_name="2026-11-21 scan.pdf")

    assert facts.kind is LetterKind.APPROVAL
    assert facts.sender is not None and facts.sender.value == "Silverpine Health Plans"
    assert facts.sender_plan_id == 1
    assert facts.letter_date == date(2026, 11, 20)  # the letter wins over the file name
    assert facts.date_from is DateFrom.LETTER
    assert "November 20, 2026" in facts.date_evidence
    assert facts.authorization_number is not None
    assert facts.authorization_number.value == "PA-2026-011903"
    assert "Authorization number" in facts.authorization_number.evidence
    assert facts.member_id is not None and facts.member_id.value == "SPX-4471-0923"
    assert facts.member_plan_id == 1
    assert (facts.approved_from, facts.approved_to) == (date(2026, 11, 20), date(2027, 2, 18))
    assert facts.approved_quantity is not None and facts.approved_quantity.value == "42 doses"
    assert facts.drug is not None and facts.drug.value.startswith("Ertapenem 1 g")
    assert facts.reference_numbers == ()
    assert facts.asks_for == ()


OCR_APPROVAL = """\
SILVERPINE HEALTH PLANS
Pharmacy Coverage Determ inations

Walter Brennan
12 Elm Street

Date: 11/ 20/2026
Re: Prior authorization request - ertapenem

Your request has been approved.
Prior authorization number: PA-2026-01 1903
Member ID: SPX 4471 0923
This approval is valid 11/20/2026 – 02/ 18/2027 for 56 units.
"""


def test_ocr_damage_in_numbers_is_mended_before_reading() -> None:
    facts = read(OCR_APPROVAL)

    assert facts.kind is LetterKind.APPROVAL
    assert facts.sender_plan_id == 1
    assert facts.letter_date == date(2026, 11, 20)
    assert facts.authorization_number is not None
    assert facts.authorization_number.value == "PA-2026-011903"
    assert facts.member_id is not None and facts.member_plan_id == 1  # spaces, not dashes
    assert (facts.approved_from, facts.approved_to) == (date(2026, 11, 20), date(2027, 2, 18))
    assert facts.approved_quantity is not None and facts.approved_quantity.value == "56 units"


@pytest.mark.parametrize("line", [
    "Authorization + HMI26A2873144",  # "#" read as "+"
    "Authorization # _HMI26A2873144",  # a speck of underline before the number
    "Authorization number. HMI26A2873144",
    "Número de autorización oe HMI26A2873144",  # a stray speck read as two letters
])
def test_specks_between_a_label_and_its_number_are_passed_over(line: str) -> None:
    facts = read(f"Silverpine Health Plans\nNovember 20, 2026\n{line}\nYour request was approved.")
    assert facts.authorization_number is not None
    assert facts.authorization_number.value == "HMI26A2873144"


def test_a_word_after_a_label_is_not_taken_for_its_number() -> None:
    facts = read("Silverpine Health Plans\nAuthorization number is pending.\nWe need more.")
    assert facts.authorization_number is None


def test_the_number_mender_joins_only_what_ocr_split() -> None:
    assert _normalise_numbers("PA-2026-01 1903") == "PA-2026-011903"
    assert _normalise_numbers("Date: 02/ 10/2026") == "Date: 02/10/2026"
    assert _normalise_numbers("Total $31 2.45") == "Total $312.45"
    assert _normalise_numbers("11/20/2026 - 02/18/2027") == "11/20/2026 - 02/18/2027"
    assert _normalise_numbers("42 doses") == "42 doses"
    assert compact_id("spx 4471-0923") == "SPX44710923"


DENIAL = """\
Cedar Mutual
Utilization Management Department
PO Box 900, Lansing, MI 48901

December 1, 2026

Walter Brennan
Member ID: CMX-88-120-457
Reference number: UM-77812

NOTICE OF DENIAL OF COVERAGE
Drug requested: Daptomycin 500 mg IV daily
We have denied your request because the information we received does not show that
the drug is medically necessary for your condition. The request was not medically
necessary under our coverage policy CP-114.

Your right to appeal
You may ask for an appeal within 60 days of the date of this notice. Send your appeal
to the address above. If your appeal is denied, you may ask for an external review.

Sincerely,
Medical Director
"""


def test_a_denial_says_so_and_sets_the_appeal_window_from_the_letter_date() -> None:
    facts = read(DENIAL)

    assert facts.kind is LetterKind.DENIAL
    assert facts.sender is not None and facts.sender.value == "Cedar Mutual"
    assert facts.sender_plan_id == 3
    assert facts.letter_date == date(2026, 12, 1)
    assert facts.member_plan_id == 3
    assert [r.value for r in facts.reference_numbers] == ["UM-77812"]
    assert facts.authorization_number is None
    assert facts.approved_from is None and facts.approved_to is None  # no approval to report
    assert facts.approved_quantity is None
    assert facts.drug is not None and facts.drug.value == "Daptomycin 500 mg IV daily"
    assert len(facts.deadlines) == 1
    window = facts.deadlines[0]
    assert window.days == 60 and window.on == date(2027, 1, 30)
    assert window.words.startswith("within 60 days")


RFI = """\
Silverpine Health Plans
Pharmacy Coverage Determinations

Date of this notice: October 16, 2026
Member ID: SPX-4471-0923
Case number: CD-2026-48812
Drug requested: Ertapenem 1 g IV, once daily

Request for additional information
We cannot make a decision yet. To review the request, we need the following from the
prescriber:
1. The infectious disease consultation note or other clinical notes that support the
diagnosis of osteomyelitis.
2. The bone biopsy or other culture results with susceptibilities.
3. The planned duration of therapy and the dosing schedule.
Please fax the information to 1-800-555-0199 and write the case number on every page.
If we do not receive it by October 30, 2026, we will make a decision with the information
we have, and your request may be denied.
"""


def test_a_request_for_information_lists_what_to_send_and_by_when() -> None:
    facts = read(RFI)

    assert facts.kind is LetterKind.REQUEST_FOR_INFORMATION  # "may be denied" is not a denial
    assert facts.sender_plan_id == 1
    assert facts.letter_date == date(2026, 10, 16)
    assert [r.value for r in facts.reference_numbers] == ["CD-2026-48812"]
    assert [a.value for a in facts.asks_for] == [
        "The infectious disease consultation note or other clinical notes that support the "
        "diagnosis of osteomyelitis",
        "The bone biopsy or other culture results with susceptibilities",
        "The planned duration of therapy and the dosing schedule",
    ]
    assert [(d.on, d.days) for d in facts.deadlines] == [(date(2026, 10, 30), None)]
    assert facts.deadlines[0].words == "by October 30, 2026"


RFI_FROM_PHARMACY = """\
BRIGHTWATER HOME INFUSION
Intake Department · Fax 614-555-0110

11/02/2026

Dear Mr. Brennan,
To set up your deliveries, please send a copy of the front and back of your insurance
card within 14 days. We also need the signed assignment of benefits form.

Thank you,
Dana Whitfield
Intake coordinator
"""


def test_a_contact_who_asks_for_papers_is_matched_by_organization_and_name() -> None:
    facts = read(RFI_FROM_PHARMACY)

    assert facts.kind is LetterKind.REQUEST_FOR_INFORMATION
    assert facts.sender_plan_id is None
    assert facts.sender_contact_id == 11
    assert facts.sender is not None and facts.sender.value == "Brightwater Home Infusion"
    assert facts.letter_date == date(2026, 11, 2)
    assert [a.value for a in facts.asks_for] == [
        "a copy of the front and back of your insurance card",
        "the signed assignment of benefits form",
    ]
    assert [(d.on, d.days) for d in facts.deadlines] == [(date(2026, 11, 16), 14)]


EOB = """\
Silverpine Health Plans
Your Explanation of Benefits
THIS IS NOT A BILL
Statement date: November 13, 2026
Member ID: SPX-4471-0923
Claim number: 2026318-55102
Date of service 10/23/2026  Ertapenem  Amount billed $1,240.00  Plan paid $1,180.00
Claim denied: none
Amount you may owe the pharmacy: $60.00
"""


def test_an_eob_is_not_a_bill_nor_a_denial() -> None:
    facts = read(EOB)

    assert facts.kind is LetterKind.EXPLANATION_OF_BENEFITS
    assert facts.letter_date == date(2026, 11, 13)  # not the date of service
    assert [r.value for r in facts.reference_numbers] == ["2026318-55102"]
    assert facts.member_plan_id == 1


MSN = """\
Medicare Summary Notice for Part B (Medical Insurance)
The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services
WALTER BRENNAN
Date: November 2, 2026
This is a summary of claims processed from August 1 - October 31, 2026.
Your Medicare Number: XXXX-XXX-MK73
If you disagree with a coverage decision, you can file an appeal by March 3, 2027.
"""


def test_a_medicare_summary_notice_with_a_masked_number() -> None:
    facts = read(MSN)

    assert facts.kind is LetterKind.MEDICARE_SUMMARY_NOTICE
    assert facts.sender_plan_id == 2
    assert facts.letter_date == date(2026, 11, 2)
    assert facts.member_id is not None and facts.member_id.value == "XXXX-XXX-MK73"
    assert facts.member_plan_id == 2
    assert [(d.on, d.words) for d in facts.deadlines] == [
        (date(2027, 3, 3), "by March 3, 2027")]


BILL = """\
Brightwater Home Infusion
Patient statement
Statement date 11/25/2026
Account number: BW-100233
Patient: Walter Brennan
Supplies and nursing visits, October 2026          $212.40
Amount due: $212.40
Please pay by December 15, 2026.
"""


def test_a_bill_with_a_due_date() -> None:
    facts = read(BILL)

    assert facts.kind is LetterKind.BILL
    assert facts.sender_contact_id == 11
    assert facts.letter_date == date(2026, 11, 25)
    assert [(d.on, d.words) for d in facts.deadlines] == [
        (date(2026, 12, 15), "by December 15, 2026")]


SPANISH_APPROVAL = """\
Silverpine Health Plans
Determinaciones de cobertura de farmacia

Fecha: 20 de noviembre de 2026
Número de miembro: SPX-4471-0923
Número de autorización: PA-2026-011903
Medicamento: Ertapenem 1 g por vía intravenosa

Estimado Sr. Brennan:
Su solicitud de autorización previa ha sido aprobada.
La autorización es válida del 20/11/2026 al 18/02/2027 por 42 dosis aprobadas.

Atentamente,
Silverpine Health Plans
"""


def test_a_spanish_approval() -> None:
    facts = read(SPANISH_APPROVAL)

    assert facts.kind is LetterKind.APPROVAL
    assert facts.sender_plan_id == 1
    assert facts.letter_date == date(2026, 11, 20)
    assert facts.authorization_number is not None
    assert facts.authorization_number.value == "PA-2026-011903"
    assert facts.member_plan_id == 1
    assert (facts.approved_from, facts.approved_to) == (date(2026, 11, 20), date(2027, 2, 18))
    assert facts.approved_quantity is not None and facts.approved_quantity.value == "42 dosis"
    assert facts.drug is not None and facts.drug.value.startswith("Ertapenem")


SPANISH_DENIAL = """\
Cedar Mutual
Departamento de Administración de Utilización

2 de diciembre de 2026

Número de referencia: UM-77815
Su solicitud de cobertura ha sido denegada porque no es médicamente necesaria.
Usted puede apelar esta decisión dentro de 60 días a partir de la fecha de esta carta.
"""


def test_a_spanish_denial_with_its_appeal_window() -> None:
    facts = read(SPANISH_DENIAL)

    assert facts.kind is LetterKind.DENIAL
    assert facts.sender_plan_id == 3
    assert facts.letter_date == date(2026, 12, 2)
    assert [r.value for r in facts.reference_numbers] == ["UM-77815"]
    assert [(d.on, d.days) for d in facts.deadlines] == [(date(2027, 1, 31), 60)]


SPANISH_RFI = """\
Silverpine Health Plans
Fecha: 16/10/2026
Número de caso: CD-2026-48813

Para revisar su solicitud necesitamos lo siguiente:
- Las notas clínicas del médico.
- Los resultados del cultivo.
Por favor envíe la información a más tardar el 30 de octubre de 2026.
"""


def test_a_spanish_request_for_information() -> None:
    facts = read(SPANISH_RFI)

    assert facts.kind is LetterKind.REQUEST_FOR_INFORMATION
    assert facts.letter_date == date(2026, 10, 16)
    assert [a.value for a in facts.asks_for][:2] == ["Las notas clínicas del médico",
                                                     "Los resultados del cultivo"]
    assert [d.on for d in facts.deadlines] == [date(2026, 10, 30)]


def test_a_scan_without_a_date_takes_the_file_name_as_a_guess() -> None:
    facts = read("Silverpine Health Plans\nYour request has been approved.\n",
                 file_name="Scan 2026-11-21.pdf")

    assert facts.letter_date == date(2026, 11, 21)
    assert facts.date_from is DateFrom.FILE_NAME


def test_a_date_of_birth_is_never_the_date_on_the_letter() -> None:
    facts = read("Silverpine Health Plans\nMember: Walter Brennan\nDate of birth: 03/14/1951\n"
                 "DOB 3/14/1951\nYour request has been approved.\n")

    assert facts.letter_date is None
    assert facts.date_from is DateFrom.NONE


def test_unclear_letters_give_nothing_rather_than_a_wrong_value() -> None:
    two_numbers = read("Silverpine Health Plans\nAuthorization number: PA-1\n"
                       "Authorization number: PA-2026-9\nApproved.\n")
    assert two_numbers.authorization_number is None  # two different numbers: not guessed

    two_payers = read("Silverpine Health Plans and Cedar Mutual\nA joint notice.\n")
    assert two_payers.sender_plan_id is None

    unknown = read("Hello,\nThe weather is nice.\n")
    assert unknown.kind is LetterKind.OTHER
    assert unknown.letter_date is None
    assert unknown.authorization_number is None and unknown.member_id is None
    assert unknown.deadlines == () and unknown.asks_for == ()

    backwards = read("Silverpine Health Plans\nYour request has been approved.\n"
                     "Approved from 02/18/2027 through 11/20/2026\n")
    assert backwards.approved_from is None and backwards.approved_to is None

    two_quantities = read("Silverpine Health Plans\nYour request has been approved.\n"
                          "Approved: 42 doses. Also approved: 10 visits.\n")
    assert two_quantities.approved_quantity is None

    in_a_sentence = read("Silverpine Health Plans\nWe denied the supplies. The drug remains "
                         "approved under authorization SPX-PA-4471-0938.\n")
    assert in_a_sentence.authorization_number is None  # not what this letter is about

    unknown_member = read("Cedar Mutual\nMember ID: ZZZ-000-111\n")
    assert unknown_member.member_id is not None and unknown_member.member_plan_id is None


@pytest.mark.parametrize(("words", "expected"), [
    ("Date: 11/20/2026", date(2026, 11, 20)),
    ("Date: November 20, 2026", date(2026, 11, 20)),
    ("Date: Nov. 20, 2026", date(2026, 11, 20)),
    ("Fecha: 20 de noviembre de 2026", date(2026, 11, 20)),
    ("Date: 2026-11-20", date(2026, 11, 20)),
    ("Date: 20 November 2026", date(2026, 11, 20)),
    ("Fecha: 20/11/2026", date(2026, 11, 20)),
    ("Date: 02/ 10/2026", date(2026, 2, 10)),
])
def test_the_ways_a_letter_writes_its_date(words: str, expected: date) -> None:
    assert read(f"Cedar Mutual\n{words}\n").letter_date == expected


@pytest.mark.parametrize(("words", "kind"), [
    ("Your prior authorization has been approved.", LetterKind.APPROVAL),
    ("Su solicitud fue aprobada.", LetterKind.APPROVAL),
    ("Your request was denied.", LetterKind.DENIAL),
    ("The service is not medically necessary.", LetterKind.DENIAL),
    ("Su solicitud fue denegada.", LetterKind.DENIAL),
    ("Your request was not approved.", LetterKind.DENIAL),
    ("We need more records before it can be approved.", LetterKind.REQUEST_FOR_INFORMATION),
    ("Please send the signed form.", LetterKind.REQUEST_FOR_INFORMATION),
    ("Necesitamos información adicional.", LetterKind.REQUEST_FOR_INFORMATION),
    ("Explanation of Benefits", LetterKind.EXPLANATION_OF_BENEFITS),
    ("Esto no es una factura.", LetterKind.EXPLANATION_OF_BENEFITS),
    ("Medicare Summary Notice", LetterKind.MEDICARE_SUMMARY_NOTICE),
    ("Amount due: $40.00", LetterKind.BILL),
    ("Thank you for choosing us.", LetterKind.OTHER),
])
def test_the_kind_rules(words: str, kind: LetterKind) -> None:
    assert read(f"Cedar Mutual\n{words}\n").kind is kind


@pytest.mark.parametrize(("words", "days", "on"), [
    ("Please reply within 60 days.", 60, date(2027, 1, 19)),
    ("Appeal within sixty (60) days of this notice.", 60, date(2027, 1, 19)),
    ("Responda dentro de 30 días.", 30, date(2026, 12, 20)),
    ("Send it no later than December 15, 2026.", None, date(2026, 12, 15)),
    ("Envíelo antes del 15 de diciembre de 2026.", None, date(2026, 12, 15)),
])
def test_deadlines_are_worked_out_from_the_letter_date(words: str, days: int | None,
                                                        on: date) -> None:
    facts = read(f"Cedar Mutual\nDate: 11/20/2026\n{words}\n")
    assert [(d.days, d.on) for d in facts.deadlines] == [(days, on)]


def test_the_plans_own_time_limits_are_not_her_deadlines() -> None:
    facts = read("Cedar Mutual\nDate: 11/20/2026\nYou must ask within 65 days from the date of "
                 "this notice (by January 24, 2027).\nWe will give you a decision within 7 days "
                 "after we get your request.\n")
    assert [(d.days, d.on) for d in facts.deadlines] == [(65, date(2027, 1, 24))]  # printed wins


def test_a_window_without_a_letter_date_has_no_date() -> None:
    facts = read("Cedar Mutual\nPlease reply within 30 days.\n", file_name="2026-11-20.pdf")
    assert [(d.days, d.on) for d in facts.deadlines] == [(30, None)]


NARROW_COLUMNS = """\
Harborline Mutual
Insurance
Member
Beverly Ann Kowalczyk
Date of birth
09/17/1941
Approved from
07/17/2026
Authorization #
HMI26A2873144
Quantity approved
60 doses
Prior Authorization Approval
July 16, 2026
Claim number 70A-54635-65 and claim number 83B-55736-82 were processed.
Your request has been approved. Please pay the pharmacy by
August 30, 2026 if you owe anything.
"""


def test_labels_alone_on_their_line_and_values_cut_over_two_lines() -> None:
    facts = read(NARROW_COLUMNS, plans=[Plan(payer="Harborline Mutual Insurance", id=9)])

    assert facts.sender_plan_id == 9
    assert facts.letter_date == date(2026, 7, 16)  # not "Approved from" on the line above
    assert facts.authorization_number is not None
    assert facts.authorization_number.value == "HMI26A2873144"
    assert facts.approved_quantity is not None and facts.approved_quantity.value == "60 doses"
    assert [r.value for r in facts.reference_numbers] == ["70A-54635-65", "83B-55736-82"]
    assert [d.on for d in facts.deadlines] == [date(2026, 8, 30)]


def test_a_spanish_period_written_with_month_names() -> None:
    facts = read("Cedar Mutual\nFecha: 10 de enero de 2026\nSu solicitud fue aprobada.\n"
                 "Período aprobado del 15 de enero de 2026 al 11 de febrero de 2026\n"
                 "Cantidad aprobada 28 visitas\n")
    assert (facts.approved_from, facts.approved_to) == (date(2026, 1, 15), date(2026, 2, 11))
    assert facts.approved_quantity is not None and facts.approved_quantity.value == "28 visitas"


# ------------------------------------------------------------------ what OCR does to numbers
# Each string below is how Tesseract read a line of one of the project's degraded test letters
# (faxes, photocopies, phone photos: ``infusion-desk ocr-accuracy --out DIR``).

@pytest.mark.parametrize(
    ("read_as", "plan_id"),
    [
        ("Member ID: SPX-447l-O923", 1),  # l for 1, O for 0
        ("Member ID: SPX-4471-0928", 1),  # one digit misread in a long ID
        ("Member ID: 5PX-4471-O923", 1),  # 5 for S
        ("Member ID # 1EG4-TE5-MK7 3", 2),  # split by a space
        ("Medicare Number: lEG4-TE5-MK73", 2),
    ],
)
def test_a_misread_member_id_of_the_folder_is_the_folders_own(read_as: str,
                                                              plan_id: int) -> None:
    facts = read(f"Silverpine Health Plans\nDate: November 20, 2026\n{read_as}\n")

    assert facts.member_plan_id == plan_id
    assert facts.member_id is not None
    assert facts.member_id.value == {1: "SPX-4471-0923", 2: "1EG4-TE5-MK73"}[plan_id]


def test_a_member_id_apart_from_its_label_is_found_by_the_folders_own() -> None:
    # A phone photo of a form: Tesseract read the values' column before the labels' column.
    text = ("Bramblecrest Benefit Plans\nWalter Brennan\n03/14/1947\nSPX-4471-O923\n"
            "Member\nDate of birth\nMember ID\n")
    facts = read(text)
    assert facts.member_id is not None and facts.member_id.value == "SPX-4471-0923"
    assert facts.member_plan_id == 1


@pytest.mark.parametrize(
    ("read_as", "meant"),
    [
        ("Member ID HMI-4202-4004-87 Authorization n", "HMI-4202-4004-87"),
        ("Member ID # X0055503313 Prior authorization", "X0055503313"),
        ("Número de miembro SPX-0137-3470-74 N", "SPX-0137-3470-74"),
        ("Member ID 3 -K5995934192", "K5995934192"),  # a speck read as "3"
        ("Member ID: CMX 99 120 457", "CMX 99 120 457"),  # capitals, then digit groups
    ],
)
def test_a_member_id_not_in_the_folder_is_cut_where_the_words_start(read_as: str,
                                                                   meant: str) -> None:
    facts = read(f"Harborline Mutual Insurance\n{read_as}\n", plans=[])
    assert facts.member_id is not None and facts.member_id.value == meant
    assert facts.member_plan_id is None


def test_a_member_id_that_is_not_the_folders_is_not_forced_onto_it() -> None:
    facts = read("Silverpine Health Plans\nMember ID: SPX-4471-7788\n")  # two digits differ
    assert facts.member_plan_id is None
    assert facts.member_id is not None and facts.member_id.value == "SPX-4471-7788"


@pytest.mark.parametrize(
    ("read_as", "meant"),
    [
        ("Authorization #\nHMI 26A2873144", "HMI26A2873144"),  # capitals split off
        ("Authorization $\nHMI26A2873144", "HMI26A2873144"),  # a # read as $
        ("Authorization number HMI-PA~1764-2461", "HMI-PA-1764-2461"),  # a dash read as ~
        ("Número de autorización -HMI-PA- 8202-5947 :", "HMI-PA-8202-5947"),  # split after -
        ("Authorization number: PA-2026-7O7043", "PA-2026-707043"),  # O for 0
        ("Prior authorization number\nBBP-PA-93l7-2576", "BBP-PA-9317-2576"),  # l for 1
        ("Authorization Y BBP-PA-5463-7321", "BBP-PA-5463-7321"),  # a # read as a capital
    ],
)
def test_an_authorization_number_read_through_ocr_damage(read_as: str, meant: str) -> None:
    facts = read(f"Silverpine Health Plans\nYour request is approved.\n{read_as}\n")
    assert facts.authorization_number is not None
    assert facts.authorization_number.value == meant


@pytest.mark.parametrize(
    ("read_as", "meant"),
    [
        ("Date: Mar, 11, 2026", date(2026, 3, 11)),
        ("Date of notice: Oct. 31. 2026", date(2026, 10, 31)),
        ("Date: Juiy 16, 2026", date(2026, 7, 16)),  # a month misread by one letter
        ("Fecha: 15 dde julio de 2026", date(2026, 7, 15)),
        ("Fecha: 29 de abrit de 2026", date(2026, 4, 29)),
        ("Date: Jul. 16,\n2026", date(2026, 7, 16)),  # broken after the day
        ("Date: O7/l6/2026", date(2026, 7, 16)),  # O for 0, l for 1
        ("Date: the 16th of July 2026", date(2026, 7, 16)),
        ("Date of notice: Oct.-31, 2026", date(2026, 10, 31)),
        ("ROSA DELGADO IBARRA Ape. 13. 2026", date(2026, 4, 13)),  # Apr, its last letter lost
    ],
)
def test_the_letter_date_read_through_ocr_damage(read_as: str, meant: date) -> None:
    facts = read(f"Harborline Mutual Insurance\n{read_as}\nDear Walter Brennan,\n")
    assert facts.letter_date == meant
    assert facts.date_from is DateFrom.LETTER


def test_a_service_date_in_a_table_is_not_the_letter_date() -> None:
    # The statement's own date was lost to a fax streak; its table's first row is not it.
    text = ("Brightwater Home Infusion Pharmacy\nPatient Statement\n"
            "Amount due: $497.21.\nDate Service Charges Allowed Insurance paid Balance\n"
            "03/12/2026 | Skilled nursing visit $1,192.79 $894.59 $715.68 $178.91\n")
    facts = read(text)
    assert facts.letter_date is None


def test_a_word_that_only_looks_like_a_short_month_is_not_one() -> None:
    facts = read("Harborline Mutual Insurance\nClarence Me | a tay 26, 2026\nJum 4, 2026\n")
    assert facts.letter_date is None


def test_a_table_headed_date_is_not_the_letter_date_above_it() -> None:
    # A statement whose table came out one column at a time; the letter's own date is above.
    text = ("Brightwater Home Infusion Pharmacy\nPatient Billing\nApril 11, 2026\n"
            "Account number: BW-20781\nPatient Statement\nDate\n03/12/2026\n03/15/2026\n")
    assert read(text).letter_date == date(2026, 4, 11)


PHOTO_OF_A_FORM = """\
Bramblecrest Benefit Plans
Date of notice: Jul. 14, 2026
Walter Brennan
03/14/1947
BBP815628049
BBP-PA-5463-7321
Daptomycin 500 mg IV every 24 hours
07/16/2026
08/26/2026
60 doses
Dr. Henrik Lindqvist
Member
Date of birth
Member ID
Authorization #
Drug or service
Approved from
Approved through
Quantity approved
Prescriber
Prior Authorization Approval
APPROVED
Dear Walter Brennan,
We approved the prior authorization request your doctor sent us.
"""


def test_a_form_read_as_a_column_of_values_then_a_column_of_labels() -> None:
    # How Tesseract read a phone photo of a letter whose labels and values stand far apart.
    facts = read(PHOTO_OF_A_FORM, plans=[])

    assert facts.authorization_number is not None
    assert facts.authorization_number.value == "BBP-PA-5463-7321"
    assert facts.member_id is not None and facts.member_id.value == "BBP815628049"
    assert (facts.approved_from, facts.approved_to) == (date(2026, 7, 16), date(2026, 8, 26))
    assert facts.approved_quantity is not None and facts.approved_quantity.value == "60 doses"


def test_labels_and_values_that_do_not_fit_are_not_paired() -> None:
    # One value was lost, so every value would sit beside the wrong label: nothing is paired.
    broken = PHOTO_OF_A_FORM.replace("03/14/1947\n", "")
    facts = read(broken, plans=[])

    assert facts.authorization_number is None
    assert facts.member_id is None
    assert (facts.approved_from, facts.approved_to) == (None, None)


@pytest.mark.parametrize(("lines", "expected"), [
    ("Drug or service Ocrelizumab 600 mg IV every 6 months",
     "Ocrelizumab 600 mg IV every 6 months"),
    ("Drug or service requested Home nursing visits for IV therapy",
     "Home nursing visits for IV therapy"),
    ("Drug or service\nErtapenem 1 g IV once", "Ertapenem 1 g IV once"),
    ("Medicamento o servicio: Ertapenem 1 g IV", "Ertapenem 1 g IV"),
])
def test_a_drug_or_service_label_is_read_whole(lines: str, expected: str) -> None:
    """A form's "Drug or service" label is one label, not "drug" and a drug called "or service"."""
    facts = read(f"Cedar Mutual\nMember ID: ZZZ-000-111\n{lines}\n")
    assert facts.drug is not None and facts.drug.value == expected


@pytest.mark.parametrize(("line", "who"), [
    ("To review it, we need the following from your doctor:", "your doctor"),
    ("Please send us the records from the prescriber by May 1, 2027.", "the prescriber"),
    ("Necesitamos lo siguiente de su médico:", "su médico"),
])
def test_a_request_for_information_says_who_must_send(line: str, who: str) -> None:
    facts = read(f"Cedar Mutual\nRequest for additional information\n{line}\n1. Lab results.\n")
    assert facts.kind is LetterKind.REQUEST_FOR_INFORMATION
    assert facts.asked_of is not None and facts.asked_of.value == who


def test_who_must_send_is_not_guessed() -> None:
    facts = read("Cedar Mutual\nRequest for additional information\n"
                 "We need the following:\n1. Lab results.\n")
    assert facts.asked_of is None


def test_an_ask_broken_over_two_lines_is_read() -> None:
    """OCR keeps the printed line breaks: "we" / "need the following from your doctor:"."""
    facts = read("Quillfield Health Cooperative\nRequest for Additional Information\n"
                 "We received a request for prior authorization for you. To review it, we\n"
                 "need the following from your doctor:\n"
                 "1. Clinical notes from the most recent visit.\n"
                 "2. Lab results from the last 30 days, including a CBC and kidney\nfunction.\n"
                 "Please fax the information to (866) 555-0172 by August 16, 2026.\n")
    assert [a.value for a in facts.asks_for] == [
        "Clinical notes from the most recent visit",
        "Lab results from the last 30 days, including a CBC and kidney function"]
    assert facts.asked_of is not None and facts.asked_of.value == "your doctor"
