"""Labelled cases for reader Audit 21's genre line (docs/audit.md 22.2 "Genre line", 22.4 items 1 and 7).

- A correspondent's analysis that weighs options ("One view holds ...; another argues ... would make things
  worse"; "There are no easy options") judges no claim true or false: it is no fact-check.
- An attack piece on a company without "I" ("This simply cannot be permitted", "has shown us") is an opinion piece.
- A sarcastic sports column ("Great. Five men. Of course.") is an opinion piece.
- A reported explainer that opens on its question ("How did a plumber's truck end up in Syria?") and answers it
  from a used-car expert is no opinion piece.

Near-misses that must stay as they are: a real debunk, a straight report, a straight report quoting a critic's
verdict. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre_tone import judges_plainly, mocks, weighs
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

ANALYSIS_OPTIONS = """\
By Daniel Hart
Diplomatic Correspondent

For the moment, that does not seem likely. Western governments have so far ruled out sending troops into Kordania.

But the pressure for action is growing. Senator Ray Collins has called for air strikes on the regime's airfields.

One view holds that a no-fly zone would tip the balance against the regime. In this view, the rebels need only \
time and protection from the air.

Another argues that air strikes would make the situation worse. Kordania's air defences are among the strongest \
in the region, and a campaign against them could last for months.

Humanitarian corridors are a further option. They would need ground troops to protect them, and no government \
has offered any.

Arming the rebels is the option most often discussed in Washington. Critics say the weapons could fall into \
the wrong hands, as they did in a neighbouring war a decade ago.

Professor Lena Brandt of the University of Harwick says the conflict is already turning into a civil war. \
"The longer the West waits, the fewer choices it will have," she says.

Others reach a different conclusion. They say any outside force would unite the regime's supporters.

Drones could watch the borders, but they cannot stop the shelling of towns.

There are no easy options. Whatever the West decides, the killing is likely to go on for some time.
"""

ATTACK = """\
The oil spill in the Gulf of Meridia is no accident. It is the result of a decade of lobbying and cost-cutting \
by Marlow Oil.

Since 2001 the company has spent more than $40m lobbying Congress, much of it against tighter safety rules for \
offshore drilling.

The explosion at its Port Ellis refinery in 2005, which killed 15 workers, has shown us what happens when \
profits come before safety. The federal safety board found that cuts to maintenance budgets had left the plant \
in a dangerous state.

The company paid a record fine and promised to change. It did not.

Its rigs in the Gulf went on drilling deeper and faster, with fewer inspections than ever.

The industry is desperate for oil, and Washington has let it write its own rules.

Marlow Oil will continue to use its vast wealth and influence to escape regulation. This simply cannot be \
permitted.
"""

SNARK = """\
The league's broadcaster is going to hold a panel on domestic violence in football this Sunday. Great! \
Who will sit on it? Five men. Of course.

Nothing says "we take this seriously" like five former linebackers in matching suits explaining abuse to \
the women watching at home.

The network could have invited an advocate, a survivor, or literally any woman. It did not, because that would \
interfere with the money the league and the network make together.

They are bad at their jobs. They have been bad at their jobs all season.

Sports writer Amy Collins put it best: "If you cannot find one woman to talk about violence against women, \
you are not looking."

UPDATE: A network spokesman said no such panel had ever been planned and that Sunday's show would go on as usual.
"""

EXPLAINER = """\
How did a plumber's truck from Texas end up with militants in Syria?

Last week a photo posted online showed a pickup truck with a heavy gun mounted in its bed. The doors still \
carried the name of a plumbing firm in Texas.

The firm's owner said he traded the truck in at a dealership in Houston two years ago.

"Trucks traded in at big dealerships often go to auction, and many of those are bought by exporters," said \
Paul Jenkins, a used-car dealer who has worked in the trade for 30 years.

Exporters ship thousands of used American trucks to the Middle East every year, he said, and they seldom \
remove the old paint or the decals.

The dealership said it could not comment on the sale of any single vehicle.

The owner's son said the family had received hundreds of calls since the photo appeared. "It's crazy," he said.

The path from Texas to Syria may be shorter than some may think.
"""

DEBUNK = """\
A post shared thousands of times this week claims that a new law will ban dogs from city parks from next month.

It is a hoax. There is no such law, and the city council has not discussed one.

The post first appeared on a satire site that publishes made-up stories.

A council spokesman said parks would stay open to dogs on leads, as they are now.
"""

REPORT = """\
The government of Kordania imposed a night curfew on the capital on Monday after a second day of protests over \
food prices.

Soldiers set up checkpoints on the main roads into the city, and the state broadcaster said shops would close \
at 6 p.m.

The interior minister said the curfew would last until the end of the month.

Protesters said they would march again on Tuesday.
"""

REPORT_CRITIC = """\
Marlow Oil was fined $12m on Tuesday for safety failures at its Port Ellis refinery, where 15 workers died in 2005.

The federal safety board said cuts to maintenance budgets had left the plant in a dangerous state.

"This simply cannot be permitted to happen again," said Eva Rowe, whose parents died in the blast.

The company said it had spent $1bn on safety since the explosion and would not appeal against the fine.

Shares in the company fell 2% in early trading.
"""

# The analysis dismissing one view as a myth, as analyses do: still no fact-check.
ANALYSIS_MYTH = ANALYSIS_OPTIONS.replace(
    "\n\nDrones", "\n\nThe claim, made by some in Washington, that the regime is about to fall is a myth. There is no "
    "evidence that its army is close to splitting.\n\nDrones")

CASES = [
    ("analysis_options", ANALYSIS_OPTIONS, "", "Daniel Hart", ("analysis", "opinion")),
    ("analysis_myth", ANALYSIS_MYTH, "", "Daniel Hart", ("analysis", "opinion")),
    ("attack", ATTACK, "", None, ("opinion",)),
    ("snark", SNARK, "", None, ("opinion",)),
    ("explainer", EXPLAINER, "", None, ("qa", "analysis", "news")),
    ("debunk", DEBUNK, "", None, ("factcheck",)),
    ("report", REPORT, "", None, ("news",)),
    ("report_critic", REPORT_CRITIC, "", None, ("news",)),
]


def _genre(text: str, title: str, author: str | None) -> str:
    doc = annotate(Article(text=text, source=Source(title=title or None, author=author, date="2014-10-10")))
    return build_context(doc).genre


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text", "title", "author", "genres"), CASES, ids=[c[0] for c in CASES])
def test_audit21_genre(name: str, text: str, title: str, author: str | None, genres: tuple[str, ...]) -> None:
    assert _genre(text, title, author) in genres, name


@pytest.mark.parametrize(("text", "expected"), [
    ("This simply can not be permitted.", True),
    ("This simply cannot be permitted.", True),
    ("The spill is no accident.", True),
    ("The Port Ellis blast has shown us what happens when profits come first.", True),
    ("The company said it had not been permitted to inspect the rig.", False),
    ("The fire was an accident, the report found.", False),
])
def test_plain_verdicts(text: str, expected: bool) -> None:
    assert judges_plainly(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Great!", True),
    ("Of course.", True),
    ("They are bad at their jobs.", True),
    ("Great Britain won the race.", False),
    ("Of course the vote will go ahead on Tuesday, the minister said.", False),
])
def test_sarcasm(text: str, expected: bool) -> None:
    assert mocks(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("One view holds that a no-fly zone would tip the balance.", True),
    ("Another argues that air strikes would make the situation worse.", True),
    ("Humanitarian corridors are a further option.", True),
    ("There are no easy options.", True),
    ("The council voted on Tuesday to close the library.", False),
    ("Share options were granted to 40 staff.", False),
])
def test_weighing(text: str, expected: bool) -> None:
    assert weighs(text) is expected


_STARRED = """Friday, June 2nd 2006, 1:10AM THE LIGHTHOUSE KEEPER. With Ana Torres, Paul Reyes. Directed by Mia Holm. \
At area theaters. Running time: 118 mins. Rated PG-13. 3 1/2 Stars. If you have a weakness for slow, salty \
dramas, you will forgive this one its long middle hour. Torres plays a widow who takes over her husband's post on \
a rock off the coast, and Reyes is the inspector sent to close it. The film is gorgeous to look at and a little \
too pleased with its own silences. Still, it earns its ending."""

_FIVE_STARS_NEWS = """Five stars of the national team were dropped on Monday after missing a curfew, the coach said. \
The players will miss Saturday's match against Norway. The federation said it would review its rules."""


@pytest.mark.slow
def test_a_star_rating_line_makes_a_review() -> None:
    # The lead's reading of an unseen Newsroom film review (session 14): "3 1/2 Stars." on its own in the
    # credits block, which the rating pattern did not read, and the review was labelled a feature.
    assert _genre(_STARRED, "", None) == "review"
    assert _genre(_FIVE_STARS_NEWS, "", None) == "news"
