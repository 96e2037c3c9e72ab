"""Labelled cases for session 16's genre work (the genre line and the main point among the first two key points).

- **Rhetorical questions inside argument paragraphs are no Q&A.** An essay that asks the reader a dozen questions in
  its own paragraphs and answers none of them as turns argues; a Q&A has turns (question lines followed by answers).
  Near-misses: a readers' Q&A and an explainer with question subheads stay Q&As.
- **A correspondent's sidebar does not make a report a feature.** A third-person report followed by a named
  correspondent's short first-person box ("I saw ...") is news: the genre is the body's. Near-miss: a present-tense
  scene feature stays a feature.
- **Media criticism is opinion**: evaluative judgements of others' conduct ("earns no self-awareness points", "a
  bizarre claim") and sarcasm, and its verdict leads.
- **A column given as one long paragraph** is led by its thesis, looked for across its sentences.
- **An advice piece** (imperative tips to the reader: "Get your people together", "Make sure you ...") is a service
  piece, labelled a feature (the genre set has no how-to label; a reader would not call tips an opinion piece).
  Near-miss: a column ending on one call ("Now wash your hands") stays opinion.
- Near-miss: a news report with one present-tense quote ("says") stays news.

The articles are written for these tests.
"""

from __future__ import annotations

import re

import pytest

from newsbrief.analyze.genre_body import headline_verdict, judges_conduct
from tests.analyze.points_cases import Case, brief_points, case_params

RHETORICAL_ESSAY = Case("rhetorical_essay", """\
The city council wants to spend 300 million pounds of public money on a new football stadium, and the case for it \
does not survive a second look.

Who will pay for it? Not the club, which has promised only a token rent. Not the developers, who will keep the \
profits from the flats around it. The taxpayer will pay, as the taxpayer always does.

What will the city get in return? The council promises jobs, but most of them are part-time match-day posts. Is a \
steward's shift twenty times a year a career? Does a burger stall count as regeneration?

And what about the money the stadium will not be spent on? The city has closed four libraries in three years. Its \
bus network has shrunk by a third. Why is there always money for a stadium and never for a bus?

Supporters say a new ground will put the city on the map. Is the city not on the map already? Do tourists really \
choose a weekend away by the size of a car park?

Other cities have tried this. How many of their stadiums paid back the public money? Very few, and several now \
stand half empty on weekdays, costing millions a year to maintain.

Where is the independent study of the costs? The council has published none. Why not?

Nobody doubts that the club matters to the city. But should a club that can pay its players millions not pay for \
its own ground? Is that really too much to ask?

The council should drop the plan and spend the money where it is needed.
""", ("opinion", "analysis"), ("does not survive a second look", "should drop the plan"), (),
    title="The stadium plan does not add up")

# The same essay as a pasted page gives it, one sentence a line: every question stands as a paragraph of its own.
_SENTENCE_END = re.compile(r"(?<=[.?])\s+(?=[A-Z])")
RHETORICAL_LINES = Case("rhetorical_lines", "\n\n".join(
    line for paragraph in RHETORICAL_ESSAY.text.split("\n\n")
    for line in _SENTENCE_END.split(paragraph.strip()) if line) + "\n",
    RHETORICAL_ESSAY.genres, RHETORICAL_ESSAY.lead, (), title=RHETORICAL_ESSAY.title)

NEWS_SIDEBAR = Case("news_sidebar", """\
A car bomb killed at least twelve people outside the central bank in the capital on Tuesday, the interior ministry \
said.

The blast struck during the morning rush hour, destroying several vehicles and shattering windows along the avenue.

Officials said more than forty people had been taken to hospital, some of them with serious injuries.

No group has said it carried out the attack, the third in the capital this year.

The prime minister condemned the bombing and called an emergency meeting of the security council.

Police sealed off the area and said they had arrested two men near the scene.

The government has been under pressure to improve security since a similar attack in March killed nine people.

Nadia Karim, BBC News, in the capital

I was two streets away when the blast shook the building.

I saw people running from the avenue, some of them covered in dust and glass.

Within minutes the streets were full of ambulances and soldiers.
""", ("news",), ("car bomb killed", "twelve people"), ("I saw", "I was two streets"),
    title="Car bomb kills twelve outside central bank")

MEDIA_BLOG = Case("media_blog", """\
The Evening Courier ran an editorial on Sunday lecturing other newspapers about sensationalism.

The same paper spent the previous week printing front pages about a cat that supposedly looked like a former \
prime minister.

The editorial earns no self-awareness points whatsoever.

It accuses rival papers of chasing clicks at the expense of the truth, a bizarre claim from a paper whose website \
carries a slideshow of celebrity beach bodies above its politics coverage.

The editors also write that their own reporting is held to the highest standards of accuracy.

That would be the same reporting that named the wrong man as a suspect in the river murder last spring, and took \
three weeks to correct it.

Bravo, Courier. Truly a beacon of restraint.

The editorial ends by calling on the industry to rebuild trust with readers.

A good place to start would be the Courier's own front page.
""", ("opinion",), ("earns no self-awareness points", "bizarre claim", "good place to start"), (),
    title="The Courier lectures everyone on sensationalism")

_COLUMN_SENTENCES = (
    "Every spring the same ritual plays out in the town hall.",
    "The budget arrives, the councillors argue, and the library service is cut again.",
    "This year it is the mobile library that goes, the van that has visited the villages every Thursday since 1968.",
    "Closing the village libraries is a false economy that will cost the county far more than it saves.",
    "The van costs about 90,000 pounds a year to run.",
    "That is less than the council spent on consultants for its new logo.",
    "I borrowed my first novel from that van, and so did half the children in my village.",
    "The people who use the van are mostly old, and many of them have no car.",
    "For some of them the Thursday visit is the only conversation they have all week.",
    "The council says they can borrow e-books instead.",
    "Many of them have no internet connection at home.",
    "Others say the van is a relic of another age.",
    "Yet the number of loans from the van rose last year, for the third year running.",
    "Children from the village schools queue at its steps every week.",
    "Their teachers say it is the only place some of them ever choose a book for themselves.",
    "The council's own figures show that reading scores in those schools have improved.",
    "Nobody has asked what it will cost when those scores fall.",
    "Nobody has asked what it will cost when lonely pensioners end up in the surgery instead.",
    "The savings are easy to count, and the costs are not.",
    "That is why the cut looks sensible on a spreadsheet.",
    "I do not envy the councillors, whose grant from the government has been cut hard.",
    "But a budget is a list of priorities, and this one has the wrong ones.",
    "The county still runs a golf course at a loss.",
    "It still pays for a town-twinning trip every summer.",
    "It still hires a public relations firm to explain its decisions.",
    "Any of those could go before the van.",
    "The library van was started by a councillor who had grown up without books.",
    "She said a county that could not lend a book to a child in a village had no business calling itself civilised.",
    "Her portrait still hangs in the council chamber.",
    "Perhaps the councillors should look at it before they vote next week.",
    "The vote is on Tuesday, and the public gallery is open.",
)
ONE_PARAGRAPH_COLUMN = Case("one_paragraph_column", " ".join(_COLUMN_SENTENCES) + "\n", ("opinion",),
                            ("false economy",), (), title="Closing the village libraries is a false economy")

ADVICE_PIECE = Case("advice_piece", """\
A family reunion can be the highlight of the summer, or a weekend everyone would rather forget.

With a little planning, it is easy to make it the first.

Get your people together early. Send a message to every branch of the family at least three months ahead, and \
ask who can come and when.

Make sure you pick a place that suits the oldest and the youngest guests. A park with shade, toilets and space \
for games works better than a restaurant.

Share the cooking. Ask each household to bring one dish, and keep a list so you do not end up with six potato \
salads.

Plan a few activities, but not too many. A group photograph, a quiz about the family's history and a game for the \
children are plenty.

Don't forget the people who cannot come. Set up a video call for an hour in the afternoon so they can say hello.

Finally, take notes on what worked, and pass them to whoever hosts the next one.
""", ("feature",), ("A family reunion", "planning", "Get your people together"), (),
    title="Tips for a family reunion everyone will enjoy")

# Near-miss: a column ending on one call to act stays opinion.
WASH_HANDS_COLUMN = Case("wash_hands_column", """\
The government's flu campaign has been a model of how not to talk to the public.

First came the warnings that half the country could fall ill, then the reassurance that the virus was mild.

Ministers cannot have it both ways, and the public has noticed.

It is time ministers stopped issuing forecasts and started giving plain advice.

The result is a country that ignores the advice it most needs, because it has learned to ignore the advice it gets.

Hand washing should be the whole message, because it will do more to slow this virus than any poster campaign.

Now wash your hands.
""", ("opinion",), ("model of how not to talk", "Hand washing should be", "cannot have it both ways"), (),
    title="The flu campaign has been a shambles")

# Near-miss: a news report with one present-tense quote stays news.
PRESENT_QUOTE_REPORT = Case("present_quote_report", """\
The regional water company will raise bills by 8 percent from April, it announced on Monday, the largest rise in \
a decade.

The company said the increase would pay for new pipes and a reservoir planned for the north of the region.

The average household bill will rise by about 40 pounds a year.

"Nobody likes paying more, but the pipes are older than most of our customers," says the company's chief executive, \
Helen Ward.

Consumer groups said the rise would hit low-income families hardest and called for a social tariff.

The regulator must approve the increase before it takes effect.
""", ("news",), ("raise bills by 8 percent",), (), title="Water bills to rise 8 percent")

# Near-miss: a real readers' Q&A stays Q&A.
READERS_QA = Case("readers_qa16", """\
Q: My employer has refused to pay me for the overtime I worked in December. What are my rights?

Jane Moss, Derby

A: Your employer must pay for overtime if your contract says so, and you can make a claim for unpaid wages.

Raise it in writing first, and keep copies of your time sheets.

Q: Can my employer make me work on a bank holiday?

Peter Hale, Hull

A: Yes, if your contract requires it. There is no legal right to a day off on a bank holiday.
""", ("qa",), ("overtime", "bank holiday", "unpaid wages"), ())

# Near-miss: an explainer with question subheads answered from its sources stays Q&A.
SUBHEAD_EXPLAINER = Case("subhead_explainer", """\
The government has announced a new tax on sugary drinks that will take effect next spring.

What is being taxed?

Drinks with more than five grams of sugar per 100 millilitres will be taxed, the Treasury said on Wednesday.

How much will prices rise?

The Treasury estimates that a typical can will cost about eight pence more.

Where will the money go?

Ministers said the revenue, about 500 million pounds a year, would be spent on school sport.

Will it work?

Health experts said similar taxes in other countries had cut sugar consumption by about a tenth.
""", ("qa",), ("sugary drinks", "new tax"), ())

# Near-miss: a real feature (a present-tense scene, people who say) stays a feature.
MARKET_FEATURE = Case("market_feature", """\
The lamps come on at the night market just before seven, and the smell of grilled corn drifts over the car park.

Li Wen has run the noodle stall at the end of the second row for eleven years.

"People come for the food, but they stay for the talk," she says, ladling broth into a paper bowl.

Her daughter takes the orders now, and her grandson counts the change.

The market began with six stalls in a closed petrol station and now has more than ninety.

"It is the only place in town that is still busy after dark," says a regular, Omar Said.
""", ("feature",), ("night market", "Li Wen", "more than ninety"), ())

CASES = (RHETORICAL_ESSAY, RHETORICAL_LINES, NEWS_SIDEBAR, MEDIA_BLOG, ONE_PARAGRAPH_COLUMN, ADVICE_PIECE, WASH_HANDS_COLUMN,
         PRESENT_QUOTE_REPORT, READERS_QA, SUBHEAD_EXPLAINER, MARKET_FEATURE)
_GAPS: set[str] = set()
_PARAMS = case_params(CASES, _GAPS)


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_session16_genre(case: Case) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points)
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points


@pytest.mark.parametrize(("line", "verdict"), [
    ("Closing the village libraries is a false economy", True),
    ("The stadium plan is no answer to the housing crisis", True),
    ("The Queen is a great-grandmother again", False),  # a person's new state is news
    ("Water bills to rise 8 percent", False),  # headlinese drops the copula
    ("Apple is a $3tn company", False),
    ('Minister: "This is a disgrace"', False),  # a quoted verdict is the speaker's
])
def test_headline_verdict(line: str, verdict: bool) -> None:
    assert headline_verdict(line) is verdict


@pytest.mark.parametrize(("text", "judged"), [
    ("The editorial earns no self-awareness points whatsoever.", True),
    ("It is a bizarre claim from a paper that prints celebrity slideshows.", True),
    ("Bravo, Courier.", True),
    ("The study found that dogs show signs of self-awareness.", False),
    ("The minister said the claim was false.", False),
])
def test_judges_conduct(text: str, judged: bool) -> None:
    assert judges_conduct(text) is judged
