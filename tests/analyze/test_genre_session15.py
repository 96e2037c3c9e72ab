"""Labelled cases for session 15's genre work (issue #11: "the main point is missing", "say the genre in the brief").

- **Reviews** (the lead's reading of two unseen Newsroom film reviews, labelled a news report and a feature): a
  piece that names a work and evaluates it throughout ("the film", "the novel"), with credits, a rating or running
  time line, plot told in the present tense and evaluative language ("a triumph", "falls flat", "never quite") is a
  review, and its key points lead with the critic's verdict. Near-miss: a report on a film's box office.
- **Columns, analyses, features, blogs** (Audit 22's quick look, docs/audit.md section 23): a snark column speaks
  to "you" with sarcasm; an analysis argues ("because", "the question is", hedged judgement); a feature sets a
  scene and quotes at length without a thesis; a blog tells the writer's dated observation in the first person.
  Near-miss: a report quoting an angry official is news.
- **A readers' Q&A**: a reader's question answered by a named expert; a key point taken from the answer says whose
  answer it is ("[According to X,]").

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_document
from newsbrief.settings import Settings
from tests.analyze.points_cases import Case, case_params

FILM_REVIEW = Case("film_review", """\
"The Long Harbour" is a quiet triumph, a film that trusts its audience and never once raises its voice.

Directed by Maren Holt and starring Idris Kane and Lucy Varga, the movie follows a retired ferryman who returns \
to the island where his brother drowned forty years ago.

Kane plays him as a man who has spent a lifetime not talking, and the camera lingers on his hands as he mends \
old nets in his brother's shed.

Varga is his niece, a marine biologist who arrives to count the seals and stays to ask the questions nobody on \
the island will answer.

The script stumbles in the last half hour, when a storm arrives on cue to force a confession that the film had \
already made plain.

But Holt's patience pays off, and the final shot of the two of them rowing out at dawn is as moving as anything \
in cinemas this year.

Rated PG-13 for thematic material. Running time: 1 hr 52 min.
""", ("review",), ("quiet triumph",), ("Rated PG-13", "Running time"), title="The Long Harbour")

# The verdict at the end, the plot first: the verdict still leads.
NOVEL_REVIEW = Case("novel_review", """\
Anna Petrov's third novel opens in a hospital car park in Leeds, where a night porter finds a newborn baby in \
the back of an unlocked van.

The porter, Dev, is fifty, divorced and tired, and he decides not to call the police until morning.

Over the next three hundred pages the book follows the baby's mother, a student who has told no one, and the \
porter, whose quiet decision will cost him his job.

Petrov writes hospital nights with the precision of someone who has worked them, and the dialogue is sharp \
and often very funny.

The middle section drags, and a subplot about Dev's estranged son never quite earns its place.

Still, the novel works best when it stays with its two strangers, and its ending is a small masterpiece of \
restraint.
""", ("review",), ("small masterpiece", "works best when"), (), title="The Night Porter by Anna Petrov")

# Near-miss: a report on a film's box office is news, whatever the film is called.
BOX_OFFICE = Case("box_office", """\
"The Long Harbour" took $48 million in North America over the weekend, the biggest opening for an original \
drama this year, according to studio estimates released on Sunday.

The film, directed by Maren Holt, had been expected to take about $30 million.

Distributor Northlight Pictures said the film had also opened at number one in Britain and Australia.

Analysts said strong reviews and word of mouth had driven ticket sales among older audiences.

The film is rated PG-13 and runs 112 minutes.
""", ("news",), ("$48 million",), (), title="'The Long Harbour' tops box office with $48 million")

# A restaurant review: the verdict in the opening, the dishes after, the practical line at the end.
RESTAURANT_REVIEW = Case("restaurant_review", """\
Pesca, the new seafood restaurant on Harbour Row, promises the taste of the coast but mostly falls flat.

The menu is short: six starters, six mains, and a board of oysters that changes with the tide.

The grilled mackerel arrives nicely charred but sits on a heap of lentils that taste of nothing at all.

A fish stew is better, rich with saffron, though the mussels in it are small and a few are gritty.

Service is friendly but slow, and on a quiet Tuesday the wait between courses stretched to forty minutes.

Dinner for two with wine costs about $120. Pesca is open Tuesday to Sunday, 6pm to 10pm.
""", ("review",), ("mostly falls flat",), (), title="Pesca, Harbour Row")

# Near-miss: a novelist winning a prize, praised by the judges in quotes, is news.
BOOK_PRIZE = Case("book_prize", """\
Anna Petrov has won the Calder Prize for fiction for her novel "The Night Porter", the judges announced on \
Wednesday.

The novel, about a hospital porter who finds a newborn baby in a van, beat five other books to the $50,000 \
award.

"It is a small masterpiece of restraint, funny and sharp," said the chair of the judges, Colin Ames.

Petrov, who worked as a hospital nurse for ten years, said she would use the money to write full time.

Sales of the book have doubled since it was shortlisted in September, according to its publisher.
""", ("news",), ("has won the Calder Prize",), (), title="Anna Petrov wins Calder Prize")

SNARK_COLUMN = Case("snark_column", """\
Congratulations, city hall. You have done it again.

After eighteen months and a consultant's report the size of a phone book, the council has discovered that the \
potholes on Elm Street are, in fact, potholes.

You might think that a city that can find money for a new logo could find a few tons of asphalt. You would be \
wrong, of course.

The council's solution, announced with great fanfare on Tuesday, is a new committee to study the potholes.

Never mind that the residents of Elm Street could have told them that for free. Never mind that two cyclists \
have been hurt there this year.

If you drive down Elm Street this winter, hold on to your coffee, and maybe your teeth.
""", ("opinion",), ("new committee to study", "discovered that the potholes"), (), title="Another committee for Elm Street")

# Near-miss: a report quoting an angry official is news.
ANGRY_OFFICIAL = Case("angry_official", """\
The city council on Tuesday set up a committee to study potholes on Elm Street, where two cyclists have been \
injured this year.

Councillor Rita Moss voted against the plan. "This is a disgrace. People are getting hurt while we hold \
meetings," she said.

The council's transport chief, Omar Field, said the committee would report by March.

Repairs to the street would cost about $400,000, according to a consultant's report.
""", ("news",), ("set up a committee",), (), title="Council sets up committee on Elm Street potholes")

ANALYSIS = Case("analysis", """\
The central bank's decision to hold interest rates on Thursday was expected, but the reasoning behind it tells \
us more than the decision itself.

The question is whether the bank is waiting for inflation to fall or for the government to act first.

Inflation has fallen for three months in a row, which would normally be enough for a cut.

But the bank is cautious because wages are still rising faster than prices, and it fears a second wave.

That caution is probably justified. A cut now would look like a reward for a budget that has not yet been \
published.

The likelier reading is that the bank is keeping its powder dry until it sees the government's spending plans.

If the budget is tight, a cut in the spring seems likely; if it is not, the bank may wait until the summer.

Either way, the decision to hold is less about inflation than about who blinks first.
""", ("analysis",), ("less about inflation than about who blinks first", "question is whether the bank"),
    (), title="Why the central bank is waiting")

FEATURE = Case("feature", """\
The first boat comes in just after four in the morning, its deck lights swinging over the black water of the \
harbour.

Mara Lind is already on the quay, in yellow oilskins, with a clipboard and a flask of coffee.

"I have done this for thirty-one years," she says. "My father did it before me, and his mother before him. \
You learn to read the sea the way other people read a newspaper."

She counts the crates as they come off: cod, a few haddock, a tangle of crabs.

Fewer boats go out now than when she started. The harbour had forty trawlers in 1990; today it has nine.

"Some mornings I stand here and I think, who will do this when I'm gone?" she says. "Nobody wants to get up at \
three any more."

By six the boats are unloaded, and Lind walks up the hill to the auction hall to start the bidding.
""", ("feature",), ("forty trawlers", "Fewer boats go out"), (),
    title="The last auctioneer of Kelby harbour")

BLOG = Case("blog", """\
Monday, 18 May

I spent the afternoon in a park in the east of the city, where hundreds of retired people gather every day to \
dance, play cards and sing.

I counted more than sixty people in one dance group alone, most of them over seventy.

The country's population is ageing faster than almost any other: by 2040, one in four people here will be over \
sixty-five.

Many of the people I spoke to live alone, because their children have moved to other cities for work.

A retired teacher told me she comes every day because the park is the only place where she talks to anyone.

The government has promised more care homes, but there are still only a few beds for every thousand old people.
""", ("feature",), ("population is ageing", "live alone", "care homes"), (), title="Growing old in the city")

READER_QA = Case("reader_qa", """\
Q: My doctor says my cholesterol is slightly high. Should I stop eating eggs? Janet, Leeds

Dr Helen Marsh, a cardiologist at St Anne's Hospital, answers:

A: For most people, eggs are not the main problem. The cholesterol in food has only a small effect on the \
cholesterol in your blood.

Saturated fat, found in butter, fatty meat and cheese, raises blood cholesterol far more than eggs do.

An egg a day is fine for most healthy adults, but people with diabetes should talk to their doctor first.

Regular exercise and more fibre, from oats, beans and vegetables, will also help bring your levels down.
""", ("qa",), ("eggs are not the main problem", "Saturated fat", "An egg a day"), (),
    title="Ask the doctor: should I give up eggs?")

CASES = (FILM_REVIEW, NOVEL_REVIEW, RESTAURANT_REVIEW, BOX_OFFICE, BOOK_PRIZE, SNARK_COLUMN, ANGRY_OFFICIAL, ANALYSIS, FEATURE, BLOG, READER_QA)
# Cases whose key point 1 must hold the lead phrase (a review leads with its verdict).
FIRST = frozenset({"film_review", "novel_review", "restaurant_review", "box_office", "book_prize", "angry_official"})
# Cases whose key points taken from an answer must name the answerer.
ANSWERER = {"reader_qa": "Helen Marsh"}

_GAPS: set[str] = set()
_PARAMS = case_params(CASES, _GAPS)


def _brief(case: Case) -> tuple[str, list[str]]:
    doc = annotate(Article(text=case.text, source=Source(title=case.title, date="2026-10-20")))
    ctx = build_context(doc)
    if case.name in ANSWERER:  # the whole brief: the sections' voice labels name the answerer
        summary = brief_document(doc, Settings()).section("summary")
        return ctx.genre, [item.text for item in summary.items] if summary is not None else []
    return ctx.genre, [item.text for item in analyze_summary(doc, ctx)]


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_session15_genre(case: Case) -> None:
    genre, points = _brief(case)
    assert genre in case.genres, (genre, points)
    head = points[:1] if case.name in FIRST else points[:2]
    assert any(phrase in point for point in head for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points
    name = ANSWERER.get(case.name)
    if name is not None:
        answers = [p for p in points if not p.startswith("Q") and "?" not in p]  # the reader's question is no point
        assert answers and all(name in p for p in answers), points
