"""The words of *Help > Guide*, written for the app: the usual steps of getting home infusion
covered, what slows them down, the three questions for when she is stuck, and Medicare's own pages.

Each function translates when called, so the guide is in the language the app speaks when it is
opened (or when the language changes while it is open). General information, never coverage
advice: :func:`note` says so at the top of the guide.
"""

from __future__ import annotations

from dataclasses import dataclass

from infusion_desk.core import rules
from infusion_desk.core.i18n import translate


@dataclass(frozen=True)
class Topic:
    """A short heading and the sentences under it."""

    title: str
    text: str


@dataclass(frozen=True)
class OfficialPage:
    """A page of Medicare's, opened in her browser only when she clicks its button."""

    title: str
    text: str
    site: str  # the address's host, shown so she knows where the button goes
    url: str
    button: str


MEDICARE_PAGE = "https://www.medicare.gov/coverage/home-infusion-therapy-services-equipment-supplies"
CMS_FAQ = ("https://www.cms.gov/files/document/"
           "home-infusion-therapy-services-benefit-beginning-2021-frequently-asked-questions.pdf")


def title() -> str:
    return translate("Guide", "Guide: getting home infusion covered")


def note() -> str:
    return translate("Guide", "General information, not coverage advice. Your plan and your care "
                              "team have the final word on what is covered.")


def intro() -> str:
    return translate("Guide", "Most people go through the same few steps before home infusion "
                              "therapy is covered. Knowing them helps you see where things stand "
                              "and what to ask next.")


def steps_heading() -> str:
    return translate("Guide", "The usual steps")


def steps() -> list[Topic]:
    return [
        Topic(translate("Guide", "1. Benefits verification"),
              translate("Guide", "Someone, usually the infusion provider or the pharmacy, asks "
                                 "your plan what it covers for this therapy, what you may have "
                                 "to pay (copay, deductible, coinsurance), and whether anything "
                                 "must be approved first.")),
        Topic(translate("Guide", "2. Prior authorization"),
              translate("Guide", "Some plans must approve the therapy before they pay for it. "
                                 "The prescriber’s office sends the plan the clinical papers "
                                 "(notes, the diagnosis, the order) and the plan decides. An "
                                 "approval covers set dates and often has to be renewed before "
                                 "it ends.")),
        Topic(translate("Guide", "3. Provider coordination"),
              translate("Guide", "The prescriber, the infusion pharmacy, the nurses and the plan "
                                 "all need the same information, and it has to match. When one "
                                 "of them is waiting for a paper from another, everything "
                                 "waits.")),
    ]


def delays_heading() -> str:
    return translate("Guide", "What slows things down")


def delays() -> list[Topic]:
    return [
        Topic(translate("Guide", "A paper is missing"),
              translate("Guide", "The plan often asks for more clinical notes or one more "
                                 "detail. Ask the prescriber’s office whether they have sent "
                                 "what was asked for, and on what date.")),
        Topic(translate("Guide", "Details do not match, or they changed"),
              translate("Guide", "If the dose, the schedule or how long the therapy lasts "
                                 "changes, the plan may need to look at it again. Check these "
                                 "basics early.")),
        Topic(translate("Guide", "Nobody knows whom to call"),
              translate("Guide", "For each place, write down the person or department that "
                                 "handles coverage and their direct number in People to call.")),
        Topic(translate("Guide", "An approval runs out"),
              translate("Guide", "Note the last approved day, and ask for the renewal of the "
                                 "authorization well before it.")),
    ]


def stuck_heading() -> str:
    return translate("Guide", "When you feel stuck, ask three questions")


def stuck_intro() -> str:
    return translate("Guide", "Ask them of whoever things are waiting on: the plan, the "
                              "prescriber’s office or the pharmacy.")


def stuck_questions() -> list[str]:
    """The three questions, in the words the folder's Questions to ask stores them in (the
    core's, so that the guide and the list never word them apart)."""
    return list(rules.stuck_questions())


def stuck_after() -> str:
    return translate("Guide", "Write the answers down with the date and the name of the person "
                              "you spoke with, so you never have to start over.")


def add_button() -> str:
    return translate("Guide", "&Add these questions to my list…")


def add_tip() -> str:
    return translate("Guide", "Adds the three questions to Questions to ask in the open folder. "
                              "You choose what they are about and whom to ask.")


def no_folder() -> str:
    return translate("Guide", "Open a folder first: the questions go into its Questions to ask.")


def read_only() -> str:
    return translate("Guide", "This folder is open for reading only, so nothing can be added "
                              "to it.")


def added() -> str:
    return translate("Guide", "Added the three questions to Questions to ask.")


def official_heading() -> str:
    return translate("Guide", "Official Medicare information")


def official_intro() -> str:
    return translate("Guide", "These pages are Medicare’s own. They open in your web browser "
                              "only when you click their button; the app itself never goes "
                              "online.")


def official_pages() -> list[OfficialPage]:
    return [
        OfficialPage(
            translate("Guide", "Home infusion therapy services, equipment and supplies"),
            translate("Guide", "What Medicare Part B covers for infusion at home, and what you "
                               "usually pay."),
            "www.medicare.gov", MEDICARE_PAGE,
            translate("Guide", "Open the &Medicare page")),
        OfficialPage(
            translate("Guide", "Home infusion therapy benefit: frequently asked questions"),
            translate("Guide", "The official questions and answers of CMS, the agency that runs "
                               "Medicare, about the Part B home infusion therapy benefit (a PDF "
                               "file)."),
            "www.cms.gov", CMS_FAQ,
            translate("Guide", "Open the CMS &questions and answers")),
    ]


def opens_where(site: str) -> str:
    return translate("Guide", "Opens {site} in your web browser.").format(site=site)


def closing() -> str:
    return translate("Guide", "If anything here differs from a letter from your plan, the letter "
                              "comes first. Confirm the details with your plan and your "
                              "prescriber.")


def close_button() -> str:
    return translate("Guide", "&Close")


def scroll_name() -> str:
    return translate("Guide", "The guide")


def menu_entry() -> str:
    return translate("Guide", "&Guide")


def menu_tip() -> str:
    return translate("Guide", "The usual steps, what slows them down, the questions to ask when "
                              "stuck, and Medicare’s own pages")
