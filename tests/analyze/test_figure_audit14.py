"""Key figures cut from what they count (reader Audit 14, issue: figures that say what they count).

Each case is a short article written for this test, the number, the words its bullet must hold (None:
the figure must not be shown), words it must not hold, and whether dropping it is acceptable (a reader
loses less from no bullet than from a broken one). First score on the unchanged code: 29/42; then 36/42; now 41/42 (and the audit's own pattern, case 43, added: 0/1 -> 1/1)."""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines

pytestmark = pytest.mark.slow

CASES = [
    ('Engineers estimate that at least 12,000 barrels a day are still leaking from the damaged well, the company said.', '12,000', ['12,000 barrels a day'], [], False),
    ('The refinery on the coast processes about 80,000 barrels per day, according to the ministry.', '80,000', ['80,000 barrels per day'], [], False),
    ('The charity now hands out 5,000 meals a week in the capital, its director said.', '5,000', ['5,000 meals a week'], [], False),
    ('Before the strike the mine produced 2 million tonnes of copper a year, the firm said.', '2 million', ['2 million tonnes', 'a year'], [], False),
    ('The shelling killed at least 90 people, and more than 30 children were among the dead, monitors said.', '30', ['30 children', 'among the dead'], [], True),
    ('Rescuers said some 40 people were among the injured after the bridge collapsed on Friday.', '40', ['40 people', 'injured'], [], True),
    ('Police arrested 25 protesters outside the parliament on Tuesday.', '25', ['25 protesters', 'arrested'], [], False),
    ('The storm killed some 50 people in the coastal villages, officials said.', '50', ['50 people', 'killed'], [], False),
    ('Two relatives of the victim were questioned by police on Monday.', 'Two', ['relatives', 'questioned'], [], True),
    ('Mr Ortega told the BBC that about half of the claims filed so far were fraudulent.', 'half', ['half', 'claims', 'fraudulent'], ['told'], True),
    ('The minister told reporters on Sunday that 300 soldiers had been sent to the border.', '300', ['300 soldiers', 'sent to the border'], [], False),
    ('A spokesman told the agency some 2,000 families had lost their homes.', '2,000', ['2,000 families', 'lost their homes'], [], False),
    ("The explosion shook Ruvania's capital of 1.4 million people late on Saturday.", '1.4 million', ['1.4 million people', 'capital'], ["'s 1.4"], True),
    ("The company's 4,500 employees will receive a bonus this year, the chairman said.", '4,500', ['4,500 employees'], [], False),
    ('The asteroid passed about one-tenth of the distance to the moon from Earth, astronomers said.', 'one-tenth', ['one-tenth of the distance to the moon', 'asteroid'], [], True),
    ('The blast released energy equal to 40 Hiroshima bombs, scientists estimated.', '40', ['40 Hiroshima bombs', 'energy'], [], True),
    ('Food now costs five times what it did before the quake, traders said.', 'five times', ['five times', 'food', 'before'], [], True),
    ("EU states take about 95% of Syria's oil exports, according to official figures.", '95%', ['95%', 'oil exports', 'EU'], [], True),
    ('Farmers sold 60% of their harvest to the state last year, the ministry said.', '60%', ['60%', 'harvest'], [], False),
    ('Engineers pumped 30,000 barrels of heavy mud into the well on Thursday. By Friday the 30,000 barrels of mud had failed to stop the flow, the company admitted.', '30,000', ['30,000 barrels'], [], False),
    ('The UN has 250 observers in the country, a spokesman said. The team of 260 UN observers will be complete by Friday, he added.', 'DUP250', None, [], True),
    ('Further along, a group of men are hanging a white banner between two telegraph poles.', 'two', None, [], True),
    ('The government said 1,200 people had been evacuated from the valley.', '1,200', ['1,200 people', 'evacuated'], [], False),
    ('The fund has paid $2.1 billion to 170,000 claimants, Mr Ortega said.', '$2.1 billion', ['$2.1 billion', 'claimants'], [], False),
    ('Unemployment rose to 8.4% in March, the statistics office said.', '8.4%', ['8.4%', 'nemployment'], [], False),
    ('At least 12 people were killed and 40 wounded when the bus overturned near the border.', '12', ['12 people', 'killed'], [], False),
    ('Among the dead were 14 children, the hospital said.', '14', ['14 children', 'dead'], [], True),
    ('The quake left about 200,000 people dead, according to government estimates.', '200,000', ['200,000 people', 'dead'], [], False),
    ('The army said 300 rebels surrendered in the north last week.', '300', ['300 rebels', 'surrendered'], [], False),
    ('Mr Feinberg told the BBC that 20,000 claims had been rejected as fraudulent.', '20,000', ['20,000 claims', 'rejected'], [], False),
    ('Officials said the pipeline carries 400,000 barrels of crude per day to the port.', '400,000', ['400,000 barrels', 'per day'], [], False),
    ('It was 1.2 million.', '1.2 million', None, [], True),
    ('At least 8,000 barrels (336,000 gallons) are pouring into the bay every day, engineers said.', '8,000', ['8,000 barrels', 'every day'], [], True),
    ('At least 800 people have sought help at two field clinics, including some 60 people who were treated for gunshot wounds.', '60', ['60 people', 'treated'], [], True),
    ('There have been about 90,000 claims for refunds, the regulator told the BBC - about half filed in the last month.', 'half', ['half', 'last month'], ['told'], True),
    ("A blast that shook Ruvania's 1.4 million capital Lodra on Sunday night was probably a gas explosion, officials said.", '1.4 million', ['1.4 million', 'capital'], ["'s 1.4 million capital"], True),
    ('At its closest, the comet was a mere 50,000km from the Earth, about one-eighth of the distance to the moon.', 'one-eighth', ['one-eighth', 'comet'], [], True),
    ('When the fireball exploded over the city last year, with the strength of 30 atomic bombs, it shattered windows for miles.', '30 atomic', ['30 atomic bombs', 'strength'], [], True),
    ('The former prisoner - one of four men freed in a swap last year - was seen in the capital, officials said.', 'four men', ['four men', 'freed'], [], True),
    ('The council also added six more officials and two companies to its sanctions list on Friday.', 'two companies', ['two companies', 'sanctions list'], [], True),
    ("Tourism accounts for about 30% of the island's income and European visitors make up about 80% of its tourists.", '80%', ['80%', 'European visitors', 'tourists'], ['accounts'], True),
    ("Oil accounts for a third of Ruvania's revenue and EU states take about 95% of its oil exports.", '95%', ['95%', 'EU', 'oil exports'], ['accounts'], True),
    ('The ministry says it flew 4,000 tonnes of food into the region, in six flights, at loads of up to 70 tonnes a plane, but it was not enough.', '4,000', ['4,000 tonnes'], [], False),
]


def _passes(text: str, number: str, must: list[str] | None, must_not: list[str], drop_ok: bool) -> bool:
    lines = _lines(text)
    if number == "DUP250":  # the same group counted twice, a few apart: one bullet
        return len([line for line in lines if "250" in line or "260" in line]) <= 1
    hits = [line for line in lines if number.lower() in line.lower()]
    if must is None:
        return not hits
    if not hits:
        return drop_ok
    return len(hits) == 1 and all(word.lower() in hits[0].lower() for word in must) \
        and not any(word.lower() in hits[0].lower() for word in must_not)


# Closed in session 24 (figure_contained): one sentence's number shown again inside a later number's gloss.
_OPEN: set[str] = set()


_PARAMS = [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="a number shown again in a later "
                                                                            "number's gloss"))
           if case[1] in _OPEN else pytest.param(*case) for case in CASES]


@pytest.mark.parametrize("text, number, must, must_not, drop_ok", _PARAMS)
def test_a_figure_says_what_it_counts_or_is_not_shown(text: str, number: str, must: list[str] | None,
                                                      must_not: list[str], drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


def test_the_score_does_not_fall() -> None:
    score = sum(_passes(*case) for case in CASES)
    assert score >= 42, score
