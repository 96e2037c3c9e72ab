"""Audit 35's misattributions (docs/audit.md 36.3-36.4), on short texts written for these tests:

1. A franchise or a work as the speaker: a name the tagger calls a person, used to qualify a common noun ("roles in
   the Star Voyage films"), is a title, so a later "she said" is not its.
2. The subject of a story as the speaker: "X, a researcher at Y, told the Times he believed Z was <alias>" then
   '"...," he said' is X's, not the person spoken about, even when the tagger mistypes X's name as a place.
3. A new speaker introduced with "But X, a professor at Y, disagrees" takes the "he said" that follows.
4. Footage, a video or a clip that "showed" something is evidence, not a voice.
5. The writer's own rebuttal after "X says ..., but this is ..." is not part of what X says.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from tests.nlp.test_speakers_audit20 import check_mouth  # one check of whose words they are

_FRANCHISE = (
    "Harbour Lights, the new drama by Ana Cole, drew 3.1 million viewers for its debut on Sunday.\n\n"
    "It stars Lena Brook as a retired detective who returns to her home town.\n\n"
    "The channel's average for the slot is 2.2 million.\n\n"
    "Writing on her website, the actress, who is 5ft 2in, called the role the best of her career, ahead of parts "
    "in Doctor Who and the James Bond films.\n\n"
    "\"Making the show was exhausting, but it was also a joy,\" she said.")

_SUBJECT_TAGGED = (
    "The gunman known as \"Butcher Bill,\" who has appeared in several execution videos, has been named as Karl "
    "Mertens by two newspapers.\n\n"
    "Mertens is believed to have left Belgium in 2013, the paper reported.\n\n"
    "Tariq Hassan, research director at the rights group Open Doors, which was in contact with Mertens before he "
    "left, told the Times he believed Mertens was Butcher Bill.\n\n"
    "\"The likeness was very strong,\" he said. \"It makes me fairly sure that this is the same man.\"")

_SUBJECT = _SUBJECT_TAGGED.replace("Tariq Hassan", "Imran Qadri")  # the tagger calls this name an organisation

_NEW_SPEAKER = (
    "Mark Hale, director of the Centre for Strategy, was gloomy about the campaign.\n\n"
    "\"This could go on for years,\" Hale said.\n\n"
    "It would be wrong, said Hale, to think the war would end with the leader's death.\n\n"
    "But Omar Saleh, a professor at Lakeside University, disagrees.\n\n"
    "\"The people can win this fight,\" said Saleh.\n\n"
    "Saleh said the bad news is that the alliance lacks a plan for the day after.\n\n"
    "Still, the government will fall, he said.")

_FOOTAGE = (
    "Two groups of supporters fought in the stands after the final whistle on Sunday.\n\n"
    "Footage on Spanish media showed the supporters, wearing the home side's red scarves, running at each other. "
    "It was not clear how the fighting had begun.")

_REBUTTAL = (
    "Northwind Oil has set aside $3bn for the clean-up, but senators want a fund of $15bn.\n\n"
    "Northwind says nothing has changed to justify a $15bn fund, but this is misleading. The spill has grown "
    "every week since April.")

CASES = [
    (_FRANCHISE, "Making the show was exhausting", None, ("Doctor Who", "James Bond", "Bond")),
    (_SUBJECT_TAGGED, "The likeness was very strong", "Hassan", ("Bill", "Mertens")),
    (_SUBJECT, "The likeness was very strong", None, ("Bill", "Mertens")),
    (_SUBJECT, "fairly sure that this is the same man", None, ("Bill", "Mertens")),
    (_NEW_SPEAKER, "the government will fall", "Saleh", ("Hale",)),
    (_NEW_SPEAKER, "The people can win this fight", "Saleh", ("Hale",)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_words_are_in_the_right_mouth(text: str, piece: str, expected: str | None,
                                          never: tuple[str, ...]) -> None:
    """Each statement has its own speaker, never a title, the person spoken about or the previous analyst."""
    check_mouth(text, piece, expected, never)


@pytest.mark.slow
def test_footage_is_no_voice() -> None:
    """'Footage ... showed' is evidence the writer reports: the sentence is the writer's, with no speaker."""
    doc = annotate(Article(text=_FOOTAGE, source=Source()))
    result = attribute(doc)
    sentence = next(s for s in doc.sentences if "Footage" in s.text)
    assert result.voice_of(sentence.index).speaker is None
    assert not any(a.speaker and "footage" in a.speaker.lower() for a in result.attributions)


@pytest.mark.slow
def test_writers_rebuttal_is_not_the_company_s() -> None:
    """'X says ..., but this is misleading': the verdict after "but this is" is the writer's, not X's."""
    doc = annotate(Article(text=_REBUTTAL, source=Source()))
    result = attribute(doc)
    start = _REBUTTAL.index("but this is misleading")
    assert not any(a.content_start <= start < a.content_end and a.speaker for a in result.attributions)


def _quote_speakers(text: str) -> dict[str, str | None]:
    from newsbrief.models import QuoteInfo
    from newsbrief.pipeline import brief_article
    from newsbrief.settings import Settings

    brief = brief_article(Article(text=text, source=Source()), Settings())
    section = brief.section("quotes")
    return {item.text: item.payload.speaker for item in (section.items if section is not None else ())
            if isinstance(item.payload, QuoteInfo)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "never"), [
    (_FRANCHISE, "Making the show", ("Who", "Bond")),
    (_SUBJECT, "The likeness was very strong", ("Bill", "Mertens")),
    (_SUBJECT, "fairly sure", ("Bill", "Mertens")),
], ids=["franchise", "subject", "subject-second"])
def test_quotes_section_speaker(text: str, words: str, never: tuple[str, ...]) -> None:
    """The Quotes section shows the words under their speaker or not at all: never a title or the person spoken about."""
    quotes = _quote_speakers(text)
    speakers = [speaker for quote, speaker in quotes.items() if words in quote]
    assert not any(s and any(n.lower() in s.lower() for n in never) for s in speakers), quotes
