"""Outlook, Recommendations and Analysis items misfiled in reader Audit 44 (docs/audit.md 45.4 item 5, 45.5): labelled
cases, each a short article written for this test (other names, other events).

Outlook holds what is still to come. The audit found, filed as Outlook:

- a columnist's memories told in the past ("from that day on, my accent was set to full aristocrat", "Canada was a
  friendly place where shopkeepers would chat to you for an hour");
- a "will" inside a past assurance a petition reports ("they were assured that those who fasted will be cured"):
  what a party was promised then, not what the article expects;
- experts' verdict on what was done ("the money could be better spent, according to experts who say the adverts
  missed the mark");
- a past act ("police stations were closed") and a "could" about a past time ("could ... last summer").

Recommendations hold a call to act: an epistemic "must" ("Things must be bad when ...", "it must've felt like")
infers, it urges nothing. Analysis holds the article's stated mechanisms: an analyst's "so", "thereby" or "as a
result" that ties a cause to its effect.

Near misses that stay: the writer's dated plan, a party's pledge with a time to come, a forecast with its speaker,
a deontic "must" with an agent to act, a plain report with no mechanism.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate

# A first-person humour column: the writer's memories of past trips, beside a real forecast and the writer's plan.
_COLUMN = (
    "Why I have stopped pretending to be a duke abroad\n\n"
    "Whenever I travel, I put on my poshest voice, and I am not proud of it. "
    "The first time I went to Canada, I was nineteen, broke and badly dressed. "
    "The border guard took one look at my rucksack and sighed. "
    "I said 'frightfully sorry' about six times, and he waved me through with a grin. "
    "From that day on, my accent was set to full aristocrat for the rest of the trip. "
    "Canada was a friendly place where shopkeepers would chat to you for an hour about the weather. "
    "It was a warm country where strangers liked me for my voice alone, unlike my cold home town, where, rather "
    "than stop, shoppers would step over you if you were lying in the street. "
    "Those days are over, I think. "
    "Things must be bad when the prime minister has to promise us that a row over fishing rights won't spoil "
    "the friendship between our two countries. "
    "To the fishermen of both coasts it must've felt like a betrayal. "
    "A treaty that took ten years to sign must mean very little to either government. "
    "The tourist board expects visits from Britain to Canada to fall by a tenth this summer, its chief said. "
    "Ministers must settle the fishing row before the summer season starts. "
    "Next spring I will go back and speak like myself.\n")

# A court report: claims about past promises inside a petition, beside the case's real next steps.
_PETITION = (
    "Court orders inquiry into sect's healing camp\n\n"
    "A high court on Tuesday ordered police to investigate a healing camp run by a sect in the northern hills, "
    "after a petition by a former member, Ravi Mehra. "
    "Mehra said in the petition that members were assured that those who fasted for forty days will be cured of "
    "every illness. "
    "Members were also promised that anyone who gave his land to the sect would see his family again in heaven, "
    "the petition said. "
    "The court will hear the case again on 3 March, the petitioner's lawyer said. "
    "The sect's lawyer said the group would appeal against the order. "
    "The health minister told reporters on Tuesday that the camp will be closed by the end of the month.\n")

# A business round-up: experts' verdict on adverts already shown, beside forecasts.
_ADVERTS = (
    "Holiday adverts fail to charm, say marketers\n\n"
    "Retailers spent a record 2 billion on television adverts over the holiday season, an industry group said on "
    "Monday. "
    "THE MONEY COULD BE BETTER SPENT according to marketing experts who say that many of the adverts missed the "
    "mark. "
    "The adverts were a disappointment, experts said. "
    "The budget might be better used on shop staff, the union said of the campaign that ran in December. "
    "Retailers will move more of their spending online next year, the industry group forecast. "
    "Viewers may see fewer adverts next season as budgets shrink, analysts said.\n")

# A report of unrest: a past act, and an inference about a past time, beside a forecast.
_UNREST = (
    "Police pull back as protests spread in the north\n\n"
    "Protesters marched through three northern towns on Saturday, the interior ministry said. "
    "Police stations were closed across the region on Saturday as crowds were expected to march on the "
    "governor's office. "
    "Officials said the unrest could have started last summer, when the price of bread doubled. "
    "Investigators said the fire could have been set on purpose last week. "
    "Banks in the old town were shut on Friday for fear that looters would attack them. "
    "Doctors said the first cases of the fever could date from last summer. "
    "The governor said talks with the protest leaders would begin on Monday. "
    "Analysts said the protests could spread to the capital in the coming weeks.\n")

# An analysts' round-up of an oil price jump: stated mechanisms, beside plain reports.
_OIL = (
    "Pipeline outage lifts diesel prices\n\n"
    "Diesel prices rose 12 cents a gallon in a week, the second-biggest weekly jump on record, a survey of filling "
    "stations found on Friday. "
    "The pipeline carries a heavy crude that few refineries can handle, and the ones that can are running short, "
    "so buyers are bidding up the same cargoes, said Mara Quint, an analyst at Harlow Energy. "
    "The outage forces refiners to replace the heavy crude with cargoes from farther away, thereby raising their "
    "shipping costs, "
    "she said. "
    "The outage cut supplies to the east coast by a fifth, and as a result wholesale prices climbed, the "
    "survey's publisher said. "
    "Two refineries in the south shut for repairs last month, meaning that the region now buys its diesel from "
    "abroad. "
    "The average price was 3.84 a gallon, meaning a full tank now costs about 58. "
    "The survey sampled prices at about 1,800 filling stations. "
    "The lowest price was in Tulsa, at 3.21 a gallon.\n")


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2025-11-02",
                                                     url="https://example.com/news/story")))


def _texts(items: tuple[Item, ...]) -> list[str]:
    return [i.text for i in items]


def _section(name: str, text: str) -> list[str]:
    doc = _doc(text)
    ctx = build_context(doc)
    if name == "outlook":
        return _texts(analyze_outlook(doc, ctx))
    if name == "recommendations":
        return _texts(analyze_recommendations(doc, ctx))
    return _texts(analyze_analysis(doc, ctx))


# (section, article, words of the sentence, whether the section holds it)
CASES = [
    pytest.param("outlook", _COLUMN, "accent was set to full aristocrat", False, id="memory-set-to"),
    pytest.param("outlook", _COLUMN, "shopkeepers would chat to you", False, id="memory-would"),
    pytest.param("outlook", _COLUMN, "shoppers would step over you", False, id="memory-would-if"),
    pytest.param("outlook", _COLUMN, "visits from Britain to Canada to fall", True, id="tourist-forecast-kept"),
    pytest.param("outlook", _COLUMN, "go back and speak like myself", True, id="writers-plan-kept"),
    pytest.param("recommendations", _COLUMN, "Things must be bad", False, id="epistemic-must-when"),
    pytest.param("recommendations", _COLUMN, "must've felt like a betrayal", False, id="epistemic-must-have"),
    pytest.param("recommendations", _COLUMN, "must mean very little", False, id="epistemic-must-mean"),
    pytest.param("recommendations", _COLUMN, "Ministers must settle the fishing row", True, id="deontic-must-kept"),
    pytest.param("outlook", _PETITION, "fasted for forty days will be cured", False, id="past-assurance"),
    pytest.param("outlook", _PETITION, "would see his family again", False, id="past-promise"),
    pytest.param("outlook", _PETITION, "hear the case again on 3 March", True, id="hearing-kept"),
    pytest.param("outlook", _PETITION, "would appeal against the order", True, id="appeal-kept"),
    pytest.param("outlook", _PETITION, "camp will be closed by the end", True, id="pledge-kept"),
    pytest.param("outlook", _ADVERTS, "COULD BE BETTER SPENT", False, id="verdict-better-spent"),
    pytest.param("outlook", _ADVERTS, "were a disappointment", False, id="verdict-plain"),
    pytest.param("outlook", _ADVERTS, "might be better used", False, id="verdict-better-used"),
    pytest.param("outlook", _ADVERTS, "spending online next year", True, id="industry-forecast-kept"),
    pytest.param("outlook", _ADVERTS, "fewer adverts next season", True, id="analysts-forecast-kept"),
    pytest.param("outlook", _UNREST, "Police stations were closed", False, id="past-act"),
    pytest.param("outlook", _UNREST, "could have started last summer", False, id="could-last-summer"),
    pytest.param("outlook", _UNREST, "set on purpose last week", False, id="could-last-week"),
    pytest.param("outlook", _UNREST, "for fear that looters", False, id="past-act-fear"),
    pytest.param("outlook", _UNREST, "could date from last summer", False, id="could-date-from-past"),
    pytest.param("outlook", _UNREST, "talks with the protest leaders", True, id="talks-kept"),
    pytest.param("outlook", _UNREST, "spread to the capital", True, id="spread-kept"),
    pytest.param("analysis", _OIL, "so buyers are bidding up", True, id="mechanism-so"),
    pytest.param("analysis", _OIL, "thereby raising their shipping costs", True, id="mechanism-thereby"),
    pytest.param("analysis", _OIL, "as a result wholesale prices climbed", True, id="mechanism-as-a-result"),
    pytest.param("analysis", _OIL, "meaning that the region now buys", True, id="mechanism-meaning"),
    pytest.param("analysis", _OIL, "meaning a full tank", False, id="figure-gloss"),
    pytest.param("analysis", _OIL, "sampled prices at about", False, id="plain-report"),
    pytest.param("analysis", _OIL, "The lowest price was in Tulsa", False, id="plain-figure"),
]


@pytest.mark.parametrize(("section", "article", "words", "kept"), CASES)
def test_section_holds_only_its_kind(section: str, article: str, words: str, kept: bool) -> None:
    items = _section(section, article)
    assert any(words in i for i in items) is kept, items
