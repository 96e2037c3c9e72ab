"""Recommendations misread by session 18's rules (round 4, Audit 30 31.4 pattern 4): labelled cases, each a short
article written for this test.

- A hardship told with "must" ("People here must live with the smoke every day", "Families must walk miles for
  water") describes what the affected suffer, not a call; "The company must clean up the creeks" (an actor who
  should act) stays a call.
- An analyst's reading of why officials say something ("speak of a civil war because it allows them to argue that
  the West should stay out") is an interpretation, not a recommendation.
- A passive call in a campaigner's closing quote ("They must be taken to court," said X) is a recommendation.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

_BODY = ("Oil spills have fouled the creeks of the delta for decades, villagers and campaigners say. "
         "The region produces most of the country's crude, but many of its towns have no clean water. "
         "A report last year found the soil around several wells was badly contaminated.\n\n")


def _doc(text: str) -> Document:
    return annotate(Article(text=_BODY + text, source=Source(title="Delta villagers count the cost of oil",
                                                             date="2025-03-10",
                                                             url="https://example.com/news/story")))


def _calls(text: str) -> list[str]:
    doc = _doc(text)
    return [i.text for i in analyze_recommendations(doc, build_context(doc))]


def _called(text: str, words: str) -> bool:
    return any(words in item for item in _calls(text))


# 1: a hardship with "must" is no call; an actor's duty is.
def test_people_must_live_with_the_pollution_is_a_complaint() -> None:
    assert not _called('"People here must live with the pollution every day," said Ada Okon, a fisherman.\n\n'
                       "She said her catch had fallen by half in ten years.", "must live")


def test_families_must_walk_miles_is_a_hardship() -> None:
    assert not _called("Families must walk miles for clean water, said James Ikwe, a village elder.\n\n"
                       "The nearest working borehole is in the next town, he said.", "must walk")


def test_we_must_endure_the_smoke_is_a_hardship() -> None:
    assert not _called('"We must endure the smoke from the flares every night," said Grace Abang, a '
                       "mother of four.\n\nHer children cough through the dry season, she said.", "must endure")


def test_residents_have_to_cope_without_power_is_a_hardship() -> None:
    assert not _called("Residents have to cope without power for days at a time, according to Paul Edet, who runs "
                       "a shop in the town.\n\nHe said the generator costs more than his rent.", "cope without")


def test_the_company_must_clean_up_the_creeks_stays_a_call() -> None:  # near miss
    assert _called('"The company must clean up the creeks and pay the fishermen," said Ada Okon, a campaigner.'
                   "\n\nShe said the spills had gone on for too long.", "must clean up")


def test_we_must_stop_the_flaring_stays_a_call() -> None:  # near miss: "we" who act
    assert _called('"We must stop the flaring before another child falls ill," said Grace Abang, who leads a '
                   "local campaign.\n\nHer group has written to the state governor.", "must stop")


def test_people_must_walk_on_the_path_stays_a_call() -> None:  # near miss: a rule, no length of hardship
    assert _called('"People must walk on the marked path and keep away from the wells," said Ada Okon, a safety '
                   "officer.\n\nShe said two people had been burned last month.", "must walk on")


# 2: an analyst's reading of officials' motives is no call.
def test_a_reading_of_why_officials_speak_is_no_call() -> None:
    assert not _called("Fawaz Ibrahim, a professor at the London School of Economics, says Western officials speak "
                       "of a civil war because it would allow them to argue that outsiders should stay out of the "
                       "fighting.\n\nThe government denies targeting civilians.", "should stay out")


def test_a_reading_of_motive_with_must_is_no_call() -> None:
    assert not _called("Ibrahim says the ministers talk about terrorism because it lets them claim that the army "
                       "must be given a free hand.\n\nThe army has not commented.", "free hand")


def test_an_analysts_own_call_stays() -> None:  # near miss
    assert _called("Fawaz Ibrahim, a professor at the London School of Economics, says Western governments should "
                   "press both sides to agree a ceasefire.\n\nThe government denies targeting civilians.",
                   "should press")


# 3: a passive call in a closing quote is a call, with its speaker.
def test_they_must_be_taken_to_court_is_a_call() -> None:
    text = ("Campaigners say the companies have ignored the damage for years.\n\n"
            '"They have poisoned our rivers and our land. They must be taken to the international court of '
            'justice," said Nnamdi Bassey, who chairs an environmental group.')
    assert _called(text, "must be taken to the international court")


def test_a_closing_quote_after_its_speaker_is_his_call() -> None:
    # the speaker named in the paragraph before the quotation (the audit's shape): the call is recognised and is his
    doc = _doc("Nnamdi Bassey, who chairs an environmental group, said the firms had broken the law for years.\n\n"
               '"They are now clearly a danger to the planet. They must be taken to the international court of '
               'justice."')
    ctx = build_context(doc)
    calls = [(i.text, ctx.voice_of(next(s.index for s in doc.sentences if s.id == i.citations[0].sentence_id)))
             for i in analyze_recommendations(doc, ctx)]
    assert [(text[:25], voice.speaker) for text, voice in calls] == [("They must be taken to the", "Nnamdi Bassey")]
