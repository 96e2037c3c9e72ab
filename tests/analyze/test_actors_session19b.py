"""Countries typed as people and capitals listed beside their countries (session 19 round 2; reader Audit 31,
Actors verdicts of a press review and two Syria reports). Articles written for these tests.

- A country is never a person: "Russia and China, who used their veto" puts a country before "who", the cue
  that otherwise marks a person's name; China stays a place.
- A capital written for its government ("Moscow insists", "Beijing said") is the country that acts: when the
  country is an actor too, the capital is one of its names, not a second actor.
- Near misses: a capital that is only the setting ("talks in Moscow") is no name of the country; a person named by
  surname with "who" ("Chen, who runs the shop") stays a person.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _actors(title: str, body: str) -> dict[str, ActorInfo]:
    """The article's actors by name."""
    doc = annotate(Article(text=body, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name: info for info in infos if isinstance(info, ActorInfo)}


_VETO = (
    "Papers split over the vote on the Kivalan resolution",
    "Newspapers across the region condemned the veto of the draft resolution on Kivala on Sunday.\n\n"
    "One editorial said the killing would go on because of Russia and China, who used their veto at the "
    "Security Council for the second time. China insisted that the draft would have allowed outside powers "
    "to choose Kivala's rulers. China said it defended the principle of non-interference.\n\n"
    "Beijing said the resolution was unbalanced. Russia said the West wanted a war. Moscow insists that its "
    "veto saved lives, and Moscow has sent its foreign minister to the region. Russia and China also blocked "
    "a statement last year.",
)


def test_country_before_who_is_no_person() -> None:
    actors = _actors(*_VETO)
    assert "China" in actors, sorted(actors)
    assert actors["China"].type != "person"


@pytest.mark.parametrize(("capital", "country"), [("Beijing", "China"), ("Moscow", "Russia")])
def test_capital_speaking_is_its_country(capital: str, country: str) -> None:
    actors = _actors(*_VETO)
    assert capital not in actors, sorted(actors)
    assert country in actors, sorted(actors)
    assert capital in actors[country].aliases


_TALKS = (
    "Russia agrees to new talks on gas prices",
    "Russia agreed on Tuesday to hold new talks with Ukraine on the price of gas, its energy ministry said.\n\n"
    "The talks will take place in Moscow next month. Russia said it wanted a deal before the winter. Ukraine said "
    "it would send its energy minister to Moscow. The two sides have met in Minsk and Moscow before. \"We hope to agree a fair price,\" said Olena Hrytsenko, a "
    "spokeswoman for the Ukrainian ministry.",
)


def test_capital_as_setting_is_no_name_of_the_country() -> None:
    actors = _actors(*_TALKS)
    assert "Russia" in actors, sorted(actors)
    assert "Moscow" not in actors["Russia"].aliases


_SHOP = (
    "Corner shop owner fights closure",
    "A shop owner in Leeds is fighting the council's plan to close her corner shop.\n\n"
    "Chen, who runs the shop with her husband, said the council had not consulted her. Chen said the shop had "
    "served the street for 20 years. Chen has collected 500 signatures, and the council will meet on Friday.",
)


def test_surname_before_who_stays_a_person() -> None:
    actors = _actors(*_SHOP)
    assert "Chen" in actors, sorted(actors)
    assert actors["Chen"].type == "person"


_CITED = (
    "Why the Kremlin stands by Damascus",
    "Russia has been Syria's closest ally for decades, and it has shielded the government in Damascus at the UN.\n\n"
    "The war in Libya is regularly cited by Russia as the main reason it blocked the last resolution. Moscow said "
    "it feared the start of a slide towards military action. Russia also sells arms to Syria, and Russia wants "
    "to keep its naval base there.",
)


def test_country_cited_as_a_reason_is_no_outlet() -> None:
    actors = _actors(*_CITED)
    assert "Russia" in actors, sorted(actors)
    assert actors["Russia"].type != "organisation"


_SHOP_RULE = (
    "Minister invokes the store rule on the intervention",
    "The foreign minister said on Monday that the country owed the region a duty after the intervention.\n\n"
    "\"It is the Harbor Home rule: you break it, you own it,\" said the minister, Ruth Okafor. Harbor Home insists "
    "that it has no such policy. Shoppers who break a vase in the Harbor Home are not made to pay for it, a "
    "manager said. Okafor said the country would send aid next month.",
)

_TRIAL = (
    "Jury retires in the Mara Lind trial",
    "The jury in the Mara Lind trial retired on Tuesday after three weeks of evidence.\n\n"
    "Mara Lind, 41, denies stealing from the charity she ran. The Mara Lind case has drawn crowds to the court. "
    "Lind told the court she had repaid every penny.",
)


def test_shop_written_after_the_is_no_person() -> None:
    actors = _actors(*_SHOP_RULE)
    assert actors.get("Harbor Home") is None or actors["Harbor Home"].type != "person", sorted(actors)


def test_person_before_a_noun_after_the_stays_a_person() -> None:
    actors = _actors(*_TRIAL)
    assert "Mara Lind" in actors, sorted(actors)
    assert actors["Mara Lind"].type == "person"


_LETTERS = (
    "Letters: the oil spill and the booms",
    "The Norvik spill has become an embarrassment for the whole industry.\n\n"
    "I am outraged that Norvik claims to be doing all it can. My company makes cotton booms that absorb oil, and we "
    "approached Norvik four years ago. We believe that Norvik is still using plastic booms in the bay. Why is "
    "Norvik ignoring the natural approach?\n\nJane Ferris\nBristol",
)


def test_firm_named_before_spill_that_claims_is_an_actor() -> None:
    actors = _actors(*_LETTERS)
    assert "Norvik" in actors, sorted(actors)
    assert actors["Norvik"].type == "organisation"
