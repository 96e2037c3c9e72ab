"""Labelled cases for session 15's second genre and key-point pass (issue #11: "the main point is missing", "say
the genre").

- **Readers' ideas page** (reader Audit 23, docs/audit.md 24.4 item 7): each reader's proposal signed under it
  ("- Name, Place, Country"), then the expert's verdict ("Prof X says: ..."). It is a Q&A page, not a news report.
- **A pundit's commentary as an edited transcript** (Audit 23, 24.2): a blog's one-line introduction ("X says the
  regime is ..."), then the pundit's long first-person passages, quoted or not. The blog's "Here is an edited
  version of his remarks" is an editor's note, no key point. It is an opinion piece: one named commentator
  argues in the first person about what should happen; no event is reported. Near-miss: a news report of a
  minister's speech quoted at length, with a dated event.
- **Argued pieces led by background** (the lead's reading of two unseen Newsroom articles): a column's background
  fact about a third party ("The diocese has had to pay out millions ... in recent years") is not its thesis; a
  profile's point is its subject's outlook ("Yet X is an optimist"), not what the subject's family owns.
- **Practical lines and question lines**: a review's opening hours ("Pesca is open Tuesday to Sunday, 6pm to
  10pm.") and a Q&A page's reader's question ("Q: My doctor says ...") are no key points.

The articles are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params
from tests.analyze.test_genre_session15 import RESTAURANT_REVIEW

READER_IDEAS = Case("reader_ideas", """\
How should the city cut its traffic jams? We put your ideas to Professor Anna Reiss, a transport planner at \
Northgate University.

Ban all private cars from the city centre on weekdays and make the buses free for everyone.

- Tom Bell, Leeds, UK

Prof Reiss says: A weekday ban would cut traffic quickly, but free buses cost a great deal, and the money would \
have to come from somewhere. A small charge for driving into the centre would pay for better buses instead.

Build more ring roads so that lorries never have to drive through the middle of town.

- Maria Costa, Porto, Portugal

Prof Reiss says: New roads fill up with new traffic within a few years. The evidence from thirty cities is \
clear that building roads does not end congestion.

Let people work from home two days a week, so that fewer of them travel at the rush hour.

- Ken Ito, Osaka, Japan

Prof Reiss says: This is the cheapest idea on the page, and it works. Employers who tried it saw peak traffic \
fall by a tenth.
""", ("qa",), ("Reiss", "weekday ban", "cheapest idea", "New roads fill up"), (),
    title="Your ideas to end the gridlock")

PUNDIT = Case("pundit", """\
The analyst Daniel Marsh says the regime in Veloria is weaker than it looks, and that the West should stop \
propping it up. Here is an edited version of his remarks.

"I have watched this government for twenty years, and I have never seen it so isolated. The generals no \
longer trust the president, and the president no longer trusts anyone.

I think the West has made a serious mistake. We keep sending money because we fear what comes next, but the \
money only buys the regime another year of repression.

What should happen instead is simple. The aid should be tied to free elections, and the sanctions on the \
president's family should be tightened, not eased.

I am not naive about the risks. A collapse could be messy, and nobody can promise that the opposition will \
govern well. But the status quo is not stable either; it is a slow-motion crisis.

In my view the choice is not between order and chaos. It is between a managed transition now and a much \
worse one later."
""", ("opinion", "analysis"), ("weaker than it looks", "West has made a serious mistake", "should be tied"),
    ("edited version",),
    title="Marsh: the West is propping up a failing regime")

# The same remarks as plain paragraphs, without quotation marks (the other way such blogs print them).
PUNDIT_PLAIN = Case("pundit_plain", """\
The analyst Daniel Marsh says the regime in Veloria is weaker than it looks, and that the West should stop \
propping it up. Here is an edited version of his remarks.

I have watched this government for twenty years, and I have never seen it so isolated. The generals no \
longer trust the president, and the president no longer trusts anyone.

I think the West has made a serious mistake. We keep sending money because we fear what comes next, but the \
money only buys the regime another year of repression.

What should happen instead is simple. The aid should be tied to free elections, and the sanctions on the \
president's family should be tightened, not eased.

I am not naive about the risks. A collapse could be messy, and nobody can promise that the opposition will \
govern well. But the status quo is not stable either; it is a slow-motion crisis.

In my view the choice is not between order and chaos. It is between a managed transition now and a much \
worse one later.
""", ("opinion", "analysis"), ("weaker than it looks", "West has made a serious mistake", "should be tied"),
    ("edited version",),
    title="Marsh: the West is propping up a failing regime")

# Near-miss: a minister's speech, quoted at length, is news: a dated event, reported in the third person.
SPEECH_REPORT = Case("speech_report", """\
The finance minister, Carla Duarte, announced on Tuesday that the government would cut fuel duty by five cents \
a litre from next month.

Speaking to business leaders in the capital, Ms Duarte said the cut would cost the treasury about $2 billion a \
year.

"I know families are struggling, and I believe this cut will help them at the pump," she said. "We will pay for \
it by closing tax loopholes that the largest companies use."

Opposition leaders said the plan was too small and came too late.

The cut will take effect on 1 March and will be reviewed after a year, the ministry said.
""", ("news",), ("cut fuel duty",), (), title="Government to cut fuel duty by five cents")

COLUMN_BACKGROUND = Case("column_background", """\
If only a bishop's expense account were the worst thing the diocese of Marlow had to answer for.

Bishop Peter Hale has been suspended after a newspaper reported that he spent church funds on first-class \
flights and a country cottage.

The diocese of Marlow has had to pay out millions of pounds to settle lawsuits over its schools in recent years.

I suspect most parishioners don't approve of the bishop's spending, but many of them will not be surprised by it.

The diocese says it wants to restore trust, and it has promised an audit of all its accounts.

But the suspension is sure to reopen the old argument over who controls the church's money, and that argument \
is overdue.

Parishioners who give every Sunday deserve to know where their money goes, and an audit by the diocese itself \
will not tell them.

The church should open its accounts to an independent auditor, and it should do so this year.
""", ("opinion",), ("reopen the old argument", "should open its accounts", "deserve to know",
                    "don't approve"), (), title=None)

PROFILE = Case("profile", """\
The national football league had its worst season on record last year, with two match-fixing trials and empty \
stadiums.

Crowds fell by a third, and three clubs went bankrupt before Christmas.

Yet Chen Wei is an optimist.

His office is full of trophies and signed shirts.

His family owns the Harbour City Sharks, one of the oldest clubs in the league.

Chen says that young fans now watch every match on their phones and that sponsors are coming back.

"Professional sport here has a great future for fans and for investors," he says.

He has hired a new coach and plans to build a training academy for 200 young players.
""", ("news", "feature"), ("optimist", "great future", "sponsors are coming back"), (), title=None)

# One paragraph, as a pasted column arrives: the background about the diocese is the most central sentence.
COLUMN_RUNON = Case("column_runon", (
    "If only a night in a casino were the worst thing a bishop had been caught doing. "
    "A local newspaper published photographs last week of Bishop Peter Hale at a roulette table in Monaco. "
    "The diocese of Marlow says the bishop has been suspended while it looks into his expenses. "
    "Most parishioners probably don't approve of a bishop who gambles. "
    "Still, will they side with the diocese? "
    "The diocese of Marlow has had to pay out millions of pounds in abuse settlements in recent years, "
    "and the diocese has closed a dozen of its parish schools. "
    "To his credit, the archbishop is trying to restore trust in the diocese and the church. "
    "But many parishioners like Hale, who visits the sick every week and runs the food bank himself. "
    "He was never a shy cleric, and he has never hidden his love of cards. "
    "Nonetheless, the Hale affair is sure to reopen the argument over how the church polices its own bishops. "
    "And while parishioners may not applaud Hale for his night at the tables, they may not condemn him as "
    "harshly as the diocese thinks they should either."), ("opinion", "analysis"),
    ("reopen the argument", "not condemn him", "probably don't approve"), (), title=None)

REVIEW_HOURS = Case("review_hours", """\
Lantern, the new noodle bar on Mill Street, is a delight, cheerful and cheap and better than it needs to be.

The menu is a single card: five noodle soups, three cold dishes and a pot of jasmine tea.

The beef broth is delicious, deep and dark, and the hand-pulled noodles have a proper bite.

The cold cucumber salad is sharp with black vinegar, though the dumplings are disappointing.

Service is quick, and the room, all pale wood and paper lamps, fills up by seven.

Lantern is open Tuesday to Sunday, 6pm to 10pm. Bowls cost from $9.
""", ("review",), ("a delight",), ("open Tuesday to Sunday", "Bowls cost"), title="Lantern, Mill Street")

READER_QUESTION = Case("reader_question", """\
Q: My doctor says my blood pressure is a little high, but I feel fine. Do I really need to take tablets? \
Peter, Derby

Dr Sara Quinn, a GP in Nottingham, answers:

A: Feeling fine is not a good guide, because high blood pressure rarely causes symptoms until it does damage.

Small changes can bring it down: less salt, less alcohol and a brisk walk on most days.

If your readings stay high after three months of such changes, tablets are the safest way to protect your \
heart and kidneys.

Most people who take them have no side effects, and the tablets are cheap.
""", ("qa",), ("Feeling fine is not a good guide", "tablets are the safest way", "Small changes"),
    ("My doctor says",), title="Ask the GP: do I need blood pressure tablets?")

# genre15's restaurant review, whose opening hours were key point 3 (its report): now banned.
RESTAURANT_HOURS = replace(RESTAURANT_REVIEW, name="restaurant_hours", banned=("open Tuesday to Sunday",))

CASES = (READER_IDEAS, PUNDIT, PUNDIT_PLAIN, SPEECH_REPORT, COLUMN_BACKGROUND, COLUMN_RUNON, PROFILE, REVIEW_HOURS,
         RESTAURANT_HOURS, READER_QUESTION)
# Cases whose key point 1 must hold the lead phrase.
FIRST = frozenset({"speech_report", "column_background", "column_runon", "profile", "review_hours"})

_GAPS: set[str] = set()
_PARAMS = case_params(CASES, _GAPS)


def _brief(case: Case) -> tuple[str, list[str]]:
    return brief_points(case)


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_session15_points(case: Case) -> None:
    """Genre, the lead phrase among the first key points, and no banned key point."""
    genre, points = _brief(case)
    assert genre in case.genres, (genre, points)
    head = points[:1] if case.name in FIRST else points[:2]
    assert any(phrase in point for point in head for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points
