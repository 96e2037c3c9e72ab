"""Actors, session 36 (issue #11; Audit 52, docs/audit.md section 53, and its leftovers).

- A bare family word ("Pak") goes to the person named in full last before it; within one sentence a possessor
  ("Pak Ho Jin's children") ranks below the name it is set in, so a relative named once as a possessor is not
  given the next sentence's "Little Pak" and listed (Audit 52 #8: the dead father kept a row by that word).
- Objects, posts and bodies the model typed as people (Audit 53, docs/audit.md 54.4 pattern 5; actor_objects): a rig
  written "the NAME explosion" and never acting, a post every word of which is a role word, a name set in
  apposition to "a campaign group", and a one-word name that owns a body's director ("NAME's UK executive director").
- Correspondents (the leftover of Audit 51's wish): the outlet's reporter is no actor (Audit 27) unless a party to the
  events or one of the page's principal voices (three statements, Audit 33). A teaser's or an eyewitness line's verb
  ("explains why", "examines how", "has seen") is reporting, and a sign-off's name run on into the outlet's ("NAME BBC
  News, Place") is a reporter's mention, not the subject of the box's first sentence.
- A country whose word the model left untagged inside a sea's name ("the Gulf of Mexico") is no company.
- A body the model tags nowhere that speaks ("The NAME foundation said:") is an actor (actor_objects.speaking_bodies).

All texts and names are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_amends import regroup_surnames
from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_objects import job_title
from newsbrief.analyze.actor_sources import media_pattern, reporter
from newsbrief.analyze.actors import _MEDIA as MEDIA
from newsbrief.models import Document, Entity

from .actor_cases import actors_of, doc_of

pytestmark = pytest.mark.slow


_SISTER = """The reclusive leader Pak Sung Chol has not been seen in public for more than a month, leading to rumours that
his sister has taken over.

Analysts believe 27-year-old Pak Yo Jin, the youngest of Pak Ho Jin's children, has risen rapidly within the regime.
Little Pak reportedly went to the same boarding school as Pak Sung Chol and has held posts in the government.

After the leader's vanishing act, health theories have abounded. Pak is said to suffer from gout.
"""


def _person(doc: Document, name: str, skip: tuple[str, ...] = ()) -> Actor:
    """An actor of every place the words of ``name`` are written in ``doc`` as a whole name (not followed by a
    longer name's next word in ``skip``), tagged a person's as the model did for the Audit 52 input."""
    words = name.split()
    mentions = []
    for token in doc.tokens[: len(doc.tokens) - len(words)]:
        span = doc.tokens[token.i : token.i + len(words)]
        following = doc.tokens[token.i + len(words)].text
        if [t.text for t in span] == words and following not in skip:
            end = span[-1].end + (2 if following == "'s" else 0)  # the model's span keeps the possessive's "'s"
            sentence = next(x.index for x in doc.sentences if x.token_start <= token.i < x.token_end)
            mentions.append(Entity(doc.article.text[token.start : end], "PERSON", token.start, end, sentence,
                                   token.i, token.i + len(words) + (following == "'s")))
    return Actor(name, "PERSON", mentions, {name})


def test_a_bare_family_word_after_a_possessor_is_the_sentences_subject() -> None:
    doc = doc_of(_SISTER)
    leader, sister, father = (_person(doc, n) for n in ("Pak Sung Chol", "Pak Yo Jin", "Pak Ho Jin"))
    bare = _person(doc, "Pak", skip=("Sung", "Yo", "Ho"))
    father.mentions.extend(bare.mentions)  # the clusterer files every bare "Pak" under one of the three
    father.aliases.add("Pak")
    kept = {a.name: a for a in regroup_surnames(doc, [leader, sister, father])}
    assert len(bare.mentions) == 2
    assert sorted(m.sentence_index for m in kept["Pak Yo Jin"].mentions) == [1, 2]  # "Little Pak": the sister
    assert [m.sentence_index for m in kept["Pak Ho Jin"].mentions] == [1]  # the father keeps his one possessor
    assert len(kept["Pak Sung Chol"].mentions) == 3  # "Pak is said to suffer": the leader named last before it


_RIG = """Congressional hearings into the cause of the Deepmoor Horizon explosion opened in Washington on Tuesday.

In its safety plan for Deepmoor Horizon, Norvex claimed it could cope with a spill far bigger than the one it now faces.
The regulator also exempted Norvex from an assessment of Deepmoor Horizon's impact on the coast.

"We were promised the rig was safe," said Representative Alan Pryce, who chairs the committee. For campaigners,
Deepmoor Horizon could be a turning point.
"""

_TRIAL = """The Anna Corvell trial opened in Leeds on Monday, three years after the nurse was dismissed.

Anna Corvell told the court she had been blamed for a colleague's mistake. The hospital trust says she broke its
rules. "We acted properly," said Mark Dale, the trust's lawyer.
"""


def test_a_rig_named_like_a_person_is_no_actor() -> None:
    """'the NAME explosion', 'its plan for NAME', 'NAME could be a turning point': an object, though the model tags
    it a person (Audit 53 #5, 'Deepwater Horizon (person)'); the people and the company stay."""
    listed = actors_of(_RIG)
    assert "Deepmoor Horizon" not in listed
    assert "Alan Pryce" in listed


_REGIME = """Rebel fighters trying to take a key western city faced stiff resistance from Omar Kassem's forces on
Wednesday, a rebel commander said.

The fighters hope to seize the port in their fight to topple the Kassem regime that has ruled the country for decades.
The embassy was closed after the State Department expelled all diplomats loyal to Kassem.

"We are close," said Colonel Idris Farah, a rebel commander.
"""


def test_a_person_written_the_name_trial_stays() -> None:
    """'the NAME trial' is written of a person too: one who speaks ('NAME told the court') stays; so does a ruler
    written only as a modifier and a possessor ('the Kassem regime', 'NAME's forces'), by his surname alone."""
    assert actors_of(_TRIAL)["Anna Corvell"].type == "person"
    assert actors_of(_REGIME)["Omar Kassem"].type == "person"


_GROUP = """Shares in Norvex rose 4% on Monday after the company sealed its leaking well, and a leading campaign group,
Clean Citizen, has ended its call for a boycott of the firm.

"The well is sealed, but the damage is not undone," said Mara Quill, an analyst at Brightwater Securities.

The biggest backer of the boycott, Clean Citizen, is no longer urging drivers to shun Norvex petrol stations.
"""


def test_a_name_apposed_to_a_campaign_group_is_an_organisation() -> None:
    """'a leading campaign group, NAME,' is a body, listed as one (Audit 53 #2, 'Public Citizen (person)')."""
    listed = actors_of(_GROUP)
    assert listed["Clean Citizen"].type == "organisation"
    assert listed["Mara Quill"].type == "person"


_POST = """A senior official of the state works department was dismissed on Thursday for an absence from duty of 25 years.

Works Minister Ravi Mehra directed the dismissal of Executive Engineer (Electrical), P N Sethi, after an inquiry
found the charge proven. "Rules apply to all," Dean King, the minister's spokesman, said.
"""


def _tagged(doc: Document, name: str) -> Actor:
    """``name``'s actor, every place it is written, tagged a person's as the model did for the Audit 53 input."""
    words = name.split()
    mentions = [Entity(name, "PERSON", t.start, doc.tokens[t.i + len(words) - 1].end, 0, t.i, t.i + len(words))
                for t in doc.tokens[: len(doc.tokens) - len(words)]
                if [x.text for x in doc.tokens[t.i : t.i + len(words)]] == words]
    return Actor(name, "PERSON", mentions, {name})


def test_a_post_typed_as_a_person_is_no_actor() -> None:
    """'Executive Engineer (Electrical), NAME': the post, every word a role word, is no one (Audit 53 #10); a person
    named with role words who speaks ('Dean King ... said') is someone."""
    doc = doc_of(_POST)
    post, spokesman = _tagged(doc, "Executive Engineer"), _tagged(doc, "Dean King")
    assert post.mentions and spokesman.mentions
    assert job_title(doc, post, "PERSON", 0, 0)
    assert not job_title(doc, spokesman, "PERSON", 0, 0)


_APPEAL = """A seven-year-old boy who cycled around a park to raise money for Haiti has collected more than 100,000 pounds.

Charlie Dent, from Leeds, cycled five miles around Roundhay Park to raise funds for Kidsaid's earthquake appeal.
Kidsaid thanked him "on behalf of the many children in Haiti".

Sarah Kent, Kidsaid's UK executive director, described the ride as a "little seed" that had grown into something
much bigger.
"""


def test_a_name_that_owns_a_bodys_director_is_an_organisation() -> None:
    """'NAME's UK executive director': the charity, not a person (t17 haiti_bbc 2010-01-25/183, 'Unicef (person)')."""
    listed = actors_of(_APPEAL)
    assert listed["Kidsaid"].type == "organisation"
    assert listed["Sarah Kent"].type == "person"


_CORRESPONDENTS = """The US government has ordered Norvex to give it a plan for sealing its leaking well by Friday.

The BBC's Ann Vale explains why Norvex is being ordered to provide the plan. The order came after engineers saw
seepage near the well, said Admiral Tom Reyes, who leads the response.

Tom Harte BBC News, Kestrel City A convoy of journalists went alone to the coast, where fishermen said the oil had
ruined their catch.

Norvex said it would comply. "We are working around the clock," said Norvex spokesman Paul Mire.
"""


def test_a_correspondents_teaser_makes_no_actor() -> None:
    """'The BBC's NAME explains why ...': the outlet's reporter at work, no party (the rule since Audit 27; session
    36 read 20 correspondents on 21 T17 pages); the admiral and the company stay."""
    listed = actors_of(_CORRESPONDENTS)
    assert "Ann Vale" not in listed
    assert {"Tom Reyes", "Paul Mire", "Norvex"} <= set(listed)


def test_a_correspondents_sign_off_is_a_reporters_mention() -> None:
    """'NAME BBC News, Place A convoy ... went': the sign-off over a report box, the name run on into the outlet's as
    the model tags it on T17 pages; the parse makes it the subject of 'went', which is no act of the reporter's."""
    doc = doc_of(_CORRESPONDENTS)
    start = next(t.i for t in doc.tokens if t.text == "Harte") - 1
    sentence = next(s.index for s in doc.sentences if s.token_start <= start < s.token_end)
    name = "Tom Harte BBC News"
    mention = Entity(name, "PERSON", doc.tokens[start].start, doc.tokens[start + 3].end, sentence, start, start + 4)
    assert reporter(doc, Actor(name, "PERSON", [mention], {name}), False, media_pattern(doc, MEDIA))


_GULF = """Norvex shares rose 3% on Monday on hopes that the oil company will be able to plug the leak in the Gulf of Mexico
earlier than thought.

Norvex said it was now spending $90m a day to contain and clean up the spill in the Gulf of Mexico, bringing its total
bill to $2.4bn.

There was more good news as the National Hurricane Centre said that tropical storm Bella, which is heading towards
Mexico's Caribbean coast, was likely to strike well away from the area where Norvex is trying to stop the leak.
"""


def test_a_country_inside_a_seas_name_is_no_company() -> None:
    """'the Gulf of Mexico' leaves the country's word untagged, which made it a company that acts (t17
    bpoil_guardian 2010-06-28/270, 'Mexico (organisation)'): a country is never one, and here only a setting."""
    listed = actors_of(_GULF)
    assert "Mexico" not in listed or listed["Mexico"].type == "state"
    assert listed["Norvex"].type == "organisation"


_FOUNDATION = """The foundation wants to replace clumsy clean-up methods used after spills. The Q Prize foundation, best known
for a rocket race, has launched a $1.4 million clean-up challenge.

Research teams can register for the competition until April.

The Q Prize foundation said: "The goal of the challenge is to inspire engineers worldwide to find faster ways of
capturing oil."
"""


def test_an_untagged_body_that_speaks_is_an_actor() -> None:
    """'The NAME foundation said: ...', a name the model tags nowhere: the body that launched the prize, listed (t17
    bpoil_bbc 2010-07-29/1728 had no Actors section)."""
    listed = actors_of(_FOUNDATION, "Prize for cleaner seas")
    assert listed["Q Prize foundation"].type == "organisation"
    assert listed["Q Prize foundation"].mentions == 2
