"""Actors, session 29 (issue #11, reader Audits 44-45: "the people the story is about missing"): principals that
never act as grammatical subjects.

- A group or firm the story is about, named again and again but only acted on ("strikes against the group", "the
  regulator fined the firm", "the fine against the firm") is a principal.
- A body named through its inquiry ("the bureau's probe into ...", "the bureau team questioned ...") acts through it.
- States blamed for an act ("the failure was blamed on A and B", "attacked A and B for blocking ...") are parties to
  it, as the states that block are ("after A and B blocked ...").
- A state of a union or a country that the model typed as an organisation is a place: listed only where it acts as a
  government ("Mississippi sued ..."), never as an organisation, and dropped where it is only where things happen.

Near misses that must stay out: a firm named once as an object, a country that is only a setting, a state named as
the scene of a flood, a country a speaker warns. All texts are invented.
"""

from __future__ import annotations

import pytest

from .actor_cases import actors_of
from .test_actors_audit44 import _retagged

_STRIKES = """US-led warplanes carried out new strikes against Kharim Front in northern Iraq on Sunday, officials said.

The strikes against Kharim Front came days after a video released by the group showed the killing of a hostage.

Defence Secretary Mark Ellis said the campaign would go on. "We will not stop," Ellis said.

Analysts said the campaign had pushed Kharim Front out of two towns.
"""

_FINED = """European regulators fined Google on Tuesday for favouring its own shopping service over its rivals.

The fine against Google is the largest ever imposed in a competition case, and rivals welcomed it.

Competition Commissioner Anna Berg said the company had denied rivals a fair chance. "This is illegal," Berg said.

Shares in Google fell 2% after the ruling, and analysts expect the European Commission to watch Google closely.
"""

_PROBE = """The CBI probe into the mining scam has widened to three more states, officials said on Monday.

The CBI team questioned the former minister Ravi Kumar for six hours in Delhi. Kumar denied any wrongdoing.

"I have nothing to hide," Kumar said. The CBI inquiry was ordered by the Supreme Court last year.
"""

_BLAMED = """Peace talks in Geneva collapsed on Friday, and the failure was blamed on Russia and China.

Foreign Secretary Alan Pryce said the sanctions would tighten. "The pressure will grow," Pryce said.

Delegates said the mood was grim. Pryce said the rebels' council would be recognised as a legitimate voice.
"""

_STALLED = """Peace talks in Geneva stalled on Friday after Russia and China blocked a draft resolution.

Foreign Secretary Alan Pryce said the sanctions would tighten. "The pressure will grow," Pryce said.

Delegates said the mood was grim.
"""

_SUED = """Mississippi sued three drug makers on Monday, accusing them of fuelling the opioid crisis.

Attorney General Lynn Fitch said the companies had misled doctors. "They knew," Fitch said.

Mississippi is seeking damages of $500 million. The companies said they would fight the suit.
"""

_FLOODS = """Floods swept through Mississippi on Monday, cutting power to 40,000 homes.

Governor Tate Reeves said crews were working through the night. "We will get through this," Reeves said.

Mississippi has seen three floods in five years. Residents of Mississippi were told to stay indoors.
"""

_SETTING = """Aid workers in Syria said on Monday that food was running out in the besieged town.

Maria Lopez of the Red Cross said convoys had been stopped at the border. "People are starving," Lopez said.

The war in Syria has killed hundreds of thousands. Syria's winter is harsh.
"""

_ONCE = """Shoppers queued overnight in Leeds for the new phone, which went on sale on Friday.

Student Amy Clarke said she had waited nine hours. "It was worth it," Clarke said. She had ordered a case from Amazon.

Clarke said she would sell her old phone.
"""

_WARNED = """Peace talks in Geneva opened on Friday as western ministers pressed for a ceasefire.

Foreign Secretary Alan Pryce warned that Russia should not block the resolution. "Time is short," Pryce said.

Delegates said the mood was grim.
"""

_COMMENTS = """Readers reacted angrily on Monday to the council's plan to close the library on Sundays.

Librarian Jane Moss said the cuts were painful. "We had no choice," Moss said.

One reader blamed the cuts on Brown, and another said the council should sell its offices instead.
"""

_SUED_FIRM = """A group of drivers sued Uber in a California court on Monday, saying they were owed wages.

The lawsuit against Uber seeks $200 million. Lawyer Dana Cole said the drivers had worked long hours unpaid.

"They are employees," Cole said. Analysts said the case could cost Uber dearly.
"""

_DEEP = """Shoppers in Hull queued for hours on Saturday as the new bridge opened to traffic.

Mayor Sam Reid said the bridge would cut journeys by half. "It is a great day," Reid said.

Reid said the council had paid for it with a loan. Some drivers said they would avoid the tolls.

Later, a few protesters picketed Tesco near the bridge. Police asked Tesco for footage, and one man later sued Tesco.
"""

_SEC = """The SEC investigation into Harlow Capital has widened, people familiar with the matter said on Friday.

SEC investigators interviewed the firm's founder, Paul Grant, for two days. Grant denied any wrongdoing.

"We have done nothing wrong," Grant said.
"""

# (text, name, listed): whether the name is among the actors.
_CASES = [
    (_STRIKES, "Kharim Front", True),
    (_FINED, "Google", True),
    (_PROBE, "CBI", True),
    (_BLAMED, "Russia", True),
    (_BLAMED, "China", True),
    (_STALLED, "Russia", True),
    (_STALLED, "China", True),
    (_SUED, "Mississippi", True),
    (_FLOODS, "Mississippi", False),
    (_SETTING, "Syria", False),
    (_ONCE, "Amazon", False),
    (_ONCE, "Leeds", False),
    (_WARNED, "Russia", False),
    (_BLAMED, "Geneva", False),
    (_COMMENTS, "Brown", False),  # a person blamed once in passing: the rule is for states and bodies
    (_SUED_FIRM, "Uber", True),
    (_SEC, "SEC", True),
    (_DEEP, "Tesco", False),  # acted on three times, but only in the last paragraph: no principal
    (_SEC, "Harlow Capital", False),  # named once: precision over recall
]

_FUTURE = """Lawmakers in Ohio met on Tuesday to debate a new data law. Senator Ruth Hale said the bill was overdue.

"It is time," Hale said. Ohio will vote on the measure in May, and Ohio could follow other states.

Hale said the vote would be close.
"""

_SIGNED = """Norway signed a fishing treaty with Iceland on Monday after ten years of talks.

Foreign Minister Eva Dahl said the deal would protect cod stocks. "This is a good day," Dahl said.

Norway will also sign a second treaty in May, officials said.
"""

_DEBATED = """Senator Joan Pike said on Tuesday that the bill would pass. "We have the votes," Pike said.

The United States has debated the measure for years, and the United States Senate will vote on it in May.
"""

# A state acts as one in the story only by an act that happened: what it will or could do is not yet an act, and a
# country the model typed as an organisation at one mention is still a place (Audit 45 46.2: "the United States,
# Louisiana as mere places").
_STATE_CASES = [
    (_FUTURE, "Ohio", False),
    (_DEBATED, "United States", False),
    (_SIGNED, "Norway", True),
    (_SIGNED, "Iceland", False),
]


@pytest.mark.parametrize(("text", "name", "listed"), _CASES, ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(_CASES)])
def test_principals_that_are_not_subjects(text: str, name: str, listed: bool) -> None:
    """A principal acted on, named through its inquiry or blamed is listed; a mere place or a passing name is not."""
    assert (name in actors_of(text)) is listed


@pytest.mark.parametrize(("text", "name", "listed"), _STATE_CASES,
                         ids=[f"{c[1]}-{c[2]}-{i}" for i, c in enumerate(_STATE_CASES)])
def test_a_state_acts_only_by_acts_that_happened(text: str, name: str, listed: bool) -> None:
    """A state listed for what it will do, or for a debate, is a mere place; one that signed stays."""
    assert (name in actors_of(text)) is listed


@pytest.mark.parametrize(("text", "expected"), [(_SUED, "place"), (_FLOODS, None)], ids=["sued", "floods"])
def test_a_state_typed_as_an_organisation_is_a_place(text: str, expected: str | None) -> None:
    """A state of the union the model tagged ORG is listed as a place where it acts as a government, else dropped."""
    found = _retagged(text, {"Mississippi": "ORG"})
    assert (found["Mississippi"].type if "Mississippi" in found else None) == expected
