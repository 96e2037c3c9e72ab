"""Outlook, Recommendations and Analysis items misfiled in reader Audit 36 (docs/audit.md 37; session 22 round 2):
labelled cases, each a short article or sentence written for this test.

- A writer's set-up ("one might well expect that ... would ...") knocked down by the next sentence ("There is,
  however, no sign of it") is no forecast; a party's negated past belief ("did not think the fire could
  spread") is hindsight; a plan told in the past progressive inside an account of a past crime ("he was
  planning to ..., police said") is no outlook.
- A call the writer condemns ("The most absurd response came from X: we should ...") is no recommendation of
  the piece; a parenthetical "it must be said" is emphasis, not a call.
- "The cause of X" as the topic of a hearing or an inquiry, a negated causation ("do not cause fires"), and a
  "thanks to" that lets us watch something state no cause.

Near misses keep a plain forecast, a past belief with its time to come, a plan with its date, an approved call,
a plain call and a stated cause.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

_BODY = ("The river authority met on Tuesday to discuss the spill at the refinery upstream of the town. "
         "Engineers said about 400 barrels of crude leaked from a cracked pipe over the weekend. "
         "The company has apologised and says the pipe has been sealed.\n\n")


def _doc(text: str, body: str = _BODY) -> Document:
    return annotate(Article(text=body + text, source=Source(title="Refinery spill reaches the river",
                                                            date="2025-06-11",
                                                            url="https://example.com/news/story")))


def _outlook(text: str) -> list[str]:
    doc = _doc(text)
    return [i.text for i in analyze_outlook(doc, build_context(doc))]


def _recommendations(text: str) -> list[str]:
    doc = _doc(text)
    return [i.text for i in analyze_recommendations(doc, build_context(doc))]


def _analysis(text: str) -> list[str]:
    doc = _doc(text)
    return [i.text for i in analyze_analysis(doc, build_context(doc))]


def test_knocked_down_setup_is_no_forecast() -> None:
    items = _outlook("One might well expect that a disaster on this scale would teach the oil firms some caution. "
                     "There is, however, no sign of it. The firms are lobbying for new wells in the estuary.")
    assert not any("might well expect" in i for i in items)


def test_negated_past_belief_is_no_forecast() -> None:
    items = _outlook("The operator had so little regard for the tides that it did not think the slick could "
                     "drift the 40 miles to the harbour.")
    assert not any("did not think" in i for i in items)


def test_past_plan_in_a_crime_account_is_no_forecast() -> None:
    items = _outlook("A man from the town admitted to starting a warehouse fire in March. He said he was planning "
                     "to make a false insurance claim so that the insurer would pay for the stock, prosecutors said.")
    assert not any("was planning" in i for i in items)


def test_plain_forecast_stays() -> None:  # near miss
    items = _outlook("The authority expects the clean-up to take at least three months, its chairman said.")
    assert any("three months" in i for i in items)


def test_plan_with_a_time_to_come_stays() -> None:  # near miss
    items = _outlook("The chairman said he was planning to ask the company next week for compensation so that the "
                     "fishermen would be paid before the winter.")
    assert any("next week" in i for i in items)


_ESSAY = ("I have lived beside this river for thirty years, and I have never seen it like this. "
          "We were told the refinery was safe. We were told the pipes were checked every month. ")


def test_condemned_call_is_no_recommendation() -> None:
    items = _recommendations(_ESSAY + "By far the most grotesque response, however, came from the columnist Dan "
                             "Mercer: instead of mourning the river, we should marvel at the engineering that "
                             "lets us pump oil from a mile beneath it.")
    assert not any("marvel" in i for i in items)


def test_emphatic_must_is_no_recommendation() -> None:
    items = _recommendations(_ESSAY + "There is, it must be stressed, something deeply strange about a company that "
                             "apologises for a spill while asking for more permits.")
    assert not any("must be stressed" in i for i in items)


def test_plain_call_stays() -> None:  # near miss
    items = _recommendations(_ESSAY + "The authority should suspend the refinery's permits until every pipe has "
                             "been inspected by an independent engineer.")
    assert any("suspend" in i for i in items)


def test_praised_call_stays() -> None:  # near miss
    items = _recommendations(_ESSAY + "The most sensible response came from the fishermen's union: the refinery "
                             "should pay for an independent inspection of every pipe.")
    assert any("independent inspection" in i for i in items)


def test_cause_as_a_hearing_topic_is_no_cause() -> None:
    items = _analysis("The plant manager, testifying before the inquiry on Monday about the cause of the spill, "
                      "rejected the suggestion that the company had skipped inspections.")
    assert not any("testifying" in i for i in items)


def test_negated_causation_is_no_cause() -> None:
    items = _analysis('The company\'s spokesman said: "Modern pipes generally do not cause spills of this kind."')
    assert not any("do not cause" in i for i in items)


def test_thanks_to_a_feed_we_watch_is_no_cause() -> None:
    items = _analysis("Thanks to the authority's river camera, we can all watch the slick spread down the "
                      "valley, hour by hour.")
    assert not any("camera" in i for i in items)


def test_stated_cause_stays() -> None:  # near miss
    items = _analysis("The pipe cracked because the company had delayed a scheduled replacement by two years "
                      "to save money, the engineers said.")
    assert any("because" in i for i in items)


def test_subordinate_clause_alone_is_no_forecast() -> None:
    items = _outlook("The company expects the slick to disperse within days.\n\nWhile its spokesman insisted that "
                     "river bacteria would break down whatever oil was left, because the river cleans itself.")
    assert not any("bacteria" in i for i in items)


def test_tail_of_a_broken_sentence_is_no_cause() -> None:
    items = _analysis("Worse, the permit says there is little risk to the banks because of a rapid clean-up (!)\n\n"
                      "and due to the distance of the refinery from the town, some 30 miles.")
    assert not any(i.lower().startswith("and due") or i.startswith("due") for i in items)
