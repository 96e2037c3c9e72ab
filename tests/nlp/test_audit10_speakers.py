"""Audit 10's wrong-speaker patterns (section 11.4 pattern 2), on short articles written for these tests:

1. "X told NEWS's Anna Berg ... He said ...": the "he" is X, who was speaking, not the interviewer
   (the object of "told"); near-miss: a "he" after a sentence whose subject is the interviewer who
   speaks ("Berg said ...") stays hers.
2. "Rami's father says ...": the father is not the article's other Rami (a hospital chief); the
   speaker stays "Rami's father". Near-miss: "Rami says ..." goes to the named Rami.
3. "Protesters angry with Prime Minister X gathered ..., demanding the leader resign": the name the
   parser hung from the verb as a second subject is not the one who demands. An event ("The Varna
   bombing has added a new layer of risk") is no speaker, nor is a person named after a dash in another's
   words the speaker of the clause before it ("... is from that river — General Moss said the same thing").
4. "Mr Vardan has also pressed for ... to be recognised as '...'": the quotation is his.

Each case lists (a piece of the content, the speaker expected) or None for "no attribution there may name
this speaker". The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

CASES: list[tuple[str, str, str, str | None]] = [
    # 1. the interviewer of "told" is not the next "he"
    ("""Karim Nassar, a spokesman for the Reform Bloc, told WNN's Anna Berg that the party would not join any cabinet. He said that any negotiations would only start after the prime minister resigns.""",
     "any negotiations", "Karim Nassar", None),
    ("""Opposition leader Petra Lund told BBC's Tom Hale on Sunday that elections must come first. She said the vote should be held within six months.""",
     "the vote should be held", "Petra Lund", None),
    ("""The mayor, Hugo Brandt, told Channel 9's Sam Pryor the bridge would reopen in May. He said engineers had found no new cracks.""",
     "engineers had found", "Hugo Brandt", None),
    ("""Karim Nassar, a spokesman for the Reform Bloc, said to reporter Anna Berg that the party would wait. He added that talks were possible later.""",
     "talks were possible", "Karim Nassar", None),
    ("A spokesman for the Reform Bloc told WNN's Anna Berg that his party will not join any cabinet.\n\n"
     "He said that any negotiations should only start after Prime Minister Ivo Kral resigns.",
     "any negotiations", "spokesman for the Reform Bloc", "Anna Berg"),
    ("An aide to the governor told NBC's Lucy Marsh the budget was final.\n\nHe said no new taxes would be raised.",
     "no new taxes", "aide to the governor", "Lucy Marsh"),
    # near-miss: the interviewer speaks in the sentence before, so "she" is the interviewer
    ("""Karim Nassar spoke for an hour on Monday. WNN's Anna Berg said the interview was tense. She said Nassar refused to answer questions about money.""",
     "Nassar refused", "Anna Berg", None),
    # 2. a possessive-described speaker is not another person sharing the name
    ("""Dr. Rami Haddad, the head of the city hospital, said the wards were full. In one bed lay a boy named Rami, aged nine. Rami's father says the fighters should be punished.""",
     "the fighters should be punished", "Rami's father", "Rami Haddad"),
    ("""Dr. Lina Okafor, who runs the clinic, said supplies were short. A girl, Lina, was brought in at noon. Lina's mother said the family had walked for two days.""",
     "the family had walked", "Lina's mother", "Lina Okafor"),
    ("Dr. Rami Haddad, the head of the city hospital, said the wards were full.\n\nRami, 9, lost two fingers.\n\n"
     "His father vows revenge.\n\n\"The fighters should be punished,\" he says.",
     "The fighters should be punished", "father", "Rami Haddad"),
    ("Dr. Lina Okafor said supplies were short.\n\nLina, 7, was brought in at noon.\n\nHer mother wept.\n\n"
     "\"We walked for two days,\" she said.",
     "We walked for two days", "mother", "Lina Okafor"),
    # near-miss: a noun of the other gender is not the "he"
    ("Dr. Rami Haddad, the head of the city hospital, spoke at noon.\n\nHis wife stayed at home.\n\n"
     "\"The wards are full,\" he says.",
     "The wards are full", "Rami Haddad", "wife"),
    # near-miss: the name itself is the speaker
    ("""Dr. Rami Haddad, the head of the city hospital, spoke on Tuesday. Haddad says the wards were full.""",
     "the wards were full", "Rami Haddad", None),
    # 3. a preposition's object parsed as a second subject is not the one who demands
    ("Protesters in London angry with Prime Minister Ivo Kral gathered in Trafalgar Square on Friday, demanding "
     "the embattled leader resign.", "the embattled leader resign", "protesters", "Ivo Kral"),
    ("Farmers angry at Agriculture Minister Lena Dahl marched on Monday, demanding that the cuts be reversed.",
     "the cuts be reversed", "armers", None),
    # near-miss: a title and a name side by side are one subject
    ("CPUC President Marybel Batjer said the utility must pay for the damage.", "the utility must pay",
     "Marybel Batjer", None),
    ("The ministry added that the border would stay closed until June.", "the border would stay", "ministry", None),
    # near-miss: a quotation before a cue with an object stays the cue's
    ("Lena Dahl met farmers on Monday.\n\n\"We will not cut the subsidy this year,\" she told reporters.",
     "We will not cut", "Lena Dahl", None),
    # 4. "has also pressed for ... to be recognised as '...'"
    ("""Mr Vardan has also pressed for the council to be recognised as "the only lawful voice of the province". Other delegates were more cautious.""",
     "the only lawful voice", "Vardan", None),
]


def _speakers_of(text: str, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source()))
    return [a.speaker for a in attribute(doc).attributions
            if piece in text[a.content_start : a.content_end]]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_speaker_is_the_one_speaking(text: str, piece: str, expected: str, never: str | None) -> None:
    speakers = _speakers_of(text, piece)
    assert speakers, f"no attribution holds {piece!r}"
    assert any(s is not None and expected in s for s in speakers), speakers
    if never is not None:
        assert not any(s is not None and never in s for s in speakers), speakers


NOT_SPEECH: list[tuple[str, str]] = [
    ("Such a strike could have dramatic consequences.\n\nThe Varna bombing has thus added a new layer of risk "
     "to an already tense picture.", "a new layer of risk"),
    ("Ames: Yes. The guards caught them at the crossing. The only way our towns are going to be hurt is from that "
     "river — General Moss said the same thing. He said that is where the real danger lies.", "The only way"),
    ("Ames: That is how you know. The only way our towns will be hurt from that river — General Moss said the "
     "same thing.", "The only way"),
    ("Ames: That is how you know. The only way our towns will be hurt from that river — General Moss said the "
     "same thing.", "the same thing"),
    ("The storm added a foot of snow to the pass overnight.", "a foot of snow"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece"), NOT_SPEECH, ids=[f"thing{i}" for i in range(len(NOT_SPEECH))])
def test_a_thing_that_adds_is_no_speaker(text: str, piece: str) -> None:
    doc = annotate(Article(text=text, source=Source()))
    spoken = [a.speaker for a in attribute(doc).attributions
              if piece in text[a.content_start : a.content_end] and a.kind == "speech"]
    assert not spoken, spoken


@pytest.mark.slow
def test_a_pronoun_after_a_lone_name_tells_that_persons_gender() -> None:
    """The Newsroom wildfire brief (session 9's last reader check) gave a mayor's "she said" to a fire
    chief: nothing showed he was a man, though the sentence after the one naming him said "he said".
    A "he"/"she" subject right after a sentence naming one person now counts as a vote for that person."""
    text = ("\"We do not want visitors coming back yet,\" Kettering said. The town is still in \"grave danger,\" "
            "with two floods still rising nearby. \"I can see the water from my office,\" she said. The flood in "
            "Harlow rose another metre overnight, the river agency said. That rise, according to river warden Tom "
            "Baxley, came after the dam \"let go on Saturday.\" Officials still do not know what broke the dam, he "
            "said. Despite the damage, Kettering said things could be much worse. \"The shops are huge\" in Harlow, "
            "she said, but none of the shops have flooded.")
    speakers = _speakers_of(text, "The shops are huge")
    assert speakers and not any(s is not None and "Baxley" in s for s in speakers), speakers
