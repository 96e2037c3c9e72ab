"""Regions, split names, hashtags, brands and a body's country prefix (session 17 round 4; Audit 28, docs/audit.md
section 29.4 pattern 5 and 29.5 "Key people missing"). Articles written for these tests.

- A direction and a place ("Upper Egypt", "Northern Kenya") is a place, never a person, and no person takes the
  mentions of the bare place name; a person whose surname is a place word stays a person.
- A name the model split ("Zine El" + "Abidine Ben Ali") is one person, not a fragment ending in a particle.
- A CamelCase hashtag ("MacklemoreJoinedISIS") is no person; the one-word name the story is about is an actor.
- A one-word brand with company cues ("a Durex spokesperson", "the company") is an organisation; a person of
  the same build (a one-word stage name who speaks and is "he") stays a person.
- A body named with and without its country ("U.S. Africa Command", "Africa Command") is one organisation.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _actors(title: str, body: str) -> dict[str, ActorInfo]:
    """The article's actors by name."""
    doc = annotate(Article(text=body, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name: info for info in infos if isinstance(info, ActorInfo)}


REGION = (
    'Unrest spreads south',
    'Protests spread to Upper Egypt on Friday, as crowds gathered in Luxor and Aswan. Egypt has seen ten days of '
    'unrest. Upper Egypt is poorer than the north, and its farmers say Egypt has forgotten them. Egypt\'s army '
    'has kept out of the streets. Officials in Egypt said the curfew would be extended. Egypt\'s president, '
    'Hosni Mubarak, spoke on television. Mubarak said he would not stand again.'
)

SPLIT = (
    'Tunisia after the revolt',
    'A month after the fall of the then-president Zine El Abidine Ben Ali, Tunisia is still unsettled. Ben Ali '
    'fled to Saudi Arabia in January. His rule lasted 23 years. Protesters in Tunis say Ben Ali\'s party must be '
    'dissolved. The interim prime minister, Mohamed Ghannouchi, promised elections within six months. '
    'Ghannouchi said the army would keep order.'
)

HASHTAG = (
    'Rapper mocked by fake tweets',
    'Fake tweets claimed on Monday that the rapper Macklemore had joined a militant group, and the hashtag '
    '#MacklemoreJoinedISIS spread fast. Macklemore is known for his song about thrift shops. Macklemore laughed '
    'off the story on Tuesday. Macklemore said the tweets were silly. Fans who believed the hoax later '
    'apologised. The MacklemoreJoinedISIS tag was trending for a day.'
)

BRAND = (
    'No, that condom is not real',
    'An image of a pumpkin-flavoured Durex condom went around the web this week. A Durex spokesperson said the '
    'product did not exist. Durex\'s condoms come in many flavours, but not this one, the company said. Durex '
    'said the image was a fake. Fans of the drink were disappointed.'
)

STAGE_NAME = (
    'Singer cancels tour',
    'The singer Adele has cancelled the last two nights of her tour. Adele said her voice needed rest. She told '
    'fans she was sorry. Adele will return to the stage next year, her manager said.'
)

PLACE_SURNAME = (
    'Court hears fraud case',
    'The banker Thomas Egypt was charged with fraud on Monday. Egypt, 52, denies the charges. His lawyer said '
    'Egypt would fight the case. Prosecutors say Egypt moved $3 million from clients\' accounts.'
)

COMMAND = (
    'Drone strike in Somalia',
    'U.S. Africa Command said on Sunday it had carried out an air strike near the Somali town of Jilib. Africa '
    'Command said the strike killed four militants and no civilians. The Somali government welcomed the '
    'strike. Africa Command has carried out dozens of such strikes this year, the command said.'
)


def test_direction_and_place_is_a_place_not_a_person() -> None:
    """'Upper Egypt' is no person, and Egypt's mentions go to no person."""
    actors = _actors(*REGION)
    for name, info in actors.items():
        if 'Egypt' in name:
            assert info.type != 'person', (name, info)
    assert 'Hosni Mubarak' in actors


def test_place_surname_stays_a_person() -> None:
    """Near miss: a man whose surname is a place word is a person."""
    actors = _actors(*PLACE_SURNAME)
    assert 'Thomas Egypt' in actors
    assert actors['Thomas Egypt'].type == 'person'


def test_split_name_is_one_person() -> None:
    """No fragment ending in a particle ('Zine El') is listed."""
    actors = _actors(*SPLIT)
    assert not any(name.endswith((' El', ' Al', ' Bin')) for name in actors), sorted(actors)
    assert any('Ben Ali' in name for name in actors), sorted(actors)


def test_hashtag_is_no_person_and_its_subject_is() -> None:
    """The hashtag is dropped and the rapper it names is an actor."""
    actors = _actors(*HASHTAG)
    assert not any('Joined' in name for name in actors), sorted(actors)
    assert 'Macklemore' in actors, sorted(actors)
    assert actors['Macklemore'].type == 'person'


def test_brand_with_company_cues_is_an_organisation() -> None:
    """'Durex' with 'a Durex spokesperson' and 'the company' is an organisation."""
    actors = _actors(*BRAND)
    assert 'Durex' in actors, sorted(actors)
    assert actors['Durex'].type == 'organisation'


def test_one_word_stage_name_stays_a_person() -> None:
    """Near miss: a one-word singer who speaks and is 'she' is a person."""
    actors = _actors(*STAGE_NAME)
    assert 'Adele' in actors, sorted(actors)
    assert actors['Adele'].type == 'person'


def test_country_prefixed_body_is_one_organisation() -> None:
    """'U.S. Africa Command' and 'Africa Command' are one organisation."""
    actors = _actors(*COMMAND)
    commands = [name for name in actors if name.endswith('Africa Command')]
    assert len(commands) == 1, sorted(actors)


TAGGED_NAME = (
    'Senator answers critics online',
    'Senator Joan Harlow answered her critics on Monday. Supporters posted under #Harlow, and Harlow said the '
    'attacks were unfair. Harlow told reporters she would stand again in 2026.'
)


def test_split_name_joins_its_whole() -> None:
    """The fragments of 'Zine El Abidine Ben Ali' are one person with the bare 'Ben Ali' mentions."""
    actors = _actors(*SPLIT)
    assert 'Zine El Abidine Ben Ali' in actors, sorted(actors)
    assert actors['Zine El Abidine Ben Ali'].mentions >= 3


def test_name_also_written_as_a_tag_stays_a_person() -> None:
    """Near miss: '#Harlow' beside 'Harlow said' is no hashtag actor; the senator is a person."""
    actors = _actors(*TAGGED_NAME)
    assert 'Joan Harlow' in actors, sorted(actors)
    assert actors['Joan Harlow'].type == 'person'
