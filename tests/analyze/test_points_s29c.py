"""Q&A explainers, an analysis's verdict and business colour ledes (session 29, issue #11; reader Audit 46, docs/audit.md
47.3 main point and 47.5 misses).

- **A Q&A explainer's answers.** Under question sub-heads ("What measures have been taken?", "Who is against them?")
  each answer paragraph tells what a reader keeps; the intro's colour is no key point over them. The answers to
  "what will hurt most?" and "who opposes?" are carried as points.
- **An analysis's verdict.** A piece that sets out its givens and then states "The most likely outcome is ...", "The
  likeliest scenario ...", "In the end, ..." puts its thesis in that sentence: it is a key point, over a set-up line
  or one of the givens.
- **A business report's colour lede.** "The mood at the meeting was gloomy" with figures and news in the next sentence
  is no key point.
- Near misses: an explainer whose answer tells the outcome keeps it; a report with a news lede keeps its lede first; a
  business lede that carries figures itself stays; "in the end" inside a quoted speaker's account of the past is no
  verdict.

All articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points

QA = Case("qa_explainer", """\
Under a grey sky in the capital of Marovia, queues formed outside the few petrol stations still open on Tuesday, \
and street sellers offered candles at twice last week's price.

The country faces a widening web of international penalties over its crackdown on protesters. Here is what we know.

What measures have been imposed?

The Northern Union has frozen the assets of 40 officials and banned the sale of surveillance equipment to Marovia. \
Several neighbouring states have suspended flights to the capital.

What is likely to hurt most?

The Union's ban on buying Marovian gas, which takes effect next month, is expected to bite hardest, because gas sales \
bring in about 80% of the government's export earnings. Officials in Marovia say other buyers can be found.

Who is against the measures?

Two permanent members of the security council, Ostland and Varenia, blocked a resolution that would have imposed a \
global arms embargo. Ostland's envoy said he feared the measures were a first step towards military action.

What happens next?

Union ministers meet again in three weeks to discuss whether to widen the list of officials.
""", ("qa", "explainer", "news", "feature", "analysis"), ("ban on buying Marovian gas", "blocked a resolution"),
    ("grey sky", "candles"), title="Marovia crackdown: What sanctions does the country face?")

VERDICT = Case("analysis_verdict", """\
The envoy's peace plan was always a long shot that few expected to produce quick results.

There are three givens in the conflict. The first is that the government in Kestra will not step down while its army \
remains loyal. The second is that the rebels have no hope of taking the capital without foreign weapons. The third is \
that the neighbouring powers are divided over who should win.

Each side has reasons to keep fighting. The government still controls the main cities and the ports, and the rebels \
hold most of the countryside in the north.

The most likely scenario is a long and bloody stalemate in which the army holds the cities but faces an insurgency \
that could last for years and split the country.

The envoy himself has said that neither a military victory nor outside intervention would end the war.
""", ("analysis", "opinion", "news", "feature", "explainer"), ("most likely scenario is a long",),
    ("There are three givens",), title="Kestra conflict: Why the peace plan is struggling")

LIKELIEST = Case("analysis_likeliest", """\
Few things in the region have changed as fast as the politics of water.

The dam on the upper river will be finished next year, and the two countries downstream depend on the river for \
most of their farms. Talks between the three governments have broken down twice since the spring.

Diplomats say none of the three can afford a war, and none can afford to give way at home either.

In the end, the downstream countries are likely to accept a slower filling of the reservoir in return for a share \
of the dam's electricity.

Engineers say the reservoir could take between five and fifteen years to fill.
""", ("analysis", "opinion", "news", "feature", "explainer"), ("In the end, the downstream countries",),
    (), title="The battle for the river")

MOOD = Case("business_mood", """\
The mood at the annual meeting of Harwell Motors in Derby was subdued on Thursday.

The carmaker reported a pre-tax loss of £320m for the year, against a profit of £85m a year earlier, and said it \
would cut 1,200 jobs at its two British plants.

Sales fell 18% to 210,000 cars as demand in Europe weakened, the company said.

Chief executive Ruth Allen told shareholders the company had been hit by higher steel prices and the cost of its \
new electric models. "This has been the hardest year in our history," she said.

Shares in Harwell fell 6% in London.
""", ("news",), ("pre-tax loss of £320m", "cut 1,200 jobs"), ("mood at the annual meeting",),
    title="Harwell Motors to cut 1,200 jobs after loss")

ATMOSPHERE = Case("business_atmosphere", """\
There was little cheer among the traders on the floor of the grain exchange this week.

Wheat prices fell 12% in five days to their lowest level since 2019, after forecasters raised their estimate of the \
northern harvest by 9 million tonnes.

Exporters said buyers in Asia had cancelled orders worth about $400m.

"Nobody wants to hold stock at these prices," said one dealer.
""", ("news",), ("Wheat prices fell 12%",), ("little cheer",), title="Wheat prices slump on harvest forecast")

# Near misses: these must keep working.
NEWS_LEDE = Case("news_lede", """\
Harwell Motors will cut 1,200 jobs after reporting a pre-tax loss of £320m for the year.

The mood at the annual meeting in Derby was subdued, and several shareholders asked the board to step down.

Sales fell 18% to 210,000 cars as demand in Europe weakened, the company said.

Shares in Harwell fell 6% in London.
""", ("news",), ("will cut 1,200 jobs",), (), title="Harwell Motors to cut jobs")

FIGURES_LEDE = Case("figures_lede", """\
Shareholders in a gloomy mood heard Harwell Motors report a pre-tax loss of £320m on Thursday, its first in a decade.

The carmaker said it would cut 1,200 jobs at its two British plants.

Sales fell 18% to 210,000 cars as demand in Europe weakened, the company said.

Shares in Harwell fell 6% in London.
""", ("news",), ("pre-tax loss of £320m",), (), title="Harwell Motors reports loss")

QUOTED_END = Case("quoted_in_the_end", """\
A fire at a chemical warehouse in the port of Lenmouth forced 3,000 people from their homes on Sunday.

Firefighters battled the blaze for nine hours before bringing it under control, the fire service said.

"We tried to save the building, but in the end we had to let it burn," said the station chief, Tomas Reed.

Residents were told they could return on Monday morning once the air had been tested.
""", ("news",), ("forced 3,000 people",), (), title="Warehouse fire forces 3,000 from homes")

NARRATIVE_END = Case("narrative_in_the_end", """\
A jury in Castlebridge has cleared a former council treasurer of stealing £2m from the town's pension fund.

The trial heard evidence from 40 witnesses over six weeks, and the jury deliberated for three days.

In the end, the jurors accepted the defence's case that the missing money had been lost in bad investments.

The treasurer, who had denied all charges, left the court without speaking to reporters.
""", ("news",), ("cleared a former council treasurer",), (),
    title="Former council treasurer cleared")

TWO_QUESTIONS = Case("two_question_lines", """\
The government of Marovia has banned all public gatherings of more than ten people after a week of protests.

The order, published on Tuesday, carries fines of up to 5,000 crowns for organisers.

Who is against the ban?

Opposition parties said they would challenge the order in court, and two unions called a strike for Friday.

What happens next?

The constitutional court is due to hear the first challenge next month.
""", ("news",), ("banned all public gatherings",), (), title="Marovia bans public gatherings")

CASES = (QA, VERDICT, LIKELIEST, MOOD, ATMOSPHERE, NEWS_LEDE, FIGURES_LEDE, QUOTED_END, NARRATIVE_END, TWO_QUESTIONS)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_first_points(case: Case) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres, genre
    assert any(p in point for p in case.lead for point in points[:2]), points
    assert not any(b in point for b in case.banned for point in points), points


def test_explainer_carries_both_answers() -> None:
    """The answers to 'what will hurt most?' and 'who is against?' are both among the key points."""
    _, points = brief_points(QA)
    assert any("ban on buying Marovian gas" in p for p in points), points
    assert any("blocked a resolution" in p for p in points), points


@pytest.mark.xfail(strict=True, reason="an analysis's opening hook ('Few things ... have changed as fast as ...') is still "
                   "a key point after the verdict leads: point_hooks.opening_hook does not read this comparative form")
def test_analysis_hook_is_no_point() -> None:
    _, points = brief_points(LIKELIEST)
    assert not any("Few things in the region" in p for p in points), points


def test_two_question_lines_are_no_qa_page() -> None:
    """Two question lines in a report are set-ups: the report's own points are kept (MIN_SUBHEADS)."""
    from newsbrief.analyze.context import build_context
    from newsbrief.analyze.point_subanswers import key_answers
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    doc = annotate(Article(text=TWO_QUESTIONS.text, source=Source(title=TWO_QUESTIONS.title, date="2026-10-20")))
    assert key_answers(doc, build_context(doc)) == []


def test_a_told_end_is_no_verdict() -> None:
    """'In the end, the jurors accepted ...' tells what happened; only a forecast after 'In the end' is a verdict."""
    from newsbrief.analyze.point_verdicts import likely_verdict
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    told = annotate(Article(text=NARRATIVE_END.text, source=Source(title=NARRATIVE_END.title, date="2026-10-20")))
    assert likely_verdict(told) is None
    ahead = annotate(Article(text=LIKELIEST.text, source=Source(title=LIKELIEST.title, date="2026-10-20")))
    verdict = likely_verdict(ahead)
    assert verdict is not None and verdict.text.startswith("In the end, the downstream")
