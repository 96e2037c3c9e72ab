"""Actors, session 35 (issue #11; Audit 51, docs/audit.md section 52.5: key parties missing from the Actors list).

- One body written with a part of its name as initials ("the U.N. Security Council", later "the United Nations
  Security Council") is one actor, not two actors named once each (actor_variants.fold_abbreviated_parts).
- A K/W initialism is a US station's call sign only where the text writes it as a station's ("affiliate KXAN",
  "KXAN-TV"); a party's initials ("the KRF", "WHO") are not struck from Actors as a news outlet
  (actor_sources.media_pattern).
- A body named once, deep in the story, that is the subject of a main clause's act or statement ("the regional
  bloc's council voted to ask", "the Palace says it does not believe") is a party (Audit 51 #3, #5); a body named once
  in passing (the object of "with", a place things happen at) is not.
- A state's organ the attribution stage names as the speaker ("The UK government says") makes its state a
  voice of the story (actor_spokes.spoken_for; Audit 51 #2, #12).
- A leader written family name first (Audit 52 #8, FNC-1 1678): a verb before the name is no thing noun ("State TV
  showed NAME": "show"), a quoted full name whose family word the text uses alone is a person ("no one may be named
  'NAME'"), and each bare family word goes to the person of that word named in full last before it, not all of them
  to one relative named once (actor_kinds.thing_names, actor_amends).
- A title and a given name ("Bishop Yusuf") is the one full-named person the text writes with both ("Bishop
  Yusuf al-Haddad"), not a second actor (actor_variants.fold_titled_given_names; Audit 52 #3).
- The accused of the story's trial ("The trial of Dr NAME is due to start in May. He denies ...") is a principal
  though named once, inside a preposition's phrase (actor_targets.accused; Audit 52 #5).
- A supplier named once as the agent of the main clause's passive verb of supply ("the panels are being sourced
  exclusively from NAME") is a party (actor_spokes.supplier; Audit 50 #11); a participle's agent in passing is not.
- A work's title cut into names ("Falcon V. Hydra: Rise of Empires", written twice) and a thing written "a NAME" ("make
  off with a Stormrider") are no actors (actor_misfits; Audit 52 #11).

All texts and names are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_misfits import indefinite_thing
from newsbrief.analyze.actor_names import Actor, cluster_actors
from newsbrief.analyze.actor_variants import fold_abbreviated_parts
from newsbrief.models import Document, Entity

from .actor_cases import actors_of, doc_of

pytestmark = pytest.mark.slow

_COUNCIL = """Warplanes from a coalition of five states struck air-defence sites in Veldoria on Saturday night.

The strikes came two days after the U.N. Security Council passed a resolution authorising force to protect
civilians in the port city of Marask.

Marask's defenders had pleaded for help for weeks as government columns moved along the coast.

Late last week, the regional bloc voted to ask the United Nations Security Council to impose a no-fly zone, its
secretary general Tomas Verhoen said.
"""


def test_a_body_written_with_initials_and_spelled_out_is_one_actor() -> None:
    names = {a.name: a for a in cluster_actors(doc_of(_COUNCIL))}
    assert "U.N. Security Council" not in names
    council = names["United Nations Security Council"]
    assert len(council.mentions) == 2 and "U.N. Security Council" in council.aliases


def test_the_joined_body_acting_twice_is_listed() -> None:
    listed = actors_of(_COUNCIL)
    assert "United Nations Security Council" in listed  # it passed a resolution; asked again: a party
    assert "U.N. Security Council" not in listed


def _body(name: str, label: str = "ORG") -> Actor:
    return Actor(name, label, [], {name})


@pytest.mark.parametrize(("short", "full"), [
    ("U.N. Security Council", "United Nations Security Council"),
    ("UN Security Council", "United Nations Security Council"),
    ("E.U. Commission", "European Union Commission"),
    ("U.S. Army", "United States Army"),
    ("DoJ inspectors", "Department of Justice inspectors"),
    ("NASA", "US National Aeronautics and Space Administration"),  # a country's name before it (Audit 52 #12)
])
def test_initials_of_a_name_part_join_the_spelled_out_name(short: str, full: str) -> None:
    kept = fold_abbreviated_parts([_body(short), _body(full)])
    assert [a.name for a in kept] == [full] and short in kept[0].aliases


@pytest.mark.parametrize(("one", "two"), [
    ("UN", "United Nations"),  # a bare acronym is the acronym stage's, which needs the article's own tie
    ("UN Security Council", "United Nations General Assembly"),  # the rest differs: two bodies
    ("Korea Times", "Korean Times"),  # a capitalised word is no abbreviation
    ("US Open", "Ultra Sound Institute Open"),  # the initials spell other words
    ("AP", "US Associated Press"),  # two letters after a country are too easily other words' initials
])
def test_other_names_stay_apart(one: str, two: str) -> None:
    assert len(fold_abbreviated_parts([_body(one), _body(two)])) == 2


_MILITIA = """Fighters of the KRF, a Kurdish militia, retook the village of Darbel on Tuesday after a week of shelling.

The KRF said its units had also cut the road to the border crossing, and would hold it until talks resumed.

Government troops withdrew to the town of Selik, residents said. "We heard the trucks leave at dawn," said farmer
Idris Kaya.

The KRF has fought for control of the valley since 2019.
"""

_STATION = """A fire destroyed a warehouse in east Marlow on Monday night, fire officials said.

"The building was fully engulfed when we arrived," fire chief Dana Ruiz told local station KXLM. KXLM said two
firefighters were treated for smoke inhalation.

Ruiz said the cause was not yet known. KXLM reported that the owner, Pell Storage, had been cited for blocked exits
last year. Pell Storage did not respond to requests for comment.
"""


def test_a_partys_k_initials_are_no_call_sign() -> None:
    listed = actors_of(_MILITIA)
    assert "KRF" in listed  # it said, and retook a village: a party, not a station


def test_a_station_the_text_names_as_one_is_an_outlet() -> None:
    listed = actors_of(_STATION)
    assert "Dana Ruiz" in listed
    assert "KXLM" not in listed  # "local station KXLM": the outlet that reported, no party


_SPILL = """Engineers began cutting a damaged pipe on the seabed on Tuesday in a new attempt to stop the leak off Marlow Point.

Rig owner Corvane said the cap might be fitted within 24 hours, but success was not guaranteed. Corvane's shares fell
sharply after the failure of its previous attempt.

"If everything goes well, we could have this contained by Thursday," Corvane operations chief Lena Brandt said.

Divers worked with the Harbour Rescue Trust through the night. The Selby Angling Club, the Marlow Rowing Club and
the Point Sailing Club also sent volunteers to clean the beaches.

But government scientists suggest the cut could release more oil at first, and the Ministry of Coasts says it does
not believe Corvane has been open about the risks.
"""

_FIGURES = """The UK government says the well leaked 4.9 million barrels of oil before it was capped in July.

Rig owner Corvane said the well was now stable. "The well appears to have reached a static condition," Corvane
spokeswoman Mia Lund said.

Corvane has paid 2 billion dollars into a fund for the fishermen.
"""


def test_a_body_named_once_that_states_a_view_in_a_main_clause_is_a_party() -> None:
    listed = actors_of(_SPILL)
    assert "Ministry of Coasts" in listed  # "says it does not believe Corvane has been open": a party's charge
    assert "Harbour Rescue Trust" not in listed  # "worked with" it, in passing
    assert "Selby Angling Club" not in listed  # one of a roll-call that also helped
    assert {"Corvane", "Lena Brandt"} <= set(listed)


def test_a_states_government_speaking_makes_the_state_a_voice() -> None:
    listed = actors_of(_FIGURES)
    assert listed["United Kingdom"].type == "state"  # its government says: a voice, though named once


_LEADER = """The reclusive leader Pak Sung Chol has not been seen in public for more than a month, leading to rumours that
his sister has taken over.

Analysts believe Pak Mi Ran, the youngest of Pak Ho Jin's children, has risen rapidly within the regime.

State TV showed Pak Sung Chol walking with a limp in July at a memorial for his grandfather.

After the leader's vanishing act, health theories have abounded. Pak is said to suffer from gout. State media called
what ails Pak "discomfort" in a September report.

"We don't know whether he's in hospital," said Lena Varga, a professor of Asian studies at Ostend University.

Pak Sung Chol has not missed the party's anniversary since he took power in 2011.
"""

_NAMED = """A leaked document orders officials to make sure no one else in the country is named "Pak Sung-chol".

Those who share the name must change their identity cards and school certificates, it says.

The rule was set up by a directive shortly after the young Pak was made supreme leader in 2011, defector Lena Varga
said. Past leaders' names were banned in the same way, she said.

"There is no doubt the same rule applies for Pak Sung-Chol," Varga said.
"""


def test_the_leader_written_family_name_first_is_listed_with_his_mentions() -> None:
    listed = actors_of(_LEADER)
    leader = listed["Pak Sung Chol"]  # "showed NAME" is no TV show's title
    assert leader.mentions >= 4 and "Pak" in leader.aliases  # his bare "Pak", not his father's
    assert "Pak Ho Jin" not in listed or listed["Pak Ho Jin"].mentions < leader.mentions


def test_a_quoted_name_whose_family_word_is_used_alone_is_a_person() -> None:
    listed = actors_of(_NAMED)
    assert any(name.lower() == "pak sung-chol" for name in listed)


_FILM = """Rumours have spread online that the Stormrider has been stolen from the Falcon V. Hydra: Rise of Empires set in
Toledo. The idea that someone could make off with a Stormrider from the guarded set seems ludicrous, but the local
media are taking the reports seriously.

Channel 8 Toledo notes in its report that police have been asked to look into it. Most sites point to the blog
Reel Gossip as the source of the rumours.

Falcon V. Hydra: Rise of Empires is scheduled to be released in cinemas in March.
"""


def test_a_titles_words_are_no_actors() -> None:
    listed = actors_of(_FILM)
    assert not any(word in name for name in listed for word in ("Hydra", "Rise", "Empires", "Falcon"))


def _tagged(doc: Document, word: str, label: str) -> Actor:
    """An actor of every token ``word`` of ``doc``, tagged ``label`` (as the model tagged "Batmobile" in B1529)."""
    mentions = [Entity(t.text, label, t.start, t.end, next(x.index for x in doc.sentences
                                                         if x.token_start <= t.i < x.token_end), t.i, t.i + 1)
                for t in doc.tokens if t.text == word]
    return Actor(word, label, mentions, {word})


def test_a_body_written_a_name_is_a_thing() -> None:
    doc = doc_of(_FILM)
    assert indefinite_thing(doc, _tagged(doc, "Stormrider", "ORG"))  # "make off with a Stormrider"
    firm = doc_of("A Vantor spokesman said the plant would reopen. Vantor has 300 workers at the site.")
    assert not indefinite_thing(firm, _tagged(firm, "Vantor", "ORG"))  # "a Vantor spokesman": a modifier


_BISHOP = """The church where I met Bishop Yusuf al-Haddad was nearly empty on Sunday.

Bishop Yusuf prides himself on leading the oldest congregation in the city. "We have some fears, no doubt," he said.
"But we do not side with any party."

Father Elias Tomeh, who runs the parish school, said families had started to leave.
"""


def test_a_title_and_given_name_is_the_full_named_person() -> None:
    listed = actors_of(_BISHOP)
    assert listed["Yusuf al-Haddad"].mentions == 2
    assert not any(name in listed for name in ("Yusuf", "Bishop Yusuf"))


_TRIAL = """Jury selection for singer's doctor

People who could sit on the jury in the trial of the singer Amara Bell's personal doctor are being asked unusual
questions to find a fair panel.

"Have you ever considered yourself a fan of Amara Bell?" is question number 97 on a 30-page list.

The trial of Dr Tobias Wren is due to start in early May.

He denies killing Amara Bell with an overdose of a powerful sedative.

Court officials have called nearly 500 people to take part in the selection.
"""


def test_the_accused_named_once_in_a_trials_phrase_is_listed() -> None:
    listed = actors_of(_TRIAL)
    assert "Tobias Wren" in listed


_PANELS = """Orvane is reportedly aiming to sell 50 million of its new smartwatches next year.

The news comes via a report from the trade site Panelwatch, which claims that Orvane has ordered up to five million
screens a month for the watch.

The panels are being sourced exclusively from Daelim, which already supplies Orvane with screens for its phones.

The watch, designed by Halden Studio in 2012, is set to arrive in the first quarter, with prices starting at $349.
"""


def test_the_supplier_of_the_storys_deal_is_a_party() -> None:
    listed = actors_of(_PANELS)
    assert "Daelim" in listed  # "sourced exclusively from Daelim": the other party to the order
    assert "Halden Studio" not in listed  # "designed by" in a participle's aside
