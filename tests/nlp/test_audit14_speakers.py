"""Audit 14's misattributions (section 15.3 "Misattributed", 15.4 pattern 2), on short texts written for these tests:

1. A thing or a negated quantifier made a speaker: "Photos show ...", "a 30-tonne block of ice that ...",
   "not a single resident ... claiming ...". A speaker is a person, a body, a document, an outlet or an
   unnamed human source. Near-miss: "The report shows ..." and "Witnesses claimed ..." keep their speakers.
2. A correspondent's analysis box (a label line "Name Outlet, Place" then his analysis) split into claims by
   "the strikers" and "the two": a plural subject of a non-speech verb ("show no sign", "have shown
   themselves to be") is not a speaker. Near-miss: "The strikers say ..." is theirs.
3. The relaying outlet as the speaker: "X told Reuters news agency that ..." is X's; "X said ..., AFP
   reported" gives the inner content to X.
4. A statement's words given to "the statement" when its author is named ("the navy said in a statement").

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

_BOX = ("Dockers strike for a fourth month\n\nThe port of Valmora has been shut since June.\n\n"
        "Lena Marsh BBC News, Valmora\n\nBut the strikers have been on the quays for nearly four months now and "
        "show no sign at all of going back. The two sides have shown themselves to be pretty evenly matched.")

# (text, a piece of the content, speakers that must hold it (any one; None: no requirement),
#  speakers that must never hold it)
CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. things and negated quantifiers never speak
    ("Photos show rescue teams digging through the mud with their bare hands.", "digging through", None,
     ("photos", "Photos")),
    ("The site was sealed off and according to photos, police dogs searched the field for more debris.",
     "police dogs", None, ("photos",)),
    ("Officials are fairly sure it was a fragment of a comet, a 30-tonne block of ice that passed close to the "
     "planet, Marta Ibsen, of the National Observatory, told Reuters on Monday.", "fragment of a comet",
     "Marta Ibsen", ("a 30-tonne block of ice",)),
    ("Geologists are fairly sure it was part of a glacier named \"Vatna 3\", a 30-tonne block of ice that slid "
     "past Hofn, Maria Lopez, of the Institute of Earth Sciences in Iceland, told Reuters on Monday.",
     "part of a glacier", "Maria Lopez", ("a 30-tonne block of ice",)),
    ("So far, not a single resident has come forward claiming to have heard the blast.", "heard the blast",
     None, ("not a single resident", "a single resident")),
    ("No one has come forward saying they saw the driver.", "saw the driver", None, ("No one", "no one")),
    ("The wall cracked, as shown by \"long black lines running from the roof to the floor,\" one of the "
     "engineers, Paulo Serra, told Reuters.", "long black lines", "Paulo Serra", ("photos",)),
    # near-misses: documents and human sources keep their voice
    ("The report shows that crime fell by a third in the capital last year.", "crime fell", "report", ()),
    ("Witnesses claimed the driver had run a red light.", "red light", "Witnesses", ()),
    # 2. a correspondent's analysis box
    (_BOX, "no sign at all", None, ("the strikers", "strikers")),
    (_BOX, "evenly matched", None, ("the two", "The two", "The two sides")),
    # near-miss: the strikers' own claim
    ("The strikers say the port owners broke their promise on wages.", "broke their promise", "strikers", ()),
    # 3. the relaying outlet is only the channel
    ("The rebel council said more than 90 people died and urged the United Nations to act, Reuters news agency "
     "reported.", "90 people died", "rebel council", ()),
    ("A senior aide, Omar Pell, told Reuters news agency that the talks would resume on Friday.",
     "talks would resume", "Omar Pell", ("Reuters news agency", "Reuters")),
    ("The mayor told our correspondent that the bridge would reopen within a week.", "bridge would reopen",
     "mayor", ("our correspondent",)),
    ("Some farmers have hung banners on the fences, with one reading \"The river was ours before the dam\", our "
     "reporter adds.", "ours before the dam", None, ("our reporter",)),
    # near-miss: the reporter's own quoted words stay his
    ("\"The valley is emptying week by week,\" our reporter adds.", "emptying week", "reporter", ()),
    # 4. a statement's author
    ("The navy said in a statement that it would not discuss the case.\n\n\"We take every report of misconduct "
     "very seriously and we will act where needed,\" the statement said.", "every report of misconduct",
     "navy", ("the statement",)),
    # near-miss: a statement with no named author stays the statement's
    ("\"The plant is safe and the leak is contained,\" the statement said.", "leak is contained", "statement",
     ()),
]


def _speakers_of(text: str, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source()))
    return [a.speaker for a in attribute(doc).attributions if piece in text[a.content_start : a.content_end]]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_speaker_is_a_source(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    speakers = _speakers_of(text, piece)
    if expected is not None:
        assert any(s is not None and expected.lower() in s.lower() for s in speakers), speakers
    assert not any(s is not None and s.strip() in never for s in speakers), speakers
