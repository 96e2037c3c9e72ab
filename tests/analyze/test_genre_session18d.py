"""Labelled cases for session 18 round 4's genre work (Audit 30, docs/audit.md section 31.2: every analysis, comment
and feature was called a news report, and a story told in users' tweets an opinion piece).

- **A witness "we".** The writer's team narrating in the past early on ("We waded into the water") is a feature's
  witness, as a singular "I" is; a newsroom "we" ("we reported", "told us") stays news.
- **The public's "we".** A writer speaking for "us" ("we can still sue", "we still depend on") and the writer's asides
  ("after all", "in other words", "with luck", "maybe") argue: a comment piece.
- **A correspondent's interpretation.** "The pragmatic view is that ...", "In the real world ...", "So what is to be
  done?", "I spoke to ...", with a correspondent's byline: an analysis.
- **Tweets are the users'.** A viral story built on quoted reactions ("one user wrote:") is news, not opinion.
- Near misses: a news report with a quoted "we" and one rhetorical question stays news.

The articles are written for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class GenreCase:
    """One labelled article: its text, headline, byline and the genres accepted."""

    name: str
    text: str
    genres: tuple[str, ...]
    title: str
    author: str | None = None


def _genre(case: GenreCase) -> str:
    """The real pipeline's genre (annotation, context)."""
    from newsbrief.analyze.context import build_context
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    doc = annotate(Article(text=case.text, source=Source(title=case.title, author=case.author, date="2026-10-20")))
    return build_context(doc).genre


WITNESS_WE = GenreCase("witness_we", """\
We reached the edge of the marsh after a long hike through the mangroves.

Ahead of us lay a black swamp where the fishing villages used to be. We waded into the water and began swimming \
towards the old pipeline.

The farther we travelled, the thicker the smell became. Our guide stopped twice to be sick.

Oil has leaked from the pipelines in this region for decades, and thousands of spills have been recorded since 1990.

The company that runs the pipeline says most of the leaks are caused by thieves who drill into the pipes.

Local fishermen say they have not caught a healthy fish in years, and many have left for the cities.

The government has promised a clean-up several times, but little work has been done.

Some villagers now collect the oil and sell it, because there is no other work left.
""", ("feature",), "The forgotten spills of the delta")

PUBLIC_WE = GenreCase("public_we_comment", """\
The damage done to the gulf can not be undone in a courtroom, but we can still sue the people responsible.

This is America, after all. Lawsuits are how we settle our accounts.

As much as we like to think of ourselves as insulated from nature, we still depend on clean water and healthy seas.

The company has set aside billions of dollars for claims, and thousands of fishermen have already filed.

In other words, this could take a while. The last big spill case ran for almost twenty years.

But if the suit takes five or ten years to settle, is it worth it? Probably yes.

With luck, the risk managers at every oil company will be reading the judgments closely.

Even if the company pays in full, we still have larger problems to face.

Maybe the lawyers can help us count the cost, but the planet is still on a slow boil.
""", ("opinion",), "What the lawsuit can achieve")

CORRESPONDENT = GenreCase("correspondent_analysis", """\
The fighting in Valdoria has spread to every major city, and the government no longer controls much of the north.

The pragmatic view is that if it looks like a civil war, it is one.

The label matters more in terms of what outside powers feel able to do than for the people under fire.

This is still a very unequal struggle. The army has tanks, jets and artillery, while the rebels have rifles.

I spoke to the veteran diplomat Anton Reyes, who has watched several such wars unfold.

In the real world there are no tidy distinctions between a rebellion and a civil war.

This, of course, is problematic for the governments that have promised to protect civilians.

The fighting is now undeniably sectarian in several provinces.

At a more fundamental level, neither side believes it can afford to stop.

So what is to be done? The options range from more sanctions to arming the rebels.

Each carries risks, and none of them promises a quick end to the killing.

The United Nations will meet again next week to discuss the crisis.
""", ("analysis", "opinion"), "Valdoria is now a civil war", author="Jon Marsh, Diplomatic Correspondent")

TWEETS = GenreCase("viral_tweets", """\
A luxury sports car worth more than a million dollars has been covered in graffiti outside a hotel in Dorsey.

Photos of the vandalised car spread quickly on social media on Tuesday.

One user wrote: "This is the saddest thing I have ever seen. Who would do this?"

Another tweeted: "Honestly I would cry if that was my car."

@speedfan99: "Somebody is going to be in very big trouble."

Police said they were looking for two men seen near the hotel late on Monday night.

The owner, a businessman visiting the city, has not commented.

The car is one of only 400 ever built, according to the maker.
""", ("news",), "Million-dollar sports car vandalised outside hotel")

NEWSROOM_WE = GenreCase("newsroom_we_near_miss", """\
Investigators have found a second leak in the pipeline that burst near Carlow last week, officials said on Monday.

As we reported on Friday, the first leak spilled about 2,000 barrels of oil into a river.

A spokesman for the pipeline company told us the new leak was much smaller and had been sealed.

We asked the environment ministry how long the clean-up would take, but it did not reply.

Residents downstream have been told not to drink water from their wells until tests are complete.

The company said it would pay for bottled water for every household affected.

The pipeline carries oil from inland fields to the port and has been shut since the first leak.

Regulators said they would review the company's safety records.
""", ("news",), "Second leak found in burst pipeline")

NEWS_QUOTED_WE = GenreCase("news_quoted_we_near_miss", """\
Hundreds of fishermen marched through Port Lenn on Saturday to demand compensation for a spill that closed their \
fishing grounds.

"We cannot feed our families," said Mara Quint, who led the march. "We need the company to pay now."

The company said it had already paid out $40m and would process the remaining claims within three months.

So who will pay for the lost season? The company says the insurers will, and the insurers say the company will.

The regional government said it would set up a fund for families who have received nothing.

The spill, from a tanker that ran aground in March, covered about 30 miles of coast.
""", ("news",), "Fishermen march over spill compensation")

CASES = [WITNESS_WE, PUBLIC_WE, CORRESPONDENT, TWEETS, NEWSROOM_WE, NEWS_QUOTED_WE]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in CASES])
def test_genre(case: GenreCase) -> None:
    """The genre is one the case allows."""
    assert _genre(case) in case.genres
