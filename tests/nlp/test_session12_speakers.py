"""Misattribution and entity typing after Audit 14 and the lead's reading (docs/benchmarks.md), on short
texts written for these tests:

1. A pronoun repair picks a referent that agrees in gender and is the nearest compatible antecedent,
   listed actor or not; with none, no repair.
2. A tweet ("X tweeted:", "wrote on Twitter") is its author's.
3. "the statement said" after a named body ("the Pentagon said in a statement") is the body's.
4. "said the <role>" whose holder was named in the sentence before is that person's; a speaker named in
   the same sentence as a two-clause quote keeps it.
5. A quotation continued across sentences, or split around its cue, stays with one speaker.
6. A participle before a name ("Echoing Swift") is not part of a person's name; an outlet or a
   company whose name looks like a person's ("Pro Football Focus") is not a person.
7. The named, central subject of a report is among the actors.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors, cluster_actors
from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_opening
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

# (text, index of the sentence whose opening pronoun is repaired, acceptable results; None: no repair)
REPAIRS: list[tuple[str, int, tuple[str | None, ...]]] = [
    # the subject before is a man (the text says so): "She" is the nearest woman named
    ("Peter Lang took over the club in May, and he has not lost since. Coach Lang praised Anna Berg after the "
     "final on Sunday. She had won six games in a row.", 2, ("[Berg] had won six games in a row.",)),
    ("Robert Hale has sat in the Senate since 2004, when he beat the incumbent. Senator Hale met the nurse Maria "
     "Ortiz at the clinic on Monday. She told him the ward was full.", 2, ("[Ortiz] told him the ward was full.",)),
    # the woman named most recently though not a subject, the man the subject
    ("Defending champion Serena Williams won easily on Friday. Tom Varga said he was tired. Later, Tom Varga "
     "watched Eugenie Bouchard lose in three sets on the outside court. She said she had felt tired all week.", 3,
     ("[Bouchard] said she had felt tired all week.",)),
    # the subject before is no person; the woman meant is untagged where named, tagged elsewhere
    ("So the tournament gets the final it craved: Lind, beaten by Williams last year, against the rising "
     "Canadian Eugenie Bouchard, who had a tougher time of it on the outside court. She held off a spirited "
     "challenge to win in three sets. Later Bouchard hit a double fault.", 1,
     ("[Bouchard] held off a spirited challenge to win in three sets.", None)),
    # no woman named at all: "She" is left alone
    ("Daniel Ruiz, a father of three, was elected in May. Mayor Ruiz opened the bridge on Tuesday. "
     "She said the toll would be lifted next year.", 2, (None,)),
    # "He" after a woman subject and a man named as object
    ("Helen Marsh has sat on the bench for a decade, and she is known for long sentences. Judge Marsh sentenced "
     "Victor Pell to six years on Wednesday. He plans to appeal the sentence.", 2,
     ("[Pell] plans to appeal the sentence.",)),
    # near-misses: the subject agrees, centering keeps it
    ("Finance Minister Ruth Adler presented the budget on Tuesday. She will publish the tax tables next month.", 1,
     ("[Adler] will publish the tax tables next month.",)),
    # two women in the sentence before: since the certainty rule (analyze/openings.py, Audit 16) no name is
    # also right, the item then withheld; centering's choice is kept as an allowed answer
    ("Eugenie Bouchard beat Carla Suarez in two sets on Friday. She will play Maria Lind in the final.", 1,
     ("[Bouchard] will play Maria Lind in the final.", None)),
]

# (text, a piece of the content, speakers that must hold it (any one, as a substring), never)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 2. tweets
    ("The match ended after midnight. Judy Rowe tweeted: \"What a fighter she is, an incredible comeback.\"",
     "incredible comeback", "Judy Rowe", ()),
    ("\"Proud of every one of these players tonight,\" Mark Dale wrote on Twitter after the game.",
     "Proud of every one", "Mark Dale", ()),
    ("Lind later puzzled over a tweet by the coach's mother, Judy Rowe, and said she had no idea who she was. The "
     "tweet was simple - \"Lind is like a tea bag: put her in hot water and you find out how strong she is\" - but "
     "the player looked puzzled.", "like a tea bag", "Judy Rowe", ("Lind", "the player")),
    ("Fans shared Mark Dale's tweet within minutes. The tweet was blunt: \"Worst refereeing I have seen in twenty "
     "years.\"", "Worst refereeing", "Mark Dale", ()),
    ("Coach Ana Petrov wrote on Twitter that the team had earned the win.", "earned the win", "Petrov", ()),
    ("\"I played my best tennis today and I knew I had to be aggressive,\" Sharapova said after the match.",
     "best tennis", "Sharapova", ()),
    # 3. the statement of a named body
    ("The Pentagon said in a statement that it would not comment on specific cases.\n\n\"The detainees are "
     "held lawfully and treated humanely,\" the statement said.", "held lawfully", "Pentagon",
     ("the statement", "statement")),
    ("The Pentagon said in a statement that it would not comment on specific cases. \"The detainees are held "
     "lawfully,\" the statement said. \"They have access to lawyers,\" the statement added.", "access to lawyers",
     "Pentagon", ("the statement", "statement")),
    ("In a statement on Friday, the health ministry said the outbreak was contained. \"No new cases were "
     "reported overnight,\" the statement said.", "No new cases", "ministry", ("the statement", "statement")),
    # near-miss: no author named, the statement keeps it
    ("\"The plant is safe and the leak is contained,\" the statement said.", "leak is contained", "statement", ()),
    # 4. the role holder named before
    ("US Secretary of State Helen Marsh spoke to reporters in Geneva on Monday. \"The violence must stop and he "
     "needs to step aside,\" said the secretary of state.", "violence must stop", "Marsh", ()),
    ("Governor Alan Price visited the flooded town on Sunday. \"We will rebuild every home,\" said the governor.",
     "rebuild every home", "Price", ()),
    ("Secretary of State Helen Marsh said on Thursday: \"The violence must stop and he needs to step aside.\"",
     "violence must stop", "Marsh", ()),
    ("\"The violence must stop,\" Helen Marsh said on Thursday, \"and he needs to step aside.\"", "step aside",
     "Marsh", ()),
    # 5. one line, one speaker
    ("\"We tracked the beast for three days through the swamp,\" Tom Swift told his companion Ned Grant, \"and "
     "we will not stop now.\"", "will not stop now", "Swift", ("Ned Grant", "his companion Ned Grant")),
    ("\"We tracked the beast for three days through the swamp,\" Tom Swift told his companion Ned Grant, \"and "
     "we will not stop now.\"", "tracked the beast", "Swift", ("Ned Grant", "his companion Ned Grant")),
    ("Tom Swift is the hero of the novel. \"With the price of grain rising,\" says Swift's old hunting companion, "
     "\"there is money in it for all of us.\"", "price of grain", "companion", ("Swift", "Tom Swift")),
    ("Tom Swift is the hero of the novel. \"With the price of grain rising,\" says Swift's old hunting companion, "
     "\"there is money in it for all of us.\"", "money in it", "companion", ("Swift", "Tom Swift")),
    ("\"We tracked it for three days,\" said Tom Swift. \"It was the largest animal I had ever seen.\" His "
     "companion, Ned Grant, said nothing.", "largest animal", "Swift", ("Ned Grant",)),
]

# (text, a name that must not be a person actor (exact name), a name that must be an actor of that type)
TYPES: list[tuple[str, str | None, tuple[str, str] | None]] = [
    ("Jonathan Swift mocked the landlords of his day. Echoing Swift, the columnist Mara Dunn said the new tax "
     "punished the poor. Dunn said the council had ignored the tenants.", "Echoing Swift", ("Swift", "person")),
    ("Citing Reuters, the paper said the deal was off. Quoting Lind, the paper added that talks had failed. "
     "Anna Lind said the offer was too low.", "Quoting Lind", ("Lind", "person")),
    ("According to Pro Football Focus, Crabtree was targeted 12 times on Sunday. Crabtree caught seven passes, "
     "and Pro Football Focus gave him its top grade of the week. Coach Jim Harbin said Crabtree had earned it.",
     "Pro Football Focus", ("Pro Football Focus", "organisation")),
    ("According to Football Outsiders, the defence ranks 30th in the league. Coach Jim Harbin said the numbers "
     "were fair. Football Outsiders also rated the kicker poorly.", "Football Outsiders", None),
    # 7. the subject player is an actor
    ("Eugenie Bouchard lost to Carla Suarez 6-2, 6-3 in the third round at Roland Garros on Friday. The fifth "
     "seed had won the junior title here. Bouchard said she would rest before the grass season.", None,
     ("Bouchard", "person")),
    ("The final it craved: Lind, beaten by Williams last year, against the rising Canadian Eugenie Bouchard, who "
     "had a tougher time of it on the outside court. Later Bouchard hit a double fault on match point. Bouchard "
     "has taken just ten games off Lind in three matches. Lind, the seventh seed, won in two hours.", None,
     ("Eugenie Bouchard", "person")),
    ("Eugenie Bouchard was beaten in the quarter-finals on Tuesday. Bouchard, 20, had not dropped a set all "
     "week. \"I just ran out of energy,\" Bouchard said.", None, ("Bouchard", "person")),
]


def _speakers_of(text: str, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source()))
    return [a.speaker for a in attribute(doc).attributions if piece in text[a.content_start : a.content_end]]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "index", "allowed"), REPAIRS, ids=[f"repair{i}" for i in range(len(REPAIRS))])
def test_a_pronoun_is_repaired_only_with_an_agreeing_nearest_referent(
        text: str, index: int, allowed: tuple[str | None, ...]) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert repair_opening(doc, doc.sentences[index], cluster_actors(doc)) in allowed


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_the_named_one(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    speakers = _speakers_of(text, piece)
    if expected is not None:
        assert any(s is not None and expected.lower() in s.lower() for s in speakers), speakers
    assert not any(s is not None and s.strip() in never for s in speakers), speakers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wrong", "right"), TYPES, ids=[f"type{i}" for i in range(len(TYPES))])
def test_actor_names_and_types(text: str, wrong: str | None, right: tuple[str, str] | None) -> None:
    doc = annotate(Article(text=text, source=Source()))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    kinds = {info.name: info.type for info in infos if isinstance(info, ActorInfo)}
    if wrong is not None:
        assert kinds.get(wrong) != "person", kinds
    if right is not None:
        assert any(right[0] in name and kind == right[1] for name, kind in kinds.items()), kinds
