"""A correspondent's analysis is no opinion piece (session 28 round 2, issue #11; reader Audit 44 #4).

A defence and diplomatic correspondent's reading of a diplomatic meeting judges ("it looks like preparations for a
long negotiation", "events on the ground will decide"), asks itself questions and reports what one minister told
the writer ("I asked one senior diplomat"), but never advocates: no "I think", no "should". It is an analysis. The
same byline over a piece that says what governments should do and what the writer thinks stays an opinion piece.
Articles written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import from_text, without_furniture
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import ExtractiveEngine
from newsbrief.settings import Settings

ANALYSIS = """By Sarah Doyle BBC Diplomatic Correspondent, in Geneva

Hope but also caution marked the first round of talks between the two governments on the disputed river.

Hope because both sides have at last agreed to sit in the same room - but caution because even the negotiators know that none of the proposals on the table is likely to settle the dispute this year.

Word has it that the northern delegation threatened to leave on the first evening over the seating plan.

Or was it, as its officials insist, a matter of a late flight?

It is clear the northern government is unhappy with the slow pace and the consensus-driven style of these talks.

In a meeting with the UN envoy, the northern foreign minister was asked if he thought a treaty was a good idea.

"I think it's an excellent idea," he replied, suggesting the direction in which his government's stance may be heading.

I asked one senior Western diplomat whether outside powers were already pressing both sides to compromise.

His answer was vague - accompanied by a shrug - suggesting perhaps that the pressure is real.

So what was achieved here in Geneva?

The two sides agreed to set up a joint commission to share data on the river's flow.

It is to meet every three months, and its first report is due in the autumn.

In truth though, mediators have to work with the governments they have, not the ones they would like.

There was also agreement to let engineers from both sides inspect the dam.

But this all depends on the army allowing the engineers through.

The sharing of data is a small positive step, but nobody knows whether it will lead to anything more.

There were, however, some sharp words.

At the closing press conference, the southern foreign minister accused the north of stealing water.

Indeed the north came in for more scorn for building a second dam.

There is no hiding the anger here, especially at the north's new dam, though the condemnation could backfire.

So the success or failure of these talks really depends on how you look at them.

In diplomatic terms there were some modest gains.

A former UN chief has been named as the talks' special envoy.

And the two delegations are set to meet again soon - first in Cairo and then in Nairobi.

It looks like preparations for a long negotiation.

For now it is the rains and the dam that will decide the river's fate, not the diplomats in Geneva.
"""

COLUMN = """By Sarah Doyle BBC Diplomatic Correspondent

I have covered river disputes for twenty years, and I have never seen talks as pointless as these.

The governments should stop pretending that a joint commission will solve anything.

We in the West must press both sides much harder, and we should say so in public.

I think the mediators are wasting everyone's time.

The two sides agreed to set up a joint commission to share data on the river's flow.

It is to meet every three months.

In my view the commission is a fig leaf.

I believe the only answer is a treaty, and the outside powers should insist on one now.

Anything less is a betrayal of the farmers downstream.
"""


def _genre(text: str) -> str | None:
    doc = annotate(Article(text=text, source=Source(title=None)))
    return ExtractiveEngine(Settings()).brief(doc).genre


def test_a_correspondents_judged_reading_is_an_analysis() -> None:
    assert _genre(ANALYSIS) == "analysis"


def test_a_correspondent_who_advocates_writes_an_opinion_piece() -> None:
    assert _genre(COLUMN) == "opinion"


def test_a_correspondents_analysis_read_from_a_text_file_is_an_analysis() -> None:
    """Through ingest: the byline line leaves the text, and its title stays in the author."""
    article = without_furniture(from_text(ANALYSIS, Settings()), Settings())
    assert "Correspondent" not in article.text
    assert ExtractiveEngine(Settings()).brief(annotate(article)).genre == "analysis"


@pytest.mark.xfail(strict=True, reason="ingest/header.byline_author cuts 'By Sarah Doyle BBC Defence and Diplomatic "
                   "Correspondent, in Geneva' to the name (a run of 4+ capitalised words before a lower-case 'and' is "
                   "cut to two words and the title dropped), and the byline line leaves the text, so "
                   "genre_we.correspondent sees no role (Audit 44 #4's byline): needs the ingest stage to keep the title")
def test_a_two_part_correspondent_title_survives_ingest() -> None:
    text = ANALYSIS.replace("BBC Diplomatic Correspondent", "BBC Defence and Diplomatic Correspondent")
    article = without_furniture(from_text(text, Settings()), Settings())
    assert ExtractiveEngine(Settings()).brief(annotate(article)).genre == "analysis"
