"""Session 23, round 2 (Audit 38, actors and key figures): a contractor the model took for a place is a company;
"Washington" acting as the government beside the United States is one actor; a figure must say what it counts
and what happens to it (a conversion after "N barrels of oil" is no figure of its own, a count in a "with"
phrase is a detail, "three others in the house" and a bare "25 grams or less of salt" say nothing).
Articles written for these tests."""

from __future__ import annotations

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.analyze.figures import analyze_figures
from tests.analyze.actor_cases import actors_of as _actors
from tests.analyze.actor_cases import doc_of as _doc
from tests.analyze.actor_cases import info_of as _info


def _figures(text: str, title: str | None = None) -> list[str]:
    doc = _doc(text, title)
    return [item.text for item in analyze_figures(doc, build_context(doc))]


CONTRACTOR = (
    "Engineers hired by the state say a faulty seal caused the gas leak at the Harlow terminal last spring.\n\n"
    "Both Norcell, which ran the terminal, and Kestrova, the contractor responsible for the seals, knew of "
    "tests showing the seal could fail, the engineers said.\n\n"
    "Kestrova has rejected the findings, saying its tests were done on a different seal.\n\n"
    "Kestrova ran three tests of its own before the terminal opened.\n\n"
    "\"Kestrova should have replaced the seals,\" said lead engineer Maria Dunning.\n\n"
    "Kestrova later said it stood by its work."
)


def test_a_contractor_the_model_calls_a_place_is_a_company() -> None:
    actors = _actors(CONTRACTOR, "Gas leak: seal tests 'showed flaw'")
    assert "Kestrova" in actors
    assert actors["Kestrova"].type == "organisation"


CAPITAL = (
    "The United States is weighing whether to send more aid to rebels fighting the government of Valdoria.\n\n"
    "Officials said the United States would not put troops on the ground.\n\n"
    "Washington could still broker a deal that ends the fighting, analysts said.\n\n"
    "Washington also fears that weapons sent today could be turned against its allies tomorrow.\n\n"
    "The United States has already given $40 million in medical supplies, and Washington has asked its allies "
    "to do more.\n\n"
    "\"We will not be rushed,\" said State Department spokesman Carl Benning."
)


def test_washington_acting_beside_the_united_states_is_one_actor() -> None:
    actors = _actors(CAPITAL, "US weighs more aid for Valdoria rebels")
    assert "Carl Benning" in actors
    assert "Washington" not in actors


STATE = (
    "Governor Lena Ortiz signed a law on Monday that raises the minimum wage in Washington state.\n\n"
    "Washington will become the first state to set a wage floor above $17.\n\n"
    "Business groups in Washington said the law would cost jobs. \"Small shops will close,\" said Tom Reyes of "
    "the state retailers' association.\n\n"
    "The United States has no federal plan to follow."
)


def test_washington_the_state_is_not_folded_into_the_united_states() -> None:
    doc = _doc(STATE, "Washington raises minimum wage")
    names = {_info(item).name: _info(item) for item in analyze_actors(doc, build_context(doc))}
    united = names.get("United States")
    assert united is None or "Washington" not in united.aliases


CONVERSION = (
    "The pipeline was finally shut on 3 June, after an estimated 2.1m barrels of crude (88m gallons) had "
    "spilled into the river.\n\n"
    "Nine workers at the pumping station were injured in the blast that began the spill.\n\n"
    "The operator paid $45m in fines last year."
)


def test_a_conversion_after_the_noun_is_no_figure_and_the_first_amount_keeps_its_verb() -> None:
    shown = _figures(CONVERSION, "Pipeline spill: inquiry opens")
    assert not any(text.startswith("88m") for text in shown)
    assert any("2.1m barrels" in text for text in shown)


WITH_INJURIES = (
    "Aid workers reached the village on Friday, three days after the landslide buried 40 homes.\n\n"
    "In one shelter, a boy with a deep cut on his arm and two swollen ankles is sitting on a blanket.\n\n"
    "The regional government said 1,200 people had been moved to camps."
)


def test_a_count_in_a_with_phrase_is_a_detail() -> None:
    shown = _figures(WITH_INJURIES, "Landslide: aid reaches cut-off village")
    assert not any("ankles" in text for text in shown)


OTHERS = (
    "Health workers said the outbreak had killed almost 900 people in the province since March.\n\n"
    "Amara, a teacher, said her brother fell ill first.\n\n"
    "There were four others in the hut who were also suspected cases and no doctor could come to the village.\n\n"
    "The agency has since visited 6,000 homes."
)


def test_a_count_of_others_with_no_verb_says_nothing() -> None:
    shown = _figures(OTHERS, "Outbreak: families wait for help")
    assert not any("others" in text for text in shown)


THRESHOLD = (
    "The city will stop jailing people caught with small amounts of salt, the mayor announced on Monday.\n\n"
    "Under the new rules, people arrested for possessing 30 grams or less of salt — an offence under city law — will "
    "no longer be held overnight.\n\n"
    "Instead they will get tickets carrying fines of up to $80 for a first offence."
)


def test_an_amount_with_no_verb_of_its_own_is_no_figure() -> None:
    shown = _figures(THRESHOLD, "City ends overnight holds for salt")
    assert "30 grams" not in shown
    assert not any(text.startswith("30 grams or less") for text in shown)
