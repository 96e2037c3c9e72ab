"""A reportage's thesis stated as a denial and its turn (Audit 50 #7's class, session 34; point_concedes).

A correspondent's piece opened on scenes at a water pump and stated its thesis in the middle, in the writer's own
voice: "It is not yet a war over water. But the pressure for it to become one is growing every month." The key points
kept the scenes; the thesis is shown second, the denial and its turn together.

The article is written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.point_concedes import conceded_thesis
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

DELTA = Case("reportage_denial_turn", """\
Most of the women at the water pump in Kanta did not want to give their names.

They were afraid of what the men from the next village would do if they spoke.

But not Amina Saleh.

"They took our nets and now they want our river," she told me, a tall woman with a baby on her hip.

Of the 30 fishing boats her family once owned, only four are left on the bank.

It was a common story along the delta.

Often people would tell you they had lost not one boat but all of them.

The fishermen of Kanta blame the farmers upstream, who have dug new canals to water their rice.

The farmers blame the drought, which has lowered the river by two metres in three years.

It is not yet a war over water.

But the pressure for it to become one is growing every month.

Last week a farmer was beaten at the market after a quarrel over a canal gate.

His cousins burned two boats in return, and the police arrested eleven men.

The district governor told me he had sent extra officers to both villages.

"We have asked the elders to meet and agree on the gates," he said.

The elders met on Friday, but the talks broke up after an hour.

A new dam upstream is due to open next year, and the fishermen fear the river will fall again.

Aid groups say they can bring water tanks, but not fish.
""", ("news", "feature"), ("It is not yet a war over water. But the pressure for it to become one",),
    ("They were afraid of what the men",))


def test_the_thesis_is_shown_second_with_its_denial() -> None:
    genre, points = brief_points(DELTA)
    assert genre in DELTA.genres
    assert any(DELTA.lead[0] in p for p in points[:2]), points
    assert not any(DELTA.banned[0] in p for p in points), points


def test_a_report_without_a_witness_keeps_its_order() -> None:
    """Read as news with no writer's "told me" the pair is no reportage's thesis: a report's own rules choose."""
    doc = annotate(Article(text=DELTA.text.replace(" told me", " told reporters"), source=Source()))
    ctx = build_context(doc)
    assert ctx.genre == "news" and conceded_thesis(doc, ctx) is None
    doc = annotate(Article(text=DELTA.text, source=Source()))
    pair = conceded_thesis(doc, build_context(doc))
    assert pair is not None and pair[0].text == "It is not yet a war over water.", pair
