"""Genre session 20b cases (Audit 33): analyses read as a report or a column, a report read as a feature.

- A correspondent who sets two sides' accounts of one event side by side and asks what was said compares accounts:
  an analysis, not a report (Audit 33 A4's pattern).
- A science explainer that hedges ("it seems", "it is possible", "one theory is") and gives one practical "should"
  argues nothing: an analysis, not an opinion piece (Audit 33 A5's pattern).
- A report that names a suspect from a newspaper's account and tells his life is news, not a profile feature: its
  lede is a hard-news claim credited to a named source (Audit 33 B2202's pattern).
Near misses: a report quoting two officials' statements, a report noting "conflicting accounts" once, a column that
hedges, asks and says "I", a column that hedges and argues ("Sadly", "of course"), a column with "should"
throughout, a profile feature telling a life with no credited lede, and one crediting a son further down.
All texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str) -> str:
    doc = annotate_raw(RawDocument(text.encode(), content_type="text/plain"), Settings())
    return build_context(doc).genre


_ACCOUNTS = """By Jane Morrow, Political correspondent

Ministers have been careful not to comment on the row over the harbour contract.

It is no surprise that the premier kept her talks with the mayor for a late-night phone call.

The question is: what exactly did the two of them agree?

Different points were stressed by different sources.

The premier's office account had the mayor accepting a review of the contract, and promising no new tenders.

The city hall version said more about the weather at the harbour festival than about the contract.

The two accounts do not clash, but they do put the call in a rather different light.

Both the premier and her finance minister have met the harbour board this month.

But for the board, the vote that really matters comes at the council on Thursday.
"""

_HEDGED_EXPLAINER = """Our science correspondent looks at what laboratories are doing about the new cattle virus

For years vets have warned that a new cattle virus was bound to appear sooner or later.

The worry has been that such a virus could spread through herds across the continent within a season.

This is why the spread of the new strain draws so much attention across the region.

One odd feature is that no herd outside the southern valleys has been hit.

It is possible that the virus will stay mild, or that it will change and become more dangerous.

In the coming weeks, the main tasks for scientists are to build a quick test and to pick a strain for a vaccine.

The national veterinary laboratory is one of three reference centres for cattle diseases.

In a sealed laboratory, its staff are getting ready to receive samples from the affected farms.

The samples will be grown and studied for signs that the virus is changing as it passes between animals.

The new strain seems quite distinct from the one in the current vaccine.

It is unclear whether the current vaccine gives any protection.

One theory is that the vaccine might not stop infection but could make it milder.

Farmers are being sent leaflets on how to spot the first signs in their herds.

For now the virus is no cause for alarm, and milk from tested farms should be safe to drink.
"""

_SOURCED_SUSPECT = """The masked gunman seen in the harbour siege videos is Daniel Verrow, a man from a wealthy family who grew up in Leeds and studied engineering, the Northern Ledger newspaper said.

In the videos, the masked man holds a rifle and speaks with a northern accent.

The Ledger said Verrow was born in 1984 and moved abroad around 2012.

He was raised in a quiet suburb and went to a grammar school, where he was a keen footballer.

He graduated from university in 2006 and worked for a time as a software tester.

He married in 2009 but the couple separated two years later, the paper said.

Police declined to comment on the report.

"We will not confirm the identity of anyone at this stage," said a police spokesman.

Friends told the paper he had changed after a trip abroad in 2010.

He later lost his job, and he stopped seeing his old friends.

He was last seen in Leeds in 2013.

His parents have not spoken in public since then.
"""

_VERSIONS = """By Omar Reyes, Diplomatic correspondent

Neither government has said much in public about Tuesday's border talks.

That is hardly a surprise, since both sides want the talks to go on.

The real question is what each side thinks it gave away.

The foreign ministry's version had the two delegations agreeing to a joint patrol on the river.

The embassy's account spoke only of a commitment to meet again before the winter.

Those two versions can both be true, but they point to quite different deals.

Each side has its own reasons to stress one part of the day over another.

What matters now is whether the patrols begin before the river freezes.
"""

_SOURCED_PILOT = _SOURCED_SUSPECT.replace("the Northern Ledger newspaper said.", "the Evening Courier reported.")


CASES = [
    ("accounts", _ACCOUNTS, "analysis"),
    ("hedged explainer", _HEDGED_EXPLAINER, "analysis"),
    ("sourced suspect", _SOURCED_SUSPECT, "news"),
    ("versions", _VERSIONS, "analysis"),
    ("reported suspect", _SOURCED_PILOT, "news"),
]


@pytest.mark.parametrize(("name", "text", "want"), CASES, ids=[n for n, _, _ in CASES])
def test_audit33_patterns(name: str, text: str, want: str) -> None:
    assert _genre(text) == want, name


_TWO_STATEMENTS = """The premier and the mayor spoke by phone on Sunday about the harbour contract, both offices said.

The premier's office said the mayor had agreed to a review of the contract.

"We had a good conversation and we agreed the next steps," the premier said in a statement.

City hall said the mayor had raised the cost of the harbour works.

"The mayor made clear that the city wants value for money," a city hall spokesman said.

The harbour board will vote on the contract on Thursday.

The contract, worth 40 million pounds, was signed last year.

Opposition councillors have called for the deal to be scrapped.

The board's chairman said he expected a close vote.

The premier is due to visit the harbour next week.
"""

_CONFLICTING = """Two men were hurt in a fight outside a nightclub in the town centre early on Saturday, police said.

Witnesses gave conflicting accounts of how the fight began.

Officers were called to Market Street at about 2am and found the two men injured.

Both were taken to hospital, where one was said to be in a serious condition.

A 24-year-old man was arrested on suspicion of assault and later released on bail.

"We are keen to hear from anyone who saw what happened," Inspector Paul Reeve said.

The club's owner said his staff had called the police at once.

Police have asked anyone with phone footage to come forward.

The street was closed for several hours while officers searched the area.

The club will stay open while the inquiry goes on, the council said.
"""

_ARGUING_COLUMN = """Sadly, the council has once again chosen the easy road over the right one.

Of course, the councillors will say the budget left them little choice.

They have forgotten who elected them in the first place.

The mayor believes voters will not notice the closed libraries.

Voters are likely to notice, and sooner than he thinks.

Tellingly, the people who use these buildings were never asked.

The libraries cost less than a tenth of the road budget.

The council found money for a new car park only last month.

Unfortunately, that is the kind of choice this council makes.

The closures will begin in May.

Of course, there is still time to change course.

It is worth asking who will defend this plan.
"""

_SHOULD_COLUMN = """The council should think again about closing the town's libraries.

We must not let a short-term saving rob our children of a place to read.

The libraries cost less than a tenth of the road budget, and they should be the last thing to go.

Councillors should ask the people who use them before they decide.

I believe most voters would pay a little more to keep them open.

The closures are due to begin in May.

There is still time, and the mayor must use it.

It is time the council listened.

A town without libraries is a poorer town.

We should say so, loudly, at Thursday's meeting.
"""

_PROFILE = """Margaret Ellison has spent most of her life on the water.

She was born in a fishing village in 1941, the youngest of six children.

She learned to sail before she could ride a bicycle, and she won her first race at the age of nine.

She married a boat builder in 1962 and the couple raised three sons above the boatyard.

In 1978 she became the first woman to sail alone around the islands, a voyage of forty days.

She wrote two books about the trip and taught sailing to hundreds of children.

She still walks down to the harbour every morning and checks the boats.

She lost her husband in 2004, and she ran the yard alone for a decade.

She handed the yard to her eldest son in 2015.

She says the sea has given her everything she has.

She plans one more trip around the islands next summer.

Her sons say she will not be talked out of it.
"""

# A profile whose later lines credit a relative is still the writer's telling of a life.
_PROFILE_CREDITED = _PROFILE.replace("a voyage of forty days.", "a voyage of forty days, her eldest son said.")

# A letter-writer or columnist who hedges but also asks and says "I" argues (Audit 31 A3's letters page).
_HEDGING_COLUMN = """The spill off the north coast has now reached the bird colonies on the cliffs.

Perhaps spreading the oil thinly is the quickest way to let the sea deal with it.

It is possible that the colonies will recover within a few years.

I am angry that the company says it is doing everything it can.

There are miles of floating barriers in the port: why are they still in the warehouse?

The company has hired two hundred workers to clean the beaches.

The beaches were closed to the public last week.

The fishing fleet has stayed in harbour since the spill began.

The coastguard has flown over the area every day.

The oil came from a tanker that ran aground in a storm.

The tanker was carrying crude oil to the refinery in the south.

The refinery has cut its output while it waits for new supplies.

Local hotels have lost bookings for the summer.

The council has set up a fund for the owners of small businesses.

The birds will begin to nest again in the spring.
"""

NEAR_MISSES = [
    ("two statements", _TWO_STATEMENTS, "news"),
    ("conflicting accounts", _CONFLICTING, "news"),
    ("arguing column", _ARGUING_COLUMN, "opinion"),
    ("should column", _SHOULD_COLUMN, "opinion"),
    ("profile feature", _PROFILE, "feature"),
    ("profile crediting a son later", _PROFILE_CREDITED, "feature"),
    ("hedging column that asks", _HEDGING_COLUMN, "opinion"),
]


@pytest.mark.parametrize(("name", "text", "want"), NEAR_MISSES, ids=[n for n, _, _ in NEAR_MISSES])
def test_near_misses_keep_their_genre(name: str, text: str, want: str) -> None:
    assert _genre(text) == want, name
