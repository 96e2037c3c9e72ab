"""Actors missing or folded wrongly (session 21; reader Audit 33 section 34.5). Articles written for these tests.

- A short form folds into a full-named person only when it is a conventional clipped form of the given name
  ("Josh" for "Joshua") or the article ties it to the person ("known as Ali"); a different man called "Ali" stays
  apart from "Alison Hart".
- A correspondent quoted three times or more on a page is a principal voice, not only its reporter (Audit 33 #3:
  the most-cited correspondent of a live page was missing); one line from a correspondent stays out.
- An outlet that is the source of a reported identification, and Downing Street giving its account, are parties.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_variants import fold_short_forms
from tests.analyze.test_actors_session20 import _actors


def test_a_different_ali_stays_apart_from_alison() -> None:
    alison, ali = Actor("Alison Hart", "PERSON"), Actor("Ali", "PERSON")
    assert fold_short_forms([alison, ali], "Alison Hart met Ali at the depot.") == [alison, ali]


def test_a_short_form_the_text_ties_to_the_person_folds() -> None:
    alison, ali = Actor("Alison Hart", "PERSON"), Actor("Ali", "PERSON")
    text = "Alison Hart, known as Ali to her team, ran the depot. Ali said it would close."
    assert fold_short_forms([alison, ali], text) == [alison]
    assert "Ali" in alison.aliases


def test_a_conventional_clipped_given_name_folds() -> None:
    joshua, josh = Actor("Joshua Penn", "PERSON"), Actor("Josh", "PERSON")
    assert fold_short_forms([joshua, josh], "Joshua Penn won. Josh said he was tired.") == [joshua]


_LIVE = (
    "Crowds clash in the capital",
    "Thousands of protesters clashed with police in the capital on Tuesday, witnesses said.\n\n"
    "\"The square is full and people are throwing stones,\" correspondent Lena Ford reported from the scene.\n\n"
    "Police fired tear gas near the bridge. \"I can see at least two ambulances,\" Ford said.\n\n"
    "The interior ministry said 40 officers were hurt. Ford added: \"The crowd is moving toward the palace now.\"\n\n"
    "Later, Ford said the army had sealed the main road.",
)


@pytest.mark.slow
def test_a_correspondent_quoted_again_and_again_is_an_actor() -> None:
    actors = _actors(*_LIVE)
    assert "Lena Ford" in actors, sorted(actors)


@pytest.mark.slow
def test_a_correspondent_with_one_line_stays_out() -> None:
    actors = _actors(
        "Talks end without a deal",
        "Negotiators from the two states ended three days of talks in Geneva without a deal, officials said.\n\n"
        "Foreign Minister Ilse Varga said the gap on water rights remained wide. \"We will return in May,\" she said.\n\n"
        "\"Neither side looked ready to move,\" correspondent Paul Mead reported from Geneva.",
    )
    assert "Ilse Varga" in actors and "Paul Mead" not in actors, sorted(actors)


@pytest.mark.slow
def test_an_outlet_that_identifies_a_suspect_is_an_actor() -> None:
    actors = _actors(
        "Suspect in video named",
        "The masked man seen in the videos is a 26-year-old from west London, the Daily Ledger reported on Friday, "
        "citing friends and officials.\n\n"
        "The Ledger said the man, Karim Osei, had studied computing before leaving the country in 2013.\n\n"
        "Police declined to confirm the report. Scotland Yard said it would not comment on an ongoing inquiry.",
    )
    assert "Daily Ledger" in actors, sorted(actors)


@pytest.mark.slow
def test_downing_street_giving_its_account_is_an_actor() -> None:
    actors = _actors(
        "Leaders discuss the spill",
        "The prime minister spoke to the president by phone on Saturday about the oil spill.\n\n"
        "Downing Street said the two leaders agreed that frustration over the spill had nothing to do with national "
        "identity. The White House said the president stressed that the company must pay for the clean-up.",
    )
    assert "Downing Street" in actors, sorted(actors)


def test_a_clipped_richard_folds() -> None:
    # the reading of XSum row 49's pattern: a rower named in full, then by the clipped "Rich" in his team-mate's quote
    richard, rich = Actor("Richard Coles-Ward", "PERSON"), Actor("Rich", "ORG")
    assert fold_short_forms([richard, rich], "Richard Coles-Ward rowed. Rich was superb.") == [richard]
