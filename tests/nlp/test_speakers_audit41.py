"""Misattribution after reader Audit 41 (section 42.3, #1), on short texts written for these tests:

1. "the spokesman said" means the spokesman the text brought in last: after "a foreign ministry spokesman
   would not confirm it", it is that unnamed spokesman, not a named government spokesman of paragraphs before.
2. A "he said" after a paragraph that names no one goes to the named subject of the sentence before it ("rebel
   leader X set out terms for a truce with President Y's troops"), not to the person named only as a
   possessor ("Y's troops").

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.transcript import transcript_turns
from tests.nlp.test_session12_speakers2 import check_speaker

_TRUCE = (
    "Fighting continued in Ruritania on Tuesday as peace offers came from several sides.\n\n"
    "In the northern city of Arlen, rebel leader Tomas Brevik set out terms for a truce with President Karl "
    "Vost's troops.\n\n"
    "Among them were the withdrawal of militias from the southern towns and the release of prisoners.\n\n"
    "But in the end, he said, the rebels' aim remains the removal of the government.\n\n"
    "Meanwhile in the capital, government spokesman Peter Lund told reporters that the rebels were not serious "
    "about a truce.\n\n"
    "\"We will not give up our towns,\" he said.\n\n"
    "Asked about a newspaper report of secret talks, a Danish foreign ministry spokesman would neither confirm "
    "nor deny it.\n\n"
    "\"We do not comment on our contacts with Ruritanian officials,\" the spokesman said.\n\n"
    "\"In every contact we have, we say clearly that Vost must leave.\"\n\n"
    "Lund said he did not know about any talks."
)

_LAWYERS = (
    "Company lawyer Ben Ortiz said the firm had done nothing wrong.\n\n"
    "The hearing was adjourned until March after the judge fell ill.\n\n"
    "Outside the court, a lawyer for the workers' union said the delay was unfair.\n\n"
    "\"Our members have waited three years for this,\" the lawyer said."
)

_UNION = (
    "At a rally in Dorran, union leader Maria Costa set out demands for an end to Governor Helen Price's budget "
    "cuts.\n\n"
    "They included pay rises for nurses and the reopening of two clinics.\n\n"
    "But above all, she said, the union wants every cut reversed before the summer."
)

CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. the spokesman brought in last
    (_TRUCE, "do not comment on our contacts", None, ("Peter Lund", "Lund")),
    (_TRUCE, "Vost must leave", None, ("Peter Lund", "Lund")),
    (_LAWYERS, "waited three years", None, ("Ben Ortiz", "Ortiz")),
    # near-miss: no other spokesman between, "the spokesman" is the named one
    ("Government spokesman Peter Lund told reporters the talks had failed.\n\n"
     "\"We will not give up our towns,\" the spokesman said.", "give up our towns", "Lund", ()),
    # 2. the subject, not the possessor
    (_TRUCE, "the rebels' aim remains", "Brevik", ("Karl Vost", "Vost")),
    (_UNION, "every cut reversed", "Costa", ("Helen Price", "Price")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"a41_{i}" for i in range(len(CASES))])
def test_speaker_is_the_one_brought_in_last(text: str, piece: str, expected: str | None,
                                            never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)


# 3. A phrase the writer quotes inside a sentence of narration is not the words of a person who speaks in a
# longer sentence after it (Audit 41 #10: a company's claim for its process went to a blogger quoted next).
_STEEL = (
    "Varna has not said what its new pan will cost. Retail analyst Mia Kurtz told the Trade Gazette that it "
    "would sell for around $300.\n\n"
    "Loren Brandt, who runs the industry blog Mill Notes, says Varna adopted the trade's own terms for the "
    "new pan.\n\n"
    "The current price of steel is $800 a tonne. That is not counting the special process Varna's own "
    "engineers devised to make steel that is \"three times as strong as normal cookware steel.\" Brandt says "
    "Varna has cheaper plants in Korea than its European rivals, but steel is steel and it costs money anywhere."
)

FRAGMENTS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_STEEL, "three times as strong", None, ("Loren Brandt", "Brandt")),
    # near-miss: a quotation that is the whole sentence goes to the named person who speaks just after
    ("The flood reached the high street on Sunday night.\n\n"
     "\"We waited a whole year for the board to act on the drains.\" Ana Mendes, whose bakery on Mill Lane was destroyed, said "
     "the board ignored every warning it was given.", "waited a whole year", "Mendes", ()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), FRAGMENTS,
                         ids=[f"a41_fragment{i}" for i in range(len(FRAGMENTS))])
def test_a_phrase_quoted_in_narration_is_not_the_next_speakers(text: str, piece: str, expected: str | None,
                                                               never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)


# 4. A question-and-answer interview by email, its interviewee named once and some answers
# labelled "Name:"; the answers are the interviewee's (Audit 41 #6: eight answers printed with no speaker).
_INTERVIEW = (
    "A Valdorian opposition supporter warns that strikes could lead to a crackdown\n\n"
    "(Wire) -- A supporter of Valdoria's opposition has warned that continued strikes could bring a crackdown.\n\n"
    "The man, a 41-year-old teacher in the capital, gave the warning in emailed answers to questions put to him "
    "by the Wire. He asked that we call him Teodor.\n\n"
    "What does the opposition want from the government?\n\n"
    "Teodor: I do not support more strikes.\n\n"
    "The army will not back down and will arrest as many people as it needs to stay in charge.\n\n"
    "Who leads the opposition?\n\n"
    "Teodor: To me no one leads it yet."
)


@pytest.mark.slow
def test_an_interviews_answers_are_the_interviewees() -> None:
    doc = annotate(Article(text=_INTERVIEW, source=Source()))
    turns = transcript_turns(doc)
    answer = next(s for s in doc.sentences if "will arrest as many people" in s.text)
    question = next(s for s in doc.sentences if s.text.startswith("Who leads"))
    assert turns.get(answer.index) == "Teodor", turns
    assert turns.get(question.index) is None and question.index in turns, turns  # the question is no one's answer
