"""Audit 11's wrong-speaker patterns (section 12.4 pattern 2), on short articles written for these tests:

1. A function word made the speaker: the relative pronoun of "..., which said: '...'" (the speaker is the
   noun the clause hangs from), and a sentence adverb read as a round-up header's name ("So, Dr X said:"
   is a sentence, not a "NAME, role:" header). Near-miss: a real round-up keeps its headers.
2. "He stressed / she added" after a sentence whose subject is an unnamed person ("A senior diplomat
   briefed reporters") or a named person other than the last speaker: the pronoun is the paragraph's
   subject, not the nearest earlier named speaker. Near-miss: with no other subject the last speaker stays.
3. A phrase a commentator quotes from another ("X tweets: ..., Moss slams it, says if ... 'our schools will
   close'") is the other's (the innermost speech cue over it). Near-miss: the commentator's own quoted words.

Each case lists (text, a piece of the content, the speaker expected, a speaker that must never hold it).
The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.quotes import find_quotes
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from tests.nlp.test_audit10_speakers import _speakers_of

CASES: list[tuple[str, str, str, str | None]] = [
    # 1. a relative pronoun is no speaker: the noun it stands for is
    ('The footage was released on Thursday by the Harbour Safety Office, which said: "This clip shows the '
     'smaller of the two cracks in the hull."', "This clip shows", "Harbour Safety Office", "which"),
    ('The figures came in a note from the Grain Council, which said: "Stocks are at their lowest in a decade."',
     "Stocks are at their lowest", "Grain Council", "which"),
    ('The plan was drawn up by Dr Ines Varga, who said: "Nobody will lose a job because of this."',
     "Nobody will lose a job", "Ines Varga", "who"),
    # near-miss: a plain subject stays
    ('The Harbour Safety Office said: "This clip shows the smaller of the two cracks in the hull."',
     "This clip shows", "Harbour Safety Office", None),
    # 2. an unnamed person as the last subject holds the "he"
    ("Defence chief Lars Holm said the alliance would take over the patrols on Friday.\n\n\"We are ready,\" Holm "
     "said.\n\nA senior European diplomat briefed reporters soon after the vote.\n\nHe stressed the patrols are "
     "meant to protect fishermen and did not rule out boarding ships that fire on boats.",
     "did not rule out", "diplomat", "Lars Holm"),
    ("Mayor Anna Vik said the dam would hold.\n\n\"There is no danger,\" Vik said.\n\nA regional water official "
     "spoke to reporters an hour later.\n\nHe warned the river could rise another metre overnight.",
     "the river could rise", "official", "Anna Vik"),
    # 2. a named subject of the sentence before holds the "she"/"he", not the last speaker
    ("Nadia Rahimi, a historian at Leiden University, said the region was at a turning point.\n\nThe militias "
     "have bullied villagers for years, Rahimi said.\n\nOmar Feld, a fellow at the Aspen Forum, said the army "
     "will stand behind the president.\n\nAnd the cleric has shown no sign of dropping him, Feld said.\n\n"
     "Rahimi doesn't expect the regime to allow big marches, but she believes change will come.\n\n"
     "The country also must fix its broken banks, she added.",
     "fix its broken banks", "Nadia Rahimi", "Omar Feld"),
    ("Nadia Rahimi, a historian at Leiden University, said the region was at a turning point.\n\nThe militias "
     "have bullied villagers for years, Rahimi said.\n\nOmar Feld, a fellow at the Aspen Forum, said the army "
     "will stand behind the president.\n\nAnd the cleric has shown no sign of dropping him, Feld said.\n\n"
     "Rahimi doesn't expect the regime to allow big marches, but she believes change will come.",
     "change will come", "Nadia Rahimi", "Omar Feld"),
    # near-miss: the last speaker is the subject before
    ("Tomas Berg, a fellow at the Oslo Institute, said the army would stay loyal.\n\nKarl Witte, a professor at "
     "Bonn University, said the protests would grow.\n\nWitte doesn't expect the regime to fall soon, but he "
     "believes reform is coming.\n\nThe country also must fix its banks, he added.",
     "must fix its banks", "Karl Witte", "Tomas Berg"),
    # 3. a phrase a commentator quotes from another is the other's: the innermost cue over it speaks
    ('Blogger Tim Cole tweets: On CNN, Moss slams the budget, says if it passes "our schools will close," '
     '"caving" to the banks.', "our schools will close", "Moss", "Tim Cole"),
    # near-miss: a commentator's own quoted words stay the commentator's
    ('Ray Dunn said the plan "will not survive the winter."', "will not survive", "Ray Dunn", None),
    ('Blogger Tim Cole tweets: the budget is "a gift to the banks," and nobody in the council objects.',
     "a gift to the banks", "Tim Cole", None),
    # near-miss: a "he" straight after a named speaker stays his
    ("Defence chief Lars Holm said the alliance would take over the patrols on Friday.\n\nHe stressed the "
     "patrols are meant to protect fishermen.", "meant to protect fishermen", "Lars Holm", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_speaker_is_the_one_speaking(text: str, piece: str, expected: str, never: str | None) -> None:
    speakers = _speakers_of(text, piece)
    assert speakers, f"no attribution holds {piece!r}"
    assert any(s is not None and expected in s for s in speakers), speakers
    if never is not None:
        assert not any(s is not None and (s == never or never in s.split() or never in s) for s in speakers), speakers


_ADVERB_HEADERS = [
    # a sentence opening on an adverb and a speech verb before a colon is not a "NAME, role:" header
    "Sir Malcolm Reed, a former ambassador to Canada, said the mood in Ottawa had turned.\n\nAnd he pointed out: "
    "\"The mill is vital.\"\n\nSo, Sir Malcolm said: \"The mill is a pretty vital Canadian interest\".\n\n"
    "Still, Sir Malcolm added: \"Nobody wants a fight.\"\n\nAbout 40% of the mill's shares are held abroad.\n\n"
    "A search of local papers found no suggestion that foreigners were to blame.\n\nThe premier is expected to "
    "raise the matter with the president this weekend.",
    "The council met on Monday.\n\nNow, the mayor said: \"We will rebuild.\"\n\nYet, the governor warned: "
    "\"The money is not there.\"\n\nThe river fell by a metre overnight.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", _ADVERB_HEADERS, ids=["so-still", "now-yet"])
def test_a_sentence_adverb_is_no_speaker(text: str) -> None:
    doc = annotate(Article(text=text, source=Source()))
    result = attribute(doc)
    markers = {"So", "Still", "Now", "Yet", "And", "But", "Then", "Also", "Which", "Who"}
    named = [a.speaker for a in result.attributions] + [v.speaker for v in result.voices]
    assert not any(s in markers for s in named), named
    # the writer's own figure is not given to the ambassador's header either
    last = doc.sentences[-1].index
    assert all(v.voice == "reporter" for v in result.voices if v.sentence == last), result.voices


@pytest.mark.slow
def test_a_real_round_up_keeps_its_headers() -> None:
    text = ("Experts react to the budget.\n\nJANE DOE, fellow at the Hale Institute:\n\nThe cuts are deep but "
            "fair.\n\nTOM RAY, economist at Bay Bank:\n\nThe cuts will slow growth next year.")
    doc = annotate(Article(text=text, source=Source()))
    speakers = {v.speaker for v in attribute(doc).voices}
    assert {"Jane Doe", "Tom Ray"} <= speakers, speakers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ('The footage was released on Thursday by the Harbour Safety Office, which said: "This clip shows the '
     'smaller of the two cracks in the hull."', "Harbour Safety Office"),
    ('The figures came in a note from the Grain Council, which said: "Stocks are at their lowest in a decade."',
     "Grain Council"),
])
def test_a_quotes_relative_pronoun_names_its_noun(text: str, expected: str) -> None:
    """The brief's quote list names the noun a "which said:" clause hangs from, never the pronoun."""
    doc = annotate(Article(text=text, source=Source()))
    assert [q.speaker for q in find_quotes(doc, [])] == [expected]
