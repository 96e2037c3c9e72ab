"""Labelled article endings for the conclusion, session 21 (reader Audit 34, section 35.2 "Bogus conclusions").

Each case is a short article written for these tests, run through the analyzers as in session 20's cases. The
patterns:

- a wire story in one-sentence paragraphs that closes on a correspondent's quote attributed with an inverted
  "reported NAME" (or "NAME reported"), its last sentence a quotation run on into the next paragraph: the quote is
  the close, not the colour line before it (Audit 34 #6 closed on families walking past soldiers);
- a first-person account closing on "... to save as many of them as we can.": the comparative "as we can" is no
  verb left to the sentence before, and the close is the line itself (Audit 34 #7 closed on the two before it).

Near misses stay: a quotation with no speaker anywhere does not close, and a bare "If they can, ..." still leans
back on the sentence before.
"""

from __future__ import annotations

import pytest

from tests.analyze.test_conclusion_session17 import Case
from tests.analyze.test_conclusion_session20 import _conclusion, check_shown

_MARCH = ("Tens of thousands of people marched through the port city of Valdora on Sunday, a day after riot police "
          "fired tear gas at a smaller crowd.\n\n"
          "The marchers carried banners calling for new elections and sang the national anthem outside the "
          "parliament building.\n\n"
          "\"They are not leaving until the government answers them,\" said Tom Berg, a reporter for the network.\n\n"
          "Shops along the seafront stayed closed, and buses did not run for most of the day.\n\n"
          "Children with painted flags on their cheeks rode on their parents' shoulders past a line of soldiers.\n\n")
INVERTED_REPORTED = _MARCH + ("\"Everyone here is worried about what the army does next,\" reported Lisa Moreau from "
                              "the square.\n\n"
                              "\"The mood is calmer than yesterday, but nobody believes the standoff is over.\"\n\n"
                              "Tom Berg and Lisa Moreau contributed to this report.")
NAME_REPORTED = INVERTED_REPORTED.replace("reported Lisa Moreau from the square", "Lisa Moreau reported from the square")
UNSPOKEN = _MARCH + ("\"The mood is calmer than yesterday, but nobody believes the standoff is over.\"\n\n"
                     "Tom Berg and Lisa Moreau contributed to this report.")

_CLINIC = ("I arrived at the field clinic on the edge of the city three days after the floods, with two nurses and "
           "a truck of medicine.\n\n"
           "The first morning we saw more than two hundred people, most of them with infected cuts from the "
           "water.\n\n"
           "A boy of about six was carried in by his uncle. His leg was broken in two places, and we set it on a "
           "kitchen table because we had nothing else.\n\n"
           "Many of the patients will need months of care once they leave us.\n\n"
           "A colleague on her fifth mission told me she had never seen a team set up a ward so fast.\n\n")
AS_WE_CAN = _CLINIC + ("Most striking though, is that everyone here, the local volunteers included, is focused on "
                       "one single aim: to treat as many people as we can.")
IF_THEY_CAN = _CLINIC + ("The families want to go home. If they can, most of them will leave before the rains.")

CASES = (
    # an inverted "reported NAME" names the speaker; the quotation run on into the next paragraph closes with it
    Case("inverted_reported", INVERTED_REPORTED, ("standoff is over", "reported Lisa Moreau"),
         ("painted flags",)),
    Case("name_reported", NAME_REPORTED, ("standoff is over", "Lisa Moreau reported"), ("painted flags",)),
    # near miss: a closing quotation nobody is named for stays out
    Case("unspoken_quote", UNSPOKEN, (), ("standoff is over",)),
    # "as we can" closes a comparison: the line is the account's close (Audit 34 #7)
    Case("as_we_can", AS_WE_CAN, ("as many people as we can",), ("fifth mission", "months of care")),
    # near miss: "If they can, ..." leans on the sentence before and is shown with it
    Case("if_they_can", IF_THEY_CAN, (), (), (("before the rains", "want to go home"),)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_conclusion_session21(case: Case) -> None:
    check_shown(case, " ".join(_conclusion(case.text)))
