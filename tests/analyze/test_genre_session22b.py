"""Genre session 22, round 2 (Audit 36, docs/audit.md 37; the lead's CNN/DM 71 reading): blog items and a report
mislabelled as opinion, an essay as questions and answers.

- A snarky blog item that reports a reveal from another paper and quips in questions ("Her fee? A bag of sweets.
  Really?") argues nothing: its questions alone do not make an opinion piece (#9's pattern).
- A blog item that debunks a picture ("the poster isn't real") with jokes and questions is a fact-check or a news
  item, never an opinion piece (#11's pattern).
- A report whose data lost a quotation's opening mark ("... future. ' I will say this, though: ... step down. '"):
  the first-person words that end in a closing mark after a speaker's quote are the speaker's (CNN/DM 71).
- A long first-person essay with a handful of rhetorical questions is no questions-and-answers piece (#6's pattern).
- An analysis that opens on a place, frames a question ("has analysts asking whether ...") and weighs history and an
  expert's warning, with no event of the day, is an analysis (#7's pattern).
Near misses: a column that asks and also judges in its own statements stays opinion. All texts are invented.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.models import RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str) -> str:
    doc = annotate_raw(RawDocument(text.encode(), content_type="text/plain"), Settings())
    return build_context(doc).genre


_SNARKY_REVEAL = """Stop the presses: the grinning moon from Puddle Pals is a 21-year-old from Leeds.
The Evening Courier reports that the face behind the moon belongs to Mara Quill, a marine-biology student at a college in York.
"I was the moon in Puddle Pals. Lots of people have claimed it, but I am the only one with the contract," Quill told the Courier.
Quill, who was picked from dozens of toddlers for her giggle, showed the paper a letter from the show's makers and a set of baby photos.
Her fee for beaming over those five fuzzy puppets for a decade? £300 and a toy drum. Seriously? Nobody could find a bit more money?
Quill's reveal comes as the show's makers plan 40 new episodes for next year.
"""

_PICTURE_DEBUNK = """Here at the Shopper Desk we were equally charmed and alarmed when a glossy poster for a gingerbread-flavoured toothpaste spent Sunday bouncing around the web. If gingerbread lip balm exists, why not this? Sadly, the poster going round online isn't real, even though plenty of people wish it were.
The poster doesn't look very convincing, but a gingerbread toothpaste is just believable enough that people kept passing it on. At first, Brightsmile kept the rumour going by saying nothing. Gingerbread is huge every December, fine, but could the craze carry a seasonal toothpaste? Brightsmile does sell mint and cinnamon flavours, but nothing for the holidays. Would they?
The company settled the matter on Monday morning with a post:
They've CONSIDERED it? Well, that puts gingerbread toothpaste a step closer than cheeseburger ice cream.
"""

_LOST_OPENING_MARK = """Marco Ruiz has been told to end his contract with Lakeside to make a return to his old club Riverport possible. Ruiz has surprised Lakeside by hinting he wants to leave at the end of the season. The striker joined Riverport's academy in 2001 and scored 31 league goals in 80 games for them. Lakeside do not want to lose their top scorer, who has 19 goals this season, but they would accept a fee. His national coach Pablo Serra says a move would not affect his place in the squad. 'The most important thing for me is that Ruiz keeps playing as well as he is now, ' Serra told the paper Diario Sur. 'It does not matter whether that is at Lakeside or Riverport. Only he knows what is best for him. ' I will say this, though: Lakeside are a great club, but so are Riverport. It would not be a step down. '
"""

_ESSAY = """The flood on the delta is not just a disaster for a few towns; it is a wound in the land itself.

I drove down to the levee on a Thursday, when the water had already reached the orchards.

The farmers had been told again and again to be patient with the officials who came to speak in the church hall.

For a while they were patient. They listened to the engineer from the water board explain the pumping plan.

Then a woman who grows pears stood up and asked who would pay for the trees that were already dead.

Nobody on the stage had an answer, and the hall grew very quiet.

For weeks the people here had heard promises from the capital about compensation and quick repairs.

It all sounded fine. But for people who know the soil, it sounded like a fairy tale.

Once salt water soaks into the orchards, no pump can draw it out again, and the roots rot within a season.

I walked the rows with one grower, who showed me the grey leaves on trees his grandfather planted.

Can the delta recover? It is far from clear that it can, at least not in any time frame we can imagine.

The marshes to the south never came back after the storm of 1987, and the eels have not returned either.

What happens to a town when the thing that feeds it dies? The answer is written in the empty shops of the coast.

We do know this much: the delta will be poorer, smaller and quieter than it is today.

The officials cannot order the salt to leave the soil, and no fund can replace a way of life that has lost its roots.

This crisis is about many things, but underneath them all it is about our belief that we can master the water.

The delta is telling us, as loudly as it can, that we cannot.
"""

_QUESTION_ANALYSIS = """By Nora Vance, Global Wire

Former militant says armed groups will try to exploit the chaos in Kestria. Diplomats ask whether the unrest could open the door to them.

The port of Salva is not much to look at -- a sprawl of grey blocks on a windy stretch of the Kestrian coast.

But it has a long history -- fought over since the days of the caravans -- and a fine harbour.

It has also earned a name as a breeding ground for militants.

And that has diplomats and analysts asking whether the unrest in Kestria might give armed groups a foothold, close to the shipping lanes.

In the 1990s young men from Salva left in their hundreds to fight in foreign wars.

Poverty, neglect by the old government and the pull of returning fighters all helped to radicalise a new generation.

"There was nothing for the young men to do, and the preachers filled the gap," said Oren Tal, a former militant who now studies extremism in Geneva.

But what comes next?

Tal fought the old government in the 1990s but renounced violence a decade ago.

He sees worrying parallels with other countries where a long civil war left a void that militants filled.

A prolonged conflict in Kestria could give the armed groups the space they need, some officials fear.

The militants have already noticed the opportunity, and one of their leaders praised the uprising in a recorded message.

That may be wishful thinking on his part. The groups have lost several leaders in recent years.

But they are nothing if not patient, and the history of the coast gives them reasons to hope.

Maybe that, at last, is changing.
"""

_ASKING_COLUMN = """Why does the council keep building car parks nobody uses?

The new car park on Mill Street cost £4m and stands half empty on a Saturday.

This is a scandalous waste of money that the town can ill afford.

Who signed it off? Who will answer for it?

The councillors should be ashamed of themselves, and the voters should remember it in May.

The money could have paid for the bus route the council cut two years ago.

Instead we have another concrete monument to bad planning.
"""


def test_snarky_reveal_with_quips_is_no_opinion() -> None:
    assert _genre(_SNARKY_REVEAL) == "news"


def test_picture_debunk_blog_item_is_no_opinion() -> None:
    assert _genre(_PICTURE_DEBUNK) in ("factcheck", "news")


def test_first_person_words_before_a_lone_closing_mark_are_the_speakers() -> None:
    assert _genre(_LOST_OPENING_MARK) == "news"


_PLACES = ("Arlen", "Bexmoor", "Calder", "Dunmere", "Elsworth", "Farrow", "Gilby", "Hollins", "Ivers", "Jessop")
_CROPS = ("pears", "apples", "plums", "cherries", "quinces")


def _long_essay() -> str:
    """An essay of some fifty paragraphs that stops three times to ask a question of its own and answers it."""
    paragraphs = ["The drought in the valley is not only a farming crisis; it is a slow emptying of the land."]
    for k in range(48):
        place, crop = _PLACES[k % len(_PLACES)], _CROPS[k % len(_CROPS)]
        paragraphs.append(f"In {place}, the growers of {crop} have watched their wells drop for {k + 3} weeks in a row, "
                          f"and the river that fed their ditches is now a line of dry stones.")
        if k in (12, 26, 40):
            paragraphs.append(f"How long can a place like {place} hold on when the water does not come back?")
            paragraphs.append(f"Nobody in {place} pretends to know, and the old records of the valley offer little "
                              "comfort to anyone who reads them.")
    paragraphs.append("The valley will be poorer and quieter, and no grant from the capital can bring back its rivers.")
    return "Dry valley\n\n" + "\n\n".join(paragraphs) + "\n"


def test_essay_with_rhetorical_questions_is_no_qa() -> None:
    assert _genre(_ESSAY) in ("opinion", "feature")


def test_long_essay_with_three_asides_is_no_qa() -> None:
    assert _genre(_long_essay()) != "qa"


def test_question_framed_analysis_is_analysis() -> None:
    assert _genre(_QUESTION_ANALYSIS) == "analysis"


def test_column_that_asks_and_judges_stays_opinion() -> None:
    assert _genre(_ASKING_COLUMN) == "opinion"
