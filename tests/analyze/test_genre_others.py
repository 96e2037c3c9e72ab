"""Genre of pieces whose own sentences held others' words (reader Audit 48, issue #11; analyze/genre_others.py).

- A hoax written as straight news asks two questions in a run and answers them ("So how will staff know ...? Will
  they simply ask ...? No."): one move of a report, not two sentences of argument (Audit 48 #8, read as opinion).
- A panel of experts asked "what next?", one quoted over several paragraphs whose opening marks were lost: their "I
  think"s and "We must remember" read as the writer's (Audit 48 #3, read as opinion); a round-up of views.
- Reactions posted on social media quoted one after another, each credited "@name tweeted" (Audit 48 #11, read as
  news), and embedded posts run into the text with their "Haha." and "Hurts!" (Audit 48's labelled set): a round-up.
  A report quoting two posts stays news.
- A business analysis pegged on "The damning testimony yesterday ..." and reading ahead in hedges ("may be about to
  change", "could find itself in the line of fire"): an analysis (Audit 48 #5, read as news); the day word names the
  peg inside a noun phrase (genre_reading.dates_event). The same piece whose lede reports the testimony as the day's
  event ("Crew members ... told a hearing yesterday that ...") stays news.
Articles written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre_others import carried_quotation, post_sentences
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

HOAX = """\
Obesity rates in Britain have risen for ten years in a row and now cost the health service billions.

A national supermarket chain has decided it wants to be part of the answer.

From 1 March, according to reports, its stores will refuse entry to adults above a weight limit set for their height.

The chain has spent the past year promoting fresh fruit and salads in its advertising.

So how will staff know what a shopper weighs? Will they simply ask and believe the answer? No.

Scales will be fitted at every entrance, and shoppers will have to step on them before the doors open.

Signs at the entrances will remind customers that the store can refuse service to anyone.

Home deliveries may be harder to police. Drivers will be told to turn back if a customer looks over the limit.
"""

PANEL = """\
As the naval blockade enters its second week, the island's military government faces the greatest pressure of its \
twenty-year rule.

But questions are being asked about what happens after the blockade.

Will the generals hold on, and if so, for how long?

Who would run the country if they fell?

We spoke to some experts to hear what they think could happen next.

Here are some of their thoughts.

Maria Ekberg, professor of security studies at Uppsala University, said she expected a long stand-off.

"The generals have nowhere to go, so I think they will dig in.

"They survived sanctions in 2009 and they will try to survive this too.

I think the blockade will harden opinion against the outside world before it softens it.

We must remember that the army controls the food supply.

In the end the question is who blinks first, and I do not think it will be the generals."

Tomas Reyes, a former ambassador to the island, said the outcome depended on the army's junior officers.

"If the captains and majors lose faith, the regime could fall within months.

"If they do not, we should expect years of this. I think the outside world has to be ready for both."
"""

TWEETS = """\
Some owners of the new Pixel phone say its speaker buzzes when they play music.

Owners took to Twitter under the hashtag #buzzgate to compare notes.

"Mine sounds like a bee trapped in a jar #buzzgate," @sallyrun tweeted.

"Returned mine today. Third one with the same buzz," @kwame_b wrote.

"Is it just me or does the buzz get worse when the phone is warm?" @d_oyelaran tweeted.

Others were not convinced.

"Been playing music on mine all week and heard nothing. I say #buzzgate is made up," @techgran posted.

A phone review site tested five handsets and found no buzz on any of them.

"We turned the volume up to maximum and held the phones to a microphone," reviewer Ann Cole wrote. "Nothing."

The company did not reply to a request for comment.
"""

# Near miss: a report quoting two posts (the rumour and its denial) is a report.
TWO_TWEETS = """\
A rumour that the city's oldest bakery would close this month spread quickly on Saturday.

"Heartbroken that Miller's is closing after 120 years," @old_town_jen tweeted on Saturday morning.

The post was shared more than 4,000 times before the bakery replied.

"We are not closing. We are repainting the shop and will reopen on Tuesday," @millersbakery tweeted.

The owner, Paul Miller, said the shop would reopen on Tuesday with a new oven.

"We have had hundreds of calls today," he said.
"""

EMBEDDED = """\
Forget the bending phones: owners of the new handset have found a new complaint, and it has its own hashtag.

Owners say the seam between the glass and the metal frame catches hairs and pulls them out.

People are joking about #hairgate but this is a real problem. Haha. It has pulled out my beard hairs. Hurts!— \
Quinn Nolan (@qnolan) October 6, 2014My phone keeps catching my hair. Twice today! #hairgate— Sam Bell (@sbell) \
October 6, 2014This seam is a disaster. Who designed this?!— Pat Ruiz (@patruiz) October 5, 2014Lost half \
my eyebrow to my phone. Ouch!— Lee Kim (@leekim) October 5, 2014

The maker says it has received a handful of complaints about the seam.
"""


BLAME = """\
The operator of the field, Northway Energy, has so far taken all the blame for the blast that killed nine men.

But that may be about to change.

The platform's owner, Castell Drilling, which has had an easy ride so far, could find itself in the line of fire as \
the inquiries go on.

Singling out Northway for criticism over the last two months was always convenient for politicians.

It was a foreign company with deep pockets, and it had agreed to set aside $5bn for claims before any blame had been \
apportioned.

Castell, with quarterly profits of $300m, is a much smaller target for lawyers than Northway, which earns ten times as \
much.

Northway's chief executive did not help his own cause with a string of clumsy remarks in the first week.

Northway might well have reminded everyone that it had two partners in the field, both little known outside the \
industry.

Both partners appeared before a parliamentary committee this week and seemed happy to leave the blame with Northway.

Northway will start to fight its own corner next month when it reports its half-year results.

The inquiries could take a year or more to apportion the blame, and the lawyers would be busy long after that.
"""
PEGGED = "The damning testimony yesterday from the crew of the sunken platform about alarms switched off for months has \
changed the story of the disaster."
DATED = "Crew members of the sunken platform told a parliamentary hearing yesterday that alarms had been switched off for \
months."
BLAME_TITLE = "Rig owner in the spotlight after crew's testimony"


def _doc(text: str, title: str) -> tuple[Document, str]:
    """The annotated article and the real pipeline's genre (annotation, context)."""
    doc = annotate(Article(text=text, source=Source(title=title, date="2026-12-03")))
    return doc, build_context(doc).genre


def test_hoax_asking_a_run_of_questions_is_news() -> None:
    assert _doc(HOAX, "Supermarket chain to weigh shoppers at the door from March")[1] == "news"


def test_experts_quoted_over_paragraphs_make_a_round_up() -> None:
    doc, genre = _doc(PANEL, "The blockade has begun, but what comes next for the island?")
    assert genre == "roundup"
    carried = carried_quotation(doc)
    remember = next(s for s in doc.sentences if s.text.startswith("We must remember"))
    harden = next(s for s in doc.sentences if s.text.startswith("I think the blockade"))
    assert {remember.index, harden.index} <= carried
    assert not any(s.index in carried for s in doc.sentences if s.text.startswith(("We spoke", "Maria Ekberg")))


def test_reactions_credited_to_posters_make_a_round_up() -> None:
    assert _doc(TWEETS, "Pixel owners say their phones buzz")[1] == "roundup"


def test_report_quoting_two_posts_stays_news() -> None:
    assert _doc(TWO_TWEETS, "Bakery denies rumour it will close")[1] == "news"


def test_embedded_posts_are_not_the_writers_jokes() -> None:
    doc, genre = _doc(EMBEDDED, "Phone owners complain of hair caught in the seam")
    assert genre == "roundup"
    posts = post_sentences(doc)
    assert any(s.index in posts for s in doc.sentences if s.text.strip() == "Haha.")
    assert not any(s.index in posts for s in doc.sentences if s.text.startswith("The maker says"))


def test_analysis_pegged_on_yesterdays_testimony_is_an_analysis() -> None:
    assert _doc(f"{PEGGED}\n\n{BLAME}", BLAME_TITLE)[1] == "analysis"


def test_same_piece_reporting_the_testimony_as_news_stays_news() -> None:
    assert _doc(f"{DATED}\n\n{BLAME}", BLAME_TITLE)[1] == "news"
