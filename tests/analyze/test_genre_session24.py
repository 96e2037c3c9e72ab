"""Genre session 24 (Audit 39, docs/audit.md 40.2): three argued pieces read as news.

- An unsigned business analysis that opens on the day's news peg and then carries itself on the writer's own
  assessments ("The gravest danger is that ...", "badly dented, if not ruined", "presumably", "has only just begun")
  is an analysis (#1's pattern).
- A blog item that reports another outlet's story between an opening and a closing verdict of its own ("The
  warnings of the doubters may have been borne out", "has proved a costly mistake", "vindicates those who ...") is an
  opinion piece (#8's pattern).
- A first-person column that quotes in most paragraphs, opens on the writer's own anecdote and closes on a musing and
  an address ("One can only wonder ...", "Hollywood, take note.") is an opinion piece (#12's pattern).
Near misses: a report whose source names the biggest risk, a report whose fears were "realised" by the day's event,
and a report carrying a witness's first-person account stay news. All texts are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre_assess import delivers_verdict, estimates
from newsbrief.analyze.genre_column import aside
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str, title: str | None = None) -> str:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(title=title, trusted=True))
    return build_context(annotate_raw(raw, Settings())).genre


_CARMAKER = """Halden Motors said on Tuesday it had finally closed the recall of 400,000 cars with faulty brakes, ending a six-month ordeal that has cost it dearly.

The carmaker, once the darling of the Nordic stock market, told shareholders that a new strategy would be set out in the autumn.

A few weeks will be needed to check the last repaired cars, but the lawsuits from drivers in Germany and Italy could run on for years.

The gravest danger is that Halden is broken up.

Claims from drivers and dealers have been estimated at up to 9bn euros, against a market value of 12bn euros.

A 35% fall in the share price since January leaves the group exposed to bigger rivals from Japan and Korea.

A Korean group has already asked officials in Stockholm how they would view a bid.

The company has been preparing to sell its truck unit to raise cash for the claims.

Regulators in Brussels have ordered it to set aside 3bn euros for drivers whose cars were off the road.

The Halden brand is badly dented, if not ruined.

The recall follows a battery fire at its Gothenburg plant and a row over emissions figures.

A bid for the whole group seems all but certain, leaving a question over its plants in Poland.

A smaller Halden would presumably concentrate on its family cars and give up its sports models.

But would the Swedish government let the country's best-known brand go abroad?

Ministers have backed the group in trade talks, but they let two other national champions be sold.

The recall may be over, but the battle for Halden's future has only just begun.
"""


def test_business_analysis_on_the_writers_assessments_is_analysis() -> None:
    assert _genre(_CARMAKER, title="Anxious Halden faces a hard road") == "analysis"


_CARMAKER_REPORT = """Halden Motors said on Tuesday it had closed the recall of 400,000 cars with faulty brakes.

The carmaker told shareholders that a new strategy would be set out in the autumn.

Claims from drivers and dealers have been estimated at up to 9bn euros, against a market value of 12bn euros.

"The biggest risk is that Halden is broken up," said Ingrid Moe, an analyst at Norsk Bank.

The company has been preparing to sell its truck unit to raise cash for the claims.

Regulators in Brussels have ordered it to set aside 3bn euros for drivers whose cars were off the road.

The recall follows a battery fire at its Gothenburg plant in March.

Halden's shares rose 4% in Stockholm after the announcement.

A spokesman said the company would not comment on talks with possible buyers.

The company employs 18,000 people in Sweden and Poland.

Its chief executive, Lars Berg, is due to meet ministers next week.

The results for the second quarter will be published on 12 August.
"""


def test_report_with_a_sources_risk_stays_news() -> None:
    assert _genre(_CARMAKER_REPORT) == "news"


_SWAP = """The warnings of the doubters may have been borne out. One of the four smugglers freed by Ruritania in exchange for a detained aid worker is thought to have gone back to his old trade.

The Daily Courier reported on Monday that one of the freed men had been seen at a border crossing. In recent weeks he has contacted his former partners. Officials now believe he may again be running boats.

The government was already under fire for the agreement made in the spring. Several former diplomats criticised it, saying it rewarded kidnappers.

Officials in a neighbouring state have said they are willing to trade a convicted arms dealer for a jailed journalist.

This week, a television channel reported that the aid worker would face questions from prosecutors, although no decision has been taken.

The prime minister welcomed the aid worker at the airport on 3 May to promote the agreement. The stream of news since the exchange vindicates those who doubted a deal struck without telling parliament.

Once again, this agreement has proved a costly mistake for the country's security.
"""


def test_blog_report_between_the_writers_verdicts_is_opinion() -> None:
    assert _genre(_SWAP) == "opinion"


_FLOOD = """Fears of a flood were realised on Tuesday when the river Olt burst its banks at two points near the town of Brenn.

About 300 homes were evacuated overnight, the regional council said.

Rescue teams used boats to reach families stranded on the upper floors of their houses.

"The water rose faster than anyone expected," said Petra Anghel, the council's head of emergencies.

Forecasters expect more rain on Thursday, and the council has opened two schools as shelters.

The army has sent 150 soldiers to help build sandbag walls along the river.

The last flood of this size in the region was in 2005, when four people died.
"""


def test_report_of_fears_realised_stays_news() -> None:
    assert _genre(_FLOOD) == "news"


_NAMES = """Some years back, I worked in Lisbon marking the spoken Portuguese of exchange students. One cheerful young man gave me his English name first. Then he added: "But here you can call me 'Pistol.' That is my nickname."

I hesitated, weighed it up, and then told him. "You may want to think again about that one," I said, explaining as gently as I could that it might alarm a landlord. He laughed and thanked me. "Then I will be 'Paulo' again," he said.

Students abroad have picked local nicknames for decades. Many pick ones close to their own: a Joao nearly always becomes "John." Others borrow from footballers, pop singers or film heroes. In my second term, I had four young men who all called themselves "Ronaldo."

Most of the nicknames I heard were harmless, though others, like "Pistol," were less than wise. (I also had a student called "Lemon," who, perhaps on the advice of a friend, signed his essays with a drawing of one.)

The university's welcome office, which helps new arrivals, wants to end the problem. In a leaflet handed out this term, it sets out rules for choosing a name. Avoid weapons ("Pistol"), drinks ("Brandy") or cartoon characters ("Popeye"), it says. If you call yourself "Devil," the leaflet warns, people "may think you are joking, or worse, in a rock band." Plain names such as "Maria" and "Pedro" suggest "a sensible family," it adds.

One can only wonder whether certain film stars might not also profit from the leaflet. Here is what it says about names taken from fruit:

"Fruit is a gamble. Usually a losing one. Fruit names can sound 'rather' silly."

Hollywood, take note.
"""


def test_first_person_column_between_quotes_is_opinion() -> None:
    assert _genre(_NAMES) == "opinion"


_RESCUE = """A fisherman who spent two nights clinging to an upturned boat off the coast of Cork has described his ordeal.

"I held on to the hull and I prayed," said Sean Doyle, 52. "I could see the lights of the harbour but I could not swim that far."

He was found on Sunday morning by a lifeboat crew from Crosshaven. "I thought they would never come," he said.

The coastguard said the boat had been hit by a freak wave on Friday evening.

"My wife never gave up on me," Mr Doyle said. "I owe my life to the crew."

The lifeboat station said it had searched an area of 40 square miles.

Mr Doyle was treated in hospital for cold and was released on Monday.
"""


def test_report_of_a_survivors_account_stays_news() -> None:
    assert _genre(_RESCUE) == "news"


# Review of session 24: the new families must not match plain wire copy (each misfired before the review's fix).
@pytest.mark.parametrize("text", ["One suspect was arrested on Friday.", "One hope is that the talks resume.",
                                  "Note to editors: photographs are available."])
def test_news_sentences_are_no_asides(text: str) -> None:
    assert not aside(text)


@pytest.mark.parametrize("text", ["The bill looks certain to pass the Senate next week.",
                                  "The vote presumably took place on Friday."])
def test_wire_forecasts_are_no_estimates(text: str) -> None:
    assert not estimates(text)


@pytest.mark.parametrize("text", ["Tests have proved the failure was caused by a faulty valve.",
                                  "Police suspicions have been confirmed by DNA tests."])
def test_reported_findings_are_no_verdicts(text: str) -> None:
    assert not delivers_verdict(text)


@pytest.mark.parametrize("text", ["One can only hope that the minister listens.", "The merger looks all but doomed.",
                                  "The plan has proved a costly mistake."])
def test_the_writers_moves_still_count(text: str) -> None:
    assert aside(text) or estimates(text) or delivers_verdict(text)
