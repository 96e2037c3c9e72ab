"""Outlook and Recommendations items a reader deletes or misreads (reader Audit 29, docs/audit.md 30.3 and 30.4
pattern 2), session 18 round 2: labelled cases, each a short article written for this test.

- Outlook: a plan the text later reports as dropped or overtaken ("was to be lowered next; engineers have since
  opted for ..."), an aborted plan ("was to be placed ..., but ice formed"), a plan quoted from a dated past post
  ("In a Facebook post in November she wrote that she planned to ...") and a motive stated before the events ("she
  said she wanted to help") are history, not outlook; a plan verb under "nobody ever said" is negated; a
  columnist's second-person joke ("you will enthral your first date with it") is no forecast.
- Recommendations: a description of policy ("have been walking a tightrope") and a "must" view the writers reject
  ("Some argue the country must choose ... That is a false choice.") are no calls of theirs; the op-ed's own plain
  "should" call ("The United States should align itself firmly with ...", "It is time for Washington to ...") is.
Near misses keep their place: a dated plan still ahead, a plain forecast, an op-ed's real call.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.analyze.section_overtaken import overtaken_plan
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_sections_s13 import Analyzer


def _doc(text: str, title: str) -> Document:
    return annotate(Article(text=text, source=Source(title=title, date="2025-06-04",
                                                     url="https://example.com/news/story")))


def _brief(text: str, analyzer: Analyzer, title: str) -> list[str]:
    doc = _doc(text, title)
    return [i.text for i in analyzer(doc, build_context(doc))]


def _shown(items: list[str], words: str) -> bool:
    return any(words in t for t in items)


# A stage-by-stage explainer of efforts to stop a leaking well: plans dropped, aborted, and one still ahead.
WELL = (
    "Engineers at Harlow Energy have tried several ways to stop oil leaking from the damaged Corran well.\n\n"
    "A steel dome was to be placed over the largest leak on 7 May, but ice crystals formed inside it and the "
    "attempt was abandoned.\n\n"
    "A smaller cap, called the bell, was to be lowered next. Engineers have since opted for a suction pipe "
    "instead.\n\n"
    "The suction pipe is now collecting about 900 barrels a day.\n\n"
    "A relief well is expected to reach the leak in August, the company said, and should seal it for good."
)


def test_an_aborted_plan_is_no_outlook() -> None:
    items = _brief(WELL, analyze_outlook, "How engineers are fighting the Corran leak")
    assert not _shown(items, "was to be placed over the largest leak"), items


def test_a_plan_later_dropped_is_no_outlook() -> None:
    items = _brief(WELL, analyze_outlook, "How engineers are fighting the Corran leak")
    assert not _shown(items, "was to be lowered next"), items


def test_a_plan_still_ahead_stays() -> None:
    items = _brief(WELL, analyze_outlook, "How engineers are fighting the Corran leak")
    assert _shown(items, "relief well is expected to reach the leak"), items


# A report on a missing volunteer: a past post's plan, a past motive, and a plan still ahead.
VOLUNTEER = (
    "A Danish volunteer who joined Kurdish fighters in northern Syria has been reported missing, officials said on "
    "Tuesday.\n\n"
    "In a Facebook post in November she wrote that she planned to stay with the fighters until the spring.\n\n"
    "Before she left Copenhagen, she said she wanted to help the Kurds defend their villages.\n\n"
    "The Danish foreign ministry said it would send an envoy to the region next week to ask about her fate."
)


def test_a_plan_quoted_from_a_dated_past_post_is_no_outlook() -> None:
    items = _brief(VOLUNTEER, analyze_outlook, "Danish volunteer reported missing in Syria")
    assert not _shown(items, "she planned to stay with the fighters"), items


def test_a_motive_stated_before_the_events_is_no_outlook() -> None:
    items = _brief(VOLUNTEER, analyze_outlook, "Danish volunteer reported missing in Syria")
    assert not _shown(items, "she wanted to help the Kurds"), items


def test_a_ministrys_dated_plan_stays() -> None:
    items = _brief(VOLUNTEER, analyze_outlook, "Danish volunteer reported missing in Syria")
    assert _shown(items, "would send an envoy to the region next week"), items


# A fact-check whose thesis negates a plan; a column's second-person joke; a columnist's real forecast.
FACTCHECK = (
    "A story that the singer Mara Vell is opening a chain of vegan cafes in Leeds spread across the internet this "
    "week.\n\n"
    "What nobody reported is that nobody ever said she plans to open anything in Leeds at all.\n\n"
    "Her agent told the Evening Courier that the story was invented."
)


def test_a_negated_plan_in_a_fact_check_is_no_outlook() -> None:
    items = _brief(FACTCHECK, analyze_outlook, "Is Mara Vell opening cafes in Leeds?")
    assert not _shown(items, "she plans to open anything"), items


COLUMN = (
    "I have worn the new Tessel smartwatch for a week, and I have mixed feelings.\n\n"
    "It tells you the weather in a voice so smooth that you will enthral your first date with it.\n\n"
    "The battery lasts barely a day, and I found myself charging it every night.\n\n"
    "I wish the makers would give it a battery that lasts a week.\n\n"
    "Analysts expect Tessel to cut the price of the watch before the holiday season."
)


def test_a_columnists_second_person_joke_is_no_outlook() -> None:
    items = _brief(COLUMN, analyze_outlook, "My week with the Tessel watch")
    assert not _shown(items, "you will enthral your first date"), items
    assert not _shown(items, "I wish the makers would give it"), items  # added after the first score (Newsroom 57)


def test_an_analysts_forecast_in_a_column_stays() -> None:
    items = _brief(COLUMN, analyze_outlook, "My week with the Tessel watch")
    assert _shown(items, "Analysts expect Tessel to cut the price"), items


# A signed op-ed: a description of policy, a view the writers reject, and their own call.
OPED = (
    "By Laura Penrose and Omar Haddad\n\n"
    "Editor's note: Laura Penrose teaches at Ashford University. Omar Haddad is a researcher on the region.\n\n"
    "(CNN) -- Washington has misread the protests in Veloria from the start.\n\n"
    "For weeks the president and the secretary of state have been walking a tightrope between the old regime and "
    "the crowds in the square.\n\n"
    "Some argue that the United States must choose between its security and its ideals. That is a false choice: "
    "a government its own people reject will not keep anyone safe.\n\n"
    "The United States should align itself firmly with the protesters and say so plainly.\n\n"
    "It is time for Washington to walk the walk of its own speeches on democracy.\n\n"
    "The opinions expressed in this commentary are solely those of the authors."
)


def test_a_description_of_policy_is_no_recommendation() -> None:
    items = _brief(OPED, analyze_recommendations, "Washington must side with Veloria's protesters")
    assert not _shown(items, "walking a tightrope"), items


def test_a_view_the_writers_reject_is_no_recommendation() -> None:
    items = _brief(OPED, analyze_recommendations, "Washington must side with Veloria's protesters")
    assert not _shown(items, "must choose between its security and its ideals"), items


def test_the_op_eds_own_call_is_a_recommendation() -> None:
    items = _brief(OPED, analyze_recommendations, "Washington must side with Veloria's protesters")
    assert _shown(items, "should align itself firmly with the protesters"), items
    assert _shown(items, "time for Washington to walk the walk"), items


# Added after the first score: the same explainer worded with the outlook's cues ("will", "planned", "expected"), so
# that the rules, not a missing cue, keep the dropped plans out; and a plan still ahead with no "should".
WELL_CUED = (
    "Engineers at Harlow Energy have tried several ways to stop oil leaking from the damaged Corran well.\n\n"
    "The next step will be to lower a smaller cap, called the bell, over the leak. Engineers have since opted for a "
    "suction pipe instead.\n\n"
    "Harlow planned to place a steel dome over the largest leak and expected it to work within days, but ice "
    "crystals formed inside it and the attempt was abandoned.\n\n"
    "The suction pipe is now collecting about 900 barrels a day.\n\n"
    "A relief well is expected to reach the leak in August, the company said."
)


def test_cued_dropped_plans_are_no_outlook_and_a_plan_ahead_stays() -> None:
    items = _brief(WELL_CUED, analyze_outlook, "How engineers are fighting the Corran leak")
    assert not _shown(items, "The next step will be to lower"), items
    assert not _shown(items, "planned to place a steel dome"), items
    assert _shown(items, "relief well is expected to reach the leak"), items


# Added after the first score: a past post's plan told in the present tense, and two negated sayings.
POSTED = (
    "A Danish volunteer who joined Kurdish fighters in northern Syria has been reported missing, officials said on "
    "Tuesday.\n\n"
    "In a Facebook post in November, she wrote that she plans to return to Denmark in the spring.\n\n"
    "Her family said on Tuesday that they will travel to the border next week."
)


def test_a_present_tense_plan_from_a_dated_post_is_no_outlook() -> None:
    items = _brief(POSTED, analyze_outlook, "Danish volunteer reported missing in Syria")
    assert not _shown(items, "she plans to return to Denmark"), items
    assert _shown(items, "will travel to the border next week"), items


DENIED = (
    "A story that the singer Mara Vell is opening a chain of vegan cafes in Leeds spread across the internet this "
    "week.\n\n"
    "Nobody ever said she will open a cafe in Leeds, and no one claimed she plans to move there.\n\n"
    "Her agent said she will start a tour of Scotland in May."
)


def test_a_plan_under_nobody_said_is_no_outlook() -> None:
    items = _brief(DENIED, analyze_outlook, "Is Mara Vell opening cafes in Leeds?")
    assert not _shown(items, "Nobody ever said she will open"), items
    assert _shown(items, "will start a tour of Scotland in May"), items


def test_a_failure_with_no_plan_is_not_an_overtaken_plan() -> None:
    """Added after the 120-row check (Newsroom row 40, a history feature): "but it failed to" after a past act
    states no plan, so the rule must not read it as one (it moved a key point)."""
    doc = _doc("In March the first land act stripped the barons of their estates, but it failed to say who would "
               "farm them.\n\nThe act would later be repealed by the new parliament.", "The land acts")
    assert not overtaken_plan(doc, doc.sentences[0])
