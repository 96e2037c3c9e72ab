"""Lines of a report that tell no event and no claim: colour and background that displace the news (issue #11).

A key point should carry what happened or what someone says happened. Reader Audit 51 deleted two kinds of lines that
the lead-based prior ranked second, both in the writer's own voice and both free of any act:

- **A scene.** "Sitting in a Lebanese restaurant in the heart of the Arab community ..., all eyes were fixed on a
  television screen in the corner of the room" (#7, a reactions round-up, KP2). The sentence opens on a frame of
  posture or place (a participle: "Sitting in ...", "Gathered around ...", "Huddled outside ...") and its main clause
  only describes a state: a passive with no agent ("were fixed"), a copula ("was"), or a verb of position ("hung",
  "stood"), whose subject is a common noun that names nobody ("all eyes", "the room", "a banner"). Nobody acts in the
  main clause, so there is no event to report; the event is elsewhere in the piece.
- **How something works.** "In the procedure, special drilling fluid known as mud is pumped into the well, forcing
  the oil back down" (#2, KP2). An explanation is told in the generic present: the main verb is a simple present
  (active "flows" or passive "is pumped", never the perfect "has been pumped" or the progressive "is being
  pumped", which tell what is happening now) of a verb of action (a verb of state in the present, "Uncertainty
  abounds", "aid agencies are involved", tells how things stand today: news), its subject is a generic noun phrase
  (a bare noun or "a"/"an": "special drilling fluid", "a valve"; never "the well", a name or a pronoun), and nothing
  anchors it in time (no date, no "now"). What a procedure, a disease or a law generally does is background, not
  the news of the day.
- **A hope the story dashed.** "She thought Friday would be her last day on the streets" (#7, KP4): the writer tells
  what a person thought, hoped or expected would happen (a past verb of mind with a "would" or "could" clause). A
  private expectation is colour for the reaction that follows; what the person said is the reaction itself ("told
  CNN he was bitterly disappointed" keeps its place: it is a report of speech).

- **A passer-by's words.** '"We want (the president) to leave," said one 19-year-old man hours after the protests'
  (session 36's labelled set, a report's KP3). A private person the writer picked from a crowd ("one man", "a
  woman", "a resident of the camp") speaking of themselves ("I", "we") gives the mood of the day, not its news;
  an official, a source or a witness told what they know (nlp.speech.UNNAMED_NOUNS covers both: only the private
  kinds count here, :data:`_PRIVATE`).

A scene, a hope and a passer-by's words weigh SCENE_FACTOR as a key point, an explanation EVENTLESS_FACTOR (the lede
never: a report's first sentence is its news by the lead prior, and a feature's scene lede is :mod:`point_scenes`'s
business). A quoted line is someone's words, not the writer's description, and is left alone; so is any line
carrying a figure or a date, which report something (a passer-by's quotation aside).

Parse-based (dependency labels, tags, entity types); the word lists are closed grammatical classes (verbs of
posture, verbs of mind, time adverbs), not the words of one article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.dispatch import SCENERY_FACTOR
from newsbrief.models import Document, Sentence, Token

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

__all__ = ["EVENTLESS_FACTOR", "SCENE_FACTOR", "eventless", "eventless_factors", "passerby"]

# An explanation falls below the report's statements and stays above its last resorts (the -10 lines): Audit 51 #2's
# scored 0.82 against 0.65 and 0.55 for the two statements after it, so half its weight puts it below them.
EVENTLESS_FACTOR = 0.5
# A scene and a dashed hope are scenery, weighed as a dispatch's scenery is (dispatch.SCENERY_FACTOR, 0.2): a key
# point only when nothing else is left. Half was not enough: Audit 51 #7's scene (0.76, the second sentence) kept
# KP2 at 0.38, since the lead prior puts every statement past the twelfth sentence below 0.2.
SCENE_FACTOR = SCENERY_FACTOR

_QUOTES = "\"“”'‘’"
# Verbs of posture and position a scene's frame opens on ("Sitting in a restaurant, ...") or its main clause uses.
_POSTURE = frozenset("sit stand lie hang gather huddle crowd cluster perch crouch kneel lean line pack wait "
                     "squeeze cram".split())
# Verbs of mind whose "would" clause tells an expectation, not a statement ("She thought Friday would be ...").
_MIND = frozenset("think hope expect imagine dream assume believe wish suppose figure".split())
_REPORTING = frozenset("say tell announce report claim confirm state add accord insist deny warn write "
                       "explain describe admit".split())
_AGENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_TIMED = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Adverbs that anchor a present in the day's news ("is now pumped", "currently").
_NOW = frozenset("now currently today tonight still already yet again".split())
_PRESENT = frozenset({"VBZ", "VBP"})
# Verbs of state: their simple present tells how things stand now ("Uncertainty abounds", "aid agencies are
# involved"), which is news; a verb of action in the simple present ("fluid is pumped into the well") tells what is
# done in general, which is how something works (FNC-1 and T17 lines read while setting this rule).
_STATIVE = frozenset("be have remain seem appear stay exist abound belong contain consist include involve mean need "
                     "want know like matter depend lack own deserve cost weigh equal resemble concern suppose "
                     "continue face hold stand sit lie".split())
# A present passive of a plan is news to come ("experts are expected to testify", "engineers are set to measure"),
# not how something works (T17 lines read while setting this rule).
_PLANNED = frozenset("expect set schedule plan slate due poise".split())
_GENERIC_DETS = frozenset({"a", "an"})


def _root(tokens: tuple[Token, ...]) -> Token | None:
    roots = [t for t in tokens if t.dep == "ROOT"]
    return roots[0] if len(roots) == 1 and roots[0].pos in ("VERB", "AUX") else None


def _children(tokens: tuple[Token, ...], head: Token) -> list[Token]:
    return [t for t in tokens if t.head == head.i and t.i != head.i]


def _plain_subject(tokens: tuple[Token, ...], root: Token) -> Token | None:
    """The root's subject when it is a common noun naming nobody (no name, entity or number below it), else None."""
    subject = next((t for t in _children(tokens, root) if t.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos != "NOUN":
        return None
    # Its modifiers ("all eyes", "supporters of X"); an apposition or a clause the parser hung on it is no part of
    # what it names ("all eyes ...; the change in mood palpable ... as President Mubarak made ...").
    spans = [(subject.left, subject.i)] + [(t.left, t.right) for t in _children(tokens, subject) if t.dep == "prep"]
    below = [t for t in tokens if any(a <= t.i <= b for a, b in spans)]
    if any(t.pos == "PROPN" or t.ent_type in _AGENTS or t.ent_type in _TIMED or t.like_num for t in below):
        return None
    return subject


def _scene(tokens: tuple[Token, ...]) -> bool:
    """A posture frame opening the sentence, and a clause on it that only describes a state (see the docstring). The
    clause is the frame's head, which the parser may not make the root when a second clause follows a semicolon
    ("all eyes were fixed on the screen; the room went quiet")."""
    frame = next((t for t in tokens if t.pos not in ("CCONJ", "ADV", "PUNCT")), None)
    if frame is None or frame.dep != "advcl" or frame.tag not in ("VBG", "VBN") \
            or frame.lemma.lower() not in _POSTURE:
        return False
    verb = next((t for t in tokens if t.i == frame.head and t.pos in ("VERB", "AUX")), None)
    subject = _plain_subject(tokens, verb) if verb is not None else None
    if verb is None or subject is None or frame.i > subject.i:
        return False
    kids = _children(tokens, verb)
    passive = any(t.dep == "auxpass" for t in kids) and not any(t.dep == "agent" for t in kids)
    stative = passive or verb.lemma.lower() in _POSTURE or verb.lemma.lower() == "be"
    return stative and not any(t.dep == "dobj" for t in kids)


def _explanation(tokens: tuple[Token, ...], root: Token) -> bool:
    """A generic present with a generic subject and no anchor in time (see the docstring)."""
    kids = _children(tokens, root)
    auxes = [t for t in kids if t.dep in ("aux", "auxpass")]
    if root.tag in _PRESENT:
        present = not auxes
    else:  # "is pumped": a present passive, never "has been pumped" or "is being pumped"
        present = root.tag == "VBN" and len(auxes) == 1 and auxes[0].dep == "auxpass" and auxes[0].tag in _PRESENT
    subject = _plain_subject(tokens, root)
    if not present or root.lemma.lower() in _STATIVE | _PLANNED or subject is None:
        return False
    if subject.tag == "NNS" and root.tag == "VBP" and not auxes:
        return False  # "Residents fear more floods": a bare plural with an active present is the news of a group
    dets = [t for t in _children(tokens, subject) if t.dep in ("det", "poss")]
    generic = all(t.dep == "det" and t.text.lower() in _GENERIC_DETS for t in dets)
    return generic and not any(t.lemma.lower() in _NOW for t in tokens)


def _dashed_hope(tokens: tuple[Token, ...], root: Token) -> bool:
    """A past verb of mind over a "would"/"could" clause, said of a person by the writer (see the docstring)."""
    if root.lemma.lower() not in _MIND or root.tag != "VBD":
        return False
    subject = next((t for t in _children(tokens, root) if t.dep == "nsubj"), None)
    if subject is None or not (subject.ent_type == "PERSON" or subject.text.lower() in ("he", "she", "they")):
        return False
    clause = next((t for t in _children(tokens, root) if t.dep == "ccomp"), None)
    if clause is None or not any(t.head == clause.i and t.tag == "MD" and t.lemma.lower() in ("would", "could")
                                 for t in tokens):
        return False
    # "He thought he'd try an experiment" is a decision, the story's own act: the hope is about something else.
    inner = next((t for t in _children(tokens, clause) if t.dep in ("nsubj", "nsubjpass")), None)
    return inner is None or (inner.text.lower() != subject.text.lower()
                             and not (inner.pos == "PRON" and subject.ent_type == "PERSON"))


def eventless(doc: Document, ctx: Context, sentence: Sentence) -> float:
    """The key-point factor of the writer's line that tells no event and no claim: SCENE_FACTOR for a scene or a
    person's dashed hope, EVENTLESS_FACTOR for an explanation in the generic present (see the module docstring); 1
    for any other line, and always for the lede, a quotation or a line with a figure or a date."""
    text = sentence.text.strip()
    if sentence.index == 0 or ctx.voice_of(sentence.index).voice not in ("reporter", "person") \
            or any(q in text for q in _QUOTES if q not in "'’") or text.endswith("?"):
        return 1.0
    tokens = doc.sentence_tokens(sentence)
    root = _root(tokens)
    if root is None or any(t.lemma.lower() in _REPORTING for t in tokens):
        return 1.0
    if _dashed_hope(tokens, root):  # the day hoped for is inside the hope ("thought Friday would be ...")
        return SCENE_FACTOR
    # A person's line that is no hope is theirs to judge; a date or a figure reports something.
    if ctx.voice_of(sentence.index).voice != "reporter" or any(t.ent_type in _TIMED for t in tokens):
        return 1.0
    return SCENE_FACTOR if _scene(tokens) else EVENTLESS_FACTOR if _explanation(tokens, root) else 1.0


# Private persons a reporter quotes from a crowd (a closed class of kinds of people by age, sex, family, place or
# presence; a witness, a survivor or a victim tells what happened and is left out), and "a 19-year-old".
_PRIVATE = frozenset("man men woman women boy girl teenager youth resident residents villager villagers local "
                     "locals protester protesters demonstrator demonstrators shopper shoppers fan fans mother father "
                     "parent parents neighbour neighbor passer-by onlooker onlookers student students driver "
                     "passenger commuter customer worker".split())
# The speaker's head noun is looked for in its first words: "one man", "a resident of the camp", "one 19-year-old man
# hours after the march" (the speaker as attribution gives it, a time phrase run on at times, its "one" dropped).
_DETERMINERS = frozenset({"one", "a", "an", "another"})
PICKED_WORDS = 4
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|[Mm]y|[Ww]e|[Ww]e're|[Ww]e’re|us|[Oo]ur)\b")
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def passerby(ctx: Context, sentence: Sentence) -> bool:
    """True for a quotation of a private person picked from a crowd, speaking of themselves (see the docstring)."""
    voice = ctx.voice_of(sentence.index)
    words = (voice.speaker or "").split() if voice.voice == "unnamed" else []
    words = words[1:] if words and words[0].lower() in _DETERMINERS else words
    if any(w[:1].isupper() for w in words[:PICKED_WORDS]) \
            or not any(w.lower() in _PRIVATE or w.lower().endswith("-old") for w in words[:PICKED_WORDS]):
        return False  # a name ("one protester, Ana Ruiz") or no private person
    return any(_FIRST_PERSON.search(quoted) for quoted in _QUOTED.findall(sentence.text))


def eventless_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, the key-point factor for a line that tells no event and no claim (:func:`eventless`), or that
    quotes a passer-by (:func:`passerby`)."""
    return [SCENE_FACTOR if passerby(ctx, s) else eventless(doc, ctx, s) for s in doc.sentences]
