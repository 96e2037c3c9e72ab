"""Genre session 20 cases (Audits 29-32, the lead's Newsroom reading): pages whose kind ingest used to hide.

- A live page whose first line announces itself ("This live page is ...", "Follow our live coverage ...", "We'll
  bring you the latest ...") lost that line in ingest before the genre saw it.
- A schools case study whose first line names its kind ("Case study: ...") is an explainer.
Near misses: a report mentioning live coverage, a report quoting a tweet, a report with a "here's why" sentence, a
report closing on "We'll bring you more ...", a report about a council's case study.
All texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str) -> str:
    doc = annotate_raw(RawDocument(text.encode(), content_type="text/plain"), Settings())
    return build_context(doc).genre


_ENTRIES = """The finance minister has arrived at parliament with the red box held up for the cameras.

Opposition leaders say they will study the small print before they give a verdict on the plans.

Traders in the City are watching the pound, which slipped a little in early dealing.

The minister is now on her feet and begins with the forecast for growth next year.
"""

LIVE = [
    ("announced", "This live page is part of our coverage of the budget and will be updated through the day.\n\n"
     + _ENTRIES),
    ("follow", "Follow our live coverage of the budget as the minister sets out her plans.\n\n" + _ENTRIES),
    ("bring", "We'll bring you the latest from parliament as the budget unfolds.\n\n" + _ENTRIES),
]


@pytest.mark.parametrize(("name", "text"), LIVE, ids=[n for n, _ in LIVE])
def test_a_page_announcing_itself_live_is_a_live_page(name: str, text: str) -> None:
    assert _genre(text) == "live", name


_CASE_STUDY = """Case study: a river flood and a market town

In March 2019 a river burst its banks after two weeks of heavy rain.

The immediate effect was that some 400 homes were flooded and two bridges were closed.

The effects on local business were severe, because many shops stood on the low ground by the river.

The council asked the government for money to rebuild the bridges, and insurance costs rose.

Farmland downstream was covered in silt, and crops were lost for a season.

The causes of the flood were the heavy rain, the clearing of trees upstream and the building of homes on the flood plain.

The long-term effect may be smaller than in a similar flood in 2007, because new defences held in the town centre.
"""


def test_a_case_study_named_in_its_first_line_is_an_explainer() -> None:
    assert _genre(_CASE_STUDY) == "explainer"


_NEAR = [
    ("live coverage in a report", """The broadcaster said on Monday that its live coverage of the cup final drew \
nine million viewers, its biggest audience of the year.

The match, which went to penalties, peaked at eleven million in the final minutes, the company said.

Advertisers paid record sums for slots during the game, according to industry figures.

The broadcaster's chief executive said the figures showed that live sport still drew families together.
"""),
    ("a report quoting a tweet", """The mayor apologised on Tuesday after a post on her account mocked a rival \
council.

The post was deleted within an hour, but not before it had been shared thousands of times.

Sorry, that was not my finest moment pic.twitter.com/abc123

— Jane Mayor (@janemayor) March 3, 2015

Her office said a member of staff had written the original post and had been spoken to.

The rival council said it accepted the apology and considered the matter closed.
"""),
    ("here's why in a report", """The central bank raised interest rates by half a point on Thursday, its \
biggest rise in twenty years.

Here's why the bank says it had to act: prices rose by 9 percent in the year to May, the governor said.

The governor told reporters that further rises could follow if prices kept climbing.

Mortgage lenders said they would pass the rise on to borrowers from next month.

Business groups said the rise would hurt firms already struggling with energy bills.
"""),
    ("closing promise", """A fire broke out at a warehouse in the east of the city on Sunday night, the fire \
service said.

Forty firefighters fought the blaze for five hours, and nobody was hurt, a spokesman said.

Residents nearby were told to keep their windows shut because of the smoke.

The cause of the fire is not yet known, the service said.

We'll bring you more on this story as we get it.
"""),
    ("a council's case study", """The council published a case study of last winter's flood on Tuesday, \
saying that new defences had saved hundreds of homes.

The study said the water rose by two metres in a night, but the walls built in 2015 held.

Council leader Tom Reed said the report showed the money had been well spent.

Residents said the study ignored the villages upstream, which flooded again.

The council said it would meet the villages' representatives next month.
"""),
]


@pytest.mark.parametrize(("name", "text"), _NEAR, ids=[n for n, _ in _NEAR])
def test_near_misses_stay_news(name: str, text: str) -> None:
    assert _genre(text) == "news", name


# A jokey round-up of tweets whose embedded posts ingest cuts: only its frames between them are left (Audit 30 B2369).
_TWEETS = """Look, if you park a gold-plated scooter outside a nightclub, you should probably expect trouble.

But nobody expected this...

Yup, somebody glued two hundred rubber ducks to the seat of a gold-plated scooter in Leeds.

Reaction has been mixed, to put it kindly.

Some were delighted.

this is the best thing I have seen all year pic.twitter.com/xyz987

— Sam Parker (@samparker) May 4, 2016

Others appalled.

Imagine doing that to someone's pride and joy http://t.co/abc

— Lee Moss (@leemoss) May 4, 2016

While others thought it was art.

Banksy has gone soft http://t.co/def

— Kim Ho (@kimho) May 4, 2016

Although this may be taking it a step too far...
"""

# A column that frames the reactions and then argues in its own voice stays opinion.
_COLUMN = """Some were outraged by the council's plan to close the library. Others shrugged.

I think both camps are wrong, and frankly the council should be ashamed of itself.

Closing a library to save the cost of one manager's car is absurd, and we should say so loudly.

The council must think again. It is time the town stopped shrugging and started asking what a library is for.

Libraries are not a luxury; they are the one warm room in town that asks nothing of you.

If we lose this one, we should not expect it ever to come back.
"""


def test_a_tweet_round_up_cut_by_ingest_is_no_opinion_piece() -> None:
    assert _genre(_TWEETS) in ("news", "roundup")


def test_a_column_framing_reactions_stays_opinion() -> None:
    assert _genre(_COLUMN) == "opinion"


# A critic's column on a run of shows, told in the present tense (the lead's Newsroom row 1 read as a feature).
_TV_COLUMN = """On television this autumn, cooking is the language of anyone who wants to seem grown up. The new \
network has three new series, "Salt Road," "Pan Fire" and "Table for Ten," and all of them are travel shows in \
disguise. Its hosts are chefs, fishermen and actors, and they all talk about their next meal with a kind of swagger. \
A young baker says on "Salt Road" that bread is the only thing worth crossing a border for. A few rivals try the \
same trick. A fisherman on "Pan Fire" says he has never eaten a meal he did not catch. "Kitchen Wars" is a comedy about two sisters who run rival cafes on the same street. The cable channel \
that shows it has a drama, "Night Shift," about a hospital canteen. Hunger sells a mood more than it sells food. \
The hosts chew, nod and look into the distance, and the season rolls on.
"""

# A scene feature naming one show is still a feature; an awards report naming many shows is news.
_SCENE = """The bakery on Mill Lane opens at five, and by six the queue is out of the door. The owner, a former \
nurse, kneads dough while she talks about her mother's recipes. Her daughter says the shop appeared once on \
"Salt Road," a cooking series, and the queue has never shrunk since. Regulars wait with flasks of tea. A builder \
says he comes every morning for the same loaf. Inside, the ovens roar and the windows steam up. The owner laughs \
when she is asked whether she will ever retire.
"""

_AWARDS = """"Night Shift" won the award for best drama at the television awards in London on Sunday, beating \
"Kitchen Wars," "Table for Ten" and "Pan Fire."

The series, set in a hospital canteen, also won best actress for its star, the organisers said.

"Salt Road" was named best factual programme, and its host thanked the crew in a short speech.

The awards were broadcast live on the main channel and drew four million viewers, the network said.
"""


def test_a_critics_column_on_shows_named_by_title_is_a_review() -> None:
    assert _genre(_TV_COLUMN) == "review"


def test_a_scene_feature_naming_one_show_stays_a_feature() -> None:
    assert _genre(_SCENE) in ("feature", "news")


def test_an_awards_report_naming_shows_stays_news() -> None:
    assert _genre(_AWARDS) == "news"
