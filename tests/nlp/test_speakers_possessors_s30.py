"""A possessor is never the speaker of an inverted cue (session 30, issue #11; the lead's reading of an untuned
essay: '"...," says NAME's veteran hunting companion, "..."' gave the words to NAME).

The parser may read a noun phrase with a gerund in it ("veteran hunting companion") as a clause: "hunting" becomes
the cue's subject with "companion" its object, and the possessive name was then the only person in the phrase. The
speaker is the phrase's head noun (the companion, the chief of staff; by name when an apposition names him), in the
sentence voices, the Quotes and the Who says what rows alike. Texts invented here.

A possessor the model does not tag as a person ("says Ridgeway's chief executive", a firm or a team; the essay's
fictional hero was tagged a work of art) was taken by the inverted-frame reader as the cue's source: the firm got
its executive's words. The frame now reads the noun the possessor belongs to.

First score on the unchanged code: 4/14 failing (the two gerund phrases, inverted and after "according to", each
in one check of voices and one of quotes/positions); the three non-person possessors added next: 6/6 failing.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

_LEAD = ("Timber town fears for its last sawmill\n\n"
         "The last sawmill in the valley will close in March, its owner, Ruth Okafor, said on Monday.\n\n"
         "The mill employs 140 people and has run since 1921.\n\n")

# (the sentence after the lead, a word the speaker must hold, the possessor who must not be credited)
CASES: list[tuple[str, str, str]] = [
    ('"With timber this dear," says Kerr\'s veteran hunting companion, "every family on the ridge could build."',
     "companion", "Kerr"),
    ("According to Okafor's veteran hunting companion, the last offer for the mill was far too low.",
     "companion", "Okafor"),
    ('"The river is lower than I have ever seen it," says Okafor\'s longtime fishing partner, Bo Lee.',
     "Bo Lee", "Okafor"),
    ('"The mill is not for sale," says the owner\'s chief of staff.', "chief of staff", "Okafor"),
    ('"She never wanted to sell," said Okafor\'s former running mate.', "running mate", "Okafor"),
    ("The mill could have been saved, says Okafor's longtime sparring partner.", "sparring partner", "Okafor"),
    # a possessor the model does not tag as a person (a firm, a team): the head noun speaks, not the body
    ('"With timber this dear," said Ridgeway\'s chief executive, "every family on the ridge could build."',
     "chief executive", "Ridgeway"),
    ('"With timber this dear," says the Rangers\' former team doctor, "every family on the ridge could build."',
     "doctor", "Rangers"),
    ('"With timber this dear," says Timberline\'s veteran hunting guide, "every family on the ridge could build."',
     "guide", "Timberline"),
    # near misses that must keep working: a named speaker, a name in apposition after a possessive phrase
    ('"It was a hard year for everyone," says the foreman\'s drinking buddy, Al Reyes.', "Al Reyes", "foreman"),
]


def _speakers(text: str) -> tuple[str | None, list[str]]:
    """The last sentence's voice speaker, and the speakers of the Quotes and Who says what items it gives."""
    doc = annotate(Article(text=text, source=Source(title="Test", date="2025-10-06")))
    ctx = build_context(doc)
    last = doc.sentences[-1].id
    items = [*analyze_quotes(doc, ctx), *(i for i in analyze_positions(doc, ctx) if isinstance(i.payload, PositionInfo))]
    shown = [getattr(i.payload, "speaker", None) or "" for i in items if any(c.sentence_id == last for c in i.citations)]
    return ctx.attributions.voices[-1].speaker, shown


def _credits_possessor(speaker: str, possessor: str) -> bool:
    """Whether ``speaker`` is the possessor (or the possessor's full name) rather than a phrase headed by another."""
    return possessor in speaker and "'s" not in speaker and "s'" not in speaker


@pytest.mark.parametrize(("line", "holds", "possessor"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_voice_is_the_head_noun(line: str, holds: str, possessor: str) -> None:
    voice, _ = _speakers(_LEAD + line)
    assert voice is not None and holds in voice and not _credits_possessor(voice, possessor), voice


@pytest.mark.parametrize(("line", "holds", "possessor"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_quotes_and_rows_name_the_head_noun(line: str, holds: str, possessor: str) -> None:
    _, shown = _speakers(_LEAD + line)
    assert shown, "nothing shown"
    assert all(holds in s and not _credits_possessor(s, possessor) for s in shown), shown
