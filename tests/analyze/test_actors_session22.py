"""Session 22 (Audit 35 36.5, actors): an alias folded into the person it names, a job word before a name
read as a role, a place after "of" not read as a role, a work's title not typed a person, a run-on highlight
line not read as a title, and an organisation that acts listed. Articles written for these tests."""

from __future__ import annotations

from tests.analyze.actor_cases import actors_of as _actors

ALIAS = (
    "The masked gunman known as \"Jihadi Jim,\" who taunted hostages in a series of videos, was identified as "
    "Karel Dostal on Friday by prosecutors in Prague.\n\n"
    "Dostal, 31, grew up in Brno and studied engineering before he moved abroad in 2013.\n\n"
    "Jihadi Jim has appeared in videos showing the abduction of aid workers in three countries.\n\n"
    "A lawyer who met Dostal in 2012 told the newspaper he believed Dostal was Jihadi Jim.\n\n"
    "Police commander Lena Fiala said officers would not comment on the identity of Jihadi Jim."
)


def test_an_alias_is_the_person_it_names() -> None:
    actors = _actors(ALIAS)
    assert "Karel Dostal" in actors
    assert "Jihadi Jim" not in actors


ALIAS_AFTER = (
    "Marco Bellini, known as \"Johnny Wolf\", was arrested in Naples on Tuesday after ten years on the run.\n\n"
    "Johnny Wolf ran the port's smuggling trade for two decades, prosecutors said.\n\n"
    "Bellini was taken to a prison in Rome, where Johnny Wolf will wait for his trial, lawyer Gianni Roti said."
)


def test_an_alias_after_the_name_is_the_same_person() -> None:
    actors = _actors(ALIAS_AFTER)
    assert "Marco Bellini" in actors
    assert "Johnny Wolf" not in actors


JOB = (
    "A student fell to his death from a quarry edge after running from a minicab without paying, an inquest heard.\n\n"
    "Graduate Owen Price, 24, fell from the edge after he climbed a fence in the dark.\n\n"
    "Driver Colin Bright told the inquest: \"I stopped because I could not see where he had gone.\"\n\n"
    "Mr Price, of Leeds, West Yorks, was found the next morning by a dog walker.\n\n"
    "Nurse Ruth Alder, who tried to save him, said he had been badly hurt."
)


def test_a_job_word_before_a_name_is_not_part_of_it() -> None:
    actors = _actors(JOB)
    assert "Colin Bright" in actors and "Driver Colin Bright" not in actors
    assert "Ruth Alder" in actors and "Nurse Ruth Alder" not in actors


HOME = (
    "A man died after he fell from a railway bridge while running from police, an inquest heard.\n\n"
    "Mr Ian Moss, of Bicester, Oxon, was found the next morning by a farmer.\n\n"
    "Moss had been drinking with friends in the town centre, the coroner was told."
)


def test_a_home_town_after_of_is_not_a_role() -> None:
    moss = _actors(HOME)["Ian Moss"]
    assert moss.role is None or "Bicester" not in moss.role


def test_a_body_after_of_is_still_a_role() -> None:
    text = ("Dr Hanna Berg, of the Karolinska Institute, said the trial had been stopped early.\n\n"
            "Berg said the results would be published next year.")
    berg = _actors(text)["Hanna Berg"]
    assert berg.role is not None and "Karolinska" in berg.role


FRANCHISE = (
    "The actor Tom Wills said the stage play was the high point of his career, ahead of parts in Star Wars and "
    "the Percy Jackson franchise.\n\n"
    "Wills, 52, has worked with the writer Emma Stone on three series of the comedy.\n\n"
    "Stone said Wills was the funniest man she had worked with."
)


def test_a_franchise_title_is_not_a_person() -> None:
    assert "Percy Jackson" not in _actors(FRANCHISE)


HIGHLIGHTS = (
    "Pundits argue over the U.S. part in the Ruritania campaign Jo Marks says the president has no exit plan "
    "Tom Reed says removing the regime should be the aim of U.S. policy Rep. Alan Fisk says the president did not "
    "consult Congress\n\n"
    "The president has ordered air strikes on Ruritania, and commentators disagree about whether he was right.\n\n"
    "Fisk said the White House should have asked Congress for a vote before the strikes began."
)


def test_a_run_on_highlight_line_is_not_a_title() -> None:
    actors = _actors(HIGHLIGHTS)
    fisk = actors.get("Alan Fisk")
    assert fisk is not None
    assert fisk.role is None or "policy" not in fisk.role


BODY = (
    "Supporters threw flares and tore up seats at the national stadium after Union's 3-1 win over Sporting Kalar.\n\n"
    "The country's PNRS police service said in a statement that 24 people were arrested for violence.\n\n"
    "The KFF football federation has banned supporters from the club's next four home matches.\n\n"
    "PNRS said 8 people had been arrested before the game."
)


def test_an_organisation_that_acts_is_listed() -> None:
    actors = _actors(BODY)
    assert any("PNRS" in name for name in actors)


def test_a_person_beside_an_alias_is_not_joined() -> None:
    text = ("Detective Anna Kowal spent six years hunting Piotr Zielinski, known as \"Johnny Wolf,\" before his "
            "arrest in Gdansk.\n\n"
            "Kowal said Johnny Wolf had moved between five countries. Zielinski denies the charges.")
    actors = _actors(text)
    assert "Anna Kowal" in actors and "Piotr Zielinski" in actors
    assert "Johnny Wolf" not in actors


def test_a_building_and_its_nickname_are_not_a_person() -> None:
    text = ("St Aidan's Church, known as Morton Spire, was damaged by a storm surge in 2019 that flooded the town.\n\n"
            "Repairs to the tower are expected to cost 1.2 million pounds, the parish council said.")
    assert not any(info.type == "person" and "Church" in name for name, info in _actors(text).items())
