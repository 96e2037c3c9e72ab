"""The point of a piece that opens on a scene: a first-person feature, a blog post, a witness's account.

Reader Audits 29 and 30 found such pieces leading their key points with the opening scene ("I was standing in the
kitchen when the phone rang.", a swim through an oily creek, a studio at 2 am) while the piece's point, stated later,
was missing from the first two key points. The lead-based prior of the key points is right for a news lead and
wrong here, so the point is read off the piece's shape:

- **A scene opening.** The first sentence narrates in the past ("I was standing", "The tractor coughed", "My
  grandfather used to sit") with nothing reported ("said", "according to") and no news day ("on Tuesday"), and
  it either is the writer's own narration (a first-person subject) or, when the piece has a headline, shares at
  most one of its words (a news lead packs its headline's words: "Police arrested two men" under "Two arrested
  after robbery").
- **The thesis after it.** In the writer's own voice (no quotation, no speaker), either a turn that states what the
  scene means ("That night taught me that ...", "This is why I now ...", "That is how ...", "The lesson of ... is",
  "What I learned is ...", "What matters is ...", "I realised then that ..."), or, under a headline, the first
  sentence in the general present ("small dairy farms are closing", "Loneliness among older men is ...") that
  carries most of the headline's words: the nut graf.

A straight report (a news lead, a witness quoted in the first person, an official's "lesson" in quotation marks)
keeps its lede: its opening is no scene, and quoted words are nobody's thesis here.
"""

from __future__ import annotations

import re
from collections import Counter

from newsbrief.analyze.context import Context
from newsbrief.analyze.genre_points import title_overlap, title_terms
from newsbrief.models import Document, Sentence, Token

# The turn from the scene to what it means, in the writer's words. Each form was read in the Audit 29/30 pieces or
# the session 19 cases (tests/analyze/test_points_session19.py); "This is why" alone is a setup (summary.is_setup),
# so a turn must carry its own statement (THESIS_MIN_WORDS).
_TURN = re.compile(
    r"^(?:(?:And|But|So|Now),?\s+)?(?:"
    r"(?:That|This)\s+(?:\w+\s+){0,3}(?:taught|showed)\s+(?:me|us)\b"
    r"|The\s+(?:\w+\s+){1,3}(?:taught|showed)\s+(?:me|us)\s+that\s"  # not the scene's "The guide showed us the caves"
    r"|(?:This|That)(?:\s+is|\s+was|'s|’s)\s+(?:why|how)\s"
    r"|The\s+(?:lesson|moral|point|truth)\b[^.;]{0,60}?\b(?:is|was)\s"
    r"|What\s+(?:I|we)\s+(?:have\s+)?(?:learned|learnt|realised|realized|discovered|found|understood)\b"
    r"|What\s+(?:matters|counts)\b"
    r"|(?:I|We)\s+(?:now\s+)?(?:realised|realized|learned|learnt|understood|understand|know|believe|came\s+to\s+see)"
    r"(?:\s+(?:then|now|that\s+day|that\s+night))?\s+that\s)",
)
THESIS_MIN_WORDS = 9  # "This is why I now keep a bag ..." states; "This is why." only announces

_REPORTED = frozenset({"say", "tell", "announce", "report", "accord", "confirm", "claim", "state"})
_FIRST_PERSON = frozenset({"i", "we", "my", "our"})
_QUOTES = "\"“'‘"
# A subject that is the writer, the reader or a person of the story: no general statement ("He keeps", "I think").
_PERSONAL = frozenset({"i", "we", "my", "our", "me", "us", "you", "he", "she", "they", "it", "this", "that"})

# A headline word or none: a scene shares at most this many with the headline (a news lead shares two or more;
# the session 19 near misses share three to five).
SCENE_TITLE_WORDS = 1
SCENE_SENTENCES = 2  # the opening sentences read as the scene: a scene runs on, a news highlight gives way to the lead
# A news lead dates its event to the day ("lost power on Tuesday", "said yesterday"); a scene sets its time with
# detail ("on a windy Saturday morning", "at dawn", "Last week I sat"), which this leaves alone. The session 19
# storm report shares no word with its short headline and is kept a news lead by its "on Tuesday".
_NEWS_DAY = re.compile(r"\b(?:(?:on|early on|late on|last|this|by)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                       r"|yesterday|today|tonight)\b", re.I)
# A nut graf carries this share of the headline's words, and at least two (the session 19 features: 3 of 5 to 6 of 7).
NUT_TITLE_SHARE = 0.5


def _own(ctx: Context, sentence: Sentence) -> bool:
    """True when the sentence is in the writer's voice: no quotation opening it, no speaker found."""
    return sentence.text[:1] not in _QUOTES and ctx.voice_of(sentence.index).voice == "reporter"


def _narrates(tokens: tuple[Token, ...]) -> bool:
    """True when the sentence's main verb is in the past."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    # "The air smelled of diesel": a past form the tagger read as a participle with no auxiliary is a past too.
    return root is not None and (_past(tokens, root) or (root.tag == "VBN" and not any(
        t.head == root.i and t.dep in ("aux", "auxpass") for t in tokens)))


def _scene_line(ctx: Context, tokens: tuple[Token, ...], sentence: Sentence, title: Counter[str]) -> bool:
    """True when the sentence can be part of a scene: the writer's, nothing reported, no news day, no sums or
    rates (a market report's "earned $2.8 billion" lead), and at most one headline word."""
    return _own(ctx, sentence) and not _NEWS_DAY.search(sentence.text) \
        and not any(t.lemma.lower() in _REPORTED or t.ent_type in ("MONEY", "PERCENT") for t in tokens) \
        and (not title or title_overlap(ctx, title, sentence) <= SCENE_TITLE_WORDS)


def _writer(tokens: tuple[Token, ...]) -> bool:
    return any(t.text.lower() in _FIRST_PERSON and t.dep in ("nsubj", "poss") for t in tokens)


def scene_opening(doc: Document, ctx: Context) -> bool:
    """True when the piece opens on a scene (see the module docstring): its first sentence narrates in the past
    and, under a headline, so does the second or the writer remembers in it ("I remember the sound"). A market
    report's highlight ("The retailer earned $2.8 billion") before its lead ("X reported earnings") is no scene
    (the reader set's Home Depot page, which the first draft of this rule misread)."""
    if not doc.sentences:
        return False
    title = title_terms(doc)
    first, *rest = doc.sentences[:SCENE_SENTENCES]
    tokens = doc.sentence_tokens(first)
    if not _narrates(tokens) or not _scene_line(ctx, tokens, first, title):
        return False
    if not title:  # no headline to measure against: only the writer's own narration is read as a scene
        return _writer(tokens)
    following = [doc.sentence_tokens(s) for s in rest]
    return all(_scene_line(ctx, t, s, title) and (_narrates(t) or _writer(t)) for s, t in zip(rest, following,
                                                                                             strict=True))


def _general_present(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence states in the present with a subject that is not the writer ("farms are closing";
    in a clause joined to the main one too: "... than in the tanker disasters, and the world barely notices", whose
    first clause the parser may read as a past passive). The headline's words it must carry keep a scene's mixed
    tenses out."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    for verb in (t for t in tokens if t.i == root.i or (t.dep == "conj" and t.head == root.i)):
        subject = next((t for t in tokens if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")), None)
        present = [verb, *(t for t in tokens if t.head == verb.i and t.dep in ("aux", "auxpass"))]
        if subject is not None and subject.text.lower() not in _PERSONAL and subject.tag != "NNP" \
                and any(t.tag in ("VBZ", "VBP") for t in present) and not _past(tokens, verb):
            return True
    return False


def _past(tokens: tuple[Token, ...], verb: Token) -> bool:
    return any(t.tag == "VBD" for t in (verb, *(t for t in tokens if t.head == verb.i and t.dep in ("aux", "auxpass"))))


def _turn(sentence: Sentence) -> bool:
    return bool(_TURN.match(sentence.text)) and len(sentence.text.split()) >= THESIS_MIN_WORDS


def scene_thesis(doc: Document, ctx: Context) -> Sentence | None:
    """The thesis or nut graf of a piece that opens on a scene, or None (see the module docstring)."""
    if not scene_opening(doc, ctx):
        return None
    own = [s for s in doc.sentences[1:] if _own(ctx, s) and s.text.rstrip()[-1:] != "?"]
    turn = next((s for s in own if _turn(s)), None)
    if turn is not None:
        return turn
    title = title_terms(doc)
    if not title:
        return None
    need = max(2.0, NUT_TITLE_SHARE * len(title))
    return next((s for s in own if _general_present(doc, s) and title_overlap(ctx, title, s) >= need), None)
