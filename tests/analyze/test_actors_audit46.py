"""Actors, reader Audit 46 (issue #11; docs/audit.md 47.2 Actors, 47.4 items 6-7 and 47.5 key people).

- A title cut from neighbouring words: "or at least President NAME" gave the role "least President"; a word of an
  adverbial idiom ("at least", "at most") is no part of a title.
- "First Lady NAME" gave her the model's "Lady NAME" as a name and her husband's title ("President NAME2" with the
  shared surname) as her role: "First Lady" is her title, and a surname written after the husband's title is his.
- A news agency the model typed as a place ("X reported", "X said, citing ...") is an organisation.
- Padding: a body seen only inside a person's title ("Senator NAME of the Senate energy committee"); "the West" as an
  organisation.
- Missing principals: a named speaker quoted several times; the subject of a human-interest story named in the lead
  and then "she".

Near misses: "President NAME" keeps "President"; "then President NAME" keeps "then"; a Senate that votes stays;
a country that speaks stays a place. All texts are invented.
"""

from __future__ import annotations

import pytest

from .actor_cases import actors_of
from .test_actors_audit44 import _retagged

_LEAST = """The envoy's plan was meant to stop the killing and open talks between the regime and the
rebels, or at least President Hamid Rasul and his inner circle.

Few believe the regime is ready to share power. Rasul has survived a year of protests.

The envoy met Rasul twice in March. Rasul told him the army would withdraw from the cities.
"""

_AT_MOST = """Officials said the vote would be delayed by a week, at most Governor Clara Diaz would sign the bill in June.

Diaz said she would not be rushed. "We will get this right," Diaz said.
"""

_PRESIDENT = """President Hamid Rasul told the army on Monday to withdraw from the cities.

Rasul has survived a year of protests. "We will restore order," Rasul said.
"""

_FIRST_LADY = """The European Union on Monday froze the assets of First Lady Leila al-Nadir and eleven other members
of the ruling family.

The measures are aimed at pressing President Omar al-Nadir to end the crackdown on protesters. President Nadir has
ignored earlier warnings.

Leila al-Nadir has been seen as the modern face of the regime. Her travel to Europe is now banned.

EU foreign ministers said further steps were possible if President Nadir did not stop the killing.
"""

_FIRST_LADY_VISITS = """First Lady Elena Marsh visited flood victims in the north on Tuesday, a week after her husband,
President Tom Marsh, declared a state of emergency.

Elena Marsh spent three hours at a shelter in the town. "These families have lost everything," Elena Marsh said.

President Marsh is expected to visit the region next week. Elena Marsh said she would return in a month.
"""

_AGENCY = """Pelican Oil cut its output on Wednesday after a leak on its main pipeline, Bloomfield reported.

Pelican Oil said about 10 barrels had leaked and there was no damage to the environment, Bloomfield said, citing a
company statement.

Shares in Pelican Oil fell 2% in New York.
"""

_COUNTRY_SPEAKS = """Peru said on Monday it would close its border with Bolivia for a week to stop smuggling.

Peru said the move was temporary. Interior Minister Rosa Vega said patrols would be doubled. "We have no choice,"
Vega said.
"""

_SENATE_TITLE = """Oil shipments through the pipeline resumed on Friday after a three-day shutdown.

Senator Ann Mercer of the Senate energy committee said the shutdown showed the pipeline was ageing. "It is time for
a new line," Mercer said.

Mercer said she would hold hearings in March. Analysts said prices would ease.
"""

_SENATE_VOTES = """The Senate voted 60 to 38 on Tuesday to extend the drilling ban for five years.

Senator Ann Mercer said the vote was a victory. "The coast is safe," Mercer said. The Senate will take up a second
bill in March, and the Senate debated it for a week.
"""

_WEST = """The envoy's plan has little chance of success, diplomats said on Friday.

Rasul has long accused the West of arming the rebels. The West has called for him to step down.

Rasul told the envoy the army would withdraw. "We want peace," Rasul said.
"""

_QUOTED = """Airlines face another hard year as travel budgets shrink, industry leaders said on Tuesday.

"The worst is not over," said Henrik Dahl, chief executive of Nordair. "Demand will stay weak until the autumn."

Dahl said the airline had cut 2,000 jobs. "We had no choice," he said. "Fuel costs are still too high."

Other carriers put on a brave face. Analysts expect losses of $9 billion this year.
"""

_CHILD = """A nine-year-old girl who lost a leg in a market bombing has arrived in Boston for treatment.

Amira Haddad was shopping with her mother when the bomb went off. She was pulled from the rubble by neighbours.

She spent three months in hospital. Doctors say she will walk again with an artificial leg.

She hopes to go back to school next year, her mother said.
"""

_SENATE_PANELS = """Oil shipments through the northern pipeline resumed on Friday after a three-day shutdown caused by a small leak.

Senator Joan Pike, a Republican on the Senate energy committee, said the shutdown showed the pipeline was ageing. "It
is time for a new line," Pike said.

Senator Mark Bell, who chairs the Senate commerce panel, said he would hold hearings. Analysts said prices would
ease as the oil flowed again.

Pike said the state could not afford another shutdown.
"""

_CHIEF_QUOTED = """Airline chiefs gathered in Lisbon this week in a subdued mood as the industry faces a second year of
losses.

Giorgio Bellini, head of the airline association, says carriers will lose $9 billion this year. "We must use this
crisis to change," he says.

Meridian Airways chief executive Tan Wei Ming is more upbeat. "Bookings are picking up," he says.

Tan says the airline will not cut jobs. "Our people are our strength," Tan says. Shares in Meridian Airways rose
3% on the news.
"""

_CHIEF_SILENT = """Shares in Corlan Foods fell 8% on Monday after the company cut its profit forecast for the year.

Harwick Mills chief executive Dan Ortiz resigned last month. Analysts said the cut was deeper than expected.

"The margin squeeze is real," said Ruth Gale, an analyst at Peel Securities. Gale said the shares were cheap.
"""

_DENIED = """Rumours that the singer Kara Lane had married her boyfriend in secret spread across social media on Sunday.

A celebrity website claimed the couple had wed on a beach in Mexico. The story was shared thousands of times.

Her agent, Tom Weller, denied the report. "Kara is not married," Weller said in a statement.

Lane was photographed at a restaurant in Los Angeles on Saturday night.
"""

_BACKGROUND_OFFICIAL = """Golfer Rick Olsen on Monday denied a magazine report that he had failed a drugs test last year.

The report, citing two unnamed sources, said Olsen had tested positive for a banned substance in March. Olsen's
agent, Mike Stein, said the claim was false. "There is nothing to it," Stein said.

The tour said in a statement that it did not comment on rumours. Olsen has won four titles this year.

The tour's former commissioner Tim Harlan introduced drug testing in 2008, after a player was suspended.

Olsen will play in the Open next week.
"""

_QUAKE_READERS = """Readers have been telling us about their search for relatives in Peru after Tuesday's earthquake.

Maria Celes, from London, said she had not heard from her mother in Lima since the quake. "I just want to know she is
alive," she said.

Paul Darren wrote that his cousin had flown to Peru from the United States to help. "He is working at the airport,"
Darren said.

Peru's government has asked for tents and water. Aid flights from the United States landed on Wednesday.

A reader in Peru said the houses around his family were broken but all eleven of his relatives were alive.
"""

_QUAKE_BORDER = """Aid convoys were stuck in Peru on Monday, a week after the earthquake, as fuel ran short in Lima.

Peru closed its border with Bolivia on Sunday to stop looting, and Peru banned fuel exports. Aid worker Dana Roe
said the roads were blocked. "We cannot get through," Roe said.
"""

# (text, name, listed): whether the name is among the actors.
_CASES = [
    (_SENATE_TITLE, "Senate", False),
    (_SENATE_VOTES, "Senate", True),
    (_WEST, "West", False),
    (_QUOTED, "Henrik Dahl", True),
    (_CHILD, "Amira Haddad", True),
    (_COUNTRY_SPEAKS, "Peru", True),
    (_SENATE_PANELS, "Senate", False),  # only inside two senators' titles
    (_SENATE_PANELS, "Joan Pike", True),
    (_CHIEF_QUOTED, "Meridian Airways", True),  # the firm whose quoted chief speaks for it
    (_CHIEF_QUOTED, "Tan Wei Ming", True),
    (_CHIEF_SILENT, "Harwick Mills", False),  # the firm of a silent walk-on named once
    (_DENIED, "Tom Weller", True),  # the party that issued the denial
    (_QUAKE_READERS, "Paul Darren", True),
]


@pytest.mark.parametrize(("text", "name", "role"), [
    (_LEAST, "Hamid Rasul", "President"),
    (_AT_MOST, "Clara Diaz", "Governor"),
    (_PRESIDENT, "Hamid Rasul", "President"),
    (_FIRST_LADY, "Leila al-Nadir", "First Lady"),
    (_FIRST_LADY, "Omar al-Nadir", "President"),
    (_FIRST_LADY_VISITS, "Elena Marsh", "First Lady"),
    (_FIRST_LADY_VISITS, "Tom Marsh", "President"),
], ids=["at-least", "at-most", "president", "first-lady", "her-husband", "first-lady-2", "her-husband-2"])
def test_a_title_is_a_whole_title_next_to_the_name(text: str, name: str, role: str) -> None:
    """The role is the title phrase before the name, never a word of an idiom or another person's title."""
    actors = actors_of(text)
    assert name in actors and actors[name].role == role


def test_the_first_lady_does_not_take_her_husbands_mentions() -> None:
    """"President Nadir" is the President, not the First Lady named first."""
    actors = actors_of(_FIRST_LADY)
    assert actors["Omar al-Nadir"].mentions >= 3 and actors["Leila al-Nadir"].mentions <= 3


_BLOC = """The envoy's peace plan has little chance of success, diplomats said on Friday.

The regime's adversaries want President Hamid Rasul to go. The West has backed the rebels with money, and the West
has imposed sanctions on the regime. Hamid Rasul has accused the West of lying.

Hamid Rasul told the envoy the army would withdraw. "We want peace," Hamid Rasul said.
"""


def test_a_compass_bloc_is_no_organisation() -> None:
    """"The West", typed as a body by the model, names no party a reader lists; the president it opposes stays."""
    found = _retagged(_BLOC, {"West": "ORG"})
    assert "West" not in found and "Hamid Rasul" in found


@pytest.mark.parametrize(("text", "name", "tags", "expected"), [
    (_AGENCY, "Bloomfield", {"Bloomfield": "GPE"}, "organisation"),
    (_COUNTRY_SPEAKS, "Peru", {"Peru": "GPE"}, "state"),
], ids=["agency", "country"])
def test_a_news_agency_is_no_place(text: str, name: str, tags: dict[str, str], expected: str) -> None:
    """An outlet that reports, typed as a place by the model, is an organisation (or left out); a country is a state."""
    found = _retagged(text, tags)
    # an outlet may be left out; a country that speaks must be listed as a state (the review: "not in found or"
    # let a lost Peru pass)
    assert (name in found or expected == "organisation") and (name not in found or found[name].type == expected)


@pytest.mark.parametrize(("text", "name", "listed"), _CASES, ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(_CASES)])
def test_padding_out_and_principals_in(text: str, name: str, listed: bool) -> None:
    """A body seen only in a title or "the West" is padding; a quoted chief or a story's subject is a principal."""
    assert (name in actors_of(text)) is listed


def test_a_former_official_named_once_for_background_is_no_actor() -> None:
    """A former official named once for what he did years ago is a side name (Audit 46 47.2: five side names)."""
    actors = actors_of(_BACKGROUND_OFFICIAL)
    assert "Mike Stein" in actors and "Tim Harlan" not in actors


@pytest.mark.parametrize(("text", "listed"), [(_QUAKE_READERS, False), (_QUAKE_BORDER, True)],
                         ids=["setting", "closed-border"])
def test_a_headline_country_that_is_the_setting_is_no_actor(text: str, listed: bool) -> None:
    """A country in the headline named half the time "in"/"to" it, asking once through its government, is the
    story's setting (Audit 46 47.2: two places); one that closed a border and banned exports stays."""
    assert ("Peru" in actors_of(text, "Peru quake: families search for relatives")) is listed
