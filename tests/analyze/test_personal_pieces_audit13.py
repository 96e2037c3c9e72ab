"""Labelled cases for reader Audit 13 (issue #11): key points, main point, genre and conclusion of personal,
ironic and argued pieces.

- A humorous debunk that retells a viral hoax ("A photo went viral ... showing that ...") and then calls it
  fake is a fact-check: the hoax is never a key point and the debunk leads.
- An opinion piece that opens on a question to the reader: the question is not the main point.
- A first-person essay with rhetorical question paragraphs is not "questions and answers".
- A rhetorical question that ends a first-person or opinion piece, or a reporter's "But surely, you might
  think, ...?" that dismisses the excuse before it, is the close; a question to readers is not.

Near-misses that must not change: a news report of a viral video nobody calls fake, a third-person explainer
written as questions and answers, a column ending on a reader prompt. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import Context, build_context
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _doc(text: str, title: str | None = None) -> tuple[Document, Context]:
    doc = annotate(Article(text=text, source=Source(title=title, date="2026-10-20")))
    return doc, build_context(doc)


def _points(text: str, title: str | None = None) -> tuple[str, list[str]]:
    doc, ctx = _doc(text, title)
    return ctx.genre, [item.text for item in analyze_summary(doc, ctx)]


def _close(text: str, title: str | None = None) -> str:
    doc, ctx = _doc(text, title)
    return " ".join(item.text for item in analyze_conclusion(doc, ctx))


TOOTHPASTE = """\
Everybody knows that winter has officially arrived when the shops start selling gingerbread everything. \
Scroll through any feed for five seconds and someone is posting about a gingerbread latte.

Fine. Up north they get snow and cosy evenings, while here in Perth it is the same old 30 degrees and sunny. \
Poor us.

We are only joking, of course. But we will admit that this debunked story hurt our sweet tooth more than a \
little.

A picture went viral over the weekend showing that the toothpaste maker Brightsmile is launching a \
gingerbread flavoured toothpaste. Gingerbread flavoured, presumably, though maybe just gingerbread scented.

Turns out nobody will find out, because it's all fake. It is just an edited picture, and Brightsmile has said \
that it sells no such toothpaste.

"We love the idea, but we can't take credit for this one," the company said in a statement to a news site.

Maybe the fuss will convince Brightsmile to make one after all. We can only hope.
"""

SCARF = """\
Autumn is here, and with it the season of cosy knitwear and long walks in the park.

In our office the debate about the best scarf has been raging for a week.

A video circulated on social media on Monday claiming that the retailer Northwool will sell a heated scarf \
that charges from a phone.

Sadly, it's a hoax. The clip was stitched together from two old adverts, and Northwool said it has no \
such product.

The company said it was flattered by the interest. Knitters everywhere will have to keep knitting.
"""

BEAR = """\
A video went viral on Sunday showing a young bear wandering through a shopping centre in Tromsdal.

Police said the animal had walked in through a loading bay and was led out by wildlife officers after an hour.

No one was hurt, and the shopping centre reopened in the afternoon, the manager said.

Wildlife officers said bears sometimes come into town in the autumn when berries are scarce.
"""


def test_humorous_debunk_leads_with_the_debunk_not_the_hoax() -> None:
    genre, points = _points(TOOTHPASTE)
    assert genre == "factcheck", genre
    assert not any("is launching a gingerbread" in p for p in points), points
    assert "fake" in points[0] or "edited picture" in points[0], points


def test_debunk_of_a_claim_video_keeps_the_claim_out_of_key_points() -> None:
    _, points = _points(SCARF)
    assert not any("claiming that the retailer" in p for p in points), points
    assert any("hoax" in p or "stitched" in p for p in points[:2]), points


def test_viral_video_report_without_a_verdict_is_news() -> None:
    genre, points = _points(BEAR)
    assert genre == "news", genre
    assert "bear wandering" in points[0], points


QUESTION_LEDE = """\
Here is something to chew on over the holidays: if the city were to ban cars from the old town, how likely \
do you think it is that the shops there would survive?

The question was put to the mayor, Lina Voss, in a radio interview this week, and I think it is a fair one.

If you run a bakery on Bridge Street, I'm sure you would be begging for the traffic to stay.

Other towns tried it first. Some thrived, some saw their high streets empty within two years.

My answer is that a ban would work only if the buses came first, and the council has not even begun to plan them.

Without buses, the old town would lose its shoppers to the malls on the ring road, and the shops would close.

So the council should fund the buses now, and talk about a ban later.
"""


def test_opinion_question_lede_is_not_the_main_point() -> None:
    genre, points = _points(QUESTION_LEDE, "Should the old town go car-free?")
    assert genre == "opinion", genre
    assert not points[0].rstrip().endswith("?"), points


ESSAY = """\
I grew up on the river, and my grandmother still keeps her boat tied below the levee.

My uncle ran a ferry for thirty years, and my cousin pilots barges of grain down to the port.

When the chemical plant upstream caught fire last spring, I thought at once of the pumps.

Why did the alarm not sound for an hour?

The company says its valves were inspected in March, but the inspectors were its own employees.

Who will ever know what was in the smoke?

The fishermen downstream have stopped selling their catch, and the shrimp boats stay tied up.

What are they supposed to do for the years it will take to clean the river?

I do not believe the company will pay for the years it has taken from us.

A town lives by its work, and every week of idle boats is a week taken from every family on the water.

And who can give back even one lost week?
"""


def test_first_person_essay_with_rhetorical_questions_is_not_qa() -> None:
    _, ctx = _doc(ESSAY, "The river after the fire")
    assert ctx.genre != "qa", ctx.genre


def test_essay_closes_on_its_rhetorical_question() -> None:
    assert "who can give back even one lost week" in _close(ESSAY, "The river after the fire")


EXPLAINER = """\
Health officials have confirmed three cases of measles at a school in Kilbride.

What is measles?

Measles is a highly infectious viral illness that spreads through coughs and sneezes.

How is it treated?

There is no specific treatment, and most people recover within ten days with rest and fluids.

Who is most at risk?

Babies, pregnant women and people with weak immune systems are most at risk of complications.

How can it be prevented?

Two doses of the vaccine give lasting protection to almost everyone who receives them.
"""


def test_third_person_explainer_of_questions_stays_qa() -> None:
    _, ctx = _doc(EXPLAINER, "Measles cases confirmed at Kilbride school")
    assert ctx.genre == "qa", ctx.genre


DISPATCH = """\
The army camp at Sorel is full of trucks, tents, fuel and soldiers.

Instead of being out in the town, the soldiers are sitting in the shade by the gate, playing cards.

Yet a ten-minute walk down the road, in the town itself, the flood victims are waiting.

We are the first outsiders to reach Sorel since the river burst its banks.

People point to houses where relatives drowned. An old man says the well water is no longer safe.

A school and a clinic are under water, and the medicine that might help is ruined.

Back at the camp, an army spokesman said the troops were supporting the relief effort.

The roads are blocked and perhaps the commander could not get clear orders, or information.

But surely, you might think, he could send a few men into town to see what they could do?
"""


def test_dispatch_closes_on_the_line_that_dismisses_the_excuse() -> None:
    close = _close(DISPATCH)
    assert "send a few men into town" in close, close
    assert "perhaps the commander" not in close or close.index("perhaps") < close.index("surely"), close


COLUMN = """\
I have lived in Harlow for twenty years, and I have never seen the market this empty.

The new parking charges are the reason, and I think the council knows it.

Stallholders told me they have lost a third of their trade since the charges began in June.

The council should drop the charges before the Christmas season, or the market will not survive the winter.

What do you think? Tell us in the comments below.
"""


def test_reader_prompt_still_does_not_close() -> None:
    close = _close(COLUMN, "Parking charges are killing Harlow market")
    assert "What do you think" not in close, close
    assert "council should drop the charges" in close, close
