"""Genre session 21 cases (Audit 33 and the Newsroom rows): analyses read as news, a column read as news, a post
round-up read as news, an interview answer read as a feature.

- A correspondent comparing two sides' accounts of a call stays an analysis when a page's stray poll question closes
  the text (Audit 33 A4's pattern: the question made it a "jokey story" read as news).
- A business analysis of a firm's prospects, told in conditional and hedged readings ("could have been far worse",
  "if the ruling stands", "it may be years before") with no dated event of the day: an analysis (Audit 33 A7).
- A signed column whose body carries the columnist's bio line ("NAME writes about ...") is an opinion piece
  (Newsroom row 53's pattern).
- Reactions rounded up from embedded posts, each credited "— Name (@handle) date": a round-up (Audit 30 B2369).
- One person's answer printed alone, all "I think" and "it is very important that": an opinion, not a witness
  feature (Newsroom row 11).
Near misses: a dated report with forecasts credited to sources, an undated report on what a bill would do, a report quoting two posts, a book report saying
what its author writes about, a first-person witness feature, a report on a firm's results with one "could".
All texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import Article, RawDocument, Source
from newsbrief.pipeline import annotate_raw, brief_article
from newsbrief.settings import Settings


def _genre(text: str) -> str:
    doc = annotate_raw(RawDocument(text.encode(), content_type="text/plain"), Settings())
    return build_context(doc).genre


def _article_genre(text: str) -> str | None:
    """The genre of an extracted article (a dataset body): page extraction cuts embedded posts, this path keeps them."""
    return brief_article(Article(text=text, source=Source()), Settings()).genre


_ACCOUNTS_POLL = """By Tom Varga, Political correspondent

Ministers have kept quiet about the row over the river dam.

It is no surprise that the premier saved her talks with the governor for a Sunday phone call.

The question is: what exactly did the two of them say?

Different points were stressed by different sources.

The premier's office account had the governor agreeing that the dam dispute had nothing to do with old grudges.

The governor's version dwelt more on the weather than on the dam.

But an aide to the governor said he had also asked for the spillway to be reopened within a month.

The accounts do not clash, but they put the call in a different light.

For the farmers downstream, the meeting that really matters is the one in the capital next week.

Crossword clue - clever wordplay, or the lowest form of wit?
"""

_BUSINESS = """Harlow Foods, bruised but still trading, faces up to life after the recall

Harlow Foods is still trading, but the salad recall has changed the company for good.

It could have been far worse.

In spring, some market analysts doubted whether the firm could survive the scandal.

Its shares had lost more than half their value.

Within a few weeks the count of shops pulling its products had grown from 40 to several hundred.

Its repeated attempts to reassure buyers had failed, and a clean inspection seemed a long way off.

The founder, who has since stepped down, and the chair were summoned before a parliamentary committee.

They had to drop plans for a bonus round and set aside 80 million euros for claims.

While the recall itself is over, the legal fight is only just starting.

Harlow will fight hard against claims that it ignored the warnings.

If the claims stand, it faces penalties of up to 200 million euros.

It would not be able to pass other costs on to its suppliers.

What managers call a "leaner Harlow" will be a far smaller firm with fewer brands.

If the inquiry finds it careless, more sales of brands would follow.

But it may be years before it can afford to pay its owners a dividend again.
"""

_BIO_COLUMN = """The Harbour Commission's hearing on the ferry crash, as some now call it, began at 9 a.m. and ran until dusk.

In that time the name of a retired consultant, Pell Arbus, came up more than 60 times.

By noon Arbus had been mentioned 31 times, as often as the captain whose ship went down.

The crew got a handful of mentions each and the port's own safety chief got none.

Mara Quint writes about political theater in the state capital. She joined the Courier as a court reporter in 2004.

The chairman read from Arbus's emails as if he had caught two pupils passing notes in class.

The commissioner refused to rise to it.

The Arbus focus shows that, weeks into the inquiry, the hearing is about everything but the crash.
"""

_POSTS = """If you leave a rare sports car on a city street overnight, you should perhaps expect the worst.

Even so, nobody expected this.

A giant cartoon of a cat was apparently painted on the bonnet of a vintage racer in Leeds.

Reactions have been mixed, to say the least.

Some users were delighted.

somebody painted a perfect cat on a £3m racer and honestly it is art

— Dana Ruiz (@danaruiz) March 3, 2016

Give that painter a medal

— Omar Pell (@omarpell) March 3, 2016

Other users were horrified.

whoever did this to that beautiful car deserves jail

— Lyle Brant (@lylebrant) March 2, 2016

Some blamed the usual suspects.

the art students again?

— Kit Moss (@kitmoss) March 2, 2016
"""

_ANSWER = """I think there is a real chance that the party map of this country will be redrawn, especially if nothing \
is done for the people who feel left behind. The rise of the populists is really an echo of the vote last year, to some \
extent, and so are the new parties in the south. Unless the rich countries can show large numbers of their people that \
they can run the economy in their interest, I think this anger will only grow. If we are going to save open politics, \
it's very important that something is done to put it right again.
"""

_ONE_PARAGRAPH = """By Ana Ruel and Piet Moss The Farmers' League has been energised by the unrest sweeping the region. \
It says it has no formal links with farm groups abroad. Its founder, a former teacher, fled to Lisbon in 1999. \
The league was founded in the 1960s and drew its members from smallholders in the north. \
In 2004 its leaders were freed after a deal with the government. But now the league is siding with the protests. \
Should the allies arm the protesters? In the longer term, the league could become a force in a new parliament. \
Like their neighbours' farm parties, they would accept coalition government. \
A stronger league might draw support away from the armed militias in the hills. \
But the country's clan loyalties may complicate its efforts to build a national movement. \
In the end, its reach may be limited most by the rise of the city parties. \
The league's council is mostly made up of lawyers and engineers.
"""

_BILL_REPORT = """Two bills put forward by the Green Alliance would change how the islands vote.

Under the present law, an island would have to hold two ballots before it could leave the federation.

The first bill would cut that to a single ballot, and would let islanders abroad vote by post.

Voters would no longer have to register a year ahead, and the count would be held on the islands.

The second bill would allow island councils to set their own fishing quotas.

The alliance's leader, Tomas Ree, linked both bills to the row over the northern fisheries.

Fishing crews in the north have blocked two harbours since the spring.

Several members of parliament have visited the harbours, including a former football captain.

The federal government has not yet given its view on the bills.

A vote in the lower house is expected before the summer recess.
"""

_DATED_REPORT = """Harlow Foods said on Tuesday that it would cut 300 jobs after a salad recall hit its sales.

The company said profits for the year could fall by a third, according to a statement to the stock exchange.

Analysts at Lyle Bank said the firm may have to sell two of its brands to pay claims.

"We expect a difficult year," the chief executive, Rosa Fenn, told reporters in Leeds.

The shares fell 12 per cent in morning trading.

The firm said it would set aside 80 million euros for claims and would not pay a dividend.

Unions said they would meet managers on Friday.

A hearing in the claims case is set for June.
"""

_REPORT_TWO_POSTS = """Police in Leeds said on Monday they were looking for a vandal who painted a cartoon cat on a \
vintage racing car parked in the city centre overnight.

The car, worth about £3m, belongs to a local collector, police said.

Officers asked anyone with camera footage to come forward.

Reactions online were mixed. One user wrote that the painting was "honestly art":

somebody painted a cat on that racer and honestly it is art

— Jo Arden (@joarden) March 3, 2016

Another user said the vandal deserved jail:

whoever did this deserves jail

— Sam Tull (@samtull) March 3, 2016

A spokesman for the collector said the paint would be removed by specialists this week.

Police said no arrests had been made.
"""

_BOOK_REPORT = """A former nurse from Bristol has won this year's Ashby prize for a first novel, the judges said on \
Thursday.

Lena Hart writes about three sisters running a failing hotel on the coast.

The judges said the book was chosen from 140 entries.

Hart, 54, will receive £10,000 and a publishing contract, the prize committee said.

Last year's prize went to a debut crime novel.

The award ceremony will be held in London on 3 May.
"""

_WITNESS = """I reached the flooded village just after dawn, wading the last mile through brown water.

The school was empty and its benches floated in the yard.

A woman called Asha pointed to the roof where her family had slept for two nights.

"We had rice for one day only," she says.

I followed her across a broken bridge to the clinic, which had no power.

A nurse there says the river rose faster than anyone could remember.

By noon the boats with food had still not come.
"""


def test_accounts_compared_with_a_stray_poll_line_are_analysis() -> None:
    assert _genre(_ACCOUNTS_POLL) == "analysis"


def test_business_analysis_in_conditional_readings() -> None:
    assert _genre(_BUSINESS) == "analysis"


@pytest.mark.xfail(strict=True, reason="ingest (repair._without_bio_line) cuts the bio line before genre reads the text; "
                   "ingest would have to set Article.genre_note='opinion' when it cuts a 'writes about' line")
def test_column_with_the_columnists_bio_line_is_opinion() -> None:
    assert _genre(_BIO_COLUMN) == "opinion"


def test_reactions_rounded_up_from_embedded_posts_are_a_roundup() -> None:
    assert _article_genre(_POSTS) == "roundup"


def test_one_paragraph_analysis_with_a_promo_question() -> None:
    assert _article_genre(_ONE_PARAGRAPH) == "analysis"


def test_interview_answer_alone_is_opinion_not_feature() -> None:
    assert _genre(_ANSWER) == "opinion"


def test_report_quoting_two_posts_stays_news() -> None:
    assert _article_genre(_REPORT_TWO_POSTS) == "news"


@pytest.mark.parametrize(("text", "genre"), [
    (_DATED_REPORT, "news"),
    (_BILL_REPORT, "news"),
    (_BOOK_REPORT, "news"),
    (_WITNESS, "feature"),
])
def test_near_misses_keep_their_genre(text: str, genre: str) -> None:
    assert _genre(text) == genre
