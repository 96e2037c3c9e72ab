"""Speech cues a reader reads as attribution though no "X said that ..." frames the words: a cue set
inside the clause it reports ("In his state, Christie said, ...") and an as-clause ("as one aide put
it", "as the mayor noted"). Articles written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Attributions, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

STADIUM = """Council leader Tom Brandt opened the debate on Tuesday. The project, as one council aide put it, is "a bet the town cannot afford to lose." He said the vote had been closer than the tally suggested.

As Mayor Lena Ortiz noted, the stadium will be finished before the next election. The deal is a gamble for the town, as she told reporters on Monday.

In her view, Ortiz said, the club will pay back the loan within ten years. If the club moves away, the council said, the town will sell the land.

As soon as Brandt said the vote was over, the crowd left the hall. The band played as the mayor spoke to the press."""


@pytest.fixture(scope="module")
def stadium() -> tuple[Document, Attributions]:
    doc = annotate(Article(text=STADIUM, source=Source()))
    return doc, attribute(doc)


def _voice(found: tuple[Document, Attributions], words: str) -> tuple[str, str | None, str]:
    doc, attributions = found
    sentence = next(s for s in doc.sentences if words in s.text)
    v = attributions.voice_of(sentence.index)
    return v.voice, v.speaker, v.stance


def _content(found: tuple[Document, Attributions], words: str) -> str:
    doc, attributions = found
    text = doc.article.text
    return next(text[a.content_start : a.content_end] for a in attributions.attributions
                if words in text[a.content_start : a.content_end])


def test_as_someone_put_it_makes_the_clause_theirs(stadium: tuple[Document, Attributions]) -> None:
    assert _voice(stadium, "as one council aide put it")[:2] == ("unnamed", "one council aide")
    assert "afford to lose" in _content(stadium, "The project")


def test_he_after_an_unnamed_speaker_is_that_speaker_not_the_last_name(
        stadium: tuple[Document, Attributions]) -> None:
    assert _voice(stadium, "He said the vote had been closer")[:2] == ("unnamed", "one council aide")


def test_as_someone_noted_or_told_reporters(stadium: tuple[Document, Attributions]) -> None:
    assert _voice(stadium, "As Mayor Lena Ortiz noted") == ("person", "Lena Ortiz", "predicts")
    assert _content(stadium, "the stadium will be finished") == "the stadium will be finished before the next election"
    assert _voice(stadium, "as she told reporters")[:2] == ("person", "Lena Ortiz")
    assert _content(stadium, "The deal is a gamble") == "The deal is a gamble for the town"


def test_a_cue_set_inside_the_clause_it_reports_owns_the_whole_clause(stadium: tuple[Document, Attributions]) -> None:
    assert _voice(stadium, "In her view, Ortiz said")[:2] == ("person", "Lena Ortiz")
    assert "pay back the loan within ten years" in _content(stadium, "In her view")
    assert _voice(stadium, "the council said, the town will sell")[:2] == ("organisation", "the council")
    assert "the town will sell the land" in _content(stadium, "If the club moves away")


def test_as_soon_as_and_a_time_clause_are_not_attribution(stadium: tuple[Document, Attributions]) -> None:
    assert _voice(stadium, "the crowd left the hall")[0] == "reporter"
    assert _voice(stadium, "The band played")[0] == "reporter"


def test_a_cue_that_also_makes_things_says_nothing_with_only_an_object() -> None:
    text = ("Ortiz has written six novels about the town. Ortiz wrote that the club had \"no plan at all\" "
            "for the land. She posted a video of the march. Later that night Ortiz wrote: Thank you all for "
            "coming.")
    doc = annotate(Article(text=text, source=Source()))
    found = attribute(doc)
    assert found.voice_of(0).voice == "reporter" and found.voice_of(2).voice == "reporter"
    assert found.voice_of(1).voice == "person" and found.voice_of(3).voice == "person"


def test_an_as_clause_before_a_quotation_gives_the_quotation_and_a_friend_is_a_source() -> None:
    text = ("Fans camped outside the stadium, vowing to stay until, as one fan put it, \"the club listens to "
            "the people who pay for it.\" One irony, as a friend of the mayor put it, is that the mayor never "
            "liked football.")
    doc = annotate(Article(text=text, source=Source()))
    found = attribute(doc)
    quote = next(a for a in found.attributions if a.speaker == "one fan")
    assert text[quote.content_start : quote.content_end].startswith("\"the club listens")
    assert found.voice_of(1).voice == "unnamed" and (found.voice_of(1).speaker or "").startswith("a friend")
