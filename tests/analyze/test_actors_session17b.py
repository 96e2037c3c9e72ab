"""Places typed as people, named speakers missing and the outlet's own reporters (session 17 round 2; Audit 27,
docs/audit.md section 28, patterns 6 and "Key people missing from Actors"). Articles written for these tests.

- A name whose last word is a place head ("Harlan Boulevard", "Fort Wexley", "Fortress Dunmore") is a place, never a
  person, whatever the model tagged it.
- A person's name as the modifier of a government noun ("the Garfield administration") is that person acting.
  Near misses: a person really named Lincoln who acts stays a person; a company named after its founder stays
  an organisation.
- A named person who speaks is an actor even when the article names many background figures.
- The outlet's own correspondent relaying what he saw is no actor; a journalist who is the story stays one.
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


STREET = (
    "Plant workers march over job cuts",
    "Hundreds of workers marched down Harlan Boulevard on Friday to protest against 900 job cuts at the Talbot "
    "rocket plant.\n\nHarlan Boulevard was closed for three hours. \"We built these engines for thirty years,\" "
    "said Dana Ruiz, a welder at the plant. Harlan Boulevard reopened in the evening, police said.\n\nThe company "
    "said the cuts were needed because a government contract had ended.",
)
FORT = (
    "Old fort to become a museum",
    "Fort Wexley, the coastal battery built in 1819, will become a museum, the county council said on Tuesday.\n\n"
    "Fort Wexley held Union prisoners during the Civil War. Fortress Dunmore, across the bay, was sold in 1990. "
    "\"Fort Wexley is our history,\" said councillor Alan Pryce. Fort Wexley will open to visitors next spring.",
)
ADMINISTRATION = (
    "Letters show president's doubts over war plan",
    "Letters found in an attic show that President James Garfield doubted the army's plan. The Garfield "
    "administration had approved the plan in March. Historians said the Garfield administration later dropped it."
    "\n\n\"These letters change what we know,\" said Ruth Okafor, a historian at the state archive.",
)
LINCOLN = (
    "Coach Lincoln leaves club after five seasons",
    "Lincoln, the club's head coach for five seasons, resigned on Monday. Lincoln said he wanted to spend time with "
    "his family. The club thanked Lincoln for two league titles. Lincoln will be replaced by his assistant.",
)
FOUNDER = (
    "Carmody Foods cuts 200 jobs",
    "Carmody Foods will cut 200 jobs at its bakery in Leeds, the company said on Wednesday. Carmody Foods said "
    "demand for bread had fallen. Carmody Foods reported a loss of 12 million pounds last year. \"This is a sad "
    "day,\" said union official Mark Dunn.",
)
SPEAKER = (
    "Oil firm says well cap is holding",
    "The cap on the leaking well is holding, the oil company said on Saturday. Tests will go on for another two "
    "days.\n\nAdmiral Thad Collins, who leads the government's response, said he wanted more data. Collins said "
    "the pressure was lower than expected. Collins said engineers were watching the readings.\n\nPresident "
    "Obama spoke to Collins on Friday. Obama said the news was hopeful. Governor Bobby Jindal visited the coast. "
    "Jindal said fishermen needed help. Senator Mary Landrieu and Senator David Vitter wrote to the company. "
    "Landrieu said the company must pay. Vitter agreed with Landrieu. Interior Secretary Ken Salazar met Landrieu "
    "and Vitter. Salazar praised Jindal. Energy Secretary Steven Chu met Salazar. Chu met Obama.\n\n\"We are "
    "cautiously optimistic,\" said Kent Walls, a vice-president of the company.",
)
REPORTER = (
    "Crowds defy curfew in capital",
    "Thousands of protesters defied a curfew in the capital on Sunday, demanding that the president resign.\n\n"
    "\"The square is packed and the army is not stopping anyone,\" CNN's Nic Robson reported from the square. "
    "Robson said soldiers were letting people through. Opposition leader Hamid Sorour told the crowd to stay "
    "until the president left. \"We will not go home,\" Sorour said.",
)
JOURNALIST_STORY = (
    "Reporter Dan Hale freed after ten days",
    "Dan Hale, a reporter for the Daily Courier, was freed on Monday after ten days in detention. Hale said he "
    "had been kept in a cell without light. \"I was never told why,\" Hale said. The Daily Courier said it was "
    "relieved.",
)


def _not_person(actors: dict[str, ActorInfo], name: str) -> bool:
    return name not in actors or actors[name].type != "person"


def test_street_is_no_person() -> None:
    actors = _actors(*STREET)
    assert _not_person(actors, "Harlan Boulevard")
    assert "Dana Ruiz" in actors


def test_fort_and_fortress_are_no_people() -> None:
    actors = _actors(*FORT)
    assert _not_person(actors, "Fort Wexley")
    assert _not_person(actors, "Fortress Dunmore")
    assert actors["Alan Pryce"].type == "person"


def test_administration_modifier_is_the_person() -> None:
    actors = _actors(*ADMINISTRATION)
    assert "Garfield" not in actors or actors["Garfield"].type == "person"
    garfield = [a for a in actors.values() if "Garfield" in a.name]
    assert garfield and all(a.type == "person" for a in garfield)


def test_person_named_lincoln_stays_a_person() -> None:
    actors = _actors(*LINCOLN)
    assert actors["Lincoln"].type == "person"


def test_company_named_after_founder_stays_an_organisation() -> None:
    actors = _actors(*FOUNDER)
    assert actors["Carmody Foods"].type == "organisation"


def test_named_speaker_is_an_actor() -> None:
    actors = _actors(*SPEAKER)
    assert "Kent Walls" in actors


def test_outlets_correspondent_is_no_actor() -> None:
    actors = _actors(*REPORTER)
    assert "Nic Robson" not in actors
    assert "Hamid Sorour" in actors


def test_journalist_who_is_the_story_stays() -> None:
    actors = _actors(*JOURNALIST_STORY)
    assert "Dan Hale" in actors


# Added after the first score (run on main separately: see the commit message).
TENURE = (
    "How the war ended slavery",
    "The Hayes administration did not set out to end slavery in the South. Hayes's order of 1862 freed the slaves "
    "of rebel owners in the occupied towns. Hayes wrote it himself. Historians still argue about the order.\n\nThe Labour administration "
    "in the county council wrote a history of the camp in 1990.",
)
PRODUCER = (
    "Shares rise as oil falls",
    "Stocks rose on Tuesday as the price of oil fell for a third day.\n\n\"Cheaper oil definitely helped Norvata,\" "
    "said Chris Dale, a strategist at Harbour Bank. Still, Norvata's early gains faded, with the aluminium producer "
    "turning lower after reporting its results late Monday.",
)


def test_tenure_modifier_is_the_leader_and_a_party_stays_a_body() -> None:
    actors = _actors(*TENURE)
    assert actors["Hayes"].type == "person"
    assert "Labour" not in actors or actors["Labour"].type != "person"


def test_company_the_model_tags_a_body_once_is_no_person() -> None:
    actors = _actors(*PRODUCER)
    assert _not_person(actors, "Norvata")
    assert "Chris Dale" in actors
