"""Key points, session 19 round 2 (reader Audit 31 and the lead's reading of an unseen Newsroom report).

Audit 31 found a correspondent's analysis leading its key points with background ("X has been Y's ally since
...") while its thesis, a hedged forward-looking claim ("at some point ... may have to"), came late; jokey and
hoax stories keeping their generic hooks ("Twenty years ago, A, B and C", "Strange things are happening", "you
will experience"); and the lead found a key point that was the first half of a two-sentence quotation. Near
misses: straight reports keep their lede, an analysis whose thesis opens it keeps it, a one-fact "years ago".

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import SPLIT_IMPACT, SPLIT_PROSECUTOR, Case, brief_points, case_params

pytestmark = pytest.mark.slow

ANY = ("news", "feature", "opinion", "analysis", "explainer")

ABANDON = Case("analysis_may_have_to_abandon", """\
By Lena Marsh, Diplomatic correspondent

Karsland has been Voria's closest trading partner since the end of the war.

For years it suited the government in Voria to treat the arrangement as a friendship.

The pipeline deal of 2009 deepened the trend, and the two capitals signed a string of new accords.

At the regional council, Voria has repeatedly argued that sanctions against Karsland would break its rule of \
never backing outside pressure on a neighbour.

That position has hardened since the border dispute of 2015.

But posture and practice are not the same thing in Voria's foreign policy.

At some point Voria may have to abandon its old partner, and its new draft resolution and its hints about \
sanctions are the first moves in that direction.

Officials in the capital still insist that nothing has changed.
""", ANY, ("may have to abandon its old partner",), ("closest trading partner since",),
    title="Why Voria may have to drop its old partner")

LUCKY = Case("analysis_may_have_been_lucky", """\
When the port authority's chief said in March that the chemical leak was small, he was mocked by ministers, \
but he was technically right.

In the 40 days of the leak, about 2m litres of solvent are thought to have reached the bay.

That is a lot, but less than the city's factories discharged every week in the 1990s.

The fumes from all that solvent will have drifted across the whole coast.

The region may have been lucky: the leak was far offshore, in warm and fast-moving water.

Other leaks have done far more harm in cold, still water, where chemicals break down slowly.

The damage yet to be counted will still be serious for the fishing grounds.
""", ANY, ("region may have been lucky",), (),
    title="Chemical leak damage unknown but the region may have been lucky")

QUESTION = Case("analysis_the_real_question", """\
By Tom Reyes, Economics editor

The central bank has held interest rates at 3% for eleven months.

Inflation has fallen from its peak of 9% two years ago, and wages have started to catch up.

Housing sales, which collapsed last winter, have steadied in most regions.

The real question is whether the bank has waited too long to cut rates, and it is likely that the slowdown in \
factories will force its hand before the summer.

Factory orders fell for a fourth month in a row in March.

Several board members have said they want more evidence before they move.
""", ANY, ("waited too long to cut rates",), ("held interest rates at 3% for eleven months",),
    title="Has the central bank waited too long to cut rates?")

THESIS_FIRST = Case("analysis_thesis_first", """\
By Lena Marsh, Diplomatic correspondent

Voria may have to abandon its old partner Karsland sooner than its leaders admit.

Karsland has been Voria's closest trading partner since the end of the war.

The pipeline deal of 2009 deepened the ties, and the two capitals signed a string of new accords.

At some point the cost of the sanctions will be too high for Voria's exporters.

Officials in the capital still insist that nothing has changed.
""", ANY, ("abandon its old partner Karsland sooner",), (),
    title="Voria may have to drop its old partner")

NEWS_MAY = Case("news_official_may_have_to", """\
Police arrested three men on Tuesday after a van carrying medicines was hijacked on the A40 near Oxley.

The van's driver was tied up and left by the road, and the medicines, worth about 200,000 pounds, were taken.

Detective Inspector Ruth Cole said the gang had probably followed the van from the depot.

"At some point we may have to ask the depots to change their routes," she said.

The three men, aged 24 to 31, are being held at Oxley police station.
""", ("news",), ("Police arrested three men",), (),
    title="Three arrested after medicines van hijacked")

NEWS_LIKELY = Case("news_likely_later", """\
The council voted on Monday to close two libraries in Branford to save 300,000 pounds a year.

The libraries, in Eastgate and Mill Lane, will shut at the end of June.

Campaigners had gathered 4,000 signatures against the closures.

It is likely that the mobile library service will be extended to cover both areas, council papers show.

The council's leader said the decision had been painful but unavoidable.
""", ("news",), ("voted on Monday to close two libraries",), (),
    title="Council votes to close two Branford libraries")

TIME_HOOK = Case("hook_twenty_years_ago", """\
A cheese sandwich made in 1999 looks almost exactly like one made this morning. Twenty years ago, a band called \
the Corrs topped the charts, a company called Nokia sold the most phones, and two students in Leeds wrapped a \
sandwich in cling film. Two of those three things changed dramatically; one did not.

According to the Leeds Echo, friends Amir Shah and Dan Price, then 19 and 20, kept the sandwich in a drawer \
after their friend forgot to collect it.

"It was a joke at first, and then it became a kind of pet," Shah said.

The pair now plan to sell the sandwich at a charity auction in Leeds next month.
""", ANY, ("cheese sandwich made in 1999", "kept the sandwich in a drawer"),
    ("Twenty years ago", "Two of those three things"),
    title="Twenty-year-old sandwich still looks fresh")

PLATITUDE = Case("hook_platitude_you_will_experience", """\
Comet Will Turn The Night Sky Green On March 3 For Ten Minutes.

Strange things are happening in the sky these days. But nothing more beautiful than the one you will see on \
March 3.

According to the amateur astronomer Peter Vane, at exactly 9:12 pm a comet called Osiris will pass close to \
the Moon and turn the night sky green for ten minutes.

Vane told a radio station that anyone could see the effect with the naked eye.

Astronomers have long known that Osiris would return this year, but none has predicted any change in colour.

So mark the date in your diary and tell your friends!
""", ANY, ("comet called Osiris will pass close", "Comet Will Turn The Night Sky Green"),
    ("Strange things are happening", "you will see on"),
    title="Comet Will Turn The Night Sky Green On March 3 For Ten Minutes")

NEWS_YEARS_AGO = Case("news_years_ago_one_fact", """\
The Harlow paper mill will close in May with the loss of 350 jobs, its owner said on Thursday.

Twenty years ago, the mill employed more than 2,000 people in the town.

The owner, Fenwick Paper, blamed falling demand and the cost of energy.

Unions said they would fight the closure and called on the government to help.
""", ("news",), ("mill will close in May",), (),
    title="Harlow paper mill to close with loss of 350 jobs")

QUOTE_HALF = Case("quote_two_sentences", """\
A cheap saliva test cut deaths from gum disease by a third in a study of 20,000 people in rural Peru, doctors \
reported on Sunday at a dental conference in Lima.

Maria Quispe, one of the people in the study, says the test saved her teeth. "Many people refused to be tested. \
Some of them lost all their teeth later," Quispe said. "Now everyone in my village asks for it."

The test costs very little and can be done by nurses with two days of training.

It cut the rate of tooth loss by 31 percent, the study found.

"That is a remarkable result for such a simple test," said Dr. Ana Ruiz of the national health institute.

The study was led by Dr. Luis Torres of the University of Cusco.

Officials already plan to offer the test across the country next year.
""", ANY, ("saliva test cut deaths from gum disease",), ())

NEWS_PLAIN = Case("news_straight_lead", """\
Firefighters rescued 12 people from a burning block of flats in Dunmore early on Saturday.

The fire started in a kitchen on the third floor shortly after 2am, the fire service said.

Two residents were taken to hospital with smoke inhalation.

Strange noises had been heard in the building for weeks, neighbours said.

The cause of the fire is being investigated.
""", ("news",), ("Firefighters rescued 12 people",), (),
    title="Twelve rescued from Dunmore flats fire")

ESSAY_LATE = Case("analysis_question_is", """\
By Priya Nair, Science correspondent

The space agency launched its new telescope in January after nine years of delays.

It cost 4bn dollars, twice the original budget.

Its first images, released last week, were sharper than any taken before.

The question is whether the agency can afford to run it for the ten years it promised, and the honest answer \
may be that it cannot.

Congress has already cut next year's budget by 8%.

Engineers say the cooling system will need repairs within five years.
""", ANY, ("can afford to run it for the ten years",), (),
    title="Can the space agency afford its new telescope?")

UNTITLED_BACKGROUND = Case("analysis_untitled_background", """\
Norland has been Askeria's main supplier of grain since the end of the civil war.

For years it suited the government in Askeria to treat the deal as a sign of lasting friendship.

The drought of 2012 deepened the tie, when Norland sent ships of wheat at half the market price.

Askeria has repeatedly argued that its loyalty to Norland is a matter of principle rather than of price.

But the new harvests on its own southern plains have changed the sums.

At some point Askeria may have to choose between its old supplier and its own farmers, and its new import \
rules are the first sign of that choice.

Farmers' leaders in the south have welcomed the rules.
""", ANY, ("may have to choose between its old supplier",), ("main supplier of grain since",))

UNTITLED_NEWS = Case("news_untitled_since_dated", """\
The Dorton plant has made buses since 1962, and on Tuesday its owner said it would close by March with the loss \
of 400 jobs.

The owner, Kelbrook Motors, blamed falling orders from city councils.

Workers were told at a meeting on Tuesday morning.

At some point the town may have to find new employers for hundreds of skilled engineers.

Unions said they would fight the closure.
""", ("news",), ("owner said it would close by March",), ())

# The thesis cases: the background may stay among the points, but must not lead.
THESIS_CASES = [ABANDON, LUCKY, QUESTION, THESIS_FIRST, NEWS_MAY, NEWS_LIKELY, NEWS_PLAIN, ESSAY_LATE,
                UNTITLED_BACKGROUND, UNTITLED_NEWS]
# The hook and quotation cases: a hook is no key point at all.
HOOK_CASES = [TIME_HOOK, PLATITUDE, NEWS_YEARS_AGO, QUOTE_HALF]


def _unclosed(point: str) -> bool:
    """True when the point opens a quotation it never closes (a first half cut from its close)."""
    body = point.split("] ", 1)[-1] if point.startswith("[") else point
    return body[:1] in "\"“" and body.count("\"") + body.count("“") + body.count("”") < 2


def _check(case: Case, everywhere: bool) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points[:3])
    first = " ".join(points[:2])
    assert any(phrase in first for phrase in case.lead), (genre, points)
    shown = points if everywhere else points[:1]
    assert not any(phrase in p for p in shown for phrase in case.banned), (genre, points)
    assert not any(_unclosed(p) for p in points), (genre, points)


@pytest.mark.parametrize("case", case_params(THESIS_CASES))
def test_thesis_leads(case: Case) -> None:
    """The genre is one the case allows; the thesis (or a report's lede) is in the first two key points and the
    background does not lead."""
    _check(case, everywhere=False)


@pytest.mark.parametrize("case", case_params(HOOK_CASES))
def test_no_hook_or_half_quote(case: Case) -> None:
    """The story's point is in the first two key points; no key point is a hook or half a quotation."""
    _check(case, everywhere=True)


@pytest.mark.parametrize(("case", "closing"), [(SPLIT_PROSECUTOR, "the issue is"),
                                               (SPLIT_IMPACT, "we have seen the track")])
def test_split_quotation_whole_or_not_at_all(case: Case, closing: str) -> None:
    """Session 14's split quotations: a closing half never stands alone as a point; the whole two-sentence
    quotation may (session 19b: a short quotation is shown whole)."""
    _genre, points = brief_points(case)
    assert not any(p.lstrip("[").lower().replace("]", "").startswith(closing) for p in points), points
    assert not any(_unclosed(p) for p in points), points
