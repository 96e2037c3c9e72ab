"""Labelled article endings for the conclusion (reader Audits 13 and 14, docs/audit.md 14.3 and 15.3).

Each case is an article written for these tests: a body of a genre and an ending. The label names the
sentence(s) a reader wants as the Conclusion and those that must not appear: a set-up printed beside the
real close, a middle line shown as the close, a flat last line when the last paragraphs carry a bottom line.
The real analyzer runs on the whole article.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

WIRE = ("Floods swept through three villages in the north of the country on Monday, forcing about 4,000 people from "
        "their homes.\n\nThe river rose by two metres overnight after a week of heavy rain, the regional governor "
        "said at a news conference in the provincial capital.\n\nSoldiers used boats to carry families to schools "
        "and sports halls on higher ground.")
BUSINESS = ("Harlow Foods agreed on Tuesday to buy its smaller rival Benning Dairy for 1.2 billion euros in cash.\n\n"
            "The deal values Benning at about 14 times its annual earnings, a premium of 30% to its share price "
            "last week.\n\nBenning's founder, Olga Benning, built the company from a single farm in the 1980s.")
DISPATCH = ("I arrived at the camp on the edge of the city just after dawn.\n\nA group of men were hanging a white "
            "banner between two poles. Children queued for water beside a broken tank.\n\nI met a teacher who "
            "has slept under a sheet of plastic for six nights with her three sons.")
OPINION = ("The town council voted last night to close the central library.\n\nCouncillors said the building "
           "costs 300,000 pounds a year to heat and staff.\n\nI have used that library since I was seven, and so "
           "have thousands of my neighbours.")
SCIENCE = ("Researchers at the University of Tartu have found that a common blood pressure drug slows the growth "
           "of a rare liver tumour in mice.\n\nThe team gave the drug to 120 mice over eight weeks and measured the "
           "tumours every few days.\n\nTumours in the treated mice grew about half as fast as those in mice given "
           "a dummy pill.")
CONFLICT = ("Government forces shelled two towns in the east of the country on Wednesday, activists said.\n\n"
            "The army said it was targeting fighters who had attacked a checkpoint on Sunday.\n\nThousands of "
            "people have fled toward the border in the past month, the UN refugee agency said.")
FEATURE = ("The fishing village of Porto Vell has lost half of its boats in ten years.\n\nEvery morning, Jordi "
           "Vidal mends nets on the quay where his father and grandfather worked.\n\nThe fish market, once the "
           "busiest on the coast, now opens only three days a week.")


@dataclass(frozen=True)
class Case:
    """An article ending and its label: ``want`` must be cited, ``avoid`` must not."""

    name: str
    body: str
    ending: str
    want: tuple[str, ...]
    avoid: tuple[str, ...] = ()


CASES = (
    # a set-up printed beside the real close (Audit 14: the claims fund, NBC's "hundreds of people")
    Case("setup_then_contrast", BUSINESS,
         "The fund requires claimants to show receipts for their losses. But the administrator said about 3,000 "
         "claims had arrived with no papers at all.",
         ("But the administrator said",), ("The fund requires",)),
    Case("reported_fear_then_officials", WIRE,
         "Earlier this week, local radio reported that residents feared the old dam could fail. Engineers told "
         "the station that they had inspected the dam and that none of the cracks were serious.",
         ("Engineers told the station",), ("Earlier this week",)),
    Case("however_close", SCIENCE,
         "The team repeated the measurements twice. However, the researchers say the result must be confirmed "
         "in other laboratories before doctors change how they treat patients.",
         ("However, the researchers say",), ("The team repeated",)),
    Case("opinion_yet", OPINION,
         "The council says it has no money left for the library. Yet it found four million pounds for a new car "
         "park, and that tells you everything about its priorities.",
         # the "Yet it" close the repair pass cannot name comes with the sentence it turns on: shown alone, the repair
         # pass withheld it and the brief had no Conclusion (session 20, reader Audit 33 #7)
         ("Yet it found four million", "The council says it has no money")),
    Case("analysis_still", BUSINESS,
         "Investors have heard promises of savings from the company before. Still, the new plan is the first "
         "to set a deadline that the board can be held to.",
         ("Still, the new plan",), ("Investors have heard",)),
    Case("setup_quote_close", WIRE,
         "Residents have complained for years about the state of the river banks. \"We will take the province "
         "to court if the banks are not rebuilt this year,\" said Maria Lopez, who leads the residents' group.",
         ("\"We will take the province",), ("Residents have complained",)),
    Case("contrast_families", WIRE,
         "The governor has promised a full inquiry into the dam's upkeep. But for the families still sleeping "
         "in school halls, an inquiry changes nothing tonight.",
         ("But for the families",), ("The governor has promised",)),
    # flat last lines after a bottom line in the last paragraphs (Audit 14 #5, #7, #12)
    Case("casualty_count_last", CONFLICT,
         "Diplomats warned that the ceasefire is unlikely to hold unless both sides pull back their heavy "
         "weapons.\n\nA monitoring group said four people had been killed on Tuesday in the north.",
         ("Diplomats warned",), ("A monitoring group said",)),
    Case("designation_last", CONFLICT,
         "Officials said they were confident that the released prisoners would pose no threat to the region.\n\n"
         "The Eastern Front, which the State Department designated as a terrorist organisation in 2012, operates "
         "along the border.",
         ("Officials said they were confident",), ("which the State Department designated",)),
    Case("colour_last", DISPATCH,
         "Aid agencies warned that the city will need years of help before it can recover.\n\nIn the old "
         "market, traders were selling bread from the backs of carts.",
         ("Aid agencies warned",), ("In the old market",)),
    Case("company_facts_last", BUSINESS,
         "Analysts expect the merger to push up milk prices for shoppers next year.\n\nHarlow Foods is "
         "headquartered in Lyon and employs 12,000 people.",
         ("Analysts expect",), ("headquartered in Lyon",)),
    Case("shares_last", BUSINESS,
         "The deal is expected to close by the end of the year if competition regulators approve it.\n\n"
         "Shares in Harlow Foods fell 3% in early trading in Paris.",
         ("The deal is expected to close",), ("Shares in Harlow Foods fell",)),
    Case("reef_colour_last", FEATURE,
         "Scientists on the boat said the reef could recover within a decade if the water cools.\n\n"
         "The boat returned to the harbour just after noon.",
         ("Scientists on the boat",), ("The boat returned",)),
    # the middle line of a dispatch shown as its close (Audit 14 #4)
    Case("dispatch_real_close", DISPATCH,
         "In the long term, they say here, without a government and without jobs they can never rebuild. "
         "Fund-raising alone will not bring this city back from the dead.",
         ("Fund-raising alone",), ("In the long term",)),
    Case("dispatch_belief", DISPATCH,
         "I left the camp as the sun went down over the hills. Nobody there believes that help will come "
         "soon.",
         ("Nobody there believes",), ("I left the camp",)),
    # the last line is the close: kept, and the detail before it left out
    Case("wire_outlook_last", WIRE,
         "The crowd at the main shelter was the largest the town has seen. Engineers expect the main road to "
         "reopen by Friday.",
         ("Engineers expect",), ("The crowd at the main shelter",)),
    Case("feature_quote_sums_up", FEATURE,
         "His daughter, Ana Vidal, watched from the harbour wall. \"This village has survived storms before, "
         "and it will survive this,\" Ana Vidal said.",
         ("\"This village has survived",), ("watched from the harbour wall",)),
    Case("opinion_call", OPINION,
         "The council can still change course. It should start by admitting that the plan has failed.",
         ("It should start",)),
    Case("analysis_summary", BUSINESS,
         "Both boards met on Monday night to approve the terms. In the end, the deal is less about milk than "
         "about who will control the dairy shelves of southern Europe.",
         ("In the end, the deal",), ("Both boards met",)),
    Case("science_next_step", SCIENCE,
         "Mice given the drug also kept their weight better. The next step is a trial in 300 patients, "
         "which is due to start in 2027.",
         ("The next step is a trial",), ("Mice given the drug",)),
    Case("process_note_last", WIRE,
         "The new flood law takes effect in January and will require every village to keep sandbags.\n\n"
         "The ministry did not respond to a request for comment.",
         ("The new flood law",), ("did not respond",)),
    Case("sport_final_will", FEATURE,
         "The crowd of 4,000 was the largest of the season. The two crews will race again in the final on "
         "Sunday.",
         ("The two crews will race",), ("The crowd of 4,000",)),
    # no bottom line in the last paragraphs: the last line is the close
    Case("flat_fallback", WIRE,
         "Volunteers handed out blankets and hot soup at the schools.\n\nThe regional hospital treated 12 "
         "people for minor injuries.",
         ("The regional hospital treated",)),
    Case("flat_fallback_feature", FEATURE,
         "Vidal's son works on a cruise ship now.\n\nThe old net store has become a cafe for tourists.",
         ("The old net store",)),
    Case("update_label_after_close", WIRE,
         "Forecasters warned that more rain could fall on the valley by the weekend.\n\n"
         "Update: This story has been updated with the governor's statement.",
         ("Forecasters warned",), ("Update:",)),
    Case("bottom_line_last_alone", CONFLICT,
         "Aid convoys reached one of the towns on Thursday. The fighting is likely to spread south unless the "
         "two sides return to talks, diplomats said.",
         ("The fighting is likely",), ("Aid convoys reached",)),
)


def _cited(case: Case) -> list[str]:
    doc = annotate(Article(text=f"{case.body}\n\n{case.ending}", source=Source(title=case.name)))
    by_id = {s.id: s.text for s in doc.sentences}
    items = analyze_conclusion(doc, build_context(doc))
    return [by_id[c.sentence_id] for item in items for c in item.citations]


def passes(case: Case) -> bool:
    """Whether the conclusion cites every wanted sentence and none to avoid."""
    cited = _cited(case)
    return all(any(s.startswith(w) for s in cited) for w in case.want) \
        and not any(s.startswith(a) for s in cited for a in case.avoid)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_labelled_conclusion(case: Case) -> None:
    assert passes(case), _cited(case)
