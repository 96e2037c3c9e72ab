"""Labelled cases for reader Audit 20's genre line (docs/audit.md 21.2 "Genre line", 21.4 item 5; issue #11).

- A live page whose entries open with a place in capitals and a clock stamp ("KORDANIA, 11:22 p.m. ET, 6:22 a.m.
  local: ...", "VALMORA - ...") is a live page, and nlp/clock_stamps finds its stamps.
- A signed column that quotes its targets in most paragraphs, asks rhetorical questions and calls on the
  government in the first person is an opinion piece.
- A reported explainer whose question headings ("Could the government shut down the internet?") are answered by
  quoted experts is no opinion piece.

Near-misses that must stay as they are: a report with one capitalised dateline, a report that quotes a minister's
"I" and "we must", a column that asks and answers its own questions. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.clock_stamps import clock_stamps, newest_first, place_stamps

LIVE_PLACES = """\
KORDANIA, 11:22 p.m. ET, 6:22 a.m. local: Witnesses in the eastern port said fighter jets flew low over the city \
overnight, and residents said they heard heavy gunfire near the harbour.

VALMORA, 10:40 p.m. ET, 5:40 a.m. local: The foreign ministry said all its citizens would be flown home from the \
capital by the end of the week.

KORDANIA, 9:15 p.m. ET, 4:15 a.m. local: The country's ambassador to the United Nations resigned and called on the \
army to stop the killing of protesters.

VALMORA - Thousands of people marched through the centre of the capital in support of the protesters next door, \
the state news agency said.

KORDANIA, 8:05 p.m. ET, 3:05 a.m. local: Oil prices rose by three dollars a barrel as traders worried about \
supplies from the region.
"""

# Near-miss: one capitalised dateline opens a report; its other paragraphs are plain.
REPORT_DATELINE = """\
KORDANIA CITY, Kordania - The government of Kordania imposed a night curfew on the capital on Monday after a \
second day of protests over food prices.

Soldiers set up checkpoints on the main roads into the city, and the state broadcaster said shops would close \
at 6 p.m.

The interior minister said the curfew would last until the end of the month.

Protesters said they would march again on Tuesday.
"""

COLUMN = """\
So the chancellor has found another £4bn for his new motorway. "This is an investment in the future of the \
north," he told the Commons on Tuesday. I have heard that line before, and so have you.

Who believes that another six lanes of tarmac will bring a single job to Carlisle? The Treasury's own figures \
say the road will save drivers four minutes. "Every minute counts," a minister told me, with a straight face.

I spent last week driving the route. The villages along it do not want the road; they want a bus that runs after \
six in the evening. "We have been forgotten," said a woman in the post office at Wetheral.

Why does a government that cannot fund a rural bus find billions for concrete? The answer is vanity. Ministers \
love a ribbon to cut, and nobody cuts a ribbon for a bus timetable.

The chancellor should scrap the scheme and give the money to the councils. It is time to stop pretending that \
roads are a regional policy. "We will listen," said his spokesman. I will believe it when I see it.
"""

# Near-miss: a report quoting a minister's first person and "we must" is news.
REPORT_QUOTES_I = """\
The chancellor announced £4bn for a new motorway across the north of England on Tuesday, the largest road \
scheme in a decade.

"I believe this is an investment in the future of the north," he told the Commons. "We must connect our cities."

The Treasury said the road would cut journey times between Carlisle and Newcastle by four minutes.

Councils in Cumbria said they had asked for money for rural buses instead. "We have been forgotten," said the \
leader of one council.

Work on the road is due to start in 2028, the Department for Transport said.
"""

EXPLAINER = """\
The government of Kordania cut off mobile internet in three provinces last week, and lawmakers in Washington have \
asked whether the same could happen at home.

Could the U.S. government shut down the internet?

"Not in the way Kordania did," said Maria Stein, a professor of communications law at Eastfield University. \
"There is no single switch, and the networks are owned by hundreds of private companies."

A 1934 law gives the president powers over wire communications in a national emergency, but it has never been \
used on the internet, Stein said.

What would it take?

"A shutdown would need the cooperation of every large provider," said Paul Rhee, a former engineer at a network \
company. "They would go to court first."

Who decides in Kordania?

In Kordania the state owns the main telecommunications company, which carried out the order within an hour, \
according to the digital rights group Open Wire.

What happens next?

Open Wire said it expected the service to return within days, but warned that the government had cut access \
twice before during protests.
"""

# Two question headings in a reported explainer, each answered by quoted experts: the writer's own sentences are few,
# so the headings alone made a fifth of them "stance".
EXPLAINER_TWO = """\
Governments have cut off the internet during unrest before: in Myanmar during protests in 2007, and in Nepal in \
2005. Kordania did it last week.

Could the U.S. government shut down the internet?

"It is very unlikely," said Maria Stein, who teaches communications law at Eastfield University. "The network \
was designed to route around damage, and there are thousands of connections into the country."

Stein said a 1934 law gives the president emergency powers over wire communications.

"Nobody has ever tested that law on the internet," said Paul Rhee, a former network engineer. "The companies \
would fight it in court."

How did Kordania do it?

Kordania has only four internet providers, and all of them rely on the state telecommunications company, \
according to the monitoring firm Open Wire.

"They made four phone calls," said Jamie Cole, an analyst at Open Wire. "That is all it took."

The United States has more than 3,000 providers, the firm said.
"""

# Near-miss: a column that asks its own questions and answers them in its own voice stays opinion.
COLUMN_QUESTIONS = """\
Should we be frightened of the new flu? I don't think so, and I have read every report the ministry has \
published this month.

Why, then, is the government buying 30 million doses of a vaccine that has not been tested? Because ministers \
are terrified of being blamed. It is a shameful waste of money.

What should they do instead? They should spend the money on nurses, who will be needed whatever the virus does.

Is this complacency? No. It is common sense, and it is time the health secretary showed some.
"""

CASES = [
    ("live_places", LIVE_PLACES, "Kordania crisis: latest", None, ("live",)),
    ("report_dateline", REPORT_DATELINE, "Curfew imposed in Kordania capital", None, ("news",)),
    ("column", COLUMN, "The north needs buses, not another motorway", "Martin Hale", ("opinion",)),
    ("report_quotes_i", REPORT_QUOTES_I, "Chancellor unveils £4bn motorway", None, ("news",)),
    ("explainer", EXPLAINER, "Could the US shut down the internet like Kordania?", None, ("qa", "analysis", "news")),
    ("explainer_two", EXPLAINER_TWO, "Could the US shut down the internet?", None, ("qa", "analysis", "news")),
    ("column_questions", COLUMN_QUESTIONS, "The flu vaccine is a waste of money", None, ("opinion",)),
]


def _genre(text: str, title: str, author: str | None) -> str:
    doc = annotate(Article(text=text, source=Source(title=title, author=author, date="2011-02-22")))
    return build_context(doc).genre


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text", "title", "author", "genres"), CASES, ids=[c[0] for c in CASES])
def test_audit20_genre(name: str, text: str, title: str, author: str | None, genres: tuple[str, ...]) -> None:
    assert _genre(text, title, author) in genres, name


def test_place_stamps_are_found_and_datelines_are_not() -> None:
    stamps = place_stamps(LIVE_PLACES)
    assert len(stamps) == 5
    assert LIVE_PLACES[min(stamps):].startswith("KORDANIA, 11:22")
    assert not place_stamps(REPORT_DATELINE)
    # clock_stamps, which bounds a live page's entries for the speakers, figures and timeline, returns them too,
    # and its four-digit reading is unchanged.
    assert stamps <= clock_stamps(LIVE_PLACES, None)
    assert not newest_first(LIVE_PLACES, None)
    four = "2155: The minister left.\n\n2140: The vote was held.\n\n2120: The debate opened.\n"
    assert clock_stamps(four, None) == frozenset({0, 26, 52}) and newest_first(four, None)


def test_a_place_stamp_opens_no_item_of_the_brief() -> None:
    # The helper's left-over: "VALMORA - Thousands ..." and "local: Witnesses ..." (the stamp split after "a.m.")
    # stood at the front of key points; the lead's fix joins "a.m. | local:" and strips place stamps in compose.
    from newsbrief.models import RawDocument
    from newsbrief.pipeline import brief_source
    from newsbrief.settings import Settings

    brief = brief_source(RawDocument(content=LIVE_PLACES.encode(), filename="live.txt"), Settings())
    texts = [item.text for section in brief.sections for item in section.items]
    assert texts, brief
    assert not [t for t in texts if t.startswith(("KORDANIA,", "VALMORA", "local:"))], texts
