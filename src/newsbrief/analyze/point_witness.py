"""A witness's still scenery and a first-person memory: no lead, whatever the genre reading (reader Audit 37).

Audit 37 read a reporter's first-person dispatch ("I head across to talk to ...", "As we chat, ...") whose first three
key points were its opening scenery ("In some parts of the district the houses are nearly back-to-back", "Their
sheeting is bent and rusted, but they are still standing") while its news (aid has not come, people cannot pay for
food) was in none; it read as an opinion piece, so the dispatch rules (:mod:`newsbrief.analyze.dispatch`, news and
features only) never ran. A first-person test post led with a detail of its set-up ("In the upper-right window is a
live feed from the tuner card.") and the lead's XSum reading (row 122, a former fighter's account) with a middle
memory ("I remember when we used to look for food ...").

- **A witness piece**: the writer's own "I" goes, sees, meets or asks in its opening (dispatch.witnesses), in any
  told genre (news, feature, opinion, analysis).
- **Still scenery** in it: a writer's sentence that says where things are and how they look, with no party, no
  figure and no denial: dispatch.scenery (a position verb, "there is", a place phrase, the writer's steps), or a
  place phrase and a present "be" ("In some parts of X the houses are ...", "In the left window is ..."), or how a
  thing looks or what unnamed people do, in the present ("Their roofs are bent and rusted", "Women are selling
  onions"), with no word of a shortage, a crisis or a trend (dispatch.states_situation).
  The writer's own steps ("I head across to talk to X") are scenery too, whoever they name.
- **A memory**: "I remember when ...", "I still recall ...": background to a first-person account.

Such a sentence weighs SCENERY_FACTOR as a key point and never leads (summary.analyze_summary). Parse-based.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.dispatch import _WITNESS_VERBS, dispatch_point, scenery, states_situation, witnesses
from newsbrief.analyze.point_openings import sets_up
from newsbrief.memo import per_document
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_TOLD = ("news", "feature", "opinion", "analysis")
WITNESS_SHARE = 0.4  # the share of the article in which the writer witnesses (dispatch.WITNESS_OPENING)
WITNESS_MIN = 8  # sentences searched at least (a short post's "Then I found ..." comes after its lede)
SCENERY_FACTOR = 0.05  # below every usable sentence (dispatch.SCENERY_FACTOR, 0.2, still let A1's scenes in)
# A place phrase opening the sentence ("In some parts of X", "In the upper-right window", "Along the road").
_PLACE_PREPS = frozenset("in on at along across under behind beside inside outside near around".split())
_NUMBER = re.compile(r"\d")
LOOKS_REACH = 7  # point_openings.OPENING_REACH: Audit 37 A1's scenery ran over its first seven sentences
# A denial or comparison states a claim, not a scene ("In Valdoria the conflict is no longer simple").
_CLAIM_WORDS = frozenset("not no never longer more less than too".split())
# "I remember when ...", "I still recall how ...", "I will never forget the day ...": the speaker's memory.
_MEMORY = re.compile(r"^(?:I|We) (?:can )?(?:still )?(?:remember|recall|will never forget|never forgot)\b")


@per_document
def _witness_lines(doc: Document) -> bool:
    reach = max(WITNESS_MIN, int(WITNESS_SHARE * len(doc.sentences)))
    return any(witnesses(doc, s) for s in doc.sentences[:reach])


def witness_piece(doc: Document, ctx: Context) -> bool:
    """True when the writer is a witness in the opening of a told piece (see the module docstring)."""
    return ctx.genre in _TOLD and _witness_lines(doc)


def _place_description(doc: Document, sentence: Sentence) -> bool:
    """True for a place phrase opening a present "be" ("In the left window is the live broadcast")."""
    tokens = doc.sentence_tokens(sentence)
    if not tokens or tokens[0].lemma.lower() not in _PLACE_PREPS or tokens[0].pos != "ADP":
        return False
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return root is not None and root.lemma.lower() == "be" and root.tag in ("VBZ", "VBP") \
        and tokens[0].head == root.i


def _looks(doc: Document, sentence: Sentence) -> bool:
    """True for how a thing looks or what unnamed people are doing, in the present: "Their roofs are bent and rusted",
    "The ground is muddy in parts", "Women are selling onions from crates" (a subject that is a common noun)."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    children = [t for t in tokens if t.head == root.i]
    if not any(t.dep == "nsubj" and t.pos == "NOUN" for t in children):
        return False
    if root.lemma.lower() == "be" and root.tag in ("VBZ", "VBP"):
        return any(t.dep == "acomp" and t.tag in ("JJ", "VBN") for t in children)
    return root.tag == "VBG" and any(t.dep == "aux" and t.tag in ("VBZ", "VBP") for t in children)


def _own_step(doc: Document, sentence: Sentence) -> bool:
    """True when the main clause is the writer's own step ("I walk over to talk to Odette"), not a clause inside
    another ("Most people I met believed that ...": what they believed is the sentence's point)."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return root is not None and root.lemma.lower() in _WITNESS_VERBS and any(
        t.head == root.i and t.dep == "nsubj" and t.text in ("I", "We", "we") for t in tokens) \
        and not any(t.head == root.i and t.dep == "ccomp" for t in tokens)


def still_scene(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True for a witness piece's still scenery (see the module docstring)."""
    if not witness_piece(doc, ctx) or _NUMBER.search(sentence.text) or sentence.text.rstrip().endswith("?"):
        return False
    tokens = doc.sentence_tokens(sentence)
    if any(t.dep == "ccomp" for t in tokens):
        return False  # "I have spent a week here, and I have found that people loathe ...": a finding, no scene
    if _own_step(doc, sentence) and ctx.voice_of(sentence.index).voice == "reporter":
        return True  # the writer's steps name whom the writer meets; they tell no news of their own
    if any(t.text.lower() in _CLAIM_WORDS or t.dep == "neg" for t in tokens) or states_situation(doc, sentence):
        return False  # a shortage, a crisis, a trend is the situation the scene shows (dispatch.states_situation)
    # How a thing looks is scenery in the opening only: further down "Blind panic is counter-productive" (a column
    # whose writer sits in a passenger seat, test_mainpoint_audit19's humour column) is the writer's judgement.
    return sets_up(doc, ctx, sentence) and (_place_description(doc, sentence) or scenery(doc, sentence)
                                            or (sentence.index < LOOKS_REACH and _looks(doc, sentence)))


def memory(sentence: Sentence) -> bool:
    """True for a first-person memory ("I remember when ..."): background, no lead."""
    return bool(_MEMORY.match(sentence.text.strip()))


def witness_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, SCENERY_FACTOR for a witness piece's still scenery or a memory, else 1."""
    return [SCENERY_FACTOR if memory(s) or still_scene(doc, ctx, s) else 1.0 for s in doc.sentences]


def witness_lead(doc: Document, ctx: Context, point: Sentence | None, chosen: list[Sentence]) -> Sentence | None:
    """The main point, or when it is a witness's still scenery or a memory the best-scored key point that is neither
    (the scenery's rank says nothing of the news; in article order it would lead again)."""
    if point is None or not (memory(point) or still_scene(doc, ctx, point)):
        return point
    from newsbrief.analyze.point_hooks import weak_lead  # point_hooks imports context, which imports this module
    # A witness's statement of the situation the scene shows (dispatch.dispatch_point: "this community is a few miles
    # from the tonnes of food ... that still have not been distributed", Audit 37 A1) leads when there is one.
    told = dispatch_point(doc, ctx) if not memory(point) else None
    if told is not None and not still_scene(doc, ctx, told) and not weak_lead(told, ctx.genre):
        return told
    return next((s for s in chosen if not memory(s) and not still_scene(doc, ctx, s)
                 and not weak_lead(s, ctx.genre)), None)
