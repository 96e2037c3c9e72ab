"""Labelled cases for session 15c (reader Audit 24, docs/audit.md section 25: 25.2 "Genre line", 25.3 "Main point").

- **Rhetorical questions are no Q&A.** An analysis that asks "So what happens now?" and answers in its own voice, and
  an argument essay whose headline is a question, were labelled "Questions and answers". A Q&A has turns: a reader's
  signature, "Q:"/"A:" marks or an answerer's label. Near-miss: a readers' Q&A with marked turns stays a Q&A.
- **A hard-news report quoting with "says" is news.** A report whose lede dates a bomb that killed three officials
  was labelled "Feature" because its people "say". Near-miss: an undated present-tense scene stays a feature.
- **A dispatch's point is the news it reports**, not the writer's morning ("I woke at 4:30 a.m.", "I quickly
  dressed"): the writer's own actions are no key points when the piece reports the acts of others.
- **A that-clause subject restating a claim** ("That the watch will have 100,000 apps by next year is ...") is no
  thesis: the column's point is the writer's own verdict on the claim.
- **A story's outcome** ("raised $27,000", "used the money to") outranks its set-up.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

RHETORICAL_ANALYSIS = Case("rhetorical_analysis", """\
By Anna Berg BBC News, Vienna

The foreign ministers who met in Vienna on Saturday agreed that the fighting in the north must stop, but they \
could not agree on who should govern the region once it does.

Russia insisted that the current governor must be part of any transition, while France and Germany said he had \
lost all legitimacy.

So what happens now?

The likeliest reading is that the envoy's plan will survive on paper while the two camps keep arming their allies.

What kind of transition do the powers have in mind?

Here the gap is wider still, because Moscow fears that removing a governor under pressure would set a precedent \
it could one day regret.

Where does this leave the envoy?

He has a plan that everyone endorses and nobody seems ready to carry out, and his monitors are due to leave \
at the end of the month.

The people of the north are unlikely to see much relief this winter.
""", ("analysis", "opinion", "news"), ("could not agree", "envoy's plan"), ())

QUESTION_ESSAY = Case("question_essay", """\
Why does God allow floods?

Philosopher Mark Dunn examines the arguments.

When a flood sweeps away a village, believers in a loving God face an old and painful puzzle.

If God is all-powerful, he could have prevented the flood; if he is all-good, he would have wanted to.

Could an all-powerful God not have made a world without floods?

Some theologians answer that suffering is the price of human freedom, but a flood is nobody's free choice.

Others say that hardship builds character, yet the children drowned in the village had no chance to grow from it.

The reply that God moves in mysterious ways explains nothing; it only asks believers to stop asking.

The question remains pressing for anyone who believes in a God who is both all-powerful and all-good.

If a God exists, why did he not prevent this?

Mark Dunn is a lecturer in philosophy at the University of Leeds.
""", ("opinion", "analysis"), ("remains pressing", "explains nothing", "nobody's free choice", "If God is all-powerful"), (),
    title="Why does God allow floods?")

BOMB_REPORT = Case("bomb_report", """\
Three senior officials are among the dead after a bomb attack on the security headquarters in the capital, \
state television says.

The defence minister and the head of military intelligence are among those killed, and several other officials \
are wounded.

The blast struck on Wednesday morning during a meeting of ministers and security chiefs.

"The regime is losing control of the situation," says a spokesman for the opposition council.

The army says it will hunt down those responsible and pledges to crush the rebellion.

Residents say heavy fighting continues in several districts of the city.

The United Nations calls for restraint from all sides.
""", ("news",), ("bomb attack", "defence minister"), (), title="Capital bomb kills three officials")

SCENE_FEATURE = Case("scene_feature", """\
The first boat comes in just after four in the morning, its deck slippery with ice and its lamps still burning.

Maria Costa is waiting on the quay with a flask of coffee, as she has done for thirty years.

"You learn to read the sea from the way the men walk off the boats," she says.

Her husband fished these waters until his back gave out, and now her son takes the boat out alone.

Fewer boats go out now than when she started, and the fish market closes before noon.

"There is still a living here, but only just," says her son, Tomas.
""", ("feature",), ("first boat", "Fewer boats", "Maria Costa"), ())

READERS_QA = Case("readers_qa", """\
Q: My landlord has kept my deposit for three months after I moved out. What can I do?

Tom Reid, Leeds

A: Your landlord must return the deposit within ten days of agreeing the amount, and most deposits must be \
protected in a government-backed scheme.

If the deposit was not protected, you can take the landlord to court and may be awarded up to three times its value.

Q: Can my landlord charge me for ordinary wear and tear?

Sarah Blake, Bristol

A: No. A landlord may deduct only for damage beyond normal use, such as broken furniture or stains.
""", ("qa",), ("deposit", "wear and tear", "damage"), ())

# Near-miss: an explainer's question subheads, each answered from its sources, stay a Q&A without marks.
FAQ_EXPLAINER = Case("faq_explainer", """\
The company has agreed to pay $5bn into a fund for people whose homes were damaged by the dam collapse, and a \
retired judge, Paul Ortega, will run it.

Who is Paul Ortega?

He is a former federal judge who ran the compensation fund for the victims of the 2008 train crash.

Who can claim?

Anyone whose home or business was damaged by the flood water can apply, the company said on Monday.

How much will claimants receive?

Mr Ortega said payments would depend on the damage, and that emergency payments of up to $10,000 would be made \
within a month.

Can claimants still sue?

Those who accept a final payment give up the right to sue the company, but an emergency payment does not affect \
that right, Mr Ortega said.
""", ("qa",), ("$5bn", "fund"), ())

DISPATCH = Case("dispatch", """\
At 4:30 a.m. the phone rang in my hotel room, and for a moment I hoped the fighting had stopped.

Again, my hopes were dashed: the caller said the front had moved overnight.

I quickly dressed, grabbed my helmet and drove with my cameraman to the edge of town.

We waited by the checkpoint for an hour while the sun came up.

By then the rebels' advance along the coast road had stalled, and their fighters were streaming back east in \
pickup trucks.

Government troops were reported just 20 kilometres away, near the village of Ben Harun, and warplanes struck the \
road twice before noon.

"The army is coming here," one fighter shouted as he drove past.

The rebels' promises of a quick march on the capital were beginning to ring hollow.

By the afternoon, armed teenagers had taken over our hotel, and the manager told us to leave while we still could.

We left without settling the bill.
""", ("feature", "news"), ("advance", "Government troops", "ring hollow", "armed teenagers"),
    ("4:30", "hopes were dashed", "quickly dressed", "We waited"), title="Rebel advance stalls on the coast road")

THAT_CLAUSE_COLUMN = Case("that_clause_column", """\
Every new gadget brings a fresh round of bold predictions, and the smartwatch is no exception.

Last week an analyst at a New York investment firm, Ravi Menon, said the watch would have 100,000 apps by the \
end of next year and sell 40 million units.

That the watch will have 100,000 apps within a year of its launch is the centrepiece of his forecast.

I think that figure is wildly implausible: the phone itself took more than two years to reach that many apps.

His sales estimate of 40 million, on the other hand, strikes me as close to the mark.

And I agree with him that no single killer app will sell the watch; it will have to be useful in many small ways.

Forecasts like these are a guess dressed up as arithmetic, and who can blame an analyst for making them?
""", ("opinion",), ("wildly implausible", "close to the mark", "killer app"), ("That the watch will have",),
    title="Smartwatch forecasts: one number is wildly off")

VIRAL_VIDEO = Case("viral_video", """\
A man who filmed himself handing $100 to a homeless stranger has become an internet sensation.

The video, posted on Monday, shows Josh Perry approaching a man sitting outside a supermarket in Atlanta.

Perry said he wanted to see what the man would do with the money, and secretly followed him with a camera.

The man, who later said he had lost both his parents as a teenager, did not spend it on himself.

Instead, he used the money to buy food and blankets and handed them out to other homeless people in a park.

Viewers who watched the video have since raised more than $27,000 for the man through an online fundraiser.

The hashtag #PayItForward has been shared more than 50,000 times.
""", ("news", "feature"), ("used the money to", "$27,000"), ())

CASES = (RHETORICAL_ANALYSIS, QUESTION_ESSAY, BOMB_REPORT, SCENE_FEATURE, READERS_QA, FAQ_EXPLAINER, DISPATCH, THAT_CLAUSE_COLUMN,
         VIRAL_VIDEO)

# Key points are printed in article order: a story's late outcome need only be among them (Audit 24: it was not).
ANYWHERE = frozenset({"viral_video"})
_GAPS: set[str] = set()
_PARAMS = case_params(CASES, _GAPS)


def _brief(case: Case) -> tuple[str, list[str]]:
    return brief_points(case)


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_session15c_genre(case: Case) -> None:
    genre, points = _brief(case)
    assert genre in case.genres, (genre, points)
    head = points if case.name in ANYWHERE else points[:2]
    assert any(phrase in point for point in head for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points
