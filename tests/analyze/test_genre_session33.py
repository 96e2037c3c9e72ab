"""Genre lines of session h33 (issue #11; analyze/genre_tone.raises_voice, genre_others.rounds_up_posts).

- A blog post mocking a broadcaster's panel raises its voice in its own sentences: an exclamation mark outside
  quotation marks ("Tonight — at last! —"), an exclamative ("What a fitting way to ..."), jeers ("They are hopeless
  at their jobs", "dumb"), and the reader addressed as "you" again and again (the shape of FNC-1 body 1500, read as
  news). It is commentary. A consumer report that speaks to "you", quotes an excited shopper's "!" and signs off
  with an exclamation of its own raises its voice in two ways only and stays news.
- A radio programme's report closing on the outlet's call for listeners' stories ("Have you had a refund refused? ...
  Your comments may be published ...") with a listener's words glued after a pull quote ('... Rosa Lind, Money Talk
  listener "They told me I had ...'): the form's questions are no argument of the writer's and the listener's "me"
  is no witness's (haiti_bbc/2010-01-16/105 of the labelled set read as opinion). A column closing on its own
  questions to the reader, without a form's terms, still argues.
- A feature on an exhibition opening on a painting in the present passive ("In the first photograph, a village is
  buried under grey ash"), its people quoted with "says": a feature (SyrianCrisis_bbc/2012-03-19/100 read as news);
  the same opening told in the present perfect of a news lede ("has reopened") is no scene.
- A report on a recall that quotes four users' posts in one paragraph among ten of its own narrative is news; a
  piece built of credited reactions, one a paragraph, is a round-up (genre_others.rounds_up_posts: the code review's
  note that four posters alone may catch a report with a few embedded posts).
- A question headline ("Who is to blame for the dam collapse?") over a report of what an inquiry found ("The report
  says ...", "It blames ..."), closing on a link to another story ("The crossword - puzzle or torture?"): news (Audit
  50 #2, read as an opinion piece). The link is no question of the writer's: it names nothing the article names.
Articles written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre_body import unrelated_close
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

CALLOUT_REPORT = """\
Some airline passengers whose flights were cancelled by the volcanic ash cloud are being refused refunds by \
their card companies, consumer groups say.

Card issuers can treat a refund claim for a cancelled flight as a dispute when the airline has gone bust.

But the rules on which payments are covered are complex, leaving many passengers confused.

Rosa Lind, a nurse from Leeds, told the programme Money Talk that her claim had been turned down twice.

Passengers deserve their money back quickly Rosa Lind, Money Talk listener "They told me I had paid through an agent, \
so the card company was not liable.

"I only found out later that I could have claimed from the agent instead."

The card companies say most claims are settled within eight weeks.

A spokesman for the industry body said customers should keep every receipt for a claim.

Have you been refused a refund for a cancelled flight?

Did you claim through your travel insurance instead?

Your comments may be published on our website and on air.

Please include your e-mail address if you are happy to be contacted by a producer.

Money Talk is broadcast on Saturdays at noon.
"""

COLUMN_QUESTIONS = """\
The city has spent two years and forty million pounds on a tram line that carries fewer passengers than the bus it \
replaced.

The council promised that the line would ease traffic on the ring road. It has not.

It promised that the trams would pay for themselves within five years. They will not.

The councillors who approved the scheme should be ashamed of the waste.

They ignored every warning from their own engineers, and the taxpayers are paying for it.

Why should residents trust the council with the next scheme?

Would you hand them another forty million pounds?

Do you believe a word of their promises for the new stadium?

It is time the council answered for the money it has already spent.
"""

EXHIBITION = """\
In the first photograph, a fishing village is buried under grey ash. A boy carries a dog through the empty street.

An old woman sweeps the steps of a church that no longer has a roof.

All of the pictures were taken on the island in the months after the eruption.

The photographer, Lena Varga, lives in the capital but goes back to the island every spring.

"I cannot stay away," she says with a smile.

"The people there still wait for someone to tell their story."

She prints the pictures herself in a small studio above a bakery.

"Every print takes a day, sometimes two," she explains.

The exhibition runs until the end of the month at the city's old customs house.
"""

RECALL_REPORT = """\
A toy maker has recalled two million plastic building sets after reports that small parts could come loose.

The recall covers sets sold in Europe and North America between March and September.

The company said it had received forty complaints and no reports of injuries.

Regulators in three countries said they had asked the firm for details of its testing.

Shares in the company fell by four percent on Monday morning.

Some parents had raised the problem online before the recall. "Piece came off in my son's hand," @mumof3 wrote. \
"Same here, the wheels are loose," @dadblog replied. "Ours broke on day one," @tinkerjo posted. "Sent it back," \
@lena_k wrote.

The firm said customers could return the sets to any shop for a full refund.

It said the fault had been traced to one factory, which has stopped production.

Safety groups said the recall was handled quickly.

The company expects the recall to cost about thirty million euros.
"""

REACTIONS = """\
Fans of the toy maker were quick to react after the company recalled two million building sets on Monday.

"Piece came off in my son's hand, glad they finally listened," @mumof3 wrote.

"Two million sets? That's half the playrooms in the country," @dadblog tweeted.

Others were less worried. "Ours have been fine for a year," @tinkerjo posted.

"Sent it back, got a refund in ten minutes, no complaints," @lena_k wrote.

Some saw a joke in it. "Finally an excuse to stop stepping on them," @barefootbob tweeted.

The company said customers could return the sets to any shop.
"""

INQUIRY = """\
The dam above the village of Orla gave way on 3 May, flooding two hundred homes.

Four people died and more than sixty were injured.

The regional government has now published the findings of its inquiry into the collapse.

The report says no single failure caused the disaster.

It blames "a long series of missed inspections, poor repairs and unclear responsibilities".

The report says the dam's owner, the water company Vira, had cut its maintenance budget twice in five years.

It finds that engineers warned of cracks in the spillway in 2019.

The inquiry says those warnings were not passed on to the company's board.

The report also says the regional inspectors had not visited the dam for three years.

It recommends that every large dam in the region be inspected within six months.

The company has said it accepts the findings.

The crossword - puzzle or torture?
"""


def _genre(text: str, title: str) -> tuple[Document, str]:
    """The annotated article and the real pipeline's genre (annotation, context)."""
    doc = annotate(Article(text=text, source=Source(title=title, date="2026-12-03")))
    return doc, build_context(doc).genre


def test_a_blog_post_raising_its_voice_is_commentary() -> None:
    assert _genre(PANEL_BLOG, "Channel Nine's heat wave debate has no scientists")[1] == "opinion"


def test_a_consumer_report_speaking_to_you_stays_news() -> None:
    assert _genre(CONSUMER_REPORT, "Supermarkets cut water prices after record heat")[1] == "news"


def test_a_report_closing_on_a_call_for_listeners_stories_stays_news() -> None:
    assert _genre(CALLOUT_REPORT, "Card firms refuse refunds for cancelled flights")[1] == "news"


def test_a_columns_own_closing_questions_still_argue() -> None:
    assert _genre(COLUMN_QUESTIONS, "The tram line is a forty million pound failure")[1] == "opinion"


def test_a_feature_opening_on_a_picture_in_the_present_passive() -> None:
    assert _genre(EXHIBITION, "Pictures from the island of ash")[1] == "feature"
    reopened = EXHIBITION.replace("a fishing village is buried under grey ash", "the island's port has reopened")
    assert _genre(reopened, "Pictures from the island of ash")[1] == "news"


def test_a_report_with_a_block_of_posts_is_news_and_a_page_of_reactions_a_round_up() -> None:
    assert _genre(RECALL_REPORT, "Toy maker recalls two million building sets")[1] == "news"
    assert _genre(REACTIONS, "Fans react to the building set recall")[1] == "roundup"


def test_a_question_headline_over_an_inquirys_findings_is_news() -> None:
    doc, genre = _genre(INQUIRY, "Who is to blame for the Orla dam collapse?")
    assert genre == "news"
    assert unrelated_close(doc) == doc.sentences[-1].index  # the closing link is not the writer's question
    assert unrelated_close(_genre(COLUMN_QUESTIONS, "The tram line is a forty million pound failure")[0]) is None
