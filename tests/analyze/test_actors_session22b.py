"""Session 22, round 2 (Audit 36 37.5, actors): a country named only where things happen, or once in passing as
a policy, is no actor; one that acts again and again is; an organisation named in full and by its first word is
listed once. Articles written for these tests."""

from __future__ import annotations

from tests.analyze.actor_cases import actors_of as _actors

SETTING = (
    "Mining company Corlan Metals said on Tuesday it would close two copper pits after a collapse killed four "
    "workers.\n\n"
    "The pits, in northern Chile, employ about 900 people, chief executive Maria Ostrova told reporters.\n\n"
    "\"We owe the families answers,\" Ostrova said. \"We will not reopen until the inspectors are satisfied.\"\n\n"
    "Chile is the world's largest copper producer, and Chile's mines have had three fatal accidents this year.\n\n"
    "Critics have long blamed Chile's mining policy for lax checks at older sites.\n\n"
    "Corlan Metals shares fell 6% in Santiago."
)


def test_a_country_named_as_the_setting_and_a_policy_once_is_no_actor() -> None:
    actors = _actors(SETTING, "Corlan Metals shuts two copper pits after deadly collapse")
    assert "Maria Ostrova" in actors
    assert "Chile" not in actors


STATE = (
    "Norway expelled two Russian diplomats on Monday over what it called activities incompatible with their "
    "status.\n\n"
    "Norway also summoned the Russian ambassador to the foreign ministry in Oslo, a spokesman said.\n\n"
    "Russia said it would respond in kind and rejected the accusation as baseless.\n\n"
    "Russia has expelled Norwegian diplomats twice in the past five years."
)


def test_a_country_that_acts_again_and_again_is_an_actor() -> None:
    actors = _actors(STATE, "Diplomats expelled in spying row")
    assert "Norway" in actors
    assert "Russia" in actors


FIRM = (
    "The accounting firm Brantwell said on Thursday that one in three retailers had suffered a data breach in "
    "the last year.\n\n"
    "Brantwell Hoskins Global surveyed 600 chains in 14 countries for the report, its second on the subject.\n\n"
    "\"Shops are spending more on security but the attacks are growing faster,\" said Tomas Leary, a partner at "
    "Brantwell.\n\n"
    "Brantwell Hoskins Global found that the average breach cost a retailer $2.1 million.\n\n"
    "Brantwell urged chains to train staff to spot fake invoices."
)


def test_a_firm_named_in_full_and_by_its_first_word_is_listed_once() -> None:
    names = [name for name in _actors(FIRM, "One in three retailers breached, survey finds") if "Brantwell" in name]
    assert len(names) <= 1


GROUP = (
    "Fighters of the Eastern Islamist Defence Front seized two villages near the border on Sunday, officials "
    "said.\n\n"
    "The Eastern Islamist Defence Front has fought the army since 2009 and claims some 3,000 members.\n\n"
    "\"They move at night and hold nothing for long,\" said Col. Amir Haddad, an army spokesman.\n\n"
    "Analysts say the Eastern Islamic Defence Front has split twice since its founder was killed.\n\n"
    "The Eastern Islamist Defence Front did not comment."
)


def test_two_spellings_of_a_groups_middle_word_are_one_group() -> None:
    names = [name for name in _actors(GROUP, "Militants seize border villages") if "Defence Front" in name]
    assert names == ["Eastern Islamist Defence Front"]
