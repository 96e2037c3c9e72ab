"""Coordinated names, columns glued to names, and named speakers under the cap (session 17 round 3; Audit 27,
docs/audit.md section 28.5, and the lead's reading of Newsroom row 13). Articles written for these tests.

- In "A and B and C, <role>," the role is the last name's; every coordinated name is an actor.
- A column's title set above its writer ("Sick Mexico, by <writer>"; "Postcard, <writer>") is no person: the writer
  is, under her own name, and the bare country is never a mention of a person.
- A named speaker introduced by a role noun ("The chief forecaster, <name>, said") is a person who speaks, and a
  live page's clock ("0800 GMT") is no actor.
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


COORDINATED = (
    'Libel trial opens in London',
    'The libel trial of the novelist Arthur Penrose opened in London on Tuesday. Joan Whitcombe and Martin '
    'Ashby and Oliver Grange, deputy editor of the weekly Northern Review, took the stand for the defence. '
    'Grange told the court that the review had checked every claim. Penrose denies the charges. Whitcombe '
    'said she had known the author for twenty years.'
)

HEADLINED = (
    'Flu fears: what the papers say',
    'The papers are full of the outbreak this morning.\n\nSick Mexico, by Jorge Castaneda\n\nCastaneda, a former '
    'minister, writes that Mexico was slow to warn the world. Mexico has reported 150 suspected deaths, and '
    'Mexico has closed its schools. Travellers returning from Mexico are being tested at airports. "Mexico '
    'must tell the truth," Castaneda writes.\n\nThe health minister of Mexico said the outbreak had peaked. Dr '
    'Ellen Marsh, a virologist in London, said the risk to Britain was low.'
)

POSTCARD = (
    'Postcards from the square',
    'Each day a protester sends us a short report from the square.\n\nPostcard, Amany Eid\n\nThe crowd is too '
    'dense to walk in today. The army now keeps the pro-government groups out, and citizens run their own '
    'checkpoints. "We are staying until he goes," Eid told us by phone. Eid, a teacher, has slept in the '
    'square for a week.'
)

LIVE = (
    'Live: floods sweep the Varna valley',
    '-- 0800 GMT: Floodwater has cut the main road through the Varna valley overnight, and Governor Irena '
    'Dobreva has declared an emergency. Dobreva met the army commander, Gen Stefan Marinov, at dawn. Prime '
    "Minister Nikolai Petrov will visit the valley later today, Dobreva's office said.\n\n-- 0815 GMT: Petrov "
    'has cancelled a trip to Brussels. Petrov spoke to Dobreva by phone, his office said. Marinov has sent '
    '400 soldiers to the valley.\n\n-- 0830 GMT: The river crested at 7.2 metres at Lovech overnight, the '
    'highest level since 1957. Engineers from the state water agency are inspecting the Lovech dam.\n\n-- 0845 '
    'GMT: "The dam is holding, but we cannot rule anything out," said Anton Kirov, the chief engineer of the '
    'state water agency.\n\n-- 0900 GMT: Dobreva has ordered the evacuation of six villages below the dam. '
    'Marinov said the army would use helicopters to reach villages cut off by the water.\n\n-- 0920 GMT: '
    'Petrov has landed in Lovech. He was greeted by Dobreva and by the mayor, Boris Angelov. Angelov has '
    "opened the town's schools as shelters.\n\n-- 0945 GMT: In the village of Gara, residents have climbed "
    'onto their roofs. "The water came in ten minutes, we had no time to take anything," said Maria '
    'Stoyanova, a shopkeeper in Gara.\n\n-- 1000 GMT: The European Commission has offered help. Commissioner '
    'Lena Holm said the EU would send pumps and rescue teams.\n\n-- 1015 GMT: Our correspondent in the valley '
    'says the road to Gara is now under two metres of water. Army trucks are turning back.\n\n-- 1030 GMT: '
    'Petrov has promised compensation. Petrov told reporters that no family would be left without a roof. '
    'Dobreva stood beside him.\n\n-- 1045 GMT: The opposition leader, Georgi Vasilev, has criticised the '
    'government for cutting the flood budget in 2019. Vasilev said the dam had not been repaired for a '
    'decade. Vasilev has asked for an inquiry.\n\n-- 1100 GMT: Red Cross volunteers are handing out water and '
    'blankets in Lovech. "We need dry clothes for children more than anything," said Petra Ilieva, who leads '
    'the Red Cross team in Lovech.\n\n-- 1120 GMT: Weather forecasters expect more rain tonight. The chief '
    'forecaster, Dimitar Kolev, said the worst might be over by Sunday.\n\n-- 1140 GMT: Football club Levski '
    "have postponed Saturday's match. Club president Ivan Todorov offered the stadium as a shelter.\n\n-- 1200 "
    'GMT: Marinov says helicopters have lifted 120 people from roofs in Gara. Dobreva thanked the soldiers. '
    'Petrov has left for the capital.\n\n-- 1215 GMT: The singer Vesela Nikolova has cancelled a concert in '
    'Lovech. Nikolova was due to sing on Saturday.\n\n-- 1230 GMT: A spokesman for the protesters outside the '
    'regional office, Kamen Dinev, said residents had warned officials about the dam for years. "Nobody '
    'listened to us," he said.\n\n-- 1245 GMT: Insurance companies say the damage may run to hundreds of '
    'millions. "This is the worst flood we have seen," said Rosen Georgiev, head of the insurers\' '
    'association.\n\n-- 1300 GMT: Dobreva says the evacuation of the six villages is complete. Petrov will '
    'return on Monday.'
)
# Near miss: the apposition follows the first of two names, so it is the first one's.
FIRST_APPOSED = (
    "Inquiry hears from former staff",
    "Ruth Kemp, a retired judge, and Paul Drury gave evidence to the inquiry on Wednesday. Kemp said the board had "
    "ignored the warnings. Drury told the inquiry he had resigned in protest.",
)
# A speaker introduced by a role noun the model does not tag a person.
ROLE_LED = (
    "Storm to reach the coast tonight",
    "A storm will reach the coast tonight, forecasters said. The chief forecaster, Dimitar Kolev, said the worst "
    "might be over by Sunday. A spokesman for the fishermen's union, Kamen Dinev, said boats would stay in port. "
    "\"Nobody will go out tonight,\" he said.",
)


def test_coordinated_names_role_goes_to_the_last() -> None:
    actors = _actors(*COORDINATED)
    assert "deputy editor" in (actors["Oliver Grange"].role or "")
    assert "deputy editor" not in (actors["Joan Whitcombe"].role or "")
    assert "Martin Ashby" in actors


def test_apposition_after_the_first_name_stays_its_own() -> None:
    actors = _actors(*FIRST_APPOSED)
    assert "retired judge" in (actors["Ruth Kemp"].role or "")
    assert actors["Paul Drury"].role is None


def test_column_title_is_no_person() -> None:
    actors = _actors(*HEADLINED)
    assert not any("Sick" in name for name in actors)
    assert actors["Jorge Castaneda"].type == "person"
    assert all(info.type != "person" for name, info in actors.items() if "Mexico" in name)


def test_column_name_glued_to_its_writer() -> None:
    actors = _actors(*POSTCARD)
    assert not any("Postcard" in name for name in actors)
    assert actors["Amany Eid"].type == "person"


def test_role_led_speakers_are_people() -> None:
    actors = _actors(*ROLE_LED)
    assert actors["Dimitar Kolev"].type == "person"
    assert actors["Kamen Dinev"].type == "person"


def test_live_page_keeps_its_speakers_under_the_cap() -> None:
    actors = _actors(*LIVE)
    assert "GMT" not in actors
    assert {"Irena Dobreva", "Nikolai Petrov", "Stefan Marinov", "Georgi Vasilev"} <= set(actors)
    background = {"Boris Angelov", "Vesela Nikolova", "Ivan Todorov"}
    assert not background & set(actors)
