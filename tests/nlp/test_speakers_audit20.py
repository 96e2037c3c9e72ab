"""Audit 20's misattributions (docs/audit.md 21.3 "Misattributed", 21.4 item 1), on short texts written for these tests:

1. A readers' Q&A: each reader's question is signed by a line of its own ("Tom Price, Leeds") and the expert
   named in the introduction ("Dr Helen Marsh, editor of ..., answers your questions") answers in the
   paragraphs after it. The answers are the expert's (or at least no reader's); the question is its
   reader's. Near-misses: a "Q:"/"A:" interview keeps its answerer, and a round-up of readers' own
   comments (no questions) keeps each reader's words hers.
2. A live page: a host who "spoke with" someone is never the speaker of the interviewee's words, and a
   leader's speech relayed on the page stays the leader's; a reporter's own observation is not given
   to the officials he mentions. Near-miss: the host's own question stays the host's.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

_QA_AFTER = (
    "Measles outbreak: your questions answered\n\n"
    "Cases of measles have risen to 340 in the region, health officials said on Friday. Dr Helen Marsh, editor "
    "of the Journal of Child Health, answers your questions.\n\n"
    "Should I keep my children home from school until the outbreak is over?\n\n"
    "Tom Price, Leeds\n\n"
    "Dr Marsh: Children who have had both doses of the vaccine are well protected. Keeping them at home is not "
    "necessary unless they feel unwell.\n\n"
    "Is it true that the vaccine wears off after ten years? My doctor never mentioned a booster.\n\n"
    "Priya Shah, Cardiff, UK\n\n"
    "There is no evidence that protection fades in that time. Adults who were vaccinated as children do not "
    "need a booster.\n\n"
    "Parents should check their children's records with their doctor.\n\n"
    "Can adults catch measles twice?\n\n"
    "Amy Lowe, Bristol\n\n"
    "It is very rare. One infection usually gives protection for life.")

_QA_BEFORE = (
    "Heatwave: our expert answers your questions\n\n"
    "Temperatures are expected to pass 38C this week. Our health correspondent answered readers' questions.\n\n"
    "Carl Moss, Hull\n\n"
    "I work outdoors all day. How much water should I drink?\n\n"
    "Adults working in the heat should drink about a litre an hour and rest in the shade when they can.\n\n"
    "Nina Ford, Exeter\n\n"
    "Are fans safe to use when the room is very hot?\n\n"
    "Above 35C a fan can make you hotter, because it blows hot air over the skin.")

_INTERVIEW = (
    "A baker on rising costs\n\n"
    "Ines Varga runs the only bakery in the village. We asked her about the winter.\n\n"
    "Q: How have your costs changed this year?\n\n"
    "A: Flour has doubled in price and the electricity bill is three times what it was.\n\n"
    "Q: Will you stay open?\n\n"
    "A: We will stay open until the spring, then we will see.")

_ROUNDUP = (
    "Readers told us how the floods hit their homes this week.\n\n"
    "Jane Roe, Leeds\n\n"
    "\"My kitchen was under a foot of water and the council never came,\" she said.\n\n"
    "Mark Hill, York\n\n"
    "\"We lost the car and most of the furniture downstairs,\" he said.")

_COMMENTS = (
    "Readers told us what the bus cuts mean for them.\n\n"
    "Rosa Vale, Derby\n\n"
    "Why did nobody ask the people who use the buses every day?\n\n"
    "Tim Ashe, Leicester\n\n"
    "My daughter now walks two miles to school in the dark.\n\n"
    "Olga Brin, Nottingham\n\n"
    "How are old people meant to get to the hospital now?\n\n"
    "Sean Kerr, Lincoln\n\n"
    "The last bus home leaves at six, so I had to give up my evening job.")

_LIVE = (
    "Live updates: unrest in the capital\n\n"
    "[10:40 p.m.] CNN's Anderson Cooper spoke with a woman in the capital who asked not to be named for her "
    "safety. \"They are shooting at anyone who goes out,\" she said. CNN could not confirm her account.\n\n"
    "[11:05 p.m.] The country's leader, Omar Dassan, appeared on state television late Monday, standing in "
    "the rain under an umbrella.\n\n"
    "\"I wanted to talk to the young people in the main square, but it started to rain. Don't believe those "
    "dogs in the media,\" Dassan said in the speech, which lasted less than a minute.\n\n"
    "[11:30 p.m.] CNN's Ben Wedeman crossed the border from the east on Monday. We were told by border "
    "officials that the crossing had been open all week. There are some signs of normal life. Shops are open "
    "and people are out in the streets.")

_LIVE_HE = (
    "[9:10 p.m.] CNN's Anderson Cooper talked to a doctor at the main hospital. \"We have no more blood and "
    "no more beds,\" he said.\n\n"
    "[9:40 p.m.] Cooper asked the foreign minister, Leo Brandt, whether the army would withdraw. \"What "
    "happens to the people in the square tonight?\" Cooper asked.")

_LIVE_QUOTE = (
    "[11:30 p.m.] CNN's Ben Wedeman is in the east of the country. \"We were told by border officials that "
    "the crossing had been open all week. There are some signs of normal life. Shops are open,\" Wedeman "
    "said.")

_CALL = ("Prime Minister Ana Ruiz spoke with President Leo Brandt by phone on Tuesday. \"We agreed that the "
         "border must stay open,\" she said.")

# (text, a piece of the content, a speaker that must hold it (any voice or attribution over it; None: no
#  requirement), speakers that must never hold it)
CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. a readers' Q&A, sign-off after the question
    (_QA_AFTER, "both doses", "Helen Marsh", ("Tom Price",)),
    (_QA_AFTER, "protection fades", "Helen Marsh", ("Priya Shah", "Tom Price")),
    (_QA_AFTER, "check their children", None, ("Priya Shah", "Tom Price", "Amy Lowe")),
    (_QA_AFTER, "very rare", "Helen Marsh", ("Amy Lowe",)),
    (_QA_AFTER, "wears off", "Priya Shah", ("Tom Price", "Helen Marsh")),
    (_QA_AFTER, "never mentioned a booster", "Priya Shah", ("Tom Price",)),
    (_QA_AFTER, "catch measles twice", "Amy Lowe", ("Priya Shah",)),
    # sign-off before the question, the expert unnamed
    (_QA_BEFORE, "a litre an hour", None, ("Carl Moss", "Nina Ford")),
    (_QA_BEFORE, "blows hot air", None, ("Nina Ford", "Carl Moss")),
    (_QA_BEFORE, "How much water", "Carl Moss", ("Nina Ford",)),
    (_QA_BEFORE, "Are fans safe", "Nina Ford", ("Carl Moss",)),
    # near-misses: a real interview, readers' own comments
    (_INTERVIEW, "Flour has doubled", "Ines Varga", ()),
    (_INTERVIEW, "until the spring", "Ines Varga", ()),
    (_ROUNDUP, "under a foot of water", "Jane Roe", ("Mark Hill",)),
    (_ROUNDUP, "lost the car", "Mark Hill", ("Jane Roe",)),
    (_COMMENTS, "walks two miles", "Tim Ashe", ("Rosa Vale", "Olga Brin")),
    (_COMMENTS, "give up my evening job", "Sean Kerr", ("Olga Brin",)),
    # 2. a live page
    (_LIVE, "shooting at anyone", None, ("Anderson Cooper",)),
    (_LIVE, "dogs in the media", "Omar Dassan", ("Anderson Cooper",)),
    (_LIVE, "signs of normal life", None, ("border officials",)),
    (_LIVE_HE, "no more blood", None, ("Anderson Cooper",)),
    (_LIVE_QUOTE, "signs of normal life", "Ben Wedeman", ("border officials",)),
    # near-misses: the host's own question; a politician who spoke with another gives her own account
    (_LIVE_HE, "people in the square", "Cooper", ("Leo Brandt",)),
    (_CALL, "border must stay open", "Ana Ruiz", ("Leo Brandt",)),
]


def _speakers_of(text: str, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source()))
    result = attribute(doc)
    speakers = [a.speaker for a in result.attributions if piece in text[a.content_start : a.content_end]]
    speakers += [result.voice_of(s.index).speaker for s in doc.sentences if piece in s.text]
    return speakers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_words_are_in_the_right_mouth(text: str, piece: str, expected: str | None,
                                          never: tuple[str, ...]) -> None:
    check_mouth(text, piece, expected, never)


def check_mouth(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    """The words ``piece`` have ``expected`` among their speakers (None: no check) and none of ``never``."""
    speakers = _speakers_of(text, piece)
    if expected is not None:
        assert any(s is not None and expected.lower() in s.lower() for s in speakers), speakers
    assert not any(s is not None and any(n.lower() in s.lower() for n in never) for s in speakers), speakers
