"""Labelled cases for session 16's main point (Audit 25, 26.3 and 26.4 patterns 1 and 8): the main point among the
first two key points of pieces that do not lead with it.

- **A Q&A explainer** ("what happens next?", question subheads): its key points are the answers' news (the
  operation failed, what will be tried next and when), not how the operation works.
- **A first-person column opening on a scene**: the writer's evaluative generalisation leads, not the hook.
- **An interview in Q&A form** framed by the writer: the interviewee's admission that the story's premise is false
  ("not true", "we made it up") leads.
- **A debunking report**: the correction leads; the false claim is not the news, even when the opening states it
  flat ("X told a fan ..." and then "It was widely reported ..., but he never did.").
- **An opinion piece opening on the author's credentials**: the thesis leads, not "I have trained ...".
- Near-misses: a straight news report leads with its lede (and so does one whose witnesses say "he never did"); a
  readers' Q&A keeps its answer.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

EXPLAINER_NEXT = Case("explainer_next", """\
Engineers have spent a week trying to seal the leaking well off the coast. Here is where things stand.

What was the plug?

The plug is a technique in which heavy drilling fluid is pumped into the top of a well to push the oil back down.

Engineers then pour cement on top to seal the well for good.

The method has been used on land wells for decades, but never this deep under the sea.

Did it work?

No. The company said on Saturday that the plug had failed to stop the flow, after three days of pumping.

Early signs had been encouraging, and officials had spoken of cautious optimism on Thursday.

What happens next?

The company will now try to cut the broken pipe and lower a cap over the well to catch most of the oil.

The cap could be in place within a week, engineers say.

When will the leak be stopped for good?

Only a relief well can seal it permanently, and the first one is not expected to be finished before August.
""", ("qa", "analysis", "news"), ("had failed to stop the flow", "will now try to cut", "not expected to be finished"),
    ("is a technique in which",),
    title="Oil leak: what happens next?")

COLUMN_HOOK = Case("column_hook", """\
The annual Crab and Harbour Festival opened on Friday with a brass band, a beauty pageant and a crab-eating \
contest on the quay.

Its website promises three days of music, fireworks and the best seafood on the coast.

A visitor strolling between the stalls would not realise at first that anything was amiss.

But the fishing grounds beyond the harbour have been closed for six weeks, and half the boats here have not left \
their moorings since the spill.

I have spent a week in the town, and I have found that people here loathe the oil company with a passion they \
usually reserve for the tax office.

They distrust the government in the capital almost as much, and the prime minister must partly blame himself for \
that.

What I have not found is any sign that the anger at the company has turned into hatred of the foreign country it \
comes from.

A woman shucking oysters at one stall gave me a long, hard look when she heard my accent, then laughed and handed \
me a plate.

I left her a large tip.
""", ("opinion", "feature", "analysis"), ("loathe the oil company", "not found is any sign", "partly blame himself"),
    title="A town that hates the company but not the country")

INTERVIEW_ADMISSION = Case("interview_admission", """\
Two weeks ago a newspaper reported that a 17-year-old schoolboy had made 40 million dollars trading shares from his \
bedroom. The story went round the world in a day. I met him and his friend at a cafe near their school.

The boy arrived in a grey hoodie with two friends and a lawyer, and ordered a milkshake.

So, did you make 40 million dollars?

No. The number is not true. We made it up, and it got out of hand.

How did the newspaper get it?

A reporter asked us if the figure was right and we did not say no. I never said 40 million, but I did not stop it \
either.

Do you trade shares at all?

We ran a practice account in a school club. It was all pretend money, total fiction.

What do you want to do now?

Go back to school and sit my exams, I think.

It is not hard to see why the story was hard to resist. A quick sum on the back of an envelope would have spared \
everyone a lot of trouble.
""", ("qa", "feature", "news", "opinion"), ("not true", "made it up", "total fiction"),
    title="The schoolboy millionaire who never was")

DEBUNK_REPORT = Case("debunk_report", """\
It was a story that warmed hearts around the world: a grieving boy, a dead dog and a bishop's kindly words.

Newspapers and websites reported last week that Bishop Aldo Renn had told the boy that dogs go to heaven.

But the bishop never said it. The story came from a misreading of a sermon he gave in May and of a line written by \
one of his predecessors decades ago.

In the sermon, the bishop spoke about the whole of creation, but he did not mention animals or heaven.

A spokesman for the diocese said the reports were mistaken and that journalists should have checked.

The quote about dogs was first published by a small blog and copied by larger outlets within hours.

Several of them have since corrected their stories.
""", ("factcheck", "news"), ("never said it", "misreading"), (),
    title="No, the bishop did not say dogs go to heaven")

CREDENTIALS_OPINION = Case("credentials_opinion", """\
I have trained nurses in the northern provinces for twelve years, and I have taught in four of its hospitals.

I have watched dozens of young nurses qualify and leave for jobs abroad within a year.

Anyone who has spent time on those wards could see that the hospitals were heading for a crisis.

The government's plan to close a third of the rural clinics will turn that crisis into a catastrophe.

The clinics are the only care within a day's travel for hundreds of thousands of people.

Closing them will save money on paper, but it will push the sick into hospitals that cannot cope.

The ministry should drop the plan and spend the money on keeping nurses in the provinces.
""", ("opinion",), ("will turn that crisis into a catastrophe", "should drop the plan", "heading for a crisis"),
    ("I have trained nurses",),
    title="Closing the clinics will cost lives")

DEBUNK_FLAT = Case("debunk_flat", """\
A famous footballer told a crying fan after the cup final that he would pay for her mother's operation.

The story was shared millions of times at the weekend and was reported by several national newspapers.

It was widely reported that the player had promised the money on the pitch, but he never did.

The clip that started it shows him hugging the girl, but the sound is missing, and the words were added by a fan \
account that later admitted it had invented them.

The player's agent said on Monday that the story was false and that the player had never met the girl's family.

The fan account has since deleted its post.
""", ("factcheck", "news"), ("never did", "story was false", "invented them"),
    ("told a crying fan after",),
    title="No, the footballer did not promise to pay for an operation")

NEWS_DISPUTE = Case("news_dispute", """\
Police shot dead a man outside a bar in the city centre on Friday night after, they said, he fired at officers.

Witnesses said the man was unarmed and that he never did anything to threaten the officers.

The police watchdog said it had opened an investigation and would examine footage from body cameras.

The man's family called for the officers involved to be suspended while the inquiry goes on.
""", ("news",), ("Police shot dead a man",), (), title="Man shot dead by police outside city bar")

NEWS_STRAIGHT = Case("news_straight", """\
The oil company said on Saturday that its attempt to plug the leaking well had failed, and that it would now try \
to fit a cap over the broken pipe.

Engineers pumped heavy drilling fluid into the well for three days before deciding the method would not work.

The cap could be in place within a week, a company spokesman said.

A relief well, the only permanent fix, is not expected to be ready before August.

Fishermen along the coast said they feared for their livelihoods.
""", ("news",), ("plug the leaking well had failed",), (), title="Well plug fails")

READERS_QA = Case("readers_qa", """\
Each week our health writer answers a reader's question.

Q: My doctor says I should take a statin, but I have read that they cause muscle pain. Should I worry?

A: Muscle aches are reported by some people who take statins, but large trials have found them only slightly more \
common than with a dummy pill.

For most people with a high risk of heart disease, the benefit of a statin far outweighs the risk of side effects.

If you do get aches, tell your doctor: a lower dose or a different statin often helps.
""", ("qa",), ("benefit of a statin far outweighs", "only slightly more common"), (),
    title="Should I worry about statins?")

CASES = (EXPLAINER_NEXT, COLUMN_HOOK, INTERVIEW_ADMISSION, DEBUNK_REPORT, DEBUNK_FLAT, CREDENTIALS_OPINION,
         NEWS_STRAIGHT, NEWS_DISPUTE, READERS_QA)
_GAPS: set[str] = set()


@pytest.mark.parametrize("case", case_params(CASES, _GAPS))
def test_session16_main_point(case: Case) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points)
    assert any(phrase in point for point in points[:2] for phrase in case.lead), (genre, points)
    assert not any(phrase in point for point in points for phrase in case.banned), points
