"""Labelled cases for reader Audit 19's main points and genre line (docs/audit.md 20.2, 20.3, 20.5; issue #11).

- A live page whose entries open with a bracketed two-zone clock stamp ("(11 p.m. Monday ET, 5 a.m. Tuesday in
  Kordania)") with no "Update" word is a live page, not a feature.
- A sentence that opens with a subordinator and has no main clause ("Because I'm not in control of the car.") is
  a fragment cut from its clause, no key point; a report whose lede opens "Because ..." and goes on to its main
  clause keeps it.
- A humour column's turn ("blind panic is pointless, but so is blind denial") is among its first key points, and its
  closing call ("Now wash your hands.") is a key point.
- A debunking column leads with its verdict on the false story, not its hook or a true side story.
- A Q&A explainer leads with the first answer that gives a new number on the headline's subject ("up from"), not a
  method detail.

Near-misses that must stay as they are: a news report with one bracketed time in its text, a report whose lede
opens with "Because". The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points, case_params

LIVE_TWO_ZONE = Case("live_two_zone", """\
(11 p.m. Monday ET, 5 a.m. Tuesday in Kordania) A reporter in the capital said a television network's claim \
that journalists had been used as human shields was false.

(10:30 p.m. Monday ET, 4:30 a.m. Tuesday in Kordania) The coalition will hand over command of the air campaign to \
the alliance within days, the defence secretary said, and the general in charge said the president may stay in power.

(9:45 p.m. Monday ET, 3:45 a.m. Tuesday in Kordania) Two ships fired 20 more missiles at air defence sites near the \
coast overnight, the navy said.

(8:10 p.m. Monday ET, 2:10 a.m. Tuesday in Kordania) Members of Congress from both parties criticised the president \
for starting the campaign without their approval, and asked when the coalition would hand over command.

(7 p.m. Monday ET, 1 a.m. Tuesday in Kordania) The general said the handover of command to the alliance could \
come within days, although the president of Kordania might stay in power when the strikes end.

(6:20 p.m. Monday ET, 12:20 a.m. Tuesday in Kordania) The price of oil rose by two dollars a barrel in evening \
trading in New York.
""", ("live",), ("hand over command", "handover of command"), title="Strikes on Kordania: live updates")

# Near-miss: a report with one bracketed time is no live page.
REPORT_ONE_STAMP = Case("report_one_stamp", """\
The president will address the nation on Tuesday night (9 p.m. ET) about the strikes on Kordania, the White House \
said on Monday.

Aides said the speech would set out how long the campaign could last and what it would cost.

Members of Congress from both parties have asked for a vote before the campaign goes on.

The coalition has flown more than 300 missions since Saturday, officials said.
""", ("news",), ("address the nation",), title="President to address nation on Kordania strikes")

HUMOUR_COLUMN = Case("humour_column", """\
I am a control freak, and I know exactly when it started. I was seven, and my uncle let me steer his car down \
an empty lane for a hundred yards.

These days I hate being driven anywhere. I sit in the passenger seat with my foot pressed on a brake that \
isn't there, wincing at every junction.

Flying is worse. I'm not scared of crashing, exactly. I'm scared of crashing while someone else is driving.

Because I'm not in control of the aircraft.

Which brings me, obviously, to the flu. This week half my friends have been stockpiling masks, while the other \
half insist the whole thing is a media invention dreamed up to sell newspapers.

Both camps are wrong. Blind panic is counter-productive, but so is blind denial: pandemic flu could turn out to \
be a serious threat, and nobody can control whether it does.

What you can control is small and dull. Cover your mouth when you cough, stay at home if you are ill, and keep \
your hands clean.

That's all for today. Now wash your hands.
""", ("opinion", "feature"), ("Blind panic is counter-productive",), ("Because I'm not in control",),
    title="I can't control the flu, and neither can you")

# Near-miss: a report whose lede opens on "Because" keeps its lede; its main clause follows.
REPORT_BECAUSE = Case("report_because", """\
Because the river rose by two metres overnight, the council closed the Old Bridge in Marton on Monday and told \
drivers to use the bypass.

Engineers will inspect the bridge once the water falls, a council spokeswoman said.

"Because the supports are more than a century old, we cannot take any chances," she said.

Shops near the bridge said trade had fallen sharply during the morning.
""", ("news",), ("closed the Old Bridge",), title="Marton bridge closed as river rises")

DEBUNK_COLUMN = Case("debunk_column", """\
There are two kinds of fake news: the good kind and the lazy kind. I get fooled by the good kind now and then, \
and so do you.

Last week a federal agent told a committee that rabbits on a farm had eaten cannabis plants and become too \
relaxed to move. That part's real; the hearing was on television.

This week everyone I know has been sharing a story that a burger chain now sells marijuana with its fries in \
Colorado, for a setup fee of $35,000.

The story is a hoax. It comes from a website whose own About page admits that its stories are fiction, written \
to make readers laugh.

How anyone could believe such a story is still beyond me. Yet thousands of people shared it, and a few local \
papers repeated it.

Before you share a story like this, check the site's About page and look for the news in a local paper. It \
takes a minute.
""", ("factcheck", "opinion"), ("The story is a hoax",), title="No, the burger chain is not selling marijuana")

QA_ESTIMATE = Case("qa_estimate", """\
How do scientists measure the flow from the well?

They film the plume of oil at the sea floor and track how fast particles in it move, then multiply that speed \
by the width of the pipe.

What is the new estimate?

Scientists now say between 35,000 and 60,000 barrels of oil a day are leaking from the well, up from an \
estimate of 1,000 barrels a day when the rig sank.

Why does the estimate keep rising?

The flow meters on the rig were destroyed in the blast, so every figure rests on video of the leak.

How much oil is the company collecting?

The company says it is capturing about 15,000 barrels a day through a cap on the well.
""", ("qa",), ("between 35,000 and 60,000 barrels",), title="Q&A: How much oil is leaking from the well?")

CASES = (LIVE_TWO_ZONE, REPORT_ONE_STAMP, HUMOUR_COLUMN, REPORT_BECAUSE, DEBUNK_COLUMN, QA_ESTIMATE)
# Cases whose key point 1 must hold the lead phrase.
FIRST = frozenset({"live_two_zone", "report_one_stamp", "report_because", "debunk_column", "qa_estimate"})
# Phrases each of which some key point must hold (the column's closing call).
CALLS = {"humour_column": ("wash your hands",)}

_GAPS: set[str] = set()
_PARAMS = case_params(CASES, _GAPS)


def _brief(case: Case) -> tuple[str, list[str]]:
    return brief_points(case, date="2026-11-20")


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_audit19_main_point(case: Case) -> None:
    genre, points = _brief(case)
    assert genre in case.genres, (genre, points)
    head = points[:1] if case.name in FIRST else points[:2]
    assert any(phrase in point for point in head for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points
    assert all(any(phrase in point for point in points) for phrase in CALLS.get(case.name, ())), points


# A verdict whose subject leans back ("None of it is true.") is shown with the sentence that names the story;
# one whose only sentence before it leans back too ("That story has been ...") stands alone.
LEANING_VERDICT = """\
Fake news comes in two kinds: the careful kind and the careless kind. I have fallen for both.

Then came the story that a toy shop would give away a bicycle to every child in Leeds on Friday. A website \
said the shop had ordered 5,000 bicycles for the day.

None of it is true. The website's own About page says that its stories are invented.

Check the source before you share.
"""
LEANING_ALONE = """\
A fisherman in Cork caught a shark that had swallowed his grandfather's gold watch, a website said on Monday.

That story, in one form or another, has been shared all over my timeline since Tuesday. It is a hoax, \
invented to collect clicks.

There is no such fisherman, and no shark has been landed in Cork this year.
"""


@pytest.mark.slow
def test_a_leaning_verdict_is_shown_with_its_story() -> None:
    doc = annotate(Article(text=LEANING_VERDICT, source=Source(date="2026-11-20")))
    ctx = build_context(doc)
    first = next(item for item in analyze_summary(doc, ctx) if "None of it is true" in item.text)
    assert first.text.startswith("Then came the story that a toy shop"), first.text
    assert len(first.citations) == 2
    doc = annotate(Article(text=LEANING_ALONE, source=Source(date="2026-11-20")))
    ctx = build_context(doc)
    texts = [item.text for item in analyze_summary(doc, ctx)]
    assert not any(t.startswith("That story") and "It is a hoax" in t for t in texts), texts
