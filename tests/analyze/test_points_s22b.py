"""Key points, session 22 round 2 (reader Audit 36: key points led by a hook, a lean-back or a follow-up line).

Audit 36 read a debunking blog item whose first key point was its rhetorical question ("If X can exist, why not?")
while its verdict (the thing is not real) came third; a long essay whose first key point opened "But of course these
... tactics ... have failed", the tactics named nowhere in the brief; and an untitled report whose lede (the service
"was led by ...") came second behind the next sentence ("The event included readings ..."), which only adds to it.
A rhetorical question is never the point; a line leaning back on a referent not shown does not lead; a lede whose
subject the next lines go on telling about is the news, not a scene.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow

DEBUNK_QUESTION = Case("debunk_question", """\
Over at our office we were amused and a little alarmed when a convincing mock-up of a maple syrup flavoured \
toothpaste tube spent the week doing the rounds on social media. If bacon lip balm and cheese ice cream can be \
sold, why not? Sadly, the tube that went viral is not a real product, even though plenty of people wish it were.
The picture is not very convincing, but the idea is odd enough that people kept passing it on. For days, the \
brand added to the rumours by saying nothing at all. Maple is popular in Canada, sure, but would anyone brush \
with it? The brand does sell mint and cinnamon toothpaste, but nothing sweet. Should it?
The firm settled the matter this morning in a short post:

They have considered it? Well, that makes maple toothpaste more likely than chocolate mouthwash.
""", ("opinion", "news", "factcheck"), ("not a real product",), ("why not?",))

UNTITLED_SERVICE = Case("untitled_service", """\
The service, held to mark the surrender of the garrison at the close of the long winter siege, was led by the \
Reverend Alan Petrie.

The event included readings from Eastfield sailors and a performance from the Eastfield Community Choir.

The service saw flowers laid at the harbour memorial, including a wreath on behalf of Eastfield laid by the mayor \
of Eastfield, councillor Ruth Dane.

Council leader Mark Ellis said: "It matters that Eastfield remembers days such as these."

A choral evening was due to take place at St Anne's Church in Eastfield at 7pm on Sunday.
""", ("news",), ("was led by the Reverend Alan Petrie",))

ESSAY_THESE_TACTICS = Case("essay_these_tactics", """\
The river authority's officials arrived at the village hall with slides, biscuits and a promise to listen.

The farmers who filled the hall had lost three harvests to the floods, and many had lost their homes as well.

For an hour, the officials explained why the new dams upstream would keep the water away next spring.

The farmers had heard the same promise after every flood for a decade, and the water had come anyway.

The authority has spent twelve million on consultants since the first flood, and not one new bank has been built.

When the farmers tried to film the meeting, guards took their phones and told them to leave the hall.

But of course these clumsy attempts at control, like all the earlier ones, have failed.

The real failure is older: the authority has never asked the people on the river what the river needs.

Until it does, the villages will keep flooding and the meetings will keep ending in anger.
""", ("opinion", "analysis", "feature", "news"), (), ("these clumsy attempts",))

CASES = [DEBUNK_QUESTION, UNTITLED_SERVICE]


@pytest.mark.parametrize("case", case_params(CASES))
def test_round2_points(case: Case) -> None:
    """The news (a debunk's verdict, a report's lede) leads; no banned line is a key point."""
    genre, points = brief_points(case)
    assert genre in case.genres, genre
    assert any(phrase in points[0] for phrase in case.lead), points
    assert not any(phrase in p for p in points for phrase in case.banned), points


def test_lean_back_does_not_lead() -> None:
    """A line opening on "But of course these <noun>", its referent not shown, is not the first key point."""
    genre, points = brief_points(ESSAY_THESE_TACTICS)
    assert genre in ESSAY_THESE_TACTICS.genres, genre
    assert "these clumsy attempts" not in points[0], points
