"""Outlook and Recommendations items misfiled on main b9ec5c4 (session 23 round 2, reader Audit 38, docs/audit.md
39.4 items 2 and 4): labelled cases, each a short article written for this test.

- Outlook: a character sketch whose only forward word is a plan it is famous for ("is known for ... his plan to
  ..."), a past complaint about a payoff someone "expected", a hope the same sentence reports dashed ("hope they
  will come back ... the boats do not come back"), a writer weighing past evidence ("More telling, perhaps, may be
  an interview given on 3 March"), and a hedge cut before its reason ("... may not be cholera since:").
- Recommendations: a poll's finding ("a survey finds that 61 percent think the city should ...") reports what
  people think; it urges no one.

Near misses keep real items: a plan with its time, a hope with no outcome told, a forecast with its reason, a
call a group makes.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate

# A first-person recollection of a ruler, with a sketch and a past complaint.
_MEMOIR = (
    "My afternoons with the general\n\n"
    "By Tom Avery\n\n"
    "I first met General Oskar Varn in his desert tent in 2006, when his country was coming in from the cold. "
    "Varn is known for his flamboyant uniforms, his pet leopards and strange schemes such as his plan to move the "
    "capital onto a ship. "
    "He spoke for two hours and served us sweet tea. "
    "Varn told me he was bitter that his country never received the investment it expected from Europe. "
    "The finance minister said the government would open talks with European banks next spring.\n")

# A dispatch from a flooded valley: a hope the same sentence reports dashed, and a hope left open.
_VALLEY = (
    "Waiting for the boats in Lower Tesh\n\n"
    "The water in Lower Tesh has risen above the first floors of the houses. "
    "The villagers hope the rescue boats will come back in the morning, and there are reports that a family is "
    "still trapped on a roof, but when the morning comes the boats do not come back. "
    "In the next valley, farmers hope the army will reopen the mountain road before the harvest.\n")

# A correspondent's analysis weighing past evidence, then a forecast.
_EVIDENCE = (
    "Analysis: does Marovia arm the rebels?\n\n"
    "By our defence correspondent\n\n"
    "Marovia has always denied sending weapons to the rebels in the south. "
    "Crates with Marovian markings were found near the border in January. "
    "More telling, perhaps, may be an interview given by the deputy defence minister, Lev Arkin, to a state "
    "newspaper on 3 March 2019. "
    "He said his country had helped its friends with advice. "
    "Diplomats expect the Security Council to debate the matter again in the autumn.\n")

# A blog post with a hedge cut before its list of reasons.
_HEDGE = (
    "Is there really an outbreak in Dalmar?\n\n"
    "Reports of a mystery illness in Dalmar have spread quickly online this week. "
    "If there is an illness spreading fast in Dalmar it may not necessarily be cholera since:\n\n"
    "The city's hospitals report no cases of severe diarrhoea.\n\n"
    "Doctors say the symptoms fit a seasonal flu.\n\n"
    "The health ministry expects to publish test results next week because samples were sent abroad.\n")

# An analysis of a city's options, with a poll and a group's call.
_OPTIONS = (
    "Analysis: what Harlow can do about its bus fares\n\n"
    "By Mara Quint\n\n"
    "Harlow's bus fares have doubled in five years. "
    "A new Civic Institute survey finds that 61 percent of residents think the city should not subsidise the "
    "buses. "
    "The riders' union urged the council to freeze fares until the new depot opens. "
    "The council could sell the depot land to pay for a fare cap.\n")


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title=text.split("\n", 1)[0], date="2019-06-08",
                                                     url="https://example.com/news/story")))


def _texts(items: tuple[Item, ...]) -> list[str]:
    return [i.text for i in items]


def _outlook(text: str) -> list[str]:
    doc = _doc(text)
    return _texts(analyze_outlook(doc, build_context(doc)))


def _recs(text: str) -> list[str]:
    doc = _doc(text)
    return _texts(analyze_recommendations(doc, build_context(doc)))


def _has(items: list[str], words: str) -> bool:
    return any(words in i for i in items)


def test_character_sketch_is_no_outlook() -> None:
    assert not _has(_outlook(_MEMOIR), "known for his flamboyant uniforms")


def test_past_complaint_about_an_expected_payoff_is_no_outlook() -> None:
    assert not _has(_outlook(_MEMOIR), "investment it expected")


def test_plan_with_its_time_stays_outlook() -> None:
    assert _has(_outlook(_MEMOIR), "open talks with European banks")


def test_hope_the_sentence_reports_dashed_is_no_outlook() -> None:
    assert not _has(_outlook(_VALLEY), "boats will come back")


def test_open_hope_stays_outlook() -> None:
    assert _has(_outlook(_VALLEY), "reopen the mountain road")


def test_weighing_past_evidence_is_no_outlook() -> None:
    assert not _has(_outlook(_EVIDENCE), "More telling, perhaps")


def test_forecast_beside_weighed_evidence_stays() -> None:
    assert _has(_outlook(_EVIDENCE), "debate the matter again")


def test_hedge_cut_before_its_reason_is_no_outlook() -> None:
    assert not _has(_outlook(_HEDGE), "may not necessarily be cholera")


def test_poll_finding_is_no_recommendation() -> None:
    assert not _has(_recs(_OPTIONS), "percent of residents think")


def test_groups_call_stays_recommendation() -> None:
    assert _has(_recs(_OPTIONS), "urged the council to freeze fares")


def test_forecast_cut_before_its_reason_stays() -> None:
    text = ("Can the junta hold Dalmar?\n\n"
            "Protests in Dalmar have grown every week since the spring. "
            "Whatever happens in the capital, the junta will be forced to share power with the provinces since:\n\n"
            "The army's pay is months late.\n")
    assert _has(_outlook(text), "junta will be forced to share power")


def _analysis(text: str) -> list[str]:
    from newsbrief.analyze.classify import analyze_analysis

    doc = _doc(text)
    return _texts(analyze_analysis(doc, build_context(doc)))


# A recollection whose "it was because" leans on the sentence before.
_PAYOFF = (
    "What the general wanted\n\n"
    "By Tom Avery\n\n"
    "In 2006 General Oskar Varn had opened his ports to foreign ships and freed his political prisoners. "
    "He complained to me that his country never received the trade deals he had been promised. "
    "In part it was because the European Commission had turned its attention to the crisis in its banks. "
    "He spent the rest of the evening talking about camels.\n")

# A column's advice, explained by what a word means.
_ADVICE = (
    "What the senator should say about the drought\n\n"
    "By Lena Ford\n\n"
    "The senator will face questions about the drought on every stop of her tour. "
    "When asked what to do about the reservoirs, she should give the plain answer: the right policy is to wait. "
    "That's because \"waiting\" really means planning for the next dry year. "
    "The reservoirs fell to a third of capacity because the spring rains failed.\n")


def test_it_was_because_is_shown_with_what_it_explains() -> None:
    for item in _analysis(_PAYOFF):
        if "it was because" in item:
            assert "never received the trade deals" in item


def test_pointer_after_advice_explaining_a_word_is_no_cause() -> None:
    analysis = _analysis(_ADVICE)
    assert not _has(analysis, "really means planning")
    assert _has(analysis, "spring rains failed")
