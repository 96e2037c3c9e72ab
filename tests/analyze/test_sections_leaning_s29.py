"""Outlook, Analysis and Recommendation items that lean on the sentence before (session 29, Audit 46 47.3-47.4):
labelled cases, each written for this test and set in a short article of its own.

- A pointing pronoun: "Accepting a truce that fell short of that would ..." - "that" stands for the demand told
  in the sentence before.
- "the same" with no "as": "... are likely to close for the same reasons".
- A demonstrative noun the item does not name: "this system", "that arrangement", when the noun is not told earlier
  in the item or in the lead the key points show.

Such an item is shown with the sentence before (in its paragraph, when short and not leaning back itself) or withheld.
Near misses that stay alone: "that" as a conjunction or a relative pronoun, "this year", "the same ... as", "that
depot" after "a new depot" in the same sentence, a noun the lead names, "at the same time", "those who ...".

And a call inside a frame: "This is the time when governments must act on ...", "Now is the moment for X to ..."
is a recommendation; a frame with no act urged ("This is the time when most shops close") is not.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_TITLE = "Valley towns weigh the cost of the long dispute"
_LEAD = ("The dispute over the Corran valley entered its third month on Tuesday as talks between the rebels and the "
         "government stalled again. Shops in the valley towns have closed and the ferry service to the coast has "
         "been cut to one boat a day.")


def _brief(body: str) -> dict[str, list[str]]:
    text = _TITLE + "\n\n" + _LEAD + "\n\n" + body + "\n\nTalks are set to resume next week in the capital.\n"
    doc = annotate(Article(text=text, source=Source(title=_TITLE, date="2024-03-14",
                                                    url="https://example.com/analysis/valley")))
    found = analyze(doc)
    return {name: [c.item.text for c in found.get(name, ())] for name in ("outlook", "analysis", "recommendations")}


def _items(body: str) -> list[str]:
    return [t for texts in _brief(body).values() for t in texts]


# (name, sentence before, item): the item must never be shown without the sentence before.
_LEANING = [
    ("pointing_that", "The rebels have demanded a full withdrawal of the army from the valley.",
     "Accepting a truce that fell short of that would split their ranks and could end the talks, analysts say."),
    ("same_reasons", "The port of Dunmore lost its last ferry last year after fuel costs soared.",
     "Smaller harbours along the coast are likely to close within two years for the same reasons, the union warned."),
    ("this_system", "Under a new scheme, each school must publish its own fire plan and have an inspector check it.",
     "Officials expect this system will cut the number of school fires by half within five years."),
    ("that_arrangement", "The council has let a private firm set the fees for all the car parks in the towns.",
     "Ministers should end that arrangement before the summer, the auditor's report said."),
    ("same_problem_cause", "The Corran mill lost its orders from the coast when the road was closed in March.",
     "Two smaller mills in the valley shut down last month because of the same problem, and 80 workers lost their "
     "jobs."),
    ("these_steps_long", "Farmers in the upper valley, who have lost most of their winter feed to the floods and "
     "the blockade, have begun to sell off their herds, move their families to the coast, and borrow from "
     "lenders at rates of up to forty per cent a year, according to the farmers' union and two local banks.",
     "These steps will leave many of them unable to farm again, the union's leader predicted."),
]


@pytest.mark.parametrize(("name", "before", "item"), _LEANING, ids=[n for n, _, _ in _LEANING])
def test_leaning_item_shown_with_its_sentence_or_withheld(name: str, before: str, item: str) -> None:
    shown = [t for t in _items(before + " " + item) if item[10:50] in t]
    assert all(before[10:50] in t for t in shown), shown


# Items that must still be shown (in some section) and alone.
_ALONE = [
    ("conjunction_that", "Analysts expect that the truce will hold through the winter, despite the stalled talks."),
    ("relative_that", "The plan that the council backed will cut ferry fares by a third next year, officials said."),
    ("this_year", "The ferry company expects its sales to fall by a fifth this year, its chief executive said."),
    ("same_as", "Engineers expect the new bridge will carry the same number of cars as the old one by 2026."),
    ("noun_in_sentence", "The council will open a new depot in Corran in May, and that depot will employ 40 people."),
    ("noun_in_lead", "The operator expects that ferry service to return to three boats a day in the spring."),
    ("concrete_noun", "The harbour master expects those boats to return to the pier by the end of May."),
    ("same_time", "The army will pull back from two villages, and at the same time the rebels will free ten "
                  "prisoners, officials said."),
    ("those_who", "The mill's owners predicted that those who lose their jobs will find new work within a year."),
]


@pytest.mark.parametrize(("name", "item"), _ALONE, ids=[n for n, _ in _ALONE])
def test_near_miss_item_stays(name: str, item: str) -> None:
    before = "Residents gathered in the main square of Corran on Monday evening."
    shown = [t for t in _items(before + " " + item) if item[10:50] in t]
    assert shown and all(before[10:40] not in t for t in shown), shown


_FRAMED_CALLS = [
    ("time_when_must_now", "Now is the time when governments must act on the debts of the valley towns, the fund's "
                           "chief said."),
    ("moment_for_to", "Now is the moment for ministers to reopen the valley road, the mayor of Corran said."),
    ("time_for_to", "Now is the time for the council to repair the ferry pier, the harbour master said."),
]


@pytest.mark.parametrize(("name", "item"), _FRAMED_CALLS, ids=[n for n, _ in _FRAMED_CALLS])
def test_framed_call_is_a_recommendation(name: str, item: str) -> None:
    assert any(item[10:50] in t for t in _brief(item)["recommendations"])


_FRAMES_ONLY = [
    ("time_when_close", "This is the time of year when most shops in the valley close for the winter."),
    ("moment_past", "That was the moment when the council had to borrow from the banks, the mayor recalled."),
]


@pytest.mark.parametrize(("name", "item"), _FRAMES_ONLY, ids=[n for n, _ in _FRAMES_ONLY])
def test_frame_without_call_is_no_recommendation(name: str, item: str) -> None:
    assert not any(item[10:50] in t for t in _brief(item)["recommendations"])


@pytest.mark.xfail(strict=True, reason="the sections' opening repair (openings.repair_opening, not this area's) "
                   "withholds an item that opens on a bare 'This'; the frame 'This is the time when ...' is read as a "
                   "call (section_leaning.framed_call) but not shown")
def test_this_is_the_time_call_shown() -> None:
    item = "This is the time when governments must act on the debts of the valley towns, the fund's chief said."
    assert any(item[10:50] in t for t in _brief(item)["recommendations"])


@pytest.mark.xfail(strict=True, reason="a quantified subject ('Most groups ...') that means the groups the sentence "
                   "before named is not told from a general one ('Most economists expect ...'); left alone for precision")
def test_most_of_those_named_before_leans() -> None:
    before = "Six rebel factions met in the hills above Corran on Sunday to discuss the offer."
    item = "Most groups are expected to reject the truce when the talks resume, analysts say."
    shown = [t for t in _items(before + " " + item) if item[10:50] in t]
    assert all(before[10:50] in t for t in shown), shown
