"""Analysis holds causes, mechanisms and obstacles, not padding (reader Audit 14, docs/audit.md 15.4 pattern 10).

Seven of 13 Analysis items in Audit 14 were true but no cause: a failure reported without its cause, a fact
box run together, "the next option is ...", a separate bombing told beside the story, "X caused widespread
disruption", "the attack sparked terrorism fears" and a witness's "we thought it was a bomb because ...".
The articles below are written for this test (wire reports, business, politics, science, disasters). Each
case names a sentence by some of its words and whether Analysis should hold it: True for a cause, a
mechanism or an obstacle (with or without a cue word), False for an outcome, a plan, a reaction, a
perception, an event joined by time only, a consequence of no weight, or a fact box.
"""

from __future__ import annotations

from functools import cache

import pytest

from newsbrief.analyze.classify import analyze_analysis
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

ARTICLES = {
    "leak": """Seal on leaking well fails again

Engineers working for Corvane Energy have failed to plug the leaking well in the Gulf of Tessar.

The company said on Saturday that the operation had failed after three days of pumping.

Engineers said the seal failed because the pressure in the well was far higher than expected.

An earlier attempt failed when the steel dome became clogged with frozen gas.

The company said the delay was caused by a shortage of drilling mud at the port.

The next option after the failure of the operation is a cap fitted over the broken pipe.

Booms - partly successful Dispersant sprayed - critics say it may harm fish Steel box lowered over leak - blocked by ice Siphon tube - fails to collect most of the oil Pumping heavy mud - abandoned

The leak has caused widespread disruption along the coast this summer.

Fishermen gathered at the harbour as the company announced the news.
""",
    "bill": """Road tax bill stalls in parliament

The government's road tax bill stalled on Tuesday after two coalition partners refused to back the increase.

The main obstacle is a dispute over who pays for the new roads in rural districts.

But the plan faces strong opposition from farmers in the dry northern districts.

Transport minister Ana Pereira blamed the opposition for the delay in a speech to party members.

Since the licensing rules changed, the cost of a haulage permit rose by half.

The decision sparked fears of a fresh strike among lorry drivers in the capital.

After the talks collapsed, the next step is a vote in the upper house in June.

The session ended as protesters gathered outside the parliament building.

The row over the bill has hit a nerve with commuters, who wrote to the ministry in their thousands.

Fuel prices hit a record high in the capital on Monday.
""",
    "results": """Halvor profits slump as China demand weakens

Halvor, the Danish maker of hearing aids, reported a sharp fall in profits on Thursday.

Profits fell 20% because of weaker demand in China, the company said.

Sales were also hit by the strong dollar, which made its devices more expensive abroad.

Analysts said higher interest rates have hurt demand for new clinics.

The company closed its plant in Aarhus last year, citing high energy costs.

The results sparked concern among investors in Copenhagen on Thursday morning.

The shares fell 5% in early trading after the results were published.
""",
    "drought": """Drought drives the beetle north

The drought has cut harvests across the south of the country by a third this year.

Researchers said the coral died because the water grew too warm for the algae it feeds on.

Warmer winters have allowed the pine beetle to spread north, the study found.

Officials blamed a meteorite for the crater near the airport, but the space agency said it had seen no fireball.

"We thought it was a bomb because we felt a huge wave," one resident said.

The find sparked excitement among astronomers around the world last week.

The team failed to find any trace of the virus in the water samples.
""",
    "shooting": """Gunman shot dead at parliament

A gunman shot a guard at the national parliament in Ostrava on Wednesday before he was shot dead.

Police said the gunman was able to enter the building because the guard at the door was unarmed.

Officials said the lack of a fence around the memorial had left the guards exposed.

The shooting quickly sparked fears of terrorism across the country.

Earlier this month, a bombing in the capital killed 30 people in an attack that officials blamed on a rebel group.

Police sealed off the area as officers searched the building floor by floor.

"I thought it was fireworks because it was so loud," said one tourist.
""",
    # "hit" is an idiom only with a few nouns ("hit a nerve", bare "hit home"); the everyday nouns a blow lands on
    # ("homes", "stores", "roads") keep the storm's effect (review of session 33's idiom list).
    "storm": """Storm leaves thousands without power

The storm hit homes across the region on Sunday night, tearing off roofs in three towns.

Heavy rain hit stores and roads along the coast, forcing the council to close the harbour.

The mayor's warning about the river defences hit home with residents, who filled sandbags all night.

Repair crews worked through the morning to restore the lines.
""",
    "quake": """Aid struggles to reach quake survivors

Thousands of people spent a second night in the streets of Port Kellan after the earthquake.

Rescue work has been hampered by the lack of heavy lifting equipment.

Aid has been slow to reach the camps because the main road is blocked by rubble.

The city hospital ran out of water on Friday due to a broken pump.

The quake caused widespread damage across the capital on Tuesday.

The disaster has sparked an outpouring of sympathy around the world.

Survivors slept in the open as aftershocks shook the city through the night.
""",
}

# (article, words of the sentence, whether Analysis should hold it)
CASES = [
    # a failure reported without its cause
    ("leak", "had failed after three days of pumping", False),
    ("leak", "the seal failed because the pressure", True),
    ("leak", "failed when the steel dome became clogged", True),
    ("leak", "the delay was caused by a shortage", True),
    ("leak", "The next option after the failure", False),  # a plan
    ("leak", "Booms - partly successful", False),  # a fact box run together
    ("leak", "caused widespread disruption", False),  # a consequence of no weight
    ("leak", "Fishermen gathered at the harbour", False),  # joined by time only
    ("bill", "stalled on Tuesday after two coalition partners refused", True),
    ("bill", "The main obstacle is a dispute", True),
    ("bill", "faces strong opposition from farmers", True),
    ("bill", "blamed the opposition for the delay", True),
    ("bill", "Since the licensing rules changed", True),
    ("bill", "sparked fears of a fresh strike", False),  # a reaction
    ("bill", "the next step is a vote", False),  # a plan
    ("bill", "The session ended as protesters", False),
    ("bill", "has hit a nerve with commuters", False),  # an idiom: a reaction, no condition's effect (Audit 50 #9)
    ("bill", "Fuel prices hit a record high", False),  # a level reached, no effect on anything
    ("results", "because of weaker demand in China", True),
    ("results", "hit by the strong dollar", True),
    ("results", "higher interest rates have hurt demand", True),  # no cue word
    ("results", "citing high energy costs", True),
    ("results", "sparked concern among investors", False),  # a reaction
    ("results", "after the results were published", False),
    ("drought", "The drought has cut harvests", True),  # no cue word
    ("drought", "the coral died because the water", True),
    ("drought", "have allowed the pine beetle to spread", True),  # no cue word
    ("drought", "blamed a meteorite for the crater", True),
    ("drought", "We thought it was a bomb", False),  # a perception
    ("drought", "sparked excitement among astronomers", False),  # a reaction
    ("drought", "failed to find any trace", False),  # a finding
    ("shooting", "because the guard at the door was unarmed", True),
    ("shooting", "the lack of a fence", True),
    ("shooting", "sparked fears of terrorism", False),  # a reaction
    ("shooting", "a bombing in the capital killed 30 people", False),  # a separate event
    ("shooting", "Police sealed off the area", False),
    ("shooting", "I thought it was fireworks", False),  # a perception
    ("quake", "hampered by the lack of heavy lifting", True),
    ("quake", "because the main road is blocked", True),
    ("quake", "due to a broken pump", True),
    ("quake", "caused widespread damage", False),  # a consequence of no weight
    ("quake", "sparked an outpouring of sympathy", False),  # a reaction
    ("quake", "Survivors slept in the open", False),
    ("storm", "The storm hit homes across the region", True),  # a condition's effect on everyday nouns
    ("storm", "Heavy rain hit stores and roads", True),
    ("storm", "hit home with residents", False),  # the bare "hit home" idiom: a reaction
    ("storm", "Repair crews worked through", False),
]


@cache
def analysis_of(name: str) -> tuple[str, ...]:
    """The texts of the Analysis items the analyzer gives the article ``name``."""
    doc = annotate(Article(text=ARTICLES[name], source=Source(date="2024-05-04")))
    return tuple(item.text for item in analyze_analysis(doc, build_context(doc)))


@pytest.mark.parametrize(("name", "words", "expected"), CASES)
def test_analysis_holds_causes_not_padding(name: str, words: str, expected: bool) -> None:
    items = analysis_of(name)
    assert any(words in text for text in items) is expected, items


def test_every_case_names_one_sentence() -> None:
    for name, words, _expected in CASES:
        assert ARTICLES[name].count(words) == 1, words
