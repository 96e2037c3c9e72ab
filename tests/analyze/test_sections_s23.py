"""Outlook, Recommendations, Analysis and Who-says-what items misfiled on main 0d7c3af (session 23, reader Audit 37
and the lead's XSum 116 reading): labelled cases, each a short article written for this test.

- Outlook: a past fact seen in hindsight ("Little did the council know that the bakery would one day ...") and a
  past view the writer takes apart in the next sentence ("... might look tidy on paper, but ...") forecast nothing.
- Recommendations: an obligation word inside a "because" clause gives a reason, it urges no one (a spokeswoman's
  concession "that matters because people need to see it. But ...").
- Analysis: a cause whose subject is a bare quantifier or pronoun ("Some left because ...", "Anything less will
  ...") is shown with the sentence that names what it stands for, or not at all.
- Who says what: a threat relayed in court ("He said he would then set fire to the barn") is not what the speaker
  *expects*.

Near misses keep real items: a reported plan with its time, a plain past belief with no rebuttal, a call with its
own reason, a cause with a full subject.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, Document, Item, PositionInfo, Source
from newsbrief.nlp.annotate import annotate

# A feature looking back on a town's history, with a hindsight line and a reported plan.
_HISTORY = (
    "How a small bakery remade Dunmore\n\n"
    "In 1962 the council of Dunmore sold an empty mill to two brothers for a few hundred pounds. "
    "They baked bread for the villages around the lake and delivered it by bicycle. "
    "Little did the council know that the same bakery would one day employ half the town. "
    "The firm now sells biscuits in forty countries. "
    "Its chief executive, Ada Morrow, said the company would open a second factory in Dunmore next year.\n")

# An analysis by a correspondent: a past belief taken apart in the next sentence.
_ANALYSIS = (
    "Analysis: why Veldoria's crisis has no easy fix\n\n"
    "By our regional correspondent\n\n"
    "The fighting in Veldoria has now lasted two years. "
    "Many envoys I met in the months before my trip believed a new constitution was the answer - write it, hold a "
    "vote and the unrest would fade away. "
    "A new charter may look tidy on paper, but the militias in the hills answer to no constitution at all. "
    "Several aid groups have left the north. "
    "Some left because of pressure from their head offices. "
    "Officials in the capital still hope the harvest will ease the food shortages next autumn. "
    "The army's supply lines were cut because the rebels hold the only bridge over the river.\n")

# A news report on an aid operation: a spokeswoman's concession and a real call.
_AID = (
    "Aid agencies defend the pace of flood relief in Marrowby\n\n"
    "Aid agencies on Tuesday rejected criticism that relief for the flooded villages of Marrowby was too slow. "
    "\"Photographs travel around the world in seconds, and that matters because people need to see them. "
    "But moving tonnes of grain and clean water is not as quick as a tweet,\" said Lina Okafor of the Grain Relief "
    "Fund. "
    "\"Donors must send money now because the rains are coming,\" said Paul Dreyer, who runs the fund's appeal. "
    "Roads into the valley reopened on Monday.\n")

# A union's statement with a cut "anything less".
_UNION = (
    "Police union warns over new cannabis rules\n\n"
    "The city will stop arresting people found with small amounts of cannabis from next month. "
    "Ray Dunmore, head of the officers' union, said his members wanted clear written orders from the commissioner. "
    "\"Anything less will leave our members blamed for a failed policy,\" Dunmore said in a statement. "
    "Arrests for small amounts have fallen because officers now issue tickets instead.\n")

# A court report: a relayed threat and a plan with its time.
_COURT = (
    "Man admits threatening to lure firefighters to a fake blaze\n\n"
    "Owen Castell, 41, of Brackley, admitted two charges at Norwich Crown Court on Thursday. "
    "He will be sentenced next month. "
    "Castell said he was going to report a fire at a farm so that crews would come to the yard, prosecutors said. "
    "He said he would then set fire to the barn with them inside. "
    "The farm's owner, Mia Holt, said she would sell the land next year.\n")


def _doc(text: str, title: str) -> Document:
    return annotate(Article(text=text, source=Source(title=title, date="2025-03-02",
                                                     url="https://example.com/news/story")))


def _texts(items: tuple[Item, ...]) -> list[str]:
    return [i.text for i in items]


def _sections(text: str) -> tuple[list[str], list[str], list[str], list[str]]:
    doc = _doc(text, text.split("\n", 1)[0])
    ctx = build_context(doc)
    positions = [f"{i.payload.stance}: {i.text}" for i in analyze_positions(doc, ctx)
                 if isinstance(i.payload, PositionInfo)]
    return (_texts(analyze_recommendations(doc, ctx)), _texts(analyze_outlook(doc, ctx)),
            _texts(analyze_analysis(doc, ctx)), positions)


def _has(items: list[str], words: str) -> bool:
    return any(words in i for i in items)


def test_hindsight_is_no_outlook() -> None:
    _, outlook, _, _ = _sections(_HISTORY)
    assert not _has(outlook, "Little did the council know")


def test_reported_plan_with_time_stays_outlook() -> None:
    _, outlook, _, _ = _sections(_HISTORY)
    assert _has(outlook, "open a second factory")


def test_past_view_taken_apart_is_no_outlook() -> None:
    _, outlook, _, _ = _sections(_ANALYSIS)
    assert not _has(outlook, "unrest would fade")
    assert _has(outlook, "harvest will ease")


def test_plain_past_belief_about_the_future_stays() -> None:
    text = ("Markets brace for a rate cut\n\n"
            "Traders said on Monday they believed the central bank would cut interest rates next month. "
            "Shares rose in early trading.\n")
    _, outlook, _, _ = _sections(text)
    assert _has(outlook, "would cut interest rates next month")


def test_need_in_a_because_clause_is_no_call() -> None:
    recs, _, _, _ = _sections(_AID)
    assert not _has(recs, "people need to see them")
    assert _has(recs, "Donors must send money now")


def test_bare_some_is_shown_with_its_noun_or_not_at_all() -> None:
    _, _, analysis, _ = _sections(_ANALYSIS)
    for item in analysis:
        if "Some left because" in item:
            assert "Several aid groups have left" in item
    assert _has(analysis, "rebels hold the only bridge")


def test_bare_anything_less_is_not_shown_alone() -> None:
    _, _, analysis, _ = _sections(_UNION)
    assert not any(item.lstrip("\"“").startswith("Anything less") for item in analysis)
    assert _has(analysis, "officers now issue tickets")


def test_relayed_threat_in_court_is_not_expected() -> None:
    _, _, _, positions = _sections(_COURT)
    assert not any("set fire to the barn" in p and p.startswith("predicts") for p in positions)


def test_plan_with_time_is_expected() -> None:
    _, _, _, positions = _sections(_COURT)
    assert any("sell the land next year" in p and p.startswith("predicts") for p in positions)


# An essay that mocks a firm's pre-disaster plan, then a plain forecast of its own.
_ESSAY = (
    "The dam that could not fail\n\n"
    "By Nora Quill\n\n"
    "Comment\n\n"
    "I have read the safety plan that Hollin Power filed before the dam at Carrow burst, and I confess I laughed. "
    "It reads like a comedy about pride, and frankly it is an insult to every family that lost a home. "
    "Even if the wall cracks, Hollin confidently predicts that, thanks to \"modern monitoring\", any flooding will be "
    "minor. "
    "Farmland downstream, meanwhile, \"would quickly recover within a season\". "
    "Hollin had even dared to imagine that it could keep the floods out of the national news. "
    "The valley, I fear, will take a generation to recover. "
    "In my view, we have been far too kind to the people who wrote that plan.\n")


def test_ironic_forecast_and_past_perfect_belief_are_no_outlook() -> None:
    _, outlook, _, _ = _sections(_ESSAY)
    assert not _has(outlook, "confidently predicts")
    assert not _has(outlook, "would quickly recover")
    assert not _has(outlook, "dared to imagine")
    assert _has(outlook, "take a generation to recover")


def _feature_recs(text: str) -> list[str]:
    """Recommendations of ``text`` read as a feature (the genre stage read Audit 37 #2's analysis so)."""
    from dataclasses import replace

    doc = _doc(text, text.split("\n", 1)[0])
    return _texts(analyze_recommendations(doc, replace(build_context(doc), genre="feature")))


_FEATURE = (
    "The long road back for Veldoria\n\n"
    "The fighting in Veldoria has now lasted two years, and the hill villages have borne the worst of it. "
    "Their schools have been closed since the spring. "
    "Any settlement must give the hill villages a say in who runs the police. "
    "Any deal must be approved by parliament, which votes next month. "
    "The army's supply lines were cut because the rebels hold the only bridge over the river.\n")


def test_writers_requirement_on_any_settlement_is_a_recommendation() -> None:
    recs = _feature_recs(_FEATURE)
    assert _has(recs, "Any settlement must give the hill villages a say")
    assert not _has(recs, "Any deal must be approved")  # a rule (passive), not the writer's prescription
