"""Genre session 23 (Audit 37, docs/audit.md 38.2): first person and argument read from surface cues.

- A reporter's first-person dispatch (the reporter walks a market, asks prices, talks to a mother, tours a clinic;
  "as we chat" with a seller) argues no thesis: a feature or a news report, never an opinion piece (#1's pattern:
  the "we" of a chat with a source vetoed the dispatch and the witness's "I"s counted as stance).
- An entertainment blog item that reports a director's joke and signs off with a question and "I hope so!" is news:
  a short exclamation is a quip, not a view (#10's pattern).
- A bureau editor's analysis ("the BBC's Africa bureau editor ... recently travelled to ...") that reads the conflict
  and prescribes what a solution needs is an analysis or an opinion piece, not a feature (#2's pattern: "bureau"
  between the beat and "editor" hid the correspondent's byline).
- A first-person post that opens and closes on the writer's own verdict ("It's bad enough how ...", "the network is
  butchering a gem") around a home test argues: an opinion piece, not a feature (#12's pattern).
- An unsigned piece under a "Topic: verdict" headline whose writer restates the verdict ("This is a trade at odds
  with itself.") and judges ("One shudders to think ...") is analysis or comment, not news (#5's pattern).
Near misses: a report under a "Topic: label" headline, and a reporter's dispatch with a quoted call, stay as they were.
All texts are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str, title: str | None = None) -> str:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(title=title, trusted=True))
    return build_context(annotate_raw(raw, Settings())).genre


_DISPATCH = """In the lower part of Riverside the shacks lean against each other.

Their tin roofs are dented and patched, but most of them still stand.

Women sell onions and cassava, and small sachets of drinking water.

They call out their prices, but few people stop - hardly anyone has cash.

This is the poorest district of the city and it runs all the way to the shore.

The ground near the canal is soft and wet.

I walk over to talk to Ama, who is frying plantain in a big pan.

As we chat, a military plane passes low over the roofs.

It smells good and a few men are waiting for a plate.

When I ask what a plate costs she tells me ten cents.

But even that is too much for many here.

Would food drops cause trouble here, as some officials have suggested?

After all, the air force is already dropping food to villages in the hills.

Aid was promised to places like Riverside a week ago, and people wonder where it has gone.

My question about the food drops gets a mixed answer, some saying yes and others no.

One mother says she needs milk for her son.

The clinic at the end of the road is open, but it is short of nearly everything.

Nurses are cleaning wounds that should have closed days ago.

As I walk round the ward I see children with splints made of cardboard.

A father sitting by a bed asks me if I can find medicine for his daughter.

I ask a nurse how many patients they would normally see.

She says about forty a day; now it is four hundred.
"""

_BLOG = """Earlier this week a gossip site claimed that one of the two giant robots built for "Steel Tide" had been taken from a lot in Tulsa.

Director Nina Ortez posted this picture below, to laugh off that story and poke fun at her friend Sam Rook.

The picture shows the robot wrapped in gift paper with a bow and a tag that reads "For Sam".

These silly pictures have been coming out all through the shoot of both films (Steel Tide and Rook's Night Shift).

Rook has not answered yet.

Will Rook and his studio, Lantern Works, strike back? I hope so! Keep an eye on the accounts of both directors.

As for the missing robot, the gossip site has since updated its story and says the prop was only moved to another lot.
"""

_BUREAU = """The BBC's Africa bureau editor Tom Keane recently travelled to Norland, where he found a country torn between armed camps.

For too long the world read the Norland war as a simple fight between a ruler and his people.

The government was meant to fall within months, and that is how most capitals framed the crisis.

But as the fighting spread it became far murkier.

There is still the army and there are still the protesters, but new players have arrived.

The regime trusts only a few loyal brigades, and there are not enough of them to hold the towns they retake.

So it armed local militias and told them to defend their own streets.

Some of those militias decided that the best defence is to attack the next village first.

That has led, diplomats told me, to neighbouring states running their own favourite rebel units.

It is not much simpler on the rebel side.

The help that came from abroad often came with conditions attached.

Much of what the government claimed may have been false at first, but some of it is now true.

Foreign fighters have arrived, and they answer to no one.

The capital was calm until the spring; now it is a city on edge.

The UN observers have done a risky job, but their mission is widely seen as pointless in its present form.

Any new mandate must change the size and the scope of the mission.

So many diplomats I spoke to before I went in thought this was the answer.

Removing the men at the top might look tidy on paper, but the officials below them hold the state together.

Any settlement must also answer the fears of the minorities who depend on government jobs.

The minorities need to believe they will have a place in the new Norland.

The rebels have to unite and give these people a reason to lay down their guns.
"""

_POST = """It's bad enough how much the channel shrinks the picture. Now I noticed what looked like a faster pace. Turns out the reruns run a full 6 percent fast.

The test:

My laptop has a capture stick. I used it to record Harbor Lane from a local station about eight years ago. Then I looked up which episode was on the channel tonight. In the left window is the live feed. The right window plays back the old recording. I fed the sound of both into one set of speakers. After 300 seconds of playback, the live feed was 18 seconds ahead of the recording. That adds up to well over a minute across an episode.

I lined up the two windows as closely as I could so you can also see the cropping. Between the cropping and the speed-up, the channel is butchering a gem.
"""

_COMMENT = """It is not often the public gets a frank look inside a business as closed as shipping.

This is a trade that prefers to settle its quarrels behind closed doors, far from regulators.

The inquiry published today by the port authority lists the failures that led to the collapse of the crane at Westhaven.

The operator of the crane and its owner are blaming each other for the faults.

They are among the biggest names in the trade, with the deepest pockets.

One shudders to think what goes on at smaller firms with thinner margins.

The inquiry makes 30 recommendations, from crane checks to the training of night crews.

Unions and insurers are likely to press for tougher rules after the report.

The report is far from the last word, and two more reviews are due next year.

This is a trade at odds with itself.

That is no bad thing if it leads to safer docks and a little more candour.
"""

_LABEL_REPORT = """The port authority published its report on the Westhaven crane collapse on Tuesday.

The report lists 30 recommendations, including monthly crane checks and new training for night crews.

The crane's operator, Bay Lift, said it accepted the findings and would carry out every recommendation.

"We have already begun inspections at all our sites," a Bay Lift spokeswoman said.

The crane's owner, Harbor Steel, said it would study the report before commenting.

Two workers were injured when the crane fell in March.

A second review by the transport ministry is due next year.
"""


@pytest.mark.parametrize(("text", "title", "allowed"), [
    (_DISPATCH, None, {"feature", "news"}),
    (_BLOG, None, {"news"}),
    (_BUREAU, None, {"analysis", "opinion"}),
    (_POST, None, {"opinion"}),
    (_COMMENT, "Crane collapse: A trade at odds with itself", {"analysis", "opinion"}),
    (_LABEL_REPORT, "Crane collapse: Report lists 30 fixes", {"news"}),
], ids=["dispatch", "blog-quip", "bureau-editor", "first-person-post", "headline-verdict", "label-report"])
def test_genre(text: str, title: str | None, allowed: set[str]) -> None:
    assert _genre(text, title) in allowed
