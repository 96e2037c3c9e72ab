"""Genre lines of session h33 (issue #11; analyze/genre_tone.raises_voice, genre_others.rounds_up_posts).

- A blog post mocking a broadcaster's panel raises its voice in its own sentences: an exclamation mark outside
  quotation marks ("Tonight — at last! —"), an exclamative ("What a fitting way to ..."), jeers ("They are hopeless
  at their jobs", "dumb"), and the reader addressed as "you" again and again (the shape of FNC-1 body 1500, read as
  news). It is commentary. A consumer report that speaks to "you", quotes an excited shopper's "!" and signs off
  with an exclamation of its own raises its voice in two ways only and stays news.
Articles written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

PANEL_BLOG = """\
Tonight — at last! — Channel Nine is going to hold a serious debate on the heat waves that closed the schools \
this summer. The debate will feature four sports presenters and no climate scientist, in a dazzling display of \
the dumb showmanship the channel has made its trademark.

The programme was planned and signed off by several executives who are paid to make good television. They are \
hopeless at their jobs. A debate on heat waves without a single person who studies them is neither serious nor \
useful.

Many viewers noticed, including the weather blogger Ana Ruiz. Ruiz has had enough of the channel's coverage of \
the summer.

You will not hear a scientist tonight because the channel's sponsors sell air conditioners. You will not hear one \
because a scientist might spoil the show.

You will hear plenty of jokes about sunburn, though. What a fitting way for Channel Nine to open its new season.

Update: A spokesman for the channel told the newspaper Daily Post that the debate "was always meant to be light."
"""

CONSUMER_REPORT = """\
Supermarkets across the region cut the price of bottled water on Monday after the hottest week on record.

The three largest chains said the cuts would last until the end of the month.

If you buy water in bulk, you can save up to a third on last month's prices, according to figures from the \
consumer group Fair Shop.

The group said shoppers should still compare prices, because smaller stores had not followed the cuts.

"We've never sold so much water in one week!" said Tom Reyes, who manages a store in the city centre.

Your local store may also offer free refills, the group added.

The chains said deliveries would return to normal next week. Stock up while it lasts!
"""


def _genre(text: str, title: str) -> tuple[Document, str]:
    """The annotated article and the real pipeline's genre (annotation, context)."""
    doc = annotate(Article(text=text, source=Source(title=title, date="2026-12-03")))
    return doc, build_context(doc).genre


def test_a_blog_post_raising_its_voice_is_commentary() -> None:
    assert _genre(PANEL_BLOG, "Channel Nine's heat wave debate has no scientists")[1] == "opinion"


def test_a_consumer_report_speaking_to_you_stays_news() -> None:
    assert _genre(CONSUMER_REPORT, "Supermarkets cut water prices after record heat")[1] == "news"

