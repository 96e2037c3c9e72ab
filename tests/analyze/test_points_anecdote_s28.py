"""A column's thesis after its first-person anecdote leads, and the anecdote is no key point (session 28 round 2).

Reader Audit 44 #1 (docs/audit.md 45.3): a humour column set up its subject, told the writer's memories of an
earlier trip in the first person and the past tense, then turned back to the present with its claim ("But now,
as ..., anglophilia is shrivelling"). The brief led with a line of the anecdote and never gave the claim. A report
that turns to "But now" after a history in the third person keeps its lede. Articles written for these tests.
"""

from __future__ import annotations

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import ExtractiveEngine
from newsbrief.settings import Settings

COLUMN = """Forget the damage to the harbour for a moment: the ferry strike is hurting something far more precious.

What about our famous politeness?

Our lovely northern manners?

Thanks to the strike, they have been ruined too.

Whenever I travel south, I lay on the charm in a shameless bid to be liked.

The first time I went to London, I got into trouble at a ticket barrier.

My friends had decided to sing all the way down on the train, which annoyed everyone in the carriage.

I was singing too, but only because I was so nervous about the big city.

To the other passengers it must have felt like a week locked in a cage with a brass band.

The guard started out stern, and he threatened to throw us off at the next stop.

I apologised in my broadest accent, and he let us go with a grin.

From then on, I was the friendliest man in every queue.

I said "Ta, love" to shop assistants and "Cheers, pal" to bus drivers.

People told me they loved the way I talked, and strangers bought me drinks.

But now, as a strike by a union with the word "Northern" in its name strands thousands of tourists on the quays, the south's affection for us is fading.

Things must be bad when the mayor has to reassure visitors that they are still welcome here.

The union is a national union, and most of its members live in the south.

It just has the wrong word in its name.

It genuinely feels like our fault.

Clearly a new name is in order if we are to keep any pride at all.

How about Middle Britain?

If you are heading south this summer, practise your best manners now.
"""

REPORT = """The town's last shipyard will close in March with the loss of 400 jobs, its owners said on Monday.

The yard was founded in 1871 and built more than 300 ships.

At its peak in the 1950s it employed 6,000 people and launched a ship every month.

Its order book shrank through the 1980s as cheaper yards in Asia won contracts.

The owners sold two of its three docks in 1994 and cut its workforce by half.

A rescue plan backed by the council failed in 2009 when a buyer pulled out.

But now the owners say they can no longer find work for the remaining docks.

Unions said they would fight the closure and asked the government to step in.

The council said it would help workers find new jobs.
"""


def _points(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=None)))
    brief = ExtractiveEngine(Settings()).brief(doc)
    return [item.text for item in brief.section("summary").items]  # type: ignore[union-attr]


def test_a_columns_turn_after_its_anecdote_leads() -> None:
    points = _points(COLUMN)
    assert "the south's affection for us is fading" in points[0], points


def test_a_columns_anecdote_is_no_key_point() -> None:
    points = _points(COLUMN)
    assert not any(p.startswith(("To the other passengers", "My friends had decided", "The guard started"))
                   for p in points), points


def test_a_reports_but_now_after_a_history_keeps_the_lede() -> None:
    points = _points(REPORT)
    assert points[0].startswith("The town's last shipyard will close"), points
