"""Labelled cases for session 18 round 2's genre work (Audit 29, docs/audit.md section 30.2, 30.3, 30.5).

- **Explainers get a label of their own.** A headline question ("Why is X so poor?") answered by the writer in the
  present tense with causes, a guide told stage by stage ("First ... Then ... Finally"), and a case study laying
  out causes and effects with no news of the day are explainers, not news, review or Q&A.
- **A review needs a reviewed work.** A case study's judgement words ("disappointing", "better") are no review.
- **Reported evaluation is not the writer's stance.** A media analysis of what state outlets say argues nothing.
- **A closing question to readers** ("Here's my question to you: ...?") marks an opinion column.
- Near misses: a news report that explains background stays news; a readers' Q&A with named askers stays Q&A; a
  film review stays a review.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

WHY_POOR = Case("why_question_answered", """\
Norland is the poorest country in the northern hemisphere, and most of its people live on less than two dollars a day.

So why is it so poor?

One reason is its history. For two centuries the country paid huge sums to its former rulers, money that could have \
built schools and roads.

Another reason is bad government. Norland has had more than twenty coups, and many of its leaders took money for \
themselves instead of spending it on the people.

The land itself is a problem too. Most of the forests have been cut down, so heavy rain washes the soil away and \
crops fail.

The gap between rich and poor is also very wide. A small group of families owns about half of all the wealth.

Because so few people have jobs, many young people leave to work abroad and send money home to their families.
""", ("explainer",), ("poorest country", "so poor", "history", "bad government"), title="Why is Norland so poor?")

STAGES = Case("stages_guide", """\
Engineers have tried several ways to stop the oil gushing from the broken well a mile under the sea.

Here is how each attempt worked.

First, in early May, a giant steel dome was lowered over the biggest leak. The idea was to trap the oil and pipe it \
up to a ship, but ice-like crystals formed inside the dome and blocked it.

Next, engineers fed a narrow tube into the broken pipe. The tube sucks up some of the oil and carries it to the \
surface, though much of the flow still escapes around it.

Then came the so-called top kill. Heavy drilling mud is pumped into the top of the well at high pressure to push \
the oil back down, and cement is poured in to seal it.

The next stage is a cap. Robot submarines cut away the damaged pipe so that a cap can be fitted over the stump.

Finally, two relief wells are being drilled to meet the old well deep below the sea bed. When they reach it, mud \
and cement can be pumped in from below, which is the surest way to seal it for good.
""", ("explainer",), ("stop the oil", "relief wells", "each attempt"), title="How engineers are trying to stop the leak")

CASE_STUDY = Case("case_study_spill", """\
The wreck of the tanker Aurelia off the coast of Varna is a useful case study of how an oil spill damages a coast.

The causes of the spill were partly human. The tanker had a single hull, and its crew steered too close to the rocks \
in a storm.

The effects on wildlife were severe. Thousands of seabirds were coated in oil, and the oil stops their feathers \
from keeping them warm and dry.

The effects on people were serious as well. Fishing was banned along the coast for a year, and hotels lost many of \
their visitors.

The clean-up was slow and disappointing. Workers used detergents, which broke up the oil but were themselves \
harmful to sea life.

The Aurelia spill can be compared with the wreck of the Halden ten years later. The Halden spilled more oil, but it \
sank far out at sea, so the damage to the coast was much smaller and the response was better organised.
""", ("explainer",), ("case study", "oil spill"), ("Fishing was banned",), title="Case study: the Aurelia oil spill")

NEWS_BACKGROUND = Case("news_explains_background", """\
The government of Norland announced on Tuesday that it would cut the price of bread by a third from next month.

Prime Minister Ana Velasco said the cut would be paid for by a new tax on imported cars.

"Nobody in this country should go hungry," she told parliament.

Bread prices have doubled in the past year because of a poor harvest and a weaker currency, which makes imported \
wheat more expensive.

Norland imports about half of the wheat it eats, most of it from its southern neighbours.

Opposition leaders said the tax would hurt the car dealers who employ thousands of people in the capital.
""", ("news",), ("cut the price of bread",), title="Norland to cut bread prices by a third")

READERS_QA = Case("readers_qa_named_askers", """\
Our health editor answers your questions about the new flu vaccine.

Q: Can I have the vaccine if I am pregnant? asks Maria Lopez from Leeds.

A: Yes. The vaccine is safe in pregnancy, and pregnant women are among the first groups to be offered it.

Q: Will the vaccine give me flu? asks Tom Reed from Hull.

A: No. The vaccine contains no live virus, so it cannot give you flu, though your arm may be sore for a day.

Q: How long does the protection last? asks Jean Park from York.

A: About a year. That is why a new dose is offered every autumn.
""", ("qa",), ("vaccine",))

MEDIA_ANALYSIS = Case("media_analysis_reported_views", """\
State television in Kordania has given its own version of the protests in the neighbouring republic.

Kordanian TV suggests that the crowds were paid by foreign agents and that the protest leaders are dangerous \
extremists.

The People's Voice, the ruling party's newspaper, wrote that the protests were a shameful attempt to destroy order \
and that the protesters must be punished.

Other state outlets called the demonstrations a disgrace and a farce staged for Western cameras.

The coverage follows a pattern seen during earlier unrest, when the same outlets described protesters as criminals.

Independent websites, which reach a smaller audience, have shown pictures of peaceful crowds.

Viewers in the capital have only the state channels on their televisions.
""", ("analysis", "news"), ("State television", "own version", "paid by foreign agents"),
    title="How Kordanian state media covered the protests")

QUESTION_TO_READERS = Case("column_question_to_readers", """\
The allies who agreed to enforce a no-fly zone over Kordania are already arguing about who is in charge.

France wants a committee of foreign ministers to run the campaign, while Britain wants the alliance's generals \
to do it.

Italy has threatened to take back the use of its air bases unless the command is settled this week.

It would be a political steering committee, not a military one, and that is exactly the problem.

Nobody seems to know who gives the orders, and the planes are already flying.

Here's my question to you: If the allies cannot agree on who runs this war, how will they ever agree on how to end it?
""", ("opinion",), ("arguing about who is in charge", "who gives the orders"), ("It would be a political",))

FILM_REVIEW = Case("film_review_near_miss", """\
The Long Harbour is the new film from director Mara Quist, and it is a quiet triumph.

The film follows a fisherman who returns to his village after twenty years away.

The first hour is gripping, and the photography of the grey northern sea is gorgeous.

The last half hour drags, and the ending is too neat.

Still, this is a film worth seeing, and the lead performance is deeply moving.
""", ("review",), ("quiet triumph", "worth seeing"))

HOAX_TWEETS = Case("hoax_of_posts", """\
A photograph that appears to show a wolf walking through a supermarket in Brenmark has been shared thousands of \
times online.

The picture, posted on Saturday, shows a grey animal standing between two shelves of tinned food.

Many people were alarmed.

I honestly can't believe this, I shop there every week and I'm never going back

— Lisa Morane (@lisamorane) June 6, 2015

Others laughed it off.

my dog looks scarier than that lol, I think it's a husky

— Dan Kettle (@dankettle) June 6, 2015

I'm calling it now, this is photoshopped

— Ravi Hood (@ravihood) June 6, 2015

The supermarket said on Monday that the photograph had been edited and that no animal had entered the shop.
""", ("news", "factcheck"), ("wolf", "photograph had been edited"))

CASES = [HOAX_TWEETS, WHY_POOR, STAGES, CASE_STUDY, NEWS_BACKGROUND, READERS_QA, MEDIA_ANALYSIS, QUESTION_TO_READERS, FILM_REVIEW]


@pytest.mark.parametrize("case", case_params(CASES))
def test_genre_and_points(case: Case) -> None:
    """The genre is one the case allows; a lead phrase is in the first two key points; no banned phrase leads."""
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points[:3])
    first = " ".join(points[:2])
    assert any(phrase in first for phrase in case.lead), (genre, points[:3])
    assert not any(phrase in p for p in points[:1] for phrase in case.banned), (genre, points[:3])
