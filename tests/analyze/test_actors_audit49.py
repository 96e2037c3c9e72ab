"""Actors, Audit 49 (issue #11; docs/audit.md 50.2, 50.4 item 7): titles run into names, roles cut by a clause.

- A rank abbreviation after an office ("the ministry spokesman Rear Adm. NAME") belongs to the person's role: the
  model glued the office and the rank's first word to the body before it ("Navy Ministry Spokesperson Rear" as an
  organisation). The body is named alone, the person holds "spokesperson, Rear Admiral".
- The model may also tag the rank's words apart as a person ("Rear Admiral" before the name): no second person.
- An apposition whose comma cuts a relative clause ("NAME, the Ohio singer who, as part of the band, ...") ends
  before the relative pronoun; a relative clause the role holds whole stays.

All texts and names are invented.
"""

from __future__ import annotations

from pathlib import Path

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.ingest.read import read_source
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings

from .actor_cases import actors_of, info_of

_SPOKESPERSON = """A video released by the rebels on Tuesday allegedly shows a crate of rifles that missed its target near
Dorvan and fell into the hands of militants.

On Sunday evening, the Pentagon confirmed that the military had dropped supplies to fighters in Dorvan.

Pentagon Spokesperson Rear Adm. Tomas Brandel also confirmed Monday that one of the crates had missed its target,
but that it had been destroyed.

"We are confident the rest reached the fighters," Brandel said.
"""


def test_an_office_and_a_rank_glued_to_a_body_are_the_persons_role() -> None:
    actors = actors_of(_SPOKESPERSON)
    assert not any("Spokesperson" in name or "Rear" in name for name in actors)
    assert actors["Tomas Brandel"].type == "person"
    role = actors["Tomas Brandel"].role or ""
    assert role.startswith("Pentagon Spokesperson, Rear Admiral")
    assert actors["Pentagon"].type == "organisation" and actors["Pentagon"].mentions == 2


_PRESS_SECRETARY = """Militants of the Veshar front lost their commander in an air strike on Monday, officials said.

"We have confirmed that the strike killed him," said Pentagon Press Secretary Rear Admiral Paul Handry.

The Pentagon said the strike was carried out by drones. Handry added that no civilians were hurt in the attack.
"""


def test_a_rank_tagged_apart_as_a_person_is_no_second_person() -> None:
    actors = actors_of(_PRESS_SECRETARY)
    assert "Rear Admiral" not in actors and "Pentagon Press" not in actors
    assert (actors["Paul Handry"].role or "").startswith("Pentagon Press Secretary, Rear Admiral")


_SINGER = """Dan Rolley, the Ohio singer who, as part of the Lakeside Five, released what many call the first
synth-pop record, has died at the age of 61.

Rolley formed the Lakeside Five with two school friends in 1978. Their first single sold a million copies.

"He was a gentle soul," said Mara Kent, the band's manager, in a statement.
"""


def test_a_role_cut_by_a_comma_inside_a_relative_clause_ends_before_the_pronoun() -> None:
    actors = actors_of(_SINGER)
    assert actors["Dan Rolley"].role == "Ohio singer"


_SCIENTIST = """Lena Harwick, a scientist who led the study, said the glacier had lost a third of its ice since 1990.

"The loss is faster than anyone expected," Harwick said.
"""


def test_a_relative_clause_the_role_holds_whole_stays() -> None:
    assert actors_of(_SCIENTIST)["Lena Harwick"].role == "scientist who led the study"


_CHIEF = """Kestrel Inc. Chief Executive Mara Lund said on Monday that the company would cut 300 jobs.

Kestrel Inc. said the cuts would fall mostly on its plants in Ohio. "It is a hard day," Lund said.
"""


def test_a_bodys_own_abbreviation_before_a_title_is_kept() -> None:
    actors = actors_of(_CHIEF)
    assert any(name.startswith("Kestrel") for name, info in actors.items() if info.type == "organisation")
    assert "Mara Lund" in actors


_DISMISSED = (
    "The city council of Halvern voted on Tuesday to close the old ferry terminal, ending a service that has run "
    "since 1902.\n\n"
    'Mayor Ingrid Solberg said the terminal cost too much to repair. "We cannot keep pouring money into a building '
    'that is falling into the sea," Solberg said.\n\n'
    "The terminal's manager was dismissed from his post in May. Karen Holm’s history of the harbour, “Salt and "
    "Stone,” describes the terminal as the heart of the old town. Writes Holm, “The ferry was the only road most "
    "islanders ever knew.”\n\n"
    "The ferry will make its last crossing in June."
)


def test_a_firing_near_a_cited_writer_is_no_rebuttal() -> None:
    # "dismissed from his post" answers no claim: the historian quoted for background stays a citation.
    actors = actors_of(_DISMISSED, title="Halvern votes to close its ferry terminal")
    assert "Karen Holm" not in actors and "Ingrid Solberg" in actors


# Audit 50 #11 (section 51): "Apple LCD" for Apple, and the analyst glued to her bank. The firm and the bank are
# real names the small model knows (an invented one is tagged differently); the text is invented.
_WATCH = """Lenovo is reportedly aiming to sell 20 million Pixel Bands in 2015.

The news comes via a report from Chipwire, which claims that Lenovo has ordered up to two million OLED panels a month
from Samsung.

The panels come only from Samsung, which is already a supplier for many Lenovo LCD panels.

The projected sales are at the top of those suggested by Morgan Stanley’s Rita Hollis, who previously said that the
band could sell 10-30 million units in its first year.

If Lenovo can sell 20 million bands, it will be the fastest-selling device in its history.
"""


def test_a_body_run_into_the_product_it_modifies_is_the_body() -> None:
    actors = actors_of(_WATCH)
    assert "Lenovo LCD" not in actors
    assert actors["Lenovo"].type == "organisation" and actors["Lenovo"].mentions == 4


def test_a_person_glued_to_the_body_that_owns_her_is_a_person_with_that_affiliation() -> None:
    actors = actors_of(_WATCH)
    assert not any("Stanley" in name for name in actors)
    assert actors["Rita Hollis"].type == "person" and actors["Rita Hollis"].role == "Morgan Stanley"


# Audit 50 #7 and #6 (section 51): a militia's members and a sect typed as people; a rank without its dot; a band's
# name the parser split.
_FIGHTERS = """Rebel fighters took us to a farm outside the city, where they showed us their prisoners.

"We are fighting for every sect of this country," said Maj Omar Fadel, who leads the unit.

Fighters showed me a film taken from the phone of a captured Shabiha. The Shabiha are a feared paramilitary force.

These were Sunni Shabiha, he added; the only Alawite had escaped. Most of the unit are Sunni Muslims.

Cpl Sami Haddad was a Christian. He joined the unit last year.
"""


def test_a_kind_of_people_counted_as_a_common_noun_is_no_person() -> None:
    actors = actors_of(_FIGHTERS)
    assert not any("Shabiha" in name or "Alawite" in name for name in actors), sorted(actors)


def test_a_rank_written_without_its_dot_is_the_role_not_the_name() -> None:
    actors = actors_of(_FIGHTERS)
    assert actors["Omar Fadel"].role == "Major"


_BAND = """Musicians in the city are enjoying a new freedom to play what they like.

"When you get in this building, you're going to find yourself in another world," said Marwan Tarek, the lead singer
for Guys Underground.

On the third floor, the rock band Guys Underground practices every evening.
"""


def test_a_role_runs_to_the_end_of_the_name_the_parser_split() -> None:
    assert actors_of(_BAND)["Marwan Tarek"].role == "lead singer for Guys Underground"


# Audit 50 #5 (section 51): a list's lines glued, so a place ran into the body's name and WHO was lost.
_GLUED_LIST = """Health officials in Mexico say the flu has killed 20 people, and cases have been confirmed in Canada and Spain.

Tests are also being carried out on travellers in Brazil and Israel who fell ill following travel to Mexico World \
Health Organization (WHO) experts will meet in Geneva on Tuesday to discuss whether to raise the alert level. The WHO \
has said the virus could mutate into a more dangerous strain.

The WHO is advising all countries to be vigilant for unusual flu symptoms.
"""


def test_a_place_run_into_a_bodys_name_before_its_acronym_is_cut_off() -> None:
    actors = actors_of(_GLUED_LIST)
    assert not any(name.startswith("Mexico ") for name in actors)
    assert actors["World Health Organization"].mentions == 3


# Issue #11: a country that acts as a state ("the US imposes sanctions, says, warns") was typed "place".
_SANCTIONS = """The United States imposed new sanctions on Russia on Monday, targeting three of its largest banks.

The US said the measures would stay in place until troops were withdrawn. Russia warned that it would respond.

Talks between the two sides were held in Geneva last week, but ended without a deal.
"""


def test_a_country_acting_as_a_state_is_typed_state_and_a_setting_is_left_out() -> None:
    actors = actors_of(_SANCTIONS)
    assert actors["United States"].type == "state" and actors["Russia"].type == "state"
    assert "Geneva" not in actors


# Issue #11 item 3: the signers of a round-up's posts are the people who speak there. The page is read through ingest,
# which keeps each post as "NAME wrote: "..."" and drops its signature.
_ROUND_UP = """A rumour spread this week that the coffee chain Brewhaus had launched a pumpkin spice toothpaste.

So refreshing, my teeth have never smelled more like autumn. #pumpkinspice

— Rowan Pike (@rowanpike) September 8, 2014

The company did not immediately confirm or deny the product, leaving the internet in a tizzy.

I am strangely disappointed that this toothpaste is not actually a thing.

— Corinne. (@corinneeee_xo) September 8, 2014

Brewhaus now makes pumpkin spice toothpaste, which means autumn never ends.

— kailin (@ayokailin) September 7, 2014

Do not need that toothpaste. I brush with cold brew like everyone else.

— Marla Venn (@marlavenn) September 8, 2014
"""


def test_the_signers_of_a_round_ups_posts_are_listed_as_people(tmp_path: Path) -> None:
    source = tmp_path / "round-up.txt"
    source.write_text(_ROUND_UP, encoding="utf-8")
    settings = Settings()
    doc = annotate_raw(read_source(str(source), settings), settings)
    actors = {info_of(item).name: info_of(item) for item in analyze_actors(doc, build_context(doc))}
    assert {"Rowan Pike", "kailin", "Marla Venn"} <= set(actors), sorted(actors)
    assert all(actors[name].type == "person" for name in ("Rowan Pike", "kailin", "Marla Venn"))
    assert not any("wrote" in name or "@" in name for name in actors)
