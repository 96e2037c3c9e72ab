"""Walk-ons are not actors: settings, film roles, names in asides, mistyped cities and brands (reader Audit 13,
14.4 items 6 and 10). Articles written for these tests.

- a place that neither speaks, acts nor governs is a setting, however short the list;
- a person only played or portrayed in a film, and a company named only as that person's, are the film's
  subject, not parties to a casting story (the cast, the director and the studio are);
- a name met once in an aside ("an adviser to the speaker, Omar Saleh"; "represented by ... attorney X") is
  not a party;
- a city the NER model typed as an organisation is a place; a brand it typed as a person is a company.
Near misses that must not change: a country that refuses or says, a portrayed person who speaks, a person named
once who acts, a company that is the subject of a verb.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

SETTING = ("Heavy rain flooded towns across Vermont on Tuesday, and more storms were expected on Wednesday.\n\n"
           "Vermont has seen three floods in two years and supplies most of the region's milk. The Vermont shoreline of Lake Champlain was under water, and "
           "Vermont's dairy farms lost power.\n\nThe utility Green Mountain Power said 40,000 homes were without "
           "electricity. Farmer Ella Reed said her barn had flooded twice.")

REFUSES = ("Two days earlier, Portugal refused landing rights to a Venezuelan cargo plane, officials said.\n\n"
           "Portugal said the plane lacked permits. Brazil sent its own aircraft to collect the stranded crew. "
           "Airline spokesman Tomas Pires said the crew were safe.")

CASTING = ("Marco Lentz will star as Nikola Tesla in director Ana Vidal's upcoming Tesla biopic, Lumen Pictures "
           "said.\n\nLentz was announced as the lead last week. Dana Orr is in talks to play Westinghouse founder "
           "George Westinghouse, while Kip Moreau will portray Thomas Edison.\n\nTesla founded the Tesla Electric "
           "Company in 1887 and later worked for Westinghouse. He died in 1943. Edison fought Tesla over current "
           "for years.\n\nVidal said the film would be shot in Belgrade.")

PORTRAYED_SPEAKS = ("Ryan Holt will play astronaut Jane Corr in a film about the 1998 shuttle rescue, Corvid Films "
                    "said.\n\nCorr, now 71, said she was delighted. \"I hope he gets the accent right,\" Corr "
                    "said. Holt said he had met Corr twice.")

ASIDES = ("Cyprus closed its airspace to the convoy, said Omar Saleh, foreign relations adviser to the "
          "parliamentary speaker, Karim Haddad.\n\nSaleh said the decision was final. Interior Minister Petra Nilsen "
          "ordered the border closed. Saleh said talks would resume on Monday.\n\n"
          "The archive is run by Lena Mork and is represented by Borealis Talent and attorney Rob Vance.")

CITY = ("Government forces shelled the city of Idlib for a fifth day on Monday.\n\n"
        "Residents of Idlib said food was running out. The bombardment of Idlib has killed dozens, and aid groups "
        "said they could not reach Idlib.\n\nRebel commander Yusuf Kaya said his fighters would not leave.")

BRAND = ("A fake advert claiming that Veltro, the razor maker, was selling a gold-plated razor spread online.\n\n"
         "Veltro said it had no such razors in its product line. \"Veltro has heard that people think we launched "
         "it,\" the company said. A spokeswoman for Veltro said the image was fake. Veltro razors are sold in 40 "
         "countries.")


def _actors(text: str, title: str | None = None) -> dict[str, str]:
    doc = annotate(Article(text=text, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name: info.type for info in infos if isinstance(info, ActorInfo)}


def test_place_that_is_only_a_setting_is_dropped_from_a_short_list() -> None:
    actors = _actors(SETTING, "Floods swamp Vermont farms")
    assert "Vermont" not in actors
    assert "Green Mountain Power" in actors  # near miss: the parties stay
    assert any("Ella Reed" in name for name in actors)


def test_country_that_refuses_or_speaks_stays() -> None:
    actors = _actors(REFUSES, "Portugal turns away cargo plane")
    assert "Portugal" in actors


def test_portrayed_people_and_their_company_are_not_parties() -> None:
    actors = _actors(CASTING, "Lentz to play Tesla")
    assert not {"Nikola Tesla", "Tesla", "Thomas Edison", "George Westinghouse"} & set(actors)
    assert "Tesla Electric Company" not in actors
    assert {"Marco Lentz", "Dana Orr", "Kip Moreau", "Ana Vidal"} <= set(actors)  # the cast and director stay


def test_portrayed_person_who_speaks_stays() -> None:
    actors = _actors(PORTRAYED_SPEAKS, "Holt to play astronaut Corr")
    assert "Jane Corr" in actors and "Ryan Holt" in actors


def test_names_in_asides_are_not_parties() -> None:
    actors = _actors(ASIDES, "Cyprus closes airspace to convoy")
    assert "Karim Haddad" not in actors and "Rob Vance" not in actors
    assert "Omar Saleh" in actors and "Petra Nilsen" in actors  # near miss: the one-mention minister acts


def test_city_typed_by_its_cues_is_a_place() -> None:
    actors = _actors(CITY, "Idlib shelled for fifth day")
    assert actors.get("Idlib") in (None, "place")
    assert "Yusuf Kaya" in actors


def test_brand_typed_by_its_cues_is_a_company() -> None:
    actors = _actors(BRAND, "Veltro denies gold razor")
    assert actors.get("Veltro") == "organisation"


MATCH = ("Ivo Brandt will play Luca Ferri in the final on Sunday after both won their semi-finals.\n\n"
         "Brandt beat the top seed in three sets. Ferri needed five sets to get past his opponent. "
         "Coach Mira Salo said Brandt was in the form of his life.")

BODY = ("Lawmakers in Congress voted on Tuesday to extend the program by a year.\n\n"
        "The vote in Congress came after weeks of talks. Senator Rhea Tamm said the extension was overdue. "
        "The White House said the president would sign the bill.")


def test_play_in_a_match_is_no_role() -> None:
    actors = _actors(MATCH, "Brandt and Ferri meet in final")
    assert "Luca Ferri" in actors and "Ivo Brandt" in actors


def test_body_named_with_in_is_not_retyped_a_city() -> None:
    actors = _actors(BODY, "Congress extends program")
    assert actors.get("Congress") in (None, "organisation")
    assert "Rhea Tamm" in actors


TITLED = ("Nora Blake has been cast in \"Curie\", the studio's biopic about the chemist, Helios Films said.\n\n"
          "Blake was in talks to star in \"Curie\" last year. Marie Curie won two Nobel prizes. Director Tom Reyes "
          "said filming would start in Warsaw.")


@pytest.mark.xfail(strict=True, reason="known gap: the film's title in quotes is read as a thing, not as Curie's mention, "
                   "and the full name acts once outside any casting clause")
def test_person_a_film_is_named_after_is_not_a_party() -> None:
    actors = _actors(TITLED, "Blake cast in Curie biopic")
    assert "Marie Curie" not in actors and "Curie" not in actors
    assert "Nora Blake" in actors
