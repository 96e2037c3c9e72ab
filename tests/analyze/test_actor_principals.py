"""Principals in, sources and duplicates out (reader Audit 14 and 15: docs/audit.md 15.4/15.5, 16.4 item 10, 16.5).

The audits struck 14-25% of Actors as sources or bit names rather than parties, and found principals missing.
Articles written for these tests. Each case lists the principals that must be listed and the names that must not:

- an agency cited for one figure ("according to the Environmental Protection Agency"), a monitoring group cited once
  for a count, a news agency that only relays ("the Ria Novosti news agency reported"), an outlet told something;
- the reporting correspondent in their own report ("CNN's Nic Robertson reported", "BBC correspondent Jim Muir says");
- a firm or institution named only as the employer of a listed person ("Timothy Arcuri, an analyst at Cowen");
- a person named in an aside, a band named in passing, a place;
- principals named only once or twice: the subject of the headline (a leader in a story about his sister), the
  addressees of an appeal ("urged Russia and China to ..."), a government that is a party.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

# (title, body, must be listed, must not be listed)
CASES: dict[str, tuple[str, str, set[str], set[str]]] = {
    "agency_figure": (
        "Actor's machines to skim Gulf oil",
        "The actor Dane Corwell said on Friday that his company's centrifuges could clean the Gulf of Mexico.\n\n"
        "Tarvik Oil, which owns the leaking well, said it would test 32 of the machines. Tarvik Oil has spent "
        "$2bn on the clean-up. The well leaks 200,000 gallons a day, according to the Environmental Protection "
        "Agency.\n\nCorwell said the machines separate oil from water. \"We can do this,\" Corwell said.",
        {"Dane Corwell", "Tarvik Oil"}, {"Environmental Protection Agency"}),
    "correspondent": (
        "Airstrikes hit Gadhafi compound",
        "NATO jets struck Moammar Gadhafi's compound in Tripoli early on Monday, Libyan officials said.\n\n"
        "Government spokesman Musa Ibrahim said three people were killed. NATO said it had hit a command centre. "
        "\"The building was flattened,\" CNN's Nic Robertson reported from Tripoli.\n\n"
        "Gadhafi has vowed to fight on. Ibrahim said the strike was an attempt to kill the leader.",
        {"NATO", "Musa Ibrahim", "Moammar Gadhafi"}, {"Nic Robertson"}),
    "correspondent_says": (
        "Syria accepts envoy's ceasefire plan",
        "Syria has accepted a ceasefire plan drawn up by the envoy Kofi Annan, his spokesman Ahmad Fawzi said.\n\n"
        "Fawzi said the government had agreed to withdraw troops from towns. BBC correspondent Jim Muir in "
        "Beirut says many in the opposition doubt the regime will keep its word.\n\n"
        "Annan said the plan must be carried out at once. The Syrian government said it would comply.",
        {"Kofi Annan", "Ahmad Fawzi", "Syria"}, {"Jim Muir"}),
    "news_agency": (
        "North Korea leader's sister gets party post",
        "Kim Yo-jong, the younger sister of North Korean leader Kim Jong-un, has been given a senior post in "
        "the ruling party.\n\nKim Yo-jong was seen beside her brother at a rally in March. The appointment was "
        "reported by the Ria Novosti news agency, citing state media.\n\n"
        "Analyst Park Sun-ho said Kim Yo-jong had long managed her brother's public image.",
        {"Kim Yo-jong", "Kim Jong-un"}, {"Ria Novosti"}),
    "monitor_count": (
        "Government troops shell rebel-held district",
        "Syrian troops shelled a rebel-held district of Homs on Thursday, and rebels said they fought back.\n\n"
        "At least 40 people were killed, according to the Syrian Observatory for Human Rights. The Free Syrian "
        "Army said its fighters had destroyed two tanks. Rebel commander Abdul Razzak Tlass said the army had "
        "used heavy guns.\n\nThe Free Syrian Army said it would hold the district.",
        {"Free Syrian Army", "Abdul Razzak Tlass"}, {"Syrian Observatory for Human Rights", "Homs"}),
    "firm_beside_analyst": (
        "Watch sales to reach 20 million, analyst says",
        "Sales of the Lumo smartwatch will reach 20 million in its first year, said Timothy Arkwell, an analyst "
        "at Cowen and Company.\n\nArkwell said buyers would wait for the second model. Lumo said it did not "
        "comment on forecasts. Arkwell expects the price to fall by a third.",
        {"Timothy Arkwell", "Lumo"}, {"Cowen and Company"}),
    "institution_beside_head": (
        "Tsunami victims identified by fingerprints",
        "Most tsunami victims were identified by their fingerprints, said Ian Hansel, director of the "
        "Bournemouth University Centre for Forensics.\n\nHansel said dental records had been less useful than "
        "expected. Thai police said 3,000 bodies had been identified. Hansel said DNA took months.",
        {"Ian Hansel"}, {"Bournemouth University Centre for Forensics"}),
    "addressees": (
        "Rights groups urge Russia and China to back UN resolution on Syria",
        "Rights groups on Wednesday urged Russia and China to back a UN Security Council resolution on Syria.\n\n"
        "\"The killing must stop,\" said Ziad Tawab of the Cairo Institute for Human Rights Studies. Human Rights "
        "Watch said the council had failed for a year. Tom Porter, of Amnesty International, said the two "
        "countries had protected the government.\n\nThe groups said the council must refer Syria to the court.",
        {"Russia", "China", "Ziad Tawab", "Tom Porter"}, set()),
    "aside_person": (
        "Israeli woman who fought ISIS returns home",
        "Gila Rosen, an Israeli woman who fought alongside Kurdish forces against ISIS, returned to Israel on "
        "Monday.\n\nRosen said she had been treated well. ISIS has killed several foreigners in Syria, including "
        "the American journalist Steven Sotwell, last year. The Shin Bet security service questioned Rosen on "
        "her arrival. Rosen said she would go back.",
        {"Gila Rosen", "ISIS"}, {"Steven Sotwell"}),
    "band_in_passing": (
        "Festival announces headliners",
        "The Greenvale festival will be headlined by the Arctic Pines and Coldstream, organiser Emma Eaves said "
        "on Tuesday.\n\nEaves said tickets sold out in 40 minutes. Coldstream singer Chris Marten said the band "
        "was delighted. Last year a late slot went to the Pizza Basement, a band of comedians.\n\n"
        "The Arctic Pines said they would play a new album.",
        {"Emma Eaves", "Chris Marten", "Arctic Pines"}, {"Pizza Basement"}),
    "told_outlet": (
        "Police arrest suspect in bank robbery",
        "Police in Denver arrested a man on Sunday over a bank robbery last week, a police spokesman told "
        "Reuters.\n\nThe suspect, Carl Webber, 34, was charged with armed robbery. Detective Ana Ruiz said "
        "Webber had been identified from camera footage. Webber's lawyer Paul Green said his client would plead "
        "not guilty.",
        {"Carl Webber", "Ana Ruiz", "Paul Green"}, {"Reuters", "Denver"}),
    "government_party": (
        "US and China agree on climate steps",
        "The United States and China agreed on Tuesday to cut methane emissions, in a deal announced in "
        "Geneva.\n\nUS envoy John Kerrigan said the deal was a first step. China said it would publish a plan "
        "by next year. The European Union welcomed the deal.\n\nKerrigan said talks would continue in Geneva.",
        {"United States", "China", "John Kerrigan"}, {"Geneva"}),
}


def _names(title: str, body: str) -> set[str]:
    doc = annotate(Article(text=body, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name for info in infos if isinstance(info, ActorInfo)}


# The NER model does not tag "Detective Ana Ruiz" at all, so no actor stage can list her (annotate's business).
_NER_MISSES = {"told_outlet"}


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="NER miss"))
                                  if c in _NER_MISSES else c for c in sorted(CASES)])
def test_principals_listed_and_sources_not(case: str) -> None:
    title, body, must, must_not = CASES[case]
    names = _names(title, body)
    assert must <= names, f"missing {must - names} in {names}"
    assert not must_not & names, f"listed {must_not & names}"
