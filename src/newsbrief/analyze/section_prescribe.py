"""An opinion piece's own prescriptions that the cue words miss (reader Audit 40, 41.4 item 3 and 41.5).

Audit 40's two argued pieces argued for action, yet the only Recommendation in the twelve briefs was an analyst's
threshold. Two shapes of the writer's call were not read as calls:

* **A hindsight prescription.** "After defending Benghazi, the U.S. should have turned immediately to seeking a
  peaceful end of the crisis": "should have" + a past participle is left out as epistemic ("should have known",
  "must have been"), but in an opinion piece's own voice, with a party as its subject and a verb of acting, it says
  what that party ought to have done, the writer's call (:func:`hindsight_call`). "The train should have arrived
  by now" (a thing), "he should have known" (a verb of knowing) and a quotation stay out.
* **A short imperative close.** "Just get it done." ends a column on its point; the sections skip sentences under
  six words as fragments. An imperative (a bare verb with no subject) of two to five words, standing as its own
  paragraph in the last quarter of an opinion piece, in the writer's voice, is the column's closing call
  (:func:`imperative_close`). Imperatives that steer the reader through the argument ("Consider the numbers.",
  "Look at Greece.") are not calls for action and stay out.

Both are the writer's own and are shown marked "[The writer argues:]" (:mod:`~.section_suggest`).

A third shape is any speaker's (reader Audit 46): a "must/should + act" addressed to named parties whose one cue
is outnumbered by words of the future or of cause in the same sentence (:func:`addressed_call`).
"""

from __future__ import annotations

from newsbrief.analyze.cause_shape import MARKET_AGENTS
from newsbrief.analyze.context import Context
from newsbrief.analyze.section_calls import quoted_at
from newsbrief.analyze.section_forecasts import a_thing
from newsbrief.lexicon import ORGANISATION_NOUNS
from newsbrief.models import Document, Sentence, Token

_NOT_ACTING = frozenset("be know see expect have think realise realize guess notice feel seem get".split())
_PARTY_PRONOUNS = frozenset({"he", "she", "they", "we", "you"})
# verbs that steer the reader through an argument rather than call for action
_STEERING = frozenset("consider look take imagine think remember note see say ask recall compare picture forget "
                      "read listen wait watch mark face".split())
_CLOSE_WORDS = (2, 5)  # two to five words: "Just get it done.", "Keep the schools open."
_LAST_QUARTER = 0.75  # the close stands in the last quarter of the piece's sentences (Audit 40 #6: the last line)


def _subject(doc: Document, verb: Token) -> Token | None:
    return next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)


def _a_party(doc: Document, modal: Token, subject: Token | None) -> bool:
    """A body or a person: a pronoun for people, or a noun that names no thing (section_forecasts.a_thing)."""
    if subject is None:
        return False
    if subject.pos == "PRON":
        return subject.text.lower() in _PARTY_PRONOUNS
    return not a_thing(doc, modal)


def hindsight_call(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when an opinion piece's own main clause says what a party "should have" done (see the module
    docstring)."""
    if ctx.genre != "opinion" or ctx.voice_of(sentence.index).voice != "reporter" \
            or sentence.text.rstrip("\"”’' ").endswith("?"):
        return False
    for token in doc.sentence_tokens(sentence):
        if token.text.lower() != "should" or token.dep != "aux" or quoted_at(doc, token):
            continue
        verb = doc.tokens[token.head]
        between = [doc.tokens[i].text.lower() for i in range(token.i + 1, verb.i)]
        if verb.head != verb.i or verb.tag != "VBN" or "have" not in between or "not" in between \
                or verb.lemma.lower() in _NOT_ACTING:
            continue
        if any(k.dep == "auxpass" for k in doc.children(verb)):
            continue  # "should have been done": no party named as the one who should act
        if _a_party(doc, token, _subject(doc, verb)):
            return True
    return False


def imperative_close(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when a short imperative stands as its own paragraph near an opinion piece's end (see the docstring)."""
    words = sentence.text.split()
    if ctx.genre != "opinion" or not _CLOSE_WORDS[0] <= len(words) <= _CLOSE_WORDS[1] \
            or not sentence.text.rstrip().endswith((".", "!")) \
            or sentence.index < _LAST_QUARTER * len(doc.sentences) \
            or ctx.voice_of(sentence.index).voice != "reporter":
        return False
    alone = all(s.paragraph != sentence.paragraph for s in doc.sentences if s.index != sentence.index)
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.head == t.i), None)
    if not alone or root is None or root.tag != "VB" or root.lemma.lower() in _STEERING or quoted_at(doc, root):
        return False
    return not any(k.dep in ("nsubj", "nsubjpass", "aux") for k in doc.children(root)) \
        and any(k.dep in ("dobj", "ccomp", "xcomp", "acomp", "oprd", "prt") for k in doc.children(root))


# Reader Audit 46 (47.2, 47.4 class 8): a trade body's head told delegates that "Governments, partners and airlines
# must use this crisis to ...", and the call was lost, while her forecast of need beside it was filed as one. A call
# with a "must" or "should" on an act, addressed to named parties (a body, a country, a person, the market's
# players, or a list of them) in the main clause or in what a speaker says, is a recommendation even where words of
# the future or of cause outnumber its one cue ("..., she said, adding that the slump would last into next year",
# "... because the old model had failed"). The rest of the checks (a vetoed shape, a question, a past telling)
# still apply.
_CALL_MODALS = frozenset({"must", "should"})
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_SAYING = frozenset("say tell add insist warn argue write state".split())


def _party(token: Token) -> bool:
    """A noun that names a party: a named body, place or person, a kind of body, or a market's players."""
    return token.pos in ("NOUN", "PROPN") and (token.ent_type in _PARTY_ENTITIES
                                               or token.lemma.lower() in ORGANISATION_NOUNS | MARKET_AGENTS)


def _told(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` heads the main clause, one joined to it, or what a speaker says ("she said ... must")."""
    if verb.dep == "conj":
        verb = doc.tokens[verb.head]
    if verb.head == verb.i:
        return True
    head = doc.tokens[verb.head]
    return verb.dep in ("ccomp", "parataxis") and head.head == head.i and head.lemma.lower() in _SAYING


def addressed_call(doc: Document, sentence: Sentence) -> bool:
    """True when a "must/should + act" in the sentence's main or reported clause is addressed to named parties
    (see above)."""
    for token in doc.sentence_tokens(sentence):
        if token.text.lower() not in _CALL_MODALS or token.dep != "aux":
            continue
        verb = doc.tokens[token.head]
        if verb.pos != "VERB" or verb.lemma.lower() in _NOT_ACTING or verb.tag != "VB" \
                or any(k.dep == "auxpass" for k in doc.children(verb)) or not _told(doc, verb):
            continue
        subject = _subject(doc, verb)
        if subject is None or subject.i > token.i:
            continue
        parties = [subject]
        for party in parties:  # "Governments, partners and airlines": each conjunct hangs on the one before
            parties.extend(k for k in doc.children(party) if k.dep == "conj")
        if any(_party(p) for p in parties):
            return True
    return False
