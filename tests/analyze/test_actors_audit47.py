"""Actors, reader Audit 47 (issue #11; docs/audit.md 48.2 Actors: six wrong types).

- A newspaper or TV channel named as a source ("the daily NAME reported", "NAME television said") typed as a person.
- A blog named "NAME Blog" typed as a person.
- A disease ("infected with NAME", "an outbreak of NAME") typed as an organisation.
- An aircraft or product model ("an NAME jet", "shot down a Turkish NAME") typed as an organisation.
- An all-caps sub-head glued to the next sentence's first word ("NORTHERN AGENCY FOR WATER SAFETY We") as an actor.

Near misses: a person who reported stays a person; a health agency that speaks and a maker of jets that acts stay
organisations; a rebel group with a designation ("the M-17") stays; an all-caps acronym that acts stays. All texts and names are invented.
"""

from __future__ import annotations

import pytest

from .test_actors_audit44 import _retagged

_DAILY = """Gunmen killed four policemen at a checkpoint north of the capital on Sunday, the daily Al-Fajri reported.

The attack was the third this month, Al-Fajri said, citing a police officer. Interior Minister Karim Aziz said the
checkpoint would be reinforced. "We will find those responsible," Aziz said.
"""

_CHANNEL = """Rockets hit a village near the border on Friday, Al-Noor television reported.

No one was hurt, Al-Noor said. Army spokesman Daniel Levin said troops had returned fire. "We acted to protect
residents," Levin said.
"""

_BLOG = """The start-up Brightline apologised on Tuesday for a misleading advert, the Tom Harker Blog reported.

"We got it wrong," said Sara Quinn, Brightline's head of communications, in a statement to the Tom Harker Blog.
Quinn said the advert had been withdrawn.
"""

_DISEASE = """Health officials confirmed two more cases of Varola fever in the east on Monday.

The patients were infected with Varola while caring for relatives, said Dr Anna Berg of the health ministry. An
outbreak of Varola last year killed 40 people. "We are tracing every contact," Berg said.

Varola spreads through bodily fluids. There is no vaccine against Varola.
"""

_AIRCRAFT = """A Falcon X-9 fighter jet crashed into the sea off the coast on Wednesday, the air force said.

The pilot ejected and was rescued. The air force grounded its Falcon X-9 jets pending an inquiry. The ageing Falcon
X-9 aircraft entered service in 1975. Colonel Jan Novak said the cause was not yet known. "We will find out what
happened," Novak said.
"""

_SHOT_DOWN = """Syria shot down a Turkish RF-9 Falcon over the sea on Friday, Turkey's army said.

Two pilots of the RF-9 Falcon are missing. Turkey said the RF-9 Falcon had strayed into Syrian airspace briefly.
Foreign Minister Ali Demir said Turkey would respond. "This will not go unanswered," Demir said.
"""

_REBELS = """The M-17 rebel group seized the town of Baro on Sunday after a week of fighting, the army said.

The M-17 said it would hold the town until talks began. M-17 spokesman Eric Mugabo said the group wanted a ceasefire.
"We are ready to talk," Mugabo said.
"""

_HEADING = """Health officials warned on Friday that the drought could spread disease in the south.

NORTHERN AGENCY FOR WATER SAFETY We advise residents to boil tap water for at least one minute. Officials said the
warning would stay in place for a week. Lena Ford, a spokeswoman for the water board, said tests were under way.
"We are doing all we can," Ford said.
"""

# Near misses
_REPORTER = """Floods cut the main road to the north on Monday, Jane Hollis reported from the valley.

Hollis said hundreds of families had fled. "The water rose in minutes," said farmer Omar Said. Said said his crops
were lost.
"""

_AGENCY_SPEAKS = """The World Health Office said on Monday it would send a team to the east after two cases of Varola
fever.

The World Health Office said the risk of spread was low. "We are ready to help," said Dr Anna Berg of the office.
"""

_MAKER = """Skyward Aero won a $2 billion order for fighter jets from the air force on Tuesday.

Skyward Aero said it would deliver the first jets in 2028. Skyward Aero shares rose 4%. Chief executive Paul Grant
said the order secured 3,000 jobs.
"""

_ACRONYM = """NATO said on Monday it would send more ships to the Baltic after a cable was cut.

NATO will hold exercises in the region next month. Secretary General Jonas Berg said the alliance was ready.
"We will defend every ally," Berg said.
"""

# (text, tags the model gets wrong, name, expected: "absent", "not person", or the type that must be shown)
_CASES = [
    (_DAILY, {"Al-Fajri": "PERSON"}, "Al-Fajri", "not person"),
    (_DAILY, {"Al-Fajri": "PERSON"}, "Karim Aziz", "person"),
    (_CHANNEL, {"Al-Noor": "PERSON"}, "Al-Noor", "not person"),
    (_BLOG, {"Tom Harker Blog": "PERSON"}, "Tom Harker Blog", "not person"),
    (_BLOG, {"Tom Harker Blog": "PERSON"}, "Sara Quinn", "person"),
    (_DISEASE, {"Varola": "ORG"}, "Varola", "absent"),
    (_DISEASE, {"Varola": "ORG"}, "Anna Berg", "person"),
    (_AIRCRAFT, {"Falcon X-9": "ORG"}, "Falcon X-9", "absent"),
    (_AIRCRAFT, {"Falcon X-9": "ORG"}, "Jan Novak", "person"),
    (_SHOT_DOWN, {"RF-9 Falcon": "ORG"}, "RF-9 Falcon", "absent"),
    (_REBELS, {"M-17": "ORG"}, "M-17", "organisation"),
    (_HEADING, {"NORTHERN AGENCY FOR WATER SAFETY We": "ORG"}, "NORTHERN AGENCY FOR WATER SAFETY We", "absent"),
    (_HEADING, {"NORTHERN AGENCY FOR WATER SAFETY We": "ORG"}, "Lena Ford", "person"),
    (_REPORTER, {"Jane Hollis": "PERSON"}, "Jane Hollis", "person"),
    (_AGENCY_SPEAKS, {"World Health Office": "ORG"}, "World Health Office", "organisation"),
    (_MAKER, {"Skyward Aero": "ORG"}, "Skyward Aero", "organisation"),
    (_ACRONYM, {"NATO": "ORG"}, "NATO", "organisation"),
]


@pytest.mark.parametrize(("text", "tags", "name", "expected"), _CASES)
def test_audit47_actor_types(text: str, tags: dict[str, str], name: str, expected: str) -> None:
    actors = _retagged(text, tags)
    if expected == "absent":
        assert name not in actors
    elif expected == "not person":
        assert name not in actors or actors[name].type == "organisation"
    else:
        assert name in actors and actors[name].type == expected


_DISEASE_UNCUED = """Varola has killed 40 people in the east this year, health officials said on Monday.

Dr Anna Berg of the health ministry said Varola was spreading faster than last year. "We are tracing every contact,"
Berg said. Varola has no cure.
"""


def test_a_disease_named_without_a_disease_word_is_no_actor() -> None:
    assert "Varola" not in _retagged(_DISEASE_UNCUED, {"Varola": "ORG"})
