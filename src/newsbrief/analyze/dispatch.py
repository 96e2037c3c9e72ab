"""Feature shapes: eyewitness dispatches and profiles.

A **profile** tells one person's life (see PROFILE_SUBJECT_SHARE; split from :mod:`newsbrief.analyze.genre`).

In an **eyewitness dispatch** scenery is not the point, the writer's statement of the situation is.

A correspondent's dispatch ("I walked through the camp ...", "Here in Port-au-Prince ...") opens on what
the writer sees: a sign, a banner, a boat left by the flood. Its point is the sentence that says what
the scene shows, in general terms: how many people, what is short, what is growing ("Tens of thousands
of survivors are crammed into makeshift camps, short of water"; reader Audit 14: the three key points of
such a piece were all scenery and its point was nowhere in the brief).

- **A dispatch**: the writer is a witness in the opening (first person with a verb of going, seeing or
  meeting, or someone showing or telling "me" something), or the piece opens "Here in ...". The writer's
  "I" there is no stance: such a piece is a feature, not an opinion piece.
- **Scenery**: a sentence in the writer's own voice that places a thing (an existential "There is a
  sign ...", a position verb "A boat lies ...", an inverted "Painted on a wall are ...", an opening place
  phrase "Further along, ...") or tells the writer's own steps.
- **The situation**: a sentence in the writer's voice, without "I", that counts people or speaks of a
  shortage, a crisis or a trend, a decline or a boom.

Parse-based (dependency labels and part-of-speech tags) plus two small word lists.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from newsbrief.analyze.point_pages import act_weight
from newsbrief.models import Document, Sentence, Token

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# The writer's own steps and sight: verbs a witness uses of himself ("I walked", "I could see").
# ... and the writer's own morning before the news (reader Audit 24's dispatch: "I quickly dressed, grabbed my
# helmet and drove ...", "We waited by the checkpoint"), told by the writer or the crew ("we").
_WITNESS_VERBS = frozenset("wake walk arrive see watch stand meet visit drive travel reach hear find follow speak talk "
                           "ask count pass go come climb enter spend wait sit stop look notice fly cross "
                           "return join stay dress grab pack rush hurry head set rise leave".split())
# The crew's "we" moves and waits ("We waited by the checkpoint", "we drove on"); a columnist's "we" sees and finds
# ("as we have seen"), so "we" counts only with these.
_CREW_VERBS = frozenset("wake walk arrive drive travel reach climb enter wait fly cross return dress grab pack rush "
                        "hurry head leave land touch".split())
# A first-person sentence opening on the clock ("At 4:30 a.m. the phone rang in my hotel room") or the writer's
# state as its subject ("my hopes were dashed") sets the writer's scene, not the news.
_CLOCK_OPENING = re.compile(r"^(?:At|By|Just (?:before|after)|Shortly (?:before|after)) (?:\d{1,2}(?:[:.]\d\d)? ?"
                            r"(?:a\.m\.|p\.m\.|am|pm|o'clock)|dawn|daybreak|sunrise|first light|midnight)", re.I)
_MINE = frozenset({"my", "My", "our", "Our"})
_QUOTE_MARK = re.compile(r"[\"“”]|``|''")
# Someone shows, tells or leads the writer ("showed me", "told me", "waved me past").
# ... and a source's last message to the writer ("The last message Karim sent me", Audit 26's tribute).
_TO_WRITER_VERBS = frozenset("show tell lead take guide wave greet point usher walk drive invite send write "
                             "text call".split())
_WRITERS_WE = re.compile(r"(?<![\"“])\b(?:[Ww]e|[Oo]ur|us)\b(?![^\"”]*[\"”])")
_HERE_OPENING = re.compile(r"^(?:Here|Out here|Back here) (?:in|at|on)\b")
# The witness without "I": a general "you see them queuing for water", "they say here", "people here".
_WITNESS_WORDS = re.compile(r"\b[Yy]ou (?:can |could )?(?:see|hear|smell|pass|notice)\b|\b(?:say|says|said) here\b|"
                            r"\b(?:[Pp]eople|[Ff]amilies|[Rr]esidents|[Ee]veryone|[Nn]obody) here\b")
# A place phrase opening a sentence sets a scene ("Further along, ...", "On the bridge, ...").
_PLACE_OPENING = re.compile(r"^(?:Further (?:along|on|up|down)|Outside|Inside|Nearby|Across the \w+|Down the \w+|"
                            r"Up the \w+|Beside|Behind|Next door|On the (?:bridge|road|street|corner|hill)\w*|"
                            r"Here (?:in|at|on)|Around the corner)\b")
# Things lying, hanging and standing about: position verbs of a scene.
_POSITION_VERBS = frozenset("lie hang stand sit tower dangle lean perch loom stretch line flutter rest".split())
# The situation in general terms: a shortage, a crisis, a trend ("libraries are disappearing", session 29: an
# essay's claim read as a scene), people driven out.
_SITUATION = re.compile(
    r"\b(?:crisis|crises|shortages?|short of|running out|run out|ran out|scarce|starv\w+|hunger|famine|"
    r"homeless|displaced|fled|emptied|stranded|crammed|overwhelm\w*|stretched|cut off|growing|worsening|"
    r"spreading|rising|mounting|disappearing|vanishing|shrinking|dwindling|declining|by the day|tens of thousands|"
    r"hundreds of thousands|thousands of|dozens of|"
    r"little hope|no hope|unless|collapse\w*|desperate|dire|aid|relief|supplies|"
    # ... or a change the other way: a feature's nut graf after its scene ("A newfound freedom of expression has
    # sparked an explosion in revolutionary music and art", Audit 50 #6, whose point was the hallway scenery).
    # "explosion" and "sparked" alone are a blast and any cause ("the Deepwater Horizon explosion", "sparked
    # protests"): only the growth sense counts, "an explosion in/of" something that is no named place ("an
    # explosion in revolutionary music", not "an explosion in Kabul" or "in the mine").
    r"newfound|upsurge|surge|surged|surging|flourish\w*|blossom\w*|renaissance|unleashed)\b|"
    r"\bexplosion (?:in|of) (?!the |a |an |this |that |its |their |his |her |(?-i:[A-Z0-9]))\w", re.I)
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
# A death told in the writer's voice ("On Thursday Karim was killed when a shell hit ...") is a first-person
# tribute's news, as an official act is a dispatch's (Audit 26's tribute led with its hook, a tweet).
_DEATH = re.compile(r"\b(?:was|were|has been|have been) (?:killed|shot dead|murdered)\b|\b(?:died|was found dead)\b")
WITNESS_OPENING = 0.4  # the share of the article in which the writer's witness sentences make a dispatch
POINT_REACH = 0.75
# An official act (point_pages.act_weight: 1, or 2 for deaths and a government's change) outweighs two
# situation words: set on the travel stories of tests/analyze/test_points_pages.py.
DISPATCH_ACT_BONUS = 2.0  # the share of the article searched for the statement of the situation
DEATH_WEIGHT = 1.0  # a death weighs as an official act (act_weight's 1): set on Audit 26's tribute


def _first_person(doc: Document, sentence: Sentence) -> bool:
    return any(t.text in ("I", "me", "my", "My", "Me") for t in doc.sentence_tokens(sentence))


def _witness_verb(tokens: list[Token], verb: Token, verbs: frozenset[str]) -> bool:
    """True when the verb, or one joined to it ("dressed, grabbed ... and drove"), is one of ``verbs``."""
    return verb.lemma.lower() in verbs or any(
        t.dep == "conj" and t.head == verb.i and t.lemma.lower() in verbs for t in tokens)


def witnesses(doc: Document, sentence: Sentence) -> bool:
    """True when the writer's "I" or "me" in the sentence is a witness's (see _WITNESS_VERBS, _TO_WRITER_VERBS)."""
    tokens = list(doc.sentence_tokens(sentence))
    by_index = {t.i: t for t in tokens}
    quoted = bool(_QUOTE_MARK.search(sentence.text))
    for token in tokens:
        head = by_index.get(token.head)
        if head is None:
            continue
        if token.dep == "nsubj" and ((token.text == "I" and _witness_verb(tokens, head, _WITNESS_VERBS)) or (
                token.text in ("We", "we") and not quoted and _witness_verb(tokens, head, _CREW_VERBS))):
            return True  # a "we" in quotation marks is a speaker's group, not the writer's crew
        if token.text in ("me", "Me") and token.dep in ("dobj", "dative", "iobj") \
                and head.lemma.lower() in _TO_WRITER_VERBS:
            return True
        if token.text in ("my", "My") and token.dep == "poss" and head.lemma.lower() in ("guide", "driver",
                                                                                       "interpreter", "host"):
            return True
        if token.text in ("our", "Our") and token.dep == "poss" and head.dep == "nsubj" and not quoted \
                and _witness_verb(tokens, by_index.get(head.head, head), _CREW_VERBS):
            return True  # "when our plane touched down" (Audit 26's dispatch): the crew arriving
    return False


def _newsroom_our(doc: Document, sentence: Sentence) -> bool:
    """True when every "we", "our" or "us" of the sentence is the newsroom's naming a colleague ("he was our eyes in
    Halbar", "our man in X"; Audit 26's tribute): no columnist speaking for "we, the commuters"."""
    ours = [t for t in doc.sentence_tokens(sentence) if t.text.lower() in ("we", "our", "us")]
    by_index = {t.i: t for t in doc.sentence_tokens(sentence)}
    return bool(ours) and all(t.text.lower() == "our" and t.dep == "poss" and t.head in by_index
                              and by_index[t.head].dep in ("attr", "appos") for t in ours)


def is_dispatch(doc: Document, ctx: Context) -> bool:
    """True when the writer is a witness in the opening (see the module docstring)."""
    if not doc.sentences:
        return False
    if _HERE_OPENING.match(doc.sentences[0].text):
        return True
    reach = max(3, int(WITNESS_OPENING * len(doc.sentences)))
    own = [s for s in doc.sentences[:reach] if ctx.voice_of(s.index).voice == "reporter"]
    if any(_WRITERS_WE.search(s.text) and not witnesses(doc, s) and not _newsroom_our(doc, s) for s in own):
        return False  # a columnist speaking for "we, the commuters" argues (reader Audit 10's op-ed)
    return any(ctx.voice_of(s.index).voice == "reporter" and (witnesses(doc, s) or _WITNESS_WORDS.search(s.text))
               for s in doc.sentences[:reach])


def scenery(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence places things in a scene or tells the writer's own steps."""
    text = sentence.text
    if _PLACE_OPENING.match(text) or witnesses(doc, sentence) \
            or (_CLOCK_OPENING.match(text) and _first_person(doc, sentence)):
        return True
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    # The root's own clause or one joined to it ("Again, my hopes were dashed: the caller said ...").
    clauses = {root.i} | {t.i for t in tokens if t.head == root.i and t.dep in ("ccomp", "parataxis", "conj")}
    subjects = {t.i for t in tokens if t.head in clauses and t.dep in ("nsubj", "nsubjpass")}
    if any(t.text in _MINE and t.dep == "poss" and t.head in subjects for t in tokens):
        return True  # "my hopes were dashed": the writer's state as the subject
    if any(t.dep == "expl" and t.head == root.i for t in tokens):
        return True  # "There is a sign hanging over the road"
    if root.lemma.lower() in _POSITION_VERBS:
        return True  # "A boat lies on its side", "A billboard towers over the shed"
    # "Painted on a broken wall are the words ...": the sentence opens on a participle or a place, and its
    # subject follows the verb.
    first = tokens[0] if tokens else None
    subject = next((t for t in tokens if t.dep in ("nsubj", "nsubjpass") and t.head == root.i), None)
    return first is not None and first.tag == "VBN" and subject is not None and subject.i > root.i


def states_situation(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence states the situation in general terms (see _SITUATION)."""
    return bool(_SITUATION.search(sentence.text)) and not _first_person(doc, sentence) \
        and not scenery(doc, sentence)


def dispatch_point(doc: Document, ctx: Context) -> Sentence | None:
    """A dispatch's statement of the situation: the writer's sentence in the first POINT_REACH of the article
    with the most situation words, counts and centrality; None when no sentence states one.

    An official act told in the dispatch ("The foreign ministry has told all travellers to stay inside their
    hotels", "Airlines are offering free rebooking") is its news, whoever the attribution stage gives it to
    ("has told" reads as a report of speech): reader Audit 16's travel story kept it in Analysis."""
    best: tuple[float, Sentence] | None = None
    for sentence in doc.sentences[: max(3, int(POINT_REACH * len(doc.sentences)))]:
        act = (act_weight(doc, sentence) or DEATH_WEIGHT * bool(_DEATH.search(sentence.text))) \
            if not _first_person(doc, sentence) else 0.0
        if (ctx.voice_of(sentence.index).voice != "reporter" and not act) or sentence.text[:1] in "\"“'‘" \
                or not (act or states_situation(doc, sentence)) or not 5 <= len(sentence.text.split()) <= 60:
            continue
        score = len(_SITUATION.findall(sentence.text)) + 0.5 * bool(_NUMBER.search(sentence.text)) \
            + ctx.centrality[sentence.index] - 0.02 * sentence.index + DISPATCH_ACT_BONUS * act
        if best is None or score > best[0]:
            best = (score, sentence)
    return best[1] if best else None


SCENERY_FACTOR = 0.2  # a dispatch's scenery is a key point only when nothing else is left


def dispatch_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, the factor on its key-point score: SCENERY_FACTOR for a dispatch's scenery, else 1."""
    if ctx.genre not in ("feature", "news") or not is_dispatch(doc, ctx):
        return [1.0] * len(doc.sentences)  # an argued piece's witness lines lead to its thesis (genre.main_point)
    # The descriptive opening: the writer's sentences before the statement of the situation, unless one
    # states the situation itself (the parse misses some scenery: "A billboard ... towers over the shed").
    point = dispatch_point(doc, ctx)
    opening = point.index if point is not None else 0
    return [SCENERY_FACTOR if ctx.voice_of(s.index).voice == "reporter" and (
        scenery(doc, s) or (s.index < opening and not states_situation(doc, s))) else 1.0 for s in doc.sentences]


# Days and times of the news: a profile's opening tells no news of the day.
NEWS_TIME = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
                       r"last night|this morning|this afternoon|this week)\b", re.I)

# A profile tells one person's life: a third of its sentences or more have that person (by name or
# "he"/"she") as subject, it names years at least PROFILE_YEAR_SPAN apart, and its opening tells
# no news of the day. Set on the profile of reader Audit 6 (about half its sentences); the news
# reports of the main-point set that centre on one person stay below.
PROFILE_SUBJECT_SHARE = 0.35
PROFILE_YEAR_SPAN = 5
PROFILE_MIN_SENTENCES = 12
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A life told: at least PROFILE_LIFE_WORDS of these (a news report on one person's case, such as an
# extradition told over years, has the subject share and the years but not the life story).
_LIFE = re.compile(r"\b(born|raised|grew up|graduated|studied|married|childhood|career|degree|school|university"
                   r"|father|mother|parents|grandparents)\b", re.I)
PROFILE_LIFE_WORDS = 3


def profile(doc: Document) -> bool:
    """True when the article tells one person's life (see PROFILE_SUBJECT_SHARE)."""
    sentences = doc.sentences
    if len(sentences) < PROFILE_MIN_SENTENCES or any(NEWS_TIME.search(s.text) for s in sentences[:3]):
        return False
    # The person: the name most often a subject (the small model misses some names as PERSON).
    names = Counter(t.text for s in sentences for t in doc.sentence_tokens(s)
                    if t.dep in _SUBJECT_DEPS and t.pos == "PROPN")
    name = names.most_common(1)[0][0] if names else None
    about = sum(1 for s in sentences if any(
        t.dep in _SUBJECT_DEPS and (t.text == name or t.text.lower() in ("he", "she"))
        for t in doc.sentence_tokens(s)))
    years = [int(y) for y in _YEAR.findall(doc.article.text)]
    life = {m.lower() for m in _LIFE.findall(doc.article.text)}
    return about >= PROFILE_SUBJECT_SHARE * len(sentences) and bool(years) \
        and max(years) - min(years) >= PROFILE_YEAR_SPAN and len(life) >= PROFILE_LIFE_WORDS
