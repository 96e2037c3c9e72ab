"""Key points, session 27 (issue #11; reader Audit 41 #2, #6, #12 and Audit 40 #5).

Audit 41 found an explainer whose key points were its hook, its scenery and its question, without the answer
that follows the question; a gossip item whose key points were the set-up of a mystery ("little has been
known about ...", "her face is never shown") and not the identity the item reveals; and an emailed Q&A
interview whose lede (what the interviewee warned) was pushed out of the key points by the line giving her
alias, with a speaker label ("Name:") printed inside a key point. Audit 40's correspondent's analysis led
with the security scenery of a summit. Here the explainer's answer leads (shown with its question), the
revealed identity leads and the mystery set-up is no key point, a Q&A's lede leads and its alias line is
no point, and a labelled answer shows its speaker in brackets. Near misses: straight news reports with a
quoted question, an unrevealed identity, a "revealed" lede and a warning lede, whose ledes stay first.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow


ANY = ("news", "feature", "opinion", "analysis", "explainer", "qa", "review", "roundup")

EXPLAINER_ANSWER = Case("explainer_answer", """\
Barely worse than a sore throat, say most of the people who have caught the new stomach bug this spring.

So should you simply catch it now and get it over with, before a nastier strain turns up in the autumn?

Across the country, pharmacies have run short of rehydration salts as families stock up.

Many parents worry about the side effects of the new vaccine and ask whether a mild infection would be safer.

"It would be a reckless thing to do," says Helen Marsh, professor of infectious diseases at Northgate University.

"You might shake it off in two days, but you could pass it to a neighbour with a weak heart."

The virus spreads easily in schools and care homes, and older people are far more likely to need hospital care.

Deliberate exposure would only make sense if everyone then stayed at home for a fortnight, she says.

The health agency says the vaccine remains the safest way to build protection.
""", ANY, ("reckless thing to do",), ("pharmacies have run short",))

EXPLAINER_ONLY_IF = Case("explainer_only_if", """\
Energy bills have doubled in two years, and millions of households have been offered a free smart meter.

So can a smart meter really cut what you pay?

Installers have fitted more than 20 million of the grey boxes in kitchens and hallways across the country.

Some owners say the glowing display on the worktop has become a source of family arguments.

Only if you change when and how you use power, says Tom Reyes, an energy analyst at the Clearwatt consultancy.

The meter itself saves nothing; it only shows you what you spend, minute by minute.

Households that moved washing and charging to the night saved about a tenth on their bills in a trial last year.

Suppliers are now offering cheaper night rates to customers with the new meters.
""", ANY, ("Only if you change when",), ("glowing display",))

GOSSIP_REVEAL = Case("gossip_reveal", """\
Sunny Crafts is one of the most watched channels on the internet, earning an estimated $3 million last year \
from videos of paper flowers.

However, almost nothing has been known about the person behind the glue gun. In fact, the crafter's face \
has never been seen on camera, only a pair of hands and a soft voice. Now a newspaper investigation reveals the \
true identity of the crafter, and it is a surprise. A retired Olympic weightlifter from Ohio is behind the gentle \
craft videos, the paper says.

The Evening Courier reports that former weightlifter Dana Kowalski, who won a bronze medal in 1996, runs the \
channel from her farmhouse. Reporters matched the channel's business filings with her address and spoke to \
relatives who confirmed the story.

Kowalski has kept her identity secret for years. Her fans, many of them young children, may be surprised to learn \
who the crafter is.

Neighbours say they recognised her laugh in the videos straight away.

Would you ever have guessed who was behind the paper flowers?
""", ANY, ("Olympic weightlifter from Ohio", "Dana Kowalski"),
    ("almost nothing has been known", "has never been seen on camera", "reveals the true identity"))

QA_EMAILED = Case("qa_emailed", """\
(Northwire) -- A farmer who leads a protest movement in the southern valleys has warned that the blockades of \
the highways could turn violent within weeks.

The man, a 41-year-old grower of olives, gave the warning in a series of emailed answers to questions sent to \
him by Northwire.

He does not want his name published for fear of losing his land, so has asked that we call him Tomas.

What does the movement want from the government?

Tomas: Fair prices for water and a say in how it is shared.

As long as the ministry listens to us, I see no need for blockades.

But I doubt that the ministry will listen.

Will the blockades go on?

Tomas: I am against keeping the blockades going.

We are pushing angry young men to stand in front of trucks with nothing in their hands.

The police will not back down and will use as much force as they like.

What should the European Union do?

Tomas: Pressure from Brussels is not helpful.

People here distrust anything that comes from abroad.

Help with water storage would be more useful than speeches.
""", ("qa",), ("blockades of the highways could turn violent",), ("call him Tomas", "Tomas: "))

NEWS_QUOTED_QUESTION = Case("news_quoted_question", """\
Fire crews rescued 14 people from the roof of a flooded care home in Denton on Tuesday after the river burst \
its banks overnight.

The residents, the oldest of them 96, were lifted into boats and taken to the town's leisure centre.

"Why did nobody warn us the water was coming?" asked one resident's daughter, Maria Colt.

The Environment Agency said its flood warning had been issued at 2 a.m., an hour before the bank gave way.

"It would have been impossible to move everyone in the dark," the home's manager said.

More rain is forecast for Thursday, and the agency has told people in low-lying streets to be ready to leave.

Schools in the town will stay closed for the rest of the week.
""", ("news",), ("rescued 14 people from the roof",), ())

NEWS_UNNAMED_VICTIM = Case("news_unnamed_victim", """\
A man was killed when his car left the road and hit a tree on the A49 near Leominster early on Sunday.

Police have not revealed the identity of the driver, who was 34 and lived in the town.

Little is known about what caused the crash, and officers have appealed for witnesses.

The road was closed for seven hours while investigators examined the scene.

It is the third fatal crash on the same stretch of road this year.

Local councillors have called for a lower speed limit and for speed cameras near the bend.
""", ("news",), ("A man was killed when his car left the road",), ())

NEWS_REVEALED_LEDE = Case("news_revealed_lede", """\
The health minister revealed on Monday that 2,300 hospital beds had been closed in the past year because there \
were not enough nurses to staff them.

The figures, released in reply to a question in parliament, show the closures were worst in the north.

However, the minister said that a new recruitment drive would reopen most of the beds by the spring.

Opposition parties said the closures had caused the longest waits for surgery on record.

The nurses' union said pay, not recruitment, was the problem.

Hospital managers have been told to report weekly on the number of beds in use.
""", ("news",), ("2,300 hospital beds had been closed",), ())

NEWS_WARNING_LEDE = Case("news_warning_lede", """\
A union leader has warned that a strike by rail signal workers could shut down most of the network next month.

The warning came in a letter to members sent on Friday, which the union later published on its website.

The signal workers, who number about 5,000, voted by a large majority to reject a pay offer of 3 per cent.

What do the workers want?

The union says they want a rise in line with inflation, which is running at 7 per cent.

The rail operator said it was disappointed and urged the union to return to talks.

Passengers' groups said a strike would hit commuters who had already faced months of delays.
""", ("news",), ("strike by rail signal workers could shut down",), ())

NEWS_WHY_IT_MATTERS = Case("news_why_it_matters", """\
The port of Halvik will close to container ships for six weeks from Monday while its main quay is rebuilt, the \
harbour authority said on Thursday.

Why does the closure matter? It is the busiest port on the coast, and it handles a third of the region's imports.

Shipping lines have been told to use the ports of Esby and Norland instead.

Hauliers warned that the detour would add two days to deliveries of fresh food.

The harbour authority said the quay had been damaged in a storm in January.
""", ("news",), ("will close to container ships",), ())

SUMMIT_SCENERY = Case("summit_scenery", """\
At the opening session the host prime minister warned against a new arms race in the region.

Staging the summit has cost the host city a fortune in money and police hours.

Thousands of police officers have been posted at every crossroads and bridge in the capital.

There was also a daylong curfew, to the annoyance of shopkeepers if not the children playing cricket in the \
empty streets.

For a journalist like me, covering this summit has meant endless queues at checkpoints and little access to \
ministers.

It says something that the last summit I covered, in a city under siege, was only a little more chaotic.

The main item on the agenda was the war in Veldor.

Delegates formally backed a United Nations plan for a ceasefire in Veldor, with the Secretary-General looking on.

But the region is deeply split over how to deal with the government in Veldor.

Some states want tough sanctions, while Veldor's neighbours fear what would follow if its government fell.

As the delegates left another costly and inconclusive summit, they admitted the war could go on for a long time.
""", ANY, ("formally backed a United Nations plan", "inconclusive summit"), ("daylong curfew", "posted at every crossroads"),
    title="Leaders sit down for talks on the crisis in Veldor as rival camps argue over sanctions")

CASES = (EXPLAINER_ANSWER, EXPLAINER_ONLY_IF, GOSSIP_REVEAL, QA_EMAILED, SUMMIT_SCENERY)
NEWS = (NEWS_QUOTED_QUESTION, NEWS_UNNAMED_VICTIM, NEWS_REVEALED_LEDE, NEWS_WARNING_LEDE, NEWS_WHY_IT_MATTERS)


@pytest.mark.parametrize("case", case_params(CASES))
def test_point_leads_and_padding_goes(case: Case) -> None:
    """The piece's point is among the first two key points, and no key point is set-up or a speaker label."""
    genre, points = brief_points(case)
    assert genre in case.genres, genre
    assert any(p in k for k in points[:2] for p in case.lead), points
    assert not [b for b in case.banned for k in points if b in k], points


@pytest.mark.parametrize("case", case_params(NEWS))
def test_news_lede_stays_first(case: Case) -> None:
    """A straight news report still leads with its lede."""
    genre, points = brief_points(case)
    assert genre in case.genres, genre
    assert case.lead[0] in points[0], points
